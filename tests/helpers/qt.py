"""Driving the real window in tests: dialogs answered as an officer would, buttons, menus."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner.ui.main_window import MainWindow


def answer_with(
    cls: type[QDialog], fill: Callable[[Any], None], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The next time the window opens a dialog of this class, fill it in and press OK."""

    def exec_(dialog: Any) -> int:
        fill(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(cls, "exec", exec_)


def click(page: QWidget, text: str, qtbot: QtBot) -> None:
    button = next(b for b in page.findChildren(QPushButton) if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def action(window: MainWindow, text: str) -> None:
    for candidate in window.findChildren(QAction):
        if candidate.text() == text:
            candidate.trigger()
            return
    raise AssertionError(f"no action {text!r}")
