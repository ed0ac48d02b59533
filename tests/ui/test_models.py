"""Every item model the window uses passes Qt's own model checks."""

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from planner.domain.checks import check_visit
from planner.domain.model import OnItem, VisitPlan
from planner.domain.vocab import ParticipantRole
from planner.ui.event_dialog import ParticipantPickerModel, SignatoryTableModel
from planner.ui.models import (
    PeopleTableModel,
    ProblemTableModel,
    ProgrammeTreeModel,
    VenueTableModel,
)
from tests.ui.trips import PEOPLE, trip

H = Qt.Orientation.Horizontal


def check(tester: ModelTester, model: object) -> None:
    tester.check(model)  # type: ignore[no-untyped-call]


def test_people_programme_venues_and_problems(
    qtmodeltester: ModelTester, demo_plan: VisitPlan
) -> None:
    people = PeopleTableModel()
    people.set_plan(demo_plan)
    check(qtmodeltester, people)
    assert people.index(1, 2).data() == "TSAI Ming-yen"
    programme = ProgrammeTreeModel()
    programme.set_plan(demo_plan)
    check(qtmodeltester, programme)
    day = programme.index(2, 0)
    assert day.data() == "Wednesday 4 June 2025"
    assert programme.index(0, ProgrammeTreeModel.TITLE, day).data() == (
        "Signing of the Letter of Intent on Security Cooperation"
    )
    flight = programme.index_of_event("departure-flight")
    row, parent = flight.row(), flight.parent()
    assert programme.index(row, ProgrammeTreeModel.ZONE, parent).data() == "Taoyuan → Majuro"
    assert programme.index(row, ProgrammeTreeModel.TIME, parent).data() == "09:30–22:00"
    # It leaves from home: the home clock says the same, so nothing is shown beside it.
    assert programme.index(row, ProgrammeTreeModel.HOME_TIME, parent).data() == ""
    venues = VenueTableModel()
    venues.set_items(demo_plan.venues)
    check(qtmodeltester, venues)
    problems = ProblemTableModel()
    problems.set_items(check_visit(demo_plan))
    check(qtmodeltester, problems)


def test_participant_picker_and_signatories(
    qtmodeltester: ModelTester, demo_plan: VisitPlan
) -> None:
    signing = next(e for e in demo_plan.events if e.key == "loi-signing")
    assert signing.signing is not None
    picker = ParticipantPickerModel(list(demo_plan.people), signing.participants)
    check(qtmodeltester, picker)
    picker.set_role("heine", ParticipantRole.WITNESS)
    picker.set_role("hsia", None)
    chosen = {p.person: p.role for p in picker.participants()}
    assert chosen["heine"] is ParticipantRole.WITNESS
    assert "hsia" not in chosen
    signatories = SignatoryTableModel(demo_plan, signing.signing.signatories)
    check(qtmodeltester, signatories)
    assert signatories.index(1, SignatoryTableModel.DESIGNATED_BY).data() == "H.E. Hilda Heine"


def test_an_arrival_on_a_programme_item_shows_its_time_and_title() -> None:
    lin = replace(PEOPLE[3], arrival=OnItem("night-train", met_by="Embassy"))
    plan = replace(trip(), people=(*PEOPLE[:3], lin))
    people = PeopleTableModel()
    people.set_plan(plan)
    arrival = next(c for c in range(people.columnCount()) if people.headerData(c, H) == "Arrival")
    row = next(r for r, p in enumerate(people.items) if p.key == "lin")
    # In Prague's time, when the train gets there: it follows the item if the item moves.
    assert people.index(row, arrival).data() == "26 Oct 10:12 Night train to Prague"
