"""Whether a visit can be kept: every rule a plan must hold, in one place.

A `Flaw` refuses. A save, a visit file, a people list and a dialog's OK all stop at the same
flaws, found here: a reference to no one, an item that ends before it starts, two people in
one place of precedence, a signatory designated by themself. What a plan may hold but an
officer should hear about — two items at once, a designation nobody has named yet, a signing
left on a cancelled item — is a `Finding` of `planner.domain.checks`, listed and never refused.

Each flaw names its record by kind and key (`event "signing-loi": ends before it starts`) and
the field within it as a path of names and positions, ``("signing", "signatories", 1,
"on_behalf_of")``: a visit file turns that into its JSON path, the window into the item's
title and the field's label.
"""

import re
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import partial
from typing import TypeVar

from planner.domain import zones
from planner.domain.errors import SaveFailed
from planner.domain.labels import (
    EVENT_KIND,
    FIELD_CONTEXT,
    FIELD_LABELS,
    QT_TRANSLATE_NOOP,
    SEATING_KIND,
    SIDE,
)
from planner.domain.messages import Message, Translate, Value, Word, english
from planner.domain.model import (
    FORM_NAMES,
    TRANSLATABLE,
    Event,
    Movement,
    OnItem,
    Person,
    Seat,
    Seating,
    Signing,
    SigningDocument,
    Table,
    Translated,
    Venue,
    Visit,
    VisitPlan,
)
from planner.domain.names import display_name
from planner.domain.rules import CONTROL, COUNTRY, EMAIL, MAX_TEXT
from planner.domain.vocab import (
    EventKind,
    FullPowers,
    ParticipantRole,
    SeatingKind,
    Side,
    SigningAuthority,
)

MAX_KEY = 100
MAX_PRECEDENCE = 1_000_000
MAX_LANGUAGE_TAG = 35
# The most seats a table (or a theatre row) of a seating plan may have: far beyond any
# banquet's longest table, and a bound on what a mistyped number can make a drawing hold.
MAX_SEATS = 500
# The plans that are one table: talks across it, one long table, a U.
ONE_TABLE = frozenset({SeatingKind.FACING, SeatingKind.LONG, SeatingKind.U_SHAPE})
VISIT_KEY = re.compile(r"[a-z0-9][a-z0-9-]*")
# A well-formed BCP 47 tag (RFC 5646 "langtag", case-insensitive): language with extended
# subtags, script, region, variants, extensions, private use. `en`, `zh-Hant`, `zh-Hant-TW`,
# `mh`, `es-419`. Whether a registry knows each subtag is not checked.
LANGUAGE_TAG = re.compile(
    r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
    r"(?:-[a-z]{4})?"
    r"(?:-(?:[a-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
    r"(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"
    r"(?:-x(?:-[a-z0-9]{1,8})+)?",
    re.IGNORECASE,
)

Part = str | int
_Keyed = TypeVar("_Keyed", Person, Venue, Event)


class Record(StrEnum):
    VISIT = "visit"
    PERSON = "person"
    VENUE = "venue"
    EVENT = "event"


# How the window names a record: "Item “Dinner”, End: …" (the fields: labels.FIELD_LABELS).
RECORD_CONTEXT = "Record"
RECORD_WORDS = {
    Record.VISIT: QT_TRANSLATE_NOOP("Record", "Visit"),
    Record.PERSON: QT_TRANSLATE_NOOP("Record", "Person"),
    Record.VENUE: QT_TRANSLATE_NOOP("Record", "Venue"),
    Record.EVENT: QT_TRANSLATE_NOOP("Record", "Item"),
}
# A record within a sentence: `"lee" is not the key of any person of this visit`.
RECORD_NOUNS = {
    Record.VISIT: QT_TRANSLATE_NOOP("Record", "visit"),
    Record.PERSON: QT_TRANSLATE_NOOP("Record", "person"),
    Record.VENUE: QT_TRANSLATE_NOOP("Record", "venue"),
    Record.EVENT: QT_TRANSLATE_NOOP("Record", "item"),
}
FLAW = "Flaw"  # the context of the flaws' templates


def _says(template: str, **values: Value) -> Message:
    return Message(FLAW, template, values)


