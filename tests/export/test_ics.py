"""Calendar files read back by two independent parsers: instants, zones, names, attendees."""

import os
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject

from planner.domain import edits
from planner.domain.errors import PlannerError
from planner.export.ics import event_uid
from planner.services import Planner
from tests.export.conftest import DEMO, TRIP


def read_both(data: bytes) -> tuple[Any, Any]:
    """The file as icalendar and as vobject read it; icalendar must have found no errors."""
    calendar = icalendar.Calendar.from_ical(data)
    for component in calendar.walk():
        assert component.errors == [], component.errors
    return calendar, vobject.readOne(data.decode("utf-8"))


def vevents(calendar: Any) -> dict[str, Any]:
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def test_whole_visit_reads_back_with_right_instants_and_zones(stored: Planner) -> None:
    plan = stored.plan(DEMO)
    calendar, other = read_both(stored.calendar(DEMO))
    assert str(calendar["X-WR-CALNAME"]) == plan.visit.title
    assert "METHOD" not in calendar
    events = vevents(calendar)
    assert len(events) == len(plan.events) == len(other.vevent_list)
    other_by_uid = {v.uid.value: v for v in other.vevent_list}
    timed = [e for e in plan.events if not e.all_day]
    for event in timed:
        ours = events[event.title]
        assert utc(ours.DTSTART) == event.start
        assert utc(ours.DTEND) == event.end
        assert ours["DTSTART"].params["TZID"] == event.timezone
        theirs = other_by_uid[str(ours["UID"])]
        assert utc(theirs.dtstart.value) == event.start
        assert utc(theirs.dtend.value) == event.end
    zones_defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones_defined == {"Asia/Taipei", "Pacific/Majuro"}


def test_flight_keeps_its_departure_and_arrival_zones(stored: Planner) -> None:
    calendar, other = read_both(stored.calendar(DEMO, event="departure-flight"))
    (flight,) = calendar.walk("VEVENT")
    assert flight["DTSTART"].params["TZID"] == "Asia/Taipei"
    assert flight["DTEND"].params["TZID"] == "Pacific/Majuro"
    assert timedelta(hours=8, minutes=30) == flight.DTEND - flight.DTSTART
    assert other.vevent.dtend.value - other.vevent.dtstart.value == timedelta(hours=8, minutes=30)


def test_flight_over_the_date_line_lands_the_day_before_it_left(stored: Planner) -> None:
    calendar, other = read_both(stored.calendar(TRIP, event="flight-maj-hnl"))
    (flight,) = calendar.walk("VEVENT")
    assert flight.DTSTART.date() == date(2025, 7, 8)
    assert flight.DTEND.date() == date(2025, 7, 7)
    assert utc(flight.DTEND) - utc(flight.DTSTART) == timedelta(hours=4)
    assert utc(other.vevent.dtstart.value) == datetime(2025, 7, 7, 13, 0, tzinfo=UTC)


def test_summer_event_in_a_daylight_saving_zone_reads_back_at_the_right_instant(
    stored: Planner,
) -> None:
    data = stored.calendar(TRIP, day=date(2025, 7, 2))
    calendar, other = read_both(data)
    (berlin,) = [tz for tz in calendar.walk("VTIMEZONE") if tz["TZID"] == "Europe/Berlin"]
    assert b"RDATE" not in berlin.to_ical()  # the trap: long RDATE lists that clients misread
    talks = next(v for v in other.vevent_list if v.summary.value == "Working talks")
    assert utc(talks.dtstart.value) == datetime(2025, 7, 2, 8, 0, tzinfo=UTC)  # 10:00 CEST
    assert talks.dtstart.value.utcoffset() == timedelta(hours=2)


def test_cancelled_event_stays_in_the_file_as_cancelled(stored: Planner) -> None:
    calendar, other = read_both(stored.calendar(TRIP))
    lunch = vevents(calendar)["Working lunch"]
    assert lunch["STATUS"] == "CANCELLED"
    assert any(v.status.value == "CANCELLED" for v in other.vevent_list)


def test_attendees_carry_both_scripts_and_roles_and_the_organizer(stored: Planner) -> None:
    calendar, other = read_both(stored.calendar(TRIP, event="berlin-talks"))
    (talks,) = calendar.walk("VEVENT")
    attendees = {str(a): a.params for a in talks["ATTENDEE"]}
    assert attendees["mailto:lin@example.org"]["CN"] == "林佳龍 (LIN Chia-lung)"
    assert attendees["mailto:a.schmidt@example.org"]["ROLE"] == "CHAIR"
    assert attendees["mailto:lin@example.org"]["ROLE"] == "REQ-PARTICIPANT"
    assert "mailto:chen@example.org" not in attendees  # no address is invented
    assert talks["ORGANIZER"].params["CN"] == "Department of Protocol; MOFA"
    names = {a.params["CN"][0] for a in other.vevent.attendee_list}
    assert "林佳龍 (LIN Chia-lung)" in names
    description = str(talks["DESCRIPTION"])
    assert "Chen Mei-ling (陳美玲)" in description  # listed even without an address
    assert description.index("Schmidt") < description.index("Lin Chia-lung")  # host first
    assert talks["GEO"].latitude == pytest.approx(52.5147)
    assert "Werderscher Markt 1" in str(talks["LOCATION"])


