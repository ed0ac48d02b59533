"""Hypothesis strategies for whole, valid visits: every field, every vocabulary, awkward zones."""

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from hypothesis import assume
from hypothesis import strategies as st

from planner.domain import zones
from planner.domain.model import (
    FORM_NAMES,
    TRANSLATABLE,
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

# Zones with and without daylight saving, on both sides of the date line.
ZONES = [
    "Asia/Taipei",
    "Pacific/Majuro",
    "Europe/Berlin",
    "America/New_York",
    "Pacific/Auckland",
    "Australia/Lord_Howe",
    "America/Santiago",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "UTC",
]

zone_names = st.sampled_from(ZONES)
texts = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=24
).filter(str.strip)
multiline = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00\x7f"),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() and not any(ord(c) < 32 and c not in "\t\n\r" for c in t))
native = st.text(
    alphabet="蔡明彥夏季昌賴清德總統府圓山大飯店 Łódź Ñandú ʻŌlelo", min_size=1, max_size=8
).filter(str.strip)
countries = st.from_regex(r"[A-Z]{2}", fullmatch=True)
emails = st.from_regex(r"[a-z0-9.]{1,8}@[a-z]{1,8}\.(org|tw|mh)", fullmatch=True)
keys = st.from_regex(r"[a-z0-9][a-z0-9-]{0,15}", fullmatch=True)
LANGUAGES = ["en", "zh-Hant", "mh", "fr", "es-419", "zh-Hant-TW"]
# The visit's languages: the main one first, then up to two more.
language_lists = st.lists(st.sampled_from(LANGUAGES), min_size=1, max_size=3, unique=True).map(
    tuple
)
courtesies = st.sampled_from(["Mr.", "Ms.", "Mrs.", "Dr.", "Prof."]) | texts

R = TypeVar("R", Visit, Person, Venue, Event, SigningDocument, Table)


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def translated(draw: st.DrawFn, record: R, languages: tuple[str, ...]) -> R:
    """The record with some of the texts it has in some of the visit's other languages."""
    others = languages[1:]
    present = [
        name
        for name in TRANSLATABLE[type(record)]
        if name == "name" or getattr(record, name) is not None
    ]
    if not others or not present:
        return record
    chosen = draw(
        st.lists(
            st.tuples(st.sampled_from(others), st.sampled_from(present)), max_size=4, unique=True
        )
    )
    found = tuple(Translation(language, name, draw(native | texts)) for language, name in chosen)
    return replace(record, translations=found)


@st.composite
def overridden(draw: st.DrawFn, person: Person, languages: tuple[str, ...]) -> Person:
    """The person with some forms of address in the officer's words, in any of the visit's
    languages (the main one too), one per language and form."""
    chosen = draw(
        st.lists(
            st.tuples(st.sampled_from(languages), st.sampled_from(FORM_NAMES)),
            max_size=3,
            unique=True,
        )
    )
    found = tuple(
        FormOverride(language, form, draw(native | texts | multiline)) for language, form in chosen
    )
    return replace(person, form_overrides=found)


def without_form_overrides(plan: VisitPlan) -> VisitPlan:
    """The plan as its visit file carries it: without anyone's forms of address in the
    officer's words, which live in the database alone (docs/visit-file.md)."""
    return replace(plan, people=tuple(replace(person, form_overrides=()) for person in plan.people))


@st.composite
def local_times(draw: st.DrawFn, first: date, days: int = 8) -> datetime:
    day = first + timedelta(days=draw(st.integers(-1, days)))
    minute = draw(st.integers(0, 24 * 60 - 1))
    second = draw(st.sampled_from([0, 0, 0, 30]))
    return datetime(day.year, day.month, day.day) + timedelta(minutes=minute, seconds=second)


@st.composite
def instants(draw: st.DrawFn, first: date, zone: str) -> datetime:
    local = draw(local_times(first))
    try:
        return zones.to_instant(local, zone)
    except zones.NonexistentLocalTime:
        assume(False)
        raise


@st.composite
def visits(draw: st.DrawFn) -> Visit:
    start = draw(st.dates(date(1990, 1, 1), date(2150, 12, 31)))
    organizer = draw(optional(st.builds(Organizer, texts, optional(emails))))
    visit = Visit(
        key=draw(keys),
        title=draw(texts),
        direction=draw(st.sampled_from(Direction)),
        host_country=draw(countries),
        guest_country=draw(countries),
        start_date=start,
        end_date=start + timedelta(days=draw(st.integers(0, 10))),
        timezone=draw(zone_names),
        kind=draw(st.sampled_from(VisitKind)),
        organizer=organizer,
        notes=draw(optional(multiline)),
        languages=draw(language_lists),
    )
    return draw(translated(visit, visit.languages))


