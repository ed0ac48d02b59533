"""The trip that found items under the wrong day, planned again through the window (issue 8).

Our Foreign Minister's working visit to Brussels and Prague, October 2025, home zone Taipei:
every date and time is typed into the fields as an officer types it. A flight out, a
meeting in Brussels entered without a venue, a night train that leaves Brussels at 19:22
on Saturday 25 October and reaches Prague after the clocks went back, and a signing in
Prague with a Czech signatory. Then the day each item is listed under is the same in the
window, in `show` and in the printed programme; a meeting typed on the wrong clock is a
warning and is marked; the hosts of the Prague signing are Czech on its attendee sheet;
and the keyboard does what it says.
"""

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from planner.domain import zones
from planner.domain.checks import Severity
from planner.domain.model import VisitPlan
from planner.domain.vocab import EventKind, NameOrder, ParticipantRole, Side, SigningAuthority
from planner.ui.choosers import ItemChooser
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from planner.ui.models import ProgrammeTreeModel
from tests.export.test_pdf import pages_text
from tests.helpers.qt import answer_with, checked
from tests.ui.event_dialog_helpers import add_signatory, pick
from tests.ui.event_dialog_helpers import type_into as type_and_tab
from tests.ui.keyboard import pick as pick_from_list
from tests.ui.keyboard import shown, type_date, type_with_input_method

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
BRUSSELS, PRAGUE, TAIPEI = "Europe/Brussels", "Europe/Prague", "Asia/Taipei"


def at(local: str, zone_name: str) -> datetime:
    return zones.to_instant(datetime.fromisoformat(local), zone_name)


def typed(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type as a keyboard does: letters outside ASCII (ý, á) come through an input method."""
    widget.setFocus()
    for character in text:
        if character.isascii():
            qtbot.keyClicks(widget, character)  # type: ignore[no-untyped-call]
        else:
            type_with_input_method(widget, character)


def plan_of(window: MainWindow) -> VisitPlan:
    assert window.editor.plan is not None
    return window.editor.plan


def focus(window: MainWindow, qtbot: QtBot, widget: QWidget) -> None:
    """Back in the main window after a dialog, with the focus on `widget`."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def key(window: MainWindow, name: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key pressed where the officer's focus is."""
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, name, modifiers)


def new_visit(qtbot: QtBot) -> Callable[[VisitDialog], None]:
    def fill(dialog: VisitDialog) -> None:
        shown(qtbot, dialog)
        typed(qtbot, dialog.title, "Working visit of the Minister of Foreign Affairs")
        type_and_tab(dialog.direction, "Outbound")
        pick_from_list(dialog.host, "belgium")
        pick_from_list(dialog.guest, "taiwan")
        type_date(dialog.start, "20", "2025-10-23")
        type_date(dialog.end, "20", "2025-10-28")
        pick_from_list(dialog.zone, "taipei")

    return fill


def new_person(
    qtbot: QtBot, given: str, family: str, title: str, *, native: str = "", country: str = ""
) -> Callable[[PersonDialog], None]:
    def fill(dialog: PersonDialog) -> None:
        shown(qtbot, dialog)
        typed(qtbot, dialog.given, given)
        typed(qtbot, dialog.family, family)
        typed(qtbot, dialog.title, title)
        if native:
            dialog.native.setFocus()
            type_with_input_method(dialog.native, native)
        if country:
            pick_from_list(dialog.country, country)

    return fill


def new_venue(
    qtbot: QtBot, name: str, zone_city: str | None = None
) -> Callable[[VenueDialog], None]:
    def fill(dialog: VenueDialog) -> None:
        shown(qtbot, dialog)
        typed(qtbot, dialog.name, name)
        if zone_city:
            pick_from_list(dialog.zone, zone_city)

    return fill


def add_item(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    day: date,
    fill: Callable[[EventDialog], None],
) -> None:
    """Select the day in the programme, press Add item…, fill the dialog as typed."""
    page = window.programme
    window.tabs.setCurrentWidget(page)
    day_row = next(row for row, d in enumerate(page.model.days) if d.day == day)
    page.tree.setCurrentIndex(page.model.index(day_row, 0))

    def typed_in(dialog: EventDialog) -> None:
        shown(qtbot, dialog)
        fill(dialog)

    answer_with(EventDialog, typed_in, monkeypatch)
    page.add()


