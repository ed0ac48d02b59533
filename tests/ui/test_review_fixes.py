"""Things an officer tripped over once, each held by a test."""

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.domain.model import VisitPlan
from planner.domain.vocab import ParticipantRole, Side
from planner.ui.dialogs import Invalid
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from tests.helpers.qt import answer_with, click

DEMO = "mh-state-visit-2025"


def open_plan(window: MainWindow, plan: VisitPlan) -> VisitPlan:
    window.planner.add_plan(plan)
    window.refresh_visits(plan.visit.key)
    assert window.editor.plan is not None
    return window.editor.plan


def test_move_up_works_when_the_list_has_gaps_in_its_numbers(
    window: MainWindow, qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    people = tuple(
        replace(p, precedence=p.precedence * 2 - 1) if p.side is Side.GUEST else p
        for p in demo_plan.people
    )  # guests numbered 1, 3, 5, 7 as a file may have
    open_plan(window, replace(demo_plan, people=people))
    window.people.select("silk")
    click(window.people, "Move up", qtbot)
    plan = window.editor.plan
    assert plan is not None
    guests = [p.key for p in plan.in_canonical_order().people if p.side is Side.GUEST]
    assert guests == ["heine", "kaneko", "silk", "bejang"]


def test_notes_typed_in_the_overview_are_kept_when_switching_visit(
    window: MainWindow, qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    open_plan(window, demo_plan)
    other = replace(demo_plan.visit, key="second", title="Second visit")
    window.planner.add_plan(VisitPlan(other))
    window.refresh_visits(DEMO)
    notes = window.overview.details.notes
    notes.setFocus()
    QTest.keyClicks(notes, " MOTORCADE")
    window.refresh_visits("second")  # as a click in the visit list does
    assert "MOTORCADE" in (window.planner.plan(DEMO).visit.notes or "")


def test_a_witness_stops_being_one_when_the_role_is_changed(
    window: MainWindow, qtbot: QtBot, demo_plan: VisitPlan, monkeypatch: pytest.MonkeyPatch
) -> None:
    signing = next(e for e in demo_plan.events if e.key == "loi-signing")
    assert signing.signing is not None
    witnessed = replace(
        signing,
        participants=tuple(
            replace(p, role=ParticipantRole.WITNESS) if p.person == "bejang" else p
            for p in signing.participants
        ),
        signing=replace(signing.signing, witnesses=("bejang",)),
    )
    plan = open_plan(
        window,
        replace(
            demo_plan,
            events=tuple(witnessed if e.key == signing.key else e for e in demo_plan.events),
        ),
    )
    window.programme.select(signing.key)
    answer_with(
        EventDialog, lambda d: d.picker.set_role("bejang", ParticipantRole.ATTENDEE), monkeypatch
    )
    click(window.programme, "Edit…", qtbot)
    after = next(e for e in window.editor.plan.events if e.key == signing.key)  # type: ignore[union-attr]
    assert after.signing is not None
    assert after.signing.witnesses == ()
    assert plan != window.editor.plan


def test_seconds_survive_an_unchanged_save(qtbot: QtBot, demo_plan: VisitPlan) -> None:
    talks = next(e for e in demo_plan.events if e.key == "bilateral-talks")
    exact = replace(talks, start=talks.start + timedelta(seconds=30))
    plan = replace(
        demo_plan, events=tuple(exact if e.key == talks.key else e for e in demo_plan.events)
    )
    dialog = EventDialog(plan, exact)
    qtbot.addWidget(dialog)
    assert dialog.programme_item() == exact


def test_a_signatory_for_no_country_is_refused(qtbot: QtBot, demo_plan: VisitPlan) -> None:
    signing = next(e for e in demo_plan.events if e.key == "loi-signing")
    dialog = EventDialog(demo_plan, signing)
    qtbot.addWidget(dialog)
    section = dialog.signing
    section.select(0)
    section.on_behalf_of.setEditText("Atlantis")
    with pytest.raises(Invalid, match="choose the country they sign for"):
        dialog.programme_item()
    section.on_behalf_of.setEditText("Taiwan")
    section.select(1)
    section.order.setValue(1)
    with pytest.raises(Invalid, match="two signatories sign in turn 1"):
        dialog.programme_item()


def test_the_overview_is_empty_once_the_last_visit_is_deleted(
    window: MainWindow, demo_plan: VisitPlan, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    open_plan(window, demo_plan)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_visit()
    assert window.overview.details.title.text() == ""
    assert not window.overview.details.isEnabled()
