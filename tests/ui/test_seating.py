"""The Seating tab as an officer uses it: the demo's state banquet proposed by precedence,
people dragged from the unseated list onto chairs, from chair to chair and off the plan, each
drop one edit that is saved and undone with Ctrl+Z; seats locked and kept by the next
proposal; names in both scripts and the side by letter as well as colour; the table plan
printed from the print preview."""

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain import edits
from planner.domain.model import Participant, Seating, VisitPlan
from planner.domain.validation import MAX_SEATS
from planner.domain.vocab import DelegationRole, ParticipantRole, SeatingKind, Side
from planner.ui.main_window import MainWindow
from planner.ui.seating_items import ChairItem, NameItem
from planner.ui.seating_page import SeatingPage
from planner.ui.seating_view import SeatingView
from tests.helpers import seated
from tests.helpers.qt import action, click, plan_of, print_previews_to

DEMO_KEY = "mh-state-visit-2025"
BANQUET = "state-banquet"
Place = tuple[str, str, int]


def seating_of(window: MainWindow, event: str = BANQUET) -> Seating:
    seating = plan_of(window).event(event).seating
    assert seating is not None
    return seating


def place_of(window: MainWindow, person: str) -> Place:
    seat = seating_of(window).seat_of(person)
    assert seat is not None, f"{person} has no seat"
    return seat.place


def seating_tab(window: MainWindow, item: str = BANQUET) -> SeatingPage:
    """The Seating tab, showing the item selected in the programme."""
    window.programme.select(item)
    window.tabs.setCurrentWidget(window.seating)
    page = window.seating
    assert page.built
    assert page.current_item() == item
    return page


def proposed(window: MainWindow, qtbot: QtBot) -> SeatingPage:
    """The banquet's plan proposed with the tab's own button."""
    page = seating_tab(window)
    click(page, "Propose", qtbot)
    return page


def chair(view: SeatingView, place: Place) -> ChairItem:
    found = view.chair_at(place)
    assert found is not None, place
    return found


def point_of(view: SeatingView, place: Place) -> QPoint:
    """Where a chair is on the screen, in the view's viewport."""
    return view.mapFromScene(chair(view, place).scenePos())


def drop(target: QWidget, point: QPoint, mime: QMimeData) -> bool:
    """A drag of `mime` entering `target` (a viewport), moving to `point` and dropped there,
    as Qt delivers them; whether the drop was taken."""
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, move, mime, buttons, keys)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    moving = QDragMoveEvent(point, move, mime, buttons, keys)
    QApplication.sendEvent(target, moving)
    if not moving.isAccepted():
        return False
    dropped = QDropEvent(QPointF(point), move, mime, buttons, keys)
    QApplication.sendEvent(target, dropped)
    return dropped.isAccepted()


def drag_seat_to_seat(page: SeatingPage, start: Place, end: Place) -> bool:
    view = page.view
    mime = view.drag_data(chair(view, start))
    assert mime is not None
    return drop(view.viewport(), point_of(view, end), mime)


def drag_unseated_to_seat(page: SeatingPage, person: str, end: Place) -> bool:
    model = page.unseated
    row = next(row for row, p in enumerate(model.items) if p.key == person)
    mime = model.mimeData([model.index(row, 1)])
    return drop(page.view.viewport(), point_of(page.view, end), mime)


def undo_text(window: MainWindow) -> str:
    return window.editor.undo_stack.undoText()


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


# Done when: proposed, dragged, saved, undone, printed


