"""Calendar files (.ics) that Outlook, Google, Apple Calendar and Thunderbird show right.

Follows shared/design/ical-rules.md: a VTIMEZONE per zone with a narrow
window, UIDs from the visit and event keys, SEQUENCE from the event's
revision, DTSTAMP from its last saved change, cancelled items kept.
"""

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import Calendar, Component, vCalAddress, vGeo, vText
from icalendar import Event as CalendarEvent

from planner import __version__
from planner.domain import zones
from planner.domain.errors import PlannerError, UnknownEvent, UnknownPerson
from planner.domain.labels import EVENT_KIND
from planner.domain.model import Event, Person, Venue, VisitPlan
from planner.domain.names import display_name, full_name
from planner.domain.programme import events_of_person, events_on_day
from planner.domain.vocab import EventStatus, ParticipantRole
from planner.export.language import IN_ENGLISH, DocumentLanguage, Words
from planner.export.summary import event_summary_lines

PRODID = f"-//Delegation Planner//{__version__}//EN"
# Fixed for ever: changing it would change every UID ever published.
UID_NAMESPACE = uuid.UUID("6f1d7a3c-2b0e-5c1a-9f3e-8d4b2a6c7e10")

ROLE = {
    ParticipantRole.CHAIR: "CHAIR",
    ParticipantRole.OPTIONAL: "OPT-PARTICIPANT",
    ParticipantRole.PRESS: "NON-PARTICIPANT",
}
PARTSTAT = {
    EventStatus.CONFIRMED: "ACCEPTED",
    EventStatus.TENTATIVE: "TENTATIVE",
    EventStatus.CANCELLED: "DECLINED",
}


@dataclass(frozen=True)
class CalendarSelection:
    """Which items go into a file, and what the calendar is called (None for one event)."""

    events: Sequence[Event]
    name: str | None


def event_uid(visit_key: str, event_key: str) -> str:
    """Opaque, short, and the same for the life of the event in every file it appears in."""
    return str(uuid.uuid5(UID_NAMESPACE, f"{visit_key}/{event_key}"))


def calendar_bytes(
    plan: VisitPlan,
    selection: CalendarSelection,
    *,
    stamp: datetime,
    language: DocumentLanguage = IN_ENGLISH,
) -> bytes:
    """The .ics file. `stamp` stands in for events that were never saved (no revised_at).

    In another language than English the texts are in it, each text taken from a
    translation marked with its LANGUAGE (RFC 5545 3.2.10); a bilingual file has the title
    and place in the main language and the description in both, the second after it."""
    calendar = Calendar.new(prodid=PRODID)
    del calendar["uid"]  # new() invents a random one; a file must not change between exports
    if selection.name:
        calendar.add("name", selection.name)
        calendar.add("x-wr-calname", selection.name)
    events = sorted(selection.events, key=lambda e: (e.start, e.end, e.key))
    for event in events:
        calendar.add_component(_vevent(plan, event, stamp, language))
    if events:
        first = min(_local_date(e.start, e.timezone) for e in events)
        last = max(_local_date(e.end, e.zone_of_end) for e in events)
        calendar.add_missing_timezones(
            first_date=first - timedelta(days=1), last_date=last + timedelta(days=2)
        )
        _timezones_first(calendar)
    return bytes(calendar.to_ical())


def _local_date(instant: datetime, zone_name: str) -> date:
    return zones.day_of(instant, zone_name)


def _timezones_first(calendar: Calendar) -> None:
    """VTIMEZONEs before the events that use them, in a fixed order so exports repeat exactly."""

    def place(component: Component) -> tuple[bool, str]:
        is_zone = component.name == "VTIMEZONE"
        return (not is_zone, str(component["TZID"]) if is_zone else "")

    calendar.subcomponents.sort(key=place)


def _add_text(vevent: CalendarEvent, name: str, text: str, words: Words, translated: bool) -> None:
    """A text property, with the LANGUAGE parameter where the text is in the document's
    language rather than as typed."""
    if translated and not words.is_source:
        vevent.add(name, text, parameters={"language": words.language})
    else:
        vevent.add(name, text)


