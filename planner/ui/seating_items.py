"""What the seating plan is drawn with: a chair (its number, the side by colour and letter, a
padlock when locked; dragged by its sitter) and the sitter's name in both scripts beside it,
placed behind the sitter, away from the table; and what each chair shows, made from the plan."""

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.domain.layout import FloorPlan, Spot
from planner.domain.model import Seating, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import Side
from planner.ui import words
from planner.ui.seating_models import seat_names, side_mark

SCALE = 100.0  # scene units (pixels at 100 %) to a metre of floor
CHAIR_SIZE = 40.0
NAME_POINTS = 11.0  # pixels of the scene, however the view is zoomed
HOST_FILL, HOST_INK = QColor("#d8e6f8"), QColor("#1f4f8f")
GUEST_FILL, GUEST_INK = QColor("#fbe2c8"), QColor("#8a4510")
EMPTY_FILL, EMPTY_INK = QColor("#ffffff"), QColor("#8a8f98")
TABLE_FILL, TABLE_INK = QColor("#f3efe6"), QColor("#6f6650")
TARGET = QColor("#2a8c4a")


def side_colours(side: Side | None) -> tuple[QColor, QColor]:
    """(fill, ink) of a chair: a side's colours, or an empty chair's."""
    if side is Side.HOST:
        return HOST_FILL, HOST_INK
    if side is Side.GUEST:
        return GUEST_FILL, GUEST_INK
    return EMPTY_FILL, EMPTY_INK


@dataclass(frozen=True)
class SeatShown:
    """What one chair shows: where it is, who sits on it (None: no one), their name as the
    window writes it and in the other script or language (`second`, "" when the same), their
    side, and whether the officer locked the seat."""

    spot: Spot
    person: str | None = None
    name: str = ""
    second: str = ""
    side: Side | None = None
    locked: bool = False
    tooltip: str = ""

    @property
    def place(self) -> tuple[str, str, int]:
        return self.spot.place


def scene_font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(points)))
    font.setBold(bold)
    return font


def _draw_padlock(painter: QPainter, centre: QPointF, size: float, ink: QColor) -> None:
    """A small padlock: a filled body under an open-centred shackle."""
    painter.save()
    painter.setPen(QPen(ink, size * 0.16))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    arc = QRectF(centre.x() - size * 0.28, centre.y() - size * 0.55, size * 0.56, size * 0.6)
    shackle.moveTo(arc.left(), centre.y())
    shackle.lineTo(arc.left(), arc.center().y())
    shackle.arcTo(arc, 180, -180)
    shackle.lineTo(arc.right(), centre.y())
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(ink))
    body = QRectF(centre.x() - size / 2, centre.y() - size * 0.05, size, size * 0.6)
    painter.drawRoundedRect(body, size * 0.1, size * 0.1)
    painter.restore()


def padlock_pixmap(size: int) -> QPixmap:
    """The chairs' padlock as a picture, for a legend."""
    ratio = QApplication.primaryScreen().devicePixelRatio() if QApplication.primaryScreen() else 1
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _draw_padlock(painter, QPointF(size / 2, size * 0.55), size * 0.8, EMPTY_INK.darker(160))
    painter.end()
    return pixmap