def day_of_each_item_in_the_tree(window: MainWindow) -> dict[str, date]:
    model = window.programme.model
    listed: dict[str, date] = {}
    for row, day in enumerate(model.days):
        parent = model.index(row, 0)
        for child in range(model.rowCount(parent)):
            index = model.index(child, ProgrammeTreeModel.TITLE, parent)
            event = model.event_at(index)
            assert event is not None
            if event.key not in listed:  # its first row is the day it starts
                listed[event.key] = day.day
    return listed


def test_the_brussels_prague_trip_planned_through_the_window(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window.show()
    qtbot.waitExposed(window)

    # A new visit, by its shortcut, every field typed.
    answer_with(VisitDialog, new_visit(qtbot), monkeypatch)
    focus(window, qtbot, window.visit_table)
    key(window, Qt.Key.Key_N, CTRL | SHIFT)
    visit = plan_of(window).visit
    assert (visit.host_country, visit.guest_country, visit.timezone) == ("BE", "TW", TAIPEI)
    assert (visit.start_date, visit.end_date) == (date(2025, 10, 23), date(2025, 10, 28))

    # People: our side (the guests) first; a Chinese name puts the family name first.
    people = window.people
    window.tabs.setCurrentWidget(people)
    ours, theirs = people.add_ours, people.add_theirs
    assert ours.text() == "Add guest (our side)…"  # we travel: we are the guests
    assert people.buttons.indexOf(ours) < people.buttons.indexOf(theirs)
    for button, fill in (
        (
            ours,
            new_person(qtbot, "Chia-lung", "Lin", "Minister of Foreign Affairs", native="林佳龍"),
        ),
        (ours, new_person(qtbot, "Mei-ling", "Chen", "Interpreter", native="陳美玲")),
        (theirs, new_person(qtbot, "Anne", "Peeters", "Director, Asia and Oceania")),
        (
            theirs,
            new_person(qtbot, "Jan", "Lipavský", "Minister of Foreign Affairs", country="czech"),
        ),
    ):
        answer_with(PersonDialog, fill, monkeypatch)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    plan = plan_of(window)
    lin = plan.person("chia-lung-lin")
    assert (lin.side, lin.name_order, lin.native_name) == (
        Side.GUEST,
        NameOrder.FAMILY_GIVEN,
        "林佳龍",
    )
    assert plan.person("jan-lipavsky").country == "CZ"
    assert plan.person("anne-peeters").country == "BE"

    # The flight out, typed in Taipei, landing in Brussels; the airports made on the way.
    def flight(dialog: EventDialog) -> None:
        typed(qtbot, dialog.title, "Flight to Brussels")
        type_and_tab(dialog.kind, "Flight")
        type_and_tab(dialog.flight_number, "BR 65")
        answer_with(
            VenueDialog, new_venue(qtbot, "Taiwan Taoyuan International Airport"), monkeypatch
        )
        QTest.mouseClick(dialog.new_venue, Qt.MouseButton.LeftButton)
        answer_with(VenueDialog, new_venue(qtbot, "Brussels Airport", "brussels"), monkeypatch)
        QTest.mouseClick(dialog.new_destination, Qt.MouseButton.LeftButton)
        type_and_tab(dialog.start, "2025-10-23 23:40")
        type_and_tab(dialog.end, "2025-10-24 07:10")
        pick(dialog.people.whole_delegation.menu(), "Guest side")

    add_item(window, qtbot, monkeypatch, date(2025, 10, 23), flight)
    out = next(e for e in plan_of(window).events if e.kind is EventKind.FLIGHT)
    assert (out.start, out.end) == (
        at("2025-10-23T23:40", TAIPEI),
        at("2025-10-24T07:10", BRUSSELS),
    )
    assert out.flight_number == "BR 65"
    assert out.destination is not None
    assert plan_of(window).venue(out.destination).country == "BE"
    assert out.venue is not None
    taoyuan = plan_of(window).venue(out.venue)
    assert (taoyuan.timezone, taoyuan.country) == (TAIPEI, "TW")  # at home, not in Belgium
    assert {p.person: p.role for p in out.participants} == {
        "chia-lung-lin": ParticipantRole.ATTENDEE,
        "mei-ling-chen": ParticipantRole.ATTENDEE,
    }

    # A meeting in Brussels with no venue typed at 15:30: Brussels time, where the
    # programme is that day, not Taipei's.
    def meeting(dialog: EventDialog) -> None:
        typed(qtbot, dialog.title, "Meeting with the Director for Asia")
        type_and_tab(dialog.start, "15:30")
        type_and_tab(dialog.end, "16:30")
        pick(dialog.people.whole_delegation.menu(), "Both sides")

    add_item(window, qtbot, monkeypatch, date(2025, 10, 24), meeting)
    talk = next(e for e in plan_of(window).events if e.title.startswith("Meeting with"))
    assert (talk.start, talk.timezone, talk.venue) == (
        at("2025-10-24T15:30", BRUSSELS),
        BRUSSELS,
        None,
    )

    # The night train from Brussels-Midi to Prague, across the night the clocks go back.
    def night_train(dialog: EventDialog) -> None:
        typed(qtbot, dialog.title, "Night train to Prague")
        type_and_tab(dialog.kind, "Transfer")
        answer_with(VenueDialog, new_venue(qtbot, "Bruxelles-Midi"), monkeypatch)
        QTest.mouseClick(dialog.new_venue, Qt.MouseButton.LeftButton)
        answer_with(VenueDialog, new_venue(qtbot, "Praha hlavní nádraží", "prague"), monkeypatch)
        QTest.mouseClick(dialog.new_destination, Qt.MouseButton.LeftButton)
        type_and_tab(dialog.start, "2025-10-25 19:22")
        type_and_tab(dialog.end, "2025-10-26 10:12")
        assert dialog.duration.text().startswith("Duration 15 h 50 min")  # an hour gained
        pick(dialog.people.whole_delegation.menu(), "Guest side")

    add_item(window, qtbot, monkeypatch, date(2025, 10, 25), night_train)
    train = next(e for e in plan_of(window).events if e.title == "Night train to Prague")
    assert (train.start, train.end) == (
        at("2025-10-25T19:22", BRUSSELS),
        at("2025-10-26T10:12", PRAGUE),
    )
    assert (train.timezone, train.zone_of_end) == (BRUSSELS, PRAGUE)

    # The signing in Prague: the Czech minister signs for Czechia, ours for Taiwan.
    def signing(dialog: EventDialog) -> None:
        typed(qtbot, dialog.title, "Signing of the Memorandum on Supply-Chain Resilience")
        type_and_tab(dialog.kind, "Signing")
        answer_with(VenueDialog, new_venue(qtbot, "Czernin Palace"), monkeypatch)
        QTest.mouseClick(dialog.new_venue, Qt.MouseButton.LeftButton)
        type_and_tab(dialog.start, "2025-10-27 11:00")
        type_and_tab(dialog.end, "11:30")
        section = dialog.signing
        typed(
            qtbot, section.document_title, "Memorandum of Understanding on Supply-Chain Resilience"
        )
        add_signatory(dialog, "Jan Lipavský")
        type_and_tab(section.authority, "ex officio")
        add_signatory(dialog, "Lin Chia-lung")
        type_and_tab(section.authority, "ex officio")
        pick(dialog.people.whole_delegation.menu(), "Guest side")

    add_item(window, qtbot, monkeypatch, date(2025, 10, 27), signing)
    plan = plan_of(window)
    prague = next(e for e in plan.events if e.kind is EventKind.SIGNING)
    assert prague.timezone == PRAGUE
    assert prague.start == at("2025-10-27T11:00", PRAGUE)
    assert prague.venue is not None
    assert plan.venue(prague.venue).country == "CZ"  # made where the programme was: Prague
    assert prague.signing is not None
    assert [(s.person, s.on_behalf_of, s.authority) for s in prague.signing.signatories] == [
        ("jan-lipavsky", "CZ", SigningAuthority.EX_OFFICIO),
        ("chia-lung-lin", "TW", SigningAuthority.EX_OFFICIO),
    ]
    assert checked(window).problems.items == []

    # The same day for every item, in the window, in `show` and in the printed programme.
    expected = {
        out.key: date(2025, 10, 23),
        talk.key: date(2025, 10, 24),
        train.key: date(2025, 10, 25),  # 01:22 on Sunday in Taipei, but Saturday's
        prague.key: date(2025, 10, 27),
    }
    assert day_of_each_item_in_the_tree(window) == expected
    model = window.programme.model
    train_index = model.index_of_event(train.key)
    home = model.index(train_index.row(), ProgrammeTreeModel.HOME_TIME, train_index.parent())
    assert home.data() == "01:22 +1"
    sunday = next(row for row, d in enumerate(model.days) if d.day == date(2025, 10, 26))
    arriving = model.index(0, ProgrammeTreeModel.TIME, model.index(sunday, 0))
    assert arriving.data() == "arrives 10:12"

    text = window.planner.programme_text(visit.key)
    booklet = "\n".join(pages_text(window.planner.programme_pdf(visit.key)))

    def heading(day: date) -> str:
        return f"{day:%A} {day.day} {day:%B %Y}"

    for document in (text, booklet):
        for item in (out, talk, train, prague):
            day = expected[item.key]
            begins = document.rindex(heading(day))  # the day's heading, not the masthead's dates
            ends = document.find(heading(date.fromordinal(day.toordinal() + 1)), begins)
            assert item.title in document[begins : ends if ends > 0 else None], (item.title, day)

    # The meeting retyped on Taipei's clock is a warning, and is marked in the programme.
    def on_taipei_time(dialog: EventDialog) -> None:
        shown(qtbot, dialog)
        pick_from_list(dialog.zone, "taipei")
        type_and_tab(dialog.start, "15:30")
        type_and_tab(dialog.end, "16:30")

    window.tabs.setCurrentWidget(window.programme)
    window.programme.select(talk.key)
    answer_with(EventDialog, on_taipei_time, monkeypatch)
    focus(window, qtbot, window.programme.tree)
    QTest.keyClick(window.programme.tree, Qt.Key.Key_Return)  # Enter opens the item
    (warning,) = checked(window).problems.items
    assert warning.severity is Severity.WARNING
    assert warning.message.startswith("“Meeting with the Director for Asia” is planned on Taipei")
    row = model.index_of_event(talk.key)
    marked = model.index(row.row(), ProgrammeTreeModel.TITLE, row.parent())
    assert warning.message in model.data(marked, Qt.ItemDataRole.ToolTipRole)
    assert model.data(marked, Qt.ItemDataRole.DecorationRole) is not None  # its warning icon
    focus(window, qtbot, window.programme.tree)
    key(window, Qt.Key.Key_Z, CTRL)  # undone: back on Brussels time, no warning
    assert plan_of(window).event(talk.key).timezone == BRUSSELS
    assert checked(window).problems.items == []
    key(window, Qt.Key.Key_Y, CTRL)  # redone, as on Windows
    assert plan_of(window).event(talk.key).timezone == TAIPEI
    key(window, Qt.Key.Key_Z, CTRL)

    # Delete removes the selected item; Ctrl+Z brings it back.
    window.programme.select(train.key)
    focus(window, qtbot, window.programme.tree)
    QTest.keyClick(window.programme.tree, Qt.Key.Key_Delete)
    assert train.key not in {e.key for e in plan_of(window).events}
    key(window, Qt.Key.Key_Z, CTRL)
    assert plan_of(window).event(train.key) == train

    # The attendee sheet of the Prague signing, chosen by name: its hosts are Czech.
    def choose_signing(dialog: ItemChooser) -> int:
        dialog.choose(prague.key)
        return 1

    monkeypatch.setattr(ItemChooser, "exec", choose_signing)
    sheet = tmp_path / "signing.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(sheet), ""))
    window.export_attendees("pdf")
    (page,) = pages_text(sheet.read_bytes())
    assert "Host side — Czechia (CZ)" in page
    assert "Guest side — Taiwan (TW)" in page
    assert "Monday 27 October 2025, 11:00–11:30 (Prague time)" in page