@st.composite
def movements(draw: st.DrawFn, first: date) -> Movement:
    zone = draw(zone_names)
    return Movement(
        draw(instants(first, zone)),
        zone,
        draw(optional(texts)),
        terminal=draw(optional(texts)),
        notes=draw(optional(multiline)),
    )


@st.composite
def people(draw: st.DrawFn, visit: Visit) -> tuple[Person, ...]:
    person_keys = draw(st.lists(texts, min_size=0, max_size=6, unique=True))
    result = []
    for key in person_keys:
        side = draw(st.sampled_from(Side))
        person = Person(
            key=key,
            given_name=draw(texts),
            family_name=draw(st.just("") | texts),
            title=draw(texts),
            country=draw(countries),
            side=side,
            delegation_role=draw(st.sampled_from(DelegationRole)),
            precedence=0,  # set below, unique per side
            native_name=draw(optional(native)),
            name_order=draw(st.sampled_from(NameOrder)),
            honorific=draw(optional(texts)),
            organization=draw(optional(texts)),
            email=draw(optional(emails)),
            phone=draw(optional(texts)),
            dietary=draw(optional(multiline)),
            medical=draw(optional(multiline)),
            notes=draw(optional(multiline)),
            arrival=draw(optional(movements(visit.start_date))),
            departure=draw(optional(movements(visit.end_date))),
            short_title=draw(optional(texts)),
            courtesy=draw(optional(courtesies)),
        )
        person = draw(translated(person, visit.languages))
        result.append(draw(overridden(person, visit.languages)))
    ranks = {side: draw(st.permutations(range(1, 1 + len(result)))) for side in Side}
    return tuple(
        Person(**{**person.__dict__, "precedence": ranks[person.side][index]})
        for index, person in enumerate(result)
    )


@st.composite
def venues(draw: st.DrawFn, languages: tuple[str, ...] = ("en",)) -> tuple[Venue, ...]:
    result = []
    for key in draw(st.lists(texts, max_size=3, unique=True)):
        located = draw(st.booleans())
        venue = Venue(
            key=key,
            name=draw(texts),
            timezone=draw(zone_names),
            native_name=draw(optional(native)),
            address=draw(optional(multiline)),
            latitude=draw(st.floats(-90, 90)) if located else None,
            longitude=draw(st.floats(-180, 180)) if located else None,
            notes=draw(optional(multiline)),
            country=draw(optional(countries)),
            kind=draw(optional(st.sampled_from(VenueKind))),
            city=draw(optional(texts)),
        )
        result.append(draw(translated(venue, languages)))
    return tuple(result)


@st.composite
def signings(
    draw: st.DrawFn,
    participants: tuple[Participant, ...],
    everyone: list[str],
    languages: tuple[str, ...] = ("en",),
) -> Signing:
    signers = [p.person for p in participants if p.role is ParticipantRole.SIGNATORY]
    # Each signatory a turn of their own: in the order listed, or in any order of turns.
    turns = draw(
        st.one_of(
            st.just(list(range(1, len(signers) + 1))),
            st.lists(st.integers(1, 9), min_size=len(signers), max_size=len(signers), unique=True),
        )
    )
    signatories = []
    for person, turn in zip(signers, turns, strict=True):
        authority = draw(st.sampled_from(SigningAuthority))
        designators = [key for key in everyone if key != person]
        designated = authority is SigningAuthority.DESIGNATION and designators
        with_full_powers = authority is SigningAuthority.FULL_POWERS
        signatories.append(
            Signatory(
                person=person,
                on_behalf_of=draw(countries),
                order=turn,
                authority=authority,
                designated_by=draw(optional(st.sampled_from(designators))) if designated else None,
                full_powers=draw(
                    st.sampled_from(
                        [
                            f
                            for f in FullPowers
                            if not (with_full_powers and f is FullPowers.NOT_NEEDED)
                        ]
                    )
                ),
                assistant=draw(optional(st.sampled_from(everyone))),
            )
        )
    documents = draw(
        st.lists(
            st.builds(
                SigningDocument,
                texts,
                st.sampled_from(DocumentKind),
                st.lists(st.sampled_from(["en", "zh-Hant", "mh", "fr"]), max_size=3).map(tuple),
                st.integers(1, 4),
            ),
            max_size=2,
        )
    )
    documents = [draw(translated(document, languages)) for document in documents]
    attending = [p.person for p in participants]
    witnesses = draw(st.lists(st.sampled_from(attending), unique=True)) if attending else []
    return Signing(tuple(documents), tuple(signatories), tuple(witnesses))


# The plans that are one table (the rules: planner.domain.validation).
ONE_TABLE = (SeatingKind.FACING, SeatingKind.LONG, SeatingKind.U_SHAPE)


