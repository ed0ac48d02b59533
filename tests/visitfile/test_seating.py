"""Seating plans in a visit file (version 2, `events[].seating`): read and written as the
contract has them, every mistake named by its JSON path, refused in a version 1 file, and
never a lock, which the format has no key for."""

import json
from collections.abc import Callable
from typing import Any

import pytest

from planner.domain.errors import InvalidVisitFile
from planner.domain.model import Seat, Seating, Table, Translation
from planner.domain.vocab import SeatingKind, Side
from planner.visitfile import read_visit_file, visit_file_bytes
from tests.helpers.factories import as_bytes, minimal_document
from tests.helpers.seated import BANQUET, TALKS, seated

SEATING = "$.events[0].seating"


def seated_document() -> dict[str, Any]:
    """The minimal visit in two languages, its signing seated across a table: the Director-
    General on the host side, the Foreign Minister and the President (witnessing) on the
    guest side, the seats listed out of their order."""
    document = minimal_document()
    document["version"] = 2
    document["visit"]["languages"] = ["en", "zh-Hant"]
    document["events"][0]["seating"] = {
        "plan": "facing",
        "tables": [
            {
                "key": "t",
                "name": "Signing table",
                "seats": 4,
                "translations": {"zh-Hant": {"name": "簽署桌"}},
            }
        ],
        "seats": [
            {"table": "t", "side": "guest", "number": 2, "person": "heine"},
            {"table": "t", "side": "host", "number": 1, "person": "tsai"},
            {"table": "t", "side": "guest", "number": 1, "person": "kaneko"},
        ],
    }
    return document


def seating_of(document: dict[str, Any]) -> dict[str, Any]:
    seating: dict[str, Any] = document["events"][0]["seating"]
    return seating


def problems_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidVisitFile) as caught:
        read_visit_file(as_bytes(document))
    return [str(problem) for problem in caught.value.problems]


def test_a_seating_plan_is_read_with_its_tables_names_and_sides() -> None:
    plan = read_visit_file(as_bytes(seated_document()))
    assert plan.event("signing").seating == Seating(
        SeatingKind.FACING,
        (Table("t", "Signing table", 4, (Translation("zh-Hant", "name", "簽署桌"),)),),
        (
            Seat("t", 1, "kaneko", Side.GUEST),
            Seat("t", 2, "heine", Side.GUEST),
            Seat("t", 1, "tsai", Side.HOST),
        ),
    )


def test_a_seating_plan_is_written_as_the_contract_has_it_and_read_back(demo_plan: Any) -> None:
    plan = seated(demo_plan)
    data = visit_file_bytes(plan)
    assert read_visit_file(data) == plan.in_canonical_order()
    events = {event["key"]: event for event in json.loads(data)["events"]}
    banquet = events[BANQUET]
    assert list(banquet)[-2:] == ["seating", "translations"]  # after the signing's place
    assert banquet["seating"] == {
        "plan": "rounds",
        "tables": [
            {
                "key": "head",
                "name": "Head table",
                "seats": 10,
                "translations": {"zh-Hant": {"name": "主桌"}},
            },
            {"key": "t2", "name": "Table 2", "seats": 8},
        ],
        "seats": [
            {"table": "head", "number": 1, "person": "lai"},
            {"table": "head", "number": 2, "person": "heine"},
            {"table": "head", "number": 3, "person": "kaneko"},
            {"table": "head", "number": 4, "person": "tsai"},
            {"table": "t2", "number": 1, "person": "hsia"},
            {"table": "t2", "number": 2, "person": "bejang"},
            {"table": "t2", "number": 3, "person": "silk"},
        ],
    }
    talks = events[TALKS]["seating"]
    assert talks["plan"] == "facing"
    assert talks["seats"][:2] == [  # the guest side's seats, then the host side's
        {"table": "talks", "side": "guest", "number": 1, "person": "heine"},
        {"table": "talks", "side": "guest", "number": 2, "person": "kaneko"},
    ]
    assert [list(seat) for seat in talks["seats"]] == [["table", "side", "number", "person"]] * 7
    assert "seating" not in events["arrival-tpe"]  # only where an item has a plan


def test_seats_listed_in_any_order_are_written_in_the_plan_s_order() -> None:
    plan = read_visit_file(as_bytes(seated_document()))
    written = json.loads(visit_file_bytes(plan))["events"][0]["seating"]["seats"]
    assert [(seat["side"], seat["number"]) for seat in written] == [
        ("guest", 1),
        ("guest", 2),
        ("host", 1),
    ]
    assert read_visit_file(visit_file_bytes(plan)) == plan


