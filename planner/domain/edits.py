"""Edits to a visit as pure functions: a plan in, a new plan out. The window's undo stack
keeps the plans before and after each edit; the store saves whichever is current."""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TypeVar

from planner.domain.errors import PlannerError
from planner.domain.model import (
    Event,
    Movement,
    OnItem,
    Participant,
    Person,
    Seating,
    Translated,
    Venue,
    Visit,
    VisitPlan,
)
from planner.domain.places import default_role
from planner.domain.vocab import EventStatus, Side


class EditRefused(PlannerError):
    """An edit that would break the visit; the message says why."""


def set_visit(plan: VisitPlan, visit: Visit) -> VisitPlan:
    if visit.key != plan.visit.key:
        raise EditRefused("a visit's key never changes once made")
    if visit.end_date < visit.start_date:
        raise EditRefused("the visit cannot end before it starts")
    return replace(plan, visit=visit)


def make_key(text: str, taken: set[str], fallback: str) -> str:
    """A short lowercase key from a name or title: "Kalani Kaneko" → "kalani-kaneko"."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:40] or fallback
    return unique_key(taken, stem)


def unique_key(existing: set[str], stem: str) -> str:
    """`stem`, or `stem-2`, `stem-3`… whichever is free."""
    key, number = stem, 2
    while key in existing:
        key, number = f"{stem}-{number}", number + 1
    return key


# People


def next_precedence(plan: VisitPlan, side: Side) -> int:
    return 1 + max((p.precedence for p in plan.people if p.side is side), default=0)


def add_person(plan: VisitPlan, person: Person) -> VisitPlan:
    """Add someone at the end of their side's order of precedence."""
    if person.key in plan.precedence_rank:
        raise EditRefused(f"the key {person.key!r} is already used by someone in this visit")
    placed = replace(person, precedence=next_precedence(plan, person.side))
    return _on_their_items(replace(plan, people=(*plan.people, placed)), placed)


def update_person(plan: VisitPlan, person: Person) -> VisitPlan:
    """Replace a person's details; a change of side puts them last on their new side."""
    old = plan.person(person.key)
    if person.side is not old.side:
        others = tuple(p for p in plan.people if p.key != person.key)
        rest = _renumbered(replace(plan, people=others), old.side)
        person = replace(person, precedence=next_precedence(rest, person.side))
        return _on_their_items(replace(rest, people=(*rest.people, person)), person)
    person = replace(person, precedence=old.precedence)
    people = tuple(person if p.key == person.key else p for p in plan.people)
    return _on_their_items(replace(plan, people=people), person)


def _on_their_items(plan: VisitPlan, person: Person) -> VisitPlan:
    """Someone arriving or leaving on an item of the programme takes part in it, in their
    own role."""
    keys = {e.event for e in (person.arrival, person.departure) if isinstance(e, OnItem)}
    events = tuple(
        replace(
            event, participants=(*event.participants, Participant(person.key, default_role(person)))
        )
        if event.key in keys and all(p.person != person.key for p in event.participants)
        else event
        for event in plan.events
    )
    return replace(plan, events=events)


def remove_person(plan: VisitPlan, key: str) -> VisitPlan:
    """Remove someone and every part they had: participations, signatures, witnessing."""
    side = plan.person(key).side
    people = tuple(_not_met_by(p, key) for p in plan.people if p.key != key)
    events = tuple(_without_person(event, key) for event in plan.events)
    return _renumbered(replace(plan, people=people, events=events), side)


def move_in_precedence(plan: VisitPlan, key: str, position: int) -> VisitPlan:
    """Put someone at `position` (1 is highest) on their side; the others close up."""
    person = plan.person(key)
    side = [p for p in plan.in_canonical_order().people if p.side is person.side]
    if not 1 <= position <= len(side):
        raise EditRefused(f"position {position} is outside 1 to {len(side)}")
    order = [p.key for p in side if p.key != key]
    order.insert(position - 1, key)
    rank = {k: i for i, k in enumerate(order, start=1)}
    people = tuple(replace(p, precedence=rank[p.key]) if p.key in rank else p for p in plan.people)
    return replace(plan, people=people)


