"""A visit and everything in it as immutable values that refer to each other by key."""

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property
from types import MappingProxyType

from planner.domain import zones
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


@dataclass(frozen=True, order=True)
class Translation:
    """One text of a record in another language of the visit (visit file version 2):
    `field` (a key of TRANSLATABLE for that record) as it reads in `language` (a tag of
    `Visit.languages`). A person's `name` is their whole name as that language writes it:
    `海妮` for Hilda Heine."""

    language: str
    field: str
    text: str


# The four forms of address an officer may write in their own words (planner.domain.address).
FORM_NAMES = ("list", "short", "salutation", "envelope")


@dataclass(frozen=True, order=True)
class FormOverride:
    """An officer's own wording of one form of a person in one language: `form` is one of
    FORM_NAMES, `language` a tag of the visit's languages, `text` the form as printed (an
    envelope's lines joined by "\\n"). Whether it is well made is a rule of
    planner.domain.validation: a stored or typed override is refused there, by name."""

    language: str
    form: str
    text: str


class Translated:
    """A record with `translations`, kept in one order (by language, then field), so
    that two records with the same texts are equal however they were built."""

    translations: tuple[Translation, ...]

    def __post_init__(self) -> None:
        if len(self.translations) > 1:
            ordered = tuple(sorted(self.translations))
            if ordered != self.translations:
                object.__setattr__(self, "translations", ordered)

    def translation(self, field: str, language: str) -> str | None:
        """The text of `field` in `language`, if the record has it."""
        for translation in self.translations:
            if translation.language == language and translation.field == field:
                return translation.text
        return None


@dataclass(frozen=True)
class Organizer:
    """The protocol office that owns the programme."""

    name: str
    email: str | None = None


@dataclass(frozen=True)
class Visit(Translated):
    key: str
    title: str
    direction: Direction
    host_country: str
    guest_country: str
    start_date: date
    end_date: date
    timezone: str
    kind: VisitKind = VisitKind.OTHER
    organizer: Organizer | None = None
    notes: str | None = None
    # The languages its documents are made in, the main one first (BCP 47 tags).
    languages: tuple[str, ...] = ("en",)
    translations: tuple[Translation, ...] = ()
    # How many times the stored visit has been saved: bookkeeping, so two windows on one
    # database notice each other's edits. Not part of the visit itself.
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Movement:
    """An arrival or a departure: when (a UTC instant), in which zone, on which flight.

    `event` is set on a movement resolved from a programme item (see `OnItem`).
    """

    at: datetime
    timezone: str
    flight: str | None = None
    terminal: str | None = None
    met_by: str | None = None
    notes: str | None = None
    event: str | None = field(default=None, compare=False)

    @property
    def local(self) -> datetime:
        return zones.to_local(self.at, self.timezone)


@dataclass(frozen=True)
class OnItem:
    """An arrival or a departure on a flight or transfer of the programme: its times, zone
    and flight number are the item's, so they follow it when it moves."""

    event: str
    terminal: str | None = None
    met_by: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Person(Translated):
    """Someone taking part in a visit, with their part in it (side, role, precedence)."""

    key: str
    given_name: str
    family_name: str
    title: str
    country: str
    side: Side
    delegation_role: DelegationRole
    precedence: int
    native_name: str | None = None
    name_order: NameOrder = NameOrder.GIVEN_FAMILY
    honorific: str | None = None
    organization: str | None = None
    email: str | None = None
    phone: str | None = None
    dietary: str | None = None
    medical: str | None = None
    notes: str | None = None
    arrival: Movement | OnItem | None = None
    departure: Movement | OnItem | None = None
    # The title used in address and on place cards ("President", "Minister"), and the
    # courtesy title ("Dr.", "Ms."): see planner.domain.address.
    short_title: str | None = None
    courtesy: str | None = None
    translations: tuple[Translation, ...] = ()
    # Forms of address the officer wrote in their own words, kept in one order (by language,
    # then form) like the translations. Kept by the database only: a visit file has no key
    # for them (docs/visit-file.md).
    form_overrides: tuple[FormOverride, ...] = ()

    def __post_init__(self) -> None:
        super().__post_init__()
        if len(self.form_overrides) > 1:
            ordered = tuple(sorted(self.form_overrides))
            if ordered != self.form_overrides:
                object.__setattr__(self, "form_overrides", ordered)


