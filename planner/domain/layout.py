"""Where each seat of a seating plan stands on the floor: the drawing convention that the
window and the printed table plan share.

A seat's number counts in order of honour at its table (planner.domain.model.Seat); this
module says where that number is. The floor is measured in metres, `x` to the right and
`y` down the page, towards the entrance, which is along the bottom edge of every plan.
Directions are degrees clockwise from up the page: a sitter at 180 faces the entrance.

- **Round tables** (`rounds`): the first table, where the host presides, at the top, the
  others in rows below it. Seat 1 is at the top of each table, facing the room and the
  entrance. From it the seats alternate outwards: 2 at 1's right, 3 at 1's left, 4 at 2's
  right, 5 at 3's left, and so on, the last seats meeting opposite 1. So seat n sits
  between n - 2 and n + 2, and host and guest sides alternate around the table when seat n
  is the host's for n % 4 in (0, 1) (planner.domain.seating).
- **One long table** (`long`) is a round table stretched: seat 1 in the middle of the far
  side, facing the entrance, the seats alternating outwards along it, round the ends and
  along the near side to meet opposite 1. No one sits at the ends.
- **U-shape** (`u-shape`): the same order along the outside of the U: the head table
  across the top with seat 1 in its middle, then down the outside of both arms, whose
  sitters face inwards. The open end faces the entrance.
- **Talks** (`facing`): one table across the room, the guests on the far side facing the
  entrance and the hosts on the near side with their backs to it. Each side counts its own
  seats (`Seat.side`), and a table's `seats` is how many each side has: 1 the head, in the
  middle, 2 at the head's right, 3 at the head's left, alternating outwards. Seen from
  above, the guests' 2 is left of their 1 and the hosts' 2 right of theirs: each
  delegation's second sits opposite the other's third.
- **Theatre rows** (`theatre`): each "table" a row, the first at the front (the top, where
  the stage is), everyone facing the stage; seat 1 in the middle of its row, 2 at its
  right, 3 at its left, alternating outwards.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from planner.domain.model import Seating, Table
from planner.domain.vocab import SeatingKind, Side

SEAT_WIDTH = 0.7  # metres of table edge a diner needs
ROW_SEAT_WIDTH = 0.55  # a chair in a row of chairs
CHAIR = 0.45  # from the table's edge to the middle of the chair
MARGIN = 1.0  # around the whole plan
GAP = 1.2  # between tables (chair backs to chair backs)
TABLE_DEPTH = 1.0  # a rectangular table, front to back

UP, RIGHT, DOWN, LEFT = 0.0, 90.0, 180.0, 270.0


@dataclass(frozen=True)
class Spot:
    """Where the seat `number` (of `side` at talks) of `table` stands: the middle of the
    chair at (`x`, `y`), its sitter facing `facing` degrees."""

    table: str
    side: Side | None
    number: int
    x: float
    y: float
    facing: float

    @property
    def place(self) -> tuple[str, str, int]:
        """As `Seat.place`: (table, side or "", number)."""
        return (self.table, self.side.value if self.side else "", self.number)


@dataclass(frozen=True)
class TableShape:
    """A table on the floor: a circle of diameter `width` when `round`, else a rectangle,
    centred on (`x`, `y`). A row of the theatre is a rectangle of no depth."""

    key: str
    name: str
    round: bool
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class FloorPlan:
    """The tables and seats of a plan, within `width` by `height` metres; the entrance is
    along the bottom edge."""

    kind: SeatingKind
    tables: tuple[TableShape, ...]
    spots: tuple[Spot, ...]
    width: float
    height: float

    def spot(self, table: str, number: int, side: Side | None = None) -> Spot:
        place = (table, side.value if side else "", number)
        return next(spot for spot in self.spots if spot.place == place)


def outward(number: int) -> int:
    """How many places from seat 1 a seat is, and to which hand: 0 for 1, -1 for 2 (at its
    right), +1 for 3 (at its left), -2 for 4, +2 for 5 …"""
    return -(number // 2) if number % 2 == 0 else (number - 1) // 2


def floor_plan(seating: Seating) -> FloorPlan:
    """Where every table and every seat of `seating` stands."""
    kind = seating.plan
    if kind is SeatingKind.ROUNDS:
        tables, spots = _rounds(seating.tables)
    elif kind is SeatingKind.FACING:
        tables, spots = _facing(seating.tables[:1])
    elif kind is SeatingKind.LONG:
        tables, spots = _long(seating.tables[:1])
    elif kind is SeatingKind.U_SHAPE:
        tables, spots = _u_shape(seating.tables[:1])
    else:
        tables, spots = _theatre(seating.tables)
    return _framed(kind, tables, spots)


# Round tables


def round_radius(seats: int) -> float:
    """A round table's radius: room at its edge for each diner, 0.6 m at least (two seats)."""
    return max(0.6, seats * SEAT_WIDTH / (2 * math.pi))


