"""Who sits where at an item: who is seated, in what order of honour, and a whole plan proposed
by the rules of protocol (docs/seating.md), kept apart from any drawing of it.

Seat numbers count in order of honour at a table, 1 the presiding seat. At round tables, one
long table, a U and in theatre rows the seats run round from seat 1 alternating outwards: 2
at 1's right, 3 at 1's left, 4 at 2's right, 5 at 3's left …, so seat n sits between n - 2
and n + 2 (planner.domain.layout draws them so). Host and guest sides alternate round a table
when seat n is the host side's for n % 4 in (0, 1) and the guests' for n % 4 in (2, 3): the
host at 1, the guest of honour at the host's right (2), the next guest at the host's left
(3), hosts at 4 and 5, guests at 6 and 7 … At talks (`facing`) each side counts its own
seats: its head at 1 in the middle, then 2 at the head's right, 3 at the left, outwards.

Everything here returns new frozen values; nothing is saved.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import replace
from math import ceil

from planner.domain.errors import PlannerError, UnknownEvent
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.messages import Message, Translate, Value, Word, english
from planner.domain.model import Event, Person, Seat, Seating, Table, Translation, VisitPlan
from planner.domain.names import display_name
from planner.domain.placing import Party, place_at_tables, place_facing
from planner.domain.placing import beside as beside  # the convention, said here too
from planner.domain.placing import side_of_seat as side_of_seat
from planner.domain.programme import by_precedence
from planner.domain.vocab import (
    DelegationRole,
    EventKind,
    EventStatus,
    ParticipantRole,
    SeatingKind,
    Side,
)

# Who is not seated unless asked for: the people working at an item, not its company.
UNSEATED_PARTICIPANT_ROLES = frozenset({ParticipantRole.STAFF, ParticipantRole.PRESS})
UNSEATED_DELEGATION_ROLES = frozenset(
    {DelegationRole.STAFF, DelegationRole.SECURITY, DelegationRole.PRESS}
)
# Every role of those, to ask for them all (`include`): the people an officer may seat.
NOT_SEATED_UNLESS_ASKED: tuple[ParticipantRole | DelegationRole, ...] = (
    ParticipantRole.STAFF,
    ParticipantRole.PRESS,
    DelegationRole.STAFF,
    DelegationRole.SECURITY,
    DelegationRole.PRESS,
)
SEATS_A_TABLE = 10  # a round banquet table, and a theatre row, unless told otherwise
ONE_TABLE = (SeatingKind.FACING, SeatingKind.LONG, SeatingKind.U_SHAPE)

Place = tuple[str, str, int]  # as Seat.place: (table, side or "", number)
Role = ParticipantRole | DelegationRole
Include = Iterable[str | Role]

SEATING = "Seating"  # the context of this module's sentences


class SeatingError(PlannerError):
    """A seating plan that cannot be made or changed as asked; `wording` says why in any
    language (`for_window`)."""

    def __init__(self, wording: Message) -> None:
        self.wording = wording
        super().__init__(wording.text())

    def for_window(self, translate: Translate = english) -> str:
        return self.wording.text(translate)


class DoNotFit(SeatingError):
    """More people to seat than the plan has seats: `people` and `seats` say how many."""

    def __init__(self, wording: Message, people: int, seats: int) -> None:
        super().__init__(wording)
        self.people, self.seats = people, seats


def _says(template: str, **values: Value) -> Message:
    return Message(SEATING, template, values)


# Who is seated, and in what order


def is_interpreter(person: Person, role: ParticipantRole) -> bool:
    return person.delegation_role is DelegationRole.INTERPRETER or (
        role is ParticipantRole.INTERPRETER
    )


def seated_by_default(person: Person, role: ParticipantRole) -> bool:
    """A participant who takes a seat unless the officer says otherwise: everyone but staff,
    security and the press (by their part in the delegation or in the item)."""
    return role not in UNSEATED_PARTICIPANT_ROLES and (
        person.delegation_role not in UNSEATED_DELEGATION_ROLES
    )


def party(plan: VisitPlan, event: Event, include: Include = ()) -> Party:
    """Who should be seated at `event`: its participants but staff, security and the press,
    unless `include` names them (by person key, or by a ParticipantRole or DelegationRole)
    or they already have a seat in the item's plan (an officer who seated them asked for
    them). Whether the item is cancelled does not matter here."""
    keys, roles = _included(include)
    keys |= set(seated_people(event.seating)) if event.seating else set()
    people = plan.people_by_key
    sides: dict[Side, list[str]] = {Side.HOST: [], Side.GUEST: []}
    interpreting: dict[Side, list[str]] = {Side.HOST: [], Side.GUEST: []}
    seen: set[str] = set()
    for participant in event.participants:
        person = people.get(participant.person)
        if person is None or person.key in seen:
            continue
        seen.add(person.key)
        wanted = (
            seated_by_default(person, participant.role)
            or person.key in keys
            or participant.role in roles[ParticipantRole]
            or person.delegation_role in roles[DelegationRole]
        )
        if not wanted:
            continue
        if is_interpreter(person, participant.role):
            interpreting[person.side].append(person.key)
        else:
            sides[person.side].append(person.key)
    interpreters: dict[Side, str] = {}
    ordered: dict[Side, tuple[str, ...]] = {}
    for side, members in sides.items():
        others = by_precedence(plan, interpreting[side])
        if members and others:
            interpreters[side] = others.pop(0)
        ordered[side] = (*_spouses_after_partners(plan, members), *others)
    every_interpreter = frozenset(key for keys in interpreting.values() for key in keys)
    return Party(ordered[Side.HOST], ordered[Side.GUEST], interpreters, every_interpreter)


def _included(include: Include) -> tuple[set[str], dict[type, set[object]]]:
    keys: set[str] = set()
    roles: dict[type, set[object]] = {ParticipantRole: set(), DelegationRole: set()}
    for item in include:
        if isinstance(item, ParticipantRole | DelegationRole):
            roles[type(item)].add(item)
        else:
            keys.add(item)
    return keys, roles


def asked_for(plan: VisitPlan, event: Event, include: Include) -> tuple[str | Role, ...]:
    """`include` as `party` takes it, where each text is a person's key or a role's value
    (`staff`, `security`, `press`, `interpreter` …, any participant or delegation role; a
    value of both kinds stands for both), as typed on the command line. Raises SeatingError
    for a text that is neither a key of someone taking part in `event` nor a role."""
    taking_part = {participant.person for participant in event.participants}
    asked: dict[tuple[type, str], str | Role] = {}  # by kind too: "staff" == Role.STAFF
    for item in include:
        if isinstance(item, ParticipantRole | DelegationRole):
            asked.setdefault((type(item), item.value), item)
            continue
        text = item.strip()
        found: list[str | Role] = [text] if text in taking_part else []
        found += [kind(text) for kind in (ParticipantRole, DelegationRole) if text in _values(kind)]
        if not found:
            raise SeatingError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Seating",
                        "“{value}” is not the key of anyone taking part in “{title}”, nor a "
                        "role: give a person's key or one of {roles}",
                    ),
                    value=text,
                    title=event.title,
                    roles=", ".join(sorted({*_values(ParticipantRole), *_values(DelegationRole)})),
                )
            )
        for value in found:
            asked.setdefault((type(value), str(value)), value)
    return tuple(asked.values())


def _values(kind: type[ParticipantRole] | type[DelegationRole]) -> set[str]:
    return {member.value for member in kind}


def partner_of(plan: VisitPlan, spouse: Person) -> Person | None:
    """The person whose spouse `spouse` is. A visit does not record it, so the rule is: the
    highest-ranked person of the same side with the same family name; else that side's head
    of delegation; else that side's highest-ranked person (a delegation's spouse is, in
    practice, its head's). Never another spouse."""
    same_side = [
        person
        for person in plan.in_canonical_order().people
        if person.side is spouse.side
        and person.key != spouse.key
        and person.delegation_role is not DelegationRole.SPOUSE
    ]
    family = spouse.family_name.casefold()
    for rule in (
        lambda p: bool(family) and p.family_name.casefold() == family,
        lambda p: p.delegation_role is DelegationRole.HEAD,
        lambda p: True,
    ):
        found = next((person for person in same_side if rule(person)), None)
        if found is not None:
            return found
    return None


