"""Opening the SQLite file: pragmas, owner-only permissions, and migration to the current schema.

SQLAlchemy is imported when a database is opened, not with this module: start-up reads the
schema revision and the visit list before it loads (planner.store.catalog).
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.domain.errors import PlannerError
from planner.store import backup

if TYPE_CHECKING:  # Alembic is imported only when a migration is due (it is slow to load)
    from alembic.config import Config
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


class DatabaseUnusable(PlannerError):
    """The file is not a Delegation Planner database this version can open."""


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # Deleted rows are overwritten with zeros, so a removed person's notes do not linger
    # in free pages of the file or its WAL.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def create_sqlite_engine(path: Path) -> Engine:
    import json
    from functools import partial

    from sqlalchemy import create_engine, event

    # JSON columns (translations, languages) hold their texts as UTF-8, not as \u escapes.
    engine = create_engine(
        f"sqlite:///{path}", json_serializer=partial(json.dumps, ensure_ascii=False)
    )
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


# `revision: str = "0002"` and `down_revision: str | None = "0001"` in a migration script
_REVISION_LINE = re.compile(
    r"""^(?P<name>revision|down_revision)\b[^=\n]*=\s*(?:["'](?P<value>[^"']*)["']|None)""",
    re.MULTILINE,
)


@cache
def _shipped_revisions() -> dict[str, str | None]:
    """Each migration this program ships and the one it follows, read from the scripts' text:
    opening a database that needs no migration does not load Alembic to learn this."""
    follows: dict[str, str | None] = {}
    for script in (MIGRATIONS / "versions").glob("*.py"):
        names = {m["name"]: m["value"] for m in _REVISION_LINE.finditer(script.read_text("utf-8"))}
        if names.get("revision"):
            follows[names["revision"]] = names.get("down_revision")
    return follows


def head_revision() -> str | None:
    """The newest schema revision this program ships (the one no migration follows)."""
    follows = _shipped_revisions()
    heads = set(follows) - set(follows.values())
    return min(heads) if heads else None


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (Alembic's table), None for a new file."""
    with engine.connect() as connection:
        stored = connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if stored is None:
            return None
        revision: str | None = connection.exec_driver_sql(
            "SELECT version_num FROM alembic_version"
        ).scalar()
        return revision


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as connection:
        return (
            connection.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).first()
            is not None
        )


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest revision this program ships."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise DatabaseUnusable(
            f"{engine.url.database}: made by a newer Delegation Planner "
            f"(schema {current}); update the program to open it"
        )
    if current is None and _has_tables(engine):
        raise DatabaseUnusable(
            f"{engine.url.database}: an SQLite file of another program (it has tables but no "
            "Delegation Planner schema); nothing was changed in it"
        )
    if current != head_revision():
        from alembic import command

        command.upgrade(alembic_config(engine), "head")


def known_revisions() -> set[str]:
    return set(_shipped_revisions())


def _backups_before_use(engine: Engine, path: Path) -> None:
    """A copy before an upgrade (or no upgrade); once a day a routine copy, if it can be made."""
    current = current_revision(engine)
    if current is None or current not in known_revisions():
        return  # nothing to keep, or a newer program's file that migrate() will refuse
    if current != head_revision():
        backup.make_backup(path, f"before-schema-{head_revision()}")
        return
    try:
        backup.backup_if_none_today(path)
    except PlannerError as error:  # a full disk or a read-only folder must not stop the work
        logging.getLogger("planner").warning("daily backup not made: %s", error)


def _create_private_file(path: Path) -> None:
    """Create the database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


@dataclass
class Database:
    """An open database file and the sessions that work on it."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed whole at the end, rolled back whole on any error."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, backups: bool = True) -> Database:
    """Open (creating if need be) and migrate a database file.

    With `backups`, an existing file is copied first when its schema is about to be
    upgraded, and once a day on open (the copies live beside it).
    """
    from sqlalchemy.exc import DatabaseError
    from sqlalchemy.orm import sessionmaker

    path = path.expanduser().absolute()
    if path.is_dir():
        raise DatabaseUnusable(f"{path}: is a folder, not a database file")
    existed = path.exists() and path.stat().st_size > 0
    if not path.exists():
        try:
            _create_private_file(path)
        except OSError as error:
            raise DatabaseUnusable(
                f"{path}: cannot create the database: {error.strerror}"
            ) from error
    engine = create_sqlite_engine(path)
    try:
        if backups and existed:
            _backups_before_use(engine, path)
        migrate(engine)
    except DatabaseError as error:
        engine.dispose()
        if "readonly" in str(error.orig) and not os.access(path.parent, os.W_OK):
            raise DatabaseUnusable(
                f"{path}: its folder cannot be written to, and SQLite keeps working files "
                "beside the database; move it to a folder you can write to"
            ) from error
        raise DatabaseUnusable(
            f"{path}: not a database this program can open ({error.orig})"
        ) from error
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, sessionmaker(engine, expire_on_commit=False))
