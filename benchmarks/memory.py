"""Peak memory of the window with a 2,000-item visit open, beside a bare Qt window's.

Each figure is the peak resident size (VmHWM, which starts afresh when a program is executed)
of a process of its own, offscreen, so one does not count the other's. Target: at most
200 MiB with the visit open. Asserts nothing.

.venv/bin/python -m benchmarks.memory [PEOPLE] [EVENTS]
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.visit_file import large_plan

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""

WINDOW = """
import sys
from pathlib import Path
from planner.app import create_application
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow
app = create_application()
planner = Planner(open_database(Path(sys.argv[1]), backups=False))
window = MainWindow(planner)
window.resize(1280, 800)
window.show()
window.refresh_visits("bench")
for page in (window.people, window.programme, window.venues):
    window.tabs.setCurrentWidget(page)
    app.processEvents()
print(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM")))
"""


def peak_mib(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
    )
    return int(result.stdout.strip().splitlines()[-1]) / 1024  # kB


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        from planner.services import Planner
        from planner.store.database import open_database

        database = open_database(path, backups=False)
        Planner(database).add_plan(large_plan(people, events))
        database.close()
        bare = peak_mib(BARE)
        ours = peak_mib(WINDOW, str(path))
    print(f"visit with {people} people, {events} events, 12 participants each")
    print(f"{'window with the visit open':<32}{ours:10.1f} MiB (target <= 200)")
    print(f"{'floor: a bare Qt main window':<32}{bare:10.1f} MiB")
    print(f"{'ratio':<32}{ours / bare:10.2f}")


if __name__ == "__main__":
    main()
