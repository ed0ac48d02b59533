"""Double bookings, found by a sweep over the programme, are exactly those that comparing
every two items finds: the same findings, in the same order, with the same words."""

from datetime import date, datetime, timedelta
from itertools import combinations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain import zones
from planner.domain.checks import Finding, Severity, Target, check_visit
from planner.domain.model import Event, Participant, Person, Venue, Visit, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import DelegationRole, Direction, EventKind, EventStatus, Side
from tests.helpers.strategies import people, visit_plans, visits

ZONE = "Europe/Brussels"
DAY = date(2025, 6, 3)


# The checks as they were: every two items compared. Small enough to be obviously right.


def _times(event: Event) -> str:
    return f"{event.local_start:%a %d %b %H:%M}–{event.local_end:%H:%M}"


def pairwise_clashes(plan: VisitPlan) -> list[Finding]:
    """People booked twice at once, then venues: the findings of the old checks."""
    active = sorted(
        (e for e in plan.events if e.status is not EventStatus.CANCELLED and not e.all_day),
        key=lambda e: (e.start, e.key),
    )
    overlapping = [
        (first, second)
        for first, second in combinations(active, 2)
        if first.start < second.end and second.start < first.end
    ]
    people, venues = [], []
    for first, second in overlapping:
        both = {p.person for p in first.participants} & {p.person for p in second.participants}
        if both:
            keys = sorted(both, key=lambda k: plan.precedence_rank.get(k, 0))
            names = [display_name(plan.person(key), native=False) for key in keys]
            who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            people.append(
                Finding(
                    Severity.ERROR,
                    f"{who} {'is' if len(names) == 1 else 'are'} in “{first.title}” "
                    f"({_times(first)}) and “{second.title}” ({_times(second)}) at once",
                    Target.EVENT,
                    second.key,
                    (first.key, second.key),
                )
            )
        if first.venue and first.venue == second.venue:
            venues.append(
                Finding(
                    Severity.WARNING,
                    f"{plan.venue(first.venue).name} holds “{first.title}” and "
                    f"“{second.title}” at the same time ({_times(second)})",
                    Target.EVENT,
                    second.key,
                    (first.key, second.key),
                )
            )
    return people + venues


def clashes(plan: VisitPlan) -> list[Finding]:
    """What check_visit reports about double bookings: the findings about two items."""
    return [f for f in check_visit(plan) if len(f.events) == 2]


@st.composite
def crowded_plans(draw: st.DrawFn) -> VisitPlan:
    """Many items in a few hours on a quarter-hour grid, so that they start together, touch,
    nest and overlap in every way; a few people and venues, often the same. Some items
    last no time or end before they start (saving refuses those; the checks must not
    care), some list a person twice."""
    visit = draw(visits())
    persons = draw(people(visit))
    places = tuple(Venue(f"v{i}", f"Venue {i}", ZONE) for i in range(draw(st.integers(0, 3))))
    first = zones.to_instant(datetime.combine(visit.start_date, datetime.min.time()), "UTC")
    quarter = timedelta(minutes=15)
    everyone = [p.key for p in persons]
    programme = []
    for n in range(draw(st.integers(0, 24))):
        start = first + draw(st.integers(0, 24)) * quarter
        participants = draw(st.lists(st.sampled_from(everyone), max_size=5)) if everyone else []
        programme.append(
            Event(
                f"e{n:02}",
                EventKind.MEETING,
                f"Item {n}",
                start,
                start + draw(st.integers(-1, 12)) * quarter,
                draw(st.sampled_from(["UTC", "Asia/Taipei"])),
                all_day=draw(st.integers(0, 9)) == 0,
                venue=draw(st.sampled_from([None, *(v.key for v in places)])),
                status=draw(st.sampled_from(EventStatus)),
                participants=tuple(Participant(person) for person in participants),
            )
        )
    shuffled = draw(st.permutations(programme))
    return VisitPlan(visit, persons, places, tuple(shuffled))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=visit_plans())