def test_the_state_banquet_proposed_dragged_saved_undone_and_printed(
    demo_window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = demo_window
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page = proposed(window, qtbot)
    seating = seating_of(window)
    assert seating.plan is SeatingKind.ROUNDS
    # The host presides, the guest of honour at his right.
    assert place_of(window, "lai")[2] == 1
    assert place_of(window, "heine")[2] == 2
    assert not page.unseated.items  # everyone seated
    table = seating.tables[0].key

    # Kaneko taken off his seat (Delete on his chair), then dragged back from the
    # unseated list onto the free seat 8.
    kaneko_at = place_of(window, "kaneko")
    page.view.select_place(kaneko_at)
    page.view.setFocus()
    QTest.keyClick(page.view.viewport(), Qt.Key.Key_Delete)
    assert seating_of(window).seat_of("kaneko") is None
    assert [p.key for p in page.unseated.items] == ["kaneko"]
    free = (table, "", 8)
    assert drag_unseated_to_seat(page, "kaneko", free)
    assert place_of(window, "kaneko") == free
    assert undo_text(window) == "Seat Kalani Kaneko"
    assert not page.unseated.items

    # From seat to seat: onto Hsia's, who takes the seat Kaneko leaves.
    hsia_at = place_of(window, "hsia")
    assert drag_seat_to_seat(page, free, hsia_at)
    assert place_of(window, "kaneko") == hsia_at
    assert place_of(window, "hsia") == free
    assert undo_text(window) == "Swap Kalani Kaneko and Steve Hsia"

    # Saved: the database holds the plan the window shows.
    stored = window.planner.plan(DEMO_KEY).event(BANQUET).seating
    assert stored == seating_of(window)

    # Undone with Ctrl+Z: the two back where they were, and that saved too.
    QTest.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert place_of(window, "kaneko") == free
    assert place_of(window, "hsia") == hsia_at
    assert window.planner.plan(DEMO_KEY).event(BANQUET).seating == seating_of(window)
    assert chair(page.view, free).seat.person == "kaneko"

    # Printed: the table plan's print preview, painted into a PDF, names everyone seated.
    output = tmp_path / "table-plan.pdf"
    print_previews_to(output, monkeypatch)
    action(window, "Print preview: table plan…")
    assert not warnings
    text = pdf_text(output)
    for name in ("Hilda", "Heine", "Kalani", "Kaneko", "Steve", "Hsia", "Ching-te"):
        assert name in text, name


def test_a_seat_dragged_onto_the_unseated_list_or_off_the_plan_is_given_up(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    view, table = page.view, page.unseated_table
    mime = view.drag_data(chair(view, place_of(demo_window, "bejang")))
    assert mime is not None
    assert drop(table.viewport(), table.viewport().rect().center(), mime)
    assert seating_of(demo_window).seat_of("bejang") is None
    assert [p.key for p in page.unseated.items] == ["bejang"]
    assert undo_text(demo_window) == "Unseat Joe Bejang"

    mime = view.drag_data(chair(view, place_of(demo_window, "silk")))
    assert mime is not None
    corner = view.mapFromScene(view.sceneRect().topLeft()) + QPoint(3, 3)
    assert drop(view.viewport(), corner, mime)
    assert seating_of(demo_window).seat_of("silk") is None
    assert {p.key for p in page.unseated.items} == {"bejang", "silk"}


def test_a_drag_from_another_item_is_refused(demo_window: MainWindow, qtbot: QtBot) -> None:
    from planner.ui.seating_models import PersonDrag, person_mime

    page = proposed(demo_window, qtbot)
    elsewhere = person_mime(PersonDrag(DEMO_KEY, "farewell-dinner", "kaneko"))
    before = seating_of(demo_window)
    assert not drop(
        page.view.viewport(), point_of(page.view, place_of(demo_window, "hsia")), elsewhere
    )
    assert seating_of(demo_window) == before


# Locks


def test_a_locked_seat_is_kept_by_the_next_proposal(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = proposed(demo_window, qtbot)
    table = seating_of(demo_window).tables[0].key
    far = (table, "", 8)
    assert drag_seat_to_seat(page, place_of(demo_window, "kaneko"), far)
    menu = page.view.seat_menu(chair(page.view, far))
    lock = next(a for a in menu.actions() if a.text() == "Lock seat")
    lock.trigger()
    assert seating_of(demo_window).seat_of("kaneko").locked  # type: ignore[union-attr]
    assert undo_text(demo_window) == "Lock the seat of Kalani Kaneko"
    assert chair(page.view, far).seat.locked

    click(page, "Propose", qtbot)
    assert place_of(demo_window, "kaneko") == far
    assert len(seating_of(demo_window).seats) == 7

    menu = page.view.seat_menu(chair(page.view, far))
    assert [a.text() for a in menu.actions()] == ["Unlock seat", "Unseat"]


def test_people_who_do_not_fit_are_told_so_and_nothing_changes(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page = proposed(demo_window, qtbot)
    before = plan_of(demo_window)
    page.controls.tables_box.setValue(1)
    page.controls.seats_box.setValue(3)
    click(page, "Propose", qtbot)
    assert len(warnings) == 1
    assert "7" in warnings[0]
    assert "3" in warnings[0]
    assert plan_of(demo_window) == before


def test_clear_takes_the_plan_away_and_undo_brings_it_back(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    before = seating_of(demo_window)
    click(page, "Clear", qtbot)
    assert plan_of(demo_window).event(BANQUET).seating is None
    assert len(page.unseated.items) == 7
    assert not page.view.chairs
    demo_window.undo_action.trigger()
    assert seating_of(demo_window) == before
    assert len(page.view.chairs) == sum(t.seats for t in before.tables)


# What a chair shows


def test_a_seat_names_its_sitter_in_both_scripts(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = proposed(demo_window, qtbot)
    names = [item for item in page.view.scene().items() if isinstance(item, NameItem)]
    lines = {tuple(item.toPlainText().split("\n")) for item in names}
    assert ("Hilda Heine", "海妮") in lines
    assert ("Lai Ching-te", "賴清德") in lines
    assert len(names) == 7


def test_the_side_shows_by_a_letter_as_well_as_by_colour(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    host = chair(page.view, place_of(demo_window, "lai"))
    guest = chair(page.view, place_of(demo_window, "heine"))
    assert (host.seat.side, guest.seat.side) == (Side.HOST, Side.GUEST)
    assert (host.mark, guest.mark) == ("H", "G")
    assert host.colours != guest.colours
    empty = next(c for c in page.view.chairs if c.seat.person is None)
    assert empty.mark == ""


def test_the_unseated_list_is_in_precedence_order_with_each_side(
    demo_window: MainWindow, qtmodeltester: ModelTester
) -> None:
    page = seating_tab(demo_window)
    model = page.unseated
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert [p.key for p in model.items] == [
        "lai",
        "tsai",
        "hsia",
        "heine",
        "kaneko",
        "bejang",
        "silk",
    ]
    assert model.data(model.index(0, 0)) == "H · Host"
    assert model.data(model.index(3, 0)) == "G · Guest"
    assert model.data(model.index(3, 2)) == "海妮"


def test_the_tab_follows_the_item_selected_in_the_programme(demo_window: MainWindow) -> None:
    page = seating_tab(demo_window, "farewell-dinner")
    assert page.controls.item_box.currentData() == "farewell-dinner"
    demo_window.tabs.setCurrentWidget(demo_window.programme)
    demo_window.programme.select(BANQUET)
    demo_window.tabs.setCurrentWidget(page)
    assert page.current_item() == BANQUET


def test_the_tab_starts_on_the_first_banquet_when_nothing_is_chosen(
    demo_window: MainWindow,
) -> None:
    demo_window.tabs.setCurrentWidget(demo_window.seating)
    assert demo_window.seating.current_item() == BANQUET


def test_talks_are_proposed_across_one_table_each_side_numbered_on_its_own(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = seating_tab(demo_window, "bilateral-talks")
    assert page.controls.kind_box.value() is SeatingKind.FACING
    assert not page.controls.tables_box.isEnabled()  # talks have one table
    assert page.controls.seats_label.text() == "Seats per side:"
    click(page, "Propose", qtbot)
    seating = seating_of(demo_window, "bilateral-talks")
    assert seating.plan is SeatingKind.FACING
    heads = {seat.side: seat.person for seat in seating.seats if seat.number == 1}
    assert heads == {Side.HOST: "lai", Side.GUEST: "heine"}
    marks = {chair.seat.spot.side: chair.mark for chair in page.view.chairs}
    assert marks == {Side.HOST: "H", Side.GUEST: "G"}


def test_another_kind_of_plan_chosen_in_the_tab_is_what_is_proposed(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = seating_tab(demo_window)
    box = page.controls.kind_box
    index = box.findData(SeatingKind.LONG.value)
    box.setCurrentIndex(index)
    box.activated.emit(index)
    assert page.controls.seats_label.text() == "Seats:"
    click(page, "Propose", qtbot)
    seating = seating_of(demo_window)
    assert seating.plan is SeatingKind.LONG
    assert len(seating.tables) == 1
    assert place_of(demo_window, "lai")[2] == 1


def test_the_tab_keeps_its_item_when_the_window_changes_language(
    demo_window: MainWindow,
) -> None:
    seating_tab(demo_window, "farewell-dinner")
    demo_window.programme.select(BANQUET)  # the programme moved on meanwhile
    demo_window.set_language("zh-Hant")
    assert demo_window.tabs.currentWidget() is demo_window.seating
    assert demo_window.seating.current_item() == "farewell-dinner"
    assert demo_window.seating.controls.item_box.currentData() == "farewell-dinner"


def test_the_menu_key_opens_the_chosen_chair_s_menu(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[list[str]] = []

    def popup(_view: SeatingView, menu: QMenu, _where: QPoint) -> None:
        shown.append([action.text() for action in menu.actions()])

    monkeypatch.setattr(SeatingView, "popup", popup)
    page = proposed(demo_window, qtbot)
    page.view.select_place(place_of(demo_window, "heine"))
    point = QPoint(1, 1)
    menu_key = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, point, page.view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(page.view.viewport(), menu_key)
    assert shown == [["Lock seat", "Unseat"]]


def test_a_dragged_sitter_is_shown_by_name(demo_window: MainWindow, qtbot: QtBot) -> None:
    page = proposed(demo_window, qtbot)
    picture = chair(page.view, place_of(demo_window, "heine")).drag_picture()
    assert not picture.isNull()
    assert picture.width() > 80


# Propose keeps the plan's own tables (docs/seating.md, "Locks")


def with_plan(window: MainWindow, change: Callable[[VisitPlan], VisitPlan]) -> None:
    """The visit changed by an edit of the window's."""
    window.editor.apply("A change", change(plan_of(window)))


def test_propose_keeps_the_plan_s_own_tables_and_a_locked_seat_at_them(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    locked = seated.banquet_seating()
    locked = replace(
        locked,
        seats=tuple(replace(s, locked=s.person == "heine") for s in locked.seats),
    )
    with_plan(demo_window, lambda plan: edits.set_seating(plan, BANQUET, locked))
    page = seating_tab(demo_window)
    click(page, "Propose", qtbot)
    assert not warnings
    seating = seating_of(demo_window)
    assert seating.tables == locked.tables  # names, 主桌 and sizes as they were
    assert place_of(demo_window, "heine") == ("head", "", 2)
    assert len(seating.seats) == 7
    # The controls say so: Auto, with the plan's own counts beside it.
    assert page.controls.asked() == (SeatingKind.ROUNDS, None, None)
    assert page.controls.tables_box.text() == "Auto (2)"
    assert page.controls.seats_box.text() == "Auto (8–10)"
    assert "keeps the plan's tables" in page.controls.tables_box.toolTip()


def test_propose_without_a_lock_keeps_the_tables_names_too(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    with_plan(demo_window, lambda plan: edits.set_seating(plan, BANQUET, seated.banquet_seating()))
    page = seating_tab(demo_window)
    page.view.select_place(place_of(demo_window, "lai"))  # a drag, then Propose again
    click(page, "Propose", qtbot)
    assert [(t.key, t.name, t.seats) for t in seating_of(demo_window).tables] == [
        ("head", "Head table", 10),
        ("t2", "Table 2", 8),
    ]
    assert seating_of(demo_window).tables[0].translation("name", "zh-Hant") == "主桌"


def test_propose_adds_a_table_when_more_people_come(
    demo_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    page = proposed(demo_window, qtbot)
    assert len(seating_of(demo_window).tables) == 1

    def four_more(plan: VisitPlan) -> VisitPlan:
        for number in range(1, 5):
            person = replace(
                plan.person("hsia"),
                key=f"aide{number}",
                given_name=f"Aide{number}",
                precedence=edits.next_precedence(plan, Side.HOST),
                translations=(),
            )
            plan = edits.add_person(plan, person)
            banquet = plan.event(BANQUET)
            plan = edits.update_event(
                plan,
                replace(banquet, participants=(*banquet.participants, Participant(person.key))),
            )
        return plan

    with_plan(demo_window, four_more)
    assert len(page.unseated.items) == 4
    click(page, "Propose", qtbot)
    assert not warnings
    seating = seating_of(demo_window)
    assert [t.seats for t in seating.tables] == [10, 10]
    assert len(seating.seats) == 11
    assert not page.unseated.items
    assert page.controls.tables_box.text() == "Auto (2)"


def test_numbers_typed_make_the_tables_anew_and_reach_what_a_plan_allows(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    with_plan(demo_window, lambda plan: edits.set_seating(plan, BANQUET, seated.banquet_seating()))
    page = seating_tab(demo_window)
    controls = page.controls
    assert controls.seats_box.maximum() == MAX_SEATS
    controls.tables_box.stepUp()  # from Auto: the plan's count, to change from
    assert controls.tables_box.value() == 2
    controls.seats_box.setValue(12)
    click(page, "Propose", qtbot)
    seating = seating_of(demo_window)
    assert [(t.name, t.seats) for t in seating.tables] == [("Table 1", 12), ("Table 2", 12)]
    assert controls.tables_box.text() == "Auto (2)"  # the new plan shown, Auto again


def test_the_officer_s_numbers_stay_while_people_are_moved(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    page.controls.seats_box.setValue(12)
    assert drag_seat_to_seat(page, place_of(demo_window, "kaneko"), ("t1", "", 8))
    assert page.controls.seats_box.value() == 12
    click(page, "Propose", qtbot)
    assert [t.seats for t in seating_of(demo_window).tables] == [12]
    assert page.controls.seats_box.value() == 0  # new tables shown: Auto again


# Staff, security and the press, seated when asked


def with_workers(plan: VisitPlan) -> VisitPlan:
    """A guard of the guests' (security) and a host photographer at the banquet as press."""
    guard = replace(
        plan.person("silk"),
        key="guard",
        given_name="Ben",
        family_name="Guard",
        delegation_role=DelegationRole.SECURITY,
        precedence=edits.next_precedence(plan, Side.GUEST),
        translations=(),
        native_name=None,
    )
    photographer = replace(
        plan.person("hsia"),
        key="snap",
        given_name="Sam",
        family_name="Snap",
        precedence=edits.next_precedence(plan, Side.HOST),
        translations=(),
        native_name=None,
    )
    plan = edits.add_person(edits.add_person(plan, guard), photographer)
    banquet = plan.event(BANQUET)
    workers = (Participant("guard"), Participant("snap", ParticipantRole.PRESS))
    return edits.update_event(
        plan, replace(banquet, participants=(*banquet.participants, *workers))
    )


def test_staff_security_and_press_are_seated_only_when_asked(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    with_plan(demo_window, with_workers)
    page = seating_tab(demo_window)
    box = page.include_box
    assert not box.isChecked()
    assert {"guard", "snap"}.isdisjoint(p.key for p in page.unseated.items)
    click(page, "Propose", qtbot)
    assert {"guard", "snap"}.isdisjoint(s.person for s in seating_of(demo_window).seats)
    assert not page.unseated.items

    box.setChecked(True)  # asked: listed, to be dragged onto a chair
    assert [p.key for p in page.unseated.items] == ["snap", "guard"]
    assert page.unseated_label.text() == "Unseated (2)"
    assert drag_unseated_to_seat(page, "guard", ("t1", "", 9))
    assert place_of(demo_window, "guard") == ("t1", "", 9)

    click(page, "Propose", qtbot)  # and seated by Propose
    assert seating_of(demo_window).seat_of("snap") is not None
    assert not page.unseated.items

    box.setChecked(False)  # once seated, they were asked for: Propose keeps them seated
    click(page, "Propose", qtbot)
    assert {"guard", "snap"} <= {s.person for s in seating_of(demo_window).seats}


# A locked seat is not taken by a drop


def test_a_drop_on_a_locked_seat_is_refused_and_said_so(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    heine_at = place_of(demo_window, "heine")
    page.toggle_lock(heine_at)
    page.unseat("kaneko")
    before = seating_of(demo_window)
    view = page.view

    # From the unseated list: the chair is no target, the drag is refused there.
    model = page.unseated
    mime = model.mimeData([model.index(0, 1)])
    point = point_of(view, heine_at)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    enter = QDragEnterEvent(point, move, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), enter)
    moving = QDragMoveEvent(point, move, mime, buttons, keys)
    QApplication.sendEvent(view.viewport(), moving)
    assert not moving.isAccepted()  # the cursor says no
    assert not chair(view, heine_at).target
    status = demo_window.statusBar().currentMessage()
    assert "Hilda Heine" in status
    assert "locked" in status
    assert not drop(view.viewport(), point, mime)
    assert seating_of(demo_window) == before

    # From another chair: no swap either.
    assert not drag_seat_to_seat(page, place_of(demo_window, "hsia"), heine_at)
    assert seating_of(demo_window) == before
    assert "unlock" in chair(view, heine_at).toolTip().lower()

    # Unlocked first, the drop seats Kaneko there and Heine leaves the plan.
    page.toggle_lock(heine_at)
    assert drag_unseated_to_seat(page, "kaneko", heine_at)
    assert place_of(demo_window, "kaneko") == heine_at


def test_a_locked_sitter_may_still_be_dragged_to_another_seat(
    demo_window: MainWindow, qtbot: QtBot
) -> None:
    page = proposed(demo_window, qtbot)
    kaneko_at = place_of(demo_window, "kaneko")
    page.toggle_lock(kaneko_at)
    free = ("t1", "", 8)
    assert drag_seat_to_seat(page, kaneko_at, free)
    seat = seating_of(demo_window).seat_of("kaneko")
    assert seat is not None
    assert (seat.place, seat.locked) == (free, True)


# Print previews refused in the window's language


def test_a_table_plan_of_an_item_without_a_plan_is_refused_in_the_window_s_words(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    print_previews_to(tmp_path / "preview.pdf", monkeypatch)
    seating_tab(demo_window)
    demo_window.set_language("zh-Hant")
    demo_window.seating.preview_requested.emit("table-plan")
    demo_window.seating.choose("flags-ketagalan")  # an item nobody attends
    for what in ("place-cards", "badges"):
        demo_window.seating.preview_requested.emit(what)
    assert len(warnings) == 3
    for text, title, key in zip(
        warnings,
        ("賴總統款宴國宴", "凱達格蘭大道懸掛兩國國旗", "凱達格蘭大道懸掛兩國國旗"),
        (BANQUET, "flags-ketagalan", "flags-ketagalan"),
        strict=True,
    ):
        assert title in text  # the item as the window names it
        assert key not in text  # not its key, nor the visit's
        assert DEMO_KEY not in text
    assert not (tmp_path / "preview.pdf").exists()


def test_a_seating_error_of_a_print_preview_is_said_in_the_window_s_language(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planner.domain.messages import Message
    from planner.domain.seating import SeatingError
    from planner.ui import printing

    def refused(*_args: object, **_kwargs: object) -> None:
        raise SeatingError(Message("Seating", "A plan needs at least one table and seat", {}))

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(printing, "print_job", refused)
    print_previews_to(tmp_path / "preview.pdf", monkeypatch)
    seating_tab(demo_window)
    demo_window.set_language("zh-Hant")
    demo_window.seating.preview_requested.emit("table-plan")
    assert warnings == ["座位表至少需要一張桌子和一個座位"]
