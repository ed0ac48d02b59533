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
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain import edits, seating
from planner.domain.layout import floor_plan
from planner.domain.model import Event, Seating, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import side_country
from planner.domain.vocab import DelegationRole, ParticipantRole, SeatingKind, Side
from planner.ui import words
from planner.ui.editing import VisitEditor
from planner.ui.forms import tidy_table
from planner.ui.pages import Page, undo_keys
from planner.ui.seating_controls import PlanControls, item_title
from planner.ui.seating_items import padlock_pixmap, seats_shown, side_colours, table_names
from planner.ui.seating_models import UnseatedTableModel, side_mark
from planner.ui.seating_view import SeatingView


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
        self.controls = PlanControls()
        self.controls.item_chosen.connect(self.choose)
        self.controls.propose_button.clicked.connect(lambda _checked=False: self.propose())
        self.controls.clear_button.clicked.connect(lambda _checked=False: self.clear())
        self.buttons.addWidget(self.controls)
        self.view = SeatingView()
        self.view.dropped.connect(self.drop)
        self.view.lock_toggled.connect(self.toggle_lock)
        self.view.unseat_requested.connect(self.unseat)
        self.view.drop_refused.connect(self._locked_seat)
        self.unseated = UnseatedTableModel(self)
        self.unseated.unseat_dropped.connect(self.unseat)
        self.unseated_table = UnseatedTable(self.unseated)
        self.splitter = QSplitter()
        self.splitter.addWidget(self._plan_pane())
        self.splitter.addWidget(self._side_pane())
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([720, 320])
        self.layout_.addWidget(self.splitter, 1)

    def _plan_pane(self) -> QWidget:
        """The plan, and under it what its marks mean and the zoom."""
        self.legend = QLabel()
        self.legend.setObjectName("seatingLegend")
        lock = QLabel()
        lock.setPixmap(padlock_pixmap(14))
        row = QHBoxLayout()
        row.addWidget(self.legend)
        row.addSpacing(12)
        row.addWidget(lock)
        row.addWidget(QLabel(self.tr("locked: Propose keeps the seat")))
        row.addStretch()
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
            row.addWidget(zoom)
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        return pane

    def _side_pane(self) -> QWidget:
        """The people to seat, how full the plan is, and the print previews."""
        self.unseated_label = QLabel()
        self.include_box = QCheckBox(self.tr("Seat staff, security and press too"))
        self.include_box.setObjectName("seatWorkers")
        self.include_box.setToolTip(
            self.tr(
                "Staff, security and the press work at an item and are seated only when asked: "
                "list them here to drag onto chairs, and have Propose seat them"
            )
        )
        self.include_box.toggled.connect(lambda _on: self._refresh())
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("seatingSummary")
        hint = QLabel(
            self.tr(
                "Drag people from this list onto the chairs, from chair to chair, or back here. "
                "Right-click a chair to lock it; Delete unseats."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # greyed: a hint, not a control
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
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget, stretch in (
            (self.unseated_label, 0),
            (self.include_box, 0),
            (self.unseated_table, 1),
            (hint, 0),
            (self.summary, 0),
            (QLabel(self.tr("Print preview:")), 0),
        ):
            layout.addWidget(widget, stretch)
        layout.addLayout(prints)
        return pane

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
        self.event_key = self.controls.show_items(plan, self.event_key)
        event = self.item()
        if plan is None or event is None:
            self.view.show_seats(None, None, None, [], {}, self.tr("No programme item chosen."))
            self.unseated.set_people(None, None, [])
            self._show_counts(None, None)
            self._enable(False)
            return
        self._enable(True)
        self.controls.show_plan_of(event)
        self._show_legend(plan)
        shown = event.seating
        floor = floor_plan(shown) if shown is not None else None
        self.view.show_seats(
            plan.visit.key,
            event.key,
            floor,
            seats_shown(plan, shown, floor) if shown and floor else [],
            table_names(plan, shown),
            self.tr(
                "“{title}” has no seating plan yet: choose the plan, the tables and the seats, "
                "then Propose."
            ).format(title=item_title(plan, event)),
        )
        people = [plan.person(key) for key in seating.unseated(plan, event, self.included())]
        self.unseated.set_people(plan.visit.key, event.key, people, plan.visit.languages)
        self._show_counts(plan, event)

    def included(self) -> tuple[ParticipantRole | DelegationRole, ...]:
        """Whom the officer asked to seat besides those seated by default: staff, security
        and the press, who work at an item rather than attend it."""
        return seating.NOT_SEATED_UNLESS_ASKED if self.include_box.isChecked() else ()

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
        self.controls.set_open(on)
        for button in self.print_buttons:
            button.setEnabled(on)

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
        kind, tables, seats = self.controls.asked()
        include = self.included()
        self._change(
            self.tr("Propose seating for “{title}”").format(title=item_title(plan, event)),
            lambda p, _old: seating.propose(
                p, event.key, kind, tables=tables, seats=seats, include=include
            ),
        )

    def clear(self) -> None:
        event = self.item()
        plan = self.editor.plan
        if event is None or plan is None or event.seating is None:
            return
        self.remove(
            self.tr("Cleared the seating of “{title}”").format(title=item_title(plan, event)),
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
        there = shown.seat_at(place)
        if there is not None and there.locked and there.person != person:
            self._locked_seat(place)
            return
        sitter = there.person if there is not None else None
        name = self._name(person)
        if before is None:
            text = self.tr("Seat {name}").format(name=name)
        elif sitter is not None:
            text = self.tr("Swap {name} and {other}").format(name=name, other=self._name(sitter))
        else:
            text = self.tr("Move {name}").format(name=name)
        if self._change(text, lambda _p, old: seating.move(old, person, place) if old else old):
            self.view.select_place(place)

    def _locked_seat(self, place: tuple[str, str, int]) -> None:
        """Say why a drop on a locked seat is refused, and what to do."""
        event = self.item()
        shown = event.seating if event is not None else None
        seat = shown.seat_at(place) if shown else None
        if seat is None:
            return
        self.told.emit(
            self.tr(
                "The seat of {name} is locked: unlock it (right-click the chair) to seat "
                "someone else there."
            ).format(name=self._name(seat.person))
        )

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
        seat = event.seating.seat_at(place)
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
