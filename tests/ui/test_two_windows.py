"""Two windows (or two copies of the app) on one database file: nobody's edit is lost."""

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.domain import edits
from planner.domain.errors import ConcurrentChange, SaveFailed
from planner.domain.model import Person
from planner.domain.vocab import DelegationRole, Side
from planner.services import Planner
from planner.store import database
from planner.store.database import open_database
from planner.ui.editing import VisitEditor

DEMO = "mh-state-visit-2025"


def editor_on(path: Path) -> VisitEditor:
    editor = VisitEditor(Planner(open_database(path)))
    editor.open(DEMO)
    return editor


def newcomer() -> Person:
    return Person("brum", "Tony", "de Brum", "Adviser", "MH", Side.GUEST, DelegationRole.STAFF, 1)


def test_a_stale_window_cannot_overwrite_the_others_work(qtbot: QtBot, db_path: Path) -> None:
    Planner(open_database(db_path)).add_demo()
    first, second = editor_on(db_path), editor_on(db_path)
    assert first.plan is not None
    assert second.plan is not None
    second.apply("Add Tony de Brum", edits.add_person(second.plan, newcomer()))
    stale = first.plan
    hotel = stale.venue("grand-hotel")
    with pytest.raises(ConcurrentChange, match="was changed in another window or program"):
        first.apply("Edit hotel", edits.update_venue(stale, replace(hotel, notes="Side door")))
    assert first.plan is not None
    assert "brum" in first.plan.precedence_rank  # reloaded: the other window's work is shown
    stored = Planner(open_database(db_path)).plan(DEMO)
    assert "brum" in stored.precedence_rank
    assert stored.venue("grand-hotel").notes == hotel.notes
    qtbot.waitUntil(lambda: first.undo_stack.count() == 0)  # its history no longer applies
    first.apply("Edit hotel", edits.update_venue(first.plan, replace(hotel, notes="Side door")))
    assert Planner(open_database(db_path)).plan(DEMO).venue("grand-hotel").notes == "Side door"


def test_a_locked_database_is_a_message_and_no_phantom_undo(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Planner(open_database(db_path)).add_demo()
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    editor = editor_on(db_path)
    assert editor.plan is not None
    other = sqlite3.connect(db_path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(SaveFailed, match="The database is busy"):
            editor.apply("Add Tony de Brum", edits.add_person(editor.plan, newcomer()))
    finally:
        other.rollback()
        other.close()
    qtbot.waitUntil(lambda: editor.undo_stack.count() == 0)
    assert editor.plan is not None
    assert "brum" not in editor.plan.precedence_rank
    editor.apply("Add Tony de Brum", edits.add_person(editor.plan, newcomer()))
    assert "brum" in Planner(open_database(db_path)).plan(DEMO).precedence_rank
