"""A process killed at any moment leaves a database that opens, is intact, and holds each
import whole or not at all: visit files and delegation lists alike."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.visit_file import large_plan
from planner.store.database import open_database
from planner.visitfile import visit_file_bytes
from tests.helpers.lists import csv_text

KILLS = 50
EVENTS = 60
LISTED = 40
HELPER = Path(__file__).parent.parent / "helpers" / "import_forever.py"
ROOT = Path(__file__).parent.parent.parent


def contents(database: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Events and people of every visit, after checking the file is intact."""
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        events = dict(
            connection.execute(
                "SELECT visit.key, count(event.id) FROM visit"
                " LEFT JOIN event ON event.visit_id = visit.id GROUP BY visit.key"
            ).fetchall()
        )
        people = dict(
            connection.execute(
                "SELECT visit.key, count(member.id) FROM visit"
                " LEFT JOIN member ON member.visit_id = visit.id GROUP BY visit.key"
            ).fetchall()
        )
    return events, people


def test_killing_imports_at_random_moments_loses_nothing_and_leaves_no_half(
    tmp_path: Path,
) -> None:
    database = tmp_path / "killed.sqlite3"
    open_database(database).close()
    visit = tmp_path / "big.visit.json"
    visit.write_bytes(visit_file_bytes(large_plan(40, EVENTS)))
    people = tmp_path / "delegation.csv"
    people.write_bytes(
        csv_text(
            ["Name", "Title"], [[f"Member{i} DELEGATE", "Adviser"] for i in range(LISTED)]
        ).encode()
    )
    chance = random.Random(20250604)
    committed: set[str] = set()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(HELPER), str(database), str(visit), str(people), f"run{run}"],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(chance.uniform(0.0, 0.4))  # somewhere inside an import, or between two
        child.send_signal(signal.SIGKILL)
        with child.stdout:
            committed |= {line.strip() for line in child.stdout}
        child.wait()
        events, listed = contents(database)
        visits = {key for key in events if int(key.rsplit("-", 1)[1]) % 2 == 0}
        lists = set(events) - visits
        assert {events[key] for key in visits} <= {EVENTS}  # every visit whole, never half
        assert {listed[key] for key in lists} <= {0, LISTED}  # every list whole, or none
        assert committed <= set(events)  # every import the child saw commit is there
        assert all(listed[key] == LISTED for key in committed & lists)
    assert len(visits) >= 5  # the kills landed inside imports and between them
    assert any(listed[key] == LISTED for key in lists)
    open_database(database).close()
