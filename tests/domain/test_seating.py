"""Seating plans proposed by precedence: who is seated, where the host, the guest of honour
and the interpreters sit, and that everyone who should be seated is, once."""

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from planner.domain import edits, seating
from planner.domain.checks import check_visit
from planner.domain.errors import UnknownEvent
from planner.domain.model import (
    Event,
    Participant,
    Person,
    Seat,
    Seating,
    Table,
    Visit,
    VisitPlan,
)
from planner.domain.seating import (
    DoNotFit,
    SeatingError,
    beside,
    move,
    party,
    propose,
    seated_people,
    side_of_seat,
    unseat,
    unseated,
)
from planner.domain.validation import flaws
from planner.domain.vocab import (
    DelegationRole,
    Direction,
    EventKind,
    EventStatus,
    ParticipantRole,
    SeatingKind,
    Side,
)

EVENT = "dinner"
SITTING_ROLES = [DelegationRole.MEMBER, DelegationRole.OFFICIAL, DelegationRole.DEPUTY]
ROLES = [
    *SITTING_ROLES * 4,
    DelegationRole.SPOUSE,
    DelegationRole.INTERPRETER,
    DelegationRole.STAFF,
    DelegationRole.SECURITY,
    DelegationRole.PRESS,
    DelegationRole.LIAISON,
]
PARTICIPANT_ROLES = [
    *[ParticipantRole.ATTENDEE] * 8,
    ParticipantRole.CHAIR,
    ParticipantRole.OPTIONAL,
    ParticipantRole.INTERPRETER,
    ParticipantRole.STAFF,
    ParticipantRole.PRESS,
]


def person(key: str, side: Side, precedence: int, role: DelegationRole, family: str) -> Person:
    return Person(
        key,
        f"Given {key}",
        family,
        "Title",
        "TW" if side is Side.HOST else "MH",
        side,
        role,
        precedence,
    )


def visit_plan(people: list[Person], participants: list[Participant], **event: object) -> VisitPlan:
    visit = Visit(
        "v",
        "Visit",
        Direction.INBOUND,
        "TW",
        "MH",
        date(2025, 6, 2),
        date(2025, 6, 7),
        "Asia/Taipei",
        languages=("en", "zh-Hant"),
    )
    dinner = Event(
        EVENT,
        EventKind.BANQUET,
        "State banquet",
        datetime(2025, 6, 3, 11, tzinfo=UTC),
        datetime(2025, 6, 3, 13, tzinfo=UTC),
        "Asia/Taipei",
        participants=tuple(participants),
    )
    return VisitPlan(visit, tuple(people), (), (replace(dinner, **event),))  # type: ignore[arg-type]


@st.composite
def delegations(draw: st.DrawFn, least: int = 2, most: int = 120) -> VisitPlan:
    """A banquet of 2 to 120 people on two sides, each side's precedence shuffled, with
    spouses, interpreters, staff, security and press among them."""
    size = draw(st.integers(least, most))
    hosts = draw(st.integers(0, size))
    people = []
    for side, count, start in ((Side.HOST, hosts, 0), (Side.GUEST, size - hosts, hosts)):
        ranks = draw(st.permutations(range(1, count + 1)))
        for index, rank in enumerate(ranks):
            role = draw(st.sampled_from(ROLES))
            family = draw(st.sampled_from(["Lai", "Heine", "Tsai", f"F{start + index}"]))
            people.append(person(f"p{start + index}", side, rank, role, family))
    participants = [
        Participant(p.key, draw(st.sampled_from(PARTICIPANT_ROLES)))
        for p in draw(st.permutations(people))
    ]
    return visit_plan(people, participants)


def places(result: Seating) -> Counter[tuple[str, str, int]]:
    return Counter(seat.place for seat in result.seats)


def where(result: Seating, key: str | None) -> tuple[str, str, int] | None:
    seat = result.seat_of(key) if key else None
    return seat.place if seat else None


