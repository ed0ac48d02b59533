"""The visits of a database that opens as it is, read with sqlite3 alone.

Start-up lists the visits, and shows the last one, before SQLAlchemy has loaded
(planner.app, planner.services.Planner.ready). Only a file that
`open_database` would open without changing it is read here: an existing, writable file of
ours at the newest schema. For anything else (a new file, a migration due, another program's
file, a newer program's, a lock, a damaged file) the answer is None, and the caller opens it
the ordinary way, which does what is needed or says what is wrong.

The visits are read by `planner.store.reading`, as the store itself reads them.
"""

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from planner.domain.errors import PlannerError
from planner.domain.model import Visit, VisitPlan
from planner.store import reading
from planner.store.database import head_revision

T = TypeVar("T")
WAIT_SECONDS = 0.1  # a database busy for longer is left to the ordinary open, which waits


def ready_visits(path: Path) -> list[Visit] | None:
    """The visits in a database that is ready to use as it is, ordered as the store lists
    them; None when opening it takes more than reading it (see the module's docstring)."""
    return _read(path, reading.read_visits)


def ready_plan(path: Path, key: str) -> VisitPlan | None:
    """A visit of a database that is ready to use as it is, as the store loads it; None if
    the file is not ready to use as it is, or holds no such visit (the ordinary open, then
    the ordinary load, says which)."""
    return _read(path, lambda connection: reading.read_plan(connection, key))


def _read(path: Path, read: Callable[[sqlite3.Connection], T]) -> T | None:
    path = path.expanduser().absolute()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        if not (os.access(path, os.R_OK | os.W_OK) and os.access(path.parent, os.W_OK)):
            return None  # the ordinary open says what is wrong with it
        # Read-write (never creating) but with writes refused: as the last connection to
        # close, it tidies the WAL files away like any other, where a read-only one cannot.
        connection = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=WAIT_SECONDS)
        try:
            connection.execute("PRAGMA query_only = ON")
            revisions = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revisions != [(head_revision(),)]:
                return None
            with connection:  # one read transaction: the visit as it stands at one moment
                connection.execute("BEGIN")
                return read(connection)
        finally:
            connection.close()
    except (OSError, sqlite3.Error, ValueError, TypeError, KeyError, PlannerError):
        return None