def _renumbered(plan: VisitPlan, side: Side) -> VisitPlan:
    """Close the gaps in one side's order of precedence."""
    ordered = [p.key for p in plan.in_canonical_order().people if p.side is side]
    rank = {k: i for i, k in enumerate(ordered, start=1)}
    people = tuple(replace(p, precedence=rank[p.key]) if p.key in rank else p for p in plan.people)
    return replace(plan, people=people)


def _not_met_by(person: Person, key: str) -> Person:
    """Someone whose arrival or departure was to be met by `key`, now met by no one."""

    def without(entry: Movement | OnItem | None) -> Movement | OnItem | None:
        return replace(entry, met_by=None) if entry is not None and entry.met_by == key else entry

    arrival, departure = without(person.arrival), without(person.departure)
    if (arrival, departure) == (person.arrival, person.departure):
        return person
    return replace(person, arrival=arrival, departure=departure)


def _travel_kept(before: VisitPlan, after: VisitPlan) -> VisitPlan:
    """Whoever was travelling on an item that is gone, or that they no longer take part in,
    keeps the times they had, as their own."""
    events = {event.key: event for event in after.events}

    def kept(
        person: Person, entry: Movement | OnItem | None, arriving: bool
    ) -> Movement | OnItem | None:
        if not isinstance(entry, OnItem):
            return entry
        item = events.get(entry.event)
        if item is not None and any(p.person == person.key for p in item.participants):
            return entry
        resolved = before.arrival(person) if arriving else before.departure(person)
        return replace(resolved, event=None) if resolved else None

    people = []
    for person in after.people:
        arrival = kept(person, person.arrival, True)
        departure = kept(person, person.departure, False)
        if (arrival, departure) != (person.arrival, person.departure):
            person = replace(person, arrival=arrival, departure=departure)
        people.append(person)
    return replace(after, people=tuple(people))


def _without_person(event: Event, key: str) -> Event:
    """The item without `key`: not taking part, not signing, witnessing, designating or
    assisting, and not seated."""
    participants = tuple(p for p in event.participants if p.person != key)
    signing = event.signing
    if signing is not None:
        signatories = tuple(
            replace(
                s,
                designated_by=None if s.designated_by == key else s.designated_by,
                assistant=None if s.assistant == key else s.assistant,
            )
            for s in signing.signatories
            if s.person != key
        )
        witnesses = tuple(w for w in signing.witnesses if w != key)
        signing = replace(signing, signatories=signatories, witnesses=witnesses)
    seating = seated_only(event.seating, {p.person for p in participants})
    if (participants, signing, seating) == (event.participants, event.signing, event.seating):
        return event
    return replace(event, participants=participants, signing=signing, seating=seating)


def seated_only(seating: Seating | None, people: set[str]) -> Seating | None:
    """The plan with the seats of anyone but `people` empty; the very same plan when no one
    else had a seat."""
    if seating is None or all(seat.person in people for seat in seating.seats):
        return seating
    return replace(seating, seats=tuple(s for s in seating.seats if s.person in people))


# Venues


def add_venue(plan: VisitPlan, venue: Venue) -> VisitPlan:
    if any(v.key == venue.key for v in plan.venues):
        raise EditRefused(f"the key {venue.key!r} is already used by a venue in this visit")
    return replace(plan, venues=(*plan.venues, venue))


def update_venue(plan: VisitPlan, venue: Venue) -> VisitPlan:
    return replace(plan, venues=tuple(venue if v.key == venue.key else v for v in plan.venues))


def remove_venue(plan: VisitPlan, key: str) -> VisitPlan:
    used = [e.title for e in plan.events if key in (e.venue, e.destination)]
    if used:
        raise EditRefused(f"the venue is used by {len(used)} event(s), first {used[0]!r}")
    return replace(plan, venues=tuple(v for v in plan.venues if v.key != key))


# Events


def add_event(plan: VisitPlan, event: Event) -> VisitPlan:
    if any(e.key == event.key for e in plan.events):
        raise EditRefused(f"the key {event.key!r} is already used by an event in this visit")
    return replace(plan, events=(*plan.events, event))


