"""Backups: consistent, owner-only, kept beside the database, and a restore that loses nothing."""

import shutil
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from planner.cli import main
from planner.services import Planner
from planner.store import backup
from planner.store.backup import BackupFailed
from planner.store.database import current_revision, head_revision, open_database

FIRST_SCHEMA = Path(__file__).parent.parent / "data" / "schema-0001.sqlite3"
DEMO = "mh-state-visit-2025"


def visit_keys(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("SELECT key FROM visit ORDER BY key")]


def test_a_backup_is_a_whole_owner_only_copy_and_old_ones_go(planner: Planner) -> None:
    planner.add_demo()
    path = planner.database.path
    made = [
        backup.make_backup(path, "manual", now=datetime(2025, 6, 1, 9, i), keep=3) for i in range(5)
    ]
    kept = backup.list_backups(path)
    assert kept == sorted(made[-3:], reverse=True)
    assert stat.S_IMODE(kept[0].stat().st_mode) == 0o600
    assert visit_keys(kept[0]) == [DEMO]
    with sqlite3.connect(kept[0]) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_opening_makes_one_backup_a_day(db_path: Path) -> None:
    open_database(db_path).close()  # new: nothing to back up yet
    assert backup.list_backups(db_path) == []
    open_database(db_path).close()
    open_database(db_path).close()
    (daily,) = backup.list_backups(db_path)
    assert daily.name.endswith("-daily.sqlite3")


def test_a_schema_upgrade_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIRST_SCHEMA, old)
    open_database(old).close()
    (before,) = [p for p in backup.list_backups(old) if "before-schema" in p.name]
    with sqlite3.connect(before) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_restore_keeps_what_it_replaces_and_migrates_an_older_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    live = tmp_path / "live.sqlite3"
    database = open_database(live)
    Planner(database).add_demo()
    database.close()
    assert main(["--db", str(live), "restore", str(FIRST_SCHEMA)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out
    safety = Path(out.strip().rsplit(" ", 1)[-1])
    assert visit_keys(safety) == [DEMO]
    reopened = open_database(live)
    try:
        assert current_revision(reopened.engine) == head_revision()
        assert Planner(reopened).plan(DEMO).person("tsai").native_name == "蔡明彥"
    finally:
        reopened.close()


def test_restoring_something_else_is_refused_and_changes_nothing(
    planner: Planner, tmp_path: Path
) -> None:
    planner.add_demo()
    path = planner.database.path
    planner.database.close()
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("not a database")
    with pytest.raises(BackupFailed, match="not a Delegation Planner database"):
        backup.restore(path, notes)
    assert visit_keys(path) == [DEMO]


def test_the_oldest_backup_can_be_restored_even_with_many_made(tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    database = open_database(live)
    Planner(database).add_demo()
    database.close()
    oldest = backup.make_backup(live, "manual", now=datetime(2025, 1, 1))
    for _ in range(backup.KEEP - 1):
        backup.make_backup(live, "manual")
    assert main(["--db", str(live), "restore", str(oldest)]) == 0
    assert oldest.exists()
    assert len(backup.list_backups(live, "before-restore")) == 1


def test_a_backup_from_a_newer_program_is_refused_before_anything_changes(
    planner: Planner, tmp_path: Path
) -> None:
    planner.add_demo()
    path = planner.database.path
    planner.database.close()
    newer = tmp_path / "newer.sqlite3"
    shutil.copy(path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = backup.list_backups(path)
    with pytest.raises(BackupFailed, match="made by a newer Delegation Planner"):
        backup.restore(path, newer, known_revisions={"0001", "0002"})
    assert visit_keys(path) == [DEMO]
    assert backup.list_backups(path) == before


def test_a_daily_backup_that_cannot_be_made_does_not_stop_the_work(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()

    def full_disk(source: Path, target: Path) -> None:
        raise BackupFailed(f"{target}: No space left on device")

    monkeypatch.setattr(backup, "copy_database", full_disk)
    database = open_database(db_path)  # opens anyway; the failure is logged
    database.close()


def test_a_database_too_damaged_to_read_can_still_be_restored(tmp_path: Path) -> None:
    good = tmp_path / "good.sqlite3"
    database = open_database(good)
    Planner(database).add_demo()
    database.close()
    saved = backup.make_backup(good, "manual")
    live = tmp_path / "live.sqlite3"
    live.write_bytes(b"\x00" * 4096)  # its header destroyed
    backup.restore(live, saved)
    assert visit_keys(live) == [DEMO]
    (raw,) = backup.list_backups(live, "before-restore")
    assert raw.read_bytes() == b"\x00" * 4096
