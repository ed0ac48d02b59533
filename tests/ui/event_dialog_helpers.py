"""Filling in the programme item dialog with the keyboard and its own buttons and menus."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.event_dialog import EventDialog
from tests.ui import keyboard


def shown(qtbot: QtBot, dialog: EventDialog) -> EventDialog:
    """The dialog on screen and active, so that focus moves as it does for an officer."""
    keyboard.shown(qtbot, dialog)
    return dialog


def type_into(field: QWidget, text: str) -> None:
    """Click into a field, type over what it holds, and Tab to the next one."""
    field.setFocus()
    line = getattr(field, "lineEdit", lambda: None)()
    if line is not None:
        line.selectAll()
    elif isinstance(field, QComboBox):
        field.view().keyboardSearch("")  # a new search, as after a pause in typing
    elif isinstance(field, QLineEdit):
        field.selectAll()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Tab)


def pick(menu: QMenu, text: str) -> None:
    """Choose the entry of a button's menu that starts with `text`."""
    entries = [a for a in menu.actions() if a.text().startswith(text)]
    assert entries, f"no {text!r} in {[a.text() for a in menu.actions()]}"
    entries[0].trigger()


def add_signatory(dialog: EventDialog, name: str) -> None:
    pick(dialog.signing.add_menu, name)
