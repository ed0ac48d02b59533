"""SQLite refusing the work (busy, locked, full, read-only) as a planner error naming the file.

The one place outside the stores' own code that knows SQLAlchemy's exceptions, so the layers
above it never import SQLAlchemy. It loads SQLAlchemy only once a database is in use, so
that naming it (planner.services does) costs start-up nothing.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from planner.domain.errors import PlannerError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.store.database import Database


class DatabaseRefused(PlannerError):
    """SQLite could not do the work; nothing of it was kept."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.reason = reason

    @property
    def busy(self) -> bool:
        """Another program held the database for longer than the busy timeout."""
        return "locked" in self.reason or "busy" in self.reason


@contextmanager
def refusals_raised(path: Path) -> Iterator[None]:
    """Turn SQLite's refusal inside the block into DatabaseRefused."""
    from sqlalchemy.exc import OperationalError  # loaded already: a database is open

    try:
        yield
    except OperationalError as error:
        raise DatabaseRefused(path, str(error.orig)) from error


@contextmanager
def transaction(database: "Database") -> Iterator["Session"]:
    """`database.transaction()`, with SQLite's refusal raised as DatabaseRefused."""
    with refusals_raised(database.path), database.transaction() as session:
        yield session