def _spouses_after_partners(plan: VisitPlan, keys: list[str]) -> list[str]:
    """The keys by precedence, each spouse moved to right after their partner when the
    partner is among them (a spouse follows the partner's rank); otherwise by their own."""
    ordered = by_precedence(plan, keys)
    present = set(ordered)
    following: defaultdict[str, list[str]] = defaultdict(list)
    moved: set[str] = set()
    for key in ordered:
        person = plan.person(key)
        if person.delegation_role is not DelegationRole.SPOUSE:
            continue
        partner = partner_of(plan, person)
        if partner is not None and partner.key in present:
            following[partner.key].append(key)
            moved.add(key)
    result = []
    for key in ordered:
        if key not in moved:
            result.append(key)
            result.extend(following.get(key, ()))
    return result


def default_kind(event: Event) -> SeatingKind:
    """The plan an item of its kind usually has: talks across a table, rows for a
    ceremony, round tables for a meal or anything else."""
    if event.kind in (EventKind.TALKS, EventKind.MEETING, EventKind.COURTESY_CALL):
        return SeatingKind.FACING
    if event.kind in (EventKind.CEREMONY, EventKind.SIGNING, EventKind.PRESS):
        return SeatingKind.THEATRE
    return SeatingKind.ROUNDS


# Reading and changing a plan


