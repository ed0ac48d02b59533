"""Start-up: the window paints with the visit list read ahead, then opens the database and
the last visit; what the officer does meanwhile waits for it or is not offered yet, and a
file that needs migrating or cannot be opened is dealt with before the window shows."""

import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from planner import services
from planner.app import Session
from planner.domain.errors import PlannerError
from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store.database import current_revision, head_revision, open_database
from planner.ui.main_window import MainWindow
from planner.ui.visit_table_model import VisitRole
from tests.helpers.qt import checked

FIRST_SCHEMA = Path(__file__).parent.parent / "data" / "schema-0001.sqlite3"


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    session = Session(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield session
    if session.window is not None:
        session.window.close()
    session.close()


@pytest.fixture
def two_visits(db_path: Path, demo_plan: VisitPlan) -> Path:
    planner = Planner.open(db_path, backups=False)
    planner.add_plan(demo_plan)
    later = replace(demo_plan.visit, key="zz-later", title="A later visit")
    planner.add_plan(VisitPlan(later))
    planner.close()
    return db_path


def run_until(done: Callable[[], bool], seconds: float = 10) -> None:
    """Events run by hand: an earlier test's QApplication.quit() makes qtbot's waits return."""
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)
    assert done()


def opened(window: MainWindow) -> bool:
    return window.is_open and window.editor.plan is not None


def actions(window: MainWindow) -> dict[str, QAction]:
    return {action.text(): action for action in window.findChildren(QAction) if action.text()}


def test_the_window_lists_the_visits_before_the_database_opens_then_opens_the_first(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    assert session.planner is None
    assert not window.is_open
    listed = [window.visits.visit_at(row).key for row in range(window.visits.rowCount())]
    assert listed == ["mh-state-visit-2025", "zz-later"]
    assert str(two_visits) in window.database_label.text()
    run_until(lambda: opened(window))
    assert session.planner is window.planner
    assert window.planner.path == two_visits
    assert window.editor.plan is not None
    assert window.editor.plan.visit.key == "mh-state-visit-2025"
    assert "error(s)" in checked(window).statusBar().currentMessage()  # checked as it opened
    assert window.splitter.widget(1) is window.tabs
    assert window.tabs.isVisibleTo(window)


def test_what_needs_the_database_is_disabled_until_it_is_open(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    before = actions(window)
    assert not before["&New visit…"].isEnabled()
    assert not before["&Import visit file…"].isEnabled()
    assert not before["Print preview: programme…"].isEnabled()
    assert before["&Quit"].isEnabled()
    buttons = {b.text(): b for b in window.findChildren(QPushButton)}
    assert not buttons["New…"].isEnabled()
    languages = window.language_menu.actions()  # these need no database: they work at once
    for action in before.values():  # clicked fast, before it opens: nothing happens
        if action.text() != "&Quit" and action not in languages:
            action.trigger()
    run_until(lambda: opened(window))
    after = actions(window)
    assert after["&New visit…"].isEnabled()
    assert after["&Undo"].isEnabled() is False  # nothing done yet, but it is there
    assert buttons["New…"].isEnabled()


def test_a_visit_chosen_before_the_database_opens_is_the_one_opened(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    view = window.visit_table
    for row in range(view.model().rowCount()):
        index = view.model().index(row, view.modelColumn())
        if index.data(VisitRole).key == "zz-later":
            view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    run_until(lambda: opened(window))
    assert window.editor.plan is not None
    assert window.editor.plan.visit.key == "zz-later"


def test_a_window_closed_before_its_database_opens_opens_nothing(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    window.close()
    for _ in range(30):
        QApplication.processEvents()
        time.sleep(0.01)
    assert session.planner is None
    assert not window.is_open


def test_a_database_needing_migration_is_migrated_before_the_window_shows(
    session: Session, tmp_path: Path, qtbot: QtBot
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIRST_SCHEMA, old)
    assert session.start(old)
    window = session.window
    assert window is not None
    assert window.is_open
    assert session.planner is not None
    assert current_revision(session.planner.database.engine) == head_revision()
    assert window.visits.rowCount() == len(session.planner.visits()) > 0
    run_until(lambda: opened(window))


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []

    def critical(_parent: object, _title: str, text: str, *_args: object) -> object:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return messages


def test_a_file_that_cannot_be_opened_is_refused_as_before_with_no_window(
    session: Session, tmp_path: Path, told: list[str]
) -> None:
    foreign = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
    newer = tmp_path / "newer.sqlite3"
    open_database(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    expected = []
    for path in (foreign, newer):
        with pytest.raises(PlannerError) as refused:
            Planner.open(path)
        expected.append(str(refused.value))
        assert not session.start(path)
    assert told == expected
    assert "another program" in told[0]
    assert "newer Delegation Planner" in told[1]
    assert session.window is None


def test_a_database_that_fails_to_open_after_the_visit_shows_says_why_and_closes(
    session: Session, two_visits: Path, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file read ahead was fine; by the time the database itself opens, it is not."""

    def refuse(path: Path, *, backups: bool = True) -> Planner:
        raise PlannerError(f"{path}: locked by another program")

    monkeypatch.setattr(services, "open_database", refuse)
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    run_until(lambda: session.failed)
    assert told == [f"{two_visits}: locked by another program"]
    assert not window.isVisible()


def test_the_last_visit_shows_before_the_database_opens_and_the_database_opens_after(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    """A summit's programme is on screen before SQLAlchemy loads; the database follows."""
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    run_until(lambda: opened(window))
    shown = window.programme.model.rowCount()
    assert shown > 0
    assert not window.planner.is_open  # read with sqlite3 alone so far
    run_until(lambda: window.planner.is_open)
    assert window.programme.model.rowCount() == shown


def test_an_edit_made_before_the_database_opens_is_saved(
    session: Session, two_visits: Path, qtbot: QtBot
) -> None:
    assert session.start(two_visits)
    window = session.window
    assert window is not None
    run_until(lambda: opened(window))
    plan = window.editor.plan
    assert plan is not None
    assert not window.planner.is_open
    retitled = replace(plan, visit=replace(plan.visit, title="Retitled at once"))
    window.editor.apply("Retitle", retitled)  # opens the database to save
    assert window.planner.is_open
    assert window.planner.plan(plan.visit.key).visit.title == "Retitled at once"
    assert window.editor.undo_stack.canUndo()


def test_an_empty_database_says_how_to_begin_not_that_nothing_was_saved(
    session: Session, db_path: Path, qtbot: QtBot
) -> None:
    Planner.open(db_path, backups=False).close()
    assert session.start(db_path)
    window = session.window
    assert window is not None
    run_until(lambda: window.is_open and not checked(window).checker.busy)
    message = window.statusBar().currentMessage()
    assert message.startswith("No visit open: New… plans one")
    assert "saved" not in message
