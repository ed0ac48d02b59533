"""A problem the checks find (planner.domain.checks), as the window and `check` list it;
apart from the checks, so that what shows problems loads without what finds them."""

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Target(StrEnum):
    """What a problem is about, so the window can jump to it."""

    VISIT = "visit"
    PERSON = "person"
    EVENT = "event"
    VENUE = "venue"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    message: str
    target: Target
    key: str
    # Every programme item the problem is about (both items of a clash), to mark them.
    events: tuple[str, ...] = ()

    @property
    def event_keys(self) -> tuple[str, ...]:
        """The items to mark in the programme for this problem."""
        if self.events:
            return self.events
        return (self.key,) if self.target is Target.EVENT else ()

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"