def _rounds(tables: tuple[Table, ...]) -> tuple[list[TableShape], list[Spot]]:
    if not tables:
        return [], []
    cell = 2 * (round_radius(max(t.seats for t in tables)) + CHAIR) + GAP
    columns = max(1, min(5, math.ceil(math.sqrt(len(tables) - 1)))) if len(tables) > 1 else 1
    shapes, spots = [], []
    for index, table in enumerate(tables):
        if index == 0:  # the host's table, alone at the top, in the middle
            row, x = 0, (columns - 1) * cell / 2
        else:
            row, column = divmod(index - 1, columns)
            row, x = row + 1, column * cell
        y = row * cell
        radius = round_radius(table.seats)
        shapes.append(TableShape(table.key, table.name, True, x, y, 2 * radius, 2 * radius))
        step = 360.0 / table.seats
        ring = radius + CHAIR
        for number in range(1, table.seats + 1):
            # Seat 1 at the top, facing down the page; its right hand is to the page's left,
            # so the seats at its right go anticlockwise as the page shows them.
            angle = outward(number) * step
            spots.append(
                Spot(
                    table.key,
                    None,
                    number,
                    x + ring * math.sin(math.radians(angle)),
                    y - ring * math.cos(math.radians(angle)),
                    (angle + 180.0) % 360.0,
                )
            )
    return shapes, spots


# A table walked round: the places in the order of the page's clockwise, from seat 1's.


def _around(table: Table, places: list[tuple[float, float, float]]) -> list[Spot]:
    """Seats along `places` (x, y, facing), listed clockwise on the page from seat 1's:
    seat 1 at the first, its right hand anticlockwise (at the last), its left at the second."""
    count = len(places)
    spots = []
    for number in range(1, min(table.seats, count) + 1):
        x, y, facing = places[outward(number) % count]
        spots.append(Spot(table.key, None, number, x, y, facing))
    return spots


def _row(count: int, middle: float, width: float) -> list[float]:
    """`count` places `width` apart, centred on `middle`, left to right."""
    return [middle + (i - (count - 1) / 2) * width for i in range(count)]


def _long(tables: tuple[Table, ...]) -> tuple[list[TableShape], list[Spot]]:
    if not tables:
        return [], []
    table = tables[0]
    far = math.ceil(table.seats / 2)
    near = table.seats - far
    length = max(far, 1) * SEAT_WIDTH + SEAT_WIDTH
    shape = TableShape(table.key, table.name, False, 0.0, 0.0, length, TABLE_DEPTH)
    top, bottom = -TABLE_DEPTH / 2 - CHAIR, TABLE_DEPTH / 2 + CHAIR
    far_row = [(x, top, DOWN) for x in _row(far, 0.0, SEAT_WIDTH)]
    near_row = [(x, bottom, UP) for x in _row(near, 0.0, SEAT_WIDTH)]
    first = (far - 1) // 2  # seat 1: the middle of the far side (left of it if even)
    places = far_row[first:] + near_row[::-1] + far_row[:first]
    return [shape], _around(table, places)


