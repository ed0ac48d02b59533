"""Edits and seating plans: an item is given its plan or loses it, and whoever leaves the
visit or the item leaves their seat, so a plan stays one the rules accept."""

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain import edits
from planner.domain.model import Seat, VisitPlan
from planner.domain.validation import flaws
from tests.helpers.seated import BANQUET, TALKS, banquet_seating, seated, talks_seating
from tests.helpers.strategies import visit_plans


def test_an_item_is_given_a_seating_plan_and_loses_it(demo_plan: VisitPlan) -> None:
    plan = edits.set_seating(demo_plan, BANQUET, banquet_seating())
    assert plan.event(BANQUET).seating == banquet_seating()
    assert plan.event(TALKS) is demo_plan.event(TALKS)  # the other items are the same values
    assert edits.set_seating(plan, BANQUET, banquet_seating()) is plan  # no change, no new plan
    cleared = edits.set_seating(plan, BANQUET, None)
    assert cleared.event(BANQUET) == demo_plan.event(BANQUET)
    with pytest.raises(edits.EditRefused, match="no item 'gala'"):
        edits.set_seating(demo_plan, "gala", banquet_seating())


def test_someone_removed_from_the_visit_leaves_every_seat_they_had(demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan)
    after = edits.remove_person(plan, "kaneko")
    for key in (BANQUET, TALKS):
        seating = after.event(key).seating
        assert seating is not None
        assert seating.seat_of("kaneko") is None
        before = plan.event(key).seating
        assert before is not None
        assert len(seating.seats) == len(before.seats) - 1
        assert seating.tables == before.tables  # the empty seat stays at its table
    assert flaws(after) == []


def test_someone_taken_off_an_item_leaves_their_seat_at_it(demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan)
    banquet = plan.event(BANQUET)
    without_silk = tuple(p for p in banquet.participants if p.person != "silk")
    after = edits.update_event(plan, replace(banquet, participants=without_silk))
    seating = after.event(BANQUET).seating
    assert seating is not None
    assert seating.seat_of("silk") is None
    assert seating.seat_of("bejang") == Seat("t2", 2, "bejang")
    assert after.event(TALKS).seating == talks_seating()  # her seat at the talks stays
    assert flaws(after) == []
    # An edit that keeps everyone keeps the very plan.
    retitled = edits.update_event(plan, replace(banquet, title="State banquet"))
    assert retitled.event(BANQUET).seating is banquet.seating


def test_a_table_s_name_in_a_language_goes_with_the_language(demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan)
    assert edits.texts_in(plan, "zh-Hant") == edits.texts_in(demo_plan, "zh-Hant") + 1
    without = edits.without_languages(plan, ["zh-Hant"])
    seating = without.event(BANQUET).seating
    assert seating is not None
    assert [table.translations for table in seating.tables] == [(), ()]
    assert seating.seats == banquet_seating().seats
    assert edits.texts_in(without, "zh-Hant") == 0
    only_english = edits.set_visit(without, replace(without.visit, languages=("en",)))
    assert flaws(only_english) == []


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100)
@given(plan=visit_plans(), data=st.data())
def test_removing_anyone_from_any_valid_plan_leaves_a_valid_plan(
    plan: VisitPlan, data: st.DataObject
) -> None:
    if not plan.people:
        return
    key = data.draw(st.sampled_from([person.key for person in plan.people]))
    after = edits.remove_person(plan, key)
    assert [str(flaw) for flaw in flaws(after)] == []
    assert all(
        event.seating.seat_of(key) is None for event in after.events if event.seating is not None
    )
