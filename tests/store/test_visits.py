"""Storing whole visits: what goes in comes out, and a failed add leaves nothing behind."""

import pytest
from sqlalchemy import func, select

from planner.domain.errors import DuplicateVisit, UnknownVisit
from planner.domain.model import VisitPlan
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
    assert count(planner, EventRow) == count(planner, MemberRow) == 0
    with pytest.raises(UnknownVisit):
        planner.plan(demo_plan.visit.key)


def test_visits_are_listed_by_start_date(planner: Planner, demo_plan: VisitPlan) -> None:
    from dataclasses import replace

    later = replace(
        demo_plan.visit,
        key="later",
        start_date=demo_plan.visit.start_date.replace(year=2026),
        end_date=demo_plan.visit.end_date.replace(year=2026),
    )
    planner.add_plan(VisitPlan(later))
    planner.add_plan(demo_plan)
    assert [v.key for v in planner.visits()] == [demo_plan.visit.key, "later"]
