"""The Programme tab under the one day rule: the day an item starts where it happens, the home
clock beside it, a day spent arriving not empty, and the items a problem is about marked."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.checks import Severity
from planner.domain.model import Participant, VisitPlan
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from planner.ui.models import ProgrammeTreeModel
from tests.helpers.qt import checked
from tests.ui.trips import LUNCH, SIGNING, TALKS, TRAIN, trip

T = ProgrammeTreeModel


def open_trip(window: MainWindow, plan: VisitPlan) -> ProgrammeTreeModel:
    window.planner.add_plan(plan)
    window.refresh_visits(plan.visit.key)
    window.tabs.setCurrentWidget(window.programme)
    return window.programme.model


def day_titles(model: ProgrammeTreeModel) -> dict[str, list[str]]:
    """Each day heading with the text of its rows: time, then title."""
    shown: dict[str, list[str]] = {}
    for day_row in range(model.rowCount()):
        day = model.index(day_row, 0)
        shown[day.data()] = [
            f"{model.index(row, T.TIME, day).data()} {model.index(row, T.TITLE, day).data()}"
            for row in range(model.rowCount(day))
        ]
    return shown


def cell(model: ProgrammeTreeModel, index: QModelIndex, column: int, role: int = 0) -> object:
    return model.index(index.row(), column, index.parent()).data(role)


def test_the_night_train_is_under_saturday_where_it_leaves_with_the_home_time_beside_it(
    qtmodeltester: ModelTester,
) -> None:
    model = ProgrammeTreeModel()
    model.set_plan(trip())
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert day_titles(model) == {
        "Friday 24 October 2025": ["15:30–16:30 Talks at Egmont"],
        "Saturday 25 October 2025": ["19:22–10:12 +1 Night train to Prague"],
        # The day spent arriving lists the train again, in Prague's time after the clocks
        # went back: not an empty day.
        "Sunday 26 October 2025": ["arrives 10:12 Night train to Prague"],
        "Monday 27 October 2025": ["10:00–10:30 Signing in Prague"],
        "Tuesday 28 October 2025": [],
    }
    train = model.index_of_event("night-train")
    assert train.parent().data() == "Saturday 25 October 2025"
    assert cell(model, train, T.HOME_TIME) == "01:22 +1"  # Sunday already, in Taipei
    assert model.headerData(T.HOME_TIME, Qt.Orientation.Horizontal) == "Taipei time"
    # The route by place names, not zone paths.
    assert cell(model, train, T.ZONE) == "Brussels → Prague"
    assert cell(model, train, T.VENUE) == "Brussels-Midi → Praha hlavní nádraží"
    assert cell(model, model.index_of_event("talks"), T.HOME_TIME) == "21:30"


def test_a_continued_row_is_the_same_item_for_selecting_and_editing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = open_trip(window, trip())
    sunday = model.index_of_event("night-train", date(2025, 10, 26))
    assert sunday.parent().data() == "Sunday 26 October 2025"
    assert "Continued from Saturday 25 October 2025" in str(cell(model, sunday, T.TITLE, 3))
    window.programme.tree.setCurrentIndex(sunday)
    assert window.programme.selected() == window.editor.plan.event("night-train")  # type: ignore[union-attr]
    assert window.programme.selected_day() == date(2025, 10, 26)
    opened: list[object] = []

    def look(dialog: EventDialog) -> int:
        opened.append(dialog.original)
        return 0

    monkeypatch.setattr(EventDialog, "exec", look)
    window.programme.tree.doubleClicked.emit(sunday)
    assert opened == [window.editor.plan.event("night-train")]  # type: ignore[union-attr]


def test_both_items_of_a_clash_are_marked_with_an_icon_the_problem_and_a_colour(
    window: MainWindow,
) -> None:
    model = open_trip(window, trip(TALKS, TRAIN, SIGNING, LUNCH))
    clash = next(f for f in checked(window).problems.items if f.severity is Severity.ERROR)
    assert set(clash.event_keys) == {"signing", "lunch"}
    for key in ("signing", "lunch"):
        index = model.index_of_event(key)
        icon = cell(model, index, T.TITLE, Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        assert not icon.isNull()
        assert clash.message in str(cell(model, index, T.TITLE, Qt.ItemDataRole.ToolTipRole))
        assert clash.message in str(cell(model, index, T.TIME, Qt.ItemDataRole.ToolTipRole))
        assert isinstance(cell(model, index, T.TIME, Qt.ItemDataRole.BackgroundRole), QBrush)
    talks = model.index_of_event("talks")
    assert cell(model, talks, T.TITLE, Qt.ItemDataRole.DecorationRole) is None
    assert cell(model, talks, T.TIME, Qt.ItemDataRole.BackgroundRole) is None
    # Moving the lunch away clears the marks as the problem goes.
    window.programme.select("lunch")
    window.programme.remove_selected()
    signing = checked(window).programme.model.index_of_event("signing")
    assert cell(model, signing, T.TITLE, Qt.ItemDataRole.DecorationRole) is None
    window.undo_action.trigger()
    signing = checked(window).programme.model.index_of_event("signing")
    assert cell(model, signing, T.TITLE, Qt.ItemDataRole.DecorationRole) is not None


def test_long_problems_wrap_in_the_panel_and_show_whole_in_a_tooltip(
    window: MainWindow, qtbot: QtBot
) -> None:
    everyone = ("prevot", "novak", "chen", "lin")
    long_signing = replace(
        SIGNING,
        title="Signing of the Memorandum of Understanding on Economic and Trade Cooperation",
        participants=tuple(Participant(p) for p in everyone),
    )
    long_lunch = replace(
        LUNCH,
        title="Working lunch with the Deputy Minister and the ambassadors of the Visegrád Group",
        participants=tuple(Participant(p) for p in everyone),
    )
    open_trip(window, trip(TALKS, TRAIN, long_signing, long_lunch))
    table = window.problem_table
    window.resize(1280, 800)
    index = checked(window).problems.index(0, 1)
    message = checked(window).problems.items[0].message
    assert index.data(Qt.ItemDataRole.ToolTipRole) == message
    assert table.wordWrap()
    metrics = table.fontMetrics()
    qtbot.waitUntil(lambda: metrics.horizontalAdvance(message) > table.columnWidth(1) + 10)
    qtbot.waitUntil(lambda: table.rowHeight(0) >= 2 * metrics.lineSpacing())
