"""How a proposed seating plan fills its seats (planner.domain.seating.propose): the people
shared out among the tables, each side in its order of honour, then each table filled seat
by seat, host and guest sides taking turns, each interpreter beside their head."""

from collections import deque
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from math import ceil

from planner.domain.model import Seat, Table
from planner.domain.vocab import SeatingKind, Side


@dataclass(frozen=True)
class Party:
    """The people to seat at an item, each side in its order of honour at table: by
    precedence, each spouse right after their partner, one interpreter of each side apart
    (`interpreters`, to sit beside that side's head; any others of the side come last).
    `interpreting` holds every interpreter of the party: none of them heads a side."""

    hosts: tuple[str, ...]
    guests: tuple[str, ...]
    interpreters: Mapping[Side, str]
    interpreting: frozenset[str] = field(default=frozenset())

    @property
    def host(self) -> str | None:
        """Who presides: the host side's highest-ranked person present who is not an
        interpreter; None where the host side has no one else."""
        return self.head(Side.HOST)

    @property
    def guest_of_honour(self) -> str | None:
        """The guest side's highest-ranked person present who is not an interpreter."""
        return self.head(Side.GUEST)

    def side(self, side: Side) -> tuple[str, ...]:
        return self.hosts if side is Side.HOST else self.guests

    def head(self, side: Side) -> str | None:
        """The side's first in its order of honour who is not an interpreter."""
        return next((key for key in self.side(side) if key not in self.interpreting), None)

    @property
    def everyone(self) -> tuple[str, ...]:
        """Host side, then guest side, each in its order, interpreters after their side."""
        hosts, guests = self.interpreters.get(Side.HOST), self.interpreters.get(Side.GUEST)
        return (
            *self.hosts,
            *((hosts,) if hosts else ()),
            *self.guests,
            *((guests,) if guests else ()),
        )


def side_of_seat(number: int) -> Side:
    """Which side sits on seat `number` where the sides alternate round a table."""
    return Side.HOST if number % 4 in (0, 1) else Side.GUEST


def beside(number: int) -> int:
    """The seat next to `number` on its outer side, where an interpreter sits: 3 beside the
    presiding seat 1 (whose right, 2, is the guest of honour's), n + 2 beside any other."""
    return number + 2


class _Filler:
    """Fills the free seats of one table (of one side, at talks) in order of honour: each
    seat to the side whose turn it is (`side_of_seat`), or the other when that side has no
    one left; an interpreter to the seat beside their principal once the principal sits.
    The presiding seat, 1, never goes to an interpreter (`interpreting`) while the other
    side has someone else to take it."""

    def __init__(
        self,
        table: str,
        free: list[int],
        side: Side | None = None,
        interpreting: Collection[str] = frozenset(),
    ) -> None:
        self.table, self.free, self.side = table, free, side
        self.interpreting = interpreting
        self.reserved: dict[int, str] = {}
        self.seats: list[Seat] = []

    def reserve_beside(self, number: int, interpreter: str) -> bool:
        """Hold the seat beside `number` (or the next free one) for an interpreter; False
        when the table has no free seat left."""
        wanted = beside(number)
        open_seats = [n for n in self.free if n not in self.reserved]
        if not open_seats:
            return False
        if wanted not in open_seats:
            later = [n for n in open_seats if n > number]
            wanted = later[0] if later else open_seats[0]
        self.reserved[wanted] = interpreter
        return True

    def fill(
        self, queues: dict[Side, deque[str]], attached: dict[str, str], alternate: bool = True
    ) -> None:
        for number in self.free:
            if not (self.reserved or any(queues.values())):
                break
            if number in self.reserved:
                self.seats.append(Seat(self.table, number, self.reserved.pop(number), self.side))
                continue
            turn = side_of_seat(number) if alternate else self.side or Side.HOST
            queue = queues[turn] or queues[_other(turn)]
            if not queue:
                continue
            if number == 1 and queue[0] in self.interpreting:
                other = queues[_other(turn)]
                if other and other[0] not in self.interpreting:
                    queue = other
            person = queue.popleft()
            self.seats.append(Seat(self.table, number, person, self.side))
            if person in attached and self.reserve_beside(number, attached[person]):
                del attached[person]


