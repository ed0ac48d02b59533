"""Names beside the seats of a drawn plan, none running into another, a chair or a table.

Every name starts at the largest size, and all shrink together down to a floor of 6 pt. A
name that meets a neighbour's goes onto two lines, then stands a line further out from
its seat (tied to it by a thin line), and only then has its given names abbreviated, at
last to its family name alone. A name is never cut: where a plan is too crowded for its
paper even so, `Labelling.crowded` says how many names still meet, and the page says so.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont

from planner.domain.layout import Spot
from planner.domain.vocab import Side
from planner.export.drawing import Canvas

LABEL_SIZES = (10.0, 9.0, 8.0, 7.5, 7.0, 6.5, 6.0)  # points, largest first; 6 pt is the floor
LABEL_GAP = 1.0  # millimetres between a chair and its name
NAME_GAP = 1.6  # between two names side by side
# How far a name may stand further out from its seat than beside it: none, or past the
# names beside its neighbours (a name's height, above or below; a little, sideways).
PUSHES = (0, 1, 2)
SIDEWAYS_PUSH = 3.0
CELL = 20.0  # millimetres: names are looked up by the squares of this size they stand in

Box = tuple[float, float, float, float]  # left, top, right, bottom in millimetres


def outward(spot: Spot) -> tuple[float, float]:
    """The way a seat's back points, away from the table: its name is written that way."""
    angle = math.radians(spot.facing)
    return -math.sin(angle), math.cos(angle)


@dataclass(frozen=True)
class Form:
    """A way to write a name: its lines, the first `names` of them the name in the
    document's language and the rest the other script, and how far its given names are
    shortened (0 whole, 1 initials, 2 the family name alone)."""

    lines: tuple[str, ...]
    names: int = 1
    shortened: int = 0

    @property
    def abbreviated(self) -> bool:
        return self.shortened > 0


@dataclass
class Seat:
    """A seat as drawn: its middle and chair (page millimetres), who sits there and the
    forms their name can be written in, best first; then the form chosen, how much further
    out than its chair it stands, and its box."""

    spot: Spot
    x: float
    y: float
    radius: float
    side: Side | None
    forms: list[Form] = field(default_factory=list)
    chosen: Form | None = None
    push: int = 0
    box: QRectF | None = None

    def reach(self, push: int, height: float) -> float:
        """How far from the chair's middle a name `height` tall stands, moved out `push`."""
        step = height + 0.8 if abs(outward(self.spot)[1]) > 0.5 else SIDEWAYS_PUSH
        return self.radius + LABEL_GAP + push * step


@dataclass(frozen=True)
class Obstacle:
    """What a name must keep clear of: a table or a chair (`round`: the circle in `rect`)."""

    rect: QRectF
    round: bool = False

    def meets(self, box: QRectF) -> bool:
        rect = self.rect
        if not self.round:
            margin = LABEL_GAP / 2
            return box.intersects(rect.adjusted(-margin, -margin, margin, margin))
        centre, radius = rect.center(), rect.width() / 2 + LABEL_GAP / 2
        nearest_x = min(max(centre.x(), box.left()), box.right())
        nearest_y = min(max(centre.y(), box.top()), box.bottom())
        return math.hypot(centre.x() - nearest_x, centre.y() - nearest_y) < radius


@dataclass(frozen=True)
class Labelling:
    """How the names came out at one size: how many still meet another (`crowded`), are
    abbreviated, or stand further out than beside their seats."""

    size: float
    crowded: int
    abbreviated: int
    pushed: int

    @property
    def flaws(self) -> tuple[int, int, int]:
        return self.crowded, self.abbreviated, self.pushed


Faces = tuple[QFont, QFont]  # the name in the document's language, and in the other script


@dataclass(frozen=True)
class Candidate:
    """One way to write a seat's name, and where: `keep` is what other names must keep
    clear of (the name a little wider, the line to it); `free` when it meets no chair, no
    table and stays on the page."""

    form: Form
    push: int
    box: QRectF
    keep: tuple[Box, ...]
    free: bool


def line_faces(form: Form, faces: Faces) -> list[QFont]:
    return [faces[0] if index < form.names else faces[1] for index in range(len(form.lines))]


def _box(canvas: Canvas, seat: Seat, form: Form, push: int, faces: Faces, area: QRectF) -> QRectF:
    """Where the name stands: out from its chair, aligned away from it, and moved back
    onto the page where it would leave it."""
    each = line_faces(form, faces)
    width = max(canvas.width(line, face) for line, face in zip(form.lines, each, strict=True))
    height = sum(canvas.line_height(face) for face in each)
    ox, oy = outward(seat.spot)
    reach = seat.reach(push, height)
    ax, ay = seat.x + ox * reach, seat.y + oy * reach
    left = ax if ox > 0.5 else ax - width if ox < -0.5 else ax - width / 2
    top = ay if oy > 0.5 else ay - height if oy < -0.5 else ay - height / 2
    left = max(area.left(), min(left, area.right() - width))
    top = max(area.top(), min(top, area.bottom() - height))
    return QRectF(left, top, width, height)


