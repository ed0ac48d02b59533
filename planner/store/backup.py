"""Consistent copies of the database with SQLite's backup API, kept beside it, and restoring one."""

import os
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from planner.domain.errors import PlannerError

KEEP = 10
SUFFIX = ".sqlite3"
# Routine copies are trimmed to the newest KEEP of each kind; copies made before a schema
# upgrade or a restore are the only way back from those, and are never deleted here.
TRIMMED = ("daily", "manual")


class BackupFailed(PlannerError):
    """A backup could not be made or restored; the message says why. Nothing was replaced."""


def backup_folder(database: Path) -> Path:
    """Backups live beside the database: `planner.sqlite3` → `planner-backups/`."""
    return database.parent / f"{database.stem}-backups"


def list_backups(database: Path, reason: str | None = None) -> list[Path]:
    """Newest first (by when they were written), optionally only those made for `reason`."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = f"{database.stem}-*-{reason}*{SUFFIX}" if reason else f"{database.stem}-*{SUFFIX}"
    return sorted(folder.glob(pattern), key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


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
                verdict = writer.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                writer.close()
        if verdict != "ok":  # a damaged copy must not push good ones out of the folder
            raise BackupFailed(
                f"{source}: the database is damaged ({verdict}); "
                "no backup was made. Restore an earlier backup."
            )
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
    if reason in TRIMMED:
        for old in list_backups(database, reason)[keep:]:
            old.unlink(missing_ok=True)
    return target


def backup_if_none_today(database: Path, *, now: datetime | None = None) -> Path | None:
    """The once-a-day copy made when the database is opened."""
    today = (now or datetime.now()).strftime("%Y%m%d")
    if any(path.name.startswith(f"{database.stem}-{today}") for path in list_backups(database)):
        return None
    return make_backup(database, "daily", now=now)


def check_is_database(path: Path, known_revisions: set[str] | None = None) -> None:
    """Refuse a file that is not an intact database of visits this program can read."""
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
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in tables
                else None
            )
    except sqlite3.DatabaseError as error:
        raise BackupFailed(f"{path}: not a Delegation Planner database ({error})") from error
    if "visit" not in tables or revision is None:
        raise BackupFailed(f"{path}: not a Delegation Planner database (no visits in it)")
    if known_revisions is not None and revision[0] not in known_revisions:
        raise BackupFailed(
            f"{path}: made by a newer Delegation Planner (schema {revision[0]}); "
            "update the program to restore it"
        )


def restore(
    database: Path,
    backup: Path,
    *,
    known_revisions: set[str] | None = None,
    now: datetime | None = None,
) -> Path:
    """Put a backup in the database's place, keeping a backup of what it replaces.

    The backup is checked whole first; nothing is replaced if it is damaged, not ours, or
    from a newer version. Returns the safety copy. The database must not be open in this
    process.
    """
    check_is_database(backup, known_revisions)
    safety = _safety_copy(database, now) if database.exists() else None
    try:
        with sqlite3.connect(f"file:{backup}?mode=ro", uri=True) as source:
            target = sqlite3.connect(database)
            try:
                source.backup(target)  # page by page, under the target's own locks
            finally:
                target.close()
    except sqlite3.DatabaseError:
        _replace_file(database, backup)  # the old file is not a database any more
    except sqlite3.Error as error:
        raise BackupFailed(f"{database}: could not be restored from {backup}: {error}") from error
    return safety or backup


def _replace_file(database: Path, backup: Path) -> None:
    """Put a copy of the backup where a file SQLite cannot read stands, with no stale journal."""
    fresh = database.with_name(f".{database.name}.restoring")
    copy_database(backup, fresh)
    for journal in ("-wal", "-shm"):
        Path(f"{database}{journal}").unlink(missing_ok=True)
    os.replace(fresh, database)


def _safety_copy(database: Path, now: datetime | None) -> Path:
    """What a restore replaces; a database too damaged for SQLite to read is copied as bytes."""
    try:
        return make_backup(database, "before-restore", now=now)
    except BackupFailed:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        target = backup_folder(database) / f"{database.stem}-{stamp}-before-restore-raw{SUFFIX}"
        target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        shutil.copyfile(database, target)
        os.chmod(target, 0o600)
        return target
