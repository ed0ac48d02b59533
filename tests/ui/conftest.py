"""The window on a temporary database, for the tests that drive it."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, db_path: Path) -> Iterator[MainWindow]:
    database = open_database(db_path)
    window = MainWindow(Planner(database))
    qtbot.addWidget(window)
    window.show()
    yield window
    database.close()
