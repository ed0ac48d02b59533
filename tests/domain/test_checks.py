"""The problems a visit can have, each found and pointing at what is at fault."""

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from planner.cli import main
from planner.domain import edits
from planner.domain.checks import Finding, Severity, Target, check_visit
from planner.domain.model import Event, Participant, VisitPlan
from planner.domain.programme import event_day
from planner.domain.vocab import EventStatus, ParticipantRole
from planner.services import Planner
from tests.helpers.strategies import visit_plans


def event(plan: VisitPlan, key: str) -> Event:
    return next(e for e in plan.events if e.key == key)


def test_the_demo_visit_has_no_problems(demo_plan: VisitPlan) -> None:
    assert check_visit(demo_plan) == []


def test_a_person_in_two_events_at_once(demo_plan: VisitPlan) -> None:
    talks = event(demo_plan, "bilateral-talks")
    clash = replace(
        talks, start=talks.start + timedelta(minutes=45), end=talks.end + timedelta(minutes=30)
    )  # runs into the decoration at 12:00
    plan = edits.update_event(demo_plan, clash)
    findings = check_visit(plan)
    clashes = [f for f in findings if f.severity is Severity.ERROR]
    assert clashes == [  # one entry per clash, naming everyone in both, host side first
        Finding(
            Severity.ERROR,
            "H.E. Lai Ching-te, H.E. Steve Hsia, H.E. Hilda Heine, Hon. Kalani Kaneko, "
            "Hon. Joe Bejang and Isabela Silk are in “Bilateral talks between President Lai and "
            "President Heine” (Tue 03 Jun 11:45–12:20) and “Conferral of the Order of Brilliant "
            "Jade with Grand Cordon on President Heine” (Tue 03 Jun 12:00–12:20) at once",
            Target.EVENT,
            "decoration",
            ("bilateral-talks", "decoration"),
        )
    ]


def test_cancelled_events_do_not_clash(demo_plan: VisitPlan) -> None:
    talks = event(demo_plan, "bilateral-talks")
    clash = replace(talks, end=talks.end + timedelta(minutes=30), status=EventStatus.CANCELLED)
    assert check_visit(edits.update_event(demo_plan, clash)) == []


def test_an_event_outside_the_visit(demo_plan: VisitPlan) -> None:
    flight = event(demo_plan, "departure-flight")
    late = replace(
        flight, start=flight.start + timedelta(days=1), end=flight.end + timedelta(days=1)
    )
    (finding,) = check_visit(edits.update_event(demo_plan, late))
    assert finding.severity is Severity.ERROR
    assert finding.message.startswith(
        "“Departure for Majuro” is on 08 June 2025, outside the visit"
    )
    assert (finding.target, finding.key) == (Target.EVENT, "departure-flight")


@settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(plan=visit_plans())
def test_the_items_outside_the_visit_are_those_listed_under_a_day_outside_it(
    plan: VisitPlan,
) -> None:
    visit = plan.visit
    outside = [e.key for e in plan.events if not visit.start_date <= event_day(e) <= visit.end_date]
    assert [f.key for f in check_visit(plan) if "outside the visit" in f.message] == outside


def test_an_item_on_a_day_outside_the_visit_where_it_happens(demo_plan: VisitPlan) -> None:
    """On the UTC dates of the visit's first and last days, but on the day before the first
    in New York and the day after the last in Taipei."""
    visit, talks = demo_plan.visit, event(demo_plan, "bilateral-talks")
    early = datetime.combine(visit.start_date, time(1), UTC)
    late = datetime.combine(visit.end_date, time(22), UTC)
    plan = edits.update_event(
        demo_plan,
        replace(talks, start=early, end=early + timedelta(hours=1), timezone="America/New_York"),
    )
    plan = edits.update_event(
        plan,
        replace(
            event(demo_plan, "press-statement"),
            start=late,
            end=late + timedelta(hours=1),
            timezone="Asia/Taipei",
        ),
    )
    outside = [f for f in check_visit(plan) if "outside the visit" in f.message]
    assert [(f.key, f.message.split(",")[0]) for f in outside] == [
        (
            "bilateral-talks",
            f"“{talks.title}” is on {visit.start_date - timedelta(days=1):%d %B %Y}",
        ),
        (
            "press-statement",
            f"“{event(demo_plan, 'press-statement').title}” is on "
            f"{visit.end_date + timedelta(days=1):%d %B %Y}",
        ),
    ]


def test_a_venue_used_twice_at_once_and_a_cancelled_signing(demo_plan: VisitPlan) -> None:
    signing = event(demo_plan, "loi-signing")
    statement = event(demo_plan, "press-statement")
    overlapping = replace(
        statement,
        start=signing.start + timedelta(minutes=10),
        participants=(Participant("tsai", ParticipantRole.CHAIR),),
    )
    cancelled = replace(signing, status=EventStatus.CANCELLED)
    plan = edits.update_event(edits.update_event(demo_plan, overlapping), cancelled)
    assert [f.severity for f in check_visit(plan)] == [Severity.WARNING]
    plan = edits.update_event(demo_plan, overlapping)
    findings = check_visit(plan)
    assert any("The Grand Hotel Taipei holds" in f.message for f in findings)
    assert any("Tsai Ming-yen is in" in f.message for f in findings)
    assert check_visit(edits.update_event(demo_plan, cancelled))[0].message == (
        "“Signing of the Letter of Intent on Security Cooperation” is cancelled but still has "
        "a signing with signatories"
    )


def test_check_command_exits_1_on_errors(
    capsys: pytest.CaptureFixture[str], planner_with_clash: str
) -> None:
    assert main(["--db", planner_with_clash, "check", "mh-state-visit-2025"]) == 1
    out = capsys.readouterr().out
    assert "error: H.E. Lai Ching-te, " in out
    assert "Isabela Silk are in “Bilateral talks" in out
    assert out.splitlines()[-1].startswith("mh-state-visit-2025: ")


def test_check_says_the_problems_in_chinese_when_asked(
    capsys: pytest.CaptureFixture[str], planner_with_clash: str
) -> None:
    """`check --lang zh-Hant`: each line's severity and sentence in Chinese, the summary too;
    the officer's titles as typed."""
    assert main(["--db", planner_with_clash, "check", "mh-state-visit-2025", "--lang", "zh-Hant"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("錯誤：")
    assert any("Bilateral talks" in line and "error" not in line for line in lines)
    assert lines[-1].startswith("mh-state-visit-2025：")
    assert "項錯誤" in lines[-1]


def test_check_refuses_a_language_it_cannot_speak(
    capsys: pytest.CaptureFixture[str], planner_with_clash: str
) -> None:
    assert main(["--db", planner_with_clash, "check", "mh-state-visit-2025", "--lang", "fr"]) == 1
    err = capsys.readouterr().err
    assert "check --lang fr" in err
    assert "zh-Hant" in err


@pytest.fixture
def planner_with_clash(planner: Planner, demo_plan: VisitPlan) -> str:
    planner.add_plan(demo_plan)
    talks = event(demo_plan, "bilateral-talks")
    planner.save_plan(
        edits.update_event(demo_plan, replace(talks, end=talks.end + timedelta(hours=1)))
    )
    return str(planner.database.path)
