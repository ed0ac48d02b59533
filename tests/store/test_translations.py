"""Texts in a second language in the database: stored with their records, counted toward
an item's revision as the English texts are, and brought in and out by the migration."""

import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from alembic import command

from planner.domain import edits
from planner.domain.model import Event, Person, Translation, VisitPlan
from planner.services import Planner
from planner.store.database import alembic_config, current_revision, open_database
from planner.store.schema import MEMBER_TRIGGERS
from tests.store.test_database import FIRST_SCHEMA, TABLES, row_counts

ZH = "zh-Hant"


def bilingual(plan: VisitPlan) -> VisitPlan:
    """The plan in English and Traditional Chinese."""
    return edits.set_visit(plan, replace(plan.visit, languages=("en", ZH)))


R = TypeVar("R", Person, Event)


def with_translation(record: R, field: str, text: str) -> R:
    """The record with `field` in Chinese as `text`, its other translations as they were."""
    others: tuple[Translation, ...] = tuple(
        t for t in record.translations if (t.language, t.field) != (ZH, field)
    )
    return replace(record, translations=(*others, Translation(ZH, field, text)))


def revisions(planner: Planner, key: str) -> dict[str, int]:
    return {event.key: event.revision for event in planner.plan(key).events}


def test_every_record_keeps_its_translations_through_a_save(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    plan = bilingual(demo_plan)
    planner.add_plan(plan)
    stored = planner.plan(plan.visit.key)
    heine = stored.person("heine")
    signing = stored.event("loi-signing")
    assert signing.signing is not None
    document = signing.signing.documents[0]
    changed = edits.update_person(
        stored,
        replace(
            heine,
            short_title="President",
            courtesy="Dr.",
            translations=(
                Translation(ZH, "name", "海妮"),
                Translation(ZH, "title", "馬紹爾群島共和國總統"),
                Translation(ZH, "short_title", "總統"),
            ),
        ),
    )
    translated_document = replace(document, translations=(Translation(ZH, "title", "意向書"),))
    changed = edits.update_event(
        changed,
        replace(
            signing,
            translations=(Translation(ZH, "title", "簽署儀式"),),
            signing=replace(signing.signing, documents=(translated_document,)),
        ),
    )
    changed = edits.update_venue(
        changed,
        replace(stored.venue("mofa"), translations=(Translation(ZH, "name", "外交部"),)),
    )
    changed = edits.set_visit(
        changed, replace(changed.visit, translations=(Translation(ZH, "title", "國是訪問"),))
    )
    saved = planner.save_plan(changed, expected=stored)
    assert planner.plan(plan.visit.key) == saved == changed.in_canonical_order()
    assert saved.person("heine").translation("name", ZH) == "海妮"
    assert saved.visit.translation("title", ZH) == "國是訪問"


def test_a_translated_title_raises_the_items_revision_as_the_english_one_does(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    plan = bilingual(demo_plan)
    planner.add_plan(plan)
    stored = planner.plan(plan.visit.key)
    talks = stored.event("bilateral-talks")
    changed = edits.update_event(stored, with_translation(talks, "title", "雙邊會談會議"))
    planner.save_plan(changed, expected=stored)
    after = revisions(planner, plan.visit.key)
    assert after["bilateral-talks"] == 1
    assert set(after.values()) == {0, 1}
    assert sum(after.values()) == 1


def test_a_participants_name_in_chinese_shows_in_their_items_their_organization_does_not(
    planner: Planner, demo_plan: VisitPlan
) -> None:
    """A calendar in Chinese shows someone's name and title there, not their office."""
    plan = bilingual(demo_plan)
    planner.add_plan(plan)
    stored = planner.plan(plan.visit.key)
    silk = stored.person("silk")
    unshown = edits.update_person(stored, with_translation(silk, "organization", "外交貿易部門"))
    saved = planner.save_plan(unshown, expected=stored)
    assert set(revisions(planner, plan.visit.key).values()) == {0}
    named = edits.update_person(saved, with_translation(saved.person("silk"), "name", "席爾克女士"))
    planner.save_plan(named, expected=saved)
    after = revisions(planner, plan.visit.key)
    with_silk = {e.key for e in plan.events if any(p.person == "silk" for p in e.participants)}
    assert {key for key, revision in after.items() if revision == 1} == with_silk


def test_an_older_database_gains_one_language_and_no_translations_and_keeps_every_row(
    tmp_path: Path,
) -> None:
    old = tmp_path / "old.sqlite3"
    shutil.copy(FIRST_SCHEMA, old)
    before = row_counts(old)
    database = open_database(old)
    try:
        planner = Planner(database)
        plan = planner.plan("mh-state-visit-2025")
        assert plan.visit.languages == ("en",)
        assert not any(
            record.translations for record in (plan.visit, *plan.people, *plan.venues, *plan.events)
        )
        assert {(p.short_title, p.courtesy) for p in plan.people} == {(None, None)}
        # And takes translations from here on.
        changed = edits.update_person(
            bilingual(plan),
            replace(plan.person("heine"), translations=(Translation(ZH, "name", "海妮"),)),
        )
        planner.save_plan(changed, expected=plan)
        assert planner.plan(plan.visit.key).person("heine").translation("name", ZH) == "海妮"
    finally:
        database.close()
    assert row_counts(old) == before


def test_a_downgrade_drops_the_texts_and_keeps_the_rows_and_the_triggers(tmp_path: Path) -> None:
    path = tmp_path / "planner.sqlite3"
    database = open_database(path, backups=False)
    planner = Planner(database)
    planner.add_demo()
    before = row_counts(path)
    command.downgrade(alembic_config(database.engine), "0004")
    assert current_revision(database.engine) == "0004"
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(member)")}
        assert "translations" not in columns
        assert "short_title" not in columns
        triggers = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")
        assert sorted(sql for (sql,) in triggers) == sorted(MEMBER_TRIGGERS)
    assert row_counts(path) == before
    command.upgrade(alembic_config(database.engine), "head")
    assert Planner(database).plan("mh-state-visit-2025").person("heine").given_name == "Hilda"
    database.close()
    assert set(TABLES) == set(before)
