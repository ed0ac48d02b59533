"""Start-up loads only what the first paint needs: Alembic only when a migration is due,
the spreadsheet, calendar and PDF code only when they are used."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from benchmarks.startup import NOT_BEFORE_PAINT
from planner.services import Planner
from planner.store.database import alembic_config, head_revision, known_revisions


def test_the_schema_revisions_read_without_alembic_are_alembic_s() -> None:
    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {script.revision for script in scripts.walk_revisions()}


@pytest.fixture
def demo_database(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite3"
    planner = Planner.open(path)
    planner.add_demo()
    planner.close()
    return path


def run_planner(tmp_path: Path, *arguments: str) -> tuple[str, set[str]]:
    """The planner's standard output, and every module it imported."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PLANNER_EXIT_AFTER_PAINT="1",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "planner", *arguments],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    return done.stdout, modules


def loaded(modules: set[str], package: str) -> bool:
    return any(module == package or module.startswith(f"{package}.") for module in modules)


def test_the_window_paints_without_migration_calendar_spreadsheet_or_pdf_code(
    demo_database: Path, tmp_path: Path
) -> None:
    out, modules = run_planner(tmp_path, "--db", str(demo_database), "gui")
    assert out.startswith("painted at ")
    assert loaded(modules, "planner.ui.main_window")
    assert [package for package in NOT_BEFORE_PAINT if loaded(modules, package)] == []


def test_list_does_not_load_alembic_unless_a_migration_is_due(
    demo_database: Path, tmp_path: Path
) -> None:
    out, modules = run_planner(tmp_path, "--db", str(demo_database), "list")
    assert out.startswith("mh-state-visit-2025\t")
    assert not loaded(modules, "alembic")
    fresh = tmp_path / "fresh.sqlite3"
    _, modules = run_planner(tmp_path, "--db", str(fresh), "list")
    assert loaded(modules, "alembic")  # a new file is given its schema by the migrations