@st.composite
def seatings(
    draw: st.DrawFn, participants: tuple[Participant, ...], languages: tuple[str, ...] = ("en",)
) -> Seating:
    """A plan the rules accept: one table for talks, a long table or a U, any number of
    round tables or rows, each seating from 1 to 12 (or the most a table may, 500); some of
    the item's participants seated, each once, each seat taken once, by side at talks.
    Unlocked: visit files carry no locks, and these plans go through files."""
    plan = draw(st.sampled_from(SeatingKind))
    count = 1 if plan in ONE_TABLE else draw(st.integers(0, 3))
    tables = []
    for key in draw(st.lists(texts, min_size=count, max_size=count, unique=True)):
        table = Table(key, draw(native | texts), draw(st.integers(1, 12) | st.just(500)))
        tables.append(draw(translated(table, languages)))
    sides: tuple[Side | None, ...] = tuple(Side) if plan is SeatingKind.FACING else (None,)
    places = [
        (table.key, side, number)
        for table in tables
        for side in sides
        for number in range(1, min(table.seats, 14) + 1)
    ]
    people = [participant.person for participant in participants]
    if not places or not people:
        return Seating(plan, tuple(tables))
    taken = draw(st.lists(st.sampled_from(places), max_size=len(people), unique=True))
    seated = draw(st.permutations(people))
    seats = (
        Seat(table, number, person, side)
        for (table, side, number), person in zip(taken, seated, strict=False)
    )
    return Seating(plan, tuple(tables), tuple(seats))


@st.composite
def events(
    draw: st.DrawFn, visit: Visit, persons: tuple[Person, ...], places: tuple[Venue, ...]
) -> tuple[Event, ...]:
    everyone = [p.key for p in persons]
    result = []
    for key in draw(st.lists(texts, max_size=5, unique=True)):
        kind = draw(st.sampled_from(EventKind))
        venue = draw(optional(st.sampled_from(places))) if places else None
        zone = draw(zone_names)
        all_day = draw(st.integers(0, 5)) == 0
        end_zone = (
            None if all_day else draw(optional(st.sampled_from([z for z in ZONES if z != zone])))
        )
        if all_day:
            first = visit.start_date + timedelta(days=draw(st.integers(0, 6)))
            start = zones.start_of_day(first, zone)
            end = zones.start_of_day(first + timedelta(days=draw(st.integers(1, 3))), zone)
        else:
            start = draw(instants(visit.start_date, zone))
            end = start + timedelta(minutes=draw(st.integers(1, 3 * 24 * 60)))
            # A wall time in the repeated hour reads back as its first occurrence.
            local_end = zones.to_local(end, end_zone or zone)
            assume(zones.to_instant(local_end, end_zone or zone) == end)
        chosen = draw(st.lists(st.sampled_from(everyone), unique=True)) if everyone else []
        participants = tuple(
            Participant(person, draw(st.sampled_from(ParticipantRole))) for person in chosen
        )
        signing = None
        if kind is EventKind.SIGNING and draw(st.booleans()):
            signing = (
                draw(signings(participants, everyone, visit.languages)) if everyone else Signing()
            )
        seating = draw(optional(seatings(participants, visit.languages)))
        event = Event(
            key=key,
            kind=kind,
            title=draw(texts),
            start=start,
            end=end,
            timezone=zone,
            end_timezone=end_zone,
            all_day=all_day,
            venue=venue.key if venue else None,
            status=draw(st.sampled_from(EventStatus)),
            dress_code=draw(optional(texts)),
            notes=draw(optional(multiline)),
            press=draw(st.sampled_from(PressAccess)),
            participants=participants,
            signing=signing,
            destination=draw(optional(st.sampled_from([v.key for v in places])))
            if places and kind.travels
            else None,
            flight_number=draw(optional(texts)) if kind is EventKind.FLIGHT else None,
            seating=seating,
        )
        result.append(draw(translated(event, visit.languages)))
    return tuple(result)


@st.composite
def travelling(
    draw: st.DrawFn, persons: tuple[Person, ...], items: tuple[Event, ...]
) -> tuple[Person, ...]:
    """Some people arrive or leave on an item they take part in, met by someone."""
    everyone = [p.key for p in persons]
    result = []
    for person in persons:
        theirs = [
            e.key
            for e in items
            if e.kind.carries_people and any(p.person == person.key for p in e.participants)
        ]
        on_an_item: bool = draw(st.booleans())
        if theirs and on_an_item:
            on_item = OnItem(
                draw(st.sampled_from(theirs)),
                terminal=draw(optional(texts)),
                met_by=draw(optional(st.sampled_from(everyone))),
                notes=draw(optional(multiline)),
            )
            person = replace(person, arrival=on_item)
        result.append(person)
    return tuple(result)


@st.composite
def visit_plans(draw: st.DrawFn) -> VisitPlan:
    visit = draw(visits())
    persons = draw(people(visit))
    places = draw(venues(visit.languages))
    items = draw(events(visit, persons, places))
    return VisitPlan(visit, draw(travelling(persons, items)), places, items)