@dataclass(frozen=True)
class Venue(Translated):
    key: str
    name: str
    timezone: str
    native_name: str | None = None
    address: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None
    country: str | None = None
    kind: VenueKind | None = None
    city: str | None = None
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Participant:
    person: str
    role: ParticipantRole = ParticipantRole.ATTENDEE


@dataclass(frozen=True)
class SigningDocument(Translated):
    title: str
    kind: DocumentKind
    languages: tuple[str, ...] = ()
    copies: int = 2
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Signatory:
    person: str
    on_behalf_of: str
    order: int
    authority: SigningAuthority
    designated_by: str | None = None
    full_powers: FullPowers = FullPowers.NOT_NEEDED
    assistant: str | None = None


@dataclass(frozen=True)
class Signing:
    documents: tuple[SigningDocument, ...] = ()
    signatories: tuple[Signatory, ...] = ()
    witnesses: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table(Translated):
    """A table of a seating plan (a row, for `theatre`): `seats` is how many it seats."""

    key: str
    name: str
    seats: int
    translations: tuple[Translation, ...] = ()


@dataclass(frozen=True)
class Seat:
    """Someone's seat at an item: `number` counts in order of honour at its table, 1 the
    presiding seat (the host of the table, the head of a side at talks). At `facing` talks
    the numbers count per side (`side`); elsewhere `side` is None. Where each number stands
    on the floor is the drawing convention of planner.domain.seating.

    `locked`: the officer fixed this seat, so a new proposal keeps it. A lock is kept by the
    database; visit files carry no locks (their format has no key for it)."""

    table: str
    number: int
    person: str
    side: Side | None = None
    locked: bool = False

    @property
    def place(self) -> tuple[str, str, int]:
        """The seat itself, whoever sits on it: (table, side or "", number)."""
        return (self.table, self.side.value if self.side else "", self.number)


@dataclass(frozen=True)
class Seating:
    """Who sits where at an item (visit file `events[].seating`). Seats are kept in one
    order (by table as listed, then side, then number), so that two plans with the same
    seats are equal however they were built."""

    plan: SeatingKind
    tables: tuple[Table, ...] = ()
    seats: tuple[Seat, ...] = ()

    def __post_init__(self) -> None:
        tables = {table.key: number for number, table in enumerate(self.tables)}
        ordered = tuple(
            sorted(
                self.seats,
                key=lambda s: (tables.get(s.table, len(tables)), s.table, *s.place[1:], s.person),
            )
        )
        if ordered != self.seats:
            object.__setattr__(self, "seats", ordered)

    def table(self, key: str) -> Table:
        return next(table for table in self.tables if table.key == key)

    def seat_of(self, person: str) -> Seat | None:
        return next((seat for seat in self.seats if seat.person == person), None)

    def seat_at(self, place: tuple[str, str, int]) -> Seat | None:
        """Who sits at a place (`Seat.place`), if anyone."""
        return next((seat for seat in self.seats if seat.place == place), None)

    def at(self, table: str) -> tuple[Seat, ...]:
        """The seats taken at a table, in order of honour (at talks, each side's in turn)."""
        return tuple(seat for seat in self.seats if seat.table == table)