def test_any_visit_gets_the_clashes_that_comparing_every_two_items_finds(
    plan: VisitPlan,
) -> None:
    assert clashes(plan) == pairwise_clashes(plan)


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(plan=crowded_plans())
def test_a_crowded_programme_gets_the_clashes_that_comparing_every_two_items_finds(
    plan: VisitPlan,
) -> None:
    assert clashes(plan) == pairwise_clashes(plan)


# Small programmes, written out.


def person(key: str, precedence: int, side: Side = Side.HOST) -> Person:
    return Person(key, key.title(), "Doe", "", "BE", side, DelegationRole.MEMBER, precedence)


def item(key: str, start: str, end: str, *people: str, venue: str | None = "hall") -> Event:
    def instant(clock: str) -> datetime:
        return zones.to_instant(
            datetime.combine(DAY, datetime.strptime(clock, "%H:%M").time()), ZONE
        )

    return Event(
        key,
        EventKind.MEETING,
        key.title(),
        instant(start),
        instant(end),
        ZONE,
        venue=venue,
        participants=tuple(Participant(p) for p in people),
    )


def plan_of(*items: Event) -> VisitPlan:
    visit = Visit("v", "Visit", Direction.INBOUND, "BE", "MH", DAY, DAY, ZONE)
    persons = (person("ann", 1), person("bob", 2), person("cy", 1, Side.GUEST))
    return VisitPlan(visit, persons, (Venue("hall", "The Hall", ZONE),), items)


def test_three_items_at_once_are_three_clashes_in_programme_order() -> None:
    plan = plan_of(
        item("third", "10:00", "10:45", "ann"),
        item("first", "09:00", "10:30", "ann"),
        item("second", "09:30", "11:00", "ann"),
    )
    found = clashes(plan)
    pairs = [("first", "second"), ("first", "third"), ("second", "third")]
    assert [f.events for f in found] == pairs + pairs  # people first, then the hall
    assert [f.severity for f in found] == [Severity.ERROR] * 3 + [Severity.WARNING] * 3
    assert found[1].message == (
        "Ann Doe is in “First” (Tue 03 Jun 09:00–10:30) and “Third” (Tue 03 Jun 10:00–10:45) "
        "at once"
    )
    assert found[5].message == (
        "The Hall holds “Second” and “Third” at the same time (Tue 03 Jun 10:00–10:45)"
    )
    assert found == pairwise_clashes(plan)


def test_items_back_to_back_do_not_clash() -> None:
    plan = plan_of(
        item("morning", "09:00", "10:00", "ann", "bob"),
        item("noon", "10:00", "12:00", "ann", "bob"),
        item("afternoon", "12:00", "13:00", "ann"),
    )
    assert check_visit(plan) == []


def test_one_person_in_two_clashes_and_one_finding_for_everyone_in_a_clash() -> None:
    plan = plan_of(
        item("talks", "09:00", "10:00", "cy", "bob", "ann"),
        item("lunch", "09:30", "11:00", "ann", "bob", "cy", venue=None),
        item("press", "10:30", "11:30", "bob"),  # after the talks, during lunch
    )
    assert [(f.events, f.message) for f in check_visit(plan)] == [
        (
            ("talks", "lunch"),
            "Ann Doe, Bob Doe and Cy Doe are in “Talks” (Tue 03 Jun 09:00–10:00) and “Lunch” "
            "(Tue 03 Jun 09:30–11:00) at once",  # host side first, by precedence
        ),
        (
            ("lunch", "press"),
            "Bob Doe is in “Lunch” (Tue 03 Jun 09:30–11:00) and “Press” "
            "(Tue 03 Jun 10:30–11:30) at once",
        ),
    ]


def test_a_long_item_clashes_with_each_item_it_spans_and_only_those() -> None:
    plan = plan_of(
        item("all-morning", "08:00", "12:00", "ann", venue=None),
        item("one", "08:00", "09:00", "ann"),
        item("two", "09:00", "10:00", "ann"),
        item("three", "12:00", "13:00", "ann"),
    )
    assert [f.events for f in clashes(plan)] == [("all-morning", "one"), ("all-morning", "two")]