def seated_people(seating: Seating) -> tuple[str, ...]:
    """Everyone with a seat, table by table in seat order, each once."""
    return tuple(dict.fromkeys(seat.person for seat in seating.seats))


def unseated(plan: VisitPlan, event: Event, include: Include = ()) -> list[str]:
    """Who should be seated at `event` but is not, in order of precedence; no one at a
    cancelled item."""
    if event.status is EventStatus.CANCELLED:
        return []
    seated = set(seated_people(event.seating)) if event.seating else set()
    return [key for key in party(plan, event, include).everyone if key not in seated]


def place_of(table: str, number: int, side: Side | None = None) -> Place:
    return (table, side.value if side else "", number)


def move(seating: Seating, person: str, to_place: Place) -> Seating:
    """`person` on the seat `to_place` (as `Seat.place`). Whoever sat there takes the seat
    `person` leaves, or leaves the plan if `person` had none. Each keeps their lock."""
    table_key, side_text, number = to_place
    _check_place(seating, to_place)
    side = Side(side_text) if side_text else None
    own = seating.seat_of(person)
    there = seating.seat_at(to_place)
    if own is not None and own.place == to_place:
        return seating
    seats = [seat for seat in seating.seats if seat is not own and seat is not there]
    seats.append(Seat(table_key, number, person, side, own.locked if own else False))
    if there is not None and own is not None:
        seats.append(replace(there, table=own.table, number=own.number, side=own.side))
    return replace(seating, seats=tuple(seats))


def unseat(seating: Seating, person: str) -> Seating:
    """The plan without `person`'s seat."""
    return replace(seating, seats=tuple(s for s in seating.seats if s.person != person))


def lock(seating: Seating, person: str, locked: bool = True) -> Seating:
    """`person`'s seat locked (kept by the next proposal) or unlocked."""
    return replace(
        seating,
        seats=tuple(replace(s, locked=locked) if s.person == person else s for s in seating.seats),
    )


def _check_place(seating: Seating, place: Place) -> None:
    table_key, side_text, number = place
    table = next((t for t in seating.tables if t.key == table_key), None)
    facing = seating.plan is SeatingKind.FACING
    if (
        table is None
        or not 1 <= number <= table.seats
        or (facing and side_text not in (Side.HOST.value, Side.GUEST.value))
        or (not facing and side_text)
    ):
        raise SeatingError(
            _says(
                QT_TRANSLATE_NOOP("Seating", "There is no seat {number} at table “{table}”"),
                number=str(number),
                table=table.name if table else table_key,
            )
        )


# A proposal


