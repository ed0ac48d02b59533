"""The seating plan drawn: tables and chairs where planner.domain.layout puts them, each chair
with its number, its sitter's name in both scripts, the side by colour and by letter, a lock
where the officer fixed it; the entrance along the bottom. People are dragged onto, between
and off the chairs; what a drop means is the page's to say (planner.ui.seating_page).

Signals of SeatingView:
    dropped(str, object): a person (key) was dropped on a seat (its place, a tuple as
        `Seat.place`), or off the plan (None).
    lock_toggled(object): the officer locked or unlocked the seat at a place.
    unseat_requested(str): the officer took a person (key) off their seat.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QResizeEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsTextItem,
    QGraphicsView,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from planner.domain.layout import CHAIR, GAP, SEAT_WIDTH, FloorPlan, Spot, TableShape
from planner.domain.vocab import SeatingKind, Side
from planner.ui.seating_models import PersonDrag, person_drag, person_mime, side_mark

SCALE = 100.0  # scene units (pixels at 100 %) to a metre of floor
CHAIR_SIZE = 40.0
NAME_POINTS = 11.0  # pixels of the scene, however the view is zoomed
MOST_ZOOM = 1.6  # a plan of two chairs is not blown up to fill the screen
LEAST_ZOOM = 0.15
# Room between round tables for the names beside their chairs (across) and over the chairs
# at their tops (down the page), in metres.
NAME_ROOM_ACROSS, NAME_ROOM_DOWN = 1.7, 0.5

HOST_FILL, HOST_INK = QColor("#d8e6f8"), QColor("#1f4f8f")
GUEST_FILL, GUEST_INK = QColor("#fbe2c8"), QColor("#8a4510")
EMPTY_FILL, EMPTY_INK = QColor("#ffffff"), QColor("#8a8f98")
TABLE_FILL, TABLE_INK = QColor("#f3efe6"), QColor("#6f6650")
ROOM_INK = QColor("#b9bcc2")
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


def _font(points: float, *, bold: bool = False) -> QFont:
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

    def __init__(self, seat: SeatShown, view: "SeatingView") -> None:
        super().__init__()
        self.seat = seat
        self._view = view
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
        painter.setFont(_font(15, bold=True))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(seat.spot.number))
        if self.mark:
            painter.setFont(_font(10, bold=True))
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
        mime = self._view.drag_data(self)
        if mime is not None:
            drag = QDrag(event.widget())
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.MoveAction)

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
        self.setFont(_font(NAME_POINTS))
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


def _spread(floor: FloorPlan) -> dict[str, QPointF]:
    """How far each round table (and its chairs) moves from where the floor plan puts it,
    so that the names beside the chairs of neighbouring tables have room: the distances
    between tables grow by NAME_ROOM_ACROSS and NAME_ROOM_DOWN a table. Rows and single
    tables stay where they are."""
    if floor.kind is not SeatingKind.ROUNDS or len(floor.tables) < 2:
        return {t.key: QPointF(0, 0) for t in floor.tables}
    cell = max(t.width for t in floor.tables) + 2 * CHAIR + GAP  # as layout places them
    across, down = NAME_ROOM_ACROSS / cell, NAME_ROOM_DOWN / cell
    left, top = min(t.x for t in floor.tables), min(t.y for t in floor.tables)
    return {
        t.key: QPointF((t.x - left) * across * SCALE, (t.y - top) * down * SCALE)
        for t in floor.tables
    }


class SeatingView(QGraphicsView):
    """The plan of one item's seats, fitted to the view as it is resized (Ctrl+wheel zooms)."""

    dropped = Signal(str, object)
    lock_toggled = Signal(object)
    unseat_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seatingView")
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAcceptDrops(True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setBackgroundBrush(QBrush(QColor("#fbfbfa")))
        self.chairs: list[ChairItem] = []
        self.visit: str | None = None
        self.event_key: str | None = None
        self._zoomed = False  # the officer zoomed: no fitting until the plan changes
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(0.8)),
            (QKeySequence("Ctrl+0"), self.fit),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)

    # What is shown

    def show_seats(
        self,
        visit: str | None,
        event: str | None,
        floor: FloorPlan | None,
        seats: Sequence[SeatShown],
        table_names: dict[str, str],
        empty_text: str = "",
    ) -> None:
        """Draw `floor` with `seats` on it, the tables named by `table_names` (key → name);
        without a floor, say `empty_text`. The chair selected stays selected."""
        selected = self.selected_place()
        refit = (visit, event) != (self.visit, self.event_key) or floor is None or not self.chairs
        self.visit, self.event_key = visit, event
        scene = self.scene()
        scene.clearSelection()
        scene.clear()
        self.chairs = []
        if floor is None:
            note = scene.addText(empty_text, _font(14))
            note.setTextWidth(420)
            note.setDefaultTextColor(EMPTY_INK)
            scene.setSceneRect(note.boundingRect().adjusted(-20, -20, 20, 20))
            self._fit()
            return
        moves = _spread(floor)
        pitch = SEAT_WIDTH * SCALE - 4
        if floor.kind is SeatingKind.THEATRE:
            pitch = 0.55 * SCALE - 2
        for table in floor.tables:
            # The arms of a U are parts of its one table, unnamed.
            name = table_names.get(table.key, table.name) if table.name else ""
            self._table(table, name, moves[table.key])
        for seat in seats:
            move = moves.get(seat.spot.table, QPointF(0, 0))
            chair = ChairItem(seat, self)
            chair.moveBy(move.x(), move.y())
            scene.addItem(chair)
            self.chairs.append(chair)
            if seat.person is not None:
                label = NameItem(seat, pitch)
                label.moveBy(move.x(), move.y())
                scene.addItem(label)
            if seat.place == selected:
                chair.setSelected(True)
        self._room(scene.itemsBoundingRect())
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        if refit or not self._zoomed:
            self._zoomed = False
            self._fit()

    def _table(self, table: TableShape, name: str, move: QPointF) -> None:
        scene = self.scene()
        w, h = table.width * SCALE, max(table.height * SCALE, 6.0)
        box = QRectF(table.x * SCALE - w / 2, table.y * SCALE - h / 2, w, h).translated(move)
        pen, brush = QPen(TABLE_INK, 1.5), QBrush(TABLE_FILL)
        if table.round:
            scene.addEllipse(box, pen, brush)
        else:
            scene.addRect(box, pen, brush)
        if not name:
            return
        text = scene.addText(name, _font(13, bold=True))
        text.setDefaultTextColor(TABLE_INK)
        room = max(60.0, w - 16)
        text.setTextWidth(room)
        option = QTextOption(Qt.AlignmentFlag.AlignHCenter)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        text.document().setDefaultTextOption(option)
        bounds = text.boundingRect()
        if table.height * SCALE < 20:  # a row of the theatre: its name at its left end
            text.setTextWidth(-1)
            bounds = text.boundingRect()
            text.setPos(box.left() - bounds.width() - 26, box.center().y() - bounds.height() / 2)
            return
        text.setPos(box.center().x() - room / 2, box.center().y() - bounds.height() / 2)

    def _room(self, around: QRectF) -> None:
        """The walls round the plan, with the entrance in the middle of the bottom one."""
        scene = self.scene()
        room = around.adjusted(-24, -24, 24, 24)
        door = 110.0
        pen = QPen(ROOM_INK, 2)
        middle = room.center().x()
        bottom = room.bottom()
        scene.addLine(room.left(), room.top(), room.right(), room.top(), pen)
        scene.addLine(room.left(), room.top(), room.left(), bottom, pen)
        scene.addLine(room.right(), room.top(), room.right(), bottom, pen)
        scene.addLine(room.left(), bottom, middle - door / 2, bottom, pen)
        scene.addLine(middle + door / 2, bottom, room.right(), bottom, pen)
        arrow = QPainterPath()
        arrow.moveTo(middle - 9, bottom + 16)
        arrow.lineTo(middle, bottom + 4)
        arrow.lineTo(middle + 9, bottom + 16)
        scene.addPath(arrow, QPen(EMPTY_INK, 2))
        words = QCoreApplication.translate("Seating", "Entrance")
        text = scene.addText(words, _font(13, bold=True))
        text.setDefaultTextColor(EMPTY_INK)
        bounds = text.boundingRect()
        text.setPos(middle - bounds.width() / 2, bottom + 16)

    def chair_at(self, place: tuple[str, str, int]) -> ChairItem | None:
        return next((chair for chair in self.chairs if chair.seat.place == place), None)

    def selected_place(self) -> tuple[str, str, int] | None:
        chosen = [chair for chair in self.chairs if chair.isSelected()]
        return chosen[0].seat.place if chosen else None

    def select_place(self, place: tuple[str, str, int]) -> None:
        self.scene().clearSelection()
        chair = self.chair_at(place)
        if chair is not None:
            chair.setSelected(True)
            self.centerOn(chair)

    # Fitting and zooming

    def _fit(self) -> None:
        rect = self.sceneRect()
        if rect.isEmpty():
            return
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        zoom = self.transform().m11()
        if zoom > MOST_ZOOM:
            self.resetTransform()
            self.scale(MOST_ZOOM, MOST_ZOOM)
            self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if not self._zoomed:
            self._fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event)
            return
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_by(self, factor: float) -> None:
        """Closer (factor > 1) or further; the plan stays at this zoom until Fit."""
        zoom = self.transform().m11() * factor
        if LEAST_ZOOM <= zoom <= MOST_ZOOM * 2:
            self._zoomed = True
            self.scale(factor, factor)

    def fit(self) -> None:
        """Back to the whole plan in view."""
        self._zoomed = False
        self._fit()

    # Dragging and dropping

    def drag_data(self, chair: ChairItem) -> QMimeData | None:
        """What dragging the person off a chair carries (the same as the unseated list's)."""
        if chair.seat.person is None or self.visit is None or self.event_key is None:
            return None
        return person_mime(PersonDrag(self.visit, self.event_key, chair.seat.person))

    def _ours(self, mime: QMimeData) -> PersonDrag | None:
        """The person dragged, if it is a person of this plan's visit and item."""
        drag = person_drag(mime)
        if drag is None or (drag.visit, drag.event) != (self.visit, self.event_key):
            return None
        return drag

    def _chair_under(self, position: QPoint) -> ChairItem | None:
        for item in self.items(position):
            if isinstance(item, ChairItem):
                return item
        return None

    def _show_target(self, chair: ChairItem | None) -> None:
        for each in self.chairs:
            each.set_target(each is chair)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._ours(event.mimeData()) is not None:
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        drag = self._ours(event.mimeData())
        if drag is None:
            event.ignore()
            return
        chair = self._chair_under(event.position().toPoint())
        self._show_target(chair)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802
        self._show_target(None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._show_target(None)
        drag = self._ours(event.mimeData())
        if drag is None:
            event.ignore()
            return
        chair = self._chair_under(event.position().toPoint())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        self.dropped.emit(drag.person, chair.seat.place if chair else None)

    # Keys and the context menu

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            place = self.selected_place()
            chair = self.chair_at(place) if place else None
            if chair is not None and chair.seat.person is not None:
                self.unseat_requested.emit(chair.seat.person)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        chair = self._chair_under(event.pos())
        if chair is None:
            menu = QMenu(self)
            menu.addAction(
                QCoreApplication.translate("Seating", "Fit the plan to the view"), self.fit
            )
            menu.exec(event.globalPos())
            return
        self.scene().clearSelection()
        chair.setSelected(True)
        self.seat_menu(chair).exec(event.globalPos())

    def seat_menu(self, chair: ChairItem) -> QMenu:
        """Lock or unlock the seat; take its sitter off it."""
        menu = QMenu(self)
        seat = chair.seat
        lock = menu.addAction(
            QCoreApplication.translate("Seating", "Unlock seat")
            if seat.locked
            else QCoreApplication.translate("Seating", "Lock seat")
        )
        lock.setEnabled(seat.person is not None)
        lock.triggered.connect(lambda _checked=False: self.lock_toggled.emit(seat.place))
        unseat = menu.addAction(QCoreApplication.translate("Seating", "Unseat"))
        unseat.setEnabled(seat.person is not None)
        if seat.person is not None:
            person = seat.person
            unseat.triggered.connect(lambda _checked=False: self.unseat_requested.emit(person))
        return menu
