"""How long a large visit takes to read, store, load and write. Prints figures; asserts nothing.

.venv/bin/python benchmarks/visit_file.py [PEOPLE] [EVENTS]
"""

import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TypeVar

from planner.domain import zones
from planner.domain.edits import update_event
from planner.domain.model import Event, Participant, Person, Venue, Visit, VisitPlan
from planner.domain.vocab import DelegationRole, Direction, EventKind, Side
from planner.services import Planner
from planner.store.database import open_database
from planner.visitfile import read_visit_file, visit_file_bytes

T = TypeVar("T")


def large_plan(people: int, events: int) -> VisitPlan:
    visit = Visit(
        "bench",
        "Benchmark visit",
        Direction.INBOUND,
        "TW",
        "MH",
        date(2025, 6, 2),
        date(2025, 6, 30),
        "Asia/Taipei",
    )
    persons = tuple(
        Person(
            f"p{i}",
            f"Given{i}",
            f"Family{i}",
            "Title",
            "MH" if i % 2 else "TW",
            Side.GUEST if i % 2 else Side.HOST,
            DelegationRole.MEMBER,
            i // 2 + 1,
            native_name="蔡明彥",
        )
        for i in range(people)
    )
    venues = tuple(Venue(f"v{i}", f"Venue {i}", "Asia/Taipei") for i in range(20))
    start = zones.to_instant(datetime(2025, 6, 2, 8, 0), "Asia/Taipei")
    programme = tuple(
        Event(
            f"e{i}",
            EventKind.MEETING,
            f"Meeting {i}",
            start + timedelta(minutes=40 * i),
            start + timedelta(minutes=40 * i + 30),
            "Asia/Taipei",
            venue=f"v{i % 20}",
            participants=tuple(Participant(f"p{(i + j) % people}") for j in range(12)),
        )
        for i in range(events)
    )
    return VisitPlan(visit, persons, venues, programme)


def timed(label: str, action: Callable[[], T]) -> T:
    began = time.perf_counter()
    result = action()
    print(f"{label:<28}{(time.perf_counter() - began) * 1000:10.1f} ms")
    return result


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    plan = large_plan(people, events)
    print(f"visit with {people} people, {events} events, 12 participants each")
    data = timed("write visit file", lambda: visit_file_bytes(plan))
    print(f"{'file size':<28}{len(data) / 1024:10.1f} KiB")
    read = timed("read and check visit file", lambda: read_visit_file(data))
    with tempfile.TemporaryDirectory() as folder:
        database = timed("open new database", lambda: open_database(Path(folder) / "b.sqlite3"))
        planner = Planner(database)
        timed("store visit", lambda: planner.add_plan(read))
        timed("load visit", lambda: planner.plan("bench"))
        timed("load + programme as text", lambda: planner.programme_text("bench"))
        stored = planner.plan("bench")
        moved = stored.events[0]
        edited = update_event(stored, replace(moved, title=moved.title + " (moved)"))
        timed("save one edited event", lambda: planner.save_plan(edited, expected=stored))
        database.close()


if __name__ == "__main__":
    main()