def _vevent(
    plan: VisitPlan, event: Event, stamp: datetime, language: DocumentLanguage
) -> CalendarEvent:
    words = language.main
    revised = event.revised_at or stamp
    vevent = CalendarEvent()
    vevent.add("uid", event_uid(plan.visit.key, event.key))
    vevent.add("dtstamp", revised)
    vevent.add("last-modified", revised)
    vevent.add("sequence", event.revision)
    title = words.translated(event, "title")
    _add_text(vevent, "summary", title or event.title, words, bool(title))
    if event.all_day:
        vevent.add("dtstart", zones.day_of(event.start, event.timezone))
        vevent.add("dtend", zones.day_of(event.end, event.timezone))
    else:
        vevent.add("dtstart", event.start.astimezone(zones.zone(event.timezone)))
        vevent.add("dtend", event.end.astimezone(zones.zone(event.zone_of_end)))
    vevent.add("status", event.status.value.upper())
    if event.status is EventStatus.CANCELLED:
        vevent.add("transp", "TRANSPARENT")  # no longer blocks the time
    vevent.add("categories", [words.label(EVENT_KIND, event.kind)])
    if event.venue:
        venue = plan.venue(event.venue)
        place, translated = _place(words, venue)
        _add_text(vevent, "location", place, words, translated)
        if venue.latitude is not None and venue.longitude is not None:
            vevent.add("geo", vGeo((venue.latitude, venue.longitude)))
    organizer = plan.visit.organizer
    if organizer and organizer.email:
        address = vCalAddress(f"mailto:{organizer.email}")
        address.params["cn"] = vText(_parameter_text(organizer.name))
        vevent.add("organizer", address)
    for participant in event.participants:
        person = plan.person(participant.person)
        if person.email:
            vevent.add("attendee", _attendee(person, participant.role, event.status, words))
    lines = event_summary_lines(plan, event, words)
    if language.second is not None:
        second = language.second
        lines += ["", "—", second.text(event, "title", event.title)]
        lines += event_summary_lines(plan, event, second)
    _add_text(vevent, "description", "\n".join(lines), words, True)
    return vevent


def _place(words: Words, venue: Venue) -> tuple[str, bool]:
    """LOCATION: the venue's name (and own-script name in English) and address, and whether
    any of it was taken from a translation."""
    name = words.translated(venue, "name")
    address = words.translated(venue, "address") if venue.address else None
    if words.is_source or name is None:
        place = [venue.name + (f" ({venue.native_name})" if venue.native_name else "")]
    else:
        place = [name]
    if venue.address:
        place.append((address or venue.address).replace("\n", ", "))
    return ", ".join(place), bool(name or address)


def _attendee(
    person: Person, role: ParticipantRole, status: EventStatus, words: Words = IN_ENGLISH.main
) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    address.params["cn"] = vText(_parameter_text(calendar_name(person, words)))
    address.params["cutype"] = "INDIVIDUAL"
    address.params["role"] = ROLE.get(role, "REQ-PARTICIPANT")
    address.params["partstat"] = PARTSTAT[status]
    address.params["rsvp"] = "FALSE"
    return address


def calendar_name(person: Person, words: Words = IN_ENGLISH.main) -> str:
    """`蔡明彥 (TSAI Ming-yen)` where there is a native name, else `Hilda HEINE`; in a
    language the person has a name in, that name: `海妮 (Hilda HEINE)`."""
    romanised = full_name(person, capitalise_family=True)
    own = person.native_name if words.is_source else words.name(person)
    if own and own != romanised and own != full_name(person):
        return f"{own} ({romanised})"
    return romanised


def _parameter_text(text: str) -> str:
    """Quotes and line breaks are read differently by different clients: leave them out."""
    return " ".join(text.replace('"', "").split())


def select_events(
    plan: VisitPlan,
    *,
    person: str | None = None,
    day: date | None = None,
    event: str | None = None,
    language: DocumentLanguage = IN_ENGLISH,
) -> CalendarSelection:
    """The whole visit, one person's itinerary, one day, or one event (filters combine)."""
    words = language.main
    chosen = list(plan.events)
    name = words.title(plan.visit)
    if person is not None:
        if person not in plan.precedence_rank:
            raise UnknownPerson(plan.visit.key, person)
        theirs = {e.key for e in events_of_person(plan, person)}
        chosen = [e for e in chosen if e.key in theirs]
        itinerary = words.translate("Calendar", "Itinerary — {name}")
        someone = plan.person(person)
        shown = display_name(someone, native=False) if words.is_source else words.name(someone)
        name = itinerary.format(name=shown)
    if day is not None:
        on_day = {e.key for e in events_on_day(plan, day)}
        chosen = [e for e in chosen if e.key in on_day]
        name = f"{name} — {words.day(day)}"
    if event is not None:
        if not any(e.key == event for e in plan.events):
            raise UnknownEvent(plan.visit.key, event)
        chosen = [e for e in chosen if e.key == event]
    if not chosen:
        raise PlannerError("no programme items match: a calendar file needs at least one")
    # A file of one event gets no calendar name: Outlook would make a calendar for it.
    return CalendarSelection(chosen, name if len(chosen) > 1 else None)
