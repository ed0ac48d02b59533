"""What one edit costs to save, by the size of the visit. Prints figures; asserts nothing.

.venv/bin/python -m benchmarks.save [RUNS]

A 1,000-item visit (400 people, 12 at each item, one signing) and an 80-item one (40 people)
are stored; then each kind of edit is saved RUNS times (default 15), each from the plan the
previous save returned, as the window does: an item retitled, a person's post changed, a
venue renamed (its items' calendar entries change with it), a signatory's turn swapped, and
the undo and redo of an item moved by an hour. Each figure is the median, printed beside the
same edit in the 80-item visit and beside the floor: the sqlite3 module alone changing one
row in one transaction, measured in the same run.
"""

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from benchmarks.visit_file import large_plan
from planner.domain import edits
from planner.domain.model import Event, Signatory, Signing, VisitPlan
from planner.domain.vocab import EventKind, ParticipantRole, SigningAuthority
from planner.services import Planner
from planner.store.database import open_database

Edit = Callable[[VisitPlan, int], VisitPlan]


def with_signing(plan: VisitPlan) -> VisitPlan:
    """The first item made a signing by two of its people, as at a state visit."""
    first = plan.events[0]
    signers = [p.person for p in first.participants[:2]]
    participants = tuple(
        replace(p, role=ParticipantRole.SIGNATORY) if p.person in signers else p
        for p in first.participants
    )
    signatories = tuple(
        Signatory(key, plan.person(key).country, turn, SigningAuthority.EX_OFFICIO)
        for turn, key in enumerate(signers, start=1)
    )
    signing = replace(
        first,
        kind=EventKind.SIGNING,
        participants=participants,
        signing=Signing(signatories=signatories),
    )
    return edits.update_event(plan, signing)


def retitle_item(plan: VisitPlan, run: int) -> VisitPlan:
    item = plan.events[1 + run % 50]
    return edits.update_event(plan, replace(item, title=f"{item.title} ({run})"))


def change_post(plan: VisitPlan, run: int) -> VisitPlan:
    person = plan.people[run % 20]
    return edits.update_person(plan, replace(person, title=f"Counsellor ({run})"))


def rename_venue(plan: VisitPlan, run: int) -> VisitPlan:
    venue = plan.venues[run % len(plan.venues)]
    return edits.update_venue(plan, replace(venue, name=f"{venue.name} ({run})"))


def swap_turns(plan: VisitPlan, run: int) -> VisitPlan:
    item = next(e for e in plan.events if e.signing is not None)
    assert item.signing is not None
    first, second = item.signing.signatories
    swapped = (replace(first, order=second.order), replace(second, order=first.order))
    return edits.update_event(
        plan, replace(item, signing=replace(item.signing, signatories=swapped))
    )


def moved(item: Event) -> Event:
    hour = timedelta(hours=1)
    return replace(item, start=item.start + hour, end=item.end + hour)


EDITS: dict[str, Edit] = {
    "retitle an item": retitle_item,
    "change a person's post": change_post,
    "rename a venue": rename_venue,
    "swap two signatories": swap_turns,
}


def timed_save(planner: Planner, plan: VisitPlan, expected: VisitPlan) -> tuple[VisitPlan, float]:
    began = time.perf_counter()
    saved = planner.save_plan(plan, expected=expected)
    return saved, time.perf_counter() - began


def medians(planner: Planner, runs: int) -> dict[str, float]:
    """The median time of each kind of save, each from the plan the last save returned."""
    plan = planner.plan("bench")
    figures: dict[str, float] = {}
    for name, edit in EDITS.items():
        times = []
        for run in range(runs):
            plan, seconds = timed_save(planner, edit(plan, run), plan)
            times.append(seconds)
        figures[name] = statistics.median(times)
    undo, redo = [], []
    for run in range(runs):
        item = plan.events[1 + run % 50]
        before = plan
        after, _ = timed_save(planner, edits.update_event(before, moved(item)), before)
        undone, seconds = timed_save(planner, before, after)
        undo.append(seconds)
        plan, seconds = timed_save(planner, edits.update_event(undone, moved(item)), undone)
        redo.append(seconds)
    figures["undo a moved item"] = statistics.median(undo)
    figures["redo it"] = statistics.median(redo)
    return figures


def sqlite_floor(folder: Path, runs: int) -> float:
    """One row changed in one transaction with the sqlite3 module alone, in a WAL file."""
    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, title TEXT)")
    connection.executemany(
        "INSERT INTO event VALUES (?, ?)", ((n, f"Meeting {n}") for n in range(1000))
    )
    times = []
    for run in range(runs):
        began = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("UPDATE event SET title = ? WHERE id = ?", (f"Meeting ({run})", run))
        connection.execute("COMMIT")
        times.append(time.perf_counter() - began)
    connection.close()
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        results = {}
        for people, events in ((400, 1000), (40, 80)):
            database = open_database(folder / f"v{events}.sqlite3", backups=False)
            planner = Planner(database)
            planner.add_plan(with_signing(large_plan(people, events)))
            results[events] = medians(planner, runs)
            database.close()
        floor = sqlite_floor(folder, runs)
    print(f"saving one edit, median of {runs}; floor: raw sqlite3 UPDATE of one row", end="")
    print(f", {floor * 1000:.2f} ms")
    print(f"{'edit':<24}{'1,000 items':>12}{'80 items':>10}{'ratio':>8}{'÷ floor':>10}")
    for name, seconds in results[1000].items():
        small = results[80][name]
        print(
            f"{name:<24}{seconds * 1000:9.1f} ms{small * 1000:7.1f} ms"
            f"{seconds / small:7.1f}×{seconds / floor:9.0f}×"
        )
    print("target: at most 30 ms at 1,000 items, and at most 2× the 80-item save")
    print("(a venue holds 50 of the 1,000 items and 4 of the 80: renaming it revises each")
    print(" of their calendar entries, so that save follows the 50 items it changes)")


if __name__ == "__main__":
    main()
