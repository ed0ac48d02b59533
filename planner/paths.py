"""Where the app keeps its files; every path can be overridden so tests never touch a profile."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from planner import APP_NAME

if TYPE_CHECKING:  # importlib.resources loads only for an installed app's files
    from importlib.resources.abc import Traversable

DB_ENV = "PLANNER_DB"
DATA_ENV = "PLANNER_DATA_DIR"
DB_FILENAME = "delegation-planner.sqlite3"
DEMO_VISIT = "marshall-islands-2025.visit.json"


def data_dir() -> Path:
    """The user's data folder (PLANNER_DATA_DIR overrides it)."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # loaded when needed: a database named on the command line needs none

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
    if checkout.is_dir():
        root: Traversable = checkout
    else:
        from importlib import resources

        root = resources.files("planner.resources")
    for part in parts:  # one step at a time: a namespace package's path takes one name
        root = root.joinpath(part)
    return root


def demo_visit_file() -> Traversable:
    return resource("demo", DEMO_VISIT)
