"""Make the screenshots in docs/ at 1280×800: the demo visit's People and Programme tabs, the
Brussels–Prague trip's programme and two of its items in the item dialog, the demo's
signing and its head of delegation with their texts in English and Chinese, and its state
banquet on the Seating tab (screenshots/seating.png).

xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshot.py [FOLDER]

With `--language zh-Hant`, the window in Traditional Chinese instead: the demo visit's four
tabs, its signing in the item dialog, its head of delegation in the person dialog and the
state banquet's seating (docs/screenshots/zh_TW/ unless FOLDER is given).
"""

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from planner import translation
from planner.app import create_application
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.dialogs import PersonDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from planner.visitfile import read_visit_file
from tests.helpers.factories import as_bytes
from tests.helpers.trip import TRIP_KEY, brussels_prague_document

DEMO_KEY = "mh-state-visit-2025"


def main() -> None:
    arguments = sys.argv[1:]
    language = None
    if "--language" in arguments:
        at = arguments.index("--language")
        language = arguments[at + 1]
        del arguments[at : at + 2]
    default = Path(__file__).parent
    if language is not None:
        default = default / "screenshots" / str(translation.catalogue_name(language))
    folder_out = Path(arguments[0]) if arguments else default
    folder_out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    if language is not None:
        translation.install(app, language)
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "demo.sqlite3")
        planner = Planner(database)
        planner.add_demo()
        planner.add_plan(read_visit_file(as_bytes(brussels_prague_document())))
        window = MainWindow(planner)
        window.resize(1280, 800)
        window.show()
        steps: list[Callable[[], None]] = []

        def next_step() -> None:
            if steps:
                QTimer.singleShot(300, steps.pop(0))
            else:
                app.quit()

        def save(widget: QWidget, name: str) -> None:
            widget.grab().save(str(folder_out / name))
            next_step()

        def tab(visit: str, page: QWidget, select: Callable[[], None], name: str) -> None:
            def show() -> None:
                window.refresh_visits(visit)
                window.tabs.setCurrentWidget(page)
                select()
                QTimer.singleShot(300, lambda: save(window, name))

            steps.append(show)

        def person_dialog(key: str, name: str) -> None:
            def show() -> None:
                plan = planner.plan(DEMO_KEY)
                dialog = PersonDialog(set(), plan.person(key), plan=plan, parent=window)
                dialog.show()
                QTimer.singleShot(300, lambda: (save(dialog, name), dialog.close()))

            steps.append(show)

        def item_dialog(key: str, name: str, visit: str = TRIP_KEY) -> None:
            def show() -> None:
                plan = planner.plan(visit)
                dialog = EventDialog(plan, plan.event(key), window)
                dialog.show()
                QTimer.singleShot(300, lambda: (save(dialog, name), dialog.close()))

            steps.append(show)

        def seating(name: str) -> None:
            """The state banquet proposed, its guest of honour's seat locked and one guest
            left to seat, as an officer has it halfway through."""

            def show() -> None:
                window.refresh_visits(DEMO_KEY)
                window.programme.select("state-banquet")
                window.tabs.setCurrentWidget(window.seating)
                page = window.seating
                page.propose()
                page.unseat("silk")
                page.toggle_lock(("t1", "", 2))
                QTimer.singleShot(300, lambda: save(window, name))

            steps.append(show)

        if language is not None:
            tab(DEMO_KEY, window.overview, lambda: None, "overview.png")
            tab(DEMO_KEY, window.people, lambda: window.people.select("tsai"), "people.png")
            tab(
                DEMO_KEY,
                window.programme,
                lambda: window.programme.select("loi-signing"),
                "programme.png",
            )
            tab(DEMO_KEY, window.venues, lambda: None, "venues.png")
            item_dialog("loi-signing", "item-dialog-signing.png", DEMO_KEY)
            person_dialog("heine", "person-dialog.png")
            seating("seating.png")
            QTimer.singleShot(500, next_step)
            app.exec()
            database.close()
            return
        tab(DEMO_KEY, window.people, lambda: window.people.select("tsai"), "main-window.png")
        tab(
            DEMO_KEY,
            window.programme,
            lambda: window.programme.select("loi-signing"),
            "programme.png",
        )
        tab(
            TRIP_KEY,
            window.programme,
            lambda: window.programme.select("night-train"),
            "trip-programme.png",
        )
        item_dialog("night-train", "item-dialog-train.png")
        item_dialog("prague-signing", "item-dialog-signing.png")
        item_dialog("loi-signing", "item-dialog-bilingual.png", DEMO_KEY)
        person_dialog("heine", "person-dialog.png")
        seating("screenshots/seating.png")
        QTimer.singleShot(500, next_step)
        app.exec()
        database.close()


if __name__ == "__main__":
    main()
