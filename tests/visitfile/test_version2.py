"""Visit file version 2: venues in countries, flights with destinations, arrivals on an
item; version 1 still read, and the sections not read yet refused by name. (Texts in a
second language: test_translations.py; seating plans: test_seating.py.)"""

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest

from planner.domain import edits
from planner.domain.errors import InvalidVisitFile
from planner.domain.model import Movement, OnItem, Participant
from planner.domain.vocab import EventKind, ParticipantRole, VenueKind
from planner.services import Planner
from planner.visitfile import read_visit_file, visit_file_bytes
from tests.helpers.factories import as_bytes, minimal_document
from tests.helpers.trip import TRIP_KEY, brussels_prague_document


def problems_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidVisitFile) as caught:
        read_visit_file(as_bytes(document))
    return [str(problem) for problem in caught.value.problems]


def test_a_flight_ends_in_its_destinations_zone_and_people_arrive_on_it() -> None:
    plan = read_visit_file(as_bytes(brussels_prague_document()))
    flight = plan.event("flight-out")
    assert flight.kind is EventKind.FLIGHT
    assert (flight.venue, flight.destination, flight.flight_number) == ("tpe", "bru", "BR 65")
    assert flight.zone_of_end == "Europe/Brussels"  # from the destination, not written
    assert flight.local_end == datetime(2025, 10, 24, 7, 10)
    lin = plan.person("lin")
    assert lin.arrival == OnItem("flight-out")
    arrival = plan.arrival(lin)
    assert arrival is not None
    assert (arrival.local, arrival.timezone, arrival.flight) == (
        datetime(2025, 10, 24, 7, 10),
        "Europe/Brussels",
        "BR 65",
    )
    czernin = plan.venue("czernin")
    assert (czernin.country, czernin.kind, czernin.city) == ("CZ", VenueKind.MINISTRY, "Prague")


def test_version_2_round_trips_through_the_file_and_the_database(planner: Planner) -> None:
    data = as_bytes(brussels_prague_document())
    plan = read_visit_file(data)
    planner.add_plan(plan)
    stored = planner.plan(TRIP_KEY)
    assert stored == plan.in_canonical_order()
    again = visit_file_bytes(stored)
    assert read_visit_file(again) == stored
    assert b'"version": 2' in again
    assert b'"end_timezone"' not in again  # the destination says it


def test_a_version_1_file_is_still_read_and_names_version_2_keys() -> None:
    plan = read_visit_file(as_bytes(minimal_document()))
    assert plan.venue("hotel").country is None
    document = minimal_document()
    document["venues"][0]["country"] = "TW"
    document["events"][0]["kind"] = "flight"
    assert problems_of(document) == [
        '$.venues[0].country: is a key of visit file version 2; this file says "version": 1',
        '$.events[0].kind: "flight" is a kind of visit file version 2; this file says "version": 1',
    ]


@pytest.mark.parametrize(
    ("place", "key", "section"),
    [
        (lambda d: d, "gifts", "gifts"),
        (lambda d: d["people"][0], "stays", "hotel rooms"),
        (lambda d: d["events"][0], "vehicles", "cars and motorcades"),
    ],
)
def test_sections_not_read_yet_are_refused_by_name(place: Any, key: str, section: str) -> None:
    document = brussels_prague_document()
    place(document)[key] = []
    (problem,) = problems_of(document)
    assert problem.endswith(
        f"{key}: is part of visit file version 2 ({section}), which this version of "
        "Delegation Planner does not read yet"
    )


def test_someone_travelling_on_an_item_must_be_on_it() -> None:
    document = brussels_prague_document()
    document["people"][3]["arrival"] = {"event": "night-train", "met_by": "nobody"}
    document["people"][2]["departure"] = {"event": "no-such-item"}
    assert problems_of(document) == [
        '$.people[2].departure.event: "no-such-item" is not the key of any item of this visit',
        '$.people[3].arrival.met_by: "nobody" is not the key of any person of this visit',
        "$.people[3].arrival.event: H.E. Jan Lipavský travels on “Night train to Prague” but is "
        "not a participant of it",
    ]
    document = brussels_prague_document()
    document["people"][0]["arrival"]["at"] = "2025-10-24T07:10"
    assert problems_of(document) == [
        '$.people[0].arrival.at: comes from the item given by "event", not from here'
    ]


def test_an_arrival_follows_its_item_and_keeps_its_times_when_the_item_goes(
    planner: Planner,
) -> None:
    plan = read_visit_file(as_bytes(brussels_prague_document()))
    planner.add_plan(plan)
    flight = plan.event("flight-out")
    hour = timedelta(hours=1)
    later = replace(flight, start=flight.start + hour, end=flight.end + hour)
    moved = edits.update_event(plan, later)
    planner.save_plan(moved, expected=planner.plan(TRIP_KEY))
    arrival = planner.plan(TRIP_KEY).arrival(moved.person("lin"))
    assert arrival is not None
    assert arrival.at == later.end
    gone = edits.remove_event(planner.plan(TRIP_KEY), "flight-out")
    planner.save_plan(gone, expected=planner.plan(TRIP_KEY))
    lin = planner.plan(TRIP_KEY).person("lin")
    assert lin.arrival == Movement(later.end, "Europe/Brussels", "BR 65")
    assert lin.arrival.local == datetime(2025, 10, 24, 8, 10)


def test_someone_given_an_arrival_on_an_item_takes_part_in_it() -> None:
    plan = read_visit_file(as_bytes(brussels_prague_document()))
    peeters = replace(plan.person("peeters"), arrival=OnItem("night-train"))
    after = edits.update_person(plan, peeters)
    assert (
        Participant("peeters", ParticipantRole.ATTENDEE) in after.event("night-train").participants
    )
    assert read_visit_file(visit_file_bytes(after)) == after.in_canonical_order()


def test_people_travel_on_journeys_arrivals_and_departures_only() -> None:
    document = brussels_prague_document()
    document["people"][3]["arrival"] = {"event": "prague-signing"}
    assert problems_of(document) == [
        "$.people[3].arrival.event: “Signing of the Memorandum of Understanding on Supply-Chain "
        "Resilience” is a signing: people arrive and leave on a flight, a transfer, an arrival "
        "or a departure"
    ]


def test_an_all_day_journey_keeps_one_zone_whatever_its_destination() -> None:
    document = brussels_prague_document()
    document["events"].append(
        {
            "key": "by-road",
            "kind": "transfer",
            "title": "By road to Prague",
            "start": "2025-10-28",
            "end": "2025-10-29",
            "all_day": True,
            "venue": "egmont",
            "destination": "czernin",
        }
    )
    plan = read_visit_file(as_bytes(document))
    road = plan.event("by-road")
    assert (road.timezone, road.zone_of_end) == ("Europe/Brussels", "Europe/Brussels")
    assert read_visit_file(visit_file_bytes(plan)) == plan.in_canonical_order()
