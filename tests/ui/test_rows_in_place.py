"""An edit changes the rows it changes: in a 1,000-item programme, editing one item
changes one row, and the officer's selection, collapsed days and scroll stay put."""

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from benchmarks.visit_file import large_plan
from planner.domain import edits
from planner.ui.main_window import MainWindow
from planner.ui.models import ProgrammeTreeModel


class Signals:
    """What a model told its views."""

    def __init__(self, model: ProgrammeTreeModel) -> None:
        self.resets = 0
        self.changed: list[tuple[int, int, int]] = []  # (day row, first row, last row)
        self.inserted: list[tuple[int, int, int]] = []
        self.removed: list[tuple[int, int, int]] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(
            lambda first, last, _roles=(): self.changed.append(
                (first.parent().row(), first.row(), last.row())
            )
        )
        model.rowsInserted.connect(lambda p, a, b: self.inserted.append((p.row(), a, b)))
        model.rowsRemoved.connect(lambda p, a, b: self.removed.append((p.row(), a, b)))

    def _reset(self) -> None:
        self.resets += 1


def test_editing_one_item_of_a_thousand_changes_one_row_and_keeps_the_selection(
    window: MainWindow, qtbot: QtBot
) -> None:
    plan = large_plan(400, 1000)
    window.planner.add_plan(plan)
    window.refresh_visits("bench")
    page = window.programme
    window.tabs.setCurrentWidget(page)
    model, tree = page.model, page.tree
    page.select("e500")
    selected = tree.currentIndex()
    day_row = selected.parent().row()
    tree.collapse(model.index(0, 0))  # the officer folded the first day away
    tree.scrollTo(selected)
    scrolled = tree.verticalScrollBar().value()
    signals = Signals(model)

    current = window.editor.plan
    assert current is not None
    item = current.event("e500")
    window.editor.apply("Retitle", edits.update_event(current, replace(item, title="Moved talks")))

    assert signals.resets == 0
    assert signals.inserted == signals.removed == []
    assert signals.changed[0] == (day_row, selected.row(), selected.row())  # that row alone
    assert all(change[1] == change[2] for change in signals.changed), signals.changed[:5]
    assert page.selected() is not None
    assert page.selected() == replace(item, title="Moved talks")
    assert not tree.isExpanded(model.index(0, 0))
    assert tree.verticalScrollBar().value() == scrolled

    # A new item comes in as one inserted row; undo takes it out as one removed row.
    current = window.editor.plan
    assert current is not None
    extra = replace(item, key="e500b", title="Added talks")  # listed right after it
    window.editor.apply("Add", edits.add_event(current, extra))
    assert signals.resets == 0
    assert signals.inserted == [(day_row, selected.row() + 1, selected.row() + 1)]
    window.undo_action.trigger()
    assert signals.removed == [(day_row, selected.row() + 1, selected.row() + 1)]
    assert page.selected() == replace(item, title="Moved talks")
    assert model.rowCount(QModelIndex()) == len(model.days)


def test_an_item_moved_or_moved_back_stays_the_one_selected(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.planner.add_plan(large_plan(20, 40))
    window.refresh_visits("bench")
    page = window.programme
    window.tabs.setCurrentWidget(page)
    for later in (timedelta(minutes=100), timedelta(days=1)):  # later that day; the next day
        page.select("e2")
        current = window.editor.plan
        assert current is not None
        item = current.event("e2")
        moved = replace(item, start=item.start + later, end=item.end + later)
        window.editor.apply("Move", edits.update_event(current, moved))
        chosen = page.selected()
        assert chosen is not None
        assert chosen.key == "e2"  # not the item that took its row
        window.undo_action.trigger()
        chosen = page.selected()
        assert chosen is not None
        assert chosen.key == "e2"


def test_the_home_clock_column_follows_the_home_zone(window: MainWindow) -> None:
    window.planner.add_plan(large_plan(20, 40))
    window.refresh_visits("bench")
    model = window.programme.model
    current = window.editor.plan
    assert current is not None
    assert model.headerData(model.HOME_TIME, Qt.Orientation.Horizontal) == "Taipei time"
    tokyo = replace(current, visit=replace(current.visit, timezone="Asia/Tokyo"))
    window.editor.apply("Home zone", tokyo)
    assert model.headerData(model.HOME_TIME, Qt.Orientation.Horizontal) == "Tokyo time"
