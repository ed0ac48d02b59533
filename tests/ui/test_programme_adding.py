"""Adding from where the officer is: a new item starts on the day selected in the programme, a
venue made inside the item comes with it in one undoable edit, and a new venue on an outbound
visit starts in the zone where the programme is, not the home zone."""

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from planner.domain.places import place_on
from planner.ui.dialogs import VenueDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.forms import from_qdatetime
from planner.ui.main_window import MainWindow
from tests.helpers.qt import answer_with, click
from tests.ui.trips import PRAGUE, trip

SUNDAY = date(2025, 10, 26)


def open_trip(window: MainWindow) -> None:
    window.planner.add_plan(trip())
    window.refresh_visits("brussels-prague-2025")
    window.tabs.setCurrentWidget(window.programme)


def test_a_new_item_starts_on_the_selected_day_with_its_new_venue_in_one_edit(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_trip(window)
    # The day spent arriving: its only row is the night train, continued.
    window.programme.select("night-train", SUNDAY)
    starts: list[date] = []

    def hotel(dialog: VenueDialog) -> None:
        dialog.name.setText("Hotel Paris Praha")

    def fill(dialog: EventDialog) -> None:
        starts.append(from_qdatetime(dialog.start.dateTime()).date())
        dialog.title.setText("Check-in")
        answer_with(VenueDialog, hotel, monkeypatch)
        dialog.new_venue.click()

    answer_with(EventDialog, fill, monkeypatch)
    undo_steps = window.editor.undo_stack.count()
    click(window.programme, "Add item…", qtbot)
    assert starts == [SUNDAY]
    plan = window.editor.plan
    assert plan is not None
    (check_in,) = [e for e in plan.events if e.title == "Check-in"]
    assert check_in.venue is not None
    hotel_venue = plan.venue(check_in.venue)
    assert hotel_venue.name == "Hotel Paris Praha"
    assert hotel_venue.timezone == PRAGUE  # where the train left its people
    assert window.programme.model.index_of_event(check_in.key).parent().data() == (
        "Sunday 26 October 2025"
    )
    assert window.editor.undo_stack.count() == undo_steps + 1
    window.undo_action.trigger()  # one undo takes both away
    plan = window.editor.plan
    assert plan is not None
    assert "Hotel Paris Praha" not in {v.name for v in plan.venues}
    assert "Check-in" not in {e.title for e in plan.events}


def test_a_new_venue_starts_where_the_programme_is(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_trip(window)
    plan = window.editor.plan
    assert plan is not None
    assert place_on(plan, date(2025, 10, 24)).timezone == "Europe/Brussels"
    assert place_on(plan, SUNDAY).timezone == PRAGUE  # arrived by the night train
    assert place_on(plan, SUNDAY).country == "CZ"
    assert place_on(plan, None).timezone == PRAGUE  # after the last item
    window.programme.select("talks")  # Friday, in Brussels
    zones: list[str] = []

    def amigo(dialog: VenueDialog) -> None:
        zones.append(f"{dialog.zone.zone()} {dialog.country.country()}")
        dialog.name.setText("Hotel Amigo")

    answer_with(VenueDialog, amigo, monkeypatch)
    window.tabs.setCurrentWidget(window.venues)
    click(window.venues, "Add venue…", qtbot)
    assert zones == ["Europe/Brussels BE"]
    assert window.editor.plan is not None
    (added,) = [v for v in window.editor.plan.venues if v.name == "Hotel Amigo"]
    assert added.timezone == "Europe/Brussels"