def _keep(seat: Seat, box: QRectF, push: int) -> tuple[Box, ...]:
    kept = [(box.left() - NAME_GAP / 2, box.top(), box.right() + NAME_GAP / 2, box.bottom())]
    if push:
        ox, oy = outward(seat.spot)
        near, far = seat.radius + 0.3, seat.reach(push, box.height()) - 0.3
        xs = (seat.x + ox * near, seat.x + ox * far)
        ys = (seat.y + oy * near, seat.y + oy * far)
        kept.append((min(xs) - 0.4, min(ys) - 0.4, max(xs) + 0.4, max(ys) + 0.4))
    return tuple(kept)


def _candidates(
    canvas: Canvas, seat: Seat, obstacles: list[Obstacle], area: QRectF, faces: Faces
) -> list[Candidate]:
    """The ways to try in turn: the whole name (on one line, on two) beside its seat, then
    further out, and only then shortened, further each time."""
    near = [o for o in obstacles if _near(o.rect, seat, 60.0)]
    levels = sorted({form.shortened for form in seat.forms})
    found = []
    for level in levels:
        for push in PUSHES:
            for form in (f for f in seat.forms if f.shortened == level):
                box = _box(canvas, seat, form, push, faces, area)
                free = area.contains(box) and not any(o.meets(box) for o in near)
                found.append(Candidate(form, push, box, _keep(seat, box, push), free))
    return found


def _near(rect: QRectF, seat: Seat, distance: float) -> bool:
    return abs(rect.center().x() - seat.x) < distance + rect.width() / 2 and (
        abs(rect.center().y() - seat.y) < distance + rect.height() / 2
    )


def label_seats(
    canvas: Canvas,
    seats: list[Seat],
    obstacles: list[Obstacle],
    area: QRectF,
    faces: Callable[[float], Faces],
) -> Labelling:
    """Choose each seat's form and where it stands: the largest size at which every name
    stands whole beside its seat (on one line or two), else the largest at which none is
    abbreviated and few stand further out, else the size with the fewest names crowded,
    abbreviated or moved out."""
    # Named left to right within each table, so that a name moved out alternates with
    # its neighbours' along a row instead of wherever the order of honour puts it.
    named = sorted(
        (seat for seat in seats if seat.forms),
        key=lambda seat: (seat.spot.table, round(seat.x, 1), seat.y),
    )
    tried = []
    for size in LABEL_SIZES:
        result = _place(canvas, named, obstacles, area, faces(size), size)
        if result.flaws == (0, 0, 0):
            return result
        tried.append(result)
    few = max(2, len(named) // 10)  # names moved out a little, at most
    chosen = next(
        (r for r in tried if r.crowded == r.abbreviated == 0 and r.pushed <= few),
        min(tried, key=lambda r: r.flaws),
    )
    return _place(canvas, named, obstacles, area, faces(chosen.size), chosen.size)


class _Placed:
    """The boxes of the names placed so far, found by the squares they stand in."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[int, Box]]] = defaultdict(list)

    @staticmethod
    def _cells(box: Box) -> Iterator[tuple[int, int]]:
        for cx in range(int(box[0] // CELL), int(box[2] // CELL) + 1):
            for cy in range(int(box[1] // CELL), int(box[3] // CELL) + 1):
                yield cx, cy

    def add(self, owner: int, box: Box) -> None:
        for cell in self._cells(box):
            self.cells[cell].append((owner, box))

    def meeting(self, box: Box) -> set[int]:
        return {
            owner
            for cell in self._cells(box)
            for owner, other in self.cells.get(cell, ())
            if box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
        }


def _place(
    canvas: Canvas,
    seats: list[Seat],
    obstacles: list[Obstacle],
    area: QRectF,
    faces: Faces,
    size: float,
) -> Labelling:
    """Each seat's name in the first of its candidates that is clear; where none is, the
    neighbours it meets try their next candidate and all are placed again, until every name
    is clear or no neighbour has a candidate left."""
    options = [_candidates(canvas, seat, obstacles, area, faces) for seat in seats]
    start = [0] * len(seats)
    while True:
        placed = _Placed()
        crowded = abbreviated = pushed = 0
        blamed: set[int] = set()
        for number, seat in enumerate(seats):
            blocking: set[int] | None = None
            chosen = None
            least: tuple[bool, int, int] | None = None
            fallback = options[number][start[number]]
            for index, candidate in enumerate(options[number][start[number] :]):
                meeting = set().union(*(placed.meeting(box) for box in candidate.keep))
                blocking = meeting if blocking is None else blocking
                if candidate.free and not meeting:
                    chosen = candidate
                    break
                # Failing a clear one: on the page and off the chairs, meeting fewest names.
                worst = (not candidate.free, len(meeting), index)
                if least is None or worst < least:
                    least, fallback = worst, candidate
            if chosen is None:
                chosen = fallback
                crowded += 1
                blamed |= blocking or set()
            seat.chosen, seat.push, seat.box = chosen.form, chosen.push, chosen.box
            for box in chosen.keep:
                placed.add(number, box)
            abbreviated += chosen.form.abbreviated
            pushed += chosen.push > 0
        movable = [other for other in blamed if start[other] < len(options[other]) - 1]
        if not crowded or not movable:
            return Labelling(size, crowded, abbreviated, pushed)
        for other in movable:
            start[other] += 1
