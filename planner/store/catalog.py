"""The visit list of a database that opens as it is, read with sqlite3 alone.

Start-up lists the visits before SQLAlchemy has loaded (planner.app). Only a file that
`open_database` would open without changing it is read here: an existing, writable file of
ours at the newest schema. For anything else (a new file, a migration due, another program's
file, a newer program's, a lock, a damaged file) the answer is None, and the caller opens it
the ordinary way, which does what is needed or says what is wrong.

The rows become `Visit`s as `planner.store.visits` makes them; a test holds the two to the
same list.
"""

import os
import sqlite3
from datetime import date
from pathlib import Path

from planner.domain.model import Organizer, Visit
from planner.domain.vocab import Direction, VisitKind
from planner.store.database import head_revision

COLUMNS = (
    "key, title, direction, kind, host_country, guest_country, start_date, end_date, "
    "timezone, organizer_name, organizer_email, notes, version"
)
WAIT_SECONDS = 0.1  # a database busy for longer is left to the ordinary open, which waits


def ready_visits(path: Path) -> list[Visit] | None:
    """The visits in a database that is ready to use as it is, ordered as the store lists
    them; None when opening it takes more than reading it (see the module's docstring)."""
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
            rows = connection.execute(f"SELECT {COLUMNS} FROM visit ORDER BY start_date, key")
            visits = [_visit(row) for row in rows]
        finally:
            connection.close()
        return visits
    except (OSError, sqlite3.Error, ValueError, TypeError):
        return None


def _visit(row: tuple[object, ...]) -> Visit:
    """A row as the store makes it; a value of an unexpected type raises TypeError."""
    (key, title, direction, kind, host, guest, start, end, zone, name, email, notes, version) = row
    if not isinstance(version, int):
        raise TypeError(f"visit {key!r}: version {version!r}")
    return Visit(
        key=_text(key),
        title=_text(title),
        direction=Direction(_text(direction)),
        kind=VisitKind(_text(kind)),
        host_country=_text(host),
        guest_country=_text(guest),
        start_date=date.fromisoformat(_text(start)),
        end_date=date.fromisoformat(_text(end)),
        timezone=_text(zone),
        organizer=None if name is None else Organizer(_text(name), _optional(email)),
        notes=_optional(notes),
        version=version,
    )


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {value!r}")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else _text(value)
