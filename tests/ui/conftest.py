"""The window on a temporary database, for the tests that drive it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import translation
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _english_window(qapp: QApplication) -> Iterator[None]:
    """Every test starts with the window in English, the source language its asserts are
    written in; a test that changes the language has it changed back."""
    locale = QLocale()
    yield
    if translation.current_language() != translation.SOURCE:
        translation.install(qapp, translation.SOURCE)
        QLocale.setDefault(locale)


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    database = open_database(db_path)
    window = MainWindow(Planner(database))
    qtbot.addWidget(window)
    window.show()
    yield window
    database.close()


DEMO_KEY = "mh-state-visit-2025"


@pytest.fixture
def demo_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    """The window on a database holding the demo visit, with the visit open."""
    planner = Planner(open_database(db_path))
    planner.add_demo()
    window = MainWindow(planner)
    qtbot.addWidget(window)
    window.show()
    window.refresh_visits(DEMO_KEY)
    return window
