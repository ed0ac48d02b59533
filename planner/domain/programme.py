"""The programme day by day: which items fall on which day, in what order.

One rule serves the window, `show`, the printed programme, the day calendar and the
checks: an item belongs to the day on which it starts where it happens (its own zone),
an all-day item to each of its own dates. The home zone's time is shown beside it where
it differs (`01:22 +1`). An item that runs on into a later day (a night train, a long
flight) is also listed under the days it continues on, so that a day spent arriving is
not an empty day.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from planner.domain import zones
from planner.domain.model import Event, VisitPlan


@dataclass(frozen=True)
class ProgrammeDay:
    day: date
    events: tuple[Event, ...]
    # Items begun on an earlier day that are still under way or end on this one.
    continued: tuple[Event, ...] = ()


def event_day(event: Event) -> date:
    """The day an item is listed under: the date its start shows where it happens."""
    return zones.day_of(event.start, event.timezone)


def event_days(event: Event) -> list[date]:
    """Every day the item touches where it happens: an all-day item's own dates; a timed
    item from the day it starts to the day it ends on the clocks at its end."""
    first = event_day(event)
    if event.all_day:
        last = zones.day_of(event.end, event.timezone) - timedelta(days=1)
    else:
        # An item ending at midnight does not touch the day that begins then.
        last = zones.day_of(event.end - timedelta(microseconds=1), event.zone_of_end)
    return [first + timedelta(days=n) for n in range(max((last - first).days, 0) + 1)]


def day_shift(shown: datetime, reference: date) -> str:
    """`+1` or `−1` where a wall time falls on another date than `reference`, else ``."""
    days = (shown.date() - reference).days
    if days == 0:
        return ""
    return f"+{days}" if days > 0 else f"−{-days}"


def local_times(event: Event) -> str:
    """The item's times on the clocks where it happens: `19:22–10:12 +1` where it ends on a
    later day there; `all day` for an all-day item."""
    if event.all_day:
        return "all day"
    start, end = event.local_start, event.local_end
    shift = day_shift(end, start.date())
    return f"{start:%H:%M}–{end:%H:%M}" + (f" {shift}" if shift else "")


def continued_text(event: Event, day: date) -> str:
    """An item on a later day of it: `arrives 10:12` for a journey, `until 01:00` for a
    reception past midnight, `under way` on a day it neither starts nor ends."""
    end = event.local_end
    if end.date() != day:
        return "under way"
    return f"{'arrives' if event.kind.travels else 'until'} {end:%H:%M}"


def home_clock(instant: datetime, zone_name: str, home: str) -> str | None:
    """An instant on the home zone's clock where that differs from the one in `zone_name`,
    with the day it falls on there: `01:22 +1`. None where the clocks agree."""
    local, at_home = zones.to_local(instant, zone_name), zones.to_local(instant, home)
    if local == at_home:
        return None
    shift = day_shift(at_home, local.date())
    return f"{at_home:%H:%M}" + (f" {shift}" if shift else "")


def home_time(event: Event, home: str) -> str | None:
    """The item's start on the home zone's clock where that differs from the local one
    (`01:22 +1`); None for all-day items and where the clocks agree."""
    return None if event.all_day else home_clock(event.start, event.timezone, home)


def visit_days(plan: VisitPlan) -> Iterator[date]:
    day = plan.visit.start_date
    while day <= plan.visit.end_date:
        yield day
        day += timedelta(days=1)


def _order(event: Event) -> tuple[bool, datetime, str]:
    return (not event.all_day, event.start, event.key)


def programme_days(plan: VisitPlan) -> list[ProgrammeDay]:
    """Every day of the visit (and any day an item falls outside it), items in time order."""
    starting: dict[date, list[Event]] = {day: [] for day in visit_days(plan)}
    continued: dict[date, list[Event]] = {}
    for event in plan.events:
        days = event_days(event)
        if event.all_day:
            for day in days:
                starting.setdefault(day, []).append(event)
            continue
        starting.setdefault(days[0], []).append(event)
        for day in days[1:]:
            continued.setdefault(day, []).append(event)
            starting.setdefault(day, [])
    return [
        ProgrammeDay(
            day,
            tuple(sorted(events, key=_order)),
            tuple(sorted(continued.get(day, []), key=_order)),
        )
        for day, events in sorted(starting.items())
    ]


def by_precedence(plan: VisitPlan, person_keys: list[str]) -> list[str]:
    """Person keys in order of precedence: the host side first, then the guests."""
    rank = plan.precedence_rank
    return sorted(person_keys, key=lambda key: rank.get(key, len(rank)))


def events_of_person(plan: VisitPlan, person_key: str) -> list[Event]:
    """The items a person takes part in: their own itinerary."""
    plan.person(person_key)  # raises KeyError for someone not in the visit
    return [e for e in plan.events if any(p.person == person_key for p in e.participants)]


def events_on_day(plan: VisitPlan, day: date) -> list[Event]:
    """The items listed under one day of the programme, by the same rule as every view:
    those starting that day where they happen, all-day items covering it, and items begun
    earlier that run on into it (the night train that arrives that morning)."""
    return [event for event in plan.events if day in event_days(event)]
