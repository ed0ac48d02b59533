"""One day rule for every view, the zone warning, and hosts named by the country an item is
in: the Brussels–Prague trip, where an officer met items under the wrong day."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from planner.domain import zones
from planner.domain.checks import Severity, check_visit
from planner.domain.model import Event, VisitPlan
from planner.domain.places import (
    default_role,
    event_country,
    language_name,
    opening,
    our_side,
    place_before,
    zone_choices,
)
from planner.domain.programme import (
    continued_text,
    events_on_day,
    home_time,
    local_times,
    programme_days,
)
from planner.domain.vocab import EventKind, EventStatus, ParticipantRole, Side
from planner.visitfile import read_visit_file
from tests.helpers.factories import as_bytes
from tests.helpers.trip import brussels_prague_document


@pytest.fixture
def trip() -> VisitPlan:
    return read_visit_file(as_bytes(brussels_prague_document()))


def listed(plan: VisitPlan) -> dict[date, list[str]]:
    return {day.day: [e.key for e in day.events] for day in programme_days(plan)}


def test_an_item_is_listed_under_the_day_it_starts_where_it_happens(trip: VisitPlan) -> None:
    days = listed(trip)
    # 19:22 on Saturday in Brussels is 01:22 on Sunday in Taipei, the home zone.
    assert days[date(2025, 10, 25)] == ["night-train"]
    assert "night-train" not in days[date(2025, 10, 26)]
    assert home_time(trip.event("night-train"), trip.visit.timezone) == "01:22 +1"
    assert home_time(trip.event("prague-signing"), trip.visit.timezone) == "18:00"
    assert home_time(trip.event("flight-out"), trip.visit.timezone) is None  # leaves from home
    assert [e.key for e in events_on_day(trip, date(2025, 10, 25))] == ["night-train"]


def test_a_day_spent_arriving_is_not_an_empty_day(trip: VisitPlan) -> None:
    sunday = next(day for day in programme_days(trip) if day.day == date(2025, 10, 26))
    assert sunday.events == ()
    assert [e.key for e in sunday.continued] == ["night-train"]
    # the train crosses the night the clocks go back: 14 h 50 min on the clocks, 15 h 50 min
    train = trip.event("night-train")
    assert train.end - train.start == timedelta(hours=15, minutes=50)


def test_an_item_typed_in_the_home_zone_abroad_is_a_warning(trip: VisitPlan) -> None:
    assert check_visit(trip) == []
    meeting = trip.event("brussels-meeting")
    start = zones.to_instant(meeting.local_start, "Asia/Taipei")  # 15:30, but Taipei's
    wrong = replace(
        meeting, venue=None, timezone="Asia/Taipei", start=start, end=start + timedelta(hours=1)
    )
    plan = replace(trip, events=tuple(wrong if e.key == meeting.key else e for e in trip.events))
    (finding,) = check_visit(plan)
    assert finding.severity is Severity.WARNING
    assert finding.key == "brussels-meeting"
    assert finding.message == (
        "“Meeting at the Egmont Palace” is planned on Taipei time (Fri 24 Oct 15:30, "
        "UTC+08:00), but the programme around it is in Brussels (UTC+02:00): check the "
        "item's time zone"
    )


def on_clock(event: Event, zone_name: str) -> Event:
    """The same wall times on another zone's clock."""
    start = zones.to_instant(event.local_start, zone_name)
    end = zones.to_instant(event.local_end, zone_name)
    return replace(event, venue=None, timezone=zone_name, end_timezone=None, start=start, end=end)


def test_moving_on_to_another_place_is_not_a_zone_warning(trip: VisitPlan) -> None:
    # Brussels, then Majuro (UTC+12), then Palau (UTC+9) with no journeys entered between:
    # each place is a change of place, not a wrong clock.
    meeting, signing = trip.event("brussels-meeting"), trip.event("prague-signing")
    moved = replace(
        trip,
        events=(
            trip.event("flight-out"),
            meeting,
            on_clock(replace(signing, signing=None, kind=EventKind.MEETING), "Pacific/Majuro"),
            on_clock(
                replace(
                    meeting,
                    key="palau",
                    start=meeting.start + timedelta(days=3),
                    end=meeting.end + timedelta(days=3),
                ),
                "Pacific/Palau",
            ),
        ),
    )
    assert check_visit(moved) == []


