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
from dataclasses import dataclass
from enum import StrEnum
from functools import partial
from typing import TypeVar

from planner.domain import zones
from planner.domain.errors import SaveFailed
from planner.domain.labels import FIELD_LABELS
from planner.domain.model import (
    TRANSLATABLE,
    Event,
    Movement,
    OnItem,
    Person,
    Signing,
    SigningDocument,
    Translated,
    Venue,
    Visit,
    VisitPlan,
)
from planner.domain.names import display_name
from planner.domain.rules import CONTROL, COUNTRY, EMAIL, MAX_TEXT
from planner.domain.vocab import EventKind, FullPowers, ParticipantRole, SigningAuthority

MAX_KEY = 100
MAX_PRECEDENCE = 1_000_000
MAX_LANGUAGE_TAG = 35
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
RECORD_WORDS = {
    Record.VISIT: "Visit",
    Record.PERSON: "Person",
    Record.VENUE: "Venue",
    Record.EVENT: "Item",
}


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

    @property
    def field(self) -> str:
        return str(self.path[0]) if self.path else ""

    def __str__(self) -> str:
        return f'{self.record} "{self.key}": {self.message}'

    def for_window(self) -> str:
        """The record by its name and the field by its label, as a dialog says them."""
        label = FIELD_LABELS.get(self.field, self.field.replace("_", " ").capitalize())
        where = f"{RECORD_WORDS[self.record]} “{self.label}”"
        return f"{where}, {label}: {self.message}" if label else f"{where}: {self.message}"


class InvalidPlan(SaveFailed):
    """A plan that breaks the rules, not kept; each flaw named by its record and field."""

    SHOWN = 5

    def __init__(self, found: list[Flaw]) -> None:
        self.flaws = found
        lines = [flaw.for_window() for flaw in found[: self.SHOWN]]
        if len(found) > self.SHOWN:
            lines.append(f"and {len(found) - self.SHOWN} more")
        super().__init__("This cannot be saved:\n" + "\n".join(lines))


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
            f'"{visit.key}" is not a key of lowercase letters, digits and hyphens, starting with '
            f"a letter or digit (at most {MAX_KEY})",
        )
    out.required("title", visit.title)
    out.country("host_country", visit.host_country)
    out.country("guest_country", visit.guest_country)
    if visit.end_date < visit.start_date:
        out.add(("end_date",), f"ends before it starts ({visit.start_date.isoformat()})")
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
        out.add(("languages",), 'names no language: at least the main one, like ["en"]')
    seen: dict[str, str] = {}
    for index, language in enumerate(languages):
        if len(language) > MAX_LANGUAGE_TAG or not LANGUAGE_TAG.fullmatch(language):
            out.add(
                ("languages", index),
                f'"{language}" is not a language tag like "en" or "zh-Hant"',
            )
        elif language.casefold() in seen:
            out.add(("languages", index), f'"{language}" is listed already')
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
        out.add(("precedence",), f"is {person.precedence}: a place from 1 to {MAX_PRECEDENCE:,}")
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
    return out.flaws


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
        out.add((missing,), "is required when the other coordinate is given")
    for name, limit in (("latitude", 90), ("longitude", 180)):
        value = getattr(venue, name)
        if value is not None and not -limit <= value <= limit:
            out.add((name,), f"is {value:g}: it lies from {-limit} to {limit} degrees")
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
        out.add(("end_timezone",), "an all-day item has one zone")
    if event.end <= event.start:
        out.add(("end",), _not_after(event) if zones_known else "is not after the start")
    out.texts(event, ("dress_code", "notes", "flight_number"))
    out.translations(event, languages)
    seen: set[str] = set()
    for index, participant in enumerate(event.participants):
        if participant.person in seen:
            out.add(
                ("participants", index, "person"),
                f"{out.who(participant.person)} is already a participant",
            )
        seen.add(participant.person)
    if event.signing is not None:
        if event.kind is not EventKind.SIGNING:
            out.add(("signing",), 'only an item of kind "signing" has a signing')
        _signing_shape(out, event.signing, languages)
    return out.flaws


def _not_after(event: Event) -> str:
    if event.all_day:
        return f"is not after the start ({event.local_start.date().isoformat()})"
    end, start = event.local_end, event.local_start
    return (
        f"{end.isoformat(timespec='minutes')} ({event.zone_of_end}) is not after the start, "
        f"{start.isoformat(timespec='minutes')} ({event.timezone})"
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
                f"{person.precedence} on the {person.side} side is already the place of "
                f"{_person_label(places[slot])}",
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
            f"“{item.title}” is a {item.kind.value}: people arrive and leave on a flight, a "
            "transfer, an arrival or a departure",
        )
    elif not any(p.person == person.key for p in item.participants):
        who = out.who(person.key)
        out.add(where, f"{who} travels on “{item.title}” but is not a participant of it")


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
    return out.flaws


