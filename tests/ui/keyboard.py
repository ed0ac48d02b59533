"""Typing into the form fields as an officer would: into the focused field, key by key."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

# A completer's popup asks the headless platform for things it cannot do; that is no fault.
POPUP_WARNINGS = "This plugin does not support"


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    """Show a widget in an active window: focus, and so leaving a field, needs one."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def line_of(box: QComboBox | QAbstractSpinBox) -> QLineEdit:
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
    box.setFocus()
    line_of(box).selectAll()
    QTest.keyClicks(line_of(box), text)


def pick(box: QComboBox, text: str) -> None:
    """Type part of an entry and press Enter on the one the list offers."""
    type_into(box, text)
    popup = popup_of(box)
    assert popup.isVisible(), f"nothing offered for {text!r}"
    QTest.keyClick(popup, Qt.Key.Key_Return)


def click_on(edit: QAbstractSpinBox, shown_text: str) -> None:
    """Click into a date field on the first character of `shown_text` (the hour, say)."""
    line = line_of(edit)
    where = line.text().index(shown_text)
    x = line.fontMetrics().horizontalAdvance(line.text()[:where]) + 2
    QTest.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))


def type_date(edit: QAbstractSpinBox, click: str, text: str) -> None:
    """Click into a date field, type, and press Enter."""
    click_on(edit, click)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Type Chinese as a keyboard does: an input method composes it and commits the text."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