class ChairItem(QGraphicsObject):
    """A chair: its number, the side by colour and letter, a lock if locked. It can be
    selected, and dragged to another chair or off the plan when someone sits on it."""

    def __init__(self, seat: SeatShown, drag_data: Callable[["ChairItem"], QMimeData | None]):
        super().__init__()
        self.seat = seat
        self._drag_data = drag_data
        self._pressed_at: QPointF | None = None
        self.target = False  # a drag is over it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setToolTip(seat.tooltip)
        self.setPos(seat.spot.x * SCALE, seat.spot.y * SCALE)
        if seat.person is not None:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def boundingRect(self) -> QRectF:  # noqa: N802
        half = CHAIR_SIZE / 2 + 3
        return QRectF(-half, -half, 2 * half, 2 * half)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        seat = self.seat
        fill, ink = self.colours
        half = CHAIR_SIZE / 2
        box = QRectF(-half, -half, CHAIR_SIZE, CHAIR_SIZE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(ink, 1.5)
        if seat.person is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.target:
            pen = QPen(TARGET, 3.5)
        elif self.isSelected():
            pen = QPen(QApplication.palette().highlight().color(), 3.5)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(box, 7, 7)
        painter.setPen(QPen(ink))
        painter.setFont(scene_font(15, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(seat.spot.number))
        if self.mark:
            painter.setFont(scene_font(10, bold=True))
            corner = QRectF(-half + 3, -half + 1, half, half * 0.8)
            painter.drawText(corner, Qt.AlignmentFlag.AlignLeft, self.mark)
        if seat.locked:
            _draw_padlock(painter, QPointF(half - 9, -half + 9), 10, ink)

    @property
    def mark(self) -> str:
        """The letter of the sitter's side (at talks, of an empty chair's side too), as the
        chair shows it beside the side's colour; "" for an empty chair elsewhere."""
        side = self.seat.side if self.seat.person else self.seat.spot.side
        return side_mark(side) if side is not None else ""

    @property
    def colours(self) -> tuple[QColor, QColor]:
        """(fill, ink) as painted."""
        return side_colours(self.seat.side if self.seat.person else None)

    def set_target(self, on: bool) -> None:
        if self.target != on:
            self.target = on
            self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.scenePos()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        start = self._pressed_at
        if start is None or self.seat.person is None:
            return
        moved = event.screenPos() - event.buttonDownScreenPos(Qt.MouseButton.LeftButton)
        if moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._pressed_at = None
        mime = self._drag_data(self)
        if mime is not None:
            drag = QDrag(event.widget())
            drag.setMimeData(mime)
            drag.setPixmap(self.drag_picture())
            drag.exec(Qt.DropAction.MoveAction)

    def drag_picture(self) -> QPixmap:
        """What follows the pointer while the sitter is dragged: their name on their side's
        colours."""
        fill, ink = side_colours(self.seat.side)
        font = scene_font(NAME_POINTS + 1, bold=True)
        text = self.seat.name if not self.seat.second else f"{self.seat.name}  {self.seat.second}"
        width = QFontMetrics(font).horizontalAdvance(text) + 16
        pixmap = QPixmap(width, 24)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(ink, 1.5))
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(QRectF(1, 1, width - 2, 22), 6, 6)
        painter.setFont(font)
        painter.drawText(QRectF(0, 0, width, 24), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        return pixmap

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        self._pressed_at = None
        super().mouseReleaseEvent(event)


def _label_box(spot: Spot, width: float) -> tuple[QPointF, float, Qt.AlignmentFlag]:
    """Where a chair's name goes: behind the sitter, away from the table. Beside a chair whose
    back is to the page's left or right (then it may be wide); above or below one whose back
    is up or down the page (then as wide as a place at table). The top-left corner, the
    width and the alignment."""
    radians = math.radians(spot.facing)
    back_x, back_y = -math.sin(radians), math.cos(radians)  # from the sitter to the chair back
    x, y = spot.x * SCALE, spot.y * SCALE
    gap = CHAIR_SIZE / 2 + 4
    if abs(back_x) > 0.55:
        wide = 120.0
        if back_x > 0:
            return QPointF(x + gap, y - 15), wide, Qt.AlignmentFlag.AlignLeft
        return QPointF(x - gap - wide, y - 15), wide, Qt.AlignmentFlag.AlignRight
    if back_y < 0:  # the name above the chair: its bottom just over it
        return QPointF(x - width / 2, y - gap - 30), width, Qt.AlignmentFlag.AlignHCenter
    return QPointF(x - width / 2, y + gap - 2), width, Qt.AlignmentFlag.AlignHCenter


class NameItem(QGraphicsTextItem):
    """A sitter's name in the window's script, and under it in the other script, wrapped to
    the room beside the chair; anchored by its bottom when it stands above the chair."""

    def __init__(self, seat: SeatShown, pitch: float) -> None:
        super().__init__()
        corner, width, align = _label_box(seat.spot, pitch)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDefaultTextOption(option)
        self.document().setDocumentMargin(1)
        self.setFont(scene_font(NAME_POINTS))
        self.setTextWidth(width)
        self.setDefaultTextColor(QColor("#1d1f23"))
        text = seat.name if not seat.second else f"{seat.name}\n{seat.second}"
        self.setPlainText(text)
        height = self.boundingRect().height()
        above = corner.y() < seat.spot.y * SCALE - CHAIR_SIZE / 2 - 20
        if above:
            corner = QPointF(corner.x(), seat.spot.y * SCALE - CHAIR_SIZE / 2 - 3 - height)
        elif align != Qt.AlignmentFlag.AlignHCenter:  # beside: centred on the chair
            corner = QPointF(corner.x(), seat.spot.y * SCALE - height / 2)
        self.setPos(corner)
        self.setToolTip(seat.tooltip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


# What each chair shows


def place_text(seating: Seating, place: tuple[str, str, int]) -> str:
    """`Table 1, seat 3`."""
    table, _side, number = place
    name = next((t.name for t in seating.tables if t.key == table), table)
    return QCoreApplication.translate("Seating", "{table}, seat {number}").format(
        table=name, number=number
    )


def seats_shown(plan: VisitPlan, seating: Seating, floor: FloorPlan) -> list[SeatShown]:
    """Every chair of the floor plan, with its sitter's names, side and lock if taken."""
    languages = plan.visit.languages
    taken = {seat.place: seat for seat in seating.seats}
    locked = QCoreApplication.translate("Seating", "Locked: a new proposal keeps this seat")
    unlock = QCoreApplication.translate(
        "Seating", "Unlock it to seat someone else here", "a locked chair's tip"
    )
    result = []
    for spot in floor.spots:
        seat = taken.get(spot.place)
        person = plan.people_by_key.get(seat.person) if seat else None
        if seat is None or person is None:
            result.append(SeatShown(spot, tooltip=place_text(seating, spot.place)))
            continue
        lines = (
            display_name(person),
            words.label(person.side),
            person.title,
            place_text(seating, spot.place),
            locked if seat.locked else "",
            unlock if seat.locked else "",
        )
        first, second = seat_names(person, languages)
        tip = "\n".join(line for line in lines if line)
        result.append(SeatShown(spot, person.key, first, second, person.side, seat.locked, tip))
    return result


def table_names(plan: VisitPlan, seating: Seating | None) -> dict[str, str]:
    """Each table's name, in the window's language where the visit has it."""
    if seating is None:
        return {}
    languages = plan.visit.languages
    return {t.key: words.visit_text(languages, t, "name", t.name) for t in seating.tables}
