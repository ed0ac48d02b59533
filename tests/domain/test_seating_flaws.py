"""The rules of a seating plan: each broken rule a flaw of its own, named by the item and
the place in its plan (`("seating", "seats", 3, "number")`), as every other rule is."""

from dataclasses import replace

import pytest

from planner.domain import edits
from planner.domain.model import Seat, Seating, Table, Translation, VisitPlan
from planner.domain.validation import Part, Record, flaws, item_flaws
from planner.domain.vocab import SeatingKind, Side
from tests.helpers.seated import BANQUET, TALKS, banquet_seating, seated, talks_seating

Found = list[tuple[tuple[Part, ...], str]]


def flaws_of(plan: VisitPlan, event: str, seating: Seating) -> Found:
    found = flaws(edits.set_seating(plan, event, seating))
    assert {(flaw.record, flaw.key) for flaw in found} <= {(Record.EVENT, event)}
    return [(flaw.path, flaw.message) for flaw in found]


def with_table(table: Table) -> Seating:
    """The banquet with a third table, at which no one sits."""
    seating = banquet_seating()
    return replace(seating, tables=(*seating.tables, table))


def with_seat(seating: Seating, person: str, seat: Seat | None) -> Seating:
    """The plan with `person`'s seat replaced by `seat` (None: taken away)."""
    others = tuple(s for s in seating.seats if s.person != person)
    return replace(seating, seats=others if seat is None else (*others, seat))


def index_of(seating: Seating, seat: Seat) -> int:
    """Where a seat is among the plan's seats, which it keeps in one order."""
    return seating.seats.index(seat)


def test_the_seated_demo_keeps_every_rule(demo_plan: VisitPlan) -> None:
    assert flaws(seated(demo_plan)) == []


T3 = ("seating", "tables", 2)


@pytest.mark.parametrize(
    ("table", "found"),
    [
        (Table("", "Table 3", 8), [((*T3, "key"), "is empty")]),
        (Table("k" * 101, "Table 3", 8), [((*T3, "key"), "is longer than 100 characters")]),
        (Table("t2", "Table 3", 8), [((*T3, "key"), '"t2" is already the key of Table 2')]),
        (Table("t3", " ", 8), [((*T3, "name"), "must not be empty")]),
        (Table("t3", "Table\x073", 8), [((*T3, "name"), "contains a control character")]),
        (
            Table("t3", "T" * 20_001, 8),
            [((*T3, "name"), "is 20,001 characters long; at most 20,000 fit")],
        ),
        (Table("t3", "Table 3", 0), [((*T3, "seats"), "is 0: a table seats from 1 to 500")]),
        (Table("t3", "Table 3", 501), [((*T3, "seats"), "is 501: a table seats from 1 to 500")]),
        (
            Table("t3", "Table 3", 8, (Translation("fr", "name", "Table trois"),)),
            [
                (
                    (*T3, "translations", "fr"),
                    '"fr" is not one of the visit\'s languages ("en", "zh-Hant")',
                )
            ],
        ),
        (
            Table("t3", "Table 3", 8, (Translation("en", "name", "Table three"),)),
            [
                (
                    (*T3, "translations", "en"),
                    "\"en\" is the visit's main language: the record's own texts are in it, not "
                    "its translations",
                )
            ],
        ),
        (
            Table("t3", "Table 3", 8, (Translation("zh-Hant", "seats", "八"),)),
            [
                (
                    (*T3, "translations", "zh-Hant", "seats"),
                    "is not a text a table has in another language (only name)",
                )
            ],
        ),
        (
            Table("t3", "Table 3", 8, (Translation("zh-Hant", "name", " "),)),
            [((*T3, "translations", "zh-Hant", "name"), "must not be empty")],
        ),
    ],
    ids=[
        "empty-key",
        "long-key",
        "key-twice",
        "no-name",
        "control-character",
        "long-name",
        "no-seats",
        "too-many-seats",
        "language-not-of-the-visit",
        "main-language",
        "untranslatable",
        "empty-translation",
    ],
)
def test_a_table_is_made_like_every_other_record(
    demo_plan: VisitPlan, table: Table, found: Found
) -> None:
    assert flaws_of(demo_plan, BANQUET, with_table(table)) == found


@pytest.mark.parametrize(
    ("plan", "tables"),
    [
        (SeatingKind.FACING, 2),
        (SeatingKind.LONG, 0),
        (SeatingKind.U_SHAPE, 3),
    ],
)
def test_talks_a_long_table_and_a_u_are_one_table(
    demo_plan: VisitPlan, plan: SeatingKind, tables: int
) -> None:
    made = tuple(Table(f"t{number}", f"Table {number}", 8) for number in range(1, tables + 1))
    assert flaws_of(demo_plan, BANQUET, Seating(plan, made)) == [
        (("seating", "tables"), f'a "{plan.value}" plan has one table, not {tables}')
    ]


def test_round_tables_and_theatre_rows_are_any_number(demo_plan: VisitPlan) -> None:
    for plan in (SeatingKind.ROUNDS, SeatingKind.THEATRE):
        for count in (0, 1, 4):
            tables = tuple(Table(f"r{n}", f"Row {n}", 20) for n in range(count))
            assert flaws_of(demo_plan, BANQUET, Seating(plan, tables)) == []


BANQUET_SEATS = banquet_seating()
TALKS_SEATS = talks_seating()


def seat_flaws(
    plan: VisitPlan, event: str, seating: Seating, person: str, seat: Seat
) -> tuple[int, Found]:
    changed = with_seat(seating, person, seat)
    return index_of(changed, seat), flaws_of(plan, event, changed)


def where(index: int, name: str) -> tuple[Part, ...]:
    return ("seating", "seats", index, name)