@dataclass(frozen=True)
class Flaw:
    """One rule a plan breaks, in one record; such a plan is not kept."""

    record: Record
    key: str
    label: str  # what the officer calls the record: the item's title, the person's name
    path: tuple[Part, ...]  # where in the record: ("end",), ("participants", 3, "person")
    message: str
    # A reference to a record the plan does not hold: its kind and key. A visit file leaves
    # out those whose record it could not read (that record's own problems are listed).
    missing: tuple["Record", str] | None = None
    # Where the record is in its list of the plan (people, venues or events), if known.
    position: int | None = None
    # The message as a template and its values, to say it in another language (`text`).
    wording: Message | None = field(default=None, compare=False, repr=False)

    @property
    def field(self) -> str:
        return str(self.path[0]) if self.path else ""

    def __str__(self) -> str:
        return f'{self.record} "{self.key}": {self.message}'

    def text(self, translate: Translate = english) -> str:
        """The message in the language of `translate` (see planner.domain.messages)."""
        if self.wording is None or translate is english:
            return self.message
        return self.wording.text(translate)

    def for_window(self, translate: Translate = english) -> str:
        """The record by its name and the field by its label, as a dialog says them; in the
        language of `translate`, the record's name as the officer wrote it."""
        known = FIELD_LABELS.get(self.field)
        label: Value = (
            Word(FIELD_CONTEXT, known)
            if known is not None
            else self.field.replace("_", " ").capitalize()
        )
        template = (
            QT_TRANSLATE_NOOP("Flaw", "{record} “{label}”, {field}: {message}")
            if label
            else QT_TRANSLATE_NOOP("Flaw", "{record} “{label}”: {message}")
        )
        return _says(
            template,
            record=Word(RECORD_CONTEXT, RECORD_WORDS[self.record]),
            label=self.label,
            field=label,
            message=self.text(translate),
        ).text(translate)


class InvalidPlan(SaveFailed):
    """A plan that breaks the rules, not kept; each flaw named by its record and field."""

    SHOWN = 5

    def __init__(self, found: list[Flaw]) -> None:
        self.flaws = found
        super().__init__(self.for_window())

    def for_window(self, translate: Translate = english) -> str:
        """What the window says, in its language when given its `translate`."""
        lines = [flaw.for_window(translate) for flaw in self.flaws[: self.SHOWN]]
        if len(self.flaws) > self.SHOWN:
            more = _says(
                QT_TRANSLATE_NOOP("Flaw", "and {count} more"),
                count=str(len(self.flaws) - self.SHOWN),
            )
            lines.append(more.text(translate))
        heading = _says(QT_TRANSLATE_NOOP("Flaw", "This cannot be saved:")).text(translate)
        return heading + "\n" + "\n".join(lines)


def flaws(plan: VisitPlan, *, since: VisitPlan | None = None) -> list[Flaw]:
    """Every rule `plan` breaks, visit first, then people, venues and items in plan order.

    With `since` (a plan known to break none), the rules about one record alone are checked
    only for records that are not the very same values as there: a save checks what changed,
    and every rule that ties records together, whatever the size of the visit.
    """
    found: list[Flaw] = []
    if since is not None and plan.visit.languages != since.visit.languages:
        since = None  # every record's translations are measured against the languages anew
    if since is None or plan.visit is not since.visit:
        found += visit_flaws(plan.visit)
    found += _people_flaws(plan, since)
    found += _venue_flaws(plan, since)
    found += _event_flaws(plan, since)
    return found


def visit_flaws(visit: Visit) -> list[Flaw]:
    out = _Out(Record.VISIT, visit.key, visit.title or visit.key, None)
    if len(visit.key) > MAX_KEY or not VISIT_KEY.fullmatch(visit.key):
        out.add(
            ("key",),
            _says(
                QT_TRANSLATE_NOOP(
                    "Flaw",
                    '"{key}" is not a key of lowercase letters, digits and hyphens, starting '
                    "with a letter or digit (at most {most})",
                ),
                key=visit.key,
                most=str(MAX_KEY),
            ),
        )
    out.required("title", visit.title)
    out.country("host_country", visit.host_country)
    out.country("guest_country", visit.guest_country)
    if visit.end_date < visit.start_date:
        out.add(
            ("end_date",),
            _says(
                QT_TRANSLATE_NOOP("Flaw", "ends before it starts ({start})"),
                start=visit.start_date.isoformat(),
            ),
        )
    out.zone(("timezone",), visit.timezone)
    if visit.organizer is not None:
        out.required("name", visit.organizer.name, ("organizer",))
        out.email(("organizer", "email"), visit.organizer.email)
    out.texts(visit, ("notes",))
    _languages(out, visit.languages)
    out.translations(visit, visit.languages)
    return out.flaws


def _languages(out: "_Out", languages: tuple[str, ...]) -> None:
    """The visit's languages: at least one, each a tag, none twice."""
    if not languages:
        out.add(
            ("languages",),
            _says(
                QT_TRANSLATE_NOOP("Flaw", 'names no language: at least the main one, like ["en"]')
            ),
        )
    seen: dict[str, str] = {}
    for index, language in enumerate(languages):
        if len(language) > MAX_LANGUAGE_TAG or not LANGUAGE_TAG.fullmatch(language):
            out.add(("languages", index), _not_a_language(language))
        elif language.casefold() in seen:
            out.add(
                ("languages", index),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", '"{language}" is listed already'), language=language
                ),
            )
        seen.setdefault(language.casefold(), language)


