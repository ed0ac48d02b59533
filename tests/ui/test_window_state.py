"""What the window keeps: database files, the last one opened, its layout; and print preview."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from planner.app import LAST_DATABASE, Session, starting_database
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow
from tests.helpers.qt import action, print_previews_to, wait_for_visit


@pytest.fixture
def preferences(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def session(qtbot: QtBot, preferences: QSettings) -> Iterator[Session]:
    session = Session(preferences)
    yield session
    if session.window is not None:
        session.window.close()
    session.close()


def test_file_open_switches_database_and_it_is_reopened_next_time(
    session: Session,
    preferences: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, second = tmp_path / "first.sqlite3", tmp_path / "second.sqlite3"
    Planner(open_database(second)).add_demo()
    assert session.open(first)
    assert session.window is not None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    action(session.window, "&Open database…")
    assert session.window.planner.database.path == second
    window = session.window
    wait_for_visit(window)
    assert window.editor.plan is not None
    assert preferences.value(LAST_DATABASE) == str(second)
    assert starting_database(None, preferences) == second
    assert starting_database(first, preferences) == first  # --db wins


def test_overview_fields_are_saved_as_they_are_left(qtbot: QtBot, db_path: Path) -> None:
    planner = Planner(open_database(db_path))
    planner.add_demo()
    window = MainWindow(planner)
    qtbot.addWidget(window)
    details = window.overview.details
    details.title.setText("State visit, revised")
    details.title.editingFinished.emit()
    assert planner.plan("mh-state-visit-2025").visit.title == "State visit, revised"
    details.host.setText("Atlantis")
    details.host.editingFinished.emit()
    assert "'Atlantis' is not a country" in details.error.text()
    assert planner.plan("mh-state-visit-2025").visit.host_country == "TW"
    window.undo_action.trigger()
    assert details.title.text() != "State visit, revised"
    planner.database.close()


def test_window_layout_is_remembered(qtbot: QtBot, db_path: Path, preferences: QSettings) -> None:
    planner = Planner(open_database(db_path))
    window = MainWindow(planner, preferences)
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 560)  # within the offscreen test screen, which is 800 pixels square
    window.splitter.setSizes([330, 420])
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = MainWindow(planner, preferences)
    qtbot.addWidget(again)
    again.show()
    assert again.size() == size
    assert again.splitter.sizes() == sizes
    planner.database.close()


def test_print_preview_paints_the_programme_pages(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    planner = Planner(open_database(db_path))
    planner.add_demo()
    window = MainWindow(planner)
    qtbot.addWidget(window)
    output = tmp_path / "preview.pdf"
    print_previews_to(output, monkeypatch)
    action(window, "Print preview: programme…")
    reader = PdfReader(output)
    assert len(reader.pages) == 3
    assert "Wednesday 4 June 2025" in " ".join(reader.pages[1].extract_text().split())
    planner.database.close()


def test_restore_from_the_file_menu_reopens_the_restored_database(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QMessageBox

    from planner.domain.model import VisitPlan
    from planner.store import backup

    path = tmp_path / "live.sqlite3"
    assert session.open(path)
    assert session.window is not None
    session.window.planner.add_demo()
    saved = backup.make_backup(path, "manual")
    demo = session.window.planner.plan("mh-state-visit-2025")
    session.window.planner.add_plan(VisitPlan(replace(demo.visit, key="later")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action(session.window, "&Restore a backup…")
    assert [v.key for v in session.window.planner.visits()] == ["mh-state-visit-2025"]
    replaced = [p for p in backup.list_backups(path) if "before-restore" in p.name]
    assert len(replaced) == 1
