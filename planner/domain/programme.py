"""The programme seen day by day in one zone: which items fall on which day, in what order."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from planner.domain import zones
from planner.domain.model import Event, VisitPlan


@dataclass(frozen=True)
class ProgrammeDay:
    day: date
    events: tuple[Event, ...]


def event_day(event: Event, zone_name: str | None) -> date:
    """The day an item is listed under: its start in `zone_name`, or in its own zone if None.

    An all-day item always keeps its own date.
    """
    if event.all_day or zone_name is None:
        return zones.day_of(event.start, event.timezone)
    return zones.day_of(event.start, zone_name)


def visit_days(plan: VisitPlan) -> Iterator[date]:
    day = plan.visit.start_date
    while day <= plan.visit.end_date:
        yield day
        day += timedelta(days=1)


def programme_days(plan: VisitPlan, *, local: bool = False) -> list[ProgrammeDay]:
    """Every day of the visit (and any day an item falls outside it), items in time order.

    Days are the home zone's, or with `local` each item's own: a printed programme lists
    an item on the date the clocks show where it happens.
    """
    zone_name = None if local else plan.visit.timezone
    by_day: dict[date, list[Event]] = {day: [] for day in visit_days(plan)}
    for event in plan.events:
        by_day.setdefault(event_day(event, zone_name), []).append(event)
    return [
        ProgrammeDay(day, tuple(sorted(events, key=lambda e: (not e.all_day, e.start, e.key))))
        for day, events in sorted(by_day.items())
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
    """The items of one day of the programme, seen in the visit's home zone.

    An all-day item belongs to every day it covers.
    """

    def on_day(event: Event) -> bool:
        if event.all_day:
            first = zones.day_of(event.start, event.timezone)
            return first <= day < zones.day_of(event.end, event.timezone)
        return event_day(event, plan.visit.timezone) == day

    return [event for event in plan.events if on_day(event)]
