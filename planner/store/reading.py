"""Stored visits read into domain values with plain SQL on a DB-API sqlite3 connection.

The one way the store reads a visit: `planner.store.visits.load_plan` passes the connection
under its session, and start-up (`planner.services.Planner` before its database is open)
passes one of its own, so a summit's programme is on screen before SQLAlchemy has loaded.
Neither SQLAlchemy's statement compiler nor its result rows stand between the rows and the
values: at summit scale that is most of the cost of a load.

The columns are read as SQLAlchemy writes them (planner.store.schema): instants as naive
UTC text, dates as ISO text, words of a vocabulary as their values, booleans as 0 and 1,
a visit's and a document's languages as JSON, and a record's translations as JSON or NULL
(`{"zh-Hant": {"title": "…"}}`; a person's split between their person and member rows), and
a person's forms of address in the officer's words likewise (`{"en": {"envelope": "…"}}`).
An item's seating plan is its `seating` row, its tables in their order and its seats, each
seat's lock as stored (visit files carry none).
"""

import json
import sqlite3
from datetime import UTC, date, datetime
from typing import Any

from planner.domain.errors import UnknownVisit
from planner.domain.model import (
    Event,
    FormOverride,
    Movement,
    OnItem,
    Organizer,
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
from planner.domain.vocab import (
    DelegationRole,
    Direction,
    DocumentKind,
    EventKind,
    EventStatus,
    FullPowers,
    NameOrder,
    ParticipantRole,
    PressAccess,
    SeatingKind,
    Side,
    SigningAuthority,
    VenueKind,
    VisitKind,
)

VISIT_COLUMNS = (
    "id, key, title, direction, kind, host_country, guest_country, start_date, end_date, "
    "timezone, organizer_name, organizer_email, notes, version, languages, translations"
)
_MOVEMENT = "at, timezone, flight, event_id, terminal, met_by_id, notes"
_MEMBERS = (
    "SELECT m.id, m.key, p.given_name, p.family_name, p.native_name, p.name_order, "
    "m.honorific, m.title, m.organization, p.country, m.side, m.delegation_role, "
    "m.precedence, p.email, p.phone, p.dietary, p.medical, m.notes, "
    "m.short_title, p.courtesy, p.translations, m.translations, m.form_overrides, "
    + ", ".join(f"m.arrival_{name}" for name in _MOVEMENT.split(", "))
    + ", "
    + ", ".join(f"m.departure_{name}" for name in _MOVEMENT.split(", "))
    + " FROM member m JOIN person p ON p.id = m.person_id WHERE m.visit_id = ? ORDER BY m.id"
)
_VENUES = (
    "SELECT id, key, name, native_name, address, timezone, latitude, longitude, notes, "
    "country, kind, city, translations FROM venue WHERE visit_id = ? ORDER BY id"
)
_EVENTS = (
    "SELECT id, key, kind, title, starts_at, ends_at, timezone, end_timezone, all_day, "
    "venue_id, destination_id, flight_number, status, dress_code, notes, press, revision, "
    "revised_at, translations FROM event WHERE visit_id = ? ORDER BY id"
)
_PARTICIPANTS = (
    "SELECT pa.event_id, pa.member_id, pa.role FROM participant pa "
    "JOIN event e ON e.id = pa.event_id WHERE e.visit_id = ? "
    "ORDER BY pa.event_id, pa.position"
)
_SIGNINGS = (
    "SELECT s.id, s.event_id FROM signing s JOIN event e ON e.id = s.event_id WHERE e.visit_id = ?"
)
_OF_SIGNINGS = (
    "JOIN signing s ON s.id = x.signing_id JOIN event e ON e.id = s.event_id WHERE e.visit_id = ?"
)
_DOCUMENTS = (
    "SELECT x.signing_id, x.title, x.kind, x.languages, x.copies, x.translations "
    f"FROM signing_document x "
    f"{_OF_SIGNINGS} ORDER BY x.signing_id, x.position"
)
_SIGNATORIES = (
    "SELECT x.signing_id, x.member_id, x.on_behalf_of, x.signing_order, x.authority, "
    f"x.designated_by_id, x.full_powers, x.assistant_id FROM signatory x {_OF_SIGNINGS} "
    "ORDER BY x.signing_id, x.position"
)
_WITNESSES = (
    f"SELECT x.signing_id, x.member_id FROM witness x {_OF_SIGNINGS} "
    "ORDER BY x.signing_id, x.position"
)

_SEATINGS = (
    "SELECT s.id, s.event_id, s.plan FROM seating s JOIN event e ON e.id = s.event_id "
    "WHERE e.visit_id = ?"
)
_OF_SEATINGS = (
    "JOIN seating s ON s.id = x.seating_id JOIN event e ON e.id = s.event_id WHERE e.visit_id = ?"
)
_TABLES = (
    "SELECT x.seating_id, x.id, x.key, x.name, x.seats, x.translations FROM seating_table x "
    f"{_OF_SEATINGS} ORDER BY x.seating_id, x.position"
)
_SEATS = (
    "SELECT x.seating_id, x.table_id, x.member_id, x.side, x.number, x.locked FROM seat x "
    f"{_OF_SEATINGS}"
)


def read_visits(connection: sqlite3.Connection) -> list[Visit]:
    """Every visit, soonest first (then by key), as the visit list shows them."""
    rows = connection.execute(f"SELECT {VISIT_COLUMNS} FROM visit ORDER BY start_date, key")
    return [_visit(row) for row in rows]


def read_plan(connection: sqlite3.Connection, key: str) -> VisitPlan:
    """The stored visit `key`, in canonical order; UnknownVisit if there is none."""
    found = connection.execute(f"SELECT {VISIT_COLUMNS} FROM visit WHERE key = ?", (key,))
    visit = found.fetchone()
    if visit is None:
        raise UnknownVisit(key)
    visit_id = (visit[0],)
    members = connection.execute(_MEMBERS, visit_id).fetchall()
    venues = connection.execute(_VENUES, visit_id).fetchall()
    events = connection.execute(_EVENTS, visit_id).fetchall()
    member_keys: dict[int, str] = {row[0]: row[1] for row in members}
    venue_keys: dict[int, str] = {row[0]: row[1] for row in venues}
    event_keys: dict[int, str] = {row[0]: row[1] for row in events}
    roles = {role.value: role for role in ParticipantRole}
    participants: dict[int, list[Participant]] = {}
    for event_id, member_id, role in connection.execute(_PARTICIPANTS, visit_id):
        participants.setdefault(event_id, []).append(
            Participant(member_keys[member_id], roles[role])
        )
    signings = _signings(connection, visit_id, member_keys)
    seatings = _seatings(connection, visit_id, member_keys)
    return VisitPlan(
        visit=_visit(visit),
        people=tuple(_person(row, member_keys, event_keys) for row in members),
        venues=tuple(_venue(row) for row in venues),
        events=tuple(
            _event(
                row,
                tuple(participants.get(row[0], ())),
                signings.get(row[0]),
                venue_keys,
                seatings.get(row[0]),
            )
            for row in events
        ),
    ).in_canonical_order()


def _seatings(
    connection: sqlite3.Connection, visit_id: tuple[int], member_keys: dict[int, str]
) -> dict[int, Seating]:
    """Every seating plan of a visit's events, by event id."""
    plans: list[tuple[int, int, str]] = connection.execute(_SEATINGS, visit_id).fetchall()
    if not plans:
        return {}
    tables: dict[int, list[Table]] = {}
    table_keys: dict[int, str] = {}
    for seating_id, table_id, key, name, count, texts in connection.execute(_TABLES, visit_id):
        table_keys[table_id] = key
        tables.setdefault(seating_id, []).append(
            Table(key, name, count, translations(texts) if texts is not None else ())
        )
    seats: dict[int, list[Seat]] = {}
    for seating_id, table_id, member, side, number, locked in connection.execute(_SEATS, visit_id):
        seats.setdefault(seating_id, []).append(
            Seat(
                table_keys[table_id],
                number,
                member_keys[member],
                Side(side) if side is not None else None,
                bool(locked),
            )
        )
    return {
        event_id: Seating(
            SeatingKind(plan), tuple(tables.get(seating_id, ())), tuple(seats.get(seating_id, ()))
        )
        for seating_id, event_id, plan in plans
    }


def _signings(
    connection: sqlite3.Connection, visit_id: tuple[int], member_keys: dict[int, str]
) -> dict[int, Signing]:
    """Every signing of a visit's events, by event id."""
    signing_events: dict[int, int] = dict(connection.execute(_SIGNINGS, visit_id).fetchall())
    if not signing_events:
        return {}
    documents: dict[int, list[SigningDocument]] = {}
    for signing_id, title, kind, languages, copies, texts in connection.execute(
        _DOCUMENTS, visit_id
    ):
        documents.setdefault(signing_id, []).append(
            SigningDocument(
                title,
                DocumentKind(kind),
                tuple(json.loads(languages)),
                copies,
                translations(texts) if texts is not None else (),
            )
        )
    signatories: dict[int, list[Signatory]] = {}
    for row in connection.execute(_SIGNATORIES, visit_id):
        signing_id, member, country, order, authority, designator, powers, assistant = row
        signatories.setdefault(signing_id, []).append(
            Signatory(
                person=member_keys[member],
                on_behalf_of=country,
                order=order,
                authority=SigningAuthority(authority),
                designated_by=member_keys[designator] if designator is not None else None,
                full_powers=FullPowers(powers),
                assistant=member_keys[assistant] if assistant is not None else None,
            )
        )
    witnesses: dict[int, list[str]] = {}
    for signing_id, member in connection.execute(_WITNESSES, visit_id):
        witnesses.setdefault(signing_id, []).append(member_keys[member])
    return {
        event_id: Signing(
            tuple(documents.get(signing_id, ())),
            tuple(signatories.get(signing_id, ())),
            tuple(witnesses.get(signing_id, ())),
        )
        for signing_id, event_id in signing_events.items()
    }


def _visit(row: tuple[Any, ...]) -> Visit:
    (_, key, title, direction, kind, host, guest, start, end, zone, name, email, notes) = row[:13]
    version, languages, texts = row[13:]
    return Visit(
        key=key,
        title=title,
        direction=Direction(direction),
        kind=VisitKind(kind),
        host_country=host,
        guest_country=guest,
        start_date=date.fromisoformat(start),
        end_date=date.fromisoformat(end),
        timezone=zone,
        organizer=Organizer(name, email) if name is not None else None,
        notes=notes,
        languages=tuple(json.loads(languages)),
        translations=translations(texts) if texts is not None else (),
        version=version,
    )


def _person(row: tuple[Any, ...], member_keys: dict[int, str], events: dict[int, str]) -> Person:
    return Person(
        key=row[1],
        given_name=row[2],
        family_name=row[3],
        native_name=row[4],
        name_order=NameOrder(row[5]),
        honorific=row[6],
        title=row[7],
        organization=row[8],
        country=row[9],
        side=Side(row[10]),
        delegation_role=DelegationRole(row[11]),
        precedence=row[12],
        email=row[13],
        phone=row[14],
        dietary=row[15],
        medical=row[16],
        notes=row[17],
        short_title=row[18],
        courtesy=row[19],
        translations=_person_translations(row[20], row[21]),
        form_overrides=form_overrides(row[22]) if row[22] is not None else (),
        arrival=_movement(row[23:30], member_keys, events),
        departure=_movement(row[30:37], member_keys, events),
    )


def _person_translations(own: str | None, post: str | None) -> tuple[Translation, ...]:
    """Someone's name in other languages (their person row) and their post's texts (their
    member row), as one record's."""
    if own is None:
        return translations(post) if post is not None else ()
    if post is None:
        return translations(own)
    return translations(own) + translations(post)


def translations(stored: str) -> tuple[Translation, ...]:
    """A record's translations from their JSON column (`{"zh-Hant": {"title": "…"}}`)."""
    return tuple(
        Translation(language, name, text)
        for language, texts in json.loads(stored).items()
        for name, text in texts.items()
    )


def form_overrides(stored: str) -> tuple[FormOverride, ...]:
    """Someone's forms of address in the officer's words from their JSON column
    (`{"en": {"envelope": "…"}}`)."""
    return tuple(
        FormOverride(language, form, text)
        for language, texts in json.loads(stored).items()
        for form, text in texts.items()
    )


def _movement(
    columns: tuple[Any, ...], member_keys: dict[int, str], events: dict[int, str]
) -> Movement | OnItem | None:
    at, zone, flight, event_id, terminal, met_by_id, notes = columns
    met_by = member_keys[met_by_id] if met_by_id is not None else None
    if event_id is not None:
        return OnItem(event=events[event_id], terminal=terminal, met_by=met_by, notes=notes)
    if at is None or zone is None:
        return None
    return Movement(
        at=instant(at), timezone=zone, flight=flight, terminal=terminal, met_by=met_by, notes=notes
    )


def _venue(row: tuple[Any, ...]) -> Venue:
    (_, key, name, native, address, zone, latitude, longitude, notes, country, kind, city) = row[
        :12
    ]
    texts = row[12]
    return Venue(
        key=key,
        name=name,
        native_name=native,
        address=address,
        timezone=zone,
        latitude=latitude,
        longitude=longitude,
        notes=notes,
        country=country,
        kind=VenueKind(kind) if kind is not None else None,
        city=city,
        translations=translations(texts) if texts is not None else (),
    )


def _event(
    row: tuple[Any, ...],
    participants: tuple[Participant, ...],
    signing: Signing | None,
    venue_keys: dict[int, str],
    seating: Seating | None = None,
) -> Event:
    (_, key, kind, title, start, end, zone, end_zone, all_day, venue, destination) = row[:11]
    (flight, status, dress, notes, press, revision, revised, texts) = row[11:]
    return Event(
        key=key,
        kind=EventKind(kind),
        title=title,
        start=instant(start),
        end=instant(end),
        timezone=zone,
        end_timezone=end_zone,
        all_day=bool(all_day),
        venue=venue_keys[venue] if venue is not None else None,
        destination=venue_keys[destination] if destination is not None else None,
        flight_number=flight,
        status=EventStatus(status),
        dress_code=dress,
        notes=notes,
        press=PressAccess(press),
        participants=participants,
        signing=signing,
        seating=seating,
        translations=translations(texts) if texts is not None else (),
        revision=revision,
        revised_at=instant(revised),
    )


def instant(text: str) -> datetime:
    """A stored instant (naive UTC text, as SQLAlchemy writes it) as an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)
