"""Reading a visit file (docs/visit-file.md) into a VisitPlan, or listing every mistake in it."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from planner.domain import zones
from planner.domain.errors import InvalidVisitFile, Problem
from planner.domain.model import (
    Event,
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
from planner.domain.validation import Flaw, Part, Record, flaws
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
from planner.visitfile.fields import (
    FieldReader,
    JsonObject,
    child,
    describe,
    parse_json,
)

FORMAT = "delegation-planner.visit"
VERSION = 2  # written; every version in VERSIONS is read
VERSIONS = (1, 2)

TOP: tuple[str, ...] = ("format", "version", "visit", "people", "venues", "events")
VISIT_REQUIRED: tuple[str, ...] = ("key", "title", "direction", "host_country", "guest_country")
VISIT_REQUIRED += ("start_date", "end_date", "timezone")
VISIT_OPTIONAL: tuple[str, ...] = ("kind", "organizer", "notes")
PERSON_REQUIRED: tuple[str, ...] = ("key", "given_name", "family_name", "title", "country", "side")
PERSON_REQUIRED += ("delegation_role", "precedence")
PERSON_OPTIONAL: tuple[str, ...] = (
    "native_name",
    "name_order",
    "honorific",
    "organization",
    "email",
    "phone",
)
PERSON_OPTIONAL += ("dietary", "medical", "notes", "arrival", "departure")
VENUE_REQUIRED: tuple[str, ...] = ("key", "name", "timezone")
VENUE_OPTIONAL: tuple[str, ...] = ("native_name", "address", "notes", "latitude", "longitude")
EVENT_REQUIRED: tuple[str, ...] = ("key", "kind", "title", "start", "end")
EVENT_OPTIONAL: tuple[str, ...] = (
    "timezone",
    "end_timezone",
    "all_day",
    "venue",
    "status",
    "dress_code",
)
EVENT_OPTIONAL += ("notes", "press", "participants", "signing")
MOVEMENT_KEYS: tuple[str, ...] = ("at", "timezone", "flight")

# Keys version 2 adds, by the record they belong to: read from a version 2 file, named as
# a version 2 key in a version 1 file.
V2_KEYS: dict[str, tuple[str, ...]] = {
    "visit": ("languages", "translations"),
    "person": ("short_title", "courtesy", "translations"),
    "venue": ("country", "kind", "city", "translations"),
    "event": ("destination", "flight_number", "seating", "translations"),
    "document": ("translations",),
    "movement": ("event", "terminal", "met_by", "notes"),
}
# Version 2 sections this program does not read yet, each with what it is: a file that uses
# them is refused by name rather than having them dropped.
LATER_SECTIONS = {
    "vehicles": "cars and motorcades",
    "stays": "hotel rooms",
    "gifts": "gifts",
}
LATER_KEYS: dict[str, tuple[str, ...]] = {
    "top": ("gifts",),
    "person": ("stays",),
    "event": ("vehicles",),
}
SEATING_REQUIRED: tuple[str, ...] = ("plan",)
SEATING_OPTIONAL: tuple[str, ...] = ("tables", "seats")
TABLE_REQUIRED: tuple[str, ...] = ("key", "name", "seats")
# A seat's lock is the database's alone: the format has no key for it, so `locked` is an
# unknown key like any other.
SEAT_REQUIRED: tuple[str, ...] = ("table", "number", "person")
SEAT_OPTIONAL: tuple[str, ...] = ("side",)
TRANSLATIONS_EXPECTED = 'an object from a language to texts, like {"zh-Hant": {"title": "…"}}'

SIGNATORY_OPTIONAL: tuple[str, ...] = (
    "on_behalf_of",
    "order",
    "designated_by",
    "full_powers",
    "assistant",
)


def read_visit_file(data: bytes, source: str = "visit file") -> VisitPlan:
    """Parse and check a whole visit file; raise InvalidVisitFile listing every problem."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = Problem("$", f"is not UTF-8 text (byte {error.start} cannot be read)")
        raise InvalidVisitFile([problem], source) from error
    try:
        document = parse_json(text)
    except ValueError as error:
        raise InvalidVisitFile([Problem("$", f"is not valid JSON: {error}")], source) from error
    return read_visit_document(document, source)


