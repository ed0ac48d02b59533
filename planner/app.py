"""Wiring for the window: paths → database → QApplication → main window."""

import logging
import os
import sys
import time
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__, paths, translation
from planner.domain.errors import PlannerError
from planner.services import Planner, ready_visits, restore_backup
from planner.ui.main_window import LANGUAGE, MainWindow, Opening

LAST_DATABASE = "lastDatabase"
EXIT_AFTER_PAINT = "PLANNER_EXIT_AFTER_PAINT"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    return app


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, "window")


class Session:
    """The open database and its window; another database replaces both."""

    def __init__(self, preferences: QSettings) -> None:
        self.preferences = preferences
        self.planner: Planner | None = None
        self.window: MainWindow | None = None
        self.failed = False  # the first database could not be opened after all

    def start(self, path: Path) -> bool:
        """The first window: painted with the visits of a database that opens as it is,
        read ahead; then its last visit, read ahead too; then the database opened
        (SQLAlchemy and all). Any other file is opened first, as `open` does, so its
        migration or refusal comes first."""
        visits = ready_visits(path)
        if visits is None:
            return self.open(path)
        window = MainWindow(Opening(path, visits), self.preferences)
        window.painted.connect(lambda: self._open_painted(window, path))
        window.database_requested.connect(self.open)
        window.restore_requested.connect(self.restore)
        window.show()
        self.window = window
        self.preferences.setValue(LAST_DATABASE, str(path.expanduser().absolute()))
        return True

    def _open_painted(self, window: MainWindow, path: Path) -> None:
        if window is not self.window or not window.isVisible():
            return  # closed before it painted
        # Read ahead with sqlite3: the database itself opens once the last visit is shown.
        planner = self.planner = Planner.ready(path)
        window.database_failed.connect(lambda message: self._failed(window, message))
        # The tabs are built on the next turn of the event loop: a click waits for one step.
        QTimer.singleShot(0, lambda: self._attach(window, planner))

    def _failed(self, window: MainWindow, message: str) -> None:
        QMessageBox.critical(window, APP_NAME, message)
        self.failed = True
        window.close()

    def _attach(self, window: MainWindow, planner: Planner) -> None:
        if window is self.window and window.isVisible():
            window.attach(planner)

    def open(self, path: Path) -> bool:
        try:
            planner = Planner.open(path)
        except PlannerError as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        window = MainWindow(planner, self.preferences, visit_after_paint=True)
        window.database_requested.connect(self.open)
        window.restore_requested.connect(self.restore)
        window.show()
        if self.window is not None:
            self.window.close()
        if self.planner is not None:
            self.planner.close()
        self.planner, self.window = planner, window
        self.preferences.setValue(LAST_DATABASE, str(planner.path))
        return True

    def restore(self, source: Path) -> bool:
        """Close this database, put the backup in its place (keeping a copy), open it again."""
        if self.planner is None:
            return False
        path = self.planner.path
        self.planner.close()
        try:
            safety = restore_backup(path, source)
        except PlannerError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            safety = None
        reopened = self.open(path)
        if reopened and safety is not None and self.window is not None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "Session", "Restored from {backup}; the replaced data is in {copy}"
                ).format(backup=source.name, copy=safety)
            )
        return reopened and safety is not None

    def close(self) -> None:
        if self.planner is not None:
            self.planner.close()


def starting_database(chosen: Path | None, preferences: QSettings) -> Path:
    """--db or PLANNER_DB if given, else the database used last time, else the default."""
    if chosen is not None:
        return chosen
    if os.environ.get(paths.DB_ENV):
        return paths.default_database()
    last = preferences.value(LAST_DATABASE)
    return Path(str(last)) if last else paths.default_database()


