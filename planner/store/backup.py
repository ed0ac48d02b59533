"""Consistent copies of the database with SQLite's backup API, kept beside it, and restoring one."""

import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from planner.domain.errors import PlannerError

KEEP = 10
SUFFIX = ".sqlite3"


class BackupFailed(PlannerError):
    """A backup could not be made or restored; the message says why. Nothing was replaced."""


def backup_folder(database: Path) -> Path:
    """Backups live beside the database: `planner.sqlite3` → `planner-backups/`."""
    return database.parent / f"{database.stem}-backups"


def list_backups(database: Path) -> list[Path]:
    """Newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*{SUFFIX}"), reverse=True)


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database (WAL and all) into a new owner-only file."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    os.chmod(temporary, 0o600)
    try:
        with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
            writer = sqlite3.connect(temporary)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        os.replace(temporary, target)
    except (sqlite3.Error, OSError) as error:
        Path(temporary).unlink(missing_ok=True)
        raise BackupFailed(f"{source}: could not be copied to {target}: {error}") from error


def make_backup(
    database: Path, reason: str, *, now: datetime | None = None, keep: int = KEEP
) -> Path:
    """A timestamped copy beside the database; only the newest `keep` are kept."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_folder(database)
    target = folder / f"{database.stem}-{stamp}-{reason}{SUFFIX}"
    number = 2
    while target.exists():
        target = folder / f"{database.stem}-{stamp}-{reason}-{number}{SUFFIX}"
        number += 1
    copy_database(database, target)
    for old in list_backups(database)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_if_none_today(database: Path, *, now: datetime | None = None) -> Path | None:
    """The once-a-day copy made when the database is opened."""
    today = (now or datetime.now()).strftime("%Y%m%d")
    if any(path.name.startswith(f"{database.stem}-{today}") for path in list_backups(database)):
        return None
    return make_backup(database, "daily", now=now)


def check_is_database(path: Path) -> None:
    """Refuse a file that is not an SQLite database holding visits."""
    if not path.is_file():
        raise BackupFailed(f"{path}: no such backup file")
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupFailed(f"{path}: the file is damaged (integrity check failed)")
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"{path}: not a Delegation Planner database ({error})") from error
    if "visit" not in tables or "alembic_version" not in tables:
        raise BackupFailed(f"{path}: not a Delegation Planner database (no visits in it)")


def restore(database: Path, backup: Path, *, now: datetime | None = None) -> Path:
    """Put a backup in the database's place, keeping a backup of what it replaces.

    Returns that safety copy. The database must not be open elsewhere in this process.
    """
    check_is_database(backup)
    safety = make_backup(database, "before-restore", now=now) if database.exists() else None
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source:
            target = sqlite3.connect(database)
            try:
                source.backup(target)  # page by page, under the target's own locks
            finally:
                target.close()
    except sqlite3.Error as error:
        raise BackupFailed(f"{database}: could not be restored from {backup}: {error}") from error
    return safety or backup
