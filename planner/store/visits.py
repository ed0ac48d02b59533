"""Saving and loading whole visits: domain values in, domain values out; rows stay in here."""

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table as SqlTable
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, selectinload

from planner.domain.errors import ConcurrentChange, DuplicateVisit, UnknownVisit
from planner.domain.model import (
    Event,
    FormOverride,
    Movement,
    OnItem,
    Participant,
    Person,
    Seat,
    Seating,
    Signatory,
    Signing,
    SigningDocument,
    Table,
    Translation,
    Venue,
    Visit,
    VisitPlan,
)
from planner.store import reading
from planner.store.schema import (
    EventRow,
    MemberRow,
    ParticipantRow,
    PersonRow,
    SeatingRow,
    SeatingTableRow,
    SeatRow,
    SignatoryRow,
    SigningDocumentRow,
    SigningRow,
    Translations,
    VenueRow,
    VisitRow,
    WitnessRow,
)

# What of a person's texts in other languages is who they are (their person row, deleted
# with the last visit they are in); the rest is their post in one visit (their member row).
OWN_TRANSLATIONS = frozenset({"name"})


def list_visits(session: Session) -> list[Visit]:
    return reading.read_visits(_connection(session))


def visit_exists(session: Session, key: str) -> bool:
    return session.scalar(select(VisitRow.id).where(VisitRow.key == key)) is not None


