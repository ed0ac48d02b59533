"""Driving the real window in tests: dialogs answered as an officer would, buttons, menus."""

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.model import VisitPlan
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


def print_previews_to(output: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A print preview, once asked for, paints its pages into a PDF at `output` instead."""

    def exec_(dialog: QPrintPreviewDialog) -> int:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)


def click(page: QWidget, text: str, qtbot: QtBot) -> None:
    button = next(b for b in page.findChildren(QPushButton) if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


def action(window: MainWindow, text: str) -> None:
    for candidate in window.findChildren(QAction):
        if candidate.text() == text:
            candidate.trigger()
            return
    raise AssertionError(f"no action {text!r}")


def wait_for_visit(window: MainWindow, seconds: float = 5) -> None:
    """Let the window open its visit, which it does once it has painted. Events are run by
    hand: an earlier test's QApplication.quit() makes qtbot's waits return at once."""
    deadline = time.monotonic() + seconds
    while window.editor.plan is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def checked(window: MainWindow, seconds: float = 5) -> MainWindow:
    """Let the checks of the visit as last saved finish and reach the Problems panel (they
    run beside the window, not in the save)."""
    deadline = time.monotonic() + seconds
    while window.checker.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()
    assert not window.checker.busy, "the checks did not finish"
    return window


def plan_of(window: MainWindow) -> VisitPlan:
    """The visit open in the window, as it now stands."""
    plan = window.editor.plan
    assert plan is not None
    return plan
