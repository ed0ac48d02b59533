"""Time to the first painted window, beside a bare PySide6 QMainWindow program (the floor);
then the time from that paint to the last visit's programme shown, beside loading it alone.

.venv/bin/python -m benchmarks.startup [RUNS] [--as-is]

Each program runs in its own process under QT_QPA_PLATFORM=offscreen, RUNS times (default 7,
interleaved), with its settings in a fresh folder. The app is `python -m planner --db X gui`
with PLANNER_EXIT_AFTER_PAINT=1: it prints the wall-clock time of its first paint and quits
(planner/app.py). The figure is that time minus the time the process was started; the median
is printed beside the floor's median as a ratio (the goal: ≤ 2×). It runs on the demo database
and on one of ten visits of 2,000 events each (400 people, 12 participants per event),
generated once in a temporary folder. It also lists what the app imports before its first
paint, and says whether Alembic, openpyxl, icalendar or the PDF code are among them.

Every program runs with its bytecode cached (in a temporary PYTHONPYCACHEPREFIX, written by
the warm-up run), as an installed app has it: an environment with PYTHONDONTWRITEBYTECODE=1
would otherwise compile the planner's sources at every start, which no user's does. With
--as-is the environment is left as it is.

The visit: with PLANNER_EXIT_AFTER_PAINT=visit the app runs on until the window has painted
its visit too (on the 20,000-event database, a visit of 2,000 events), and prints when, and
the longest the event loop went without turning meanwhile (how long a click would wait).
Its floor is the data work alone, in a fresh process: import the services, open the
database, list its visits, load the first and check it.
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
LOAD_ALONE = """
import sys, time
began = time.perf_counter()
from pathlib import Path
from planner.domain.checks import check_visit
from planner.services import Planner
planner = Planner.open(Path(sys.argv[1]), backups=False)
check_visit(planner.plan(planner.visits()[0].key))
print(f"loaded in {time.perf_counter() - began:.6f}", flush=True)
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


def environment(home: Path, *, as_is: bool = False) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PLANNER_EXIT_AFTER_PAINT="1")
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env.pop("PLANNER_DB", None)  # the database is chosen with --db
    if not as_is:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "bytecode")
    return env


def printed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """The figures printed as `<what> <number>` lines (`painted at <time>`, `longest stall
    <ms> ms`...), by what they are."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found: dict[str, float] = {}
    for line in done.stdout.splitlines():
        what, _, value = line.removesuffix(" ms").rpartition(" ")
        try:
            found[what] = float(value)
        except ValueError:
            continue
    return found


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


def visit_after_paint(summit: Path, env: dict[str, str], runs: int) -> None:
    """From the first paint to the first visit's programme painted, beside loading it alone."""
    shown_env = dict(env, PLANNER_EXIT_AFTER_PAINT="visit")
    command = app_command(summit)
    alone = [sys.executable, "-c", LOAD_ALONE, str(summit)]
    printed(command, shown_env)  # warm
    after, opened, stalls, stalls_after, floors = [], [], [], [], []
    for _ in range(runs):
        figures = printed(command, shown_env)
        after.append(figures["visit shown at"] - figures["painted at"])
        opened.append(figures["database open at"] - figures["painted at"])
        stalls.append(figures["longest stall"] / 1000)
        stalls_after.append(figures["longest stall after"] / 1000)
        floors.append(printed(alone, env)["loaded in"])
    floor, median = statistics.median(floors), statistics.median(after)
    print(f"the first visit ({EVENTS} events) after the first paint, median of {runs} runs:")
    print(f"  {'loading and checking it alone (floor)':<44}{floor * 1000:8.0f} ms  1.00× the floor")
    print(
        f"  {'painted in the window, after its first paint':<44}{median * 1000:8.0f} ms  ", end=""
    )
    print(f"{median / floor:5.2f}× the floor (goal: ≤ 500 ms)")
    print(
        "  longest the event loop did not turn meanwhile: median "
        f"{statistics.median(stalls) * 1000:.0f}"
        f" ms, at most {max(stalls) * 1000:.0f} ms"
    )
    print(
        f"  then the database open (SQLAlchemy loaded), {statistics.median(opened) * 1000:.0f} "
        "ms after the first paint; the longest the event loop did not turn until then: median "
        f"{statistics.median(stalls_after) * 1000:.0f} ms, at most "
        f"{max(stalls_after) * 1000:.0f} ms"
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
    numbers = [argument for argument in sys.argv[1:] if argument.isdigit()]
    runs = int(numbers[0]) if numbers else 7
    as_is = "--as-is" in sys.argv[1:]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        demo, summit = make_databases(folder)
        env = environment(folder, as_is=as_is)
        print("bytecode: as the environment has it" if as_is else "bytecode: cached, as installed")
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
        visit_after_paint(summit, env, runs)


if __name__ == "__main__":
    main()
