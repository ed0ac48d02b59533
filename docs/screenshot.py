"""Make docs/main-window.png (People) and docs/programme.png: the demo visit at 1280×800.

xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshot.py
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from planner.app import create_application
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.main_window import MainWindow


def main() -> None:
    folder_out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite3")
        planner = Planner(database)
        planner.add_demo()
        window = MainWindow(planner)
        window.resize(1280, 800)
        window.show()
        window.programme.select("loi-signing")
        window.people.select("tsai")

        def save(name: str, then: Callable[[], None]) -> None:
            window.grab().save(str(folder_out / name))
            then()

        def grab_people() -> None:
            window.tabs.setCurrentWidget(window.people)
            QTimer.singleShot(300, lambda: save("main-window.png", grab_programme))

        def grab_programme() -> None:
            window.tabs.setCurrentWidget(window.programme)
            QTimer.singleShot(300, lambda: save("programme.png", app.quit))

        QTimer.singleShot(500, grab_people)
        app.exec()
        database.close()


if __name__ == "__main__":
    main()
