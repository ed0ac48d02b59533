"""Shared fixtures: every test gets its own data folder and database, never the user's."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner import paths
from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store.database import Database, open_database
from planner.visitfile import read_visit_file
from tests.helpers.factories import FIXED_NOW

# `pytest --hypothesis-profile=thorough` runs many more examples than the everyday suite.
settings.register_profile("thorough", max_examples=3000)


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application(qapp: object) -> None:
    """Printing needs a Qt application; the window's tests need it to be a QApplication."""


@pytest.fixture(autouse=True)
def _isolated_profile(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = tmp_path_factory.mktemp("profile")
    monkeypatch.setenv(paths.DATA_ENV, str(profile))
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(profile / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "planner.sqlite3"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def planner(database: Database) -> Planner:
    return Planner(database, clock=lambda: FIXED_NOW)


@pytest.fixture(scope="session")
def demo_bytes() -> bytes:
    return paths.demo_visit_file().read_bytes()


@pytest.fixture(scope="session")
def demo_plan(demo_bytes: bytes) -> VisitPlan:
    return read_visit_file(demo_bytes)
