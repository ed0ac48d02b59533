"""Storing whole visits: what goes in comes out, and a failed add leaves nothing behind."""

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from planner.domain import edits
from planner.domain.errors import DuplicateVisit, UnknownVisit
from planner.domain.model import Event, VisitPlan
from planner.domain.vocab import EventStatus
from planner.services import Planner
from planner.store import visits as store
from planner.store.schema import EventRow, MemberRow, PersonRow, VisitRow


def count(planner: Planner, row: type) -> int:
    with planner.database.transaction() as session:
        return session.scalar(select(func.count()).select_from(row)) or 0


def test_demo_visit_comes_back_field_for_field(planner: Planner, demo_plan: VisitPlan) -> None:
    planner.add_plan(demo_plan)
    assert planner.plan(demo_plan.visit.key) == demo_plan.in_canonical_order()


def test_adding_a_visit_twice_is_refused_and_changes_nothing(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    people = count(planner, PersonRow)
    with pytest.raises(DuplicateVisit, match="already in this database"):
        planner.add_plan(demo_plan)
    assert count(planner, VisitRow) == 1
    assert count(planner, PersonRow) == people


def test_a_failure_midway_rolls_back_the_whole_visit(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    def add_then_fail() -> None:
        with planner.database.transaction() as session:
            store.add_plan(session, demo_plan)
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        add_then_fail()
    assert count(planner, VisitRow) == count(planner, MemberRow) == count(planner, EventRow) == 0


def test_deleting_a_visit_removes_its_programme(planner: Planner, demo_plan: VisitPlan) -> None:
    planner.add_plan(demo_plan)
    with planner.database.transaction() as session:
        store.delete_visit(session, demo_plan.visit.key)
    assert count(planner, EventRow) == count(planner, MemberRow) == count(planner, PersonRow) == 0
    with pytest.raises(UnknownVisit):
        planner.plan(demo_plan.visit.key)


def test_visits_are_listed_by_start_date(planner: Planner, demo_plan: VisitPlan) -> None:
    later = replace(
        demo_plan.visit,
        key="later",
        start_date=demo_plan.visit.start_date.replace(year=2026),
        end_date=demo_plan.visit.end_date.replace(year=2026),
    )
    planner.add_plan(VisitPlan(later))
    planner.add_plan(demo_plan)
    assert [v.key for v in planner.visits()] == [demo_plan.visit.key, "later"]


def event_named(plan: VisitPlan, key: str) -> Event:
    return next(event for event in plan.events if event.key == key)


def save_event(planner: Planner, key: str, event: Event) -> None:
    """Save one edited event the way the window does: the whole edited plan, as expected."""
    before = planner.plan(key)
    planner.save_plan(edits.update_event(before, event), expected=before)


def test_moving_an_event_raises_its_revision_once(planner: Planner, demo_plan: VisitPlan) -> None:
    planner.add_plan(demo_plan)
    key = demo_plan.visit.key
    signing = event_named(planner.plan(key), "loi-signing")
    moved = replace(
        signing, start=signing.start + timedelta(hours=1), end=signing.end + timedelta(hours=1)
    )
    save_event(planner, key, moved)
    stored = event_named(planner.plan(key), "loi-signing")
    assert (stored.revision, stored.start) == (signing.revision + 1, moved.start)
    assert stored.signing == signing.signing
    save_event(planner, key, stored)  # saving it unchanged is not a revision
    assert event_named(planner.plan(key), "loi-signing").revision == signing.revision + 1


@pytest.mark.parametrize(
    "change",
    [
        lambda e: replace(e, status=EventStatus.CANCELLED),
        lambda e: replace(e, venue="mofa"),
        lambda e: replace(e, participants=e.participants[:-1]),
        lambda e: replace(e, title=e.title + " (revised)"),
    ],
)
def test_status_place_people_and_title_changes_each_raise_the_revision(
    planner: Planner, demo_plan: VisitPlan, change: Callable[[Event], Event]
) -> None:
    planner.add_plan(demo_plan)
    key = demo_plan.visit.key
    before = event_named(planner.plan(key), "bilateral-talks")
    save_event(planner, key, change(before))
    after = event_named(planner.plan(key), "bilateral-talks")
    assert after == change(before)
    assert after.revision == before.revision + 1
