"""The Problems panel follows a save from a worker thread: a save never waits for it."""

import time

from PySide6.QtWidgets import QApplication

from planner.domain.checks import Finding, check_visit
from planner.domain.model import VisitPlan
from planner.ui.main_window import MainWindow
from planner.ui.problem_checks import ProblemChecker
from tests.helpers.qt import checked
from tests.ui.test_programme_tree import open_trip
from tests.ui.trips import LUNCH, SIGNING, TALKS, TRAIN, trip


def test_a_save_returns_before_its_problems_are_checked(window: MainWindow) -> None:
    open_trip(window, trip(TALKS, TRAIN, SIGNING, LUNCH))
    clashes = checked(window).problems.rowCount()
    assert clashes > 0
    window.programme.select("lunch")
    window.programme.remove_selected()
    # Saved and shown, the checks still under way: nothing of them ran in the save.
    assert "lunch" not in {e.key for e in window.editor.plan.events}  # type: ignore[union-attr]
    assert window.checker.busy
    assert window.problems.rowCount() == clashes
    assert checked(window).problems.rowCount() == len(check_visit(window.editor.plan))  # type: ignore[arg-type]
    assert window.problems.rowCount() < clashes


def test_of_plans_sent_quickly_only_the_newest_is_shown(window: MainWindow) -> None:
    checker = ProblemChecker()
    shown: list[tuple[VisitPlan | None, list[Finding]]] = []
    checker.found.connect(lambda plan, findings: shown.append((plan, findings)))
    plans = [trip(TALKS, TRAIN, SIGNING, LUNCH), trip(TALKS), trip(TALKS, TRAIN, SIGNING, LUNCH)]
    for plan in plans:
        checker.check(plan)
    deadline = time.monotonic() + 5
    while checker.busy and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    QApplication.processEvents()
    assert [plan for plan, _ in shown] == [plans[-1]]
    assert shown[0][1] == check_visit(plans[-1])
    checker.check(None)
    assert shown[-1] == (None, [])