def propose(
    plan: VisitPlan,
    event_key: str,
    kind: SeatingKind,
    *,
    tables: int | None = None,
    seats: int | None = None,
    keep: Collection[Seat] | None = None,
    include: Include = (),
) -> Seating:
    """A whole plan of `kind` for the item, by the rules of docs/seating.md.

    `tables` and `seats` (a table's seats; at talks, each side's) default to what fits
    everyone, round tables of SEATS_A_TABLE. `keep` (by default the locked seats of the
    item's plan) stay as they are and their people are not placed again; a kept seat of
    someone no longer taking part is dropped. Raises DoNotFit when the people do not fit,
    SeatingError when a kept seat is not in the new plan or the item is cancelled.
    """
    event = plan.events_by_key.get(event_key)
    if event is None:
        raise UnknownEvent(plan.visit.key, event_key)
    if event.status is EventStatus.CANCELLED:
        raise SeatingError(
            _says(
                QT_TRANSLATE_NOOP("Seating", "“{title}” is cancelled: there is no one to seat"),
                title=event.title,
            )
        )
    for count in (tables, seats):
        if count is not None and count < 1:
            raise SeatingError(
                _says(QT_TRANSLATE_NOOP("Seating", "A plan needs at least one table and seat"))
            )
    current = event.seating
    if keep is None:
        keep = [seat for seat in current.seats if seat.locked] if current else []
    attending = {participant.person for participant in event.participants}
    kept = [seat for seat in keep if seat.person in attending]
    company = party(plan, event, include)
    held = {seat.person for seat in kept}
    layout = _layout(plan, event, kind, current, tables, seats, company, kept)
    _check_kept(plan, kind, layout, kept)
    to_seat = Party(
        tuple(k for k in company.hosts if k not in held),
        tuple(k for k in company.guests if k not in held),
        {side: key for side, key in company.interpreters.items() if key not in held},
        company.interpreting,
    )
    _check_fit(plan, event, kind, layout, kept, to_seat)
    if kind is SeatingKind.FACING:
        placed = place_facing(layout[0], kept, to_seat, company)
    else:
        placed = place_at_tables(kind, layout, kept, to_seat, company)
    return Seating(kind, layout, (*kept, *placed))


# The tables


def _names(plan: VisitPlan, kind: SeatingKind, number: int) -> tuple[str, tuple[Translation, ...]]:
    """A new table's name, with its Chinese name where the visit has Chinese as a second
    language: Table 2 (第2桌), Row 3 (第3排), Talks table (會談桌)."""
    english_name, chinese, simplified = {
        SeatingKind.ROUNDS: ("Table {n}", "第{n}桌", "第{n}桌"),
        SeatingKind.THEATRE: ("Row {n}", "第{n}排", "第{n}排"),
        SeatingKind.FACING: ("Talks table", "會談桌", "会谈桌"),
        SeatingKind.LONG: ("Table", "長桌", "长桌"),
        SeatingKind.U_SHAPE: ("U-shaped table", "U形桌", "U形桌"),
    }[kind]
    translations = tuple(
        Translation(
            tag,
            "name",
            (simplified if any(s in tag for s in ("Hans", "CN", "SG")) else chinese).format(
                n=number
            ),
        )
        for tag in plan.visit.languages[1:]
        if tag.lower().startswith("zh")
    )
    return english_name.format(n=number), translations


def _new_table(plan: VisitPlan, kind: SeatingKind, number: int, seats: int) -> Table:
    name, translations = _names(plan, kind, number)
    return Table(f"t{number}", name, seats, translations)


