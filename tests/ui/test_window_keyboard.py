"""The window by keyboard: Delete removes the selected row (Ctrl+Z brings it back), Enter opens
it, Ctrl+Shift+N makes a visit, Ctrl+Y redoes; the keys work where the focus is, in the list."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog
from pytestqt.qtbot import QtBot

from planner.domain.model import VisitPlan
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from tests.ui.trips import trip

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_trip(window: MainWindow, qtbot: QtBot) -> VisitPlan:
    window.planner.add_plan(trip())
    window.refresh_visits("brussels-prague-2025")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.editor.plan is not None
    return window.editor.plan


def focus(view: QAbstractItemView, qtbot: QtBot) -> None:
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def key(
    view: QAbstractItemView,
    name: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key where the officer's focus is: in the list."""
    QTest.keyClick(view, name, modifiers)


def recorder(seen: list[object], what: str = "original") -> Callable[[QDialog], int]:
    """A dialog's exec that notes what it opened with and closes it as Cancel would."""

    def exec_(dialog: QDialog) -> int:
        seen.append(getattr(dialog, what))
        return 0

    return exec_


def test_delete_removes_the_selected_person_and_ctrl_z_brings_them_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_trip(window, qtbot)
    window.tabs.setCurrentWidget(window.people)
    table = window.people.table
    window.people.select("novak")
    focus(table, qtbot)
    key(table, Qt.Key.Key_Delete)
    assert window.editor.plan is not None
    assert "novak" not in window.editor.plan.precedence_rank  # no question asked
    message = window.statusBar().currentMessage()
    assert "Jan Novák" in message
    assert QKeySequence(QKeySequence.StandardKey.Undo).toString() in message
    key(table, Qt.Key.Key_Z, CTRL)
    assert "novak" in window.editor.plan.precedence_rank
    key(table, Qt.Key.Key_Y, CTRL)  # redo, as on Windows
    assert "novak" not in window.editor.plan.precedence_rank
    key(table, Qt.Key.Key_Z, CTRL)
    key(table, Qt.Key.Key_Z, CTRL | SHIFT)  # and the platform's own redo
    assert "novak" not in window.editor.plan.precedence_rank


def test_delete_removes_the_selected_programme_item_and_venue(
    window: MainWindow, qtbot: QtBot
) -> None:
    open_trip(window, qtbot)
    window.tabs.setCurrentWidget(window.programme)
    tree = window.programme.tree
    window.programme.select("talks")
    focus(tree, qtbot)
    key(tree, Qt.Key.Key_Delete)
    assert window.editor.plan is not None
    assert "talks" not in {e.key for e in window.editor.plan.events}
    assert "Talks at Egmont" in window.statusBar().currentMessage()
    key(tree, Qt.Key.Key_Z, CTRL)
    assert "talks" in {e.key for e in window.editor.plan.events}
    # A day's heading is not an item: Delete there removes nothing.
    tree.setCurrentIndex(window.programme.model.index(0, 0))
    key(tree, Qt.Key.Key_Delete)
    assert len(window.editor.plan.events) == 3

    window.tabs.setCurrentWidget(window.venues)
    table = window.venues.table
    window.venues.select("egmont")  # Egmont Palace, no longer used once the talks are gone
    key(table, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: the talks go again
    focus(table, qtbot)
    key(table, Qt.Key.Key_Delete)
    assert "egmont" not in {v.key for v in window.editor.plan.venues}
    assert "Egmont Palace" in window.statusBar().currentMessage()


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_opens_the_selected_row(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, enter: Qt.Key
) -> None:
    plan = open_trip(window, qtbot)
    opened: list[object] = []
    for dialog in (PersonDialog, EventDialog, VenueDialog):
        monkeypatch.setattr(dialog, "exec", recorder(opened))
    window.people.select("lin")
    window.programme.select("night-train")
    window.venues.select("czernin")
    for page, view in (
        (window.people, window.people.table),
        (window.programme, window.programme.tree),
        (window.venues, window.venues.table),
    ):
        window.tabs.setCurrentWidget(page)
        focus(view, qtbot)
        key(view, enter)
    assert opened == [plan.person("lin"), plan.event("night-train"), plan.venue("czernin")]


def test_ctrl_shift_n_makes_a_visit_and_new_database_has_no_shortcut(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_trip(window, qtbot)
    asked: list[object] = []
    monkeypatch.setattr(VisitDialog, "exec", recorder(asked, "taken"))
    for page, view in (
        (window.people, window.people.table),
        (window.programme, window.programme.tree),
    ):
        window.tabs.setCurrentWidget(page)
        focus(view, qtbot)
        key(view, Qt.Key.Key_N, CTRL | SHIFT)
    assert len(asked) == 2
    new_database = next(
        a for a in window.findChildren(type(window.undo_action)) if a.text() == "&New database…"
    )
    assert new_database.shortcuts() == []
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
    for redo in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
        assert redo in window.redo_action.shortcuts()
