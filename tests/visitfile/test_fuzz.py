"""Hostile and broken visit files: every one ends in a clear error or a clean import."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import InvalidVisitFile
from planner.store import visits as store
from planner.store.database import Database, open_database
from planner.visitfile import read_visit_file
from tests.helpers.factories import FIXED_NOW, minimal_document, world_trip_document

HOSTILE_TEXT = st.sampled_from(
    [
        "",
        " ",
        "\u202eevil\u202c",
        "\u200f‏مرحبا\u200e",
        "a\x00b",
        "tab\tline\nbreak",
        "\x7f",
        "x" * 100_000,
        "=cmd|' /C calc'!A0",
        "<b>bold</b>",
        "Robert'); DROP TABLE visit;--",
        "0001-01-01",
        "9999-12-31",
        "0001-01-01T00:00",
        "9999-12-31T23:59",
        "2025-02-30",
        "2025-06-04T10:00Z",
        "2025-06-04T10:00+08:00",
        "Mars/Olympus_Mons",
        "localtime",
        "UTC",
        "../../etc/passwd",
        "ZZ",
        "tw",
        "蔡明彥",
        "\ud7ff",
        "🙂" * 50,
    ]
)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | HOSTILE_TEXT
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


def leaf_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from leaf_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from leaf_paths(child, (*path, index))


@st.composite
def broken_documents(draw: st.DrawFn) -> bytes:
    document = draw(st.sampled_from([minimal_document, world_trip_document]))()
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in leaf_paths(document) if p]
        path = draw(st.sampled_from(paths))
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        if draw(st.booleans()) and isinstance(parent, dict):
            del parent[path[-1]]
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()


@pytest.fixture(scope="module")
def fuzz_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.sqlite3")
    yield database
    database.close()


def import_or_refuse(database: Database, data: bytes) -> None:
    """What `delegation-planner import` does, rolled back afterwards."""
    try:
        plan = read_visit_file(data)
    except InvalidVisitFile as error:
        problems = error.problems
        assert problems, "a refusal says what is wrong"
        assert all(problem.path.startswith("$") for problem in problems)
        return
    with database.sessions() as session:
        store.add_plan(session, plan, now=FIXED_NOW)
        session.flush()
        session.rollback()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=broken_documents())
def test_a_broken_visit_file_is_refused_clearly_or_imported_cleanly(
    fuzz_database: Database, data: bytes
) -> None:
    import_or_refuse(fuzz_database, data)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300) | JSON_VALUES.map(lambda v: json.dumps(v).encode()))
def test_any_bytes_at_all_are_refused_with_a_message(fuzz_database: Database, data: bytes) -> None:
    import_or_refuse(fuzz_database, data)