@dataclass(frozen=True)
class Event(Translated):
    """A programme item. Start and end are UTC instants, planned in their own zones.

    An all-day item starts at the first instant of its first day and ends at
    the first instant of the day after its last (exclusive), in `timezone`.
    A flight or transfer leaves from `venue` and ends at `destination` (venue keys), in
    `end_timezone` where that differs. `revision` rises with every saved change and
    `revised_at` is when the last one was saved; they are bookkeeping of the database
    (the calendar's SEQUENCE and DTSTAMP), not part of the item itself.
    """

    key: str
    kind: EventKind
    title: str
    start: datetime
    end: datetime
    timezone: str
    end_timezone: str | None = None
    all_day: bool = False
    venue: str | None = None
    status: EventStatus = EventStatus.CONFIRMED
    dress_code: str | None = None
    notes: str | None = None
    press: PressAccess = PressAccess.CLOSED
    participants: tuple[Participant, ...] = ()
    signing: Signing | None = None
    destination: str | None = None
    flight_number: str | None = None
    seating: Seating | None = None
    translations: tuple[Translation, ...] = ()
    revision: int = field(default=0, compare=False)
    revised_at: datetime | None = field(default=None, compare=False)

    @property
    def zone_of_end(self) -> str:
        return self.end_timezone or self.timezone

    @property
    def local_start(self) -> datetime:
        return zones.to_local(self.start, self.timezone)

    @property
    def local_end(self) -> datetime:
        return zones.to_local(self.end, self.zone_of_end)


# What each record may have in another language (visit file version 2, "Translations").
TRANSLATABLE: Mapping[type[Translated], tuple[str, ...]] = MappingProxyType(
    {
        Visit: ("title",),
        Person: ("name", "title", "short_title", "organization"),
        Venue: ("name", "address"),
        Event: ("title", "dress_code", "notes"),
        SigningDocument: ("title",),
        Table: ("name",),
    }
)


@dataclass(frozen=True)
class VisitPlan:
    """One visit, whole: what a visit file carries."""

    visit: Visit
    people: tuple[Person, ...] = ()
    venues: tuple[Venue, ...] = ()
    events: tuple[Event, ...] = ()

    def in_canonical_order(self) -> "VisitPlan":
        """People host side first, each side by precedence; venues by name; events by time.
        Ties go by key: the order is the plan's alone, whatever order it was built or
        stored in, so a visit saved and loaded again, or a change undone, lists the same."""
        return self._canonical

    @cached_property
    def _canonical(self) -> "VisitPlan":
        sides = {side: number for number, side in enumerate(Side)}
        return replace(
            self,
            people=tuple(sorted(self.people, key=lambda p: (sides[p.side], p.precedence))),
            venues=tuple(sorted(self.venues, key=lambda v: (v.name.casefold(), v.name, v.key))),
            events=tuple(sorted(self.events, key=lambda e: (e.start, e.end, e.key))),
        )

    # Each record by its key, made once per plan (read-only views: a plan never changes).

    @cached_property
    def people_by_key(self) -> Mapping[str, Person]:
        return MappingProxyType({person.key: person for person in self.people})

    @cached_property
    def venues_by_key(self) -> Mapping[str, Venue]:
        return MappingProxyType({venue.key: venue for venue in self.venues})

    @cached_property
    def events_by_key(self) -> Mapping[str, Event]:
        return MappingProxyType({event.key: event for event in self.events})

    @cached_property
    def precedence_rank(self) -> dict[str, int]:
        """Each person's place in one list of everyone: the host side first, by precedence."""
        ordered = self.in_canonical_order().people
        return {person.key: rank for rank, person in enumerate(ordered)}

    def person(self, key: str) -> Person:
        return self.people_by_key[key]

    def venue(self, key: str) -> Venue:
        return self.venues_by_key[key]

    def event(self, key: str) -> Event:
        return self.events_by_key[key]

    def arrival(self, person: Person) -> Movement | None:
        """When and where someone arrives, from their own entry or the item they travel on."""
        return self._movement(person.arrival, arriving=True)

    def departure(self, person: Person) -> Movement | None:
        return self._movement(person.departure, arriving=False)

    def _movement(self, entry: Movement | OnItem | None, *, arriving: bool) -> Movement | None:
        if not isinstance(entry, OnItem):
            return entry
        item = self.events_by_key.get(entry.event)
        if item is None:
            return None
        at, zone = (item.end, item.zone_of_end) if arriving else (item.start, item.timezone)
        return Movement(
            at, zone, item.flight_number, entry.terminal, entry.met_by, entry.notes, item.key
        )
