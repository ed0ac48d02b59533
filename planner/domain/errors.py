"""Errors a user can cause and read: each says what is wrong and where."""

from dataclasses import dataclass


class PlannerError(Exception):
    """An expected failure with a message meant for the person at the keyboard."""


class UnknownVisit(PlannerError):
    def __init__(self, key: str) -> None:
        super().__init__(f"no visit with key {key!r} in this database")
        self.key = key


class DuplicateVisit(PlannerError):
    def __init__(self, key: str) -> None:
        super().__init__(f"a visit with key {key!r} is already in this database")
        self.key = key


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a document, at a JSON path such as `$.events[3].start`."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class UnknownEvent(PlannerError):
    def __init__(self, visit_key: str, event_key: str) -> None:
        super().__init__(f"no event with key {event_key!r} in visit {visit_key!r}")


class UnknownPerson(PlannerError):
    def __init__(self, visit_key: str, person_key: str) -> None:
        super().__init__(f"no person with key {person_key!r} in visit {visit_key!r}")


class SaveFailed(PlannerError):
    """An edit could not be saved; nothing of it was."""


class ConcurrentChange(SaveFailed):
    def __init__(self, title: str) -> None:
        super().__init__(
            f"“{title}” was changed in another window or program since it was opened here. "
            "It has been reloaded as it is now saved; please make your change again."
        )


class InvalidVisitFile(PlannerError):
    """A visit file with one or more mistakes; nothing was imported."""

    def __init__(self, problems: list[Problem], source: str = "visit file") -> None:
        self.problems = problems
        self.source = source
        count = len(problems)
        lines = [f"{source}: {count} problem{'s' if count != 1 else ''}, nothing imported:"]
        lines += [f"  {problem}" for problem in problems]
        super().__init__("\n".join(lines))
