"""The visit list read with sqlite3 alone, for the window to show before the database opens:
the same visits as the store lists, and no answer at all for a file that needs more than
reading (then the ordinary open migrates it, or says why it cannot)."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from planner.domain.model import Organizer, Visit, VisitPlan
from planner.domain.vocab import Direction, VisitKind
from planner.services import Planner, ready_visits
from planner.store.database import open_database

FIRST_SCHEMA = Path(__file__).parent.parent / "data" / "schema-0001.sqlite3"


def shown(visits: list[Visit]) -> list[tuple[Visit, int]]:
    """Visits with their version, which their equality leaves out."""
    return [(visit, visit.version) for visit in visits]


def test_it_lists_the_visits_the_store_lists_in_the_same_order(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    demo = demo_plan.visit
    planner.add_plan(demo_plan)
    planner.add_plan(
        VisitPlan(
            replace(
                demo,
                key="b-outbound",
                title="Outbound, no organizer, no notes",
                direction=Direction.OUTBOUND,
                kind=VisitKind.OTHER,
                organizer=None,
                notes=None,
                start_date=date(2024, 1, 5),
                end_date=date(2024, 1, 5),
            )
        )
    )
    planner.add_plan(
        VisitPlan(
            replace(
                demo,
                key="a-same-day",
                title="Same first day, key sorts first; organizer without e-mail",
                organizer=Organizer("Protocol", None),
                start_date=date(2024, 1, 5),
                end_date=date(2024, 2, 29),
                timezone="Europe/Prague",
            )
        )
    )
    edited = planner.plan(demo.key)
    planner.save_plan(replace(edited, visit=replace(edited.visit, title="Renamed")))
    listed = ready_visits(planner.database.path)
    assert listed is not None
    assert shown(listed) == shown(planner.visits())
    assert [visit.key for visit in listed] == ["a-same-day", "b-outbound", demo.key]
    assert listed[-1].version == planner.visits()[-1].version > 0


def test_an_empty_database_lists_no_visits(db_path: Path) -> None:
    open_database(db_path).close()
    assert ready_visits(db_path) == []


def test_it_changes_nothing_and_leaves_no_files_beside_the_database(
    db_path: Path, demo_plan: VisitPlan
) -> None:
    planner = Planner.open(db_path, backups=False)
    planner.add_plan(demo_plan)
    planner.close()
    before = sorted(db_path.parent.iterdir()), hashlib.sha256(db_path.read_bytes()).digest()
    assert ready_visits(db_path) is not None
    after = sorted(db_path.parent.iterdir()), hashlib.sha256(db_path.read_bytes()).digest()
    assert after == before


def test_a_file_that_needs_more_than_reading_gets_no_list(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    older = tmp_path / "older.sqlite3"
    shutil.copy(FIRST_SCHEMA, older)
    newer = tmp_path / "newer.sqlite3"
    open_database(newer).close()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    foreign = tmp_path / "contacts.sqlite3"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE contact (name TEXT)")
    text = tmp_path / "notes.txt"
    text.write_text("Programme draft, not a database\n" * 100)
    for path in (missing, empty, older, newer, foreign, text, tmp_path):
        assert ready_visits(path) is None, path
    assert not missing.exists()


def test_a_row_the_store_would_not_read_gets_no_list(db_path: Path, demo_plan: VisitPlan) -> None:
    planner = Planner.open(db_path, backups=False)
    planner.add_plan(demo_plan)
    planner.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA ignore_check_constraints = ON")
        connection.execute("UPDATE visit SET start_date = 'soon'")
    assert ready_visits(db_path) is None


def test_listing_loads_neither_sqlalchemy_nor_alembic(db_path: Path) -> None:
    open_database(db_path).close()
    program = (
        "import sys; from pathlib import Path; from planner.services import ready_visits; "
        f"assert ready_visits(Path({str(db_path)!r})) == []; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
