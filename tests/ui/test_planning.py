"""Planning a visit in the real window, headless: dialogs are filled in as an officer would."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner.domain.checks import Severity
from planner.domain.model import VisitPlan
from planner.domain.vocab import EventKind, ParticipantRole, Side, SigningAuthority
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.choosers import ItemChooser
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.forms import to_qdatetime
from planner.ui.main_window import MainWindow
from tests.helpers.qt import action, answer_with, checked, click


def new_visit(dialog: VisitDialog) -> None:
    dialog.title.setText("Working visit of the Foreign Minister of the Marshall Islands")
    dialog.host.setText("TW")
    dialog.guest.setText("MH")
    dialog.start.setDate(QDate(2025, 6, 2))
    dialog.end.setDate(QDate(2025, 6, 4))
    dialog.zone.set_zone("Asia/Taipei")


def person(given: str, family: str, title: str, native: str = "") -> Callable[[PersonDialog], None]:
    def fill(dialog: PersonDialog) -> None:
        dialog.given.setText(given)
        dialog.family.setText(family)
        dialog.title.setText(title)
        dialog.native.setText(native)

    return fill


def item(
    title: str, kind: EventKind, day: int, start: int, end: int, roles: dict[str, ParticipantRole]
) -> Callable[[EventDialog], None]:
    def fill(dialog: EventDialog) -> None:
        dialog.title.setText(title)
        dialog.kind.set_value(kind)
        dialog.venue.setCurrentIndex(1)
        dialog.start.setDateTime(to_qdatetime(datetime(2025, 6, day, start, 0)))
        dialog.end.setDateTime(to_qdatetime(datetime(2025, 6, day, end, 0)))
        for key, role in roles.items():
            if role is not ParticipantRole.SIGNATORY:
                dialog.picker.set_role(key, role)
        if kind is EventKind.SIGNING:
            section = dialog.signing
            section.document_title.setText("Letter of Intent on Security Cooperation")
            section.languages.action_for("zh-Hant").trigger()
            # Signatories are chosen in the signing section; Kaneko signs by designation.
            for key, role in roles.items():
                if role is ParticipantRole.SIGNATORY:
                    section.add(key)
            section.authority.set_value(SigningAuthority.DESIGNATION)

    return fill


def test_plan_a_visit_end_to_end(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    db_path: Path,
) -> None:
    answer_with(VisitDialog, new_visit, monkeypatch)
    action(window, "&New visit…")
    assert window.editor.plan is not None
    key = window.editor.plan.visit.key

    people = window.people
    window.tabs.setCurrentWidget(people)
    for side, fill in (
        ("Add host (our side)…", person("Ming-yen", "Tsai", "Director-General, NSB", "蔡明彥")),
        ("Add guest…", person("Hilda", "Heine", "President")),
        ("Add guest…", person("Kalani", "Kaneko", "Minister of Foreign Affairs")),
    ):
        answer_with(PersonDialog, fill, monkeypatch)
        click(people, side, qtbot)
    plan = window.editor.plan
    assert [(p.key, p.side, p.precedence) for p in plan.in_canonical_order().people] == [
        ("ming-yen-tsai", Side.HOST, 1),
        ("hilda-heine", Side.GUEST, 1),
        ("kalani-kaneko", Side.GUEST, 2),
    ]
    assert plan.person("ming-yen-tsai").native_name == "蔡明彥"

    people.select("kalani-kaneko")
    click(people, "Move up", qtbot)
    assert window.editor.plan.person("kalani-kaneko").precedence == 1
    click(people, "Move down", qtbot)  # and back: Heine heads the delegation
    assert window.editor.plan.person("hilda-heine").precedence == 1

    window.tabs.setCurrentWidget(window.venues)
    answer_with(VenueDialog, lambda d: d.name.setText("The Grand Hotel Taipei"), monkeypatch)
    click(window.venues, "Add venue…", qtbot)

    window.tabs.setCurrentWidget(window.programme)
    answer_with(
        EventDialog,
        item(
            "Talks",
            EventKind.TALKS,
            2,
            10,
            11,
            {
                "ming-yen-tsai": ParticipantRole.CHAIR,
                "kalani-kaneko": ParticipantRole.ATTENDEE,
            },
        ),
        monkeypatch,
    )
    click(window.programme, "Add item…", qtbot)
    answer_with(
        EventDialog,
        item(
            "Signing",
            EventKind.SIGNING,
            3,
            10,
            11,
            {
                "ming-yen-tsai": ParticipantRole.SIGNATORY,
                "kalani-kaneko": ParticipantRole.SIGNATORY,
                "hilda-heine": ParticipantRole.WITNESS,
            },
        ),
        monkeypatch,
    )
    click(window.programme, "Add item…", qtbot)
    signing = next(e for e in window.editor.plan.events if e.kind is EventKind.SIGNING)
    assert signing.signing is not None
    kaneko = next(s for s in signing.signing.signatories if s.person == "kalani-kaneko")
    assert (kaneko.authority, kaneko.designated_by) == (SigningAuthority.DESIGNATION, "hilda-heine")
    assert signing.signing.witnesses == ("hilda-heine",)
    assert checked(window).problems.rowCount() == 0

    # A clash: Kaneko in a second item at the time of the talks.
    answer_with(
        EventDialog,
        item(
            "Press",
            EventKind.PRESS,
            2,
            10,
            12,
            {
                "kalani-kaneko": ParticipantRole.ATTENDEE,
            },
        ),
        monkeypatch,
    )
    click(window.programme, "Add item…", qtbot)
    (finding,) = [f for f in checked(window).problems.items if f.severity is Severity.ERROR]
    assert "Kalani Kaneko is in" in finding.message
    window.tabs.setCurrentWidget(window.overview)
    window.problem_table.doubleClicked.emit(
        checked(window).problems.index(checked(window).problems.items.index(finding), 1)
    )
    assert window.tabs.currentWidget() is window.programme
    selected = window.programme.selected()
    assert selected is not None
    assert selected.key == finding.key

    # Fix it by moving the press item to the afternoon; undo brings the clash back, redo fixes it.
    def afternoon(dialog: EventDialog) -> None:
        dialog.start.setDateTime(to_qdatetime(datetime(2025, 6, 2, 14)))
        dialog.end.setDateTime(to_qdatetime(datetime(2025, 6, 2, 15)))

    answer_with(EventDialog, afternoon, monkeypatch)
    click(window.programme, "Edit…", qtbot)
    assert checked(window).problems.rowCount() == 0
    window.undo_action.trigger()
    assert checked(window).problems.rowCount() > 0
    window.redo_action.trigger()
    assert checked(window).problems.rowCount() == 0

    # Exports through the menus.
    ics_path, sheet_path = tmp_path / "visit.ics", tmp_path / "signing.pdf"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(ics_path), "Calendar files (*.ics)"),
    )
    action(window, "Whole visit…")
    calendar = icalendar.Calendar.from_ical(ics_path.read_bytes())
    assert {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")} == {"Talks", "Signing", "Press"}
    window.programme.select(signing.key)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(sheet_path), "PDF (*.pdf)")
    )
    answer_with(ItemChooser, lambda chooser: None, monkeypatch)  # the selected item, offered
    action(window, "PDF…")
    text = " ".join(PdfReader(sheet_path).pages[0].extract_text().split())
    assert "Signatories" in text
    assert "蔡明彥" in text

    # Everything is saved as it happens: another session on the same file sees it all.
    expected = window.editor.plan
    window.close()
    again = open_database(db_path)
    try:
        assert Planner(again).plan(key) == expected
    finally:
        again.close()


def test_removing_a_person_says_how_to_undo_it(window: MainWindow, qtbot: QtBot) -> None:
    """No question asked (it can be undone): the status bar names who went and how to undo."""
    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    window.people.select("silk")
    click(window.people, "Remove", qtbot)
    assert window.editor.plan is not None
    assert "silk" not in window.editor.plan.precedence_rank
    assert "Isabela Silk" in window.statusBar().currentMessage()
    assert "undoes it" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert "silk" in window.editor.plan.precedence_rank


def test_undo_and_redo_use_the_platform_shortcuts(window: MainWindow) -> None:
    from PySide6.QtGui import QKeySequence

    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()


def test_saving_an_unchanged_signing_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening the dialog and pressing OK must not lose instruments, witnesses or roles."""
    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    before = window.editor.plan
    assert before is not None
    for event in before.events:
        window.programme.select(event.key)
        answer_with(EventDialog, lambda dialog: None, monkeypatch)
        click(window.programme, "Edit…", qtbot)
    assert window.editor.plan == before
    assert window.editor.undo_stack.count() == 0


