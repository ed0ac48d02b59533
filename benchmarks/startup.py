"""Time to the first painted window, beside a bare PySide6 QMainWindow program (the floor).

.venv/bin/python -m benchmarks.startup [RUNS]

Each program runs in its own process under QT_QPA_PLATFORM=offscreen, RUNS times (default 7,
interleaved), with its settings in a fresh folder. The app is `python -m planner --db X gui`
with PLANNER_EXIT_AFTER_PAINT=1: it prints the wall-clock time of its first paint and quits
(planner/app.py). The figure is that time minus the time the process was started; the median
is printed beside the floor's median as a ratio (the goal: ≤ 2×). It runs on the demo database
and on one of ten visits of 2,000 events each (400 people, 12 participants per event),
generated once in a temporary folder. It also lists what the app imports before its first
paint, and says whether Alembic, openpyxl, icalendar or the PDF code are among them.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from benchmarks.visit_file import large_plan
from planner.domain.checks import check_visit
from planner.services import Planner

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class ExitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            app.removeEventFilter(self)
            QTimer.singleShot(0, self.finish)
        return False

    def finish(self):
        print(f"painted at {time.time():.6f}", flush=True)
        app.quit()

app = QApplication(sys.argv[:1])
first_paint = ExitAfterPaint()
app.installEventFilter(first_paint)
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
VISITS, EVENTS, PEOPLE = 10, 2000, 400
NOT_BEFORE_PAINT = (
    "alembic",
    "openpyxl",
    "icalendar",
    "planner.export.pdf",
    "planner.export.ics",
    "planner.peoplefile",
    "planner.visitfile",
)


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_EXIT_AFTER_PAINT="1")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("PLANNER_DB", None)  # the database is chosen with --db
    return env


def to_first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its first paint."""
    started = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    painted = [line for line in done.stdout.splitlines() if line.startswith("painted at ")]
    if not painted:
        raise SystemExit(f"{command}: no paint reported\n{done.stdout}\n{done.stderr}")
    return float(painted[-1].removeprefix("painted at ")) - started


def app_command(database: Path, *options: str) -> list[str]:
    return [sys.executable, *options, "-m", "planner", "--db", str(database), "gui"]


def make_databases(folder: Path) -> tuple[Path, Path]:
    demo = folder / "demo.sqlite3"
    planner = Planner.open(demo)
    planner.add_demo()
    planner.close()
    summit = folder / "summit.sqlite3"
    planner = Planner.open(summit)
    plan = large_plan(PEOPLE, EVENTS)
    began = time.perf_counter()
    for number in range(VISITS):
        visit = replace(plan.visit, key=f"summit-{number:02}", title=f"Summit {number}")
        planner.add_plan(replace(plan, visit=visit))
    print(f"generated {VISITS} visits of {EVENTS} events in {time.perf_counter() - began:.1f} s")
    planner.close()
    return demo, summit


def loading_a_large_visit(summit: Path) -> None:
    """What opening the window's first visit costs in the 20,000-event database."""
    planner = Planner.open(summit, backups=False)
    key = planner.visits()[0].key
    loads, checks = [], []
    for _ in range(3):
        began = time.perf_counter()
        plan = planner.plan(key)
        loads.append(time.perf_counter() - began)
        began = time.perf_counter()
        check_visit(plan)
        checks.append(time.perf_counter() - began)
    planner.close()
    print(
        f"its first visit ({EVENTS} events), median of 3: loaded in "
        f"{statistics.median(loads) * 1000:.0f} ms, checked in "
        f"{statistics.median(checks) * 1000:.0f} ms (before the first paint today)"
    )


def imports_before_paint(database: Path, env: dict[str, str]) -> None:
    done = subprocess.run(
        app_command(database, "-X", "importtime"), env=env, capture_output=True, text=True
    )
    modules = [
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line and "self [us]" not in line
    ]
    outside = sorted(
        {
            ".".join(module.split(".")[:2])
            if module.startswith("planner.")
            else module.split(".")[0]
            for module in modules
            if module.split(".")[0] not in sys.stdlib_module_names and not module.startswith("_")
        }
    )
    print(f"imported before the first paint: {len(modules)} modules; beyond the standard library:")
    print(f"  {', '.join(outside)}")
    found = [m for m in NOT_BEFORE_PAINT if any(x == m or x.startswith(m + ".") for x in modules)]
    if found:
        print(f"  NOT WANTED before the first paint: {', '.join(found)}")
    else:
        print(f"  none of {', '.join(NOT_BEFORE_PAINT)} (no migration due)")


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        demo, summit = make_databases(folder)
        env = environment(folder)
        programs = {
            "bare PySide6 QMainWindow (floor)": [sys.executable, "-c", BARE_WINDOW],
            "planner gui, demo database": app_command(demo),
            f"planner gui, {VISITS * EVENTS:,} events": app_command(summit),
        }
        for command in programs.values():  # warm the file cache; today's backups are made
            to_first_paint(command, env)
        times: dict[str, list[float]] = {label: [] for label in programs}
        for _ in range(runs):
            for label, command in programs.items():
                times[label].append(to_first_paint(command, env))
        floor = statistics.median(next(iter(times.values())))
        print(f"time to the first painted window, median of {runs} runs:")
        for label, measured in times.items():
            median = statistics.median(measured)
            print(f"  {label:<36}{median * 1000:8.0f} ms  {median / floor:5.2f}× the floor")
        imports_before_paint(demo, env)
        loading_a_large_visit(summit)


if __name__ == "__main__":
    main()
