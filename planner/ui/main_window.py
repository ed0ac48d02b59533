"""The main window: visits on the left, the open visit's tabs on the right, problems below.

At start-up the window can paint before its database is open (`Opening`): it lists the
visits read ahead, and builds its tabs once it is given the open database (`attach`), so
neither SQLAlchemy nor the tabs' code holds up its first appearance.
"""

import contextlib
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, translation
from planner.domain.errors import PlannerError
from planner.domain.findings import Finding, Severity, Target
from planner.domain.model import Visit, VisitPlan
from planner.domain.places import our_side
from planner.domain.vocab import Side
from planner.files import write_atomically
from planner.ui.icons import app_icon, icon
from planner.ui.visit_table_model import SortRole, VisitRole, VisitTableModel
from planner.ui.words import visit_title

if TYPE_CHECKING:  # loaded by `attach`, once the window has painted
    from planner.services import Planner
    from planner.ui.editing import VisitEditor
    from planner.ui.models import ProblemTableModel
    from planner.ui.pages import OverviewPage, PeoplePage, ProgrammePage, VenuesPage
    from planner.ui.seating_page import SeatingPage

LANGUAGE = "language"  # the window's language, a key of planner.translation.WINDOW_LANGUAGES
# The print previews of an item's seating (planner.ui.printing).
SEATING_DOCUMENTS = ("table-plan", "place-cards", "badges")


def visit_files() -> str:
    return QCoreApplication.translate("MainWindow", "Visit files (*.visit.json *.json)")


def databases() -> str:
    return QCoreApplication.translate("MainWindow", "Databases (*.sqlite3)")


def databases_or_all() -> str:
    return QCoreApplication.translate("MainWindow", "Databases (*.sqlite3 *.db);;All files (*)")


def new_visit_keys() -> list[QKeySequence]:
    """Ctrl+Shift+N, and the platform's New (Ctrl+N): a visit is what an officer makes most."""
    return [QKeySequence("Ctrl+Shift+N"), QKeySequence(QKeySequence.StandardKey.New)]


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Y where they lack it: what Windows users type."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    ctrl_y = QKeySequence("Ctrl+Y")
    return keys if ctrl_y in keys else [*keys, ctrl_y]


class CodeLoaded(QObject):
    """Says on the main thread that code loading on another thread has loaded (or failed:
    the main thread then loads it itself, and meets the error there)."""

    done = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.finished = False

    def start(self, load: Callable[[], None]) -> None:
        threading.Thread(target=self._run, args=(load,), daemon=True).start()

    def _run(self, load: Callable[[], None]) -> None:
        with contextlib.suppress(Exception):  # met again, and reported, on the main thread
            load()
        self.finished = True
        self.done.emit()


@dataclass(frozen=True)
class Opening:
    """A database the window shows before it is open: its file, and its visits read ahead
    (`planner.services.ready_visits`)."""

    path: Path
    visits: Sequence[Visit]


