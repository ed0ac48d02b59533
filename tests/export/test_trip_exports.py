"""What the office hands out for a trip through several countries: the hosts of each item
named after the country it is in, the same day for each item in every document."""

from dataclasses import replace
from datetime import date

import pytest

from planner.domain import edits
from planner.domain.vocab import NameOrder, Side
from planner.export import ics
from planner.export.summary import alternat_text, event_summary_lines, side_heading
from planner.export.text import programme_text
from planner.services import Planner
from planner.visitfile import read_visit_file
from tests.export.test_pdf import pages_text
from tests.helpers.factories import FIXED_NOW, as_bytes
from tests.helpers.trip import TRIP_KEY, brussels_prague_document


@pytest.fixture
def trip(planner: Planner) -> Planner:
    planner.add_plan(read_visit_file(as_bytes(brussels_prague_document())))
    return planner


def test_the_attendee_sheet_of_a_prague_signing_names_czech_hosts(trip: Planner) -> None:
    (text,) = pages_text(trip.attendee_list(TRIP_KEY, "pdf", event="prague-signing"))
    assert "Host side — Czechia (CZ)" in text
    assert "Host side — Belgium" not in text
    assert "Guest side — Taiwan (TW)" in text
    assert "Monday 27 October 2025, 11:00–11:30 (Prague time)" in text
    assert "Alternat: on the original kept by Czechia, Jan Lipavský then Lin Chia-lung;" in text
    assert "languages Čeština, 中文（繁體）" in text  # each in its own name
    assert "2 originals" in text


def test_a_brussels_item_has_belgian_hosts_and_people_keep_their_own_country(
    trip: Planner,
) -> None:
    plan = trip.plan(TRIP_KEY)
    lines = event_summary_lines(plan, plan.event("brussels-meeting"))
    assert "Host side — Belgium (BE)" in lines
    (text,) = pages_text(trip.attendee_list(TRIP_KEY, "pdf"))  # the whole delegation list
    assert "Host side — Belgium (BE), Czechia (CZ)" in text


def test_the_calendar_describes_the_czech_hosts(trip: Planner) -> None:
    plan = trip.plan(TRIP_KEY)
    selection = ics.select_events(plan, event="prague-signing")
    data = ics.calendar_bytes(plan, selection, stamp=FIXED_NOW).decode()
    unfolded = data.replace("\r\n ", "")
    assert "Host side — Czechia (CZ)" in unfolded
    signing = plan.event("prague-signing")
    assert signing.signing is not None
    assert alternat_text(plan, signing.signing) == (
        "Alternat: on the original kept by Czechia, Jan Lipavský then Lin Chia-lung; on the "
        "original kept by Taiwan, Lin Chia-lung then Jan Lipavský; then the originals are "
        "exchanged."
    )


def test_a_flight_in_a_calendar_says_where_it_goes_and_when_it_lands(trip: Planner) -> None:
    data = trip.calendar(TRIP_KEY, event="flight-out").decode().replace("\r\n ", "")
    assert "Flight BR 65: Taiwan Taoyuan International Airport → Brussels Airport" in data
    assert "Arrives Fri 24 Oct 07:10 (Brussels time)" in data
    assert "DTEND;TZID=Europe/Brussels:20251024T071000" in data


def test_every_document_lists_the_night_train_under_saturday(trip: Planner) -> None:
    text = programme_text(trip.plan(TRIP_KEY))
    saturday = text.index("Saturday 25 October 2025")
    sunday = text.index("Sunday 26 October 2025")
    assert saturday < text.index("19:22–10:12 +1   Night train to Prague") < sunday
    assert "leaves 19:22 Brussels, arrives Sun 10:12 Prague; 01:22 +1 in Taipei" in text
    assert "arrives 10:12    Night train to Prague (continued from Saturday)" in text
    booklet = "\n".join(pages_text(trip.programme_pdf(TRIP_KEY)))
    b_saturday = booklet.index("Saturday 25 October 2025")
    b_sunday = booklet.index("Sunday 26 October 2025")
    assert b_saturday < booklet.index("Night train to Prague") < b_sunday
    assert "arrives 10:12" in booklet[b_sunday:]
    assert "No programme items" not in booklet[b_sunday : booklet.index("Monday 27 October")]
    day = trip.calendar(TRIP_KEY, day=date(2025, 10, 25)).decode()
    assert "SUMMARY:Night train to Prague" in day


def test_the_sunday_calendar_has_the_night_train_arriving(trip: Planner) -> None:
    sunday = trip.calendar(TRIP_KEY, day=date(2025, 10, 26)).decode()
    assert "SUMMARY:Night train to Prague" in sunday


def test_guests_at_an_item_are_named_after_the_people_there(trip: Planner) -> None:
    plan = trip.plan(TRIP_KEY)
    aide = replace(
        plan.person("chen"),
        key="santos",
        given_name="Maria",
        family_name="Santos",
        native_name=None,
        name_order=NameOrder.GIVEN_FAMILY,
        country="PH",
        precedence=3,
    )
    plan = replace(plan, people=(*plan.people, aide))
    signing = plan.event("prague-signing")
    assert side_heading(plan, Side.GUEST, signing) == "Guest side — Taiwan (TW)"
    assert side_heading(plan, Side.GUEST) == "Guest side — Taiwan (TW), Philippines (PH)"


def test_a_participants_new_country_is_a_new_sequence(trip: Planner) -> None:
    before = trip.plan(TRIP_KEY)
    moved = replace(before.person("lipavsky"), country="SK")
    trip.save_plan(edits.update_person(before, moved), expected=before)
    after = trip.plan(TRIP_KEY)
    assert after.event("prague-signing").revision == before.event("prague-signing").revision + 1