def person_flaws(
    person: Person, position: int | None = None, *, languages: tuple[str, ...] | None = None
) -> list[Flaw]:
    """The rules about someone alone: a name, a post, a country, a place in the order. With
    `languages` (the visit's), their translations are in those languages."""
    out = _Out(Record.PERSON, person.key, partial(_person_label, person), position)
    out.key(person.key)
    out.required("given_name", person.given_name)
    out.required("title", person.title)
    out.country("country", person.country)
    if not 1 <= person.precedence <= MAX_PRECEDENCE:
        out.add(
            ("precedence",),
            _says(
                QT_TRANSLATE_NOOP("Flaw", "is {precedence}: a place from 1 to {most}"),
                precedence=str(person.precedence),
                most=f"{MAX_PRECEDENCE:,}",
            ),
        )
    out.email(("email",), person.email)
    out.texts(person, PERSON_TEXTS)
    for name in ("arrival", "departure"):
        entry = getattr(person, name)
        if entry is not None:
            out.texts(entry, ("terminal", "notes"), (name,))
        if isinstance(entry, Movement):
            out.zone((name, "timezone"), entry.timezone)
            out.texts(entry, ("flight",), (name,))
    out.translations(person, languages)
    _form_overrides(out, person, languages)
    return out.flaws


def _form_overrides(out: "_Out", person: Person, languages: tuple[str, ...] | None) -> None:
    """Forms of address in the officer's own words: each one of the four forms, in one of
    the visit's languages (when known; the main one too: its forms are made as well), not
    empty, and one per language and form."""
    given: set[tuple[str, str]] = set()
    for override in person.form_overrides:
        language, form = override.language, override.form
        at: tuple[Part, ...] = ("form_overrides", language, form)
        if form not in FORM_NAMES:
            out.add(
                at,
                _says(
                    QT_TRANSLATE_NOOP("Flaw", '"{form}" is not a form of address (only {only})'),
                    form=form,
                    only=", ".join(FORM_NAMES),
                ),
            )
            continue
        problem = _unlisted_language(language, languages) if languages is not None else None
        if problem is not None:
            out.add(at, problem)
        elif (language, form) in given:
            out.add(at, _says(QT_TRANSLATE_NOOP("Flaw", "is given more than once")))
        else:
            out.required(form, override.text, at[:2])
        given.add((language, form))


PERSON_TEXTS: tuple[str, ...] = ("family_name", "native_name", "honorific", "organization")
PERSON_TEXTS += ("phone", "dietary", "medical", "notes", "short_title", "courtesy")


def venue_flaws(
    venue: Venue, position: int | None = None, *, languages: tuple[str, ...] | None = None
) -> list[Flaw]:
    out = _Out(Record.VENUE, venue.key, venue.name or venue.key, position)
    out.key(venue.key)
    out.required("name", venue.name)
    out.zone(("timezone",), venue.timezone)
    if (venue.latitude is None) != (venue.longitude is None):
        missing = "longitude" if venue.longitude is None else "latitude"
        out.add(
            (missing,),
            _says(QT_TRANSLATE_NOOP("Flaw", "is required when the other coordinate is given")),
        )
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = getattr(venue, name)
        if value is not None and not -limit <= value <= limit:
            out.add(
                (name,),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", "is {value}: it lies from {lowest} to {highest} degrees"
                    ),
                    value=f"{value:g}",
                    lowest=str(-limit),
                    highest=str(limit),
                ),
            )
    if venue.country is not None:
        out.country("country", venue.country)
    out.texts(venue, ("native_name", "address", "notes", "city"))
    out.translations(venue, languages)
    return out.flaws


def event_flaws(
    event: Event,
    position: int | None = None,
    who: Callable[[str], str] | None = None,
    *,
    languages: tuple[str, ...] | None = None,
) -> list[Flaw]:
    """The rules about an item alone: its times, zones, texts, and the shape of its signing.
    With `languages` (the visit's), its translations and its documents' are in those."""
    out = _Out(Record.EVENT, event.key, event.title or event.key, position, who)
    out.key(event.key)
    out.required("title", event.title)
    zones_known = out.zone(("timezone",), event.timezone)
    if event.end_timezone is not None:
        zones_known = out.zone(("end_timezone",), event.end_timezone) and zones_known
    if event.all_day and event.end_timezone not in (None, event.timezone):
        out.add(("end_timezone",), _says(QT_TRANSLATE_NOOP("Flaw", "an all-day item has one zone")))
    if event.end <= event.start:
        out.add(
            ("end",),
            _not_after(event)
            if zones_known
            else _says(QT_TRANSLATE_NOOP("Flaw", "is not after the start")),
        )
    out.texts(event, ("dress_code", "notes", "flight_number"))
    out.translations(event, languages)
    seen: set[str] = set()
    for index, participant in enumerate(event.participants):
        if participant.person in seen:
            out.add(
                ("participants", index, "person"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} is already a participant"),
                    who=out.who(participant.person),
                ),
            )
        seen.add(participant.person)
    if event.signing is not None:
        if event.kind is not EventKind.SIGNING:
            out.add(
                ("signing",),
                _says(QT_TRANSLATE_NOOP("Flaw", 'only an item of kind "signing" has a signing')),
            )
        _signing_shape(out, event.signing, languages)
    if event.seating is not None:
        _seating_shape(out, event.seating, languages)
    return out.flaws


