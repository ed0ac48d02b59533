"""How long the checks take on a summit-sized visit, and how that grows with its size.

Prints the median processor time of `check_visit` on generated visits of 10,000 and 20,000
items, each beside a floor measured in the same runs (reading every item's people once and
sorting the items by start: what any check of double bookings must do), the ratio to that
floor, and the ratio of the larger visit's times to the smaller's, for the checks and for
the floor (on a small machine the floor itself grows more than twice: the larger visit no
longer fits its caches), and, as a figure no machine's caches change, the ratio of the
function calls each size makes (counted by cProfile). Asserts nothing.

.venv/bin/python benchmarks/checks.py [RUNS]
"""

import cProfile
import pstats
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as clock

from planner.domain import zones
from planner.domain.checks import Finding, check_visit
from planner.domain.model import Event, Participant, Person, Venue, Visit, VisitPlan
from planner.domain.vocab import DelegationRole, Direction, EventKind, EventStatus, Side

ZONE = "Europe/Brussels"
DELEGATION = 25  # people in each delegation
PARTICIPANTS = 12  # people at each item, from its delegation
ITEMS_A_DAY = 8  # for each delegation: 45 minutes each, from 08:00, an hour apart
EVENTS_A_PERSON = 240  # the same load on everyone whatever the size: 50 people per 1,000 items
EARLY = 0.03  # items moved half an hour earlier, into the item before: a clash of people
SHARED = 0.02  # items in a hall shared with others, whoever is there: a clash of venues
SHARING = 10  # delegations that share a hall


def summit(events: int, seed: int = 9) -> VisitPlan:
    """A summit of delegations of 25, each with its own programme of 45-minute items an
    hour apart (every third one right after the one before), 12 of its people at each, in
    its own two rooms. A few items start half an hour early, into the one before, and a few
    are in a hall shared by ten delegations, which another may hold at the same time:
    clashes in proportion to the size of the visit, as in real programmes."""
    rng = random.Random(seed)
    people = events * PARTICIPANTS // EVENTS_A_PERSON
    delegations = people // DELEGATION
    days = -(-events // (delegations * ITEMS_A_DAY))
    first = date(2025, 3, 3)
    visit = Visit(
        "summit",
        "Summit",
        Direction.INBOUND,
        "BE",
        "MH",
        first,
        first + timedelta(days=days),
        ZONE,
    )
    persons = tuple(
        Person(
            f"p{i}",
            f"Given{i}",
            f"Family{i}",
            "H.E.",
            "BE" if i < DELEGATION else "MH",
            Side.HOST if i < DELEGATION else Side.GUEST,
            DelegationRole.MEMBER,
            i + 1,
        )
        for i in range(people)
    )
    venues = (
        *(Venue(f"hall{i}", f"Hall {i}", ZONE) for i in range(-(-delegations // SHARING))),
        *(Venue(f"room{i}", f"Room {i}", ZONE) for i in range(2 * delegations)),
    )
    programme = []
    for n in range(events):
        delegation, slot = n % delegations, n // delegations
        day, hour = divmod(slot, ITEMS_A_DAY)
        local = datetime.combine(first + timedelta(days=day), clock(8)) + timedelta(hours=hour)
        start = zones.to_instant(local, ZONE)
        length = timedelta(minutes=60 if hour % 3 == 2 else 45)  # touches the next one
        if rng.random() < EARLY:
            start -= timedelta(minutes=30)
        members = range(delegation * DELEGATION, (delegation + 1) * DELEGATION)
        shared = rng.random() < SHARED
        programme.append(
            Event(
                f"e{n}",
                EventKind.MEETING,
                f"Meeting {n}",
                start,
                start + length,
                ZONE,
                venue=f"hall{delegation // SHARING}"
                if shared
                else f"room{2 * delegation + slot % 2}",
                status=EventStatus.CANCELLED if rng.random() < 0.01 else EventStatus.CONFIRMED,
                participants=tuple(Participant(f"p{i}") for i in rng.sample(members, PARTICIPANTS)),
            )
        )
    return VisitPlan(visit, persons, venues, tuple(programme))


def floor(plan: VisitPlan) -> list[Event]:
    """What any check of double bookings has to do at least: read every item's people
    once and put the items in programme order."""
    for event in plan.events:
        for participant in event.participants:
            participant.person  # noqa: B018 - reading it is the point
    return sorted(plan.events, key=lambda e: (e.start, e.key))


def fresh(plan: VisitPlan) -> VisitPlan:
    """The same plan without its cached lookups, as the window has after loading a visit."""
    return VisitPlan(plan.visit, plan.people, plan.venues, plan.events)


def timed(action: Callable[[VisitPlan], object], plan: VisitPlan) -> float:
    """Milliseconds of this process's processor time: other programs on a busy machine
    slow it less than they slow the wall clock."""
    began = time.process_time()
    action(plan)
    return (time.process_time() - began) * 1000


def checked(plan: VisitPlan) -> list[Finding]:
    return check_visit(fresh(plan))


def calls(plan: VisitPlan) -> int:
    """The Python and built-in function calls one check of the plan makes: the work done,
    whatever the machine."""
    profile = cProfile.Profile()
    profile.runcall(checked, plan)
    return sum(primitive for primitive, *_ in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    plans = [summit(10_000), summit(20_000)]
    checks: list[list[float]] = [[], []]
    floors: list[list[float]] = [[], []]
    for _ in range(runs):  # the sizes in turn, so a busy moment slows both alike
        for plan, check_times, floor_times in zip(plans, checks, floors, strict=True):
            check_times.append(timed(checked, plan))
            floor_times.append(timed(floor, plan))
    print(f"check_visit, median of {runs} runs; the floor (reading every item's people once")
    print("and sorting the items by start) measured in the same runs")
    check = [statistics.median(times) for times in checks]
    low = [statistics.median(times) for times in floors]
    for plan, check_ms, floor_ms in zip(plans, check, low, strict=True):
        clashes = sum(1 for f in check_visit(plan) if f.events)
        print(
            f"{len(plan.events):>6,} items, {len(plan.people):>5} people, {clashes:>4} clashes: "
            f"check_visit {check_ms:7.1f} ms   floor {floor_ms:6.1f} ms   "
            f"×{check_ms / floor_ms:5.1f}"
        )
    work = [calls(plan) for plan in plans]
    print(
        f"20,000 / 10,000 items: check_visit ×{check[1] / check[0]:.2f} (target ≤ 2.3), "
        f"floor ×{low[1] / low[0]:.2f}, so ×{check[1] / check[0] / (low[1] / low[0]):.2f} "
        "the floor's growth"
    )
    print(
        f"  function calls: {work[0]:,} and {work[1]:,}, ×{work[1] / work[0]:.2f} "
        "(n log n: ×2.15 at most)"
    )
    print(f"20,000 items: {check[1]:.0f} ms (target < 1,000 ms)")


if __name__ == "__main__":
    main()
