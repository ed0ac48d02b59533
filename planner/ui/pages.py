"""The tabs of the open visit: overview, people, programme, venues. Each shows the editor's plan
and turns the officer's actions into edits through the editor."""

import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
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
from planner.domain.findings import Finding
from planner.domain.model import Event, Person, Venue, Visit, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import (
    language_name,
    our_side,
    place_on,
    side_country,
    their_side,
)
from planner.domain.vocab import Side
from planner.ui import words
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.editing import VisitEditor
from planner.ui.event_dialog import EventDialog
from planner.ui.forms import SIZED_BY_ROWS, tidy_table
from planner.ui.icons import icon
from planner.ui.languages import second_language
from planner.ui.models import (
    PeopleTableModel,
    ProgrammeTreeModel,
    RowTableModel,
    VenueTableModel,
)

Row = TypeVar("Row", Person, Venue)

OPEN_KEYS = [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]


def delete_keys() -> list[QKeySequence]:
    """The platform's Delete; on a Mac also ⌫, the key its users delete with."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
    if sys.platform == "darwin":
        keys.append(QKeySequence(Qt.Key.Key_Backspace))
    return keys


def undo_keys() -> str:
    return QKeySequence(QKeySequence.StandardKey.Undo).toString(
        QKeySequence.SequenceFormat.NativeText
    )


class Page(QWidget):
    """A tab that follows the editor's plan, with a row of buttons above its view.

    Signals:
        told(str): something done that the status bar should say (what was removed).
    """

    told = Signal(str)

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

    def edit(self, text: str, change: Callable[[VisitPlan], VisitPlan]) -> bool:
        """Apply an edit; one the domain refuses is explained, and nothing changes."""
        plan = self.editor.plan
        if plan is None:
            return False
        try:
            self.editor.apply(text, change(plan))
        except PlannerError as error:
            QMessageBox.warning(self, text, words.error_text(error))
            return False
        return True

    def remove(self, text: str, change: Callable[[VisitPlan], VisitPlan], note: str = "") -> None:
        """Remove at once, no question asked: the status bar says how to undo it."""
        if self.edit(text, change):
            said = self.tr("{done}. {keys} undoes it.").format(done=text, keys=undo_keys())
            self.told.emit(f"{said} {note}" if note else said)

    def keys_for(self, view: QAbstractItemView, open_row: Callable[[], None]) -> None:
        """Enter opens the selected row and Delete removes it, while the list has focus."""
        for text, slot, keys in (
            (self.tr("Open"), open_row, OPEN_KEYS),
            (self.tr("Remove"), self.remove_selected, delete_keys()),
        ):
            action = QAction(text, view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            view.addAction(action)

    def remove_selected(self) -> None:
        raise NotImplementedError

    def show_plan(self, plan: VisitPlan | None) -> None:
        raise NotImplementedError


def _table(model: RowTableModel[Row], stretch: str) -> QTableView:
    """A list of rows whose column `stretch` takes the width left, shared with the column of
    its text in the second language where there is one."""
    table = QTableView()
    table.setModel(model)
    tidy_table(table, stretch=model.column_of(stretch), editable=False)
    if any(column.translates and column.title == stretch for column in model.columns):
        second = model.column_of(stretch, translated=True)
        table.horizontalHeader().setSectionResizeMode(second, QHeaderView.ResizeMode.Stretch)
    return table


def show_second_language_columns(table: QTableView, model: RowTableModel[Row]) -> None:
    """The columns of texts in the second language, where the visit has one."""
    hidden = second_language(model.languages) is None
    for column in model.second_language_columns():
        table.setColumnHidden(column, hidden)


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
        for line in (
            form.title,
            form.second_title,
            form.host,
            form.guest,
            form.organizer,
            form.organizer_email,
        ):
            line.editingFinished.connect(self.commit)
        form.languages_changed.connect(self.commit)
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
                self.details.second_title,
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
        plan = self.editor.plan
        if visit.languages != plan.visit.languages:
            self._change_languages(plan, visit)
            return
        self.details.show_error(None)
        if visit != plan.visit:
            self.edit(self.tr("Edit visit details"), lambda p: edits.set_visit(p, visit))

    def _change_languages(self, plan: VisitPlan, visit: Visit) -> None:
        """Other languages for the visit. A language whose texts are translations cannot
        become the main one (the records' own texts are in that); removing a language that
        texts are written in asks first, and takes them with it in one edit, undone at once."""
        main, was = visit.languages[0], plan.visit.languages[0]
        if main != was and edits.texts_in(plan, main):
            self.details.show_error(
                self.tr(
                    "{language} cannot be the main language: {count} texts are written in it "
                    "as translations of the {main} ones. Keep {main} as the main language, "
                    "or first choose no second language (its texts are removed)."
                ).format(
                    language=language_name(main),
                    count=edits.texts_in(plan, main),
                    main=language_name(was),
                )
            )
            return
        self.details.show_error(None)
        gone = [tag for tag in plan.visit.languages if tag not in visit.languages]
        held = sum(edits.texts_in(plan, tag) for tag in gone)
        if held:
            self._showing = True  # no other save while the question is open
            try:
                answer = self._ask_to_remove(gone, held)
            finally:
                self._showing = False
            if answer != QMessageBox.StandardButton.Yes:
                self._showing = True
                try:
                    self.details.show_visit(plan.visit)  # the languages as they were
                finally:
                    self._showing = False
                return
        self.edit(
            self.tr("Change the visit's languages"),
            lambda p: edits.without_languages(edits.set_visit(p, visit), gone),
        )

    def _ask_to_remove(self, gone: list[str], held: int) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("Remove a language"),
            self.tr(
                "Remove {languages} from the visit? The {count} texts written in it "
                "(titles, names, addresses, notes) are removed with it. "
                "{keys} brings them back."
            ).format(
                languages=", ".join(language_name(tag) for tag in gone),
                count=held,
                keys=undo_keys(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )


class TablePage(Page, Generic[Row]):
    """A tab listing people or venues, one per row, selected by key."""

    model: RowTableModel[Row]
    table: QTableView

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def select(self, key: str) -> None:
        for row, item in enumerate(self.model.items):
            if item.key == key:
                self.table.selectRow(row)


class PeoplePage(TablePage[Person]):
    """Both sides in order of precedence; our own side's button comes first."""

    model: PeopleTableModel

    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = PeopleTableModel(self)
        self.table = _table(self.model, "Title")
        self.add_ours = self.button("", lambda: self.add(self._side(ours=True)), "list-add")
        self.add_theirs = self.button("", lambda: self.add(self._side(ours=False)), "list-add")
        self.button(self.tr("Edit…"), self.edit_selected, "document-edit")
        self.button(self.tr("Remove"), self.remove_selected, "list-remove")
        self.button(self.tr("Move up"), lambda: self.move_by(-1), "go-up")
        self.button(self.tr("Move down"), lambda: self.move_by(+1), "go-down")
        self.buttons.addStretch()
        self.layout_.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.keys_for(self.table, self.edit_selected)
        self._name_buttons(None)

    def _side(self, *, ours: bool) -> Side:
        plan = self.editor.plan
        if plan is None:
            return Side.HOST if ours else Side.GUEST
        return our_side(plan.visit) if ours else their_side(plan.visit)

    def _name_buttons(self, plan: VisitPlan | None) -> None:
        ours, theirs = self._side(ours=True), self._side(ours=False)
        self.add_ours.setText(
            self.tr("Add host (our side)…")
            if ours is Side.HOST
            else self.tr("Add guest (our side)…")
        )
        self.add_theirs.setText(
            self.tr("Add host…") if theirs is Side.HOST else self.tr("Add guest…")
        )
        if plan is not None:
            for button, side in ((self.add_ours, ours), (self.add_theirs, theirs)):
                country = words.country_name(side_country(plan.visit, side))
                tip = (
                    self.tr("Add someone to the host side ({country})")
                    if side is Side.HOST
                    else self.tr("Add someone to the guest side ({country})")
                )
                button.setToolTip(tip.format(country=country))

    def show_plan(self, plan: VisitPlan | None) -> None:
        selected = self.selected()
        self.model.set_plan(plan)
        show_second_language_columns(self.table, self.model)
        self._name_buttons(plan)
        if selected:
            self.select(selected.key)

    def add(self, side: Side) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        dialog = PersonDialog(
            set(plan.precedence_rank),
            side=side,
            country_code=side_country(plan.visit, side),
            home_zone=plan.visit.timezone,
            first_day=plan.visit.start_date,
            last_day=plan.visit.end_date,
            plan=plan,
            parent=self,
        )
        if dialog.exec():
            person = dialog.person()
            self.edit(
                self.tr("Add {name}").format(name=display_name(person, native=False)),
                lambda p: edits.add_person(p, person),
            )
            self.select(person.key)

    def edit_selected(self) -> None:
        person, plan = self.selected(), self.editor.plan
        if person is None or plan is None:
            return
        dialog = PersonDialog(set(), person, plan=plan, parent=self)
        if dialog.exec():
            changed = dialog.person()
            self.edit(
                self.tr("Edit {name}").format(name=display_name(changed, native=False)),
                lambda p: edits.update_person(p, changed),
            )

    def remove_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self.remove(
                self.tr("Removed {name} from the visit and its programme").format(
                    name=display_name(person, native=False)
                ),
                lambda p: edits.remove_person(p, person.key),
            )

    def move_by(self, step: int) -> None:
        person = self.selected()
        plan = self.editor.plan
        if person is None or plan is None:
            return
        side = [p.key for p in plan.in_canonical_order().people if p.side is person.side]
        position = side.index(person.key) + 1 + step  # places, not numbers: lists may have gaps
        if 1 <= position <= len(side):
            self.edit(
                self.tr("Move {name}").format(name=display_name(person, native=False)),
                lambda p: edits.move_in_precedence(p, person.key, position),
            )
            self.select(person.key)


class ProgrammePage(Page):
    """The programme day by day; items a problem is about are marked."""

    def __init__(self, editor: VisitEditor, parent: QWidget | None = None) -> None:
        super().__init__(editor, parent)
        self.model = ProgrammeTreeModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for stretch in (
            ProgrammeTreeModel.TITLE,
            ProgrammeTreeModel.SECOND_TITLE,
            ProgrammeTreeModel.VENUE,
        ):
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setResizeContentsPrecision(SIZED_BY_ROWS)
        # Day headings span the row, so the time column need only hold the times.
        self.tree.setIndentation(14)
        header.setSectionResizeMode(ProgrammeTreeModel.TIME, QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        widest = ("00:00–00:00 +1", self.tr("arrives {time}").format(time="00:00"))
        times = max(metrics.horizontalAdvance(t) for t in widest)
        header.resizeSection(ProgrammeTreeModel.TIME, times + 2 * self.tree.indentation() + 8)
        self.button(self.tr("Add item…"), self.add, "list-add")
        self.button(self.tr("Edit…"), self.edit_selected, "document-edit")
        self.button(self.tr("Cancel item"), self.cancel_selected, "process-stop")
        self.button(self.tr("Delete"), self.remove_selected, "list-remove")
        self.buttons.addStretch()
        self.layout_.addWidget(self.tree)
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())
        self.keys_for(self.tree, self.edit_selected)

    def show_plan(self, plan: VisitPlan | None) -> None:
        selected, day = self.selected(), self.selected_day()
        laid_out = self.model.set_plan(plan)
        self.tree.setColumnHidden(
            ProgrammeTreeModel.SECOND_TITLE, self.model.second_language() is None
        )
        if not laid_out:
            # Rows changed in place: expansion and scroll stay as they were. An item that
            # moved (another time, another day, an undo) came out and back in: select it again,
            # never the row that took its place.
            now = self.selected()
            if selected is not None and (now is None or now.key != selected.key):
                self.select(selected.key, day)
            return
        for row in range(self.model.rowCount()):  # a day's heading runs across the columns
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.tree.expandAll()
        if selected:
            self.select(selected.key, day)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.model.set_findings(findings)

    def selected(self) -> Event | None:
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.event_at(indexes[0]) if indexes else None

    def selected_day(self) -> date | None:
        """The day of the selected heading or item, as the programme lists it."""
        indexes = self.tree.selectionModel().selectedRows()
        return self.model.day_at(indexes[0]) if indexes else None

    def select(self, key: str, day: date | None = None) -> None:
        index = self.model.index_of_event(key, day)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def add(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        dialog = EventDialog(plan, parent=self, day=self.selected_day())
        if dialog.exec():
            event, venues = dialog.programme_item(), dialog.added_venues
            # The venues made in the dialog come with the item: one edit, one undo.
            self.edit(
                self.tr("Add “{title}”").format(title=event.title),
                lambda p: edits.add_event(with_venues(p, venues), event),
            )
            self.select(event.key)

    def edit_selected(self) -> None:
        event, plan = self.selected(), self.editor.plan
        if event is None or plan is None:
            return
        dialog = EventDialog(plan, event, self)
        if dialog.exec():
            changed, venues = dialog.programme_item(), dialog.added_venues
            self.edit(
                self.tr("Edit “{title}”").format(title=changed.title),
                lambda p: edits.update_event(with_venues(p, venues), changed),
            )

    def cancel_selected(self) -> None:
        event = self.selected()
        if event is not None:
            self.edit(
                self.tr("Cancel “{title}”").format(title=event.title),
                lambda p: edits.cancel_event(p, event.key),
            )

    def remove_selected(self) -> None:
        event = self.selected()
        if event is not None:
            self.remove(
                self.tr("Deleted “{title}”").format(title=event.title),
                lambda p: edits.remove_event(p, event.key),
                self.tr("Calendars that already have it keep it: Cancel item takes it off them."),
            )


class VenuesPage(TablePage[Venue]):
    """The venues; a new one starts where the programme is (see `place_now`)."""

    def __init__(
        self,
        editor: VisitEditor,
        parent: QWidget | None = None,
        *,
        selected_day: Callable[[], date | None] = lambda: None,
    ) -> None:
        super().__init__(editor, parent)
        self.selected_day = selected_day
        self.model = VenueTableModel(self)
        self.table = _table(self.model, "Address")
        self.button(self.tr("Add venue…"), self.add, "list-add")
        self.button(self.tr("Edit…"), self.edit_selected, "document-edit")
        self.button(self.tr("Remove"), self.remove_selected, "list-remove")
        self.buttons.addStretch()
        self.layout_.addWidget(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.keys_for(self.table, self.edit_selected)

    def show_plan(self, plan: VisitPlan | None) -> None:
        selected = self.selected()
        self.model.set_languages(plan.visit.languages if plan else ("en",))
        show_second_language_columns(self.table, self.model)
        self.model.set_items(plan.venues if plan else [])
        if selected:
            self.select(selected.key)

    def add(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        place = place_on(plan, self.selected_day())
        dialog = VenueDialog(
            {v.key for v in plan.venues},
            home_zone=place.timezone,
            country=place.country,
            languages=plan.visit.languages,
            parent=self,
        )
        if dialog.exec():
            venue = dialog.venue()
            self.edit(
                self.tr("Add {name}").format(name=venue.name), lambda p: edits.add_venue(p, venue)
            )

    def edit_selected(self) -> None:
        venue, plan = self.selected(), self.editor.plan
        if venue is None or plan is None:
            return
        dialog = VenueDialog(set(), venue, languages=plan.visit.languages, parent=self)
        if dialog.exec():
            changed = dialog.venue()
            self.edit(
                self.tr("Edit {name}").format(name=changed.name),
                lambda p: edits.update_venue(p, changed),
            )

    def remove_selected(self) -> None:
        venue = self.selected()
        if venue is not None:
            self.remove(
                self.tr("Removed {name}").format(name=venue.name),
                lambda p: edits.remove_venue(p, venue.key),
            )


def with_venues(plan: VisitPlan, venues: Sequence[Venue]) -> VisitPlan:
    for venue in venues:
        plan = edits.add_venue(plan, venue)
    return plan
