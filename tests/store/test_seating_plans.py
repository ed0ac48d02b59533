"""Seating plans in the database: stored with their item, locks and all; changed without
raising the item's calendar revision; gone with the person, the item or the visit; brought
in and out by migration 0007."""

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain import edits
from planner.domain.model import Seat, Seating, Table, VisitPlan
from planner.domain.vocab import SeatingKind
from planner.services import Planner
from planner.store import visits as store
from planner.store.database import (
    Database,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from planner.store.schema import MEMBER_TRIGGERS
from tests.helpers.factories import FIXED_NOW
from tests.helpers.seated import BANQUET, TALKS, banquet_seating, seated, talks_seating
from tests.helpers.strategies import visit_plans
from tests.store.test_database import row_counts

SEATING_TABLES = ("seating", "seating_table", "seat")


def seat_rows(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in SEATING_TABLES
        }


def with_locks(seating: Seating, *people: str) -> Seating:
    return replace(
        seating, seats=tuple(replace(s, locked=s.person in people) for s in seating.seats)
    )


def revisions(planner: Planner, key: str) -> dict[str, int]:
    return {event.key: event.revision for event in planner.plan(key).events}


def test_a_seated_visit_comes_back_seat_for_seat(planner: Planner, demo_plan: VisitPlan) -> None:
    plan = seated(demo_plan)
    planner.add_plan(plan)
    stored = planner.plan(plan.visit.key)
    assert stored == plan.in_canonical_order()
    assert stored.event(BANQUET).seating == banquet_seating()  # the head table's 主桌 too
    assert stored.event(TALKS).seating == talks_seating()  # each side numbered on its own
    assert seat_rows(planner.database.path) == {"seating": 2, "seating_table": 3, "seat": 14}


def test_locks_are_kept_by_the_database_and_left_out_of_a_visit_file(
    planner: Planner, demo_plan: VisitPlan, tmp_path: Path
) -> None:
    planner.add_plan(seated(demo_plan))
    key = demo_plan.visit.key
    stored = planner.plan(key)
    locked = with_locks(banquet_seating(), "lai", "heine")
    saved = planner.save_plan(edits.set_seating(stored, BANQUET, locked), expected=stored)
    loaded = planner.plan(key)
    assert loaded == saved
    banquet = loaded.event(BANQUET).seating
    assert banquet is not None
    assert {s.person for s in banquet.seats if s.locked} == {"lai", "heine"}
    data = planner.export_visit_file(key)
    assert b'"locked"' not in data
    other = Planner(open_database(tmp_path / "other.sqlite3", backups=False))
    try:
        imported = other.import_visit_file(data)
        assert imported.event(BANQUET).seating == banquet_seating()  # unlocked
        assert (
            imported == edits.set_seating(loaded, BANQUET, banquet_seating()).in_canonical_order()
        )
    finally:
        other.close()
    unlocked = planner.save_plan(
        edits.set_seating(loaded, BANQUET, banquet_seating()), expected=loaded
    )
    assert planner.plan(key) == unlocked
    assert unlocked.event(BANQUET).seating == banquet_seating()


def test_a_seating_change_alone_raises_no_calendar_revision(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """A calendar entry shows no seats: moving people about, locking a seat, giving an item
    its plan or taking it away is a change of the visit, not of its calendar."""
    planner.add_plan(demo_plan)
    key = demo_plan.visit.key
    stored = planner.plan(key)
    steps: list[Callable[[VisitPlan], VisitPlan]] = [
        lambda plan: seated(plan),
        lambda plan: edits.set_seating(plan, BANQUET, with_locks(banquet_seating(), "lai")),
        lambda plan: edits.set_seating(
            plan,
            BANQUET,
            Seating(
                SeatingKind.LONG,
                (Table("long", "Long table", 30),),
                tuple(Seat("long", n, s.person) for n, s in enumerate(banquet_seating().seats, 1)),
            ),
        ),
        lambda plan: edits.set_seating(plan, TALKS, None),
    ]
    for step in steps:
        changed = step(stored)
        saved = planner.save_plan(changed, expected=stored)
        stored = planner.plan(key)
        assert stored == saved == changed.in_canonical_order()
        assert set(revisions(planner, key).values()) == {0}
        assert saved.visit.version == stored.visit.version > 0
    # A change the calendar shows still raises it, seats and all saved with it.
    banquet = replace(stored.event(BANQUET), title="State banquet", seating=banquet_seating())
    both = edits.update_event(stored, banquet)
    planner.save_plan(both, expected=stored)
    assert planner.plan(key).event(BANQUET).seating == banquet_seating()
    assert revisions(planner, key)[BANQUET] == 1
    assert {k for k, r in revisions(planner, key).items() if r} == {BANQUET}


def test_seats_changed_as_a_participant_is_renamed_raise_the_revision_once(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """The calendar shows the new title: the items she is at are revised, the one whose
    seats changed too, once like the others."""
    planner.add_plan(seated(demo_plan))
    key = demo_plan.visit.key
    stored = planner.plan(key)
    renamed = edits.update_person(stored, replace(stored.person("silk"), title="Ambassador"))
    moved = Seating(
        SeatingKind.ROUNDS,
        banquet_seating().tables,
        tuple(replace(s, number=4) if s.person == "silk" else s for s in banquet_seating().seats),
    )
    saved = planner.save_plan(edits.set_seating(renamed, BANQUET, moved), expected=stored)
    assert planner.plan(key) == saved
    assert saved.event(BANQUET).seating == moved
    at_hers = {e.key for e in stored.events if any(p.person == "silk" for p in e.participants)}
    assert {k for k, r in revisions(planner, key).items() if r == 1} == at_hers
    assert set(revisions(planner, key).values()) == {0, 1}


def test_a_seat_goes_with_the_person_the_item_and_the_visit(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    plan = seated(demo_plan)
    planner.add_plan(plan)
    planner.add_plan(replace(plan, visit=replace(plan.visit, key="other-visit")))
    path, key = planner.database.path, plan.visit.key
    both = {"seating": 4, "seating_table": 6, "seat": 28}
    assert seat_rows(path) == both
    stored = planner.plan(key)
    planner.save_plan(edits.remove_person(stored, "heine"), expected=stored)
    assert seat_rows(path) == both | {"seat": 26}
    stored = planner.plan(key)
    planner.save_plan(edits.remove_event(stored, TALKS), expected=stored)
    assert seat_rows(path) == {"seating": 3, "seating_table": 5, "seat": 20}
    planner.delete_visit(key)
    assert seat_rows(path) == {"seating": 2, "seating_table": 3, "seat": 14}
    assert planner.plan("other-visit").event(BANQUET).seating == banquet_seating()


def test_the_database_itself_forgets_the_seats_of_a_deleted_member(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """Whatever deletes a member row — a save, a visit's deletion, a program of tomorrow —
    the foreign keys take their seats with it."""
    planner.add_plan(seated(demo_plan))
    with sqlite3.connect(planner.database.path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM member WHERE key = 'silk'")
    assert seat_rows(planner.database.path)["seat"] == 12
    with sqlite3.connect(planner.database.path) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("DELETE FROM event WHERE key = ?", (BANQUET,))
    assert seat_rows(planner.database.path) == {"seating": 1, "seating_table": 1, "seat": 6}


def test_a_database_of_schema_0006_gains_the_seating_tables_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "planner.sqlite3"
    database = open_database(path, backups=False)
    planner = Planner(database, clock=lambda: FIXED_NOW)
    key, _ = planner.add_demo()
    stored = planner.plan(key)
    planner.save_plan(seated(stored), expected=stored)  # a plan the downgrade must drop
    command.downgrade(alembic_config(database.engine), "0006")
    assert current_revision(database.engine) == "0006"
    database.close()
    with sqlite3.connect(path) as connection:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        assert not tables & set(SEATING_TABLES)
        triggers = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(sql for (sql,) in triggers) == sorted(MEMBER_TRIGGERS)
    before = row_counts(path)
    upgraded = open_database(path)  # as the program opens an older file: a backup, then 0007
    try:
        assert current_revision(upgraded.engine) == head_revision() == "0007"
        assert row_counts(path) == before
        assert seat_rows(path) == dict.fromkeys(SEATING_TABLES, 0)
        planner = Planner(upgraded, clock=lambda: FIXED_NOW)
        plan = planner.plan(key)
        assert all(event.seating is None for event in plan.events)
        assert plan == stored
        # And it takes seating plans from here on.
        planner.save_plan(seated(plan), expected=plan)
        assert planner.plan(key) == seated(plan).in_canonical_order()
    finally:
        upgraded.close()


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(Path(tmp_path_factory.mktemp("seats")) / "seats.sqlite3")
    yield database
    database.close()


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=60)
@given(plan=visit_plans(), data=st.data())
def test_any_plan_keeps_its_locks_through_the_database(
    shared_database: Database, plan: VisitPlan, data: st.DataObject
) -> None:
    """The drawn plans go through visit files, so they are unlocked; here some seats are
    locked, which the database alone keeps."""
    events = []
    for event in plan.events:
        if event.seating is not None and event.seating.seats:
            flags = data.draw(
                st.lists(
                    st.booleans(),
                    min_size=len(event.seating.seats),
                    max_size=len(event.seating.seats),
                )
            )
            seats = tuple(
                replace(s, locked=f) for s, f in zip(event.seating.seats, flags, strict=True)
            )
            event = replace(event, seating=replace(event.seating, seats=seats))
        events.append(event)
    locked = replace(plan, events=tuple(events))
    with shared_database.sessions() as session:
        store.add_plan(session, locked, now=FIXED_NOW)
        session.flush()
        session.expunge_all()
        loaded = store.load_plan(session, plan.visit.key)
        unlocked = loaded
        for event in plan.events:
            unlocked = edits.set_seating(unlocked, event.key, event.seating)
        saved = store.save_plan(session, unlocked, now=FIXED_NOW, expected=loaded)
        session.flush()
        session.expunge_all()
        again = store.load_plan(session, plan.visit.key)
        session.rollback()
    assert loaded == locked.in_canonical_order()
    assert again == saved == plan.in_canonical_order()
    assert {event.revision for event in again.events} <= {0}  # locks are in no calendar
