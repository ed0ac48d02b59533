"""A problem the checks find (planner.domain.checks), as the window and `check` list it;
apart from the checks, so that what shows problems loads without what finds them."""

from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property

from planner.domain.messages import Dates, Message, Translate, english


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Target(StrEnum):
    """What a problem is about, so the window can jump to it."""

    VISIT = "visit"
    PERSON = "person"
    EVENT = "event"
    VENUE = "venue"


@dataclass(frozen=True, eq=False, repr=False)
class Finding:
    """A problem, its message in English (`message`) and in any language (`text`).

    The message is given as a template and its values (planner.domain.messages), written out
    only when it is read: the checks find many more problems than anyone reads at once. Two
    findings are equal when they say the same, worded as a template or not.
    """

    severity: Severity
    wording: str | Message  # the message, or its template and values
    target: Target
    key: str
    # Every programme item the problem is about (both items of a clash), to mark them.
    events: tuple[str, ...] = ()

    @cached_property
    def message(self) -> str:
        """The message in English."""
        wording = self.wording
        return wording if isinstance(wording, str) else wording.text()

    def text(self, translate: Translate = english, dates: Dates | None = None) -> str:
        """The message in the language of `translate`, its days and times written by `dates`
        (see planner.domain.messages)."""
        wording = self.wording
        if isinstance(wording, str) or (translate is english and dates is None):
            return self.message
        return wording.text(translate, dates)

    @property
    def event_keys(self) -> tuple[str, ...]:
        """The items to mark in the programme for this problem."""
        if self.events:
            return self.events
        return (self.key,) if self.target is Target.EVENT else ()

    def _said(self) -> tuple[object, ...]:
        return (self.severity, self.message, self.target, self.key, self.events)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self._said() == other._said()

    def __hash__(self) -> int:
        return hash(self._said())

    def __repr__(self) -> str:
        return (
            f"Finding(severity={self.severity!r}, message={self.message!r}, "
            f"target={self.target!r}, key={self.key!r}, events={self.events!r})"
        )

    def __str__(self) -> str:
        return f"{self.severity}: {self.message}"
