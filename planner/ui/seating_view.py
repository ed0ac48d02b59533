"""The seating plan drawn: tables and chairs where planner.domain.layout puts them, each chair
with its number, its sitter's name in both scripts, the side by colour and by letter, a lock
where the officer fixed it; the entrance along the bottom. People are dragged onto, between
and off the chairs; what a drop means is the page's to say (planner.ui.seating_page).

Signals of SeatingView:
    dropped(str, object): a person (key) was dropped on a seat (its place, a tuple as
        `Seat.place`), or off the plan (None).
    lock_toggled(object): the officer locked or unlocked the seat at a place.
    unseat_requested(str): the officer took a person (key) off their seat.
    drop_refused(object): a person was dragged over a locked seat (its place) that someone
        else holds: no drop there, the sitter stays until the seat is unlocked.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QResizeEvent,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QMenu,
    QWidget,
)

from planner.domain.layout import CHAIR, GAP, SEAT_WIDTH, FloorPlan, TableShape
from planner.domain.vocab import SeatingKind
from planner.ui.seating_items import (
    EMPTY_INK,
    SCALE,
    TABLE_FILL,
    TABLE_INK,
    ChairItem,
    NameItem,
    SeatShown,
    scene_font,
)
from planner.ui.seating_models import PersonDrag, person_drag, person_mime

MOST_ZOOM = 1.6  # a plan of two chairs is not blown up to fill the screen
LEAST_ZOOM = 0.15
ROOM_INK = QColor("#b9bcc2")
# Room between round tables for the names beside their chairs (across) and over the chairs
# at their tops (down the page), in metres.
NAME_ROOM_ACROSS, NAME_ROOM_DOWN = 1.7, 0.5


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
    drop_refused = Signal(object)

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
        self._refused: tuple[str, str, int] | None = None  # the locked seat a drag is over
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
            note = scene.addText(empty_text, scene_font(14))
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
            chair = ChairItem(seat, self.drag_data)
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
        text = scene.addText(name, scene_font(13, bold=True))
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
        text = scene.addText(words, scene_font(13, bold=True))
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

    @staticmethod
    def _locked_for(chair: ChairItem | None, drag: PersonDrag) -> bool:
        """A chair locked for someone else: nobody else is dropped on it."""
        seat = chair.seat if chair is not None else None
        return seat is not None and seat.locked and seat.person not in (None, drag.person)

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
        if chair is not None and self._locked_for(chair, drag):
            self._show_target(None)
            event.ignore()  # the cursor says no
            if self._refused != chair.seat.place:
                self._refused = chair.seat.place
                self.drop_refused.emit(chair.seat.place)
            return
        self._refused = None
        self._show_target(chair)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()

    def dragLeaveEvent(self, event: object) -> None:  # noqa: N802
        self._refused = None
        self._show_target(None)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._show_target(None)
        self._refused = None
        drag = self._ours(event.mimeData())
        chair = self._chair_under(event.position().toPoint())
        if drag is None or self._locked_for(chair, drag):
            event.ignore()
            return
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
        if event.reason() is QContextMenuEvent.Reason.Keyboard:  # the menu key: the chair chosen
            place = self.selected_place()
            chair = self.chair_at(place) if place else None
            if chair is not None:
                where = self.viewport().mapToGlobal(self.mapFromScene(chair.scenePos()))
                self.popup(self.seat_menu(chair), where)
                return
        if chair is None:
            menu = QMenu(self)
            menu.addAction(
                QCoreApplication.translate("Seating", "Fit the plan to the view"), self.fit
            )
            self.popup(menu, event.globalPos())
            return
        self.scene().clearSelection()
        chair.setSelected(True)
        self.popup(self.seat_menu(chair), event.globalPos())

    def popup(self, menu: QMenu, where: QPoint) -> None:
        """Show a menu of the plan at a point of the screen, until it is done with."""
        menu.exec(where)

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
