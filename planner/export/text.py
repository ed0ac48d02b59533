"""The programme as plain text, day by day, in the visit's home zone."""

from datetime import date, datetime, time

from planner.domain import zones
from planner.domain.model import Event, VisitPlan
from planner.domain.names import display_name
from planner.domain.programme import by_precedence, programme_days
from planner.domain.vocab import EventStatus

TIME_WIDTH = 13  # "10:00–10:45  "


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
    visit, home = plan.visit, plan.visit.timezone
    lines = [
        visit.title,
        f"{_date_range(visit.start_date, visit.end_date)} · times in {home}"
        f" ({_offsets(home, visit.start_date, visit.end_date)})",
    ]
    for programme_day in programme_days(plan):
        lines += ["", format_day(programme_day.day)]
        if not programme_day.events:
            lines.append("  (nothing planned)")
        for event in programme_day.events:
            lines += _event_lines(plan, event)
    return "\n".join(lines) + "\n"


def _event_lines(plan: VisitPlan, event: Event) -> list[str]:
    home = plan.visit.timezone
    title = event.title
    if event.status is EventStatus.CANCELLED:
        title = f"[CANCELLED] {title}"
    elif event.status is EventStatus.TENTATIVE:
        title = f"[tentative] {title}"
    lines = [f"  {_times(event, home):<{TIME_WIDTH}}{title}"]
    indent = " " * (2 + TIME_WIDTH)
    local = _local_times(event, home)
    if local:
        lines.append(f"{indent}{local}")
    if event.venue:
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


def _times(event: Event, home: str) -> str:
    if event.all_day:
        return "all day"
    start, end = zones.to_local(event.start, home), zones.to_local(event.end, home)
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%a} {end:%H:%M}"
    return f"{start:%H:%M}–{end_text}"


def _local_times(event: Event, home: str) -> str | None:
    """The item's own wall times where they are not the home zone's (a flight, a trip abroad)."""
    if event.all_day:
        last = zones.day_of(event.end, event.timezone)
        first = zones.day_of(event.start, event.timezone)
        days = (last - first).days
        return f"until {format_day(last.fromordinal(last.toordinal() - 1))}" if days > 1 else None
    start_zone, end_zone = event.timezone, event.zone_of_end
    if start_zone == home and end_zone == home:
        return None
    start, end = event.local_start, event.local_end
    if start_zone == end_zone:
        return f"local time {start:%H:%M}–{end:%H:%M} {start_zone}"
    return f"leaves {start:%H:%M} {start_zone}, arrives {end:%a} {end:%H:%M} {end_zone}"
