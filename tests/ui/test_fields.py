"""The shared form fields, driven with the keyboard as an officer would."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.forms import CountryBox, find_country

# A completer's popup asks the headless platform for things it cannot do; that is no fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # focus moves only in the active window
    return widget


def line_of(box: QComboBox) -> QLineEdit:
    line = box.lineEdit()
    assert line is not None
    return line


def popup_of(box: QComboBox) -> QAbstractItemView:
    completer = box.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    return popup


def type_into(box: QComboBox, text: str) -> None:
    """Type over what the field holds, as someone who selected it all would."""
    line_of(box).selectAll()
    QTest.keyClicks(line_of(box), text)


def test_a_country_is_found_by_part_of_its_name_and_kept_as_its_code(qtbot: QtBot) -> None:
    box = CountryBox()
    shown(qtbot, box)
    box.setFocus()
    type_into(box, "czech")
    popup = popup_of(box)
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == "Czechia (CZ)"
    assert box.country() == "CZ"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("taiwan", "TW"), ("CZ", "CZ"), ("be", "BE"), ("Belgium (BE)", "BE"), ("czech", "CZ")],
)
def test_what_an_officer_types_means_one_country(typed: str, code: str) -> None:
    assert find_country(typed) == code


@pytest.mark.parametrize("typed", ["", "united", "Atlantis", "XX"])
def test_nothing_or_several_countries_mean_none(typed: str) -> None:
    assert find_country(typed) is None


def test_leaving_the_field_shows_the_country_meant(qtbot: QtBot) -> None:
    form = QWidget()
    box, after = CountryBox(parent=form), QLineEdit(form)
    column = QVBoxLayout(form)
    column.addWidget(box)
    column.addWidget(after)
    shown(qtbot, form)
    box.setFocus()
    type_into(box, "cz")
    with qtbot.waitSignal(box.editingFinished):
        QTest.keyClick(popup_of(box), Qt.Key.Key_Tab)
    assert box.currentText() == "Czechia (CZ)"


def test_an_optional_country_can_be_left_empty(qtbot: QtBot) -> None:
    box = CountryBox(optional=True)
    qtbot.addWidget(box)
    box.set_country("PL")
    assert box.country() == "PL"
    box.set_country(None)
    assert box.country() is None
    assert box.currentText() == ""