def _signing_shape(out: "_Out", signing: Signing, languages: tuple[str, ...] | None) -> None:
    """A signing's own rules: its instruments, turns and authorities agree with themselves."""
    for index, document in enumerate(signing.documents):
        _document(out, ("signing", "documents", index), document, languages)
    turns = Counter(signatory.order for signatory in signing.signatories)
    signers = Counter(signatory.person for signatory in signing.signatories)
    for index, signatory in enumerate(signing.signatories):
        where: tuple[Part, ...] = ("signing", "signatories", index)
        if signers[signatory.person] > 1:
            out.add((*where, "person"), f"{out.who(signatory.person)} signs more than once")
        if not signatory.on_behalf_of:
            out.add(
                (*where, "on_behalf_of"),
                f"{out.who(signatory.person)} signs for no country: choose the country they "
                "sign for",
            )
        elif not COUNTRY.fullmatch(signatory.on_behalf_of):
            out.add(
                (*where, "on_behalf_of"),
                f'{out.who(signatory.person)} signs for "{signatory.on_behalf_of}", which is not '
                "a two-letter country code (TW, MH)",
            )
        if signatory.order < 1:
            out.add((*where, "order"), f"turn {signatory.order}: turns count from 1")
        elif turns[signatory.order] > 1:
            out.add(
                (*where, "order"),
                f"two signatories sign in turn {signatory.order}: give each its own",
            )
        if signatory.designated_by is not None:
            if signatory.authority is not SigningAuthority.DESIGNATION:
                out.add((*where, "designated_by"), 'goes only with authority "designation"')
            elif signatory.designated_by == signatory.person:
                out.add(
                    (*where, "designated_by"),
                    f"{out.who(signatory.person)} cannot be designated by themself",
                )
        if (
            signatory.authority is SigningAuthority.FULL_POWERS
            and signatory.full_powers is FullPowers.NOT_NEEDED
        ):
            out.add(
                (*where, "full_powers"),
                f'{out.who(signatory.person)} signs with full powers: they cannot be "not needed"',
            )
    seen: set[str] = set()
    for index, witness in enumerate(signing.witnesses):
        if witness in seen:
            out.add(
                ("signing", "witnesses", index), f"{out.who(witness)} is a witness more than once"
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
                f"{out.who(signatory.person)} signs but is not at the item as a signatory",
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
            out.add(where, f"{out.who(witness)} witnesses but is not at the item")


def _document(
    out: "_Out",
    where: tuple[Part, ...],
    document: SigningDocument,
    languages: tuple[str, ...] | None,
) -> None:
    out.required("title", document.title, where)
    out.translations(document, languages, where)
    if document.copies < 1:
        out.add((*where, "copies"), f"{document.copies} originals: at least one is signed")
    for index, language in enumerate(document.languages):
        if not language.strip() or len(language) > MAX_LANGUAGE_TAG:
            out.add(
                (*where, "languages", index),
                f'"{language}" is not a language tag like "en" or "zh-Hant"',
            )


_RECORD_NAMES: Mapping[type[Translated], str] = {
    Visit: "visit",
    Person: "person",
    Venue: "venue",
    Event: "item",
    SigningDocument: "document",
}


def _language_problem(language: str, languages: tuple[str, ...]) -> str | None:
    """Why a text cannot be in `language`: the visit's main language is the record's own
    texts, and any other must be one the visit lists, written as it lists it."""
    if language not in languages:
        known = ", ".join(f'"{tag}"' for tag in languages)
        for tag in languages:
            if tag.casefold() == language.casefold():
                return f'"{language}" is written "{tag}" in the visit\'s languages'
        return f'"{language}" is not one of the visit\'s languages ({known})'
    if language == languages[0]:
        return (
            f"\"{language}\" is the visit's main language: the record's own texts are in it, "
            "not its translations"
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
            message = f'"{item.key}" is already the key of {label(earlier)}'
            found.append(Flaw(record, item.key, label(item), ("key",), message, None, position))
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
        self, path: tuple[Part, ...], message: str, missing: tuple[Record, str] | None = None
    ) -> None:
        label = self.label if isinstance(self.label, str) else self.label()
        self.flaws.append(
            Flaw(self.record, self.name, label, path, message, missing, self.position)
        )

    def key(self, key: str) -> None:
        if not key.strip():
            self.add(("key",), "is empty")
        elif len(key) > MAX_KEY:
            self.add(("key",), f"is longer than {MAX_KEY} characters")

    def required(self, name: str, text: str, within: tuple[Part, ...] = ()) -> None:
        if not text.strip():
            self.add((*within, name), "must not be empty")
        else:
            self.text(name, text, within)

    def text(self, name: str, text: str, within: tuple[Part, ...] = ()) -> None:
        if len(text) > MAX_TEXT:
            self.add((*within, name), f"is {len(text):,} characters long; at most {MAX_TEXT:,} fit")
        elif CONTROL.search(text):
            self.add((*within, name), "contains a control character")

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
        what = _RECORD_NAMES[type(record)]
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
                only, a = ", ".join(translatable), "an" if what[0] in "aeiou" else "a"
                self.add(
                    (*at, name), f"is not a text {a} {what} has in another language (only {only})"
                )
            elif name != "name" and getattr(record, name) is None:
                words = name.replace("_", " ")
                self.add((*at, name), f"translates the {words}, which this {what} does not have")
            elif (language, name) in given:
                self.add((*at, name), "is given more than once")
            else:
                self.required(name, translation.text, at)
            given.add((language, name))

    def country(self, name: str, code: str) -> None:
        if not COUNTRY.fullmatch(code):
            self.add((name,), f'"{code}" is not a two-letter country code (TW, MH)')

    def zone(self, path: tuple[Part, ...], zone: str) -> bool:
        if zones.is_known_zone(zone):
            return True
        self.add(path, f'"{zone}" is not a time zone like "Asia/Taipei"')
        return False

    def email(self, path: tuple[Part, ...], address: str | None) -> None:
        if address is not None and not EMAIL.fullmatch(address):
            self.add(path, f'"{address}" is not an e-mail address')

    def reference(self, path: tuple[Part, ...], key: str, kind: Record) -> None:
        what = RECORD_WORDS[kind].lower()
        self.add(path, f'"{key}" is not the key of any {what} of this visit', (kind, key))


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