def no_display() -> bool:
    """On Linux without X11 or Wayland (and no platform chosen) Qt would abort the process."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def install_error_dialog() -> None:
    """Anything unexpected is logged and shown, not lost in a terminal nobody reads."""

    def show(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        logging.getLogger("planner").error("unexpected error", exc_info=(kind, error, trace))
        details = "".join(traceback.format_exception(kind, error, trace))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            QCoreApplication.translate(
                "Session",
                "Something went wrong: {error}\n\nYour saved work is safe; the last "
                "action may not have been completed.",
            ).format(error=error),
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = show


class ExitAfterPaint(QObject):
    """Benchmark hook (benchmarks/startup.py): with PLANNER_EXIT_AFTER_PAINT=1 in the
    environment, the app quits once the window has painted, printing `painted at <time>`,
    the wall-clock time.time() of that paint, which the benchmark takes from its own
    time.time() at launch.

    With PLANNER_EXIT_AFTER_PAINT=visit it runs on until the window has painted its visit
    and opened its database, printing `visit shown at <time>` and `database open at <time>`
    too, with `longest stall <ms>`, the longest the event loop went without turning (input
    waits that long) from the first paint to the visit shown, and `longest stall after
    <ms>`, from then until the database is open.
    """

    TICK_MS = 1

    def __init__(self, app: QApplication, session: Session | None = None) -> None:
        super().__init__(app)
        self.app, self.session = app, session
        self.painted = self.shown = self.opened = 0.0
        self.loaded = False
        self.last_tick = 0.0
        self.stalls = [0.0, 0.0]  # before the visit shows, and after
        self.ticks = QTimer(self)
        self.ticks.setInterval(self.TICK_MS)
        self.ticks.timeout.connect(self.tick)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Paint:
            return False
        if not self.painted:  # the first widget painted: the window shows
            self.painted = time.time()
            if self.session is None:
                self.app.removeEventFilter(self)
                QTimer.singleShot(0, self.finish)  # after the rest of the window has painted
            else:
                self.last_tick = time.perf_counter()
                self.ticks.start()
        elif self.loaded and not self.shown:  # the first paint with the visit in
            self.app.removeEventFilter(self)
            self.shown = time.time()
        return False

    def tick(self) -> None:
        now = time.perf_counter()
        stalled = now - self.last_tick
        self.last_tick = now
        self.stalls[bool(self.shown)] = max(self.stalls[bool(self.shown)], stalled)
        window = self.session.window if self.session is not None else None
        if window is None or not window.is_open:
            return
        self.loaded = self.loaded or window.editor.plan is not None
        if self.shown and window.planner.is_open:
            self.opened = time.time()
            self.ticks.stop()
            QTimer.singleShot(0, self.finish)

    def finish(self) -> None:
        print(f"painted at {self.painted:.6f}", flush=True)
        if self.session is not None:
            print(f"visit shown at {self.shown:.6f}", flush=True)
            print(f"database open at {self.opened:.6f}", flush=True)
            print(f"longest stall {self.stalls[0] * 1000:.1f} ms", flush=True)
            print(f"longest stall after {self.stalls[1] * 1000:.1f} ms", flush=True)
        QApplication.quit()


def run_gui(database_path: Path | None = None) -> int:
    if QApplication.instance() is None and no_display():
        print(
            "delegation-planner: no display to open the window on (DISPLAY and WAYLAND_DISPLAY"
            " are unset); run it in a desktop session, or under xvfb-run",
            file=sys.stderr,
        )
        return 1
    app = create_application()
    install_error_dialog()
    preferences = settings()
    # The language chosen last time (View ▸ Language), else the system's: a small file read.
    translation.install(app, translation.window_language(preferences.value(LANGUAGE)))
    session = Session(preferences)
    exit_after = os.environ.get(EXIT_AFTER_PAINT)
    if exit_after in ("1", "visit"):
        app.installEventFilter(ExitAfterPaint(app, session if exit_after == "visit" else None))
    if not session.start(starting_database(database_path, preferences)):
        return 1
    try:
        status = app.exec()
        return 1 if session.failed else status
    finally:
        session.close()
