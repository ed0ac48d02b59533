"""A process killed at any moment leaves a database that opens, is intact, and holds each
import whole or not at all."""

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

KILLS = 50
EVENTS = 60
HELPER = Path(__file__).parent.parent / "helpers" / "import_forever.py"
ROOT = Path(__file__).parent.parent.parent


def test_killing_an_import_at_random_moments_loses_nothing_and_leaves_no_half(
    tmp_path: Path,
) -> None:
    database = tmp_path / "killed.sqlite3"
    open_database(database).close()
    visit = tmp_path / "big.visit.json"
    visit.write_bytes(visit_file_bytes(large_plan(40, EVENTS)))
    chance = random.Random(20250604)
    committed: set[str] = set()
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(HELPER), str(database), str(visit), f"run{run}"],
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
            reported = {line.strip() for line in child.stdout}
        child.wait()
        committed |= reported
        with sqlite3.connect(database) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            counts = dict(
                connection.execute(
                    "SELECT visit.key, count(event.id) FROM visit"
                    " LEFT JOIN event ON event.visit_id = visit.id GROUP BY visit.key"
                ).fetchall()
            )
        assert set(counts.values()) <= {EVENTS}  # every visit whole: no half import
        assert committed <= set(counts)  # every import the child saw commit is there
    assert len(counts) >= 10  # the kills did land both inside and between imports
    open_database(database).close()
