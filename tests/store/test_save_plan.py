"""Saving an edited visit over the stored one: any plan can follow any other."""

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event as sqlalchemy_event

from benchmarks.visit_file import large_plan
from planner.domain import edits
from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store import visits as store
from planner.store.database import Database, open_database
from tests.helpers.factories import FIXED_NOW
from tests.helpers.strategies import visit_plans


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(Path(tmp_path_factory.mktemp("save")) / "save.sqlite3")
    yield database
    database.close()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(first=visit_plans(), second=visit_plans(), data=st.data())
def test_any_plan_saved_over_another_reads_back_as_itself(
    shared_database: Database, first: VisitPlan, second: VisitPlan, data: st.DataObject
) -> None:
    target = replace(second, visit=replace(second.visit, key=first.visit.key))
    with shared_database.sessions() as session:
        store.add_plan(session, first, now=FIXED_NOW)
        session.flush()
        store.save_plan(session, target, now=FIXED_NOW)
        session.flush()
        session.expunge_all()
        loaded = store.load_plan(session, target.visit.key)
        session.rollback()
    assert loaded == target.in_canonical_order()


def bookkeeping(plan: VisitPlan) -> tuple[object, ...]:
    """What equality leaves out: the visit's version, each item's revision and its time."""
    return (plan.visit.version, [(e.key, e.revision, e.revised_at) for e in plan.events])


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(first=visit_plans(), second=visit_plans())
def test_a_save_from_the_loaded_plan_returns_the_visit_exactly_as_it_now_loads(
    shared_database: Database, first: VisitPlan, second: VisitPlan
) -> None:
    """The window keeps what a save returns instead of loading the visit again: it must be
    the stored visit, versions, revisions and times included."""
    target = replace(second, visit=replace(second.visit, key=first.visit.key))
    with shared_database.sessions() as session:
        store.add_plan(session, first, now=FIXED_NOW)
        session.flush()
        before = store.load_plan(session, first.visit.key)
        saved = store.save_plan(session, target, now=FIXED_NOW, expected=before)
        session.flush()
        session.expunge_all()
        loaded = store.load_plan(session, target.visit.key)
        again = store.save_plan(session, before, now=FIXED_NOW, expected=loaded)  # undo
        session.flush()
        session.expunge_all()
        undone = store.load_plan(session, target.visit.key)
        session.rollback()
    assert saved == loaded
    assert bookkeeping(saved) == bookkeeping(loaded)
    assert again == undone == before
    assert bookkeeping(again) == bookkeeping(undone)


def test_reordering_precedence_is_saved_and_each_changed_entry_rises_once(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    key = demo_plan.visit.key
    before = planner.plan(key)
    moved = edits.move_in_precedence(before, "silk", 1)
    cancelled = edits.cancel_event(moved, "students-meeting")
    planner.save_plan(cancelled)
    after = planner.plan(key)
    guests = [p.key for p in after.people if p.side.value == "guest"]
    assert guests == ["silk", "heine", "kaneko", "bejang"]
    revisions = {e.key: e.revision for e in after.events}
    assert revisions["students-meeting"] == 1  # cancelled and reordered: one new revision
    reranked = {"silk", "heine", "kaneko", "bejang"}
    reordered = {e.key for e in after.events if reranked & {p.person for p in e.participants}}
    assert {k for k, r in revisions.items() if r == 1} == reordered  # their descriptions change
    assert set(revisions.values()) <= {0, 1}


def test_removing_a_person_takes_them_off_every_event_and_signing(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    plan = edits.remove_person(planner.plan(demo_plan.visit.key), "heine")
    planner.save_plan(plan)
    saved = planner.plan(demo_plan.visit.key)
    assert "heine" not in saved.precedence_rank
    signing = next(e for e in saved.events if e.key == "loi-signing")
    assert signing.signing is not None
    kaneko = next(s for s in signing.signing.signatories if s.person == "kaneko")
    assert kaneko.designated_by is None
    assert [p.precedence for p in saved.people if p.side.value == "guest"] == [1, 2, 3]


def test_calendar_entries_follow_a_renamed_venue_and_a_participants_new_address(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """Their LOCATION and ATTENDEE lines change, so their SEQUENCE must rise too."""
    planner.add_plan(demo_plan)
    plan = planner.plan(demo_plan.visit.key)
    hotel = plan.venue("grand-hotel")
    plan = edits.update_venue(plan, replace(hotel, address="Moved: No. 2, Elsewhere Road"))
    tsai = plan.person("tsai")
    plan = edits.update_person(plan, replace(tsai, email="tsai@example.org"))
    planner.save_plan(plan)
    revisions = {e.key: e.revision for e in planner.plan(demo_plan.visit.key).events}
    at_hotel = {e.key for e in plan.events if e.venue == "grand-hotel"}
    with_tsai = {e.key for e in plan.events if any(p.person == "tsai" for p in e.participants)}
    assert {k for k, r in revisions.items() if r == 1} == at_hotel | with_tsai
    assert {k for k, r in revisions.items() if r == 0} == set(revisions) - at_hotel - with_tsai


def test_a_visit_its_own_file_could_not_carry_is_not_saved(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """Whatever is stored exports and imports again."""
    from planner.domain.errors import SaveFailed

    planner.add_plan(demo_plan)
    plan = planner.plan(demo_plan.visit.key)
    signing = next(e for e in plan.events if e.key == "loi-signing")
    assert signing.signing is not None
    nowhere = replace(signing.signing.signatories[0], on_behalf_of="1")
    broken = edits.update_event(
        plan,
        replace(
            signing,
            signing=replace(
                signing.signing, signatories=(nowhere, *signing.signing.signatories[1:])
            ),
        ),
    )
    with pytest.raises(SaveFailed) as refused:
        planner.save_plan(broken, expected=plan)
    # The window's words: the item by its title, the field by its label; no JSON path.
    assert f"Item “{signing.title}”, Signing: " in str(refused.value)
    assert '"1", which is not a two-letter country code' in str(refused.value)
    assert "$" not in str(refused.value)
    assert planner.plan(demo_plan.visit.key) == plan
    with pytest.raises(SaveFailed):
        planner.save_plan(broken)  # the same without the plan it started from


def test_saving_one_edit_costs_the_same_statements_in_a_small_and_a_large_visit(
    tmp_path: Path,
) -> None:
    """A save changes the rows of what changed: its statements do not grow with the visit."""

    def statements_to_retitle_one_item(events: int) -> list[str]:
        database = open_database(tmp_path / f"v{events}.sqlite3", backups=False)
        planner = Planner(database)
        planner.add_plan(large_plan(40, events))
        stored = planner.plan("bench")
        item = stored.events[events // 2]
        edited = edits.update_event(stored, replace(item, title=item.title + " (moved)"))
        seen: list[str] = []

        def note(*args: object) -> None:
            seen.append(str(args[2]).split()[0])  # the statement's verb

        sqlalchemy_event.listen(database.engine, "before_cursor_execute", note)
        planner.save_plan(edited, expected=stored)
        sqlalchemy_event.remove(database.engine, "before_cursor_execute", note)
        assert planner.plan("bench").event(item.key).title.endswith("(moved)")
        database.close()
        return seen

    small, large = statements_to_retitle_one_item(20), statements_to_retitle_one_item(400)
    assert len(small) == len(large)
    assert large.count("UPDATE") <= 3  # the visit's save counter and the item itself