def test_an_outbound_trip_that_starts_on_the_wrong_clock_is_a_warning(trip: VisitPlan) -> None:
    # No flight entered: the first item is the meeting, typed as 15:30 but on Taipei's clock,
    # and everything after it is in Europe.
    meeting = on_clock(trip.event("brussels-meeting"), "Asia/Taipei")
    rest = (trip.event("night-train"), trip.event("prague-signing"))
    (finding,) = check_visit(replace(trip, events=(meeting, *rest)))
    assert finding.key == "brussels-meeting"
    assert "the programme around it is in Brussels" in finding.message
    # An outbound trip that starts with its journey from home is at home before it.
    assert check_visit(replace(trip, events=(trip.event("flight-out"), *rest))) == []


def test_where_the_programme_is_before_anything_and_after_a_cancellation(
    trip: VisitPlan,
) -> None:
    start = place_before(trip, trip.event("flight-out").start)
    assert (start.timezone, start.country) == ("Asia/Taipei", "TW")  # home, not the host's BE
    train = trip.event("night-train")
    cancelled = replace(train, status=EventStatus.CANCELLED)
    plan = replace(trip, events=tuple(cancelled if e.key == train.key else e for e in trip.events))
    sunday = datetime(2025, 10, 26, 12, tzinfo=zones.zone("Europe/Prague"))
    assert place_before(plan, sunday).timezone == "Europe/Brussels"  # the train is off
    assert opening(trip, date(2025, 10, 26)) == (datetime(2025, 10, 26, 10, 12), "Europe/Prague")
    assert opening(plan, date(2025, 10, 26)) == (datetime(2025, 10, 26, 9, 0), "Europe/Brussels")


def test_what_a_later_day_of_an_item_says(trip: VisitPlan) -> None:
    train = trip.event("night-train")
    assert continued_text(train, date(2025, 10, 26)) == "arrives 10:12"
    gala = replace(
        trip.event("brussels-meeting"),
        kind=EventKind.RECEPTION,
        end=trip.event("brussels-meeting").start + timedelta(hours=10),
    )
    assert continued_text(gala, date(2025, 10, 25)) == "until 01:30"
    assert local_times(gala) == "15:30–01:30 +1"


def test_where_the_programme_is_and_whose_soil_an_item_is_on(trip: VisitPlan) -> None:
    before_meeting = place_before(trip, trip.event("brussels-meeting").start)
    assert (before_meeting.timezone, before_meeting.country, before_meeting.venue) == (
        "Europe/Brussels",
        "BE",
        "bru",
    )
    sunday = place_before(trip, datetime(2025, 10, 26, 12, tzinfo=zones.zone("Europe/Prague")))
    assert (sunday.timezone, sunday.country) == ("Europe/Prague", "CZ")
    assert event_country(trip, trip.event("prague-signing")) == "CZ"
    assert event_country(trip, trip.event("brussels-meeting")) == "BE"
    assert our_side(trip.visit) is Side.GUEST  # we travel
    assert default_role(trip.person("chen")) is ParticipantRole.INTERPRETER
    assert default_role(trip.person("lin")) is ParticipantRole.ATTENDEE


def test_names_for_zones_and_languages_are_what_people_say() -> None:
    labels = dict(zone_choices())
    assert labels["Europe/Prague"] == "Prague — Czechia"
    assert labels["Asia/Taipei"] == "Taipei — Taiwan"
    assert [z for z, _ in zone_choices()].index("Etc/GMT-8") > [z for z, _ in zone_choices()].index(
        "Pacific/Majuro"
    )
    assert language_name("zh-Hant") == "中文（繁體）"
    assert language_name("en") == "English"
    assert language_name("mh") == "Marshallese"
