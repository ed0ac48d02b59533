"""The window on a real database: it says which file is open and lists the visits in it."""

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.app import run_gui
from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow
from planner.ui.visit_table_model import VisitRole, VisitTableModel
from tests.helpers.qt import wait_for_visit


def test_window_names_the_open_database_and_lists_its_visits(
    qtbot: QtBot, planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    window = MainWindow(planner)
    qtbot.addWidget(window)
    assert str(planner.database.path) in window.database_label.text()
    assert planner.database.path.name in window.windowTitle()
    model = window.visit_table.model()
    assert model.rowCount() == 1
    title = model.index(0, VisitTableModel.TITLE).data()
    assert title == demo_plan.visit.title
    assert model.index(0, VisitTableModel.DATES).data() == "02 Jun – 07 Jun 2025"
    assert model.index(0, 0).data(VisitRole).key == demo_plan.visit.key


def test_visit_table_model_is_a_well_behaved_qt_model(
    qtmodeltester: ModelTester, demo_plan: VisitPlan
) -> None:
    model = VisitTableModel()
    model.set_visits([demo_plan.visit])
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]


def test_run_gui_opens_a_window_on_the_chosen_database(qtbot: QtBot, db_path: Path) -> None:
    seen: list[str] = []

    def look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.database_label.text())
                widget.close()
        QApplication.quit()

    QTimer.singleShot(0, look_and_close)
    assert run_gui(db_path) == 0
    assert seen == [f"Database: {db_path}"]
    assert db_path.exists()


def test_the_app_paints_its_window_first_then_opens_the_last_visit(
    qtbot: QtBot, db_path: Path
) -> None:
    database = open_database(db_path)
    planner = Planner(database)
    planner.add_demo()
    window = MainWindow(planner, visit_after_paint=True)
    qtbot.addWidget(window)
    assert window.editor.plan is None  # nothing loaded before the window shows
    assert window.visits.rowCount() == 1  # but the list of visits is there
    window.show()
    wait_for_visit(window)
    assert window.editor.plan is not None
    assert window.editor.plan.visit.key == "mh-state-visit-2025"
    database.close()
