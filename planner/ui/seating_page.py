"""The Seating tab: who sits where at one programme item. The officer chooses the item and the
kind of plan, has a plan proposed by precedence (planner.domain.seating), and moves people
by dragging them between the unseated list and the chairs; every change is one undoable
edit. The tab builds its widgets the first time it is shown, and draws only while shown."""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import edits, seating
from planner.domain.layout import FloorPlan, floor_plan
from planner.domain.model import Event, Seating, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import side_country
from planner.domain.vocab import EventKind, SeatingKind, Side
from planner.ui import words
from planner.ui.choosers import item_choices
from planner.ui.editing import VisitEditor
from planner.ui.forms import ChoiceBox, tidy_table
from planner.ui.pages import Page, undo_keys
from planner.ui.seating_models import UnseatedTableModel, seat_names, side_mark
from planner.ui.seating_view import SeatingView, SeatShown, padlock_pixmap, side_colours


class UnseatedTable(QTableView):
    """The unseated list: people dragged from it onto chairs, and back onto it to unseat."""

    def __init__(self, model: UnseatedTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unseatedList")
        self.setModel(model)
        tidy_table(self, stretch=1, editable=False)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)


class SeatingPage(Page):
    """One item's seating plan, drawn, with the people still to seat beside it.

    Signals:
        preview_requested(str): the officer asked for a print preview of the item's
            `table-plan`, `place-cards` or `badges`.
    """

    preview_requested = Signal(str)

    def __init__(
        self,
        editor: VisitEditor,
        selected_item: Callable[[], Event | None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(editor, parent)
        self.selected_item = selected_item
        self.built = False
        self.event_key: str | None = None  # the item shown
        self._followed: str | None = None  # the programme's item when last followed
        self._stale = True  # the plan changed while the tab was hidden

    # Built on first show

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.built:
            self._build()
        self._follow_programme()
        if self._stale:
            self._refresh()

    def _build(self) -> None:
        self.built = True
        self.item_box = QComboBox()
        self.item_box.setObjectName("seatingItem")
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_box.setMinimumContentsLength(28)
        self.item_box.currentIndexChanged.connect(self._item_chosen)
        self.kind_box: ChoiceBox[SeatingKind] = ChoiceBox(SeatingKind)
        self.kind_box.currentIndexChanged.connect(self._kind_chosen)
        # 0 is "Auto": as many as everyone needs (the proposal's default).
        self.tables_box = QSpinBox()
        self.tables_box.setRange(0, 60)
        self.seats_box = QSpinBox()
        self.seats_box.setRange(0, 200)
        for box in (self.tables_box, self.seats_box):
            box.setSpecialValueText(self.tr("Auto"))
            box.setToolTip(self.tr("Auto: as many as it takes to seat everyone"))
        self.seats_label = QLabel(self.tr("Seats per table:"))
        self.seats_label.setBuddy(self.seats_box)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Item:"), self.item_box),
            (self.tr("Plan:"), self.kind_box),
            (self.tr("Tables:"), self.tables_box),
        )
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            self.buttons.addWidget(label)
            self.buttons.addWidget(field, 1 if field is self.item_box else 0)
        self.buttons.addWidget(self.seats_label)
        self.buttons.addWidget(self.seats_box)
        self.propose_button = self.button(self.tr("Propose"), self.propose)
        self.propose_button.setToolTip(
            self.tr("Seat everyone by precedence; locked seats stay where they are")
        )
        self.clear_button = self.button(self.tr("Clear"), self.clear)
        self.clear_button.setToolTip(self.tr("Take the item's seating plan away"))

        self.view = SeatingView()
        self.view.dropped.connect(self.drop)
        self.view.lock_toggled.connect(self.toggle_lock)
        self.view.unseat_requested.connect(self.unseat)
        self.unseated = UnseatedTableModel(self)
        self.unseated.unseat_dropped.connect(self.unseat)
        self.unseated_table = UnseatedTable(self.unseated)
        self.unseated_table.setToolTip(
            self.tr("Drag someone onto a chair to seat them; drag a seated person here to unseat")
        )
        self.unseated_label = QLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("seatingSummary")

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unseated_label)
        side_layout.addWidget(self.unseated_table, 1)
        hint = QLabel(
            self.tr(
                "Drag people from this list onto the chairs, from chair to chair, or back here. "
                "Right-click a chair to lock it; Delete unseats."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a control
        side_layout.addWidget(hint)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(QLabel(self.tr("Print preview:")))
        prints = QHBoxLayout()
        self.print_buttons: list[QPushButton] = []
        for text, what in (
            (self.tr("Table plan…"), "table-plan"),
            (self.tr("Place cards…"), "place-cards"),
            (self.tr("Badges…"), "badges"),
        ):
            button = QPushButton(text)
            button.clicked.connect(
                lambda _checked=False, what=what: self.preview_requested.emit(what)
            )
            prints.addWidget(button)
            self.print_buttons.append(button)
        side_layout.addLayout(prints)

        self.legend = QLabel()
        self.legend.setObjectName("seatingLegend")
        lock = QLabel()
        lock.setPixmap(padlock_pixmap(14))
        legend = QHBoxLayout()
        legend.addWidget(self.legend)
        legend.addSpacing(12)
        legend.addWidget(lock)
        legend.addWidget(QLabel(self.tr("locked: Propose keeps the seat")))
        legend.addStretch()
        for text, tip, slot in (
            ("−", self.tr("Zoom out (Ctrl+−)"), lambda: self.view.zoom_by(0.8)),
            (
                "+",
                self.tr("Zoom in (Ctrl++, or Ctrl and the wheel)"),
                lambda: self.view.zoom_by(1.25),
            ),
            (self.tr("Fit"), self.tr("The whole plan in view (Ctrl+0)"), self.view.fit),
        ):
            zoom = QToolButton()
            zoom.setText(text)
            zoom.setToolTip(tip)
            zoom.clicked.connect(lambda _checked=False, slot=slot: slot())
            legend.addWidget(zoom)
        plan_pane = QWidget()
        plan_layout = QVBoxLayout(plan_pane)
        plan_layout.setContentsMargins(0, 0, 0, 0)
        plan_layout.addWidget(self.view, 1)
        plan_layout.addLayout(legend)

        self.splitter = QSplitter()
        self.splitter.addWidget(plan_pane)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([720, 320])
        self.layout_.addWidget(self.splitter, 1)

    # Following the plan

    def show_plan(self, plan: VisitPlan | None) -> None:
        self._stale = True
        if self.built and self.isVisible():
            self._refresh()

    def _follow_programme(self) -> None:
        """Show the item selected in the programme, if it changed since the tab last showed."""
        item = self.selected_item()
        key = item.key if item is not None else None
        if key is not None and key != self._followed:
            self.choose(key)

    def choose(self, key: str | None) -> None:
        """Show the seating of that item. The programme's item of now counts as followed: the
        tab shows another only once the programme's selection changes."""
        followed = self.selected_item()
        self._followed = followed.key if followed is not None else None
        self.event_key = key
        self._stale = True
        if self.built:
            self._refresh()

    def current_item(self) -> str | None:
        return self.event_key

    def item(self) -> Event | None:
        plan = self.editor.plan
        if plan is None or self.event_key is None:
            return None
        return plan.events_by_key.get(self.event_key)

    def _refresh(self) -> None:
        self._stale = False
        plan = self.editor.plan
        self._fill_items(plan)
        event = self.item()
        if plan is None or event is None:
            self.view.show_seats(None, None, None, [], {}, self.tr("No programme item chosen."))
            self.unseated.set_people(None, None, [])
            self._show_counts(None, None)
            self._enable(False)
            return
        self._enable(True)
        self._show_controls(plan, event)
        self._show_legend(plan)
        shown = event.seating
        floor = floor_plan(shown) if shown is not None else None
        self.view.show_seats(
            plan.visit.key,
            event.key,
            floor,
            self._seats_shown(plan, shown, floor) if shown and floor else [],
            self._table_names(plan, shown),
            self.tr(
                "“{title}” has no seating plan yet: choose the plan, the tables and the seats, "
                "then Propose."
            ).format(title=self._title(plan, event)),
        )
        people = [plan.person(key) for key in seating.unseated(plan, event)]
        self.unseated.set_people(plan.visit.key, event.key, people, plan.visit.languages)
        self._show_counts(plan, event)

    def _show_legend(self, plan: VisitPlan) -> None:
        """What the letters and colours of the chairs say, each side with its country."""
        parts = []
        for side in Side:
            fill, ink = side_colours(side)
            country = words.country_name(side_country(plan.visit, side))
            text = (
                self.tr("Host side — {country}")
                if side is Side.HOST
                else self.tr("Guest side — {country}")
            ).format(country=country)
            parts.append(
                f'<span style="background:{fill.name()}; color:{ink.name()}; font-weight:bold">'
                f"&nbsp;{escape(side_mark(side))}&nbsp;</span> {escape(text)}"
            )
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    def _enable(self, on: bool) -> None:
        for control in (
            self.kind_box,
            self.tables_box,
            self.seats_box,
            self.propose_button,
            self.clear_button,
            *self.print_buttons,
        ):
            control.setEnabled(on)

    def _title(self, plan: VisitPlan, event: Event) -> str:
        language = words.visit_language(plan.visit.languages[1:])
        return (event.translation("title", language) if language else None) or event.title

    def _fill_items(self, plan: VisitPlan | None) -> None:
        box = self.item_box
        blocked = box.blockSignals(True)
        box.clear()
        if plan is not None:
            for choice in item_choices(plan):
                event = choice.event
                assert event is not None and choice.day is not None
                mark = "▦ " if event.seating is not None else ""
                text = f"{mark}{words.short_day(choice.day)}  {self._title(plan, event)}"
                box.addItem(text, event.key)
        if self.event_key is None or box.findData(self.event_key) < 0:
            self.event_key = self._first_item(plan)
        box.setCurrentIndex(box.findData(self.event_key) if self.event_key else -1)
        box.blockSignals(blocked)

    @staticmethod
    def _first_item(plan: VisitPlan | None) -> str | None:
        """The item to start on: the first with a plan, else the first banquet, else the
        first talks, else the first other item where people sit (not an arrival or a
        journey), else the first."""
        if plan is None:
            return None
        events = [choice.event for choice in item_choices(plan) if choice.event]
        standing = (EventKind.ARRIVAL, EventKind.DEPARTURE, EventKind.FLIGHT, EventKind.TRANSFER)
        for candidates in (
            [e for e in events if e.seating is not None],
            [e for e in events if e.kind is EventKind.BANQUET],
            [e for e in events if e.kind is EventKind.TALKS],
            [e for e in events if e.kind not in standing and seating.party(plan, e).everyone],
            events,
        ):
            if candidates:
                return candidates[0].key
        return None

    def _item_chosen(self, index: int) -> None:
        key = self.item_box.itemData(index)
        if key and key != self.event_key:
            self.choose(str(key))

    def _show_controls(self, plan: VisitPlan, event: Event) -> None:
        """The controls say the item's plan; for an item without one, the kind such items
        usually have, and as many tables and seats as are needed (Auto)."""
        shown = event.seating
        kind = shown.plan if shown else seating.default_kind(event)
        tables, seats = 0, 0
        if shown and shown.tables:
            tables, seats = len(shown.tables), max(t.seats for t in shown.tables)
        for box in (self.kind_box, self.tables_box, self.seats_box):
            box.blockSignals(True)
        self.kind_box.set_value(kind)
        self.tables_box.setValue(tables)
        self.seats_box.setValue(seats)
        for box in (self.kind_box, self.tables_box, self.seats_box):
            box.blockSignals(False)
        self._name_sizes()

    def _kind_chosen(self) -> None:
        """Another kind of plan: its tables and seats as many as needed, unless changed."""
        self.tables_box.setValue(0)
        self.seats_box.setValue(0)
        self._name_sizes()

    def _name_sizes(self) -> None:
        kind = self.kind_box.value()
        one = kind in seating.ONE_TABLE
        if one:
            self.tables_box.setValue(0)
        self.tables_box.setEnabled(not one and self.propose_button.isEnabled())
        self.seats_label.setText(
            self.tr("Seats per side:")
            if kind is SeatingKind.FACING
            else self.tr("Seats per row:")
            if kind is SeatingKind.THEATRE
            else self.tr("Seats:")
            if one
            else self.tr("Seats per table:")
        )

    def _show_counts(self, plan: VisitPlan | None, event: Event | None) -> None:
        count = self.unseated.rowCount()
        self.unseated_label.setText(self.tr("Unseated ({count})").format(count=count))
        shown = event.seating if event is not None else None
        if plan is None or shown is None:
            self.summary.setText("")
            return
        places = sum(t.seats * (2 if shown.plan is SeatingKind.FACING else 1) for t in shown.tables)
        self.summary.setText(
            self.tr("{seated} seated, {free} seats free, {locked} locked").format(
                seated=len(shown.seats),
                free=max(0, places - len(shown.seats)),
                locked=sum(seat.locked for seat in shown.seats),
            )
        )

    # What the chairs show

    def _seats_shown(self, plan: VisitPlan, shown: Seating, floor: FloorPlan) -> list[SeatShown]:
        languages = plan.visit.languages
        taken = {seat.place: seat for seat in shown.seats}
        result = []
        for spot in floor.spots:
            seat = taken.get(spot.place)
            person = plan.people_by_key.get(seat.person) if seat else None
            if seat is None or person is None:
                result.append(SeatShown(spot, tooltip=self._place_text(shown, spot.place)))
                continue
            tip = "\n".join(
                line
                for line in (
                    display_name(person),
                    words.label(person.side),
                    person.title,
                    self._place_text(shown, spot.place),
                    self.tr("Locked: a new proposal keeps this seat") if seat.locked else "",
                )
                if line
            )
            first, second = seat_names(person, languages)
            result.append(SeatShown(spot, person.key, first, second, person.side, seat.locked, tip))
        return result

    def _place_text(self, shown: Seating, place: tuple[str, str, int]) -> str:
        table, _side, number = place
        name = next((t.name for t in shown.tables if t.key == table), table)
        return self.tr("{table}, seat {number}").format(table=name, number=number)

    def _table_names(self, plan: VisitPlan, shown: Seating | None) -> dict[str, str]:
        if shown is None:
            return {}
        language = words.visit_language(plan.visit.languages[1:])
        return {
            table.key: (table.translation("name", language) if language else None) or table.name
            for table in shown.tables
        }

    # Edits

    def _name(self, key: str) -> str:
        plan = self.editor.plan
        person = plan.people_by_key.get(key) if plan else None
        return display_name(person, honorific=False, native=False) if person else key

    def _change(
        self, text: str, change: Callable[[VisitPlan, Seating | None], Seating | None]
    ) -> bool:
        """One edit of the item's seating: `change` makes the new seating from the plan and
        the item's seating as it is."""
        event_key = self.event_key
        if event_key is None:
            return False
        return self.edit(
            text,
            lambda plan: edits.set_seating(
                plan, event_key, change(plan, plan.event(event_key).seating)
            ),
        )

    def propose(self) -> None:
        event = self.item()
        plan = self.editor.plan
        if event is None or plan is None:
            return
        kind = self.kind_box.value()
        tables, seats = self.tables_box.value() or None, self.seats_box.value() or None
        self._change(
            self.tr("Propose seating for “{title}”").format(title=self._title(plan, event)),
            lambda p, _old: seating.propose(p, event.key, kind, tables=tables, seats=seats),
        )

    def clear(self) -> None:
        event = self.item()
        plan = self.editor.plan
        if event is None or plan is None or event.seating is None:
            return
        self.remove(
            self.tr("Cleared the seating of “{title}”").format(title=self._title(plan, event)),
            lambda p: edits.set_seating(p, event.key, None),
        )

    def drop(self, person: str, place: tuple[str, str, int] | None) -> None:
        """A person dropped on a chair (seated, moved, or swapped with its sitter), or off
        the plan (unseated)."""
        event = self.item()
        if event is None:
            return
        if place is None:
            self.unseat(person)
            return
        shown = event.seating
        if shown is None:
            return
        before = shown.seat_of(person)
        if before is not None and before.place == place:
            return
        sitter = next((seat.person for seat in shown.seats if seat.place == place), None)
        name = self._name(person)
        if before is None:
            text = self.tr("Seat {name}").format(name=name)
        elif sitter is not None:
            text = self.tr("Swap {name} and {other}").format(name=name, other=self._name(sitter))
        else:
            text = self.tr("Move {name}").format(name=name)
        if self._change(text, lambda _p, old: seating.move(old, person, place) if old else old):
            self.view.select_place(place)

    def unseat(self, person: str) -> None:
        event = self.item()
        if event is None or event.seating is None or event.seating.seat_of(person) is None:
            return
        done = self.tr("Unseat {name}").format(name=self._name(person))
        if self._change(done, lambda _p, old: seating.unseat(old, person) if old else old):
            self.told.emit(self.tr("{done}. {keys} undoes it.").format(done=done, keys=undo_keys()))

    def toggle_lock(self, place: tuple[str, str, int]) -> None:
        event = self.item()
        if event is None or event.seating is None:
            return
        seat = next((s for s in event.seating.seats if s.place == place), None)
        if seat is None:
            return
        name = self._name(seat.person)
        text = (
            self.tr("Unlock the seat of {name}")
            if seat.locked
            else self.tr("Lock the seat of {name}")
        ).format(name=name)
        self._change(
            text, lambda _p, old: seating.lock(old, seat.person, not seat.locked) if old else old
        )
        self.view.select_place(place)
