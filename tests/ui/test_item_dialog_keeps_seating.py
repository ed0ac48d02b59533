"""An item edited in its dialog keeps its seating plan: the plan is the Seating tab's, and
only someone taken off the item gives up their seat."""

from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.domain import edits
from planner.domain.model import Seating
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from tests.helpers.qt import answer_with, plan_of
from tests.helpers.seated import BANQUET, banquet_seating

DEMO_KEY = "mh-state-visit-2025"


def with_heine_locked() -> Seating:
    seating = banquet_seating()
    seats = tuple(replace(s, locked=s.person == "heine") for s in seating.seats)
    return replace(seating, seats=seats)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> MainWindow:
    planner = Planner(open_database(db_path))
    planner.add_demo()
    plan = planner.plan(DEMO_KEY)
    planner.save_plan(edits.set_seating(plan, BANQUET, with_heine_locked()), expected=plan)
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    window.refresh_visits(DEMO_KEY)
    return window


def test_notes_typed_in_the_dialog_leave_the_seats_and_locks_as_they_were(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert plan_of(window).event(BANQUET).seating == with_heine_locked()
    window.programme.select(BANQUET)
    answer_with(
        EventDialog, lambda dialog: dialog.notes.setText("Toasts after the soup"), monkeypatch
    )
    window.programme.edit_selected()
    after = plan_of(window).event(BANQUET)
    assert after.notes == "Toasts after the soup"
    assert after.seating == with_heine_locked()
    assert window.planner.plan(DEMO_KEY).event(BANQUET).seating == with_heine_locked()


def test_someone_taken_off_the_item_gives_up_only_their_own_seat(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.programme.select(BANQUET)
    answer_with(EventDialog, lambda dialog: dialog.picker.set_role("silk", None), monkeypatch)
    window.programme.edit_selected()
    event = plan_of(window).event(BANQUET)
    assert "silk" not in {p.person for p in event.participants}
    assert event.seating is not None
    assert event.seating.seat_of("silk") is None
    assert event.seating.seat_of("kaneko") == with_heine_locked().seat_of("kaneko")
    assert len(event.seating.seats) == len(with_heine_locked().seats) - 1
