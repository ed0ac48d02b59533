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


def test_the_version_check_and_the_write_are_one_step(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Between one save's check and its writes, no other save can slip in."""
    from planner.store import visits as store
    from tests.helpers.factories import FIXED_NOW

    first = Planner(open_database(db_path))
    first.add_demo()
    start = first.plan(DEMO)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    second = Planner(open_database(db_path))
    hotel = start.venue("grand-hotel")
    with first.database.sessions() as session:  # a save that has checked but not yet committed
        store.save_plan(
            session,
            edits.add_person(start, newcomer()),
            now=FIXED_NOW,
            expected=start,
        )
        with pytest.raises(SaveFailed, match="busy"):
            second.save_plan(
                edits.update_venue(start, replace(hotel, notes="Side door")), expected=start
            )
        session.commit()
    with pytest.raises(ConcurrentChange):
        second.save_plan(
            edits.update_venue(start, replace(hotel, notes="Side door")), expected=start
        )
    assert "brum" in second.plan(DEMO).precedence_rank