def _u_shape(tables: tuple[Table, ...]) -> tuple[list[TableShape], list[Spot]]:
    if not tables:
        return [], []
    table = tables[0]
    head = max(1, min(table.seats, math.ceil(table.seats / 3)))
    arms = table.seats - head
    right_arm = math.ceil(arms / 2)
    left_arm = arms - right_arm
    across = max(head, 3) * SEAT_WIDTH + SEAT_WIDTH
    down = max(right_arm, 1) * SEAT_WIDTH + SEAT_WIDTH
    half = across / 2 - TABLE_DEPTH / 2  # the arms' middles
    shapes = [
        TableShape(table.key, table.name, False, 0.0, 0.0, across, TABLE_DEPTH),
        TableShape(table.key, "", False, half, (down + TABLE_DEPTH) / 2, TABLE_DEPTH, down),
        TableShape(table.key, "", False, -half, (down + TABLE_DEPTH) / 2, TABLE_DEPTH, down),
    ]
    top = -TABLE_DEPTH / 2 - CHAIR
    head_row = [(x, top, DOWN) for x in _row(head, 0.0, SEAT_WIDTH)]
    arm_ys = [TABLE_DEPTH / 2 + SEAT_WIDTH * (i + 0.5) for i in range(max(right_arm, left_arm))]
    outside = half + TABLE_DEPTH / 2 + CHAIR
    right = [(outside, y, LEFT) for y in arm_ys[:right_arm]]
    left = [(-outside, y, RIGHT) for y in arm_ys[:left_arm]][::-1]
    first = (head - 1) // 2
    places = head_row[first:] + right + left + head_row[:first]
    return shapes, _around(table, places)


def _facing(tables: tuple[Table, ...]) -> tuple[list[TableShape], list[Spot]]:
    if not tables:
        return [], []
    table = tables[0]
    length = table.seats * SEAT_WIDTH + SEAT_WIDTH
    shape = TableShape(table.key, table.name, False, 0.0, 0.0, length, TABLE_DEPTH)
    spots = []
    for side, y, facing, right in (
        (Side.GUEST, -TABLE_DEPTH / 2 - CHAIR, DOWN, -1.0),  # facing down: right is left
        (Side.HOST, TABLE_DEPTH / 2 + CHAIR, UP, 1.0),
    ):
        for number in range(1, table.seats + 1):
            x = -outward(number) * right * SEAT_WIDTH
            spots.append(Spot(table.key, side, number, x, y, facing))
    return [shape], spots


def _theatre(tables: tuple[Table, ...]) -> tuple[list[TableShape], list[Spot]]:
    shapes, spots = [], []
    for index, row in enumerate(tables):
        y = index * (CHAIR * 2 + 0.5)
        width = row.seats * ROW_SEAT_WIDTH
        shapes.append(TableShape(row.key, row.name, False, 0.0, y, width, 0.0))
        for number in range(1, row.seats + 1):
            # Facing up the page, the stage: a sitter's right is the page's right.
            spots.append(Spot(row.key, None, number, -outward(number) * ROW_SEAT_WIDTH, y, UP))
    return shapes, spots


def _framed(kind: SeatingKind, tables: list[TableShape], spots: list[Spot]) -> FloorPlan:
    """Everything moved so the plan starts at (MARGIN, MARGIN) and fits its width and height."""
    xs = (
        [s.x for s in spots]
        + [t.x - t.width / 2 for t in tables]
        + [t.x + t.width / 2 for t in tables]
    )
    ys = (
        [s.y for s in spots]
        + [t.y - t.height / 2 for t in tables]
        + [t.y + t.height / 2 for t in tables]
    )
    if not xs:
        return FloorPlan(kind, (), (), 2 * MARGIN, 2 * MARGIN)
    left, top = min(xs) - MARGIN, min(ys) - MARGIN
    moved_tables = tuple(
        TableShape(t.key, t.name, t.round, t.x - left, t.y - top, t.width, t.height) for t in tables
    )
    moved_spots = tuple(
        Spot(s.table, s.side, s.number, s.x - left, s.y - top, s.facing) for s in spots
    )
    return FloorPlan(
        kind, moved_tables, moved_spots, max(xs) - left + MARGIN, max(ys) - top + MARGIN
    )
