"""The programme as plain text, day by day, each item at the local time where it happens."""

from collections.abc import Callable
from datetime import date, datetime, time
from functools import partial

from planner.domain import zones
from planner.domain.model import Event, Person, Venue, VisitPlan
from planner.domain.programme import by_precedence, home_time, programme_days
from planner.domain.programme import local_times as clock_times
from planner.domain.vocab import EventStatus
from planner.export.language import (
    IN_ENGLISH,
    DocumentLanguage,
    Words,
    format_day,
)
from planner.export.summary import route_text

__all__ = ["format_day", "programme_text"]

TIME_WIDTH = 17  # "19:22–10:12 +1   "
TitleOf = Callable[[Words], str]


def _utc_offset(zone_name: str, at: datetime) -> str:
    offset = at.astimezone(zones.zone(zone_name)).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}"


def _offsets(words: Words, home: str, first: date, last: date) -> str:
    """`UTC+08:00`, or `UTC+02:00, then UTC+01:00` where the clocks change during the visit."""
    noon = time(12)
    start = datetime.combine(first, noon, tzinfo=zones.zone(home))
    end = datetime.combine(last, noon, tzinfo=zones.zone(home))
    before, after = _utc_offset(home, start), _utc_offset(home, end)
    if before == after:
        return before
    return words.translate("Programme", "{before}, then {after}").format(before=before, after=after)


def local_times(words: Words, event: Event) -> str:
    """`19:22–10:12 +1` on the clocks where it happens; `all day` for an all-day item."""
    if event.all_day:
        return words.translate("Programme", "all day")
    return clock_times(event)


def continued_text(words: Words, event: Event, day: date) -> str:
    """An item on a later day of it: `arrives 10:12` for a journey, `until 01:00` for a
    reception past midnight, `under way` on a day it neither starts nor ends."""
    end = event.local_end
    if end.date() != day:
        return words.translate("Programme", "under way")
    if event.kind.travels:
        return words.translate("Programme", "arrives {time}").format(time=f"{end:%H:%M}")
    return words.translate("Programme", "until {time}").format(time=f"{end:%H:%M}")


def status_mark(words: Words, event: Event) -> str | None:
    if event.status is EventStatus.CANCELLED:
        return words.translate("Programme", "CANCELLED")
    if event.status is EventStatus.TENTATIVE:
        return words.translate("Programme", "tentative")
    return None


def person_name(words: Words, person: Person) -> str:
    """How the programme names someone, by the list form without the title:
    `Mr. Tsai Ming-yen (蔡明彥)`, `H.E. Dr. Hilda Heine`; `海妮閣下`."""
    line = words.listed_name(person)
    native = person.native_name
    if words.is_source and native and native not in line:
        return f"{line} ({native})"
    return line


def venue_label(words: Words, venue: Venue) -> str:
    """`The Grand Hotel Taipei (圓山大飯店)`; in another language its name there."""
    if words.is_source:
        return venue.name + (f" ({venue.native_name})" if venue.native_name else "")
    return words.venue_name(venue)


def beside(text: str, second: str | None, sep: str = " / ") -> str:
    """A text, with the second language's beside it unless it is already there."""
    return text if not second or second in text else f"{text}{sep}{second}"


def programme_text(plan: VisitPlan, language: DocumentLanguage = IN_ENGLISH) -> str:
    """Day by day as every view lists it: each item under the day it starts where it takes
    place, at the local time there, with the home zone's time where that differs. A
    bilingual programme has each heading and title in the second language under it."""
    visit, home = plan.visit, plan.visit.timezone

    def subtitle(words: Words) -> str:
        return words.translate(
            "Programme",
            "{dates} · local times where each item takes place; {city} time ({offsets})"
            " beside where it differs",
        ).format(
            dates=words.date_range(visit.start_date, visit.end_date),
            city=words.city(home),
            offsets=_offsets(words, home, visit.start_date, visit.end_date),
        )

    lines = [*language.texts(visit, "title", visit.title), *language.lines(subtitle)]
    main = language.main
    for programme_day in programme_days(plan):
        lines += ["", *language.days(programme_day.day)]
        if not programme_day.events and not programme_day.continued:
            lines += [f"  {line}" for line in language.lines(_nothing_planned)]
        for event in programme_day.continued:
            when = continued_text(main, event, programme_day.day)
            lines += _titled(language, when, partial(_continued_title, event=event))
        for event in programme_day.events:
            lines += _event_lines(plan, event, language)
    return "\n".join(lines) + "\n"


