"""The tabs of the open visit: overview, people, programme, venues. Each shows the editor's plan
and turns the officer's actions into edits through the editor."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.domain import edits
from planner.domain.errors import PlannerError
from planner.domain.model import Event, Person, Venue, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import Side
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.editing import VisitEditor
from planner.ui.event_dialog import EventDialog
from planner.ui.forms import tidy_table
from planner.ui.icons import icon
from planner.ui.models import ObjectRole, PeopleTableModel, ProgrammeTreeModel, VenueTableModel


class Page(QWidget):
    """A tab that follows the editor's plan, with a row of buttons above its view."""

    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.buttons = QHBoxLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.buttons)
        editor.plan_changed.connect(self.show_plan)

    def button(
        self, text: str, action: Callable[[], None], icon_name: str | None = None
    ) -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.clicked.connect(action)
        self.buttons.addWidget(button)
        return button

    def edit(self, text: str, change: Callable[[VisitPlan], VisitPlan]) -> None:
        """Apply an edit; one the domain refuses is explained, and nothing changes."""
        plan = self.editor.plan
        if plan is None:
            return
        try:
            self.editor.apply(text, change(plan))
        except PlannerError as error:
            QMessageBox.warning(self, text, str(error))

    def show_plan(self, plan: VisitPlan | None) -> None:
        raise NotImplementedError


def _table(model: object, stretch: int) -> QTableView:
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    tidy_table(table, stretch=stretch, editable=False)
    return table


class OverviewPage(Page):
    """The visit's own details, edited in place: each change is saved as it is made."""

    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.details = VisitDialog(set(), None, self)
        self.details.setWindowFlags(Qt.WindowType.Widget)  # a form inside the tab
        self.details.buttons.hide()
        self.details.key.setReadOnly(True)
        self.details.notes.setMinimumHeight(140)
        self.details.notes.setMaximumHeight(16_777_215)  # room to write in the tab
        self.layout_.addWidget(self.details)
        self.layout_.addStretch()
        self._showing = False
        self._notes_pause = QTimer(self)
        self._notes_pause.setSingleShot(True)
        self._notes_pause.setInterval(700)
        self._notes_pause.timeout.connect(self.commit)
        form = self.details
        for line in (form.title, form.host, form.guest, form.organizer, form.organizer_email):
            line.editingFinished.connect(self.commit)
        for box in (form.direction, form.kind):
            box.currentIndexChanged.connect(self.commit)
        form.zone.activated.connect(self.commit)
        zone_line = form.zone.lineEdit()
        if zone_line is not None:
            zone_line.editingFinished.connect(self.commit)
        form.start.editingFinished.connect(self.commit)
        form.end.editingFinished.connect(self.commit)
        form.notes.textChanged.connect(self._notes_changed)
        editor.about_to_switch.connect(self.flush)

    def _notes_changed(self) -> None:
        if not self._showing:
            self._notes_pause.start()

    def flush(self) -> None:
        """Save typing still waiting for its pause: before another visit shows, or on close."""
        if self._notes_pause.isActive():
            self.commit()

    def show_plan(self, plan: VisitPlan | None) -> None:
        self.details.setEnabled(plan is not None)
        if plan is None:
            self._showing = True
            for line in (
                self.details.title,
                self.details.key,
                self.details.host,
                self.details.guest,
                self.details.organizer,
                self.details.organizer_email,
                self.details.notes,
            ):
                line.setText("")
            self.details.original = None
            self._showing = False
            return
        if plan.visit == self.details.original:
            return
        self._showing = True
        try:
            self.details.show_visit(plan.visit)
            self.details.show_error(None)
        finally:
            self._showing = False

    def commit(self) -> None:
        """Save the form if it holds a good visit; otherwise say what is wrong and keep it."""
        if self._showing or self.editor.plan is None:
            return
        self._notes_pause.stop()
        try:
            visit = self.details.visit()
        except PlannerError as error:
            self.details.show_error(str(error))
            return
        self.details.show_error(None)
        if visit != self.editor.plan.visit:
            self.edit("Edit visit details", lambda p: edits.set_visit(p, visit))


