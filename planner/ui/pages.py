"""The tabs of the open visit: overview, people, programme, venues. Each shows the editor's plan
and turns the officer's actions into edits through the editor."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
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

    def button(self, text: str, action: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
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
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class OverviewPage(Page):
    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.button("Edit details…", self.edit_details)
        self.buttons.addStretch()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.summary, 1)

    def show_plan(self, plan: VisitPlan | None) -> None:
        if plan is None:
            self.summary.setText("")
            return
        visit = plan.visit
        organizer = visit.organizer.name if visit.organizer else "—"
        lines = [
            visit.title,
            "",
            f"Direction: {visit.direction.value}   Kind: {visit.kind.value}",
            f"Host: {visit.host_country}   Guests: {visit.guest_country}",
            f"Dates: {visit.start_date:%A %d %B %Y} – {visit.end_date:%A %d %B %Y}",
            f"Home time zone: {visit.timezone}",
            f"Organizer: {organizer}",
            "",
            visit.notes or "",
        ]
        self.summary.setText("\n".join(lines))

    def edit_details(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        dialog = VisitDialog(set(), plan.visit, self)
        if dialog.exec():
            self.edit("Edit visit details", lambda p: edits.set_visit(p, dialog.visit()))


class PeoplePage(Page):
    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = PeopleTableModel(self)
        self.table = _table(self.model, 5)
        self.button("Add host…", lambda: self.add(Side.HOST))
        self.button("Add guest…", lambda: self.add(Side.GUEST))
        self.button("Edit…", self.edit_selected)
        self.button("Remove", self.remove_selected)
        self.button("Move up", lambda: self.move_by(-1))
        self.button("Move down", lambda: self.move_by(+1))
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
            set(plan.precedence_rank), side=side, country_code=country, parent=self
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
        same_side = sum(p.side is person.side for p in plan.people)
        position = person.precedence + step
        if 1 <= position <= same_side:
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
        self.button("Add item…", self.add)
        self.button("Edit…", self.edit_selected)
        self.button("Cancel item", self.cancel_selected)
        self.button("Delete", self.delete_selected)
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
        self.button("Add venue…", self.add)
        self.button("Edit…", self.edit_selected)
        self.button("Remove", self.remove_selected)
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