def _not_after(event: Event) -> Message:
    """The end and the start in ISO form: the same in every language."""
    if event.all_day:
        return _says(
            QT_TRANSLATE_NOOP("Flaw", "is not after the start ({day})"),
            day=event.local_start.date().isoformat(),
        )
    end, start = event.local_end, event.local_start
    return _says(
        QT_TRANSLATE_NOOP("Flaw", "{end} ({end_zone}) is not after the start, {start} ({zone})"),
        end=end.isoformat(timespec="minutes"),
        end_zone=event.zone_of_end,
        start=start.isoformat(timespec="minutes"),
        zone=event.timezone,
    )


def _not_a_language(language: str) -> Message:
    return _says(
        QT_TRANSLATE_NOOP("Flaw", '"{language}" is not a language tag like "en" or "zh-Hant"'),
        language=language,
    )


def item_flaws(plan: VisitPlan, event: Event) -> list[Flaw]:
    """What keeps `event` out of `plan` (in place of the item of its key, or added): its
    own rules, and those tying it to the plan's people and venues."""
    who = _namer(plan)
    own = event_flaws(event, None, who, languages=plan.visit.languages)
    return own + _event_references(plan, event, None, who)


# Rules that tie records together, for every record at each call.


def _people_flaws(plan: VisitPlan, before: VisitPlan | None) -> Iterator[Flaw]:
    if before is not None and plan.people is before.people and plan.events is before.events:
        return  # neither anyone nor the items they travel on changed
    old = before.people_by_key if before is not None else {}
    yield from _unique_keys(Record.PERSON, plan.people, plan.people_by_key, _person_label)
    places: dict[tuple[object, int], Person] = {}
    events = plan.events_by_key
    who = _namer(plan)
    for position, person in enumerate(plan.people):
        if old.get(person.key) is not person:
            yield from person_flaws(person, position, languages=plan.visit.languages)
        out = _Out(Record.PERSON, person.key, partial(_person_label, person), position, who)
        slot = (person.side, person.precedence)
        if slot in places:
            out.add(
                ("precedence",),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", "{precedence} on the {side} side is already the place of {name}"
                    ),
                    precedence=str(person.precedence),
                    side=Word("Side", SIDE[person.side], person.side.value),
                    name=_person_label(places[slot]),
                ),
            )
        else:
            places[slot] = person
        for name in ("arrival", "departure"):
            entry = getattr(person, name)
            if entry is None:
                continue
            if entry.met_by is not None and entry.met_by not in plan.people_by_key:
                out.reference((name, "met_by"), entry.met_by, Record.PERSON)
            if isinstance(entry, OnItem):
                _travel(out, person, name, entry, events)
        yield from out.flaws


def _travel(
    out: "_Out", person: Person, name: str, entry: OnItem, events: Mapping[str, Event]
) -> None:
    """Someone arriving or leaving on an item is on it: the item carries people, with them."""
    where = (name, "event")
    item = events.get(entry.event)
    if item is None:
        out.reference(where, entry.event, Record.EVENT)
    elif not item.kind.carries_people:
        out.add(
            where,
            _says(
                QT_TRANSLATE_NOOP(
                    "Flaw",
                    "“{title}” is a {kind}: people arrive and leave on a flight, a transfer, an "
                    "arrival or a departure",
                ),
                title=item.title,
                kind=Word("EventKind", EVENT_KIND[item.kind], item.kind.value),
            ),
        )
    elif not any(p.person == person.key for p in item.participants):
        out.add(
            where,
            _says(
                QT_TRANSLATE_NOOP(
                    "Flaw", "{who} travels on “{title}” but is not a participant of it"
                ),
                who=out.who(person.key),
                title=item.title,
            ),
        )


def _venue_flaws(plan: VisitPlan, before: VisitPlan | None) -> Iterator[Flaw]:
    old = before.venues_by_key if before is not None else {}
    yield from _unique_keys(
        Record.VENUE, plan.venues, plan.venues_by_key, lambda v: v.name or v.key
    )
    for position, venue in enumerate(plan.venues):
        if old.get(venue.key) is not venue:
            yield from venue_flaws(venue, position, languages=plan.visit.languages)


def _event_flaws(plan: VisitPlan, before: VisitPlan | None) -> Iterator[Flaw]:
    old = before.events_by_key if before is not None else {}
    # An item as it was refers to no one gone while the same people and venues are there.
    same_keys = (
        before is not None
        and plan.people_by_key.keys() == before.people_by_key.keys()
        and plan.venues_by_key.keys() == before.venues_by_key.keys()
    )
    if same_keys and before is not None and plan.events is before.events:
        return  # the same items, referring to the same people and venues
    yield from _unique_keys(
        Record.EVENT, plan.events, plan.events_by_key, lambda e: e.title or e.key
    )
    who = _namer(plan)
    for position, event in enumerate(plan.events):
        if old.get(event.key) is not event:
            yield from event_flaws(event, position, who, languages=plan.visit.languages)
        elif same_keys:
            continue
        yield from _event_references(plan, event, position, who)


