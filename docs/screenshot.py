"""Make docs/main-window.png: the window with the demo visit at 1280×800.

xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshot.py
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer

from planner.app import create_application
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("main-window.png")
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite3")
        planner = Planner(database)
        planner.add_demo()
        window = MainWindow(planner)
        window.resize(1280, 800)
        window.show()
        window.tabs.setCurrentWidget(window.programme)
        window.programme.select("loi-signing")

        def grab() -> None:
            window.grab().save(str(output))
            app.quit()

        QTimer.singleShot(800, grab)
        app.exec()
        database.close()


if __name__ == "__main__":
    main()