class MainWindow(QMainWindow):
    """Plans visits in one database file.

    Signals:
        database_requested(object): the officer chose another database file (a Path).
        restore_requested(object): the officer chose a backup to put in this one's place.
        painted(): the window has painted for the first time (an `Opening` window now
            waits for `attach`).
        database_failed(str): a database read ahead (`Planner.ready`) could not be opened
            after all; the message says why.
    """

    database_requested = Signal(object)
    restore_requested = Signal(object)
    painted = Signal()
    database_failed = Signal(str)

    # Made by `attach`: an `Opening` window has none of these until its database is open.
    planner: "Planner"
    editor: "VisitEditor"
    problems: "ProblemTableModel"
    problem_table: QTableView
    overview: "OverviewPage"
    people: "PeoplePage"
    programme: "ProgrammePage"
    venues: "VenuesPage"
    seating: "SeatingPage"
    tabs: QTabWidget
    undo_action: QAction
    redo_action: QAction

    def __init__(
        self,
        planner: "Planner | Opening",
        settings: QSettings | None = None,
        *,
        visit_after_paint: bool = False,
    ) -> None:
        """With `visit_after_paint`, the window paints first and opens the last visit just
        after, so a summit's programme never holds up the window's first appearance.

        Given an `Opening` rather than an open database, it paints with the visits read
        ahead, says `painted`, and opens the last visit once `attach` gives it the database.
        """
        super().__init__()
        self.settings = settings
        self.is_open = False  # True once the window has its database (see `attach`)
        self._chosen_early: str | None = None  # a visit clicked before the database was open
        self._open_after_paint = False  # a database read ahead opens once its visit shows
        self._code_loading: CodeLoaded | None = None  # SQLAlchemy, loading meanwhile
        self._needs_database: list[QAction | QPushButton] = []
        self._menu_actions: list[QAction] = []  # made by `_action`
        self._list_refresh = QTimer(self)
        self._list_refresh.setSingleShot(True)
        self._list_refresh.setInterval(0)
        self._list_refresh.timeout.connect(self._refresh_visit_list)
        self.path = path = planner.path
        self._language = translation.current_language()  # the language the window is in
        self._findings: list[Finding] = []
        self.setWindowTitle(f"{path.name} — {APP_NAME}")
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.resize(1280, 800)
        screen = self.screen().availableGeometry()
        if screen.width() < 1300 or screen.height() < 840:  # a laptop: keep it all on screen
            self.resize(
                min(1280, int(screen.width() * 0.95)), min(800, int(screen.height() * 0.92))
            )

        self.database_label = QLabel(self.tr("Database: {path}").format(path=path))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.visits = VisitTableModel(self)
        self.sorted_visits = QSortFilterProxyModel(self)
        self.sorted_visits.setSourceModel(self.visits)
        self.sorted_visits.setSortRole(SortRole)
        self.visit_table = self._visit_table()

        self.splitter = QSplitter()
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self._visit_pane())
        self.opening_label = QLabel()
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter.addWidget(self.opening_label)  # the tabs take its place in `attach`
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([215, 1065])
        self.setCentralWidget(self.splitter)

        self.problem_dock = self._problem_dock()
        self._name_things()
        self._build_menus()
        self.visit_table.selectionModel().selectionChanged.connect(self._visit_chosen)
        # Opens the last visit once the window has painted (or, should no paint be seen, a
        # moment after it shows).
        self._first_visit = QTimer(self)
        self._first_visit.setSingleShot(True)
        self._first_visit.timeout.connect(self._after_first_paint)
        self._waiting_for_paint = visit_after_paint or isinstance(planner, Opening)
        if isinstance(planner, Opening):
            self.visits.set_visits(list(planner.visits))
        else:
            self.attach(planner)
            if visit_after_paint:
                self.visits.set_visits(self.planner.visits())
        if self._waiting_for_paint:
            app = QApplication.instance()
            assert app is not None
            app.installEventFilter(self)
        else:
            self.refresh_visits()
        self._restore_layout()

    def attach(self, planner: "Planner") -> None:
        """Work on this open database: the tabs are built, and the actions that need it
        enabled. Once painted, the window then opens the last visit (or the one clicked)."""
        from planner.ui.editing import VisitEditor
        from planner.ui.models import ProblemTableModel
        from planner.ui.problem_checks import ProblemChecker

        self.planner = planner
        self.editor = VisitEditor(planner, self)
        self.problems = ProblemTableModel(self)
        self.checker = ProblemChecker(self)
        self.checker.found.connect(self._problems_found)
        self.problem_table = self._problem_table()
        self.problem_dock.setWidget(self.problem_table)
        self.tabs = QTabWidget()
        self._build_tabs()
        self.splitter.replaceWidget(1, self.tabs)
        self.opening_label.deleteLater()
        self._undo_actions()

        self.editor.plan_changed.connect(self._plan_changed)
        self.editor.failed.connect(lambda message: QMessageBox.warning(self, APP_NAME, message))
        for control in self._needs_database:
            control.setEnabled(True)
        self.is_open = True
        if not self._waiting_for_paint:  # an `Opening` window: it has painted already
            self._first_visit.start(0)

    def _build_tabs(self) -> None:
        from planner.ui.pages import OverviewPage, PeoplePage, ProgrammePage, VenuesPage
        from planner.ui.seating_page import SeatingPage

        self.overview = OverviewPage(self.editor)
        self.people = PeoplePage(self.editor)
        self.programme = ProgrammePage(self.editor)
        self.seating = SeatingPage(self.editor, selected_item=self.programme.selected)
        self.venues = VenuesPage(self.editor, selected_day=self.programme.selected_day)
        for page, title in (
            (self.overview, self.tr("Overview")),
            (self.people, self.tr("People")),
            (self.programme, self.tr("Programme")),
            (self.seating, self.tr("Seating")),
            (self.venues, self.tr("Venues")),
        ):
            self.tabs.addTab(page, title)
        for page in (self.people, self.programme, self.seating, self.venues):
            page.told.connect(self.statusBar().showMessage)
        self.seating.preview_requested.connect(self.preview)

    def _undo_actions(self) -> None:
        undo = self.editor.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setIcon(icon("edit-undo"))
        redo = self.editor.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys())
        redo.setIcon(icon("edit-redo"))
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

    # Language

    def set_language(self, language: str) -> None:
        """Show the window in another language at once, and open in it next time."""
        app = QCoreApplication.instance()
        assert app is not None
        translation.install(app, language)
        if self.settings is not None:
            self.settings.setValue(LANGUAGE, language)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if (
            event.type() == QEvent.Type.LanguageChange
            and translation.current_language() != self._language
        ):
            QTimer.singleShot(0, self.retranslate)  # once the catalogue is all in place

    def retranslate(self) -> None:
        """Every word of the window in the language now installed: the menus and the tabs
        are made again, showing the same visit, tab and selections; the undo history stays."""
        if self._language == translation.current_language():
            return
        self._language = translation.current_language()
        self._name_things()
        self._clear_menus()
        self._needs_database = list(self._visit_buttons)
        self._build_menus()
        self.visits.retranslate()
        if not self.is_open:
            return
        for control in self._needs_database:
            control.setEnabled(True)
        self._undo_actions()
        self.overview.flush()
        tab = self.tabs.currentIndex()
        chosen_person, chosen_venue = self.people.selected(), self.venues.selected()
        chosen_item, chosen_day = self.programme.selected(), self.programme.selected_day()
        seated_item = self.seating.current_item()
        old = [self.tabs.widget(i) for i in range(self.tabs.count())]
        self.tabs.clear()
        for page in old:
            if page is not None:
                page.deleteLater()
        self._build_tabs()
        for page in (self.overview, self.people, self.programme, self.seating, self.venues):
            page.show_plan(self.editor.plan)
        self.programme.show_findings(self._findings)
        self.tabs.setCurrentIndex(tab)
        if chosen_person is not None:
            self.people.select(chosen_person.key)
        if chosen_venue is not None:
            self.venues.select(chosen_venue.key)
        if chosen_item is not None:
            self.programme.select(chosen_item.key, chosen_day)
        self.seating.choose(seated_item)  # after the programme's: that one is followed already
        self.problems.retranslate()
        self._problems_found(self.editor.plan, self._findings)

    def _clear_menus(self) -> None:
        """Take the menus and their actions away, to be made again in another language."""
        bar = self.menuBar()
        menus = [action.menu() for action in bar.actions()]
        bar.clear()
        old: list[QObject] = [menu for menu in menus if isinstance(menu, QMenu)]
        old += self._menu_actions
        if self.is_open:
            old += [self.undo_action, self.redo_action]
        for thing in old:  # out of the window at once (findChildren), deleted soon
            thing.setParent(None)
            thing.deleteLater()
        self._menu_actions = []

    def _name_things(self) -> None:
        """The words of the parts of the window that stay while its language changes."""
        self.database_label.setText(self.tr("Database: {path}").format(path=self.path))
        if not self.is_open:  # the label gives way to the tabs then
            self.opening_label.setText(self.tr("Opening the database…"))
        self.problem_dock.setWindowTitle(self.tr("Problems"))
        for button, text in zip(self._visit_buttons, self._visit_button_texts(), strict=True):
            button.setText(text)

    def _visit_button_texts(self) -> tuple[str, str, str]:
        return self.tr("New…"), self.tr("Duplicate"), self.tr("Delete…")

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._waiting_for_paint and not self._first_visit.isActive():
            self._first_visit.start(250)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The first paint of this window: now open its visit. The first paint with that
        visit in, from a database read ahead: now open the database itself."""
        painted = event.type() == QEvent.Type.Paint
        if painted and isinstance(watched, QWidget) and watched.window() is self:
            if self._waiting_for_paint:
                self._stop_waiting()
                self._first_visit.start(0)
            elif self._open_after_paint:
                self._open_after_paint = False
                self._stop_filtering()
                QTimer.singleShot(0, self._open_database)
        return False

    def _stop_waiting(self) -> None:
        if self._waiting_for_paint:
            self._waiting_for_paint = False
            self._stop_filtering()

    def _stop_filtering(self) -> None:
        app = QApplication.instance()
        if app is not None and not (self._waiting_for_paint or self._open_after_paint):
            app.removeEventFilter(self)

    def _open_database_after_paint(self) -> None:
        """A database read ahead opens (SQLAlchemy and all) once its visit is on screen:
        its code loads on another thread meanwhile, and the database opens on this one."""
        if self.planner.is_open or self._open_after_paint:
            return
        self._open_after_paint = True
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def _open_database(self) -> None:
        if self.planner.is_open or not self.isVisible():
            return
        if self._code_loading is None:
            self._code_loading = CodeLoaded(self)
            self._code_loading.done.connect(self._open_database)
            self._code_loading.start(self.planner.load_database_code)
            return
        if not self._code_loading.finished:
            return  # `done` comes back when it has loaded
        try:
            self.planner.open_now()
        except PlannerError as error:  # changed since it was read, or cannot be written
            self.database_failed.emit(str(error))

    def _after_first_paint(self) -> None:
        """Open the last visit, or the one clicked meanwhile; without a database yet, say
        that the window has painted, for its database to be opened (`attach`)."""
        self._stop_waiting()
        if self.is_open:
            self._open_listed(self._chosen_early)  # the list was read just before the paint
            self._open_database_after_paint()
        else:
            self.painted.emit()

    # Building

    def _visit_table(self) -> QListView:
        """The visits, soonest first, each as its title over its dates."""
        self.sorted_visits.sort(VisitTableModel.DATES, Qt.SortOrder.AscendingOrder)
        view = QListView()
        view.setModel(self.sorted_visits)
        view.setModelColumn(VisitTableModel.SUMMARY)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.setSpacing(2)
        view.setAlternatingRowColors(True)
        return view

    def _visit_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        self._visit_buttons: list[QPushButton] = []
        actions = (self.new_visit, self.duplicate_visit, self.delete_visit)
        for text, action in zip(self._visit_button_texts(), actions, strict=True):
            button = QPushButton(text)
            button.clicked.connect(action)
            button.setEnabled(False)  # until the database is open
            self._needs_database.append(button)
            self._visit_buttons.append(button)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        layout.addWidget(self.visit_table)
        layout.addWidget(self.database_label)
        self.database_label.setWordWrap(True)
        return pane

    def _problem_dock(self) -> QDockWidget:
        """The problems panel; its table comes with the database (`attach`)."""
        dock = QDockWidget(self.tr("Problems"), self)
        dock.setObjectName("problemsDock")
        dock.setWidget(QWidget())
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        # Once shown, give the panel a few rows' height; the tabs get the rest.
        QTimer.singleShot(0, lambda: self.resizeDocks([dock], [120], Qt.Orientation.Vertical))
        return dock

    def _problem_table(self) -> QTableView:
        from planner.ui.forms import tidy_table
        from planner.ui.models import ObjectRole

        table = QTableView()
        table.setModel(self.problems)
        tidy_table(table, stretch=1, editable=False)  # long problems wrap onto more lines
        table.doubleClicked.connect(lambda index: self.jump_to(index.data(ObjectRole)))
        table.activated.connect(lambda index: self.jump_to(index.data(ObjectRole)))
        return table

    def _action(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        icon_name: str | None = None,
        *,
        needs_database: bool = True,
    ) -> QAction:
        """A menu item; one that `needs_database` is disabled until the database is open."""
        action = QAction(icon(icon_name), text, self) if icon_name else QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self._menu_actions.append(action)
        if needs_database:
            action.setEnabled(False)
            self._needs_database.append(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        # Ctrl+N makes a visit, the everyday thing; a new database is rare enough for the menu.
        self._action(
            file_menu, self.tr("&New database…"), self.new_database, icon_name="document-new"
        )
        self._action(
            file_menu,
            self.tr("&Open database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
            "document-open",
        )
        self._action(file_menu, self.tr("&Back up now…"), self.back_up)
        self._action(file_menu, self.tr("&Restore a backup…"), self.restore_backup)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import visit file…"), self.import_visit_file)
        self._action(file_menu, self.tr("&Export visit file…"), self.export_visit_file)
        self._action(file_menu, self.tr("Import &people…"), self.import_people)
        export = file_menu.addMenu(self.tr("Export &calendar"))
        export.setIcon(icon("x-office-calendar"))
        self._action(export, self.tr("Whole visit…"), lambda: self.export_calendar("visit"))
        self._action(
            export, self.tr("One person’s itinerary…"), lambda: self.export_calendar("person")
        )
        self._action(export, self.tr("One day…"), lambda: self.export_calendar("day"))
        self._action(export, self.tr("One programme item…"), lambda: self.export_calendar("event"))
        lists = file_menu.addMenu(self.tr("Export &attendee list"))
        for file_format in ("pdf", "xlsx", "csv"):
            self._action(
                lists,
                self.tr("{format}…").format(format=file_format.upper()),
                self._attendees_exporter(file_format),
            )
        self._action(file_menu, self.tr("Export &programme (PDF)…"), self.export_programme)
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("Print preview: attendee sheet…"),
            lambda: self.preview("sheet"),
            icon_name="document-print-preview",
        )
        self._action(
            file_menu,
            self.tr("Print preview: programme…"),
            lambda: self.preview("programme"),
            QKeySequence.StandardKey.Print,
        )
        self._action(
            file_menu, self.tr("Print preview: table plan…"), lambda: self.preview("table-plan")
        )
        self._action(
            file_menu, self.tr("Print preview: place cards…"), lambda: self.preview("place-cards")
        )
        self._action(file_menu, self.tr("Print preview: badges…"), lambda: self.preview("badges"))
        file_menu.addSeparator()
        self._action(
            file_menu,
            self.tr("&Quit"),
            self.close,
            QKeySequence.StandardKey.Quit,
            needs_database=False,
        )

        self.edit_menu = bar.addMenu(self.tr("&Edit"))  # undo and redo come with the database

        visit_menu = bar.addMenu(self.tr("&Visit"))
        new_visit = self._action(visit_menu, self.tr("&New visit…"), self.new_visit)
        new_visit.setShortcuts(new_visit_keys())
        self._action(visit_menu, self.tr("&Duplicate visit"), self.duplicate_visit)
        self._action(visit_menu, self.tr("De&lete visit…"), self.delete_visit)
        view_menu = bar.addMenu(self.tr("V&iew"))
        view_menu.addAction(self.problem_dock.toggleViewAction())
        languages = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(languages)
        for tag, name in translation.WINDOW_LANGUAGES.items():
            action = languages.addAction(name)  # each language by the name it calls itself
            action.setCheckable(True)
            action.setChecked(tag == translation.current_language())
            action.setData(tag)
            action.triggered.connect(lambda _checked=False, tag=tag: self.set_language(tag))
            group.addAction(action)
        self.language_menu = languages

    def _attendees_exporter(self, file_format: str) -> Callable[[], None]:
        return lambda: self.export_attendees(file_format)

    # Visits

    def refresh_visits(self, select: str | None = None) -> None:
        self._stop_waiting()
        self.visits.set_visits(self.planner.visits())
        self._open_listed(select)

    def _open_listed(self, select: str | None) -> None:
        """Select and open a visit of the list as shown: `select`, else the one open, else
        the first."""
        current = select or (self.editor.plan.visit.key if self.editor.plan else None)
        keys = [self.visits.visit_at(row).key for row in range(self.visits.rowCount())]
        key = current if current in keys else (keys[0] if keys else None)
        if key is None:
            self.editor.open(None)
            return
        source = self.visits.index(keys.index(key), 0)
        self._select_visit_row(self.sorted_visits.mapFromSource(source).row())
        if self.editor.plan is None or self.editor.plan.visit.key != key:
            self.editor.open(key)

    def _select_visit_row(self, row: int) -> None:
        index = self.sorted_visits.index(row, VisitTableModel.SUMMARY)
        self.visit_table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.visit_table.setCurrentIndex(index)

    def _visit_chosen(self) -> None:
        rows = self.visit_table.selectionModel().selectedIndexes()
        key = rows[0].data(VisitRole).key if rows else None
        if not self.is_open:  # opened with the database, in place of the last visit
            self._chosen_early = key
        elif key and (self.editor.plan is None or self.editor.plan.visit.key != key):
            self.editor.open(key)

    def _plan_changed(self, plan: VisitPlan | None) -> None:
        # The problems follow from a worker thread: the save returns, and typing goes on.
        self.checker.check(plan)
        if plan is not None:
            self.statusBar().showMessage(
                self.tr("{title} — saved").format(title=visit_title(plan.visit))
            )
        # The list may need a visit's new title or dates; never reset it while its own
        # selection change is still running (that is what opened this plan): just after.
        self._list_refresh.start()

    def _problems_found(self, plan: VisitPlan | None, findings: list[Finding]) -> None:
        self._findings = list(findings)
        self.problems.set_items(findings)
        self.programme.show_findings(findings)
        errors = sum(f.severity is Severity.ERROR for f in findings)
        self.problem_dock.setWindowTitle(
            self.tr("Problems ({count})").format(count=len(findings))
            if findings
            else self.tr("Problems: none")
        )
        if plan is None:
            self.statusBar().showMessage(
                self.tr(
                    "No visit open: New… plans one, File ▸ Import visit file… adds one sent to you"
                )
                if not self.visits.rowCount()
                else self.tr("No visit open")
            )
            return
        self.statusBar().showMessage(
            self.tr("{title} — {errors} error(s), {warnings} warning(s); saved").format(
                title=visit_title(plan.visit), errors=errors, warnings=len(findings) - errors
            )
        )

    def _refresh_visit_list(self) -> None:
        visits = self.planner.visits()
        if visits != self.visits.shown():
            self.visits.set_visits(visits)
            if self.editor.plan is not None:
                self._reselect(self.editor.plan.visit.key)

    def _reselect(self, key: str) -> None:
        for row in range(self.visits.rowCount()):
            if self.visits.visit_at(row).key == key:
                index = self.sorted_visits.mapFromSource(self.visits.index(row, 0))
                blocker = self.visit_table.selectionModel().blockSignals(True)
                self._select_visit_row(index.row())
                self.visit_table.selectionModel().blockSignals(blocker)

    def new_visit(self) -> None:
        from planner.ui.dialogs import VisitDialog

        dialog = VisitDialog({v.key for v in self.planner.visits()}, parent=self)
        if dialog.exec():
            visit = dialog.visit()
            if self._try(lambda: self.planner.add_plan(VisitPlan(visit))):
                self.refresh_visits(visit.key)

    def duplicate_visit(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        copies: list[VisitPlan] = []
        if self._try(lambda: copies.append(self.planner.duplicate_visit(plan.visit.key))):
            self.refresh_visits(copies[0].visit.key)

    def delete_visit(self) -> None:
        plan = self.editor.plan
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete visit"),
            self.tr(
                "Delete “{title}” with its people and programme? This cannot be undone."
            ).format(title=visit_title(plan.visit)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.planner.delete_visit(plan.visit.key)
            self.editor.open(None)
            self.refresh_visits()

    # Problems

    def jump_to(self, finding: Finding | None) -> None:
        """Show the thing a problem is about."""
        if finding is None:
            return
        if finding.target is Target.EVENT:
            self.tabs.setCurrentWidget(self.programme)
            self.programme.select(finding.key)
        elif finding.target is Target.PERSON:
            self.tabs.setCurrentWidget(self.people)
            self.people.select(finding.key)
        elif finding.target is Target.VENUE:
            self.tabs.setCurrentWidget(self.venues)
            self.venues.select(finding.key)

    # Files

    def _try(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (PlannerError, OSError) as error:
            QMessageBox.warning(self, APP_NAME, str(error))
            return False
        return True

    def _save_as(
        self,
        title: str,
        suggested: str,
        filters: str,
        make: Callable[[], bytes],
        *,
        private: bool = False,
    ) -> None:
        start = str(Path(self._last_folder()) / suggested)
        path, _ = QFileDialog.getSaveFileName(self, title, start, filters)
        if path and self._try(lambda: write_atomically(Path(path), make(), private=private)):
            self._remember_folder(path)
            self.statusBar().showMessage(self.tr("Wrote {path}").format(path=path))

    def import_visit_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import visit file"), self._last_folder(), visit_files()
        )
        if not path:
            return
        imported: list[VisitPlan] = []
        if self._try(
            lambda: imported.append(
                self.planner.import_visit_file(Path(path).read_bytes(), Path(path).name)
            )
        ):
            self.refresh_visits(imported[0].visit.key)

    def import_people(self) -> None:
        """A delegation list from outside: previewed, and imported only when confirmed."""
        from planner.ui.people_import import PeopleImportDialog

        plan = self.editor.plan
        if plan is None:
            QMessageBox.information(self, APP_NAME, self.tr("Choose a visit first."))
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import people"),
            self._last_folder(),
            self.tr("Lists (*.xlsx *.csv);;All files (*)"),
        )
        if not path:
            return
        data: list[bytes] = []
        if not self._try(lambda: data.append(Path(path).read_bytes())):
            return
        dialog = PeopleImportDialog(plan, data[0], Path(path).name, self)
        if dialog.exec() and dialog.preview is not None:
            preview = dialog.preview
            self._try(
                lambda: self.editor.apply(
                    self.tr("Import people from {file}").format(file=Path(path).name),
                    preview.apply(plan),
                )
            )
            self.tabs.setCurrentWidget(self.people)

    def _current_key(self) -> str | None:
        if self.editor.plan is None:
            QMessageBox.information(self, APP_NAME, self.tr("Choose a visit first."))
            return None
        return self.editor.plan.visit.key

    def export_visit_file(self) -> None:
        key = self._current_key()
        if key:
            self._save_as(
                self.tr("Export visit file"),
                f"{key}.visit.json",
                visit_files(),
                lambda: self.planner.export_visit_file(key),
                private=True,
            )

    def export_calendar(self, scope: str) -> None:
        from planner.ui.choosers import choose_day, choose_item, choose_person

        key, plan = self._current_key(), self.editor.plan
        if not key or plan is None:
            return
        person: str | None = None
        day: date | None = None
        event_key: str | None = None
        ok = True
        if scope == "person":
            ok, person = choose_person(self, plan)
        elif scope == "day":
            ok, day = choose_day(self, plan, self.programme.selected_day())
        elif scope == "event":
            selected = self.programme.selected()
            ok, event_key = choose_item(
                self,
                plan,
                self.tr("Calendar of one item"),
                self.tr("Which programme item goes in the calendar file?"),
                current=selected.key if selected else None,
            )
        if not ok:
            return
        suffix = "".join(f"-{part}" for part in (person, day, event_key) if part)
        self._save_as(
            self.tr("Export calendar"),
            f"{key}{suffix}.ics",
            self.tr("Calendar files (*.ics)"),
            lambda: self.planner.calendar(key, person=person, day=day, event=event_key),
        )

    def export_attendees(self, file_format: str) -> None:
        key = self._current_key()
        if not key:
            return
        ok, event_key = self._attendee_event_key(self.tr("Export attendee list"))
        if not ok:
            return
        name = f"{key}-{event_key or 'delegation'}.{file_format}"
        self._save_as(
            self.tr("Export attendee list"),
            name,
            f"{file_format.upper()} (*.{file_format})",
            lambda: self.planner.attendee_list(
                key, file_format, event=event_key, guests_first=self._guests_first()
            ),
        )

    def _attendee_event_key(self, title: str) -> tuple[bool, str | None]:
        """Ask whose attendee list: one item's (the selected one offered first while the
        programme is in view) or the whole delegation's. (False, None) if cancelled."""
        from planner.ui.choosers import choose_item

        plan = self.editor.plan
        if plan is None:
            return False, None
        selected = self.programme.selected()
        in_view = self.tabs.currentWidget() is self.programme and selected is not None
        return choose_item(
            self,
            plan,
            title,
            self.tr("The attendee list of which programme item?"),
            current=selected.key if in_view and selected else None,
            whole=self.tr("The whole delegation (everyone in the visit)"),
        )

    def export_programme(self) -> None:
        key = self._current_key()
        if key:
            self._save_as(
                self.tr("Export programme"),
                f"{key}-programme.pdf",
                "PDF (*.pdf)",
                lambda: self.planner.programme_pdf(key),
            )

    def preview(self, what: str) -> None:
        from planner.ui.printing import preview_job

        plan = self.editor.plan
        if plan is None:
            return
        event_key = None
        if what == "sheet":
            ok, event_key = self._attendee_event_key(self.tr("Print preview: attendee sheet"))
            if not ok:
                return
        elif what in SEATING_DOCUMENTS:
            ok, event_key = self._seating_event_key(what)
            if not ok:
                return
        visit = plan.visit
        preview_job(
            self,
            plan,
            what,
            event_key,
            guests_first=self._guests_first(),
            languages=self.planner.document_languages(visit),
            language_of=lambda value, era: self.planner.document_language(visit, value, era),
        )

    def _seating_event_key(self, what: str) -> tuple[bool, str | None]:
        """Which item's table plan, place cards or badges: the Seating tab's item while it
        is in view; else asked, the Seating tab's item (or the programme's) chosen first.
        Badges may be the whole delegation's. (False, None) if cancelled."""
        from planner.ui.choosers import choose_item

        plan = self.editor.plan
        if plan is None:
            return False, None
        shown = self.seating.current_item()
        if self.tabs.currentWidget() is self.seating and shown is not None:
            return True, shown
        selected = self.programme.selected()
        current = shown or (selected.key if selected else None)
        titles = {
            "table-plan": self.tr("Print preview: table plan"),
            "place-cards": self.tr("Print preview: place cards"),
            "badges": self.tr("Print preview: badges"),
        }
        if what == "badges":
            return choose_item(
                self,
                plan,
                titles[what],
                self.tr("The badges of whom: one programme item's people, or everyone?"),
                current=current,
                whole=self.tr("The whole delegation (everyone in the visit)"),
            )
        ok, key = choose_item(
            self,
            plan,
            titles[what],
            self.tr("The seating of which programme item?"),
            current=current,
        )
        return ok and key is not None, key

    def _guests_first(self) -> bool:
        """Lists start from our side: the guests' when we are the guests."""
        plan = self.editor.plan
        return plan is not None and our_side(plan.visit) is Side.GUEST

    def _last_folder(self) -> str:
        folder = self.settings.value("lastFolder", "") if self.settings else ""
        return str(folder or Path.home())

    def _remember_folder(self, path: str) -> None:
        if self.settings:
            self.settings.setValue("lastFolder", str(Path(path).parent))

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), self._last_folder(), databases()
        )
        if path:
            self.database_requested.emit(Path(path))

    def back_up(self) -> None:
        suggested = self.planner.backup_folder() / f"{self.planner.path.stem}-copy.sqlite3"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), str(suggested), databases()
        )
        if path and self._try(lambda: self.planner.back_up(Path(path))):
            self.statusBar().showMessage(self.tr("Backed up to {path}").format(path=path))

    def restore_backup(self) -> None:
        folder = self.planner.backup_folder()
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore a backup"),
            str(folder),
            self.tr("Databases (*.sqlite3);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace everything in {database} with {backup}? "
                "What it holds now is kept as a backup first."
            ).format(database=self.planner.path.name, backup=Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(Path(path))

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), self._last_folder(), databases_or_all()
        )
        if path:
            self.database_requested.emit(Path(path))

    # Window state

    def _restore_layout(self) -> None:
        if self.settings is None:
            return
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.is_open:
            self.overview.flush()  # typing that waits for its pause is saved, not lost
            self.checker.wait()
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)
