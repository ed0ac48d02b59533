"""Opening database files: schema from migrations, pragmas, permissions, files it must refuse."""

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from planner.services import Planner
from planner.store.database import (
    Database,
    DatabaseUnusable,
    current_revision,
    head_revision,
    open_database,
)
from planner.store.schema import Base


def test_migrations_build_exactly_the_schema_the_models_describe(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_new_database_is_at_the_newest_revision(database: Database) -> None:
    assert current_revision(database.engine) == head_revision()


def test_database_uses_wal_enforces_foreign_keys_and_zeroes_what_is_deleted(
    database: Database,
) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA secure_delete")).scalar() == 1
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            connection.execute(
                text(
                    "INSERT INTO venue (visit_id, key, name, timezone)"
                    " VALUES (999, 'v', 'V', 'UTC')"
                )
            )


def test_database_file_is_readable_by_its_owner_only(database: Database) -> None:
    mode = stat.S_IMODE(database.path.stat().st_mode)
    assert mode == 0o600


def test_an_empty_older_database_is_migrated_on_open(db_path: Path) -> None:
    sqlite3.connect(db_path).close()  # an existing file without any schema
    database = open_database(db_path)
    try:
        assert current_revision(database.engine) == head_revision()
    finally:
        database.close()


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Programme draft, not a database\n" * 100)
    before = notes.read_bytes()
    with pytest.raises(DatabaseUnusable, match=r"notes\.txt: not a database this program can open"):
        open_database(notes)
    assert notes.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseUnusable, match="made by a newer Delegation Planner"):
        open_database(db_path)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnusable, match="is a folder"):
        open_database(tmp_path)


TABLES = (
    "visit",
    "person",
    "member",
    "venue",
    "event",
    "participant",
    "signing",
    "signing_document",
    "signatory",
    "witness",
)
FIRST_SCHEMA = Path(__file__).parent.parent / "data" / "schema-0001.sqlite3"


def row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_a_database_from_the_first_schema_keeps_every_row(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIRST_SCHEMA, old)
    before = row_counts(old)
    assert all(before[t] > 0 for t in TABLES)
    database = open_database(old)
    try:
        assert current_revision(database.engine) == head_revision()
        plan = Planner(database).plan("mh-state-visit-2025")
    finally:
        database.close()
    assert row_counts(old) == before
    assert plan.person("tsai").native_name == "蔡明彥"
    assert len(plan.events) == before["event"]


def test_an_upgrade_forgets_the_people_no_visit_refers_to(tmp_path: Path) -> None:
    """Earlier versions left a person row behind when its member went."""
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIRST_SCHEMA, old)
    with sqlite3.connect(old) as connection:
        connection.execute(
            "INSERT INTO person (given_name, family_name, name_order, country, medical)"
            " VALUES ('Left', 'Behind', 'given-family', 'MH', 'asthma')"
        )
    before = row_counts(old)
    database = open_database(old)
    try:
        plan = Planner(database).plan("mh-state-visit-2025")
    finally:
        database.close()
    with sqlite3.connect(old) as connection:
        left = connection.execute("SELECT count(*) FROM person WHERE family_name = 'Behind'")
        assert left.fetchone()[0] == 0
    assert row_counts(old) == before | {"person": before["person"] - 1}
    assert len(plan.people) == before["member"] == before["person"] - 1


def test_another_programs_sqlite_file_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
        connection.execute("INSERT INTO contact VALUES ('Ana')")
    with pytest.raises(DatabaseUnusable, match="an SQLite file of another program"):
        open_database(path)
    with sqlite3.connect(path) as connection:
        tables = connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        assert [name for (name,) in tables] == ["contact"]