def add_plan(session: Session, plan: VisitPlan, *, now: datetime | None = None) -> None:
    """Add a whole visit. The caller's transaction makes it all or nothing.

    Written with bulk inserts, table by table, each returning its new ids in order: a
    summit's tens of thousands of participations never become ORM objects.
    """
    if visit_exists(session, plan.visit.key):
        raise DuplicateVisit(plan.visit.key)
    stamp = now or datetime.now(UTC)

    def inserted(model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
        if not rows:
            return []
        returning = insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(session.scalars(returning, rows))

    def keyed(model: type[Any], rows: list[dict[str, Any]]) -> dict[str, int]:
        """Insert rows that each have a key; their new ids by key."""
        return dict(zip([row["key"] for row in rows], inserted(model, rows), strict=True))

    (visit_id,) = inserted(VisitRow, [{"key": plan.visit.key, **_visit_columns(plan.visit)}])
    person_ids = inserted(PersonRow, [_person_columns(person) for person in plan.people])
    members = keyed(
        MemberRow,
        [
            {"visit_id": visit_id, "person_id": person_id, "key": person.key}
            | _member_columns(person)
            for person, person_id in zip(plan.people, person_ids, strict=True)
        ],
    )
    venues = keyed(
        VenueRow,
        [{"visit_id": visit_id, "key": venue.key} | _venue_columns(venue) for venue in plan.venues],
    )
    events = keyed(
        EventRow,
        [
            {
                "visit_id": visit_id,
                "key": event.key,
                "venue_id": venues[event.venue] if event.venue else None,
                "destination_id": venues[event.destination] if event.destination else None,
                "revision": event.revision,
                "revised_at": event.revised_at or stamp,
            }
            | _event_details(event)
            for event in plan.events
        ],
    )
    participants = [
        {
            "event_id": events[event.key],
            "member_id": members[p.person],
            "role": p.role,
            "position": position,
        }
        for event in plan.events
        for position, p in enumerate(event.participants)
    ]
    if participants:  # the many rows: plain Core, past the ORM's bulk bookkeeping
        session.connection().execute(insert(_table(ParticipantRow)), participants)
    signed = [event for event in plan.events if event.signing is not None]
    signing_ids = inserted(SigningRow, [{"event_id": events[event.key]} for event in signed])
    _add_signings(session, signed, signing_ids, members)
    seated = [event for event in plan.events if event.seating is not None]
    seating_ids = inserted(
        SeatingRow,
        [{"event_id": events[e.key], "plan": e.seating.plan} for e in seated if e.seating],
    )
    _add_seatings(session, seated, seating_ids, members, inserted)
    links = [
        {"id": members[person.key], **_travel_ids(person, members, events)}
        for person in plan.people
        if person.arrival is not None or person.departure is not None
    ]
    if links:
        session.execute(update(MemberRow), links)


def _table(model: type[Any]) -> SqlTable:
    table = model.__table__
    assert isinstance(table, SqlTable)
    return table


def _travel_ids(
    person: Person, members: dict[str, int], events: dict[str, int]
) -> dict[str, int | None]:
    """The ids someone's arrival and departure point at: the item and who meets them."""
    columns: dict[str, int | None] = {}
    for prefix, entry in (("arrival", person.arrival), ("departure", person.departure)):
        on = entry.event if isinstance(entry, OnItem) else None
        met = entry.met_by if entry is not None else None
        columns[f"{prefix}_event_id"] = events[on] if on else None
        columns[f"{prefix}_met_by_id"] = members[met] if met else None
    return columns


def _add_signings(
    session: Session, signed: list[Event], signing_ids: list[int], members: dict[str, int]
) -> None:
    documents, signatories, witnesses = [], [], []
    for event, signing_id in zip(signed, signing_ids, strict=True):
        signing = event.signing
        assert signing is not None
        for position, document in enumerate(signing.documents):
            documents.append(
                {
                    "signing_id": signing_id,
                    "position": position,
                    "title": document.title,
                    "kind": document.kind,
                    "languages": list(document.languages),
                    "copies": document.copies,
                    "translations": _stored(document.translations),
                }
            )
        for position, s in enumerate(signing.signatories):
            signatories.append(
                {
                    "signing_id": signing_id,
                    "position": position,
                    "member_id": members[s.person],
                    "on_behalf_of": s.on_behalf_of,
                    "signing_order": s.order,
                    "authority": s.authority,
                    "designated_by_id": members[s.designated_by] if s.designated_by else None,
                    "full_powers": s.full_powers,
                    "assistant_id": members[s.assistant] if s.assistant else None,
                }
            )
        for position, key in enumerate(signing.witnesses):
            witnesses.append(
                {"signing_id": signing_id, "member_id": members[key], "position": position}
            )
    for model, rows in (
        (SigningDocumentRow, documents),
        (SignatoryRow, signatories),
        (WitnessRow, witnesses),
    ):
        if rows:
            session.connection().execute(insert(_table(model)), rows)


def _add_seatings(
    session: Session,
    seated: list[Event],
    seating_ids: list[int],
    members: dict[str, int],
    inserted: Callable[[type[Any], list[dict[str, Any]]], list[int]],
) -> None:
    """The tables and seats of the plans just added (`seating_ids`, one per seated event)."""
    tables: list[dict[str, Any]] = []
    for event, seating_id in zip(seated, seating_ids, strict=True):
        assert event.seating is not None
        tables += [
            {"seating_id": seating_id, "position": position} | _table_columns(table)
            for position, table in enumerate(event.seating.tables)
        ]
    table_ids = iter(inserted(SeatingTableRow, tables))
    seats = []
    for event, seating_id in zip(seated, seating_ids, strict=True):
        assert event.seating is not None
        ids = {table.key: next(table_ids) for table in event.seating.tables}
        seats += [
            {
                "seating_id": seating_id,
                "member_id": members[seat.person],
                "table_id": ids[seat.table],
                "side": seat.side,
                "number": seat.number,
                "locked": seat.locked,
            }
            for seat in event.seating.seats
        ]
    if seats:
        session.connection().execute(insert(_table(SeatRow)), seats)


def load_plan(session: Session, key: str) -> VisitPlan:
    """The stored visit, read with plain SQL on the session's own connection (so within its
    transaction): a summit's tens of thousands of participations become domain values
    without passing through SQLAlchemy's rows (planner.store.reading)."""
    return reading.read_plan(_connection(session), key)


def _connection(session: Session) -> sqlite3.Connection:
    """The session's own sqlite3 connection, with what the session holds written to it."""
    session.flush()
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


def _apply_event(
    session: Session,
    row: EventRow,
    event: Event,
    members: dict[str, MemberRow],
    venues: dict[str, VenueRow],
    now: datetime,
) -> bool:
    """Make an event row `event`; its revision rises by one if anything changed that a
    calendar shows. The calendar SEQUENCE is this revision, so it never goes down and rises
    with every change a calendar should follow; a seating plan is not in any calendar, so a
    change of seats alone changes its rows and leaves the revision as it was. Returns
    whether the revision rose."""
    member_keys = {member.id: key for key, member in members.items()}
    venue_keys = {venue.id: key for key, venue in venues.items()}
    old = _event(row, member_keys, venue_keys)
    if old == event:
        return False
    if old.seating != event.seating:
        row.seating = None
        session.flush()
        row.seating = _seating_row(event.seating, members) if event.seating else None
    if _shown_alike(old, event):
        session.flush()
        return False
    for column, value in _event_details(event).items():
        setattr(row, column, value)
    row.venue = venues[event.venue] if event.venue else None
    row.destination = venues[event.destination] if event.destination else None
    # Old rows go before new ones arrive: they share keys the database holds unique.
    if old.participants != event.participants:
        row.participants = []
        session.flush()
        row.participants = _participant_rows(event, members)
    if old.signing != event.signing:
        row.signing = None
        session.flush()
        row.signing = _signing_row(event.signing, members) if event.signing else None
    row.revision += 1
    row.revised_at = now
    session.flush()
    return True


def save_plan(
    session: Session, plan: VisitPlan, *, now: datetime, expected: VisitPlan | None = None
) -> VisitPlan:
    """Make the stored visit exactly `plan`, changing only what differs; returns the visit
    as it is now stored (its version, and the revisions of the items that changed).

    Rows keep their identity by key, so an edited event keeps its UID and its
    revision rises; people, venues and events no longer in the plan go. With `expected`
    (the visit as loaded, at its version), a visit saved by someone else since is refused,
    and `expected` is what the change is measured against: nothing is read but the rows
    that change.
    """
    expected_version = expected.visit.version if expected is not None else None
    # Claim the visit first, with a write: from here to the commit this transaction holds
    # the database's write lock, so no one can save in between the check and the changes.
    claim = update(VisitRow).where(VisitRow.key == plan.visit.key)
    if expected_version is not None:
        claim = claim.where(VisitRow.version == expected_version)
    version = session.execute(
        claim.values(version=VisitRow.version + 1).returning(VisitRow.version),
        execution_options={"synchronize_session": False},
    ).scalar_one_or_none()
    if version is None:
        if not visit_exists(session, plan.visit.key):
            raise UnknownVisit(plan.visit.key)
        raise ConcurrentChange(plan.visit.title)
    # Claimed at its version, the stored visit is the one the edit started from.
    stored = expected if expected is not None else load_plan(session, plan.visit.key)
    revised = _apply_changes(session, stored, plan, now)
    old = stored.events_by_key
    events = tuple(
        _as_stored(event, old.get(event.key), event.key in revised, now) for event in plan.events
    )
    saved = replace(plan, visit=replace(plan.visit, version=version), events=events)
    return saved.in_canonical_order()


def _as_stored(event: Event, before: Event | None, revised: bool, now: datetime) -> Event:
    """An item of a saved plan with the bookkeeping the database now holds for it."""
    if revised:
        if before is None:
            return replace(event, revised_at=event.revised_at or now)
        return replace(event, revision=before.revision + 1, revised_at=now)
    assert before is not None  # an item not stored before is revised
    if event is before or (event.revision, event.revised_at) == (
        before.revision,
        before.revised_at,
    ):
        return event
    return replace(event, revision=before.revision, revised_at=before.revised_at)


def _shown_alike(before: Event, after: Event) -> bool:
    """Whether a calendar shows the two alike: the item itself, but for its seating plan,
    which no calendar shows."""
    if before.seating == after.seating:
        return before == after
    return replace(before, seating=None) == replace(after, seating=None)


def _referenced_people(event: Event) -> set[str]:
    """Everyone an event's rows point at: participants, signatories and those around them."""
    keys = {p.person for p in event.participants}
    if event.seating is not None:
        keys.update(seat.person for seat in event.seating.seats)
    if event.signing is not None:
        keys.update(event.signing.witnesses)
        for signatory in event.signing.signatories:
            keys.add(signatory.person)
            keys.update(k for k in (signatory.designated_by, signatory.assistant) if k)
    return keys


def _travel_references(person: Person) -> tuple[set[str], set[str]]:
    """The events someone travels on and the people who meet them."""
    entries = [entry for entry in (person.arrival, person.departure) if entry is not None]
    events = {entry.event for entry in entries if isinstance(entry, OnItem)}
    return events, {entry.met_by for entry in entries if entry.met_by}


def _apply_changes(session: Session, stored: VisitPlan, plan: VisitPlan, now: datetime) -> set[str]:
    """Change the rows of what differs between the stored visit and `plan`, and no others:
    the cost of a save follows the size of the change, not of the visit. Returns the keys
    of the items stored anew or with a new revision."""
    touched = _events_shown_differently(stored, plan)
    old_people, new_people = stored.people_by_key, plan.people_by_key
    old_venues, new_venues = stored.venues_by_key, plan.venues_by_key
    old_events, new_events = stored.events_by_key, plan.events_by_key
    # The same value is unchanged at a glance: an edit replaces only what it changes.
    people = [p for p in plan.people if _differs(old_people.get(p.key), p)]
    venues_changed = [v for v in plan.venues if _differs(old_venues.get(v.key), v)]
    events_changed = [e for e in plan.events if _differs(old_events.get(e.key), e)]
    gone_people = old_people.keys() - new_people.keys()
    gone_venues = old_venues.keys() - new_venues.keys()
    gone_events = old_events.keys() - new_events.keys()
    bumped = {
        key
        for key in touched
        if key in old_events and _shown_alike(old_events[key], new_events[key])
    }

    # The rows this change reads or writes, and those they point at.
    member_keys = {p.key for p in people} | gone_people
    venue_keys = {v.key for v in venues_changed} | gone_venues
    event_keys = {e.key for e in events_changed} | gone_events
    for person in people:
        on, met = _travel_references(person)
        event_keys |= on
        member_keys |= met
    for event in events_changed:
        for version in (event, old_events.get(event.key)):
            if version is not None:
                member_keys |= _referenced_people(version)
                venue_keys.update(k for k in (version.venue, version.destination) if k)

    visit = session.scalar(select(VisitRow).where(VisitRow.key == plan.visit.key))
    assert visit is not None  # claimed above
    if plan.visit != stored.visit:
        for column, value in _visit_columns(plan.visit).items():
            setattr(visit, column, value)
    members = {
        m.key: m
        for m in session.scalars(
            select(MemberRow)
            .where(MemberRow.visit_id == visit.id, MemberRow.key.in_(member_keys))
            .options(selectinload(MemberRow.person))
        )
    }
    venues = {
        v.key: v
        for v in session.scalars(
            select(VenueRow).where(VenueRow.visit_id == visit.id, VenueRow.key.in_(venue_keys))
        )
    }
    events = {
        e.key: e
        for e in session.scalars(
            select(EventRow)
            .where(EventRow.visit_id == visit.id, EventRow.key.in_(event_keys))
            .options(
                selectinload(EventRow.participants),
                selectinload(EventRow.signing),
                selectinload(EventRow.seating),
            )
        )
    }

    for venue in venues_changed:
        if venue.key in venues:
            for column, value in _venue_columns(venue).items():
                setattr(venues[venue.key], column, value)
        else:
            venues[venue.key] = _venue_row(venue)
            venues[venue.key].visit_id = visit.id
            session.add(venues[venue.key])

    # Precedence is unique per side at every statement: park those moving or leaving first.
    for key in gone_people | {p.key for p in people if p.key in old_people}:
        before, after = old_people[key], new_people.get(key)
        if after is None or (before.precedence, before.side) != (after.precedence, after.side):
            members[key].precedence += 1_000_000
    session.flush()
    for person in people:
        if person.key in members:
            member = members[person.key]
            for column, value in _member_columns(person).items():
                setattr(member, column, value)
            for column, value in _person_columns(person).items():
                setattr(member.person, column, value)
        else:
            members[person.key] = _member_row(person)
            members[person.key].visit_id = visit.id
            session.add(members[person.key])
    session.flush()

    revised = set(bumped)
    for key in gone_events:
        session.delete(events.pop(key))
    for event in events_changed:
        if event.key in events:
            if _apply_event(session, events[event.key], event, members, venues, now):
                revised.add(event.key)
        else:
            revised.add(event.key)
            events[event.key] = _event_row(event, members, venues, now)
            events[event.key].visit_id = visit.id
            session.add(events[event.key])
    # Their rows stay as they are but for the revision (and a seating plan, written above):
    # no need to read them.
    if bumped:
        session.execute(
            update(EventRow)
            .where(EventRow.visit_id == visit.id, EventRow.key.in_(bumped))
            .values(revision=EventRow.revision + 1, revised_at=now),
            execution_options={"synchronize_session": False},
        )
    session.flush()
    for person in people:
        _link_travel(members[person.key], person, members, events)
    session.flush()
    for key in gone_people:
        session.delete(members[key])
    for key in gone_venues:
        session.delete(venues[key])
    session.flush()
    return revised


def _differs(before: object, after: object) -> bool:
    return before is not after and before != after


def _calendar_view(person: Person) -> tuple[object, ...]:
    """What of a person shows in a calendar entry: names, post, address, place in the order.
    Their name and title in another language count as the English ones do: a calendar in
    that language shows them. Their forms of address in the officer's words do not: no
    calendar prints them, so changing one is a change of the person (their member row) that
    raises no item's revision."""
    return (
        person.given_name,
        person.family_name,
        person.native_name,
        person.name_order,
        person.honorific,
        person.courtesy,
        person.title,
        tuple(t for t in person.translations if t.field in ("name", "title")),
        person.country,  # the attendee lists say where someone is from
        person.email,
        person.side,
        person.precedence,
    )


def _events_shown_differently(before: VisitPlan, after: VisitPlan) -> set[str]:
    """Events whose calendar entry changes though the event does not: its venue was edited,
    someone taking part was renamed, or the organizer changed."""
    if before.visit.organizer != after.visit.organizer:
        return {event.key for event in after.events}
    old_venues = before.venues_by_key
    venues = {v.key for v in after.venues if _differs(old_venues.get(v.key, v), v)}
    old_people = before.people_by_key
    people = set()
    for person in after.people:
        old = old_people.get(person.key, person)
        if old is not person and _calendar_view(old) != _calendar_view(person):
            people.add(person.key)
    shown = set()
    if venues:
        shown = {e.key for e in after.events if e.venue in venues or e.destination in venues}
    if people:
        shown |= {
            event.key
            for event in after.events
            if any(p.person in people for p in event.participants)
        }
    return shown


def _link_travel(
    member: MemberRow,
    person: Person,
    members: dict[str, MemberRow],
    events: dict[str, EventRow],
) -> None:
    """The references of someone's arrival and departure: the item they travel on and who
    meets them. Set once every row they may point at exists."""

    def event(entry: Movement | OnItem | None) -> EventRow | None:
        return events[entry.event] if isinstance(entry, OnItem) else None

    def met_by(entry: Movement | OnItem | None) -> MemberRow | None:
        return members[entry.met_by] if entry is not None and entry.met_by else None

    member.arrival_event = event(person.arrival)
    member.arrival_met_by = met_by(person.arrival)
    member.departure_event = event(person.departure)
    member.departure_met_by = met_by(person.departure)


def delete_visit(session: Session, key: str) -> None:
    row = session.scalar(select(VisitRow).where(VisitRow.key == key))
    if row is None:
        raise UnknownVisit(key)
    session.delete(row)


# Domain values to rows


def _visit_row(visit: Visit) -> VisitRow:
    return VisitRow(key=visit.key, **_visit_columns(visit))


def _visit_columns(visit: Visit) -> dict[str, Any]:
    return {
        "title": visit.title,
        "direction": visit.direction,
        "kind": visit.kind,
        "host_country": visit.host_country,
        "guest_country": visit.guest_country,
        "start_date": visit.start_date,
        "end_date": visit.end_date,
        "timezone": visit.timezone,
        "organizer_name": visit.organizer.name if visit.organizer else None,
        "organizer_email": visit.organizer.email if visit.organizer else None,
        "notes": visit.notes,
        "languages": list(visit.languages),
        "translations": _stored(visit.translations),
    }


def _stored(translations: Iterable[Translation]) -> Translations | None:
    """Translations as their JSON column holds them, `{"zh-Hant": {"title": "…"}}`; None
    (NULL) for none."""
    by_language: Translations = {}
    for translation in translations:
        by_language.setdefault(translation.language, {})[translation.field] = translation.text
    return by_language or None


def _stored_overrides(overrides: Iterable[FormOverride]) -> Translations | None:
    """Forms of address in the officer's words as their column holds them, `{"en":
    {"envelope": "…"}}`; None (NULL) for none. Validation has made each (language, form)
    one override, so none is lost to another."""
    by_language: Translations = {}
    for override in overrides:
        by_language.setdefault(override.language, {})[override.form] = override.text
    return by_language or None


def _translations(stored: Translations | None) -> tuple[Translation, ...]:
    """Translations from their column, as an ORM row holds it."""
    if not stored:
        return ()
    return tuple(
        Translation(language, name, text)
        for language, texts in stored.items()
        for name, text in texts.items()
    )


def _member_row(person: Person) -> MemberRow:
    return MemberRow(
        person=PersonRow(**_person_columns(person)), key=person.key, **_member_columns(person)
    )


def _person_columns(person: Person) -> dict[str, Any]:
    """Who the person is, whatever the visit."""
    return {
        "given_name": person.given_name,
        "family_name": person.family_name,
        "native_name": person.native_name,
        "name_order": person.name_order,
        "country": person.country,
        "email": person.email,
        "phone": person.phone,
        "dietary": person.dietary,
        "medical": person.medical,
        "courtesy": person.courtesy,
        "translations": _stored(t for t in person.translations if t.field in OWN_TRANSLATIONS),
    }


def _member_columns(person: Person) -> dict[str, Any]:
    """The person's part in this visit (references to other rows: `_link_travel`)."""
    return {
        "side": person.side,
        "delegation_role": person.delegation_role,
        "precedence": person.precedence,
        "honorific": person.honorific,
        "title": person.title,
        "short_title": person.short_title,
        "organization": person.organization,
        "notes": person.notes,
        "translations": _stored(t for t in person.translations if t.field not in OWN_TRANSLATIONS),
        "form_overrides": _stored_overrides(person.form_overrides),
        **_movement_columns("arrival", person.arrival),
        **_movement_columns("departure", person.departure),
    }


def _movement_columns(prefix: str, entry: Movement | OnItem | None) -> dict[str, Any]:
    own = entry if isinstance(entry, Movement) else None
    return {
        f"{prefix}_at": own.at if own else None,
        f"{prefix}_timezone": own.timezone if own else None,
        f"{prefix}_flight": own.flight if own else None,
        f"{prefix}_terminal": entry.terminal if entry else None,
        f"{prefix}_notes": entry.notes if entry else None,
    }


def _venue_row(venue: Venue) -> VenueRow:
    return VenueRow(key=venue.key, **_venue_columns(venue))


def _venue_columns(venue: Venue) -> dict[str, Any]:
    return {
        "name": venue.name,
        "native_name": venue.native_name,
        "address": venue.address,
        "timezone": venue.timezone,
        "latitude": venue.latitude,
        "longitude": venue.longitude,
        "notes": venue.notes,
        "country": venue.country,
        "kind": venue.kind,
        "city": venue.city,
        "translations": _stored(venue.translations),
    }


def _event_row(
    event: Event, members: dict[str, MemberRow], venues: dict[str, VenueRow], stamp: datetime
) -> EventRow:
    row = EventRow(
        key=event.key,
        venue=venues[event.venue] if event.venue else None,
        destination=venues[event.destination] if event.destination else None,
        revision=event.revision,
        revised_at=event.revised_at or stamp,
        participants=_participant_rows(event, members),
        **_event_details(event),
    )
    if event.signing is not None:
        row.signing = _signing_row(event.signing, members)
    if event.seating is not None:
        row.seating = _seating_row(event.seating, members)
    return row


def _event_details(event: Event) -> dict[str, object]:
    """The event's own columns, those an edit may change. Its texts in other languages are
    among them: a changed translation of its title, dress code or notes raises the revision
    (the calendar's SEQUENCE) as a change of the English text does."""
    return {
        "kind": event.kind,
        "title": event.title,
        "starts_at": event.start,
        "ends_at": event.end,
        "timezone": event.timezone,
        "end_timezone": event.end_timezone,
        "all_day": event.all_day,
        "status": event.status,
        "dress_code": event.dress_code,
        "notes": event.notes,
        "press": event.press,
        "flight_number": event.flight_number,
        "translations": _stored(event.translations),
    }


def _participant_rows(event: Event, members: dict[str, MemberRow]) -> list[ParticipantRow]:
    return [
        ParticipantRow(member=members[p.person], role=p.role, position=position)
        for position, p in enumerate(event.participants)
    ]


def _signing_row(signing: Signing, members: dict[str, MemberRow]) -> SigningRow:
    def member(key: str | None) -> MemberRow | None:
        return members[key] if key else None

    return SigningRow(
        documents=[
            SigningDocumentRow(
                position=position,
                title=document.title,
                kind=document.kind,
                languages=list(document.languages),
                copies=document.copies,
                translations=_stored(document.translations),
            )
            for position, document in enumerate(signing.documents)
        ],
        signatories=[
            SignatoryRow(
                position=position,
                member=members[signatory.person],
                on_behalf_of=signatory.on_behalf_of,
                signing_order=signatory.order,
                authority=signatory.authority,
                designated_by=member(signatory.designated_by),
                full_powers=signatory.full_powers,
                assistant=member(signatory.assistant),
            )
            for position, signatory in enumerate(signing.signatories)
        ],
        witnesses=[
            WitnessRow(member=members[key], position=position)
            for position, key in enumerate(signing.witnesses)
        ],
    )


def _seating_row(seating: Seating, members: dict[str, MemberRow]) -> SeatingRow:
    tables = {
        table.key: SeatingTableRow(position=position, **_table_columns(table))
        for position, table in enumerate(seating.tables)
    }
    return SeatingRow(
        plan=seating.plan,
        tables=list(tables.values()),
        seats=[
            SeatRow(
                member=members[seat.person],
                table=tables[seat.table],
                side=seat.side,
                number=seat.number,
                locked=seat.locked,
            )
            for seat in seating.seats
        ],
    )


def _table_columns(table: Table) -> dict[str, Any]:
    return {
        "key": table.key,
        "name": table.name,
        "seats": table.seats,
        "translations": _stored(table.translations),
    }


# Rows to domain values


def _event(row: EventRow, member_keys: dict[int, str], venue_keys: dict[int, str]) -> Event:
    participants = tuple(
        Participant(person=member_keys[p.member_id], role=p.role) for p in row.participants
    )
    signing = _signing(row.signing, member_keys) if row.signing else None
    seating = _seating(row.seating, member_keys) if row.seating else None
    return _event_of(row, participants, signing, venue_keys, seating)


def _event_of(
    row: Any,
    participants: tuple[Participant, ...],
    signing: Signing | None,
    venue_keys: dict[int, str],
    seating: Seating | None = None,
) -> Event:
    """An event from its row (an ORM row or a plain one), its participants, its signing and
    its seating plan."""
    return Event(
        key=row.key,
        kind=row.kind,
        title=row.title,
        start=row.starts_at,
        end=row.ends_at,
        timezone=row.timezone,
        end_timezone=row.end_timezone,
        all_day=row.all_day,
        venue=venue_keys[row.venue_id] if row.venue_id is not None else None,
        destination=venue_keys[row.destination_id] if row.destination_id is not None else None,
        flight_number=row.flight_number,
        status=row.status,
        dress_code=row.dress_code,
        notes=row.notes,
        press=row.press,
        participants=participants,
        signing=signing,
        seating=seating,
        translations=_translations(row.translations),
        revision=row.revision,
        revised_at=row.revised_at,
    )


def _signing(row: SigningRow, member_keys: dict[int, str]) -> Signing:
    return Signing(
        documents=tuple(_document(d) for d in row.documents),
        signatories=tuple(_signatory(s, member_keys) for s in row.signatories),
        witnesses=tuple(member_keys[w.member_id] for w in row.witnesses),
    )


def _seating(row: SeatingRow, member_keys: dict[int, str]) -> Seating:
    tables = {table.id: table for table in row.tables}
    return Seating(
        plan=row.plan,
        tables=tuple(
            Table(t.key, t.name, t.seats, _translations(t.translations)) for t in row.tables
        ),
        seats=tuple(
            Seat(tables[s.table_id].key, s.number, member_keys[s.member_id], s.side, s.locked)
            for s in row.seats
        ),
    )


def _document(row: Any) -> SigningDocument:
    """An instrument from its row (an ORM row or a plain one)."""
    return SigningDocument(
        row.title, row.kind, tuple(row.languages), row.copies, _translations(row.translations)
    )


def _signatory(row: Any, member_keys: dict[int, str]) -> Signatory:
    """A signatory from their row (an ORM row or a plain one)."""

    def key(member_id: int | None) -> str | None:
        return member_keys[member_id] if member_id is not None else None

    return Signatory(
        person=member_keys[row.member_id],
        on_behalf_of=row.on_behalf_of,
        order=row.signing_order,
        authority=row.authority,
        designated_by=key(row.designated_by_id),
        full_powers=row.full_powers,
        assistant=key(row.assistant_id),
    )