def _layout(
    plan: VisitPlan,
    event: Event,
    kind: SeatingKind,
    current: Seating | None,
    tables: int | None,
    seats: int | None,
    company: Party,
    kept: list[Seat],
) -> tuple[Table, ...]:
    """The tables of the new plan. Without `tables` and `seats`, a plan of the same kind
    keeps its tables (names and sizes), with more added, or a single table made larger, if
    everyone would not fit."""
    reuse = current.tables if current and current.plan is kind and current.tables else ()
    people = len({*company.everyone, *(seat.person for seat in kept)})
    if kind in ONE_TABLE:
        if tables not in (None, 1):
            raise SeatingError(
                _says(
                    QT_TRANSLATE_NOOP("Seating", "“{title}”: a plan of this kind has one table"),
                    title=event.title,
                )
            )
        needed = people
        if kind is SeatingKind.FACING:
            needed = max(_per_side(company, kept).values(), default=0)
        size = max(needed, reuse[0].seats if reuse else 0, 1) if seats is None else seats
        first = reuse[0] if reuse and seats is None else _new_table(plan, kind, 1, size)
        return (replace(first, seats=size),)
    if reuse and tables is None and seats is None:
        size = max(table.seats for table in reuse)
        room = sum(table.seats for table in reuse)
        more: list[Table] = []
        taken = {table.key for table in reuse}
        number = len(reuse)
        while room < people:
            number += 1
            table = _new_table(plan, kind, number, size)
            if table.key not in taken:
                more.append(table)
                room += size
        return (*reuse, *more)
    if seats is None:
        seats = max(ceil(people / tables), 1) if tables else SEATS_A_TABLE
    if tables is None:
        tables = max(ceil(people / seats), 1)
    return tuple(_new_table(plan, kind, n, seats) for n in range(1, tables + 1))


def _per_side(company: Party, kept: list[Seat]) -> dict[Side, int]:
    """How many seats each side needs at talks: a kept seat counts on the side of the seat,
    where its person may have been moved across; everyone else on their own side (as
    _check_fit); and a side of interpreters only one more, its middle seat left for a head."""
    held = {seat.person for seat in kept}
    counts = dict.fromkeys(Side, 0)
    for side in Side:
        beside_head = company.interpreters.get(side)
        people = (*company.side(side), *((beside_head,) if beside_head else ()))
        counts[side] = sum(1 for key in people if key not in held)
        counts[side] += bool(counts[side]) and company.head(side) is None
    for seat in kept:
        if seat.side is not None:
            counts[seat.side] += 1
    return counts


def _check_kept(
    plan: VisitPlan, kind: SeatingKind, layout: tuple[Table, ...], kept: list[Seat]
) -> None:
    """Every kept seat is a seat of the new plan, held by one person, each person once."""
    sizes = {table.key: table.seats for table in layout}
    facing = kind is SeatingKind.FACING
    places: set[Place] = set()
    people: set[str] = set()
    for seat in kept:
        fits = (
            seat.table in sizes
            and 1 <= seat.number <= sizes[seat.table]
            and (seat.side is not None) == facing
            and seat.place not in places
            and seat.person not in people
        )
        places.add(seat.place)
        people.add(seat.person)
        if not fits:
            person = plan.people_by_key.get(seat.person)
            raise SeatingError(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Seating",
                        "The locked seat of {name} (table {table}, seat {number}) does not fit "
                        "the new plan: unlock it, or choose tables that have it",
                    ),
                    name=display_name(person, native=False) if person else seat.person,
                    table=seat.table,
                    number=str(seat.number),
                )
            )


def _check_fit(
    plan: VisitPlan,
    event: Event,
    kind: SeatingKind,
    layout: tuple[Table, ...],
    kept: list[Seat],
    to_seat: Party,
) -> None:
    if kind is SeatingKind.FACING:
        table = layout[0]
        for side in Side:
            held = sum(1 for seat in kept if seat.side is side)
            people = held + len(to_seat.side(side)) + (side in to_seat.interpreters)
            if people > table.seats:
                raise DoNotFit(
                    _says(
                        QT_TRANSLATE_NOOP(
                            "Seating",
                            "“{title}”: the {side} side has {people} people to seat, but the "
                            "table has {seats} seats a side",
                        ),
                        title=event.title,
                        side=Word("Side", side.value.capitalize(), side.value),
                        people=str(people),
                        seats=str(table.seats),
                    ),
                    people,
                    table.seats,
                )
        return
    people = len(kept) + len(to_seat.everyone)
    seats = sum(table.seats for table in layout)
    if people > seats:
        raise DoNotFit(
            _says(
                QT_TRANSLATE_NOOP(
                    "Seating",
                    "“{title}” has {people} people to seat, but the plan has only {seats} "
                    "seats: add tables or seats",
                ),
                title=event.title,
                people=str(people),
                seats=str(seats),
            ),
            people,
            seats,
        )