def test_a_version_1_file_names_the_seating_as_a_version_2_key() -> None:
    document = seated_document()
    document["version"] = 1
    del document["visit"]["languages"]
    seating_of(document)["seats"][0]["number"] = "two"  # not read: the key is refused whole
    assert problems_of(document) == [
        f'{SEATING}: is a key of visit file version 2; this file says "version": 1'
    ]


def test_a_lock_is_no_key_of_the_format() -> None:
    document = seated_document()
    seating_of(document)["seats"][0]["locked"] = True
    (problem,) = problems_of(document)
    assert problem.startswith(f"{SEATING}.seats[0].locked: is not a known key here")


def with_seating(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    document = seated_document()
    change(seating_of(document))
    return document


def set_in(place: str, name: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change at `place` of the seating (`""`, `"tables.0"`, `"seats.1"`): `name` set to
    `value`, or taken away when `value` is `...`."""

    def change(seating: dict[str, Any]) -> None:
        target: Any = seating
        for step in filter(None, place.split(".")):
            target = target[int(step)] if step.isdigit() else target[step]
        if value is ...:
            del target[name]
        else:
            target[name] = value

    return change


# Mistakes in the shape of a plan, found as the file is read.
SHAPES = [
    (set_in("", "plan", ...), f"{SEATING}.plan: is required"),
    (
        set_in("", "plan", "banquet"),
        f'{SEATING}.plan: expected one of "rounds", "facing", "long", "u-shape", "theatre", '
        'got "banquet"',
    ),
    (set_in("", "tables", {}), f"{SEATING}.tables: expected an array, got an object"),
    (set_in("", "seats", "all"), f'{SEATING}.seats: expected an array, got "all"'),
    (
        set_in("", "tabels", []),
        f'{SEATING}.tabels: is not a known key here (did you mean "tables"?)',
    ),
    (set_in("tables.0", "key", ...), f"{SEATING}.tables[0].key: is required"),
    (set_in("tables.0", "name", " "), f"{SEATING}.tables[0].name: must not be empty"),
    (
        set_in("tables.0", "seats", 0),
        f"{SEATING}.tables[0].seats: expected a whole number from 1 to 1000000, got 0",
    ),
    (
        set_in("tables.0", "seats", "4"),
        f'{SEATING}.tables[0].seats: expected a whole number, got "4"',
    ),
    (
        set_in("tables.0", "translations", "簽署桌"),
        f"{SEATING}.tables[0].translations: expected an object from a language to texts, like "
        '{"zh-Hant": {"title": "…"}}, got "簽署桌"',
    ),
    (set_in("seats.0", "person", ""), f"{SEATING}.seats[0].person: must not be empty"),
    (set_in("seats.0", "table", ...), f"{SEATING}.seats[0].table: is required"),
    (
        set_in("seats.0", "number", 2.5),
        f"{SEATING}.seats[0].number: expected a whole number, got 2.5",
    ),
    (
        set_in("seats.0", "side", "left"),
        f'{SEATING}.seats[0].side: expected one of "host", "guest", got "left"',
    ),
]


@pytest.mark.parametrize(("change", "said"), SHAPES)
def test_each_mistake_in_the_shape_of_a_plan_is_named_by_its_path(
    change: Callable[[dict[str, Any]], None], said: str
) -> None:
    assert problems_of(with_seating(change)) == [said]


def test_a_seat_that_is_not_an_object_and_one_that_lacks_its_keys() -> None:
    document = with_seating(set_in("", "seats", ["t1", {"table": "t"}]))
    assert problems_of(document) == [
        f'{SEATING}.seats[0]: expected an object, got "t1"',
        f"{SEATING}.seats[1].number: is required",
        f"{SEATING}.seats[1].person: is required",
    ]


def rounds(seating: dict[str, Any]) -> None:
    """Round tables: a second table, and no sides."""
    seating["plan"] = "rounds"
    seating["tables"].append({"key": "t2", "name": "Table 2", "seats": 6})
    seating["seats"] = [
        {"table": "t", "number": 2, "person": "heine"},
        {"table": "t", "number": 1, "person": "tsai"},
        {"table": "t2", "number": 1, "person": "kaneko"},
    ]


# Rules of a plan (planner.domain.validation), named at their place in the file: a seat by
# where the file lists it, whatever order the plan keeps its seats in.
RULES = [
    (
        set_in("", "tables", [*seated_document()["events"][0]["seating"]["tables"]] * 2),
        [
            f'{SEATING}.tables[1].key: "t" is already the key of Signing table',
            f'{SEATING}.tables: a "facing" plan has one table, not 2',
        ],
    ),
    (
        set_in("tables.0", "seats", 501),
        [f"{SEATING}.tables[0].seats: is 501: a table seats from 1 to 500"],
    ),
    (
        set_in("tables.0", "translations", {"fr": {"name": "Table de signature"}}),
        [
            f'{SEATING}.tables[0].translations.fr: "fr" is not one of the visit\'s languages '
            '("en", "zh-Hant")'
        ],
    ),
    (
        set_in("tables.0", "translations", {"zh-Hant": {"title": "簽署桌"}}),
        [
            f'{SEATING}.tables[0].translations["zh-Hant"].title: is not a text a table has in '
            "another language (only name)"
        ],
    ),
    (
        set_in("seats.0", "table", "t9"),
        [f'{SEATING}.seats[0].table: "t9" is not the key of any table of this plan'],
    ),
    (
        set_in("seats.0", "number", 5),
        [f"{SEATING}.seats[0].number: is 5: the seats of “Signing table” are numbered 1 to 4"],
    ),
    (
        set_in("seats.0", "side", ...),
        [f'{SEATING}.seats[0].side: is required in a "facing" plan: the host or the guest side'],
    ),
    (
        # Of two people on one seat, the rules name the seat of the one after the other in
        # the plan's order (by name, Heine before Kaneko), wherever the file lists them.
        set_in("seats.0", "number", 1),
        [
            f"{SEATING}.seats[2].number: seat 1 on the guest side of “Signing table” is already "
            "the seat of H.E. Hilda Heine"
        ],
    ),
    (
        set_in("seats.0", "person", "kaneko"),
        [f"{SEATING}.seats[0].person: Kalani Kaneko has a seat at this item already"],
    ),
    (
        set_in("", "seats", [*seated_document()["events"][0]["seating"]["seats"]] * 2),
        # Each seat listed twice: the second listing of each is the one refused.
        [
            f"{SEATING}.seats[5].number: seat 1 on the guest side of “Signing table” is already "
            "the seat of Kalani Kaneko",
            f"{SEATING}.seats[5].person: Kalani Kaneko has a seat at this item already",
            f"{SEATING}.seats[3].number: seat 2 on the guest side of “Signing table” is already "
            "the seat of H.E. Hilda Heine",
            f"{SEATING}.seats[3].person: H.E. Hilda Heine has a seat at this item already",
            f"{SEATING}.seats[4].number: seat 1 on the host side of “Signing table” is already "
            "the seat of Tsai Ming-yen",
            f"{SEATING}.seats[4].person: Tsai Ming-yen has a seat at this item already",
        ],
    ),
    (
        set_in("seats.0", "person", "nobody"),
        [f'{SEATING}.seats[0].person: "nobody" is not the key of any person of this visit'],
    ),
]


@pytest.mark.parametrize(("change", "said"), RULES)
def test_each_broken_rule_of_a_plan_is_named_by_its_path(
    change: Callable[[dict[str, Any]], None], said: list[str]
) -> None:
    assert problems_of(with_seating(change)) == said


def test_round_tables_read_without_sides() -> None:
    seating = read_visit_file(as_bytes(with_seating(rounds))).event("signing").seating
    assert seating is not None
    assert seating.plan is SeatingKind.ROUNDS
    assert [(s.table, s.number, s.person, s.side) for s in seating.seats] == [
        ("t", 1, "tsai", None),
        ("t", 2, "heine", None),
        ("t2", 1, "kaneko", None),
    ]


def test_sides_go_with_talks_only_and_whoever_sits_is_at_the_item() -> None:
    document = with_seating(rounds)
    seating_of(document)["seats"][1]["side"] = "host"
    document["events"][0]["participants"].pop()  # the President no longer witnesses
    document["events"][0]["signing"]["witnesses"] = []
    assert problems_of(document) == [
        f'{SEATING}.seats[1].side: goes only with a "facing" plan',
        f"{SEATING}.seats[0].person: H.E. Hilda Heine has a seat but is not at the item",
    ]


def test_someone_whose_own_entry_is_wrong_is_not_also_named_missing_from_a_seat() -> None:
    document = seated_document()
    document["people"][1]["side"] = "visitor"  # heine, seated
    (problem,) = problems_of(document)
    assert problem.startswith("$.people[1].side: expected one of")
