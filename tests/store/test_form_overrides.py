"""Forms of address in the officer's own words in the database: kept with the person's part
in the visit, read back, never raising a calendar revision, left out of a visit file, and
brought in and out by migration 0006."""

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command

from planner.domain import edits
from planner.domain.address import FormOverride, forms
from planner.domain.errors import SaveFailed
from planner.domain.model import VisitPlan
from planner.services import Planner
from planner.store.database import (
    alembic_config,
    current_revision,
    head_revision,
    open_database,
)
from planner.store.schema import MEMBER_TRIGGERS
from tests.store.test_database import TABLES, row_counts

ENVELOPE = FormOverride("en", "envelope", "Her Excellency Dr. Hilda Heine\nPresident")
SHORT_ZH = FormOverride("zh-Hant", "short", "海妮總統閣下")


def with_overrides(plan: VisitPlan, *overrides: FormOverride) -> VisitPlan:
    return edits.update_person(plan, replace(plan.person("heine"), form_overrides=overrides))


def revisions(planner: Planner, key: str) -> dict[str, int]:
    return {event.key: event.revision for event in planner.plan(key).events}


def test_an_override_is_saved_read_back_and_cleared_without_touching_a_calendar(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    key = demo_plan.visit.key
    stored = planner.plan(key)
    computed = forms(stored.person("heine"))
    saved = planner.save_plan(with_overrides(stored, SHORT_ZH, ENVELOPE), expected=stored)
    loaded = planner.plan(key)
    assert loaded == saved
    assert loaded.person("heine").form_overrides == (ENVELOPE, SHORT_ZH)
    assert forms(loaded.person("heine")).envelope == ENVELOPE.text
    assert forms(loaded.person("heine"), "zh-Hant").short_form == "海妮總統閣下"
    # Overrides print in letters and lists, never in a calendar: no item's revision rises.
    assert set(revisions(planner, key).values()) == {0}
    cleared = planner.save_plan(with_overrides(loaded), expected=loaded)
    again = planner.plan(key)
    assert again == cleared
    assert again.person("heine").form_overrides == ()
    assert forms(again.person("heine")) == computed
    assert set(revisions(planner, key).values()) == {0}


def test_a_bad_override_is_refused_by_a_save_with_the_window_s_words(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    planner.add_plan(demo_plan)
    stored = planner.plan(demo_plan.visit.key)
    for bad, said in (
        (
            FormOverride("en", "place card", "The President"),
            '"place card" is not a form of address (only list, short, salutation, envelope)',
        ),
        (
            FormOverride("fr", "short", "Madame la Présidente"),
            '"fr" is not one of the visit\'s languages ("en", "zh-Hant")',
        ),
    ):
        with pytest.raises(SaveFailed) as refused:
            planner.save_plan(with_overrides(stored, bad), expected=stored)
        assert "Forms of address: " + said in str(refused.value)
    assert planner.plan(demo_plan.visit.key) == stored


def test_a_visit_file_leaves_overrides_out_and_imports_as_the_visit_without_them(
    planner: Planner, demo_plan: VisitPlan, tmp_path: Path
) -> None:
    """The visit-file contract has no key for them: they live in the database alone."""
    planner.add_plan(demo_plan)
    stored = planner.plan(demo_plan.visit.key)
    overridden = planner.save_plan(with_overrides(stored, ENVELOPE), expected=stored)
    data = planner.export_visit_file(demo_plan.visit.key)
    assert b"Her Excellency" not in data
    assert b"form_overrides" not in data
    assert data == planner.export_visit_file(demo_plan.visit.key)
    other = Planner(open_database(tmp_path / "other.sqlite3", backups=False))
    try:
        imported = other.import_visit_file(data)
        assert imported == with_overrides(overridden).in_canonical_order()
        assert imported.person("heine").form_overrides == ()
    finally:
        other.close()


def test_a_downgrade_drops_the_overrides_and_keeps_the_rows_and_the_triggers(
    tmp_path: Path,
) -> None:
    path = tmp_path / "planner.sqlite3"
    database = open_database(path, backups=False)
    planner = Planner(database)
    key, _ = planner.add_demo()
    stored = planner.plan(key)
    planner.save_plan(with_overrides(stored, ENVELOPE), expected=stored)
    before = row_counts(path)
    command.downgrade(alembic_config(database.engine), "0005")
    assert current_revision(database.engine) == "0005"
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(member)")}
        assert "form_overrides" not in columns
        assert "translations" in columns  # 0005's columns stay
        triggers = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(sql for (sql,) in triggers) == sorted(MEMBER_TRIGGERS)
    assert row_counts(path) == before
    command.upgrade(alembic_config(database.engine), "head")
    assert current_revision(database.engine) == head_revision()
    heine = Planner(database).plan(key).person("heine")
    assert heine.given_name == "Hilda"
    assert heine.form_overrides == ()  # the column is back, empty
    database.close()
    assert set(TABLES) == set(before)