def free_numbers(table: Table, kept: list[Seat], side: Side | None = None) -> list[int]:
    taken = {seat.number for seat in kept if seat.table == table.key and seat.side is side}
    return [n for n in range(1, table.seats + 1) if n not in taken]


def place_facing(table: Table, kept: list[Seat], to_seat: Party, company: Party) -> list[Seat]:
    """Each side along its own edge of the table: its head at 1 (or its first free seat),
    its interpreter beside the head, the others by precedence right and left outwards. A
    side with no one to place but interpreters leaves its middle seat to a head, where the
    table has a seat to spare, the first of them sitting beside it."""
    placed: list[Seat] = []
    for side in Side:
        free = free_numbers(table, kept, side)
        members = list(to_seat.side(side))
        interpreter = to_seat.interpreters.get(side)
        headless = bool(members) and all(key in company.interpreting for key in members)
        if headless and 1 in free and len(free) > len(members) + bool(interpreter):
            free.remove(1)
        filler = _Filler(table.key, free, side)
        attached: dict[str, str] = {}
        head = company.head(side)
        head_seat = next((s for s in kept if s.person == head and s.side is side), None)
        if head is None and headless:
            filler.reserve_beside(1, members.pop(0))
        elif interpreter:
            if head_seat is not None and filler.reserve_beside(head_seat.number, interpreter):
                pass
            elif head is not None and members[:1] == [head]:
                attached[head] = interpreter
            else:
                members.append(interpreter)
        queues = {side: deque(members), _other(side): deque()}
        filler.fill(queues, attached, alternate=False)
        placed += filler.seats
        # Never so, as the sides are measured: whoever found no seat sits where one is left.
        placed += _seated_anywhere(table, side, [*queues[side], *attached.values()], filler)
    return placed


def _seated_anywhere(table: Table, side: Side, people: list[str], filler: _Filler) -> list[Seat]:
    taken = {seat.number for seat in filler.seats}
    free = [n for n in filler.free if n not in taken]
    return [Seat(table.key, n, key, side) for n, key in zip(free, people, strict=False)]


def _other(side: Side) -> Side:
    return Side.GUEST if side is Side.HOST else Side.HOST


def place_at_tables(
    kind: SeatingKind,
    layout: tuple[Table, ...],
    kept: list[Seat],
    to_seat: Party,
    company: Party,
) -> list[Seat]:
    """Round tables, one long table, a U or rows: the people shared out among the tables,
    each side in its order, so the first table has the highest of both sides and every
    table a host to preside where there are hosts enough; then each table filled in turn
    (docs/seating.md)."""
    free = {table.key: free_numbers(table, kept) for table in layout}
    counts = _counts(kind, [len(free[t.key]) for t in layout], len(to_seat.everyone))
    queues = {Side.HOST: deque(to_seat.hosts), Side.GUEST: deque(to_seat.guests)}
    waiting = dict(to_seat.interpreters)  # side -> interpreter, until their principal sits
    kept_at = {seat.person: seat for seat in kept}
    interpreting = company.interpreting
    presided = {
        seat.table
        for seat in kept
        if seat.person in company.hosts and seat.person not in interpreting
    }
    placed: list[Seat] = []
    for index, table in enumerate(layout):
        filler = _Filler(table.key, free[table.key], interpreting=interpreting)
        slots, attached, needs = _principals_here(
            table.key, counts[index], filler, queues, waiting, kept_at, company
        )
        needs[Side.HOST] = needs[Side.HOST] or table.key not in presided
        later = sum(
            1
            for other, count in zip(layout[index + 1 :], counts[index + 1 :], strict=True)
            if count and other.key not in presided
        )
        presiders = sum(1 for key in queues[Side.HOST] if key not in interpreting)
        hosts, guests = _split(
            slots, len(queues[Side.HOST]), len(queues[Side.GUEST]), needs, later, presiders
        )
        here = {
            Side.HOST: deque(queues[Side.HOST].popleft() for _ in range(hosts)),
            Side.GUEST: deque(queues[Side.GUEST].popleft() for _ in range(guests)),
        }
        filler.fill(here, attached)
        for side in Side:  # anyone who found no seat here (never, as the shares are made)
            queues[side].extendleft(reversed(here[side]))
        for principal, interpreter in attached.items():  # a principal not seated here
            waiting[Side.HOST if principal in company.hosts else Side.GUEST] = interpreter
        placed += filler.seats
        taken = {seat.number for seat in filler.seats}
        free[table.key] = [n for n in free[table.key] if n not in taken]
    leftover = [*queues[Side.HOST], *queues[Side.GUEST], *waiting.values()]
    for table in layout:  # anyone the shares left over (never, as they are made), seated
        while leftover and free[table.key]:
            placed.append(Seat(table.key, free[table.key].pop(0), leftover.pop(0)))
    return placed


