"""Wiring for the window: paths → database → QApplication → main window."""

import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, __version__
from planner.domain.errors import PlannerError
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    return app


def run_gui(database_path: Path) -> int:
    app = create_application()
    try:
        database = open_database(database_path)
    except PlannerError as error:
        QMessageBox.critical(None, APP_NAME, str(error))
        return 1
    try:
        window = MainWindow(Planner(database))
        window.show()
        return app.exec()
    finally:
        database.close()