def _nothing_planned(words: Words) -> str:
    return words.translate("Programme", "(nothing planned)")


def _titled(language: DocumentLanguage, when: str, title: TitleOf) -> list[str]:
    """`  10:00–10:30      Title`, the second language's title under it."""
    first, *others = language.lines(title)
    indent = " " * (2 + TIME_WIDTH)
    return [f"  {when:<{TIME_WIDTH}}{first}", *(f"{indent}{other}" for other in others)]


def _continued_title(words: Words, event: Event) -> str:
    title = words.text(event, "title", event.title)
    return words.translate("Programme", "{title} (continued from {weekday})").format(
        title=title, weekday=words.weekday(event.local_start.date())
    )


def _marked_title(words: Words, event: Event) -> str:
    title = words.text(event, "title", event.title)
    mark = status_mark(words, event)
    return f"[{mark}] {title}" if mark else title


def _event_lines(plan: VisitPlan, event: Event, language: DocumentLanguage) -> list[str]:
    home = plan.visit.timezone
    words, second = language.main, language.second
    lines = _titled(language, local_times(words, event), partial(_marked_title, event=event))
    indent = " " * (2 + TIME_WIDTH)
    where = _where(words, event, home)
    if where:
        lines.append(f"{indent}{where}")
    route = route_text(plan, event, words)
    if route:
        if event.flight_number:
            flight = words.translate("Programme", "flight {number}, ")
            route = flight.format(number=event.flight_number) + route
        lines.append(f"{indent}{route}")
    elif event.venue:
        venue = plan.venue(event.venue)
        other = second.venue_name(venue) if second else None
        place = beside(venue_label(words, venue), other)
        lines.append(indent + words.translate("Programme", "at {venue}").format(venue=place))
    if event.dress_code:
        dress = words.text(event, "dress_code", event.dress_code)
        other = second.text(event, "dress_code", event.dress_code) if second else None
        dress = beside(dress, other)
        lines.append(indent + words.translate("Programme", "dress: {dress}").format(dress=dress))
    if event.participants:
        keys = by_precedence(plan, [p.person for p in event.participants])
        names = ", ".join(
            beside(
                person_name(words, plan.person(key)),
                person_name(second, plan.person(key)) if second else None,
                " ",
            )
            for key in keys
        )
        lines.append(indent + words.translate("Programme", "with {names}").format(names=names))
    return lines


def _where(words: Words, event: Event, home: str) -> str | None:
    """Whose clocks the times are on where it is not home, and the home zone's time."""
    if event.all_day:
        last = zones.day_of(event.end, event.timezone)
        first = zones.day_of(event.start, event.timezone)
        if (last - first).days <= 1:
            return None
        until = words.day(last.fromordinal(last.toordinal() - 1))
        return words.translate("Programme", "until {day}").format(day=until)
    start_zone, end_zone = event.timezone, event.zone_of_end
    at_home = home_time(event, home)
    beside_home = (
        words.translate("Programme", "; {time} in {city}").format(
            time=at_home, city=words.city(home)
        )
        if at_home
        else ""
    )
    if start_zone != end_zone:
        start, end = event.local_start, event.local_end
        return (
            words.translate(
                "Programme", "leaves {start} {start_city}, arrives {weekday} {end} {end_city}"
            ).format(
                start=f"{start:%H:%M}",
                start_city=words.city(start_zone),
                weekday=words.short_weekday(end.date()),
                end=f"{end:%H:%M}",
                end_city=words.city(end_zone),
            )
            + beside_home
        )
    if start_zone == home:
        return None
    return words.translate("Programme", "{city} time").format(city=words.city(start_zone)) + (
        beside_home
    )