def _event_references(
    plan: VisitPlan, event: Event, position: int | None, who: Callable[[str], str]
) -> list[Flaw]:
    """An item's venues and people are the visit's; its signatories and witnesses are at it."""
    out = _Out(Record.EVENT, event.key, event.title or event.key, position, who)
    people, venues = plan.people_by_key, plan.venues_by_key
    for name in ("venue", "destination"):
        key = getattr(event, name)
        if key is not None and key not in venues:
            out.reference((name,), key, Record.VENUE)
    for index, participant in enumerate(event.participants):
        if participant.person not in people:
            out.reference(("participants", index, "person"), participant.person, Record.PERSON)
    if event.signing is not None:
        _signing_people(out, plan, event)
    if event.seating is not None:
        _seated_people(out, plan, event)
    return out.flaws


def _signing_shape(out: "_Out", signing: Signing, languages: tuple[str, ...] | None) -> None:
    """A signing's own rules: its instruments, turns and authorities agree with themselves."""
    for index, document in enumerate(signing.documents):
        _document(out, ("signing", "documents", index), document, languages)
    turns = Counter(signatory.order for signatory in signing.signatories)
    signers = Counter(signatory.person for signatory in signing.signatories)
    for index, signatory in enumerate(signing.signatories):
        where: tuple[Part, ...] = ("signing", "signatories", index)
        who = partial(out.who, signatory.person)
        if signers[signatory.person] > 1:
            out.add(
                (*where, "person"),
                _says(QT_TRANSLATE_NOOP("Flaw", "{who} signs more than once"), who=who()),
            )
        if not signatory.on_behalf_of:
            out.add(
                (*where, "on_behalf_of"),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", "{who} signs for no country: choose the country they sign for"
                    ),
                    who=who(),
                ),
            )
        elif not COUNTRY.fullmatch(signatory.on_behalf_of):
            out.add(
                (*where, "on_behalf_of"),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw",
                        '{who} signs for "{country}", which is not a two-letter country code '
                        "(TW, MH)",
                    ),
                    who=who(),
                    country=signatory.on_behalf_of,
                ),
            )
        if signatory.order < 1:
            out.add(
                (*where, "order"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "turn {turn}: turns count from 1"),
                    turn=str(signatory.order),
                ),
            )
        elif turns[signatory.order] > 1:
            out.add(
                (*where, "order"),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", "two signatories sign in turn {turn}: give each its own"
                    ),
                    turn=str(signatory.order),
                ),
            )
        if signatory.designated_by is not None:
            if signatory.authority is not SigningAuthority.DESIGNATION:
                out.add(
                    (*where, "designated_by"),
                    _says(QT_TRANSLATE_NOOP("Flaw", 'goes only with authority "designation"')),
                )
            elif signatory.designated_by == signatory.person:
                out.add(
                    (*where, "designated_by"),
                    _says(
                        QT_TRANSLATE_NOOP("Flaw", "{who} cannot be designated by themself"),
                        who=who(),
                    ),
                )
        if (
            signatory.authority is SigningAuthority.FULL_POWERS
            and signatory.full_powers is FullPowers.NOT_NEEDED
        ):
            out.add(
                (*where, "full_powers"),
                _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", '{who} signs with full powers: they cannot be "not needed"'
                    ),
                    who=who(),
                ),
            )
    seen: set[str] = set()
    for index, witness in enumerate(signing.witnesses):
        if witness in seen:
            out.add(
                ("signing", "witnesses", index),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} is a witness more than once"),
                    who=out.who(witness),
                ),
            )
        seen.add(witness)


def _signing_people(out: "_Out", plan: VisitPlan, event: Event) -> None:
    """Everyone a signing names is in the visit; signatories and witnesses are at the item."""
    assert event.signing is not None
    people = plan.people_by_key
    roles: dict[str, ParticipantRole] = {}
    for participant in event.participants:
        roles.setdefault(participant.person, participant.role)
    for index, signatory in enumerate(event.signing.signatories):
        where: tuple[Part, ...] = ("signing", "signatories", index)
        if signatory.person not in people:
            out.reference((*where, "person"), signatory.person, Record.PERSON)
        elif roles.get(signatory.person) is not ParticipantRole.SIGNATORY:
            out.add(
                (*where, "person"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} signs but is not at the item as a signatory"),
                    who=out.who(signatory.person),
                ),
            )
        for name in ("designated_by", "assistant"):
            key = getattr(signatory, name)
            if key is not None and key not in people:
                out.reference((*where, name), key, Record.PERSON)
    for index, witness in enumerate(event.signing.witnesses):
        where = ("signing", "witnesses", index)
        if witness not in people:
            out.reference(where, witness, Record.PERSON)
        elif witness not in roles:
            out.add(
                where,
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} witnesses but is not at the item"),
                    who=out.who(witness),
                ),
            )