def update_event(plan: VisitPlan, event: Event) -> VisitPlan:
    """Replace an item. Whoever it no longer has among its participants loses their seat at
    it (a seating plan seats only those at the item), and keeps their travel on it as times
    of their own."""
    if event.end <= event.start:
        raise EditRefused("an event must end after it starts")
    old = plan.events_by_key.get(event.key)
    if old is not None and event.seating is not None:
        gone = {p.person for p in old.participants} - {p.person for p in event.participants}
        if gone:
            kept = seated_only(event.seating, {s.person for s in event.seating.seats} - gone)
            event = replace(event, seating=kept)
    events = tuple(event if e.key == event.key else e for e in plan.events)
    return _travel_kept(plan, replace(plan, events=events))


def set_seating(plan: VisitPlan, event_key: str, seating: Seating | None) -> VisitPlan:
    """Give an item its seating plan, or take it away (None). Whether the plan is well made
    (a table for each seat, each seat once, only people at the item) is the rules' to say,
    at the save, as for any other change."""
    event = plan.events_by_key.get(event_key)
    if event is None:
        raise EditRefused(f"there is no item {event_key!r} in this visit")
    if seating == event.seating:
        return plan
    changed = replace(event, seating=seating)
    return replace(plan, events=tuple(changed if e is event else e for e in plan.events))


def cancel_event(plan: VisitPlan, key: str) -> VisitPlan:
    """Cancelled, not deleted: calendars that have the event must learn it is off."""
    event = next(e for e in plan.events if e.key == key)
    return update_event(plan, replace(event, status=EventStatus.CANCELLED))


def remove_event(plan: VisitPlan, key: str) -> VisitPlan:
    """Remove an item; people who travelled on it keep its times as their own."""
    return _travel_kept(plan, replace(plan, events=tuple(e for e in plan.events if e.key != key)))


# What a language holds in a visit, and taking it away.

R = TypeVar("R", bound=Translated)


def _records(plan: VisitPlan) -> Iterator[Translated]:
    yield plan.visit
    yield from plan.people
    yield from plan.venues
    for event in plan.events:
        yield event
        if event.signing is not None:
            yield from event.signing.documents
        if event.seating is not None:
            yield from event.seating.tables


def texts_in(plan: VisitPlan, language: str) -> int:
    """How many texts of the visit are written in `language`: translations, and forms of
    address written in the officer's own words."""
    translated = sum(
        t.language == language for record in _records(plan) for t in record.translations
    )
    return translated + sum(
        o.language == language for person in plan.people for o in person.form_overrides
    )


def without_languages(plan: VisitPlan, languages: Iterable[str]) -> VisitPlan:
    """The visit with every text in `languages` taken away (not the languages themselves);
    records without such texts stay the very same values."""
    gone = set(languages)

    def kept(record: R) -> R:
        if not any(t.language in gone for t in record.translations):
            return record
        return replace(  # type: ignore[type-var]
            record, translations=tuple(t for t in record.translations if t.language not in gone)
        )

    def person_kept(person: Person) -> Person:
        person = kept(person)
        if not any(o.language in gone for o in person.form_overrides):
            return person
        overrides = tuple(o for o in person.form_overrides if o.language not in gone)
        return replace(person, form_overrides=overrides)

    def event_kept(event: Event) -> Event:
        event = kept(event)
        signing, seating = event.signing, event.seating
        if signing is not None:
            documents = tuple(kept(d) for d in signing.documents)
            if documents != signing.documents:
                signing = replace(signing, documents=documents)
        if seating is not None:
            tables = tuple(kept(t) for t in seating.tables)
            if tables != seating.tables:
                seating = replace(seating, tables=tables)
        if (signing, seating) == (event.signing, event.seating):
            return event
        return replace(event, signing=signing, seating=seating)

    return replace(
        plan,
        visit=kept(plan.visit),
        people=tuple(person_kept(p) for p in plan.people),
        venues=tuple(kept(v) for v in plan.venues),
        events=tuple(event_kept(e) for e in plan.events),
    )
