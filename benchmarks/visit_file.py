"""How long a large visit takes to read, store, load and write. Prints figures; asserts nothing.

.venv/bin/python benchmarks/visit_file.py [PEOPLE] [EVENTS]
"""

import json
import sqlite3
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
from planner.visitfile import read_visit_file, visit_file_bytes, visit_file_document

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


def measure(action: Callable[[], T]) -> tuple[T, float]:
    began = time.perf_counter()
    result = action()
    return result, time.perf_counter() - began


def report(label: str, seconds: float, floor_label: str, floor: float) -> None:
    """A figure beside its floor, measured in the same run, and their ratio."""
    print(
        f"{label:<26}{seconds * 1000:9.1f} ms   {floor_label:<34}{floor * 1000:8.1f} ms"
        f"   ×{seconds / floor:6.1f}"
    )


def raw_sqlite(folder: Path, plan: VisitPlan) -> dict[str, float]:
    """The floors: the same rows stored, read back and one of them changed with the sqlite3
    module alone, one transaction each, in a file of the same kind (WAL)."""
    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.executescript(
        "CREATE TABLE person (id INTEGER PRIMARY KEY, key TEXT, given TEXT, family TEXT,"
        " native TEXT, title TEXT, country TEXT, side TEXT, precedence INTEGER);"
        "CREATE TABLE event (id INTEGER PRIMARY KEY, key TEXT, title TEXT, starts TEXT,"
        " ends TEXT, zone TEXT, venue TEXT);"
        "CREATE TABLE participant (event INTEGER, person INTEGER, role TEXT, position INTEGER);"
    )
    people = [
        (
            n,
            p.key,
            p.given_name,
            p.family_name,
            p.native_name,
            p.title,
            p.country,
            p.side.value,
            p.precedence,
        )
        for n, p in enumerate(plan.people)
    ]
    number = {p.key: n for n, p in enumerate(plan.people)}
    events = [
        (n, e.key, e.title, e.start.isoformat(), e.end.isoformat(), e.timezone, e.venue)
        for n, e in enumerate(plan.events)
    ]
    participants = [
        (n, number[p.person], p.role.value, position)
        for n, e in enumerate(plan.events)
        for position, p in enumerate(e.participants)
    ]

    def store() -> None:
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO person VALUES (?,?,?,?,?,?,?,?,?)", people)
        connection.executemany("INSERT INTO event VALUES (?,?,?,?,?,?,?)", events)
        connection.executemany("INSERT INTO participant VALUES (?,?,?,?)", participants)
        connection.execute("COMMIT")

    def load() -> None:
        for table in ("person", "event", "participant"):
            connection.execute(f"SELECT * FROM {table}").fetchall()

    def save_one() -> None:
        connection.execute("BEGIN")
        connection.execute("UPDATE event SET title = title || ' (moved)' WHERE id = 0")
        connection.execute("COMMIT")

    floors = {
        name: measure(action)[1]
        for name, action in (("store", store), ("load", load), ("save", save_one))
    }
    connection.close()
    return floors


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 400
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    plan = large_plan(people, events)
    print(f"visit with {people} people, {events} events, 12 participants each")
    document = visit_file_document(plan)
    data, write = measure(lambda: visit_file_bytes(plan))
    _, dumps = measure(lambda: json.dumps(document, ensure_ascii=False, indent=2))
    report("write visit file", write, "floor: json.dumps of the same", dumps)
    read, reading = measure(lambda: read_visit_file(data))
    _, loads = measure(lambda: json.loads(data))
    report("read and check visit file", reading, "floor: json.loads of the file", loads)
    with tempfile.TemporaryDirectory() as folder:
        floors = raw_sqlite(Path(folder), plan)
        database = open_database(Path(folder) / "b.sqlite3", backups=False)
        planner = Planner(database)
        _, storing = measure(lambda: planner.add_plan(read))
        report("store visit", storing, "floor: raw sqlite3, same rows", floors["store"])
        print(f"{'store ÷ read and check':<26}{storing / reading:9.1f} ×   (target: at most 2)")
        _, loading = measure(lambda: planner.plan("bench"))
        report("load visit", loading, "floor: raw sqlite3 reads them", floors["load"])
        stored = planner.plan("bench")
        moved = stored.events[0]
        edited = update_event(stored, replace(moved, title=moved.title + " (moved)"))
        _, saving = measure(lambda: planner.save_plan(edited, expected=stored))
        report("save one edited event", saving, "floor: raw sqlite3 UPDATE", floors["save"])
        database.close()


if __name__ == "__main__":
    main()