def assert_well_formed(plan: VisitPlan, result: Seating, kept: tuple[Seat, ...] = ()) -> None:
    company = party(plan, plan.event(EVENT))
    seated = [seat.person for seat in result.seats]
    should = {*company.everyone, *(seat.person for seat in kept)}
    assert Counter(seated) == Counter(should)  # everyone who should be, once
    assert max(places(result).values(), default=1) == 1  # no seat holds two
    sizes = {table.key: table.seats for table in result.tables}
    for seat in result.seats:
        assert 1 <= seat.number <= sizes[seat.table]
        assert (seat.side is not None) == (result.plan is SeatingKind.FACING)
    for seat in kept:
        assert seat in result.seats


kinds = st.sampled_from(list(SeatingKind))


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(plan=delegations(), kind=kinds)
def test_a_proposal_seats_everyone_once_the_host_presiding_and_the_guest_of_honour_at_the_right(
    plan: VisitPlan, kind: SeatingKind
) -> None:
    result = propose(plan, EVENT, kind)
    assert_well_formed(plan, result)
    company = party(plan, plan.event(EVENT))
    host, guest = company.host, company.guest_of_honour
    for key in (host, guest):
        assert key is None or key not in company.interpreting
    for table in result.tables:  # no interpreter presides, or heads a side at talks
        for side in (*Side, None):
            here = [seat for seat in result.at(table.key) if seat.side is side]
            if here and any(seat.person not in company.interpreting for seat in here):
                assert here[0].person not in company.interpreting
            if here and kind is SeatingKind.FACING:
                assert here[0].number == 1 or here[0].person in company.interpreting
    if kind is SeatingKind.FACING:
        assert where(result, host) in (None, ("t1", "host", 1))
        assert where(result, guest) in (None, ("t1", "guest", 1))
        for side, interpreter in company.interpreters.items():
            assert_beside(result, interpreter, ("t1", side.value, 1))
        return
    first = result.tables[0].key
    if host:
        assert where(result, host) == (first, "", 1)
    if guest:
        assert where(result, guest) == (first, "", 2 if host else 1)
    for side, interpreter in company.interpreters.items():
        assert_beside(result, interpreter, where(result, company.head(side)))


def assert_beside(result: Seating, interpreter: str, head: tuple[str, str, int] | None) -> None:
    """An interpreter sits beside their head, or, where the table has no seat there, at
    the same table."""
    assert head is not None
    table, side, number = head
    seat = where(result, interpreter)
    if beside(number) <= result.table(table).seats:
        assert seat == (table, side, beside(number))
    else:
        assert seat is not None
        assert seat[:2] == (table, side)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=delegations(),
    kind=st.sampled_from([SeatingKind.ROUNDS, SeatingKind.THEATRE, SeatingKind.LONG]),
    tables=st.none() | st.integers(1, 15),
    seats=st.none() | st.integers(2, 16),
)
def test_the_sides_alternate_round_each_table_where_the_counts_allow(
    plan: VisitPlan, kind: SeatingKind, tables: int | None, seats: int | None
) -> None:
    if kind is SeatingKind.LONG:
        tables = None
    people = len(party(plan, plan.event(EVENT)).everyone)
    if seats and people > (1 if kind is SeatingKind.LONG else tables or people) * seats:
        with pytest.raises(DoNotFit):
            propose(plan, EVENT, kind, tables=tables, seats=seats)
        return
    result = propose(plan, EVENT, kind, tables=tables, seats=seats)
    assert_well_formed(plan, result)
    company = party(plan, plan.event(EVENT))
    beside_heads = set(company.interpreters.values())
    sides = {key: plan.person(key).side for key in company.everyone}
    for table in result.tables:
        sitting = [s for s in result.at(table.key) if s.person not in beside_heads]
        for index, seat in enumerate(sitting):
            turn = side_of_seat(seat.number)
            if sides[seat.person] is not turn:  # only when that side has no one left here,
                passed = [later for later in sitting[index + 1 :] if sides[later.person] is turn]
                if seat.number == 1:  # or no one but interpreters, who do not preside
                    assert all(later.person in company.interpreting for later in passed)
                else:
                    assert passed == []
    used = [table for table in result.tables if result.at(table.key)]
    presiders = [key for key in company.hosts if key not in company.interpreting]
    if kind is SeatingKind.ROUNDS and len(presiders) >= len(used):
        for table in used:  # a host presides at every table
            assert sides[result.at(table.key)[0].person] is Side.HOST
            assert result.at(table.key)[0].number == 1