def read_visit_document(document: Any, source: str = "visit file") -> VisitPlan:
    reader = _VisitReader()
    plan = reader.read(document)
    if reader.problems or plan is None:
        raise InvalidVisitFile(reader.problems, source)
    return plan


@dataclass
class _Keys:
    """The keys defined in the file, gathered first so references can be checked."""

    people: dict[str, Any] = field(default_factory=dict)
    venues: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)


_STAND_IN = Visit("", "", Direction.INBOUND, "", "", date.min, date.min, "UTC")


class _VisitReader(FieldReader):
    def __init__(self) -> None:
        super().__init__()
        self.version = VERSION
        self.keys = _Keys()
        # Each seating plan's seats as the file lists them, by the item's JSON path: a plan
        # keeps its seats in an order of its own, and a rule names a seat by that order.
        self.seats_listed: dict[str, list[Seat]] = {}

    def shape(
        self,
        value: Any,
        path: str,
        record: str,
        required: tuple[str, ...],
        optional: tuple[str, ...] = (),
    ) -> JsonObject | None:
        """`object` for a record of this file's version: version 2 keys are known in a
        version 2 file, and the sections this program does not read yet are named."""
        added, later = V2_KEYS.get(record, ()), LATER_KEYS.get(record, ())
        obj = self.object(value, path, required, (*optional, *added, *later))
        if obj is None:
            return None
        for name in obj:
            if name in later:
                self.problem(
                    child(path, name),
                    f"is part of visit file version 2 ({LATER_SECTIONS[name]}), which this "
                    "version of Delegation Planner does not read yet",
                )
            elif name in added and self.version < 2:
                self.problem(
                    child(path, name),
                    f'is a key of visit file version 2; this file says "version": {self.version}',
                )
        return obj

    def read(self, document: Any) -> VisitPlan | None:
        top = self.object(document, "$", TOP, LATER_KEYS["top"])
        if top is None or not self._header(top):
            return None
        self.shape(top, "$", "top", TOP)
        visit = self._visit(top.get("visit"), "$.visit") if "visit" in top else None
        keys = self.keys
        people_raw = self._list(top, "people")
        venues_raw = self._list(top, "venues")
        events_raw = self._list(top, "events")
        keys.people = self._keys(people_raw, "$.people")
        keys.venues = self._keys(venues_raw, "$.venues")
        keys.events = self._keys(events_raw, "$.events")
        home = visit.timezone if visit else "UTC"
        people = [self._person(p, f"$.people[{i}]", home) for i, p in enumerate(people_raw)]
        venues = [self._venue(v, f"$.venues[{i}]") for i, v in enumerate(venues_raw)]
        venue_zones = {v.key: v.timezone for v in venues if v is not None}
        by_key = {p.key: p for p in people if p is not None}
        events = [
            self._event(e, f"$.events[{i}]", home, venue_zones, by_key)
            for i, e in enumerate(events_raw)
        ]
        # A visit whose own entry could not be read still has its other rules checked: every
        # problem of the file is listed at once.
        plan = VisitPlan(
            visit=visit or _STAND_IN,
            people=tuple(p for p in people if p is not None),
            venues=tuple(v for v in venues if v is not None),
            events=tuple(e for e in events if e is not None),
        )
        self._check(plan, {"people": people, "venues": venues, "events": events})
        return None if self.problems or visit is None else plan

    def _check(self, plan: VisitPlan, read: dict[str, list[Any]]) -> None:
        """The plan's own rules (`planner.domain.validation`), each at its place in the file.
        A reference to a record of the file that could not be read is left out: that
        record's problems are listed already."""
        defined = {
            Record.PERSON: self.keys.people,
            Record.VENUE: self.keys.venues,
            Record.EVENT: self.keys.events,
        }
        where = {
            name: [index for index, item in enumerate(items) if item is not None]
            for name, items in read.items()
        }
        lists = {Record.PERSON: "people", Record.VENUE: "venues", Record.EVENT: "events"}
        for flaw in flaws(plan):
            if flaw.missing is not None and flaw.missing[1] in defined[flaw.missing[0]]:
                continue
            if plan.visit is _STAND_IN and flaw.path[-2:-1] == ("translations",):
                continue  # a language measured against languages that could not be read
            if flaw.record is Record.VISIT:
                if plan.visit is _STAND_IN:
                    continue
                path = "$.visit"
            else:
                assert flaw.position is not None
                name = lists[flaw.record]
                path = f"$.{name}[{where[name][flaw.position]}]"
            for part in self._as_listed(flaw, plan, path):
                path = child(path, part)
            self.problem(path, flaw.message)

    def _as_listed(self, flaw: Flaw, plan: VisitPlan, path: str) -> tuple[Part, ...]:
        """The flaw's place in its record, a seat numbered as the file lists it."""
        if flaw.path[:2] != ("seating", "seats") or len(flaw.path) < 3:
            return flaw.path
        assert flaw.position is not None and isinstance(flaw.path[2], int)
        seating = plan.events[flaw.position].seating
        assert seating is not None
        listed = self.seats_listed[path]
        seat = seating.seats[flaw.path[2]]
        # Of equal seats listed twice, the later one is the one a rule refuses.
        earlier = seating.seats[: flaw.path[2]].count(seat)
        index = [i for i, listed_seat in enumerate(listed) if listed_seat == seat][earlier]
        return (*flaw.path[:2], index, *flaw.path[3:])

    def _header(self, top: JsonObject) -> bool:
        """Check format and version; a file of another kind or version is not read further."""
        if top.get("format") != FORMAT:
            if "format" in top:
                self.problem("$.format", f'expected "{FORMAT}", got {describe(top["format"])}')
            return False
        version = top.get("version")
        if type(version) is not int or version not in VERSIONS:  # true and 1.0 are not 1
            readable = " and ".join(str(v) for v in VERSIONS)
            if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
                message = (
                    f"version {version} is newer than this program reads (versions {readable}); "
                    "update Delegation Planner to read it"
                )
            elif "version" in top:
                choices = " or ".join(str(v) for v in VERSIONS)
                message = f"expected {choices}, got {describe(version)}"
            else:
                return False
            self.problem("$.version", message)
            return False
        self.version = version
        return True

    def _list(self, top: JsonObject, name: str) -> list[Any]:
        return self.array(top, name, "$")

    @staticmethod
    def _keys(items: list[Any], path: str) -> dict[str, Any]:
        """The keys the file gives its records, each with where it is first given."""
        seen: dict[str, str] = {}
        for index, item in enumerate(items):
            if isinstance(item, dict) and isinstance(item.get("key"), str):
                seen.setdefault(item["key"], f"{path}[{index}]")
        return seen

    def _visit(self, value: Any, path: str) -> Visit | None:
        mark = self.mark()
        obj = self.shape(value, path, "visit", VISIT_REQUIRED, VISIT_OPTIONAL)
        if obj is None:
            return None
        key = self.required_text(obj, "key", path)
        title = self.required_text(obj, "title", path)
        direction = self.choice(obj, "direction", path, Direction)
        kind = self.choice(obj, "kind", path, VisitKind) or VisitKind.OTHER
        host = self.country(obj, "host_country", path, required=True)
        guest = self.country(obj, "guest_country", path, required=True)
        start = self.date(obj, "start_date", path, required=True)
        end = self.date(obj, "end_date", path, required=True)
        zone = self.zone(obj, "timezone", path, required=True)
        organizer = self._organizer(obj, path)
        notes = self.text(obj, "notes", path)
        languages = self._languages(obj, path)
        translations = self._translations(obj, path)
        if not self.clean_since(mark):
            return None
        assert key and title and direction and host and guest and start and end and zone
        return Visit(
            key=key,
            title=title,
            direction=direction,
            kind=kind,
            host_country=host,
            guest_country=guest,
            start_date=start,
            end_date=end,
            timezone=zone,
            organizer=organizer,
            notes=notes,
            languages=languages,
            translations=translations,
        )

    def _languages(self, visit: JsonObject, path: str) -> tuple[str, ...]:
        """The visit's languages, as given (the rules say which tags are good); ("en",)
        when the file does not say."""
        if "languages" not in visit:
            return ("en",)
        if not isinstance(visit["languages"], list):
            self.array(visit, "languages", path)  # says what was expected
            return ("en",)
        languages = []
        for index, language in enumerate(visit["languages"]):
            if isinstance(language, str):
                languages.append(language)
            else:
                self.problem(
                    f"{child(path, 'languages')}[{index}]",
                    f'expected a language tag like "en" or "zh-Hant", got {describe(language)}',
                )
        return tuple(languages)

    def _translations(self, record: JsonObject, path: str) -> tuple[Translation, ...]:
        """A record's texts in other languages, as given: which languages and keys it may
        have, and what a text may be, are rules of the plan (`planner.domain.validation`),
        reported at their JSON paths like every other."""
        if "translations" not in record:
            return ()
        where = child(path, "translations")
        value = record["translations"]
        if not isinstance(value, dict):
            self.problem(where, f"expected {TRANSLATIONS_EXPECTED}, got {describe(value)}")
            return ()
        languages = self.object(value, where, (), tuple(value))
        assert languages is not None
        found = []
        for language, texts in languages.items():
            at = child(where, language)
            if not isinstance(texts, dict):
                self.problem(
                    at, f'expected an object of texts, like {{"title": "…"}}, got {describe(texts)}'
                )
                continue
            obj = self.object(texts, at, (), tuple(texts))
            assert obj is not None
            for name, text in obj.items():
                if isinstance(text, str):
                    found.append(Translation(language, name, text))
                else:
                    self.problem(child(at, name), f"expected a string, got {describe(text)}")
        return tuple(found)

    def _organizer(self, visit: JsonObject, path: str) -> Organizer | None:
        if "organizer" not in visit:
            return None
        where = child(path, "organizer")
        obj = self.object(visit["organizer"], where, ("name",), ("email",))
        if obj is None:
            return None
        name = self.required_text(obj, "name", where)
        email = self.email(obj, "email", where)
        return Organizer(name, email) if name else None

    def _person(self, value: Any, path: str, home_zone: str) -> Person | None:
        mark = self.mark()
        obj = self.shape(value, path, "person", PERSON_REQUIRED, PERSON_OPTIONAL)
        if obj is None:
            return None
        key = self.required_text(obj, "key", path)
        given = self.required_text(obj, "given_name", path)
        family = self.text(obj, "family_name", path, blank_ok=True)
        title = self.required_text(obj, "title", path)
        country = self.country(obj, "country", path, required=True)
        side = self.choice(obj, "side", path, Side)
        role = self.choice(obj, "delegation_role", path, DelegationRole)
        precedence = self.integer(obj, "precedence", path, minimum=1)
        native_name = self.text(obj, "native_name", path)
        name_order = self.choice(obj, "name_order", path, NameOrder) or NameOrder.GIVEN_FAMILY
        honorific = self.text(obj, "honorific", path)
        organization = self.text(obj, "organization", path)
        email = self.email(obj, "email", path)
        phone = self.text(obj, "phone", path)
        dietary = self.text(obj, "dietary", path)
        medical = self.text(obj, "medical", path)
        notes = self.text(obj, "notes", path)
        arrival = self._movement(obj, "arrival", path, home_zone)
        departure = self._movement(obj, "departure", path, home_zone)
        short_title = self.text(obj, "short_title", path)
        courtesy = self.text(obj, "courtesy", path)
        translations = self._translations(obj, path)
        if not self.clean_since(mark):
            return None
        assert key and given and family is not None and title and country and side and role
        assert precedence is not None
        return Person(
            key=key,
            given_name=given,
            family_name=family,
            title=title,
            country=country,
            side=side,
            delegation_role=role,
            precedence=precedence,
            native_name=native_name,
            name_order=name_order,
            honorific=honorific,
            organization=organization,
            email=email,
            phone=phone,
            dietary=dietary,
            medical=medical,
            notes=notes,
            arrival=arrival,
            departure=departure,
            short_title=short_title,
            courtesy=courtesy,
            translations=translations,
        )

    def _movement(
        self, person: JsonObject, name: str, path: str, home_zone: str
    ) -> Movement | OnItem | None:
        if name not in person:
            return None
        where = child(path, name)
        value = person[name]
        on_item = isinstance(value, dict) and "event" in value
        obj = self.shape(value, where, "movement", () if on_item else ("at",), MOVEMENT_KEYS)
        if obj is None:
            return None
        terminal = self.text(obj, "terminal", where)
        met_by = self.text(obj, "met_by", where)
        notes = self.text(obj, "notes", where)
        if on_item:
            for own in MOVEMENT_KEYS:
                if own in obj:
                    self.problem(
                        child(where, own), 'comes from the item given by "event", not from here'
                    )
            event = self.required_text(obj, "event", where)
            return OnItem(event, terminal, met_by, notes) if event is not None else None
        zone = self.zone(obj, "timezone", where) or home_zone  # empty or absent: the visit's
        local = self.local_time(obj, "at", where, required=True)
        flight = self.text(obj, "flight", where)
        if local is None or zone is None:
            return None
        at = self._instant(local, zone, child(where, "at"))
        return Movement(at, zone, flight, terminal, met_by, notes) if at else None

    def _venue(self, value: Any, path: str) -> Venue | None:
        mark = self.mark()
        obj = self.shape(value, path, "venue", VENUE_REQUIRED, VENUE_OPTIONAL)
        if obj is None:
            return None
        key = self.required_text(obj, "key", path)
        name = self.required_text(obj, "name", path)
        zone = self.zone(obj, "timezone", path, required=True)
        latitude = self.number(obj, "latitude", path, 90)
        longitude = self.number(obj, "longitude", path, 180)
        native_name = self.text(obj, "native_name", path)
        address = self.text(obj, "address", path)
        notes = self.text(obj, "notes", path)
        country = self.country(obj, "country", path)
        kind = self.choice(obj, "kind", path, VenueKind)
        city = self.text(obj, "city", path)
        translations = self._translations(obj, path)
        if not self.clean_since(mark):
            return None
        assert key and name and zone
        return Venue(
            key,
            name,
            zone,
            native_name,
            address,
            latitude,
            longitude,
            notes,
            country,
            kind,
            city,
            translations,
        )

    def _instant(self, local: datetime, zone: str, where: str) -> datetime | None:
        try:
            return zones.to_instant(local, zone)
        except zones.NonexistentLocalTime:
            self.problem(where, f"{local.isoformat()} does not exist in {zone}: the clocks skip it")
        except OverflowError:
            self.problem(where, "is too close to the end of the calendar")
        return None

    def _event(
        self,
        value: Any,
        path: str,
        home_zone: str,
        venue_zones: dict[str, str],
        people: dict[str, Person],
    ) -> Event | None:
        mark = self.mark()
        obj = self.shape(value, path, "event", EVENT_REQUIRED, EVENT_OPTIONAL)
        if obj is None:
            return None
        key = self.required_text(obj, "key", path)
        kind = self.choice(obj, "kind", path, EventKind)
        if kind is EventKind.FLIGHT and self.version < 2:
            self.problem(
                child(path, "kind"),
                f'"flight" is a kind of visit file version 2; this file says "version": '
                f"{self.version}",
            )
        title = self.required_text(obj, "title", path)
        all_day = self.boolean(obj, "all_day", path) or False
        venue = self.text(obj, "venue", path)
        destination = self.text(obj, "destination", path)
        flight_number = self.text(obj, "flight_number", path)
        zone = self.zone(obj, "timezone", path) if "timezone" in obj else None
        zone = zone or venue_zones.get(venue or "", home_zone)
        end_zone = self.zone(obj, "end_timezone", path) if "end_timezone" in obj else None
        # A flight or transfer ends where its destination is, unless the file says otherwise.
        if not all_day:
            end_zone = end_zone or venue_zones.get(destination or "") or None
        times = self._times(obj, path, all_day, zone, end_zone or zone)
        participants = self._participants(obj, path)
        signing = None
        if "signing" in obj:
            signing = self._signing(obj["signing"], child(path, "signing"), people)
        seating = None
        if "seating" in obj and self.version >= 2:  # a version 1 file is told (`shape`)
            seating = self._seating(obj["seating"], child(path, "seating"), path)
        status = self.choice(obj, "status", path, EventStatus) or EventStatus.CONFIRMED
        dress_code = self.text(obj, "dress_code", path)
        notes = self.text(obj, "notes", path)
        press = self.choice(obj, "press", path, PressAccess) or PressAccess.CLOSED
        translations = self._translations(obj, path)
        if not self.clean_since(mark) or times is None:
            return None
        assert key and kind and title
        return Event(
            key=key,
            kind=kind,
            title=title,
            start=times[0],
            end=times[1],
            timezone=zone,
            end_timezone=end_zone if end_zone != zone else None,
            all_day=all_day,
            venue=venue,
            participants=participants,
            signing=signing,
            seating=seating,
            status=status,
            dress_code=dress_code,
            notes=notes,
            press=press,
            destination=destination,
            flight_number=flight_number,
            translations=translations,
        )

    def _times(
        self, obj: JsonObject, path: str, all_day: bool, zone: str, end_zone: str
    ) -> tuple[datetime, datetime] | None:
        if all_day:
            first, after = (
                self.date(obj, "start", path, required=True),
                self.date(obj, "end", path, required=True),
            )
            if first is None or after is None:
                return None
            if after <= first:
                self.problem(
                    child(path, "end"),
                    f"must be after the start ({first.isoformat()}); an all-day item's end is the"
                    f" day after its last day, e.g. {(first + timedelta(days=1)).isoformat()}",
                )
                return None
            day_start, day_after = zones.start_of_day(first, zone), zones.start_of_day(after, zone)
            if day_after <= day_start:  # the zone skipped those days (Samoa, 30 December 2011)
                self.problem(child(path, "start"), f"{first.isoformat()} does not exist in {zone}")
                return None
            return day_start, day_after
        local_start = self.local_time(obj, "start", path, required=True)
        local_end = self.local_time(obj, "end", path, required=True)
        if local_start is None or local_end is None:
            return None
        start = self._instant(local_start, zone, child(path, "start"))
        end = self._instant(local_end, end_zone, child(path, "end"))
        if start is None or end is None:
            return None
        return start, end

    def _participants(self, event: JsonObject, path: str) -> tuple[Participant, ...]:
        """The participants that could be read (problems with the rest are noted)."""
        where = child(path, "participants")
        result: list[Participant] = []
        for index, item in enumerate(self.array(event, "participants", path)):
            at = f"{where}[{index}]"
            obj = self.object(item, at, ("person",), ("role",))
            if obj is None:
                continue
            person = self.required_text(obj, "person", at)
            role = self.choice(obj, "role", at, ParticipantRole) or ParticipantRole.ATTENDEE
            if person is not None:
                result.append(Participant(person, role))
        return tuple(result)

    def _seating(self, value: Any, path: str, event_path: str) -> Seating | None:
        """Who sits where: the plan, its tables, its seats (unlocked: a file carries no
        locks). Whether they agree is for the rules to say (planner.domain.validation)."""
        mark = self.mark()
        obj = self.object(value, path, SEATING_REQUIRED, SEATING_OPTIONAL)
        if obj is None:
            return None
        plan = self.choice(obj, "plan", path, SeatingKind)
        tables = [
            self._table(item, f"{path}.tables[{i}]")
            for i, item in enumerate(self.array(obj, "tables", path))
        ]
        seats = [
            self._seat(item, f"{path}.seats[{i}]")
            for i, item in enumerate(self.array(obj, "seats", path))
        ]
        if not self.clean_since(mark) or plan is None:
            return None
        listed = [seat for seat in seats if seat is not None]
        self.seats_listed[event_path] = listed
        return Seating(plan, tuple(t for t in tables if t is not None), tuple(listed))

    def _table(self, value: Any, path: str) -> Table | None:
        mark = self.mark()
        obj = self.object(value, path, TABLE_REQUIRED, ("translations",))
        if obj is None:
            return None
        key = self.required_text(obj, "key", path)
        name = self.required_text(obj, "name", path)
        seats = self.integer(obj, "seats", path, minimum=1)
        translations = self._translations(obj, path)
        if not self.clean_since(mark):
            return None
        assert key and name and seats is not None
        return Table(key, name, seats, translations)

    def _seat(self, value: Any, path: str) -> Seat | None:
        mark = self.mark()
        obj = self.object(value, path, SEAT_REQUIRED, SEAT_OPTIONAL)
        if obj is None:
            return None
        table = self.required_text(obj, "table", path)
        number = self.integer(obj, "number", path, minimum=1)
        person = self.required_text(obj, "person", path)
        side = self.choice(obj, "side", path, Side)
        if not self.clean_since(mark):
            return None
        assert table and number is not None and person
        return Seat(table, number, person, side)

    def _signing(
        self,
        value: Any,
        path: str,
        people: dict[str, Person],
    ) -> Signing | None:
        mark = self.mark()
        obj = self.object(value, path, ("documents", "signatories"), ("witnesses",))
        if obj is None:
            return None
        documents = [
            self._document(item, f"{path}.documents[{i}]")
            for i, item in enumerate(self.array(obj, "documents", path))
        ]
        signatories = [
            self._signatory(item, f"{path}.signatories[{i}]", i, people)
            for i, item in enumerate(self.array(obj, "signatories", path))
        ]
        witnesses = self._witnesses(obj, path)
        if not self.clean_since(mark):
            return None
        return Signing(
            documents=tuple(d for d in documents if d is not None),
            signatories=tuple(s for s in signatories if s is not None),
            witnesses=witnesses,
        )

    def _document(self, value: Any, path: str) -> SigningDocument | None:
        mark = self.mark()
        obj = self.shape(value, path, "document", ("title", "kind"), ("languages", "copies"))
        if obj is None:
            return None
        title = self.required_text(obj, "title", path)
        kind = self.choice(obj, "kind", path, DocumentKind)
        languages = []
        for index, language in enumerate(self.array(obj, "languages", path)):
            if isinstance(language, str):
                languages.append(language)
            else:
                self.problem(
                    f"{path}.languages[{index}]",
                    f'expected a language tag like "en" or "zh-Hant", got {describe(language)}',
                )
        copies = self.integer(obj, "copies", path, minimum=1)
        translations = self._translations(obj, path)
        if not self.clean_since(mark):
            return None
        assert title and kind
        copies = copies if copies is not None else 2
        return SigningDocument(title, kind, tuple(languages), copies, translations)

    def _signatory(
        self,
        value: Any,
        path: str,
        index: int,
        people: dict[str, Person],
    ) -> Signatory | None:
        mark = self.mark()
        obj = self.object(value, path, ("person", "authority"), SIGNATORY_OPTIONAL)
        if obj is None:
            return None
        person = self.required_text(obj, "person", path)
        authority = self.choice(obj, "authority", path, SigningAuthority)
        designated_by = self.text(obj, "designated_by", path)
        assistant = self.text(obj, "assistant", path)
        on_behalf_of = self.country(obj, "on_behalf_of", path)
        order = self.integer(obj, "order", path, minimum=1)
        full_powers = self.choice(obj, "full_powers", path, FullPowers) or FullPowers.NOT_NEEDED
        if not self.clean_since(mark):
            return None
        assert person and authority
        if on_behalf_of is None:
            if person not in people and person in self.keys.people:
                return None  # no country to sign for: the signer's own problems are listed
            # The signer's own country; one who is no one is a flaw of the plan.
            on_behalf_of = people[person].country if person in people else ""
        return Signatory(
            person=person,
            on_behalf_of=on_behalf_of,
            order=order if order is not None else index + 1,
            authority=authority,
            designated_by=designated_by,
            full_powers=full_powers,
            assistant=assistant,
        )

    def _witnesses(
        self,
        signing: JsonObject,
        path: str,
    ) -> tuple[str, ...]:
        witnesses: list[str] = []
        for index, key in enumerate(self.array(signing, "witnesses", path)):
            if isinstance(key, str):
                witnesses.append(key)
            else:
                self.problem(
                    f"{path}.witnesses[{index}]", f"expected a person key, got {describe(key)}"
                )
        return tuple(witnesses)