class PeoplePage(Page):
    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = PeopleTableModel(self)
        self.table = _table(self.model, 5)
        self.button("Add host…", lambda: self.add(Side.HOST), "list-add")
        self.button("Add guest…", lambda: self.add(Side.GUEST), "list-add")
        self.button("Edit…", self.edit_selected, "document-edit")
        self.button("Remove", self.remove_selected, "list-remove")
        self.button("Move up", lambda: self.move_by(-1), "go-up")
        self.button("Move down", lambda: self.move_by(+1), "go-down")
        self.buttons.addStretch()
        self.layout_.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

    def show_plan(self, plan: VisitPlan | None) -> None:
        selected = self.selected()
        self.model.set_plan(plan)
        if selected:
            self.select(selected.key)

    def selected(self) -> Person | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ObjectRole) if rows else None

    def select(self, key: str) -> None:
        for row, person in enumerate(self.model.items):
            if person.key == key:
                self.table.selectRow(row)

    def add(self, side: Side) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        country = plan.visit.host_country if side is Side.HOST else plan.visit.guest_country
        dialog = PersonDialog(
            set(plan.precedence_rank),
            side=side,
            country_code=country,
            home_zone=plan.visit.timezone,
            first_day=plan.visit.start_date,
            last_day=plan.visit.end_date,
            parent=self,
        )
        if dialog.exec():
            person = dialog.person()
            self.edit(
                f"Add {display_name(person, native=False)}", lambda p: edits.add_person(p, person)
            )
            self.select(person.key)

    def edit_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        dialog = PersonDialog(set(), person, parent=self)
        if dialog.exec():
            changed = dialog.person()
            self.edit(
                f"Edit {display_name(changed, native=False)}",
                lambda p: edits.update_person(p, changed),
            )

    def remove_selected(self) -> None:
        person = self.selected()
        if person is None:
            return
        name = display_name(person, native=False)
        answer = QMessageBox.question(
            self,
            "Remove person",
            f"Remove {name} from the visit, and from every programme item?",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edit(f"Remove {name}", lambda p: edits.remove_person(p, person.key))

    def move_by(self, step: int) -> None:
        person = self.selected()
        plan = self.editor.plan
        if person is None or plan is None:
            return
        side = [p.key for p in plan.in_canonical_order().people if p.side is person.side]
        position = side.index(person.key) + 1 + step  # places, not numbers: lists may have gaps
        if 1 <= position <= len(side):
            self.edit(
                f"Move {display_name(person, native=False)}",
                lambda p: edits.move_in_precedence(p, person.key, position),
            )
            self.select(person.key)


class ProgrammePage(Page):
    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = ProgrammeTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeTreeModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Day headings span the row, so the time column need only hold the times.
        self.tree.setIndentation(14)
        header.setSectionResizeMode(ProgrammeTreeModel.TIME, QHeaderView.ResizeMode.Interactive)
        times = self.tree.fontMetrics().horizontalAdvance("00:00–00:00")
        header.resizeSection(ProgrammeTreeModel.TIME, times + 2 * self.tree.indentation() + 8)
        self.button("Add item…", self.add, "list-add")
        self.button("Edit…", self.edit_selected, "document-edit")
        self.button("Cancel item", self.cancel_selected, "process-stop")
        self.button("Delete", self.delete_selected, "list-remove")
        self.buttons.addStretch()
        self.layout_.addWidget(self.tree)
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())

    def show_plan(self, plan: VisitPlan | None) -> None:
        selected = self.selected()
        self.model.set_plan(plan)
        for row in range(self.model.rowCount()):  # a day's heading runs across the columns
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if selected:
            self.select(selected.key)

    def selected(self) -> Event | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.event_at(indexes[0]) if indexes else None

    def select(self, key: str) -> None:
        index = self.model.index_of_event(key)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def add(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        dialog = EventDialog(plan, parent=self)
        if dialog.exec():
            event = dialog.programme_item()
            self.edit(f"Add “{event.title}”", lambda p: edits.add_event(p, event))
            self.select(event.key)

    def edit_selected(self, _index: QModelIndex | None = None) -> None:
        event, plan = self.selected(), self.editor.plan
        if event is None or plan is None:
            return
        dialog = EventDialog(plan, event, self)
        if dialog.exec():
            changed = dialog.programme_item()
            self.edit(f"Edit “{changed.title}”", lambda p: edits.update_event(p, changed))

    def cancel_selected(self) -> None:
        event = self.selected()
        if event is not None:
            self.edit(f"Cancel “{event.title}”", lambda p: edits.cancel_event(p, event.key))

    def delete_selected(self) -> None:
        event = self.selected()
        if event is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete programme item",
            f"Delete “{event.title}”? Calendars that already have it will keep it; "
            "cancel it instead to take it off their calendars.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.edit(f"Delete “{event.title}”", lambda p: edits.remove_event(p, event.key))


class VenuesPage(Page):
    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = VenueTableModel(self)
        self.table = _table(self.model, 2)
        self.button("Add venue…", self.add, "list-add")
        self.button("Edit…", self.edit_selected, "document-edit")
        self.button("Remove", self.remove_selected, "list-remove")
        self.buttons.addStretch()
        self.layout_.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

    def show_plan(self, plan: VisitPlan | None) -> None:
        self.model.set_items(plan.venues if plan else [])

    def selected(self) -> Venue | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ObjectRole) if rows else None

    def add(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        dialog = VenueDialog(
            {v.key for v in plan.venues}, home_zone=plan.visit.timezone, parent=self
        )
        if dialog.exec():
            venue = dialog.venue()
            self.edit(f"Add {venue.name}", lambda p: edits.add_venue(p, venue))

    def edit_selected(self) -> None:
        venue = self.selected()
        if venue is None:
            return
        dialog = VenueDialog(set(), venue, parent=self)
        if dialog.exec():
            changed = dialog.venue()
            self.edit(f"Edit {changed.name}", lambda p: edits.update_venue(p, changed))

    def remove_selected(self) -> None:
        venue = self.selected()
        if venue is not None:
            self.edit(f"Remove {venue.name}", lambda p: edits.remove_venue(p, venue.key))
