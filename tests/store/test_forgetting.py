"""Deleted means deleted: a removed person or a deleted visit leaves nothing in any table,
and its text is found nowhere in the database file or its WAL."""

import shutil
import uuid
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from planner.domain import edits
from planner.domain.model import Translation, VisitPlan
from planner.services import Planner
from planner.store import database as database_module
from planner.store.database import Database, open_database
from planner.store.schema import MEMBER_TRIGGERS, Base
from tests.helpers.factories import FIXED_NOW
from tests.helpers.seated import seated

MARKED = "heine"  # the guests' head of delegation: in events, a signing, met by no one


def marked(plan: VisitPlan, marker: str) -> VisitPlan:
    """The plan with every personal field of MARKED carrying `marker`, in English and in
    Chinese (their name on their person row, their post's texts on their member row), and
    MARKED seated at the banquet and the talks."""
    plan = seated(edits.set_visit(plan, replace(plan.visit, languages=("en", "zh-Hant"))))
    person = plan.person(MARKED)
    return edits.update_person(
        plan,
        replace(
            person,
            given_name=f"Given {marker}",
            family_name=f"Family {marker}",
            native_name=f"本名 {marker}",
            title=f"Title {marker}",
            organization=f"Office {marker}",
            email=f"{marker}@example.org",
            dietary=f"Dietary {marker}",
            medical=f"Medical {marker}",
            notes=f"Notes {marker}",
            short_title=f"Short {marker}",
            courtesy=f"Dr. {marker}",
            translations=tuple(
                Translation("zh-Hant", name, f"{name} {marker}")
                for name in ("name", "title", "short_title", "organization")
            ),
        ),
    )


def other_visit(plan: VisitPlan) -> VisitPlan:
    return replace(plan, visit=replace(plan.visit, key="other-visit", title="Another visit"))


def row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def rows_mentioning(database: Database, text: str) -> list[tuple[str, tuple[object, ...]]]:
    with database.engine.connect() as connection:
        return [
            (table.name, tuple(row))
            for table in Base.metadata.sorted_tables
            for row in connection.execute(select(table))
            if any(text in str(value) for value in row)
        ]


def counts_of_a_database_holding(tmp_path: Path, *plans: VisitPlan) -> dict[str, int]:
    database = open_database(tmp_path / "expected.sqlite3", backups=False)
    try:
        planner = Planner(database, clock=lambda: FIXED_NOW)
        for plan in plans:
            planner.add_plan(plan)
        return row_counts(database)
    finally:
        database.close()


def test_migrations_make_the_triggers_the_schema_describes(database: Database) -> None:
    with database.engine.connect() as connection:
        made = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger'"
        ).scalars()
        assert sorted(made) == sorted(MEMBER_TRIGGERS)


def test_a_person_removed_from_a_visit_leaves_nothing_in_any_table(
    planner: Planner, demo_plan: VisitPlan, tmp_path: Path
) -> None:
    marker = uuid.uuid4().hex
    planner.add_plan(marked(demo_plan, marker))
    planner.add_plan(other_visit(demo_plan))
    assert rows_mentioning(planner.database, marker)  # the search finds what is there
    without = edits.remove_person(planner.plan(demo_plan.visit.key), MARKED)
    planner.save_plan(without)
    assert rows_mentioning(planner.database, marker) == []
    expected = counts_of_a_database_holding(tmp_path, without, other_visit(demo_plan))
    assert row_counts(planner.database) == expected
    assert expected["seat"] == 14 - 2  # the others' seats stay, not one of MARKED's
    assert planner.plan("other-visit").person(MARKED) == demo_plan.person(MARKED)


def test_a_deleted_visit_leaves_nothing_in_any_table(
    planner: Planner, demo_plan: VisitPlan, tmp_path: Path
) -> None:
    marker = uuid.uuid4().hex
    planner.add_plan(marked(demo_plan, marker))
    planner.add_plan(other_visit(demo_plan))
    planner.delete_visit(demo_plan.visit.key)
    assert rows_mentioning(planner.database, marker) == []
    assert row_counts(planner.database) == counts_of_a_database_holding(
        tmp_path, other_visit(demo_plan)
    )
    assert planner.plan("other-visit") == other_visit(demo_plan).in_canonical_order()


def remove_the_person(planner: Planner, key: str) -> None:
    planner.save_plan(edits.remove_person(planner.plan(key), MARKED))


def replace_the_note(planner: Planner, key: str) -> None:
    """A longer note, so the row no longer fits where it was and moves."""
    plan = planner.plan(key)
    longer = "No allergies; the earlier note was wrong. " * 20
    planner.save_plan(edits.update_person(plan, replace(plan.person(MARKED), medical=longer)))


def delete_the_visit(planner: Planner, key: str) -> None:
    planner.delete_visit(key)


def file_bytes(database: Database) -> bytes:
    """The database file and its WAL as they lie on disk, after a full checkpoint."""
    with database.engine.connect() as connection:
        busy, _, _ = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
        assert busy == 0
    wal = Path(f"{database.path}-wal")
    return database.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.mark.parametrize(
    "forget", [remove_the_person, delete_the_visit, replace_the_note], ids=lambda f: f.__name__
)
def test_a_forgotten_medical_note_is_nowhere_in_the_files(
    planner: Planner, demo_plan: VisitPlan, forget: Callable[[Planner, str], None]
) -> None:
    note = f"Allergic to {uuid.uuid4()}"
    planner.add_plan(
        edits.update_person(demo_plan, replace(demo_plan.person(MARKED), medical=note))
    )
    planner.add_plan(other_visit(demo_plan))
    assert note.encode() in file_bytes(planner.database)  # the search finds what is there
    forget(planner, demo_plan.visit.key)
    assert note.encode() not in file_bytes(planner.database)


def test_a_closed_database_keeps_no_trace_of_a_removed_person(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """What the officer has when the app is closed: no WAL, and nothing of the note."""
    note = f"Allergic to {uuid.uuid4()}"
    planner.add_plan(
        edits.update_person(demo_plan, replace(demo_plan.person(MARKED), medical=note))
    )
    remove_the_person(planner, demo_plan.visit.key)
    planner.database.close()
    assert not Path(f"{planner.database.path}-wal").exists()
    assert note.encode() not in planner.database.path.read_bytes()


def test_a_later_migration_can_copy_the_person_table_past_its_triggers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite rebuilds a table to alter it; the triggers that forget a removed person name
    `person`, and renaming the copy back must not trip over them."""
    path = tmp_path / "planner.sqlite3"
    database = open_database(path, backups=False)
    Planner(database).add_demo()
    database.close()
    migrations = tmp_path / "migrations"
    shutil.copytree(
        database_module.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__")
    )
    (migrations / "versions" / "0099_pronouns.py").write_text(
        "import sqlalchemy as sa\n"
        "from alembic import op\n"
        'revision = "0099"\n'
        f"down_revision = {database_module.head_revision()!r}\n"
        "def upgrade() -> None:\n"
        '    with op.batch_alter_table("person", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("pronouns", sa.String(), nullable=True))\n'
    )
    monkeypatch.setattr(database_module, "MIGRATIONS", migrations)
    database_module._shipped_revisions.cache_clear()
    try:
        upgraded = open_database(path, backups=False)
        upgraded.close()
        again = open_database(path, backups=False)  # and it opens again afterwards
        assert Planner(again).plan("mh-state-visit-2025").person("heine").given_name == "Hilda"
        again.close()
    finally:
        database_module._shipped_revisions.cache_clear()