def test_native_script_survives_in_names_and_places(stored: Planner) -> None:
    calendar, other = read_both(stored.calendar(DEMO, event="loi-signing"))
    (signing,) = calendar.walk("VEVENT")
    assert "Tsai Ming-yen (蔡明彥)" in str(signing["DESCRIPTION"])
    assert "圓山大飯店" in str(signing["LOCATION"])
    assert "夏季昌" in other.vevent.description.value


def test_person_itinerary_holds_only_their_events(stored: Planner) -> None:
    plan = stored.plan(DEMO)
    calendar, _ = read_both(stored.calendar(DEMO, person="tsai"))
    theirs = {e.title for e in plan.events if any(p.person == "tsai" for p in e.participants)}
    assert set(vevents(calendar)) == theirs
    assert str(calendar["X-WR-CALNAME"]) == "Itinerary — Tsai Ming-yen"


def test_day_file_holds_that_days_events_and_one_event_file_has_no_calendar_name(
    stored: Planner,
) -> None:
    calendar, _ = read_both(stored.calendar(DEMO, day=date(2025, 6, 4)))
    assert set(vevents(calendar)) == {
        "Signing of the Letter of Intent on Security Cooperation",
        "Press statement on security cooperation",
        "Visit to Taipei 101",
    }
    single, _ = read_both(stored.calendar(DEMO, event="loi-signing"))
    assert "X-WR-CALNAME" not in single
    assert "NAME" not in single


def test_a_day_with_one_item_is_a_single_event_file_and_an_empty_day_is_refused(
    stored: Planner,
) -> None:
    single, _ = read_both(stored.calendar(TRIP, day=date(2025, 7, 8)))
    assert len(single.walk("VEVENT")) == 1
    assert "X-WR-CALNAME" not in single
    with pytest.raises(PlannerError, match="no programme items match"):
        stored.calendar(DEMO, day=date(2030, 1, 1))


def test_uid_is_the_same_in_every_file_and_moving_raises_the_sequence(stored: Planner) -> None:
    uid = event_uid(DEMO, "loi-signing")
    for data in (stored.calendar(DEMO), stored.calendar(DEMO, person="kaneko")):
        assert uid in {str(e["UID"]) for e in read_both(data)[0].walk("VEVENT")}
    signing = next(e for e in stored.plan(DEMO).events if e.key == "loi-signing")
    moved = replace(
        signing, start=signing.start + timedelta(hours=2), end=signing.end + timedelta(hours=2)
    )
    before = stored.plan(DEMO)
    stored.save_plan(edits.update_event(before, moved), expected=before)
    (after,) = read_both(stored.calendar(DEMO, event="loi-signing"))[0].walk("VEVENT")
    assert str(after["UID"]) == uid
    assert after["SEQUENCE"] == signing.revision + 1
    assert utc(after.DTSTART) == signing.start + timedelta(hours=2)


def test_all_day_item_uses_dates_with_an_exclusive_end(stored: Planner) -> None:
    calendar, _ = read_both(stored.calendar(DEMO, event="flags-ketagalan"))
    (flags,) = calendar.walk("VEVENT")
    assert date(2025, 6, 3) == flags.DTSTART
    assert date(2025, 6, 4) == flags.DTEND


def test_two_exports_of_an_unchanged_visit_are_byte_identical(
    stored: Planner, tmp_path: Path
) -> None:
    """Separate processes with different hash seeds, so set ordering cannot hide."""
    files = []
    for seed in ("1", "2"):
        output = tmp_path / f"visit-{seed}.ics"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "planner",
                "--db",
                str(stored.database.path),
                "export",
                "ics",
                DEMO,
                "-o",
                str(output),
            ],
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        files.append(output.read_bytes())
    assert files[0] == files[1]
    assert files[0].count(b"\r\n") == files[0].count(b"\n")  # CRLF line ends throughout
    assert not files[0].startswith(b"\xef\xbb\xbf")


def test_names_with_line_breaks_semicolons_commas_and_quotes_stay_whole(
    stored: Planner,
) -> None:
    """Outside text never breaks a calendar: escaped in text, dropped where clients differ."""
    plan = stored.plan(TRIP)
    odd = replace(plan.person("lin"), given_name='Chia;lung,\n"Jr"', title="Minister; Acting\nFM")
    stored.save_plan(replace(plan, people=tuple(odd if p.key == "lin" else p for p in plan.people)))
    data = stored.calendar(TRIP, event="berlin-talks")
    calendar, other = read_both(data)
    (talks,) = calendar.walk("VEVENT")
    lin = next(a for a in talks["ATTENDEE"] if str(a) == "mailto:lin@example.org")
    assert lin.params["CN"] == "林佳龍 (LIN Chia;lung, Jr)"  # no quote, no line break
    assert 'Chia;lung,\n"Jr"' in str(talks["DESCRIPTION"])
    assert "Minister; Acting\nFM" in other.vevent.description.value
    assert len(calendar.walk("VEVENT")) == 1
