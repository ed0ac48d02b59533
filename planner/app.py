"""Wiring for the window: paths → database → QApplication → main window."""

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__, paths
from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.store import backup
from planner.store.database import Database, known_revisions, open_database
from planner.ui.main_window import MainWindow

LAST_DATABASE = "lastDatabase"


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
        self.database: Database | None = None
        self.window: MainWindow | None = None

    def open(self, path: Path) -> bool:
        try:
            database = open_database(path)
        except PlannerError as error:
            QMessageBox.critical(self.window, APP_NAME, str(error))
            return False
        window = MainWindow(Planner(database), self.preferences)
        window.database_requested.connect(self.open)
        window.restore_requested.connect(self.restore)
        window.show()
        if self.window is not None:
            self.window.close()
        if self.database is not None:
            self.database.close()
        self.database, self.window = database, window
        self.preferences.setValue(LAST_DATABASE, str(database.path))
        return True

    def restore(self, source: Path) -> bool:
        """Close this database, put the backup in its place (keeping a copy), open it again."""
        if self.database is None:
            return False
        path = self.database.path
        self.database.close()
        try:
            safety = backup.restore(path, source, known_revisions=known_revisions())
        except PlannerError as error:
            QMessageBox.warning(self.window, APP_NAME, str(error))
            safety = None
        reopened = self.open(path)
        if reopened and safety is not None and self.window is not None:
            self.window.statusBar().showMessage(
                f"Restored from {source.name}; the replaced data is in {safety}"
            )
        return reopened and safety is not None

    def close(self) -> None:
        if self.database is not None:
            self.database.close()


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
            f"Something went wrong: {error}\n\nYour saved work is safe; the last "
            "action may not have been completed.",
        )
        box.setDetailedText(details)
        box.exec()

    sys.excepthook = show


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
    session = Session(preferences)
    if not session.open(starting_database(database_path, preferences)):
        return 1
    try:
        return app.exec()
    finally:
        session.close()