def test_a_seat_is_at_a_table_of_the_plan_within_its_seats(demo_plan: VisitPlan) -> None:
    at_no_table = Seat("t9", 3, "silk")
    index, found = seat_flaws(demo_plan, BANQUET, BANQUET_SEATS, "silk", at_no_table)
    assert found == [(where(index, "table"), '"t9" is not the key of any table of this plan')]
    nowhere = Seat("t9", 0, "silk")
    index, found = seat_flaws(demo_plan, BANQUET, BANQUET_SEATS, "silk", nowhere)
    assert found == [
        (where(index, "table"), '"t9" is not the key of any table of this plan'),
        (where(index, "number"), "is 0: seats are numbered from 1"),
    ]
    for number in (0, 9):
        past = Seat("t2", number, "silk")
        index, found = seat_flaws(demo_plan, BANQUET, BANQUET_SEATS, "silk", past)
        assert found == [
            (where(index, "number"), f"is {number}: the seats of “Table 2” are numbered 1 to 8")
        ]
    # At talks the numbers count per side, each side up to the table's seats.
    last = Seat("talks", 6, "silk", Side.GUEST)
    assert flaws_of(demo_plan, TALKS, with_seat(TALKS_SEATS, "silk", last)) == []
    past = Seat("talks", 7, "silk", Side.GUEST)
    index, found = seat_flaws(demo_plan, TALKS, TALKS_SEATS, "silk", past)
    assert found == [
        (where(index, "number"), "is 7: the seats of “Conference table” are numbered 1 to 6")
    ]


def test_sides_are_for_talks_and_every_seat_at_talks_has_one(demo_plan: VisitPlan) -> None:
    sideless = Seat("talks", 4, "silk")
    index, found = seat_flaws(demo_plan, TALKS, TALKS_SEATS, "silk", sideless)
    assert found == [
        (
            ("seating", "seats", index, "side"),
            'is required in a "facing" plan: the host or the guest side',
        )
    ]
    sided = Seat("t2", 3, "silk", Side.GUEST)
    index, found = seat_flaws(demo_plan, BANQUET, BANQUET_SEATS, "silk", sided)
    assert found == [(("seating", "seats", index, "side"), 'goes only with a "facing" plan')]


def test_a_seat_holds_one_person_and_a_person_sits_once(demo_plan: VisitPlan) -> None:
    taken = Seat("t2", 2, "silk")  # Bejang's
    index, found = seat_flaws(demo_plan, BANQUET, BANQUET_SEATS, "silk", taken)
    assert found == [
        (
            ("seating", "seats", index, "number"),
            "seat 2 at “Table 2” is already the seat of Hon. Joe Bejang",
        )
    ]
    taken_at_talks = Seat("talks", 3, "silk", Side.GUEST)
    index, found = seat_flaws(demo_plan, TALKS, TALKS_SEATS, "silk", taken_at_talks)
    assert found == [
        (
            ("seating", "seats", index, "number"),
            "seat 3 on the guest side of “Conference table” is already the seat of Hon. Joe Bejang",
        )
    ]
    twice = Seat("t2", 4, "silk")
    seating = replace(BANQUET_SEATS, seats=(*BANQUET_SEATS.seats, twice))
    assert flaws_of(demo_plan, BANQUET, seating) == [
        (
            ("seating", "seats", index_of(seating, twice), "person"),
            "Isabela Silk has a seat at this item already",
        )
    ]


def test_whoever_sits_is_someone_of_the_visit_at_the_item(demo_plan: VisitPlan) -> None:
    nobody = Seat("t2", 4, "nobody")
    seating = replace(BANQUET_SEATS, seats=(*BANQUET_SEATS.seats, nobody))
    plan = edits.set_seating(demo_plan, BANQUET, seating)
    (flaw,) = flaws(plan)
    assert flaw.path == ("seating", "seats", index_of(seating, nobody), "person")
    assert flaw.message == '"nobody" is not the key of any person of this visit'
    assert flaw.missing == (Record.PERSON, "nobody")
    # The education briefing has Bejang, Silk and Ambassador Hsia, not the President.
    briefing = Seating(SeatingKind.LONG, (Table("t", "Table", 4),), (Seat("t", 1, "heine"),))
    assert flaws_of(demo_plan, "education-briefing", briefing) == [
        (("seating", "seats", 0, "person"), "H.E. Hilda Heine has a seat but is not at the item")
    ]
    event = replace(demo_plan.event("education-briefing"), seating=briefing)
    assert [f.message for f in item_flaws(demo_plan, event)] == [
        "H.E. Hilda Heine has a seat but is not at the item"
    ]


def test_a_seating_flaw_names_the_item_and_its_seating_in_the_window(
    demo_plan: VisitPlan,
) -> None:
    seating = with_table(Table("t3", "Table 3", 0))
    (flaw,) = flaws(edits.set_seating(demo_plan, BANQUET, seating))
    assert str(flaw) == 'event "state-banquet": is 0: a table seats from 1 to 500'
    assert flaw.for_window() == (
        "Item “State banquet hosted by President Lai”, Seating: is 0: a table seats from 1 to 500"
    )


def test_a_save_from_a_known_plan_sees_a_seated_person_leave_the_visit(
    demo_plan: VisitPlan,
) -> None:
    """Taken out of the visit but left in their seat: refused, though the item is the very
    same; taken out properly, their seats go with them."""
    before = seated(demo_plan)
    gone = replace(before, people=tuple(p for p in before.people if p.key != "silk"))
    found = flaws(gone, since=before)
    assert {(f.key, f.path[:2]) for f in found} >= {
        (BANQUET, ("seating", "seats")),
        (TALKS, ("seating", "seats")),
    }
    assert flaws(edits.remove_person(before, "silk"), since=before) == []