def test_visit_files_in_and_out_duplicate_and_delete_through_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, demo_bytes: bytes
) -> None:
    source = tmp_path / "embassy.visit.json"
    source.write_bytes(demo_bytes)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    action(window, "&Import visit file…")
    assert window.editor.plan is not None
    assert window.editor.plan.visit.key == "mh-state-visit-2025"
    exported = tmp_path / "out.visit.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    action(window, "&Export visit file…")
    assert exported.read_bytes() == demo_bytes
    assert exported.stat().st_mode & 0o077 == 0  # medical notes: owner only
    action(window, "&Duplicate visit")
    assert window.editor.plan.visit.key == "mh-state-visit-2025-copy"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    action(window, "De&lete visit…")
    assert [v.key for v in window.planner.visits()] == ["mh-state-visit-2025"]


def test_itinerary_and_day_calendars_through_the_menus(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    output = tmp_path / "out.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(output), ""))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _parent, _title, _label, items, *a: (items[1], True)
    )
    action(window, "One person’s itinerary…")  # the second in precedence: Tsai
    calendar = icalendar.Calendar.from_ical(output.read_bytes())
    assert str(calendar["X-WR-CALNAME"]) == "Itinerary — Tsai Ming-yen"
    action(window, "One day…")  # the second day: Tuesday 3 June
    calendar = icalendar.Calendar.from_ical(output.read_bytes())
    assert "Tuesday 3 June 2025" in str(calendar["X-WR-CALNAME"])


def test_saving_unchanged_people_and_venues_changes_nothing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_plan: VisitPlan
) -> None:
    """Even multi-line notes and addresses come back as they were."""
    from dataclasses import replace

    hotel = replace(demo_plan.venue("grand-hotel"), address="No. 1\nZhongshan North Road")
    silk = replace(demo_plan.person("silk"), notes="Line one\nLine two", dietary="No pork")
    plan = replace(
        demo_plan,
        venues=tuple(hotel if v.key == hotel.key else v for v in demo_plan.venues),
        people=tuple(silk if p.key == silk.key else p for p in demo_plan.people),
    )
    window.planner.add_plan(plan)
    window.refresh_visits(plan.visit.key)
    before = window.editor.plan
    assert before is not None
    answer_with(PersonDialog, lambda dialog: None, monkeypatch)
    for person in before.people:
        window.people.select(person.key)
        click(window.people, "Edit…", qtbot)
    answer_with(VenueDialog, lambda dialog: None, monkeypatch)
    for row in range(len(before.venues)):
        window.venues.table.selectRow(row)
        click(window.venues, "Edit…", qtbot)
    assert window.editor.plan == before
    assert window.editor.undo_stack.count() == 0