@settings(deadline=None, max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(plan=delegations(most=60), kind=kinds)
def test_a_proposal_keeps_the_rules_and_the_checks_find_nothing_in_it(
    plan: VisitPlan, kind: SeatingKind
) -> None:
    assert flaws(plan) == []
    proposed = edits.set_seating(plan, EVENT, propose(plan, EVENT, kind))
    assert flaws(proposed, since=plan) == []
    assert check_visit(proposed) == []


@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(plan=delegations(least=4), kind=kinds, data=st.data())
def test_locked_seats_are_kept_and_their_people_not_placed_again(
    plan: VisitPlan, kind: SeatingKind, data: st.DataObject
) -> None:
    first = propose(plan, EVENT, kind)
    assume(first.seats)
    locked = data.draw(st.sets(st.sampled_from(first.seats), min_size=1))
    kept = tuple(replace(seat, locked=True) for seat in first.seats if seat in locked)
    # The precedence changes, then the plan is proposed again with the locks.
    shuffled = tuple(replace(p, precedence=len(plan.people) - p.precedence) for p in plan.people)
    event = replace(plan.event(EVENT), seating=replace(first, seats=(*kept, *first.seats[:0])))
    again = replace(plan, people=shuffled, events=(event,))
    result = propose(again, EVENT, kind)
    assert_well_formed(again, result, kept)


@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(plan=delegations(least=3), seats=st.integers(1, 4), tables=st.integers(1, 3))
def test_people_who_do_not_fit_are_refused_saying_how_many(
    plan: VisitPlan, seats: int, tables: int
) -> None:
    people = len(party(plan, plan.event(EVENT)).everyone)
    assume(people > seats * tables)
    with pytest.raises(DoNotFit) as refused:
        propose(plan, EVENT, SeatingKind.ROUNDS, tables=tables, seats=seats)
    assert (refused.value.people, refused.value.seats) == (people, seats * tables)
    assert f"has {people} people to seat, but the plan has only {seats * tables} seats" in str(
        refused.value
    )


# The rules, one by one


def example(*members: tuple[str, Side, int, DelegationRole], **roles: ParticipantRole) -> VisitPlan:
    people = [person(key, side, rank, role, key.title()) for key, side, rank, role in members]
    participants = [Participant(p.key, roles.get(p.key, ParticipantRole.ATTENDEE)) for p in people]
    return visit_plan(people, participants)


H, G = Side.HOST, Side.GUEST
MEMBER, SPOUSE = DelegationRole.MEMBER, DelegationRole.SPOUSE


def numbers(result: Seating) -> dict[str, tuple[str, str, int]]:
    return {seat.person: seat.place for seat in result.seats}


def test_host_and_guest_alternate_round_a_table_the_guest_of_honour_at_the_hosts_right() -> None:
    plan = example(
        *((f"h{n}", H, n, MEMBER) for n in range(1, 6)),
        *((f"g{n}", G, n, MEMBER) for n in range(1, 6)),
    )
    result = propose(plan, EVENT, SeatingKind.ROUNDS)
    assert [(s.number, s.person) for s in result.seats] == [
        (1, "h1"),
        (2, "g1"),
        (3, "g2"),
        (4, "h2"),
        (5, "h3"),
        (6, "g3"),
        (7, "g4"),
        (8, "h4"),
        (9, "h5"),
        (10, "g5"),
    ]
    assert result.tables == (Table("t1", "Table 1", 10, result.tables[0].translations),)
    assert result.tables[0].translation("name", "zh-Hant") == "第1桌"


def test_each_further_table_is_presided_by_its_highest_ranked_host() -> None:
    plan = example(
        *((f"h{n}", H, n, MEMBER) for n in range(1, 13)),
        *((f"g{n}", G, n, MEMBER) for n in range(1, 13)),
    )
    result = propose(plan, EVENT, SeatingKind.ROUNDS)  # 24 people: 3 tables of 10
    assert [table.name for table in result.tables] == ["Table 1", "Table 2", "Table 3"]
    heads = [(result.at(t.key)[0].person, result.at(t.key)[1].person) for t in result.tables]
    assert heads == [("h1", "g1"), ("h5", "g5"), ("h9", "g9")]
    assert [len(result.at(t.key)) for t in result.tables] == [8, 8, 8]  # shared out evenly


def test_staff_security_and_press_are_not_seated_unless_asked() -> None:
    plan = example(
        ("lai", H, 1, MEMBER),
        ("aide", H, 2, DelegationRole.STAFF),
        ("guard", G, 3, DelegationRole.SECURITY),
        ("heine", G, 1, MEMBER),
        ("reporter", G, 2, MEMBER),
        reporter=ParticipantRole.PRESS,
    )
    event = plan.event(EVENT)
    assert party(plan, event).everyone == ("lai", "heine")
    asked = party(plan, event, include=["aide", ParticipantRole.PRESS])
    assert asked.everyone == ("lai", "aide", "heine", "reporter")
    assert party(plan, event, include=[DelegationRole.SECURITY]).guests == ("heine", "guard")


def test_a_spouse_follows_their_partners_rank() -> None:
    plan = example(
        ("lai", H, 1, DelegationRole.OFFICIAL),
        ("cheng", H, 2, MEMBER),
        ("wu", H, 3, SPOUSE),  # no one of that name: the side's highest-ranked, Lai
        ("heine", G, 1, DelegationRole.HEAD),
        ("kaneko", G, 2, MEMBER),
        ("kaneko-spouse", G, 5, SPOUSE),
        ("bejang", G, 3, MEMBER),
        ("partner", G, 4, SPOUSE),  # no one of that name: the head, Heine
    )
    plan = replace(
        plan,
        people=tuple(
            replace(p, family_name="Kaneko") if p.key == "kaneko-spouse" else p for p in plan.people
        ),
    )
    company = party(plan, plan.event(EVENT))
    assert company.hosts == ("lai", "wu", "cheng")
    assert company.guests == ("heine", "partner", "kaneko", "kaneko-spouse", "bejang")
    result = numbers(propose(plan, EVENT, SeatingKind.ROUNDS))
    # The guest of honour's spouse at the host's left; the host's spouse at the guest's right.
    assert result["partner"] == ("t1", "", 3)
    assert result["wu"] == ("t1", "", 4)


def test_a_spouse_whose_partner_is_absent_ranks_by_their_own_precedence() -> None:
    plan = example(("lai", H, 1, MEMBER), ("heine", G, 2, MEMBER), ("spouse", G, 1, SPOUSE))
    plan = replace(
        plan,
        events=(
            replace(
                plan.event(EVENT),
                participants=(Participant("lai"), Participant("spouse")),
            ),
        ),
    )
    assert party(plan, plan.event(EVENT)).guests == ("spouse",)


def test_interpreters_sit_beside_the_head_they_interpret_for() -> None:
    plan = example(
        ("lai", H, 1, MEMBER),
        ("chen", H, 2, MEMBER),
        ("lin", H, 3, DelegationRole.INTERPRETER),
        ("heine", G, 1, MEMBER),
        ("kaneko", G, 2, MEMBER),
        ("bejang", G, 3, MEMBER),
        ("silk", G, 4, MEMBER),
        silk=ParticipantRole.INTERPRETER,
    )
    rounds = numbers(propose(plan, EVENT, SeatingKind.ROUNDS))
    assert rounds["lin"] == ("t1", "", 3)  # at the host's left: the right is the guest's
    assert rounds["silk"] == ("t1", "", 4)  # at the guest of honour's right
    assert rounds["kaneko"] == ("t1", "", 6)
    talks = numbers(propose(plan, EVENT, SeatingKind.FACING))
    assert talks == {
        "lai": ("t1", "host", 1),
        "chen": ("t1", "host", 2),
        "lin": ("t1", "host", 3),
        "heine": ("t1", "guest", 1),
        "kaneko": ("t1", "guest", 2),
        "silk": ("t1", "guest", 3),
        "bejang": ("t1", "guest", 4),
    }


def test_at_talks_each_side_faces_the_other_its_head_in_the_middle() -> None:
    plan = example(*((f"h{n}", H, n, MEMBER) for n in range(1, 4)), ("g1", G, 1, MEMBER))
    result = propose(plan, EVENT, SeatingKind.FACING)
    assert result.tables[0].seats == 3  # each side's seats: the larger delegation's
    assert result.tables[0].name == "Talks table"
    assert numbers(result) == {
        "g1": ("t1", "guest", 1),
        "h1": ("t1", "host", 1),
        "h2": ("t1", "host", 2),
        "h3": ("t1", "host", 3),
    }
    with pytest.raises(DoNotFit, match="the host side has 3 people to seat, but the table has 2"):
        propose(plan, EVENT, SeatingKind.FACING, seats=2)
    with pytest.raises(SeatingError, match="one table"):
        propose(plan, EVENT, SeatingKind.FACING, tables=2)


def test_theatre_rows_fill_from_the_front() -> None:
    plan = example(
        *((f"h{n}", H, n, MEMBER) for n in range(1, 6)),
        *((f"g{n}", G, n, MEMBER) for n in range(1, 6)),
    )
    result = propose(plan, EVENT, SeatingKind.THEATRE, seats=4)
    assert [t.name for t in result.tables] == ["Row 1", "Row 2", "Row 3"]
    assert [len(result.at(t.key)) for t in result.tables] == [4, 4, 2]
    assert [s.person for s in result.at("t1")] == ["h1", "g1", "g2", "h2"]


def test_a_new_proposal_keeps_the_locked_seats_and_the_tables() -> None:
    plan = example(
        *((f"h{n}", H, n, MEMBER) for n in range(1, 5)),
        *((f"g{n}", G, n, MEMBER) for n in range(1, 5)),
    )
    first = propose(plan, EVENT, SeatingKind.ROUNDS, tables=2, seats=6)
    named = replace(first, tables=(replace(first.tables[0], name="Head table"), first.tables[1]))
    locked = seating.lock(move(named, "h4", ("t1", "", 1)), "h4")
    event = replace(plan.event(EVENT), seating=locked)
    again = propose(replace(plan, events=(event,)), EVENT, SeatingKind.ROUNDS)
    assert again.tables[0].name == "Head table"  # the same kind: its tables kept
    assert again.seat_of("h4") == Seat("t1", 1, "h4", locked=True)
    assert Counter(seated_people(again)) == Counter(f"{s}{n}" for s in "hg" for n in range(1, 5))
    with pytest.raises(SeatingError, match=r"The locked seat of Given h4 H4 .* does not fit"):
        propose(replace(plan, events=(event,)), EVENT, SeatingKind.FACING)


def test_a_kept_seat_of_someone_no_longer_attending_is_dropped() -> None:
    plan = example(("h1", H, 1, MEMBER), ("g1", G, 1, MEMBER))
    gone = Seat("t1", 5, "nobody", locked=True)
    result = propose(plan, EVENT, SeatingKind.ROUNDS, keep=[gone])
    assert seated_people(result) == ("h1", "g1")


def test_a_cancelled_item_or_an_unknown_one_has_no_proposal() -> None:
    plan = example(("h1", H, 1, MEMBER))
    cancelled = replace(plan, events=(replace(plan.event(EVENT), status=EventStatus.CANCELLED),))
    with pytest.raises(SeatingError, match="is cancelled"):
        propose(cancelled, EVENT, SeatingKind.ROUNDS)
    with pytest.raises(UnknownEvent):
        propose(plan, "nothing", SeatingKind.ROUNDS)
    assert unseated(cancelled, cancelled.event(EVENT)) == []


def test_moving_someone_onto_a_taken_seat_swaps_them() -> None:
    plan = example(("h1", H, 1, MEMBER), ("g1", G, 1, MEMBER), ("g2", G, 2, MEMBER))
    result = propose(plan, EVENT, SeatingKind.ROUNDS)
    swapped = move(result, "g2", ("t1", "", 2))
    assert numbers(swapped) == {"h1": ("t1", "", 1), "g2": ("t1", "", 2), "g1": ("t1", "", 3)}
    moved = move(unseat(result, "g2"), "g2", ("t1", "", 2))  # from off the plan
    assert numbers(moved) == {"h1": ("t1", "", 1), "g2": ("t1", "", 2)}
    event = replace(plan.event(EVENT), seating=moved)
    assert unseated(plan, event) == ["g1"]
    with pytest.raises(SeatingError, match="no seat 11"):
        move(result, "g2", ("t1", "", 11))
    assert move(result, "g2", ("t1", "", 3)) == result


def test_a_proposal_for_the_demo_banquet(demo_plan: VisitPlan) -> None:
    result = propose(demo_plan, "state-banquet", SeatingKind.ROUNDS)
    assert [(s.number, s.person) for s in result.seats] == [
        (1, "lai"),
        (2, "heine"),
        (3, "kaneko"),
        (4, "tsai"),
        (5, "hsia"),
        (6, "bejang"),
        (7, "silk"),
    ]


def test_at_talks_a_seat_locked_on_the_other_side_makes_that_side_longer(
    demo_plan: VisitPlan,
) -> None:
    talks = "bilateral-talks"
    first = propose(demo_plan, talks, SeatingKind.FACING)
    assert first.tables[0].seats == 4  # the guests: Heine, Kaneko, Bejang, Silk
    crossed = seating.lock(move(first, "hsia", ("t1", "guest", 4)), "hsia")
    result = propose(edits.set_seating(demo_plan, talks, crossed), talks, SeatingKind.FACING)
    assert result.tables[0].seats == 5  # five on the guest side now, Hsia among them
    assert result.seat_of("hsia") == Seat("t1", 4, "hsia", Side.GUEST, locked=True)
    guests = {s.number: s.person for s in result.seats if s.side is Side.GUEST}
    assert guests == {1: "heine", 2: "kaneko", 3: "bejang", 4: "hsia", 5: "silk"}


@settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(plan=delegations(least=2, most=40), data=st.data())
def test_at_talks_anyone_locked_on_either_side_is_kept_and_everyone_else_fits(
    plan: VisitPlan, data: st.DataObject
) -> None:
    first = propose(plan, EVENT, SeatingKind.FACING)
    assume(first.seats)
    mover = data.draw(st.sampled_from(first.seats))
    side = data.draw(st.sampled_from(list(Side)))
    number = data.draw(st.integers(1, first.tables[0].seats))
    moved = seating.lock(move(first, mover.person, ("t1", side.value, number)), mover.person)
    event = replace(plan.event(EVENT), seating=moved)
    kept = tuple(seat for seat in moved.seats if seat.locked)
    result = propose(replace(plan, events=(event,)), EVENT, SeatingKind.FACING)
    assert_well_formed(plan, result, kept)


def test_an_interpreter_never_heads_a_side_or_presides() -> None:
    plan = example(
        ("lin", H, 3, DelegationRole.INTERPRETER),  # the host side: an interpreter only
        ("heine", G, 1, MEMBER),
        ("kaneko", G, 2, MEMBER),
        ("silk", G, 4, MEMBER),
        silk=ParticipantRole.INTERPRETER,
    )
    company = party(plan, plan.event(EVENT))
    assert (company.host, company.guest_of_honour) == (None, "heine")
    assert company.head(Side.HOST) is None
    rounds = propose(plan, EVENT, SeatingKind.ROUNDS)
    # The guest of honour presides, their interpreter beside them; the host side's
    # interpreter sits with their side, after everyone else of it.
    assert numbers(rounds) == {
        "heine": ("t1", "", 1),
        "kaneko": ("t1", "", 2),
        "silk": ("t1", "", 3),
        "lin": ("t1", "", 4),
    }
    talks = propose(plan, EVENT, SeatingKind.FACING)
    # The host side's middle seat is left for a head; its interpreter beside it.
    assert numbers(talks) == {
        "heine": ("t1", "guest", 1),
        "kaneko": ("t1", "guest", 2),
        "silk": ("t1", "guest", 3),
        "lin": ("t1", "host", 3),
    }
    for result in (rounds, talks):
        assert check_visit(edits.set_seating(plan, EVENT, result)) == []


def test_a_further_table_is_not_presided_by_an_interpreter() -> None:
    plan = example(
        ("lai", H, 1, MEMBER),
        ("lin", H, 2, DelegationRole.INTERPRETER),  # beside Lai
        ("wu", H, 3, DelegationRole.INTERPRETER),
        *((f"g{n}", G, n, MEMBER) for n in range(1, 13)),
    )
    result = propose(plan, EVENT, SeatingKind.ROUNDS)  # 15 people: 2 tables
    assert [result.at(t.key)[0].person for t in result.tables] == ["lai", "g7"]
    assert result.seat_of("lin") == Seat("t1", 3, "lin")
    assert numbers(result)["wu"][2] != 1


def test_someone_seated_by_hand_counts_as_asked_for() -> None:
    plan = example(
        ("lai", H, 1, MEMBER),
        ("aide", H, 2, DelegationRole.STAFF),
        ("heine", G, 1, MEMBER),
        ("guard", G, 2, DelegationRole.SECURITY),
    )
    first = propose(plan, EVENT, SeatingKind.ROUNDS)
    assert seated_people(first) == ("lai", "heine")
    by_hand = move(first, "aide", ("t1", "", 4))  # not locked
    seated = replace(plan, events=(replace(plan.event(EVENT), seating=by_hand),))
    assert party(seated, seated.event(EVENT)).everyone == ("lai", "aide", "heine")
    again = propose(seated, EVENT, SeatingKind.ROUNDS)
    assert Counter(seated_people(again)) == Counter(["lai", "aide", "heine"])
    assert check_visit(edits.set_seating(plan, EVENT, again)) == []
    # Those not seated unless asked, all asked for: the window's list of who may sit.
    asked = seating.NOT_SEATED_UNLESS_ASKED
    assert unseated(seated, seated.event(EVENT)) == []
    assert unseated(seated, seated.event(EVENT), include=asked) == ["guard"]
    assert unseated(plan, plan.event(EVENT), include=asked) == ["lai", "aide", "heine", "guard"]


def test_who_is_asked_for_is_said_by_key_or_by_role() -> None:
    plan = example(
        ("lai", H, 1, MEMBER),
        ("aide", H, 2, DelegationRole.STAFF),
        ("guard", G, 2, DelegationRole.SECURITY),
        ("reporter", G, 3, MEMBER),
        reporter=ParticipantRole.PRESS,
    )
    event = plan.event(EVENT)
    assert seating.asked_for(plan, event, [" aide ", "press", DelegationRole.SECURITY]) == (
        "aide",
        ParticipantRole.PRESS,
        DelegationRole.PRESS,
        DelegationRole.SECURITY,
    )
    assert party(plan, event, seating.asked_for(plan, event, ["press"])).guests == ("reporter",)
    with pytest.raises(SeatingError) as refused:
        seating.asked_for(plan, event, ["aide", "nobody"])
    assert str(refused.value) == (
        "“nobody” is not the key of anyone taking part in “State banquet”, nor a role: "
        "give a person's key or one of attendee, chair, deputy, head, interpreter, "
        "liaison, member, official, optional, press, security, signatory, spouse, staff, "
        "witness"
    )