def _principals_here(
    table: str,
    slots: int,
    filler: "_Filler",
    queues: dict[Side, deque[str]],
    waiting: dict[Side, str],
    kept_at: Mapping[str, Seat],
    company: Party,
) -> tuple[int, dict[str, str], dict[Side, bool]]:
    """Who of the two heads sits at this table, and the interpreters who sit beside them.

    A head sits at the first table with room once everyone above them on their side has a
    seat: the host first, then the guest of honour beside them. An interpreter sits here
    when their head does (or has a kept seat here) and a seat is left after the heads'.
    Says the slots left for everyone but those interpreters, each interpreter by their
    head, and which sides must have someone here (their head)."""
    first = {side: bool(queues[side]) and queues[side][0] == company.head(side) for side in Side}
    needs = {Side.HOST: first[Side.HOST] and slots >= 1}
    needs[Side.GUEST] = first[Side.GUEST] and slots >= 1 + needs[Side.HOST]
    room = slots - sum(needs.values())
    attached: dict[str, str] = {}
    for side in Side:
        principal, interpreter = company.head(side), waiting.get(side)
        if principal is None or interpreter is None:
            continue
        seat = kept_at.get(principal)
        here = seat.table == table if seat is not None else needs[side]
        if not here:
            continue
        del waiting[side]
        if room < 1:  # no seat beside the head: the interpreter sits with their side
            queues[side].append(interpreter)
            continue
        if seat is None:
            attached[principal] = interpreter
        elif not filler.reserve_beside(seat.number, interpreter):
            queues[side].append(interpreter)
            continue
        room -= 1
        slots -= 1
    return slots, attached, needs


def _counts(kind: SeatingKind, free: list[int], people: int) -> list[int]:
    """How many to seat at each table: rows fill from the front; round tables share
    everyone out in proportion to their free seats, so no table is left half empty."""
    counts = []
    room = sum(free)
    for seats in free:
        if kind is SeatingKind.THEATRE or room == 0:
            count = min(seats, people)
        else:
            count = min(seats, ceil(people * seats / room))
        counts.append(count)
        people -= count
        room -= seats
    return counts


def _split(
    slots: int,
    hosts: int,
    guests: int,
    needs: dict[Side, bool],
    later: int,
    presiders: int | None = None,
) -> tuple[int, int]:
    """How many of `slots` at a table go to each side: in proportion to who is left, at
    least one host where the table has none to preside (and a host kept back for each
    `later` table without one, where hosts are few), at least one guest where `needs` says.
    `presiders` is how many of the hosts left may preside (not interpreters, who come last
    in the hosts' order): only they count to preside here and at the `later` tables."""
    if slots <= 0 or hosts + guests == 0:
        return 0, 0
    presiders = hosts if presiders is None else presiders
    share = (2 * slots * hosts + hosts + guests) // (2 * (hosts + guests))  # rounded
    floor = 1 if needs[Side.HOST] and presiders else 0
    share = min(share, max(presiders - later, floor))
    if needs[Side.GUEST] and guests:
        share = min(share, slots - 1)
    share = min(max(share, floor), hosts, slots)
    guest_share = min(slots - share, guests)
    share = min(slots - guest_share, hosts)  # the guests ran out: more hosts
    return share, guest_share