def _document(
    out: "_Out",
    where: tuple[Part, ...],
    document: SigningDocument,
    languages: tuple[str, ...] | None,
) -> None:
    out.required("title", document.title, where)
    out.translations(document, languages, where)
    if document.copies < 1:
        out.add(
            (*where, "copies"),
            _says(
                QT_TRANSLATE_NOOP("Flaw", "{copies} originals: at least one is signed"),
                copies=str(document.copies),
            ),
        )
    for index, language in enumerate(document.languages):
        if not language.strip() or len(language) > MAX_LANGUAGE_TAG:
            out.add((*where, "languages", index), _not_a_language(language))


def _plan_word(plan: SeatingKind) -> Word:
    """A kind of seating plan within a sentence: `"facing"` in English, as a file writes it;
    its label in another language."""
    return Word("SeatingKind", SEATING_KIND[plan], f'"{plan.value}"')


def _seating_shape(out: "_Out", seating: Seating, languages: tuple[str, ...] | None) -> None:
    """A seating plan's own rules: its tables well made (`_tables`), and each seat at a
    table of the plan, numbered within the table's seats, on a side at talks and only there,
    taken by one person, who sits once."""
    tables = _tables(out, seating, languages)
    places: dict[tuple[str, str, int], str] = {}
    seated: set[str] = set()
    for index, seat in enumerate(seating.seats):
        at: tuple[Part, ...] = ("seating", "seats", index)
        _seat_place(out, seating.plan, seat.side, at)
        _seat_number(out, seat, tables.get(seat.table), places, at)
        places.setdefault(seat.place, seat.person)
        if seat.person in seated:
            out.add(
                (*at, "person"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} has a seat at this item already"),
                    who=out.who(seat.person),
                ),
            )
        seated.add(seat.person)


def _tables(out: "_Out", seating: Seating, languages: tuple[str, ...] | None) -> dict[str, Table]:
    """A plan's tables, each under a key of its own, named, seating 1 to MAX_SEATS; one
    table where the plan is one table. Returns the tables by key (the first of a key)."""
    tables: dict[str, Table] = {}
    for index, table in enumerate(seating.tables):
        at: tuple[Part, ...] = ("seating", "tables", index)
        out.key(table.key, at)
        earlier = tables.setdefault(table.key, table)
        if earlier is not table:
            out.add(
                (*at, "key"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", '"{key}" is already the key of {name}'),
                    key=table.key,
                    name=earlier.name or earlier.key,
                ),
            )
        out.required("name", table.name, at)
        if not 1 <= table.seats <= MAX_SEATS:
            out.add(
                (*at, "seats"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "is {seats}: a table seats from 1 to {most}"),
                    seats=str(table.seats),
                    most=str(MAX_SEATS),
                ),
            )
        out.translations(table, languages, at)
    if seating.plan in ONE_TABLE and len(seating.tables) != 1:
        out.add(
            ("seating", "tables"),
            _says(
                QT_TRANSLATE_NOOP("Flaw", "a {plan} plan has one table, not {count}"),
                plan=_plan_word(seating.plan),
                count=str(len(seating.tables)),
            ),
        )
    return tables


def _seat_number(
    out: "_Out",
    seat: Seat,
    table: Table | None,
    places: Mapping[tuple[str, str, int], str],
    at: tuple[Part, ...],
) -> None:
    """A seat is at a table of the plan, numbered within its seats, and no one else's."""
    if table is None:
        out.add(
            (*at, "table"),
            _says(
                QT_TRANSLATE_NOOP("Flaw", '"{key}" is not the key of any table of this plan'),
                key=seat.table,
            ),
        )
        if seat.number < 1:
            out.add(
                (*at, "number"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "is {number}: seats are numbered from 1"),
                    number=str(seat.number),
                ),
            )
    elif not 1 <= seat.number <= table.seats:
        out.add(
            (*at, "number"),
            _says(
                QT_TRANSLATE_NOOP(
                    "Flaw", "is {number}: the seats of “{table}” are numbered 1 to {seats}"
                ),
                number=str(seat.number),
                table=table.name or table.key,
                seats=str(table.seats),
            ),
        )
    elif seat.place in places:
        out.add((*at, "number"), _taken(seat, table, out.who(places[seat.place])))


def _seat_place(out: "_Out", plan: SeatingKind, side: Side | None, at: tuple[Part, ...]) -> None:
    """At talks (`facing`) each seat is on the host's or the guest's side of the table, and
    its number counts on that side; no other plan has sides."""
    if plan is SeatingKind.FACING and side is None:
        out.add(
            (*at, "side"),
            _says(
                QT_TRANSLATE_NOOP(
                    "Flaw", "is required in a {plan} plan: the host or the guest side"
                ),
                plan=_plan_word(plan),
            ),
        )
    elif plan is not SeatingKind.FACING and side is not None:
        out.add(
            (*at, "side"),
            _says(
                QT_TRANSLATE_NOOP("Flaw", "goes only with a {plan} plan"),
                plan=_plan_word(SeatingKind.FACING),
            ),
        )


