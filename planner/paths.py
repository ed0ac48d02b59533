"""Where the app keeps its files; every path can be overridden so tests never touch a profile."""

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from planner import APP_NAME

DB_ENV = "PLANNER_DB"
DATA_ENV = "PLANNER_DATA_DIR"
DB_FILENAME = "delegation-planner.sqlite3"
DEMO_VISIT = "marshall-islands-2025.visit.json"


def data_dir() -> Path:
    """The user's data folder (PLANNER_DATA_DIR overrides it)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def default_database() -> Path:
    """The database to open when none is named: PLANNER_DB, else the one in the data folder."""
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    return data_dir() / DB_FILENAME


def resource(*parts: str) -> Traversable:
    """A file shipped in resources/: beside the package in a checkout, inside it once installed."""
    checkout = Path(__file__).resolve().parent.parent / "resources"
    root: Traversable = checkout if checkout.is_dir() else resources.files("planner.resources")
    for part in parts:  # one step at a time: a namespace package's path takes one name
        root = root.joinpath(part)
    return root


def demo_visit_file() -> Traversable:
    return resource("demo", DEMO_VISIT)
