"""The programme as plain text, day by day, each item at the local time where it happens."""

from datetime import date, datetime, time

from planner.domain import zones
from planner.domain.model import Event, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import zone_city
from planner.domain.programme import (
    by_precedence,
    continued_text,
    home_time,
    local_times,
    programme_days,
)
from planner.domain.vocab import EventStatus
from planner.export.summary import route_text

TIME_WIDTH = 17  # "19:22–10:12 +1   "


def format_day(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _date_range(first: date, last: date) -> str:
    if first == last:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def _utc_offset(zone_name: str, at: datetime) -> str:
    offset = at.astimezone(zones.zone(zone_name)).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def _offsets(home: str, first: date, last: date) -> str:
    """`UTC+08:00`, or `UTC+02:00, then UTC+01:00` where the clocks change during the visit."""
    noon = time(12)
    start = datetime.combine(first, noon, tzinfo=zones.zone(home))
    end = datetime.combine(last, noon, tzinfo=zones.zone(home))
    before, after = _utc_offset(home, start), _utc_offset(home, end)
    return before if before == after else f"{before}, then {after}"


def programme_text(plan: VisitPlan) -> str:
    """Day by day as every view lists it: each item under the day it starts where it takes
    place, at the local time there, with the home zone's time where that differs."""
    visit, home = plan.visit, plan.visit.timezone
    lines = [
        visit.title,
        f"{_date_range(visit.start_date, visit.end_date)} · local times where each item takes"
        f" place; {zone_city(home)} time ({_offsets(home, visit.start_date, visit.end_date)})"
        " beside where it differs",
    ]
    for programme_day in programme_days(plan):
        lines += ["", format_day(programme_day.day)]
        if not programme_day.events and not programme_day.continued:
            lines.append("  (nothing planned)")
        for event in programme_day.continued:
            lines.append(_continued_line(event, programme_day.day))
        for event in programme_day.events:
            lines += _event_lines(plan, event)
    return "\n".join(lines) + "\n"


def _continued_line(event: Event, day: date) -> str:
    when = continued_text(event, day)
    return f"  {when:<{TIME_WIDTH}}{event.title} (continued from {event.local_start:%A})"


def _event_lines(plan: VisitPlan, event: Event) -> list[str]:
    home = plan.visit.timezone
    title = event.title
    if event.status is EventStatus.CANCELLED:
        title = f"[CANCELLED] {title}"
    elif event.status is EventStatus.TENTATIVE:
        title = f"[tentative] {title}"
    lines = [f"  {local_times(event):<{TIME_WIDTH}}{title}"]
    indent = " " * (2 + TIME_WIDTH)
    where = _where(event, home)
    if where:
        lines.append(f"{indent}{where}")
    route = route_text(plan, event)
    if route:
        flight = f"flight {event.flight_number}, " if event.flight_number else ""
        lines.append(f"{indent}{flight}{route}")
    elif event.venue:
        venue = plan.venue(event.venue)
        native = f" ({venue.native_name})" if venue.native_name else ""
        lines.append(f"{indent}at {venue.name}{native}")
    if event.dress_code:
        lines.append(f"{indent}dress: {event.dress_code}")
    if event.participants:
        keys = by_precedence(plan, [p.person for p in event.participants])
        names = ", ".join(display_name(plan.person(key)) for key in keys)
        lines.append(f"{indent}with {names}")
    return lines


def _where(event: Event, home: str) -> str | None:
    """Whose clocks the times are on where it is not home, and the home zone's time."""
    if event.all_day:
        last = zones.day_of(event.end, event.timezone)
        first = zones.day_of(event.start, event.timezone)
        days = (last - first).days
        return f"until {format_day(last.fromordinal(last.toordinal() - 1))}" if days > 1 else None
    start_zone, end_zone = event.timezone, event.zone_of_end
    at_home = home_time(event, home)
    beside = f"; {at_home} in {zone_city(home)}" if at_home else ""
    if start_zone != end_zone:
        start, end = event.local_start, event.local_end
        return (
            f"leaves {start:%H:%M} {zone_city(start_zone)}, "
            f"arrives {end:%a} {end:%H:%M} {zone_city(end_zone)}{beside}"
        )
    if start_zone == home:
        return None
    return f"{zone_city(start_zone)} time{beside}"