def _taken(seat: Seat, table: Table, who: str) -> Message:
    """A seat given twice: its place, and whose it is already."""
    name, number, side = table.name or table.key, seat.number, seat.side
    if side is None:
        return _says(
            QT_TRANSLATE_NOOP("Flaw", "seat {number} at “{table}” is already the seat of {who}"),
            number=str(number),
            table=name,
            who=who,
        )
    return _says(
        QT_TRANSLATE_NOOP(
            "Flaw", "seat {number} on the {side} side of “{table}” is already the seat of {who}"
        ),
        number=str(number),
        side=Word("Side", SIDE[side], side.value),
        table=name,
        who=who,
    )


def _seated_people(out: "_Out", plan: VisitPlan, event: Event) -> None:
    """Everyone seated is someone of the visit, at the item."""
    assert event.seating is not None
    people = plan.people_by_key
    attending = {participant.person for participant in event.participants}
    for index, seat in enumerate(event.seating.seats):
        where: tuple[Part, ...] = ("seating", "seats", index, "person")
        if seat.person not in people:
            out.reference(where, seat.person, Record.PERSON)
        elif seat.person not in attending:
            out.add(
                where,
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "{who} has a seat but is not at the item"),
                    who=out.who(seat.person),
                ),
            )


# A translated record within a sentence: "this {record}", "a text {a record} has".
_RECORD_NAMES: Mapping[type[Translated], tuple[str, str]] = {
    Visit: (RECORD_NOUNS[Record.VISIT], QT_TRANSLATE_NOOP("Record", "a visit")),
    Person: (RECORD_NOUNS[Record.PERSON], QT_TRANSLATE_NOOP("Record", "a person")),
    Venue: (RECORD_NOUNS[Record.VENUE], QT_TRANSLATE_NOOP("Record", "a venue")),
    Event: (RECORD_NOUNS[Record.EVENT], QT_TRANSLATE_NOOP("Record", "an item")),
    SigningDocument: (
        QT_TRANSLATE_NOOP("Record", "document"),
        QT_TRANSLATE_NOOP("Record", "a document"),
    ),
    Table: (QT_TRANSLATE_NOOP("Record", "table"), QT_TRANSLATE_NOOP("Record", "a table")),
}


def _language_problem(language: str, languages: tuple[str, ...]) -> Message | None:
    """Why a text cannot be in `language`: the visit's main language is the record's own
    texts, and any other must be one the visit lists, written as it lists it."""
    unlisted = _unlisted_language(language, languages)
    if unlisted is not None:
        return unlisted
    if language == languages[0]:
        return _says(
            QT_TRANSLATE_NOOP(
                "Flaw",
                "\"{language}\" is the visit's main language: the record's own texts are in it, "
                "not its translations",
            ),
            language=language,
        )
    return None


def _unlisted_language(language: str, languages: tuple[str, ...]) -> Message | None:
    """Why `language` is not one of the visit's, written as the visit writes it; None if it
    is."""
    if language not in languages:
        for tag in languages:
            if tag.casefold() == language.casefold():
                return _says(
                    QT_TRANSLATE_NOOP(
                        "Flaw", '"{language}" is written "{tag}" in the visit\'s languages'
                    ),
                    language=language,
                    tag=tag,
                )
        return _says(
            QT_TRANSLATE_NOOP(
                "Flaw", '"{language}" is not one of the visit\'s languages ({known})'
            ),
            language=language,
            known=", ".join(f'"{tag}"' for tag in languages),
        )
    return None


def _unique_keys(
    record: Record,
    items: tuple[_Keyed, ...],
    by_key: Mapping[str, _Keyed],
    label: Callable[[_Keyed], str],
) -> list[Flaw]:
    """Each key once: a second record under a key is a flaw of that second record."""
    if len(by_key) == len(items):
        return []  # as many keys as records: none twice
    first: dict[str, _Keyed] = {}
    found: list[Flaw] = []
    for position, item in enumerate(items):
        earlier = first.setdefault(item.key, item)
        if earlier is not item:
            wording = _says(
                QT_TRANSLATE_NOOP("Flaw", '"{key}" is already the key of {name}'),
                key=item.key,
                name=label(earlier),
            )
            found.append(
                Flaw(
                    record, item.key, label(item), ("key",), wording.text(), None, position, wording
                )
            )
    return found


def _quoted(key: str) -> str:
    return f'"{key}"'


def _namer(plan: VisitPlan) -> Callable[[str], str]:
    """Someone by the name the officer knows, or by the key a plan does not hold."""
    people = plan.people_by_key

    def who(key: str) -> str:
        return _person_label(people[key]) if key in people else _quoted(key)

    return who


def _person_label(person: Person) -> str:
    return display_name(person, native=False) if person.given_name else person.key


