"""A seating plan drawn on a page: tables and seats where planner.domain.layout puts them,
each seat with its number and its side (a mark and a colour), and the name of who sits
there beside it (placed by planner.export.seat_labels).

Tables keep their shape and their seats' places at one scale, but stand further apart on
the page than on the floor: a name takes more room on paper than a chair does in the room,
and the names around one table must not run into the next table's. Where the paper is too
small for that, the names get less room before the chairs run together.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont

from planner.domain.layout import FloorPlan, Spot, TableShape
from planner.domain.vocab import Side
from planner.export.drawing import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    Canvas,
    draw_lines,
    fit,
)
from planner.export.pdf import INK, MUTED, RULE
from planner.export.seat_labels import Faces, Seat, line_faces, outward

HOST = QColor("#1f4e99")  # blue, and a filled mark
GUEST = QColor("#b85a12")  # amber, and a hollow mark: told apart without colour too
EMPTY = QColor("#9a9a9a")
TABLE_FILL = QColor("#f1f3f7")
TABLE_EDGE = QColor("#8c97ab")

MAX_SCALE = 32.0  # millimetres to the metre: a lone table is drawn no larger than this
SIDE_ROOM = 25.0  # beside a table whose names stand out sideways
END_ROOM = 12.0  # beside a table whose names stand above or below its seats
TOP_ROOM = 11.0  # above or below a table, for the names there
CHAIR_ROOM = 3.0  # above or below a row of chairs whose names are on its other side
TABLE_GAP = 3.0  # between two tables' rooms


def side_mark(canvas: Canvas, x: float, y: float, radius: float, side: Side | None) -> None:
    """The side's mark: a filled disc for the host, a ring for the guest; a dashed ring for
    a seat nobody has."""
    rect = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
    if side is Side.HOST:
        canvas.shape(rect, fill=HOST, stroke=HOST, width=0.35, round=True)
    elif side is Side.GUEST:
        canvas.shape(rect, fill=QColor("white"), stroke=GUEST, width=radius * 0.38, round=True)
    else:
        canvas.shape(rect, fill=QColor("white"), stroke=EMPTY, width=0.3, round=True, dashes=[2, 2])


# Tables and their seats, and how far apart they stand on the page


@dataclass(frozen=True)
class Rooms:
    """Millimetres kept free round a table for the names at its seats, on each side."""

    left: float
    right: float
    top: float
    bottom: float

    def times(self, factor: float) -> Rooms:
        return Rooms(
            self.left * factor, self.right * factor, self.top * factor, self.bottom * factor
        )


@dataclass(frozen=True)
class Cluster:
    """A table and its seats: where it is on the floor (its middle, metres), how far it
    reaches from there, and the room its names need round it on the page."""

    key: str
    shapes: tuple[TableShape, ...]
    spots: tuple[Spot, ...]
    x: float
    y: float
    half_width: float
    half_height: float
    rooms: Rooms
    closest: float  # metres between the two seats nearest each other


def _rooms(spots: Sequence[Spot]) -> Rooms:
    """Names stand out beside seats whose backs point sideways, and reach a little past
    the ends of a row of them; above or below seats whose backs point up or down."""
    ways = [outward(spot) for spot in spots]
    sideways = any(abs(ox) > 0.5 for ox, _ in ways)
    side = SIDE_ROOM if sideways else END_ROOM
    up = any(oy < -0.5 for _, oy in ways)
    down = any(oy > 0.5 for _, oy in ways)
    return Rooms(side, side, TOP_ROOM if up else CHAIR_ROOM, TOP_ROOM if down else CHAIR_ROOM)


def clusters(floor: FloorPlan) -> list[Cluster]:
    found = []
    for key in dict.fromkeys(shape.key for shape in floor.tables):
        shapes = tuple(shape for shape in floor.tables if shape.key == key)
        spots = tuple(spot for spot in floor.spots if spot.table == key)
        xs = [s.x + d for s in spots for d in (-0.3, 0.3)] + [
            t.x + d * t.width / 2 for t in shapes for d in (-1, 1)
        ]
        ys = [s.y + d for s in spots for d in (-0.3, 0.3)] + [
            t.y + d * t.height / 2 for t in shapes for d in (-1, 1)
        ]
        found.append(
            Cluster(
                key,
                shapes,
                spots,
                (min(xs) + max(xs)) / 2,
                (min(ys) + max(ys)) / 2,
                (max(xs) - min(xs)) / 2,
                (max(ys) - min(ys)) / 2,
                _rooms(spots),
                min(
                    (math.hypot(a.x - b.x, a.y - b.y) for a in spots for b in spots if a is not b),
                    default=1.0,
                ),
            )
        )
    return found


@dataclass(frozen=True)
class Arrangement:
    """Where the plan stands on the page: each table drawn at `scale` millimetres to the
    metre, the tables' middles `across` and `down` millimetres to the metre apart, from
    (`left`, `top`)."""

    scale: float
    across: float
    down: float
    left: float
    top: float

    def point(self, cluster: Cluster, x: float, y: float) -> tuple[float, float]:
        return (
            self.left + cluster.x * self.across + (x - cluster.x) * self.scale,
            self.top + cluster.y * self.down + (y - cluster.y) * self.scale,
        )


def _spread(tables: Sequence[Cluster], scale: float, room: float) -> tuple[float, float]:
    """How far apart the tables' middles must be, across and down the page, so that no two
    tables' rooms (times `room`) meet: tables side by side set the one, tables one above
    the other the other, and tables diagonally apart move further down if they must."""
    across = down = scale
    pairs = []
    for i, one in enumerate(tables):
        for other in tables[i + 1 :]:
            dx, dy = abs(one.x - other.x), abs(one.y - other.y)
            left, right = (one, other) if one.x <= other.x else (other, one)
            upper, lower = (one, other) if one.y <= other.y else (other, one)
            need_x = (one.half_width + other.half_width) * scale
            need_x += (left.rooms.right + right.rooms.left) * room + TABLE_GAP
            need_y = (one.half_height + other.half_height) * scale
            need_y += (upper.rooms.bottom + lower.rooms.top) * room + TABLE_GAP
            pairs.append((dx, dy, need_x, need_y))
            if dy < 1e-6 < dx:
                across = max(across, need_x / dx)
            elif dx < 1e-6 < dy:
                down = max(down, need_y / dy)
    for dx, dy, need_x, need_y in pairs:
        if dx > 1e-6 and dy > 1e-6 and dx * across < need_x and dy * down < need_y:
            down = need_y / dy
    return across, down


def _extent(
    tables: Sequence[Cluster], scale: float, room: float
) -> tuple[Arrangement, float, float]:
    """The plan drawn at `scale` from (0, 0), and its width and height in millimetres."""
    across, down = _spread(tables, scale, room)
    rooms = [t.rooms.times(room) for t in tables]
    lefts = [
        t.x * across - t.half_width * scale - r.left for t, r in zip(tables, rooms, strict=True)
    ]
    rights = [
        t.x * across + t.half_width * scale + r.right for t, r in zip(tables, rooms, strict=True)
    ]
    tops = [t.y * down - t.half_height * scale - r.top for t, r in zip(tables, rooms, strict=True)]
    bottoms = [
        t.y * down + t.half_height * scale + r.bottom for t, r in zip(tables, rooms, strict=True)
    ]
    left, top = min(lefts), min(tops)
    arrangement = Arrangement(scale, across, down, -left, -top)
    return arrangement, max(rights) - left, max(bottoms) - top


ROOM_FACTORS = (1.0, 0.8, 0.65, 0.5, 0.4)  # less room for names, when tables must be larger
CHAIRS_APART = 6.5  # millimetres from chair to chair, at the least, for a plan to be clear


def arrange(tables: Sequence[Cluster], width: float, height: float) -> Arrangement:
    """The plan at the largest scale at which it fits `width` by `height` millimetres,
    centred there (its scale is what a page's orientation is chosen by). Where that leaves
    a table's chairs crowding each other, the names get less room round the tables, and
    will be smaller or shortened, rather than the chairs run together."""
    closest = min((table.closest for table in tables), default=1.0)
    least = CHAIRS_APART / max(closest, 0.1)
    for room in ROOM_FACTORS:
        arrangement = _arrange(tables, width, height, room)
        if arrangement.scale >= least:
            break
    return arrangement


def _arrange(tables: Sequence[Cluster], width: float, height: float, room: float) -> Arrangement:
    low, high = 0.5, MAX_SCALE
    for _ in range(40):
        middle = (low + high) / 2
        _, w, h = _extent(tables, middle, room)
        if w <= width and h <= height:
            low = middle
        else:
            high = middle
    arrangement, w, h = _extent(tables, low, room)
    return replace(
        arrangement,
        left=arrangement.left + (width - w) / 2,
        top=arrangement.top + (height - h) / 2,
    )


def draw_seat(canvas: Canvas, seat: Seat, number_face: QFont) -> None:
    side_mark(canvas, seat.x, seat.y, seat.radius, seat.side)
    if seat.side is Side.HOST:
        color = QColor("white")
    else:
        color = GUEST if seat.side is Side.GUEST else EMPTY
    r = seat.radius
    box = QRectF(seat.x - r, seat.y - r, 2 * r, 2 * r)
    canvas.text(box, str(seat.spot.number), number_face, color)


def draw_label(canvas: Canvas, seat: Seat, faces: Faces) -> None:
    """The name by its seat: aligned on the seat's side of it, the other script in grey; a
    name moved out from its seat is tied to it by a line."""
    if seat.box is None or seat.chosen is None:
        return
    ox, oy = outward(seat.spot)
    if seat.push > 0:
        start = seat.radius + 0.3
        end = seat.reach(seat.push, seat.box.height()) - 0.3
        canvas.line(
            seat.x + ox * start,
            seat.y + oy * start,
            seat.x + ox * end,
            seat.y + oy * end,
            RULE,
            0.2,
        )
    align = ALIGN_LEFT if ox > 0.5 else ALIGN_RIGHT if ox < -0.5 else ALIGN_CENTER
    top = seat.box.top()
    form = seat.chosen
    for index, (line, face) in enumerate(zip(form.lines, line_faces(form, faces), strict=True)):
        height = canvas.line_height(face)
        color = INK if index < form.names else MUTED
        canvas.text(
            QRectF(seat.box.left(), top, seat.box.width(), height), line, face, color, align
        )
        top += height


def draw_table(canvas: Canvas, rect: QRectF, round: bool, names: list[str]) -> None:
    """A table with its name in its middle (a theatre row is drawn as its chairs alone)."""
    canvas.shape(rect, fill=TABLE_FILL, stroke=TABLE_EDGE, width=0.35, round=round, radius=0.8)
    if not names:
        return
    inner = rect.width() * (0.72 if round else 0.9)
    room = rect.height() * (0.7 if round else 0.9)
    largest = min(12.0, max(7.0, rect.width() / 5))  # a larger table, a larger name
    fitted = [fit(canvas, name, inner, largest=largest, smallest=5.5, bold=True) for name in names]
    if sum(f.height for f in fitted) > room:  # a small table: its name in the first language
        fitted = fitted[:1]
    top = rect.center().y() - sum(f.height for f in fitted) / 2
    for made in fitted:
        top = draw_lines(canvas, made, rect.left(), top, rect.width(), INK)