class _Out:
    """The flaws of one record, collected as its rules are tried."""

    def __init__(
        self,
        record: Record,
        key: str,
        label: str | Callable[[], str],
        position: int | None,
        who: Callable[[str], str] | None = None,
    ) -> None:
        # A label to work out (someone's name) is worked out only for a record with a flaw.
        self.record, self.name, self.label, self.position = record, key, label, position
        self.who = who or _quoted
        self.flaws: list[Flaw] = []

    def add(
        self, path: tuple[Part, ...], wording: Message, missing: tuple[Record, str] | None = None
    ) -> None:
        label = self.label if isinstance(self.label, str) else self.label()
        message = wording.text()
        self.flaws.append(
            Flaw(self.record, self.name, label, path, message, missing, self.position, wording)
        )

    def key(self, key: str, within: tuple[Part, ...] = ()) -> None:
        if not key.strip():
            self.add((*within, "key"), _says(QT_TRANSLATE_NOOP("Flaw", "is empty")))
        elif len(key) > MAX_KEY:
            self.add(
                (*within, "key"),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "is longer than {most} characters"),
                    most=str(MAX_KEY),
                ),
            )

    def required(self, name: str, text: str, within: tuple[Part, ...] = ()) -> None:
        if not text.strip():
            self.add((*within, name), _says(QT_TRANSLATE_NOOP("Flaw", "must not be empty")))
        else:
            self.text(name, text, within)

    def text(self, name: str, text: str, within: tuple[Part, ...] = ()) -> None:
        if len(text) > MAX_TEXT:
            self.add(
                (*within, name),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", "is {length} characters long; at most {most} fit"),
                    length=f"{len(text):,}",
                    most=f"{MAX_TEXT:,}",
                ),
            )
        elif CONTROL.search(text):
            self.add(
                (*within, name), _says(QT_TRANSLATE_NOOP("Flaw", "contains a control character"))
            )

    def texts(self, value: object, names: tuple[str, ...], within: tuple[Part, ...] = ()) -> None:
        for name in names:
            text = getattr(value, name)
            if text is not None:
                self.text(name, text, within)

    def translations(
        self,
        record: Translated,
        languages: tuple[str, ...] | None,
        within: tuple[Part, ...] = (),
    ) -> None:
        """A record's texts in the visit's other languages: only those `languages` (when
        known) after the main one, only the texts TRANSLATABLE names for the record and
        that it has, each given once, each text under the rules of the text it translates."""
        if not record.translations:
            return
        translatable = TRANSLATABLE[type(record)]
        noun, with_article = _RECORD_NAMES[type(record)]
        what, a_what = Word(RECORD_CONTEXT, noun), Word(RECORD_CONTEXT, with_article)
        refused: set[str] = set()
        given: set[tuple[str, str]] = set()
        for translation in record.translations:
            language, name = translation.language, translation.field
            at = (*within, "translations", language)
            if languages is not None and language not in refused:
                problem = _language_problem(language, languages)
                if problem:
                    refused.add(language)
                    self.add(at, problem)
            if language in refused:
                continue
            if name not in translatable:
                self.add(
                    (*at, name),
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Flaw", "is not a text {a_record} has in another language (only {only})"
                        ),
                        a_record=a_what,
                        only=", ".join(translatable),
                    ),
                )
            elif name != "name" and getattr(record, name) is None:
                self.add(
                    (*at, name),
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Flaw", "translates the {field}, which this {record} does not have"
                        ),
                        field=_field_word(name),
                        record=what,
                    ),
                )
            elif (language, name) in given:
                self.add((*at, name), _says(QT_TRANSLATE_NOOP("Flaw", "is given more than once")))
            else:
                self.required(name, translation.text, at)
            given.add((language, name))

    def country(self, name: str, code: str) -> None:
        if not COUNTRY.fullmatch(code):
            self.add(
                (name,),
                _says(
                    QT_TRANSLATE_NOOP("Flaw", '"{code}" is not a two-letter country code (TW, MH)'),
                    code=code,
                ),
            )

    def zone(self, path: tuple[Part, ...], zone: str) -> bool:
        if zones.is_known_zone(zone):
            return True
        self.add(
            path,
            _says(
                QT_TRANSLATE_NOOP("Flaw", '"{zone}" is not a time zone like "Asia/Taipei"'),
                zone=zone,
            ),
        )
        return False

    def email(self, path: tuple[Part, ...], address: str | None) -> None:
        if address is not None and not EMAIL.fullmatch(address):
            self.add(
                path,
                _says(
                    QT_TRANSLATE_NOOP("Flaw", '"{address}" is not an e-mail address'),
                    address=address,
                ),
            )

    def reference(self, path: tuple[Part, ...], key: str, kind: Record) -> None:
        wording = _says(
            QT_TRANSLATE_NOOP("Flaw", '"{key}" is not the key of any {record} of this visit'),
            key=key,
            record=Word(RECORD_CONTEXT, RECORD_NOUNS[kind]),
        )
        self.add(path, wording, (kind, key))


def _field_word(name: str) -> Value:
    """A field within a sentence: `organization`, `short title`; translated as its label."""
    words = name.replace("_", " ")
    label = FIELD_LABELS.get(name)
    return words if label is None else Word(FIELD_CONTEXT, label, words)


__all__ = [
    "Flaw",
    "InvalidPlan",
    "Record",
    "event_flaws",
    "flaws",
    "item_flaws",
    "person_flaws",
    "venue_flaws",
    "visit_flaws",
]
