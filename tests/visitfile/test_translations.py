"""Texts in a second language (visit file version 2, "Translations"), short titles and
courtesy titles: read, checked by JSON path, stored, and written back as they came."""

import json
from typing import Any

import pytest

from planner.domain.errors import InvalidVisitFile
from planner.domain.model import Translation
from planner.services import Planner
from planner.visitfile import read_visit_file, visit_file_bytes
from tests.helpers.factories import as_bytes, minimal_document

LOI = "Letter of Intent on Security Cooperation"


def bilingual_document() -> dict[str, Any]:
    """The minimal visit in English and Traditional Chinese, with a text of every kind."""
    document = minimal_document()
    document["version"] = 2
    visit = document["visit"]
    visit["languages"] = ["en", "zh-Hant"]
    visit["translations"] = {"zh-Hant": {"title": "測試訪問"}}
    tsai, heine, kaneko = document["people"]
    tsai["short_title"] = "Director-General"
    tsai["translations"] = {"zh-Hant": {"title": "國家安全局局長", "short_title": "局長"}}
    heine["courtesy"] = "Dr."
    heine["short_title"] = "President"
    heine["organization"] = "Office of the President"
    heine["translations"] = {
        "zh-Hant": {
            "name": "海妮",
            "title": "總統",
            "short_title": "總統",
            "organization": "總統府",
        }
    }
    kaneko["courtesy"] = "Mr."
    kaneko["translations"] = {"zh-Hant": {"name": "卡尼可"}}
    (hotel,) = document["venues"]
    hotel["address"] = "No. 1, Sec. 4, Zhongshan N. Rd., Taipei"
    hotel["translations"] = {"zh-Hant": {"name": "圓山大飯店", "address": "臺北市中山北路四段1號"}}
    (signing,) = document["events"]
    signing["dress_code"] = "Business suit"
    signing["notes"] = "Two originals in each language."
    signing["translations"] = {
        "zh-Hant": {
            "title": "安全合作意向書簽署儀式",
            "dress_code": "西服",
            "notes": "各語文本兩份。",
        }
    }
    signing["signing"]["documents"][0]["translations"] = {"zh-Hant": {"title": "安全合作意向書"}}
    return document


def problems_of(document: dict[str, Any]) -> list[str]:
    with pytest.raises(InvalidVisitFile) as caught:
        read_visit_file(as_bytes(document))
    return [str(problem) for problem in caught.value.problems]


def test_every_text_in_a_second_language_is_read() -> None:
    plan = read_visit_file(as_bytes(bilingual_document()))
    assert plan.visit.languages == ("en", "zh-Hant")
    assert plan.visit.translation("title", "zh-Hant") == "測試訪問"
    heine = plan.person("heine")
    assert (heine.courtesy, heine.short_title) == ("Dr.", "President")
    assert heine.translations == (
        Translation("zh-Hant", "name", "海妮"),
        Translation("zh-Hant", "organization", "總統府"),
        Translation("zh-Hant", "short_title", "總統"),
        Translation("zh-Hant", "title", "總統"),
    )
    assert plan.venue("hotel").translation("address", "zh-Hant") == "臺北市中山北路四段1號"
    signing = plan.event("signing")
    assert signing.translation("dress_code", "zh-Hant") == "西服"
    assert signing.signing is not None
    assert signing.signing.documents[0].translation("title", "zh-Hant") == "安全合作意向書"


def test_a_bilingual_visit_survives_file_database_file(planner: Planner) -> None:
    data = visit_file_bytes(read_visit_file(as_bytes(bilingual_document())))
    plan = read_visit_file(data)
    planner.add_plan(plan)
    stored = planner.plan(plan.visit.key)
    assert stored == plan.in_canonical_order()
    assert visit_file_bytes(stored) == data
    written = json.loads(data)
    assert written["visit"]["languages"] == ["en", "zh-Hant"]
    # Each language's texts in the order the format lists the keys.
    heine = next(p for p in written["people"] if p["key"] == "heine")
    assert list(heine["translations"]["zh-Hant"]) == [
        "name",
        "title",
        "short_title",
        "organization",
    ]


def test_a_visit_without_them_writes_none_of_the_new_keys() -> None:
    data = visit_file_bytes(read_visit_file(as_bytes(minimal_document())))
    for key in (b'"languages": [\n      "en"', b'"translations"', b'"short_title"', b'"courtesy"'):
        assert key not in data
    assert b'"version": 2' in data


def test_a_translation_in_a_language_the_visit_does_not_list_is_refused_by_its_path() -> None:
    document = bilingual_document()
    document["people"][1]["translations"]["fr"] = {"name": "Hilda Heine", "title": "Présidente"}
    document["events"][0]["signing"]["documents"][0]["translations"] = {"fr": {"title": "Lettre"}}
    assert problems_of(document) == [
        '$.people[1].translations.fr: "fr" is not one of the visit\'s languages ("en", "zh-Hant")',
        '$.events[0].signing.documents[0].translations.fr: "fr" is not one of the visit\'s '
        'languages ("en", "zh-Hant")',
    ]


def test_a_translation_into_the_main_language_or_in_another_case_is_refused() -> None:
    document = bilingual_document()
    document["visit"]["translations"] = {"en": {"title": "Test"}, "zh-hant": {"title": "測試"}}
    assert problems_of(document) == [
        "$.visit.translations.en: \"en\" is the visit's main language: the record's own texts "
        "are in it, not its translations",
        '$.visit.translations["zh-hant"]: "zh-hant" is written "zh-Hant" in the visit\'s languages',
    ]


def test_only_the_texts_a_record_may_translate_and_has() -> None:
    document = bilingual_document()
    document["venues"][0]["translations"]["zh-Hant"]["timezone"] = "亞洲/臺北"
    document["people"][2]["translations"]["zh-Hant"]["organization"] = "外交部"
    document["events"][0]["translations"]["zh-Hant"]["name"] = "簽署"
    assert problems_of(document) == [
        '$.people[2].translations["zh-Hant"].organization: translates the organization, '
        "which this person does not have",
        '$.venues[0].translations["zh-Hant"].timezone: is not a text a venue has in another '
        "language (only name, address)",
        '$.events[0].translations["zh-Hant"].name: is not a text an item has in another '
        "language (only title, dress_code, notes)",
    ]


def test_an_empty_or_overlong_text_is_refused_like_the_english_one() -> None:
    document = bilingual_document()
    document["people"][1]["translations"]["zh-Hant"]["name"] = "  "
    document["visit"]["translations"]["zh-Hant"]["title"] = "訪" * 20_001
    assert problems_of(document) == [
        '$.visit.translations["zh-Hant"].title: is 20,001 characters long; at most 20,000 fit',
        '$.people[1].translations["zh-Hant"].name: must not be empty',
    ]


def test_the_visits_languages_are_tags_at_least_one_none_twice() -> None:
    document = bilingual_document()
    document["visit"]["languages"] = ["en", "zh_Hant", "EN", 7]
    assert problems_of(document) == [
        '$.visit.languages[3]: expected a language tag like "en" or "zh-Hant", got 7'
    ]
    document["visit"]["languages"] = ["en", "zh_Hant", "EN", "zh-Hant"]
    assert problems_of(document) == [
        '$.visit.languages[1]: "zh_Hant" is not a language tag like "en" or "zh-Hant"',
        '$.visit.languages[2]: "EN" is listed already',
    ]
    document["visit"]["languages"] = []
    assert problems_of(document)[0] == (
        '$.visit.languages: names no language: at least the main one, like ["en"]'
    )


def test_translations_of_the_wrong_shape_are_named() -> None:
    document = bilingual_document()
    document["visit"]["translations"] = ["測試訪問"]
    document["people"][1]["translations"] = {"zh-Hant": "海妮"}
    document["people"][2]["translations"] = {"zh-Hant": {"name": ["卡尼可"]}}
    assert problems_of(document) == [
        '$.visit.translations: expected an object from a language to texts, like {"zh-Hant": '
        '{"title": "…"}}, got an array',
        '$.people[1].translations["zh-Hant"]: expected an object of texts, like {"title": "…"}, '
        'got "海妮"',
        '$.people[2].translations["zh-Hant"].name: expected a string, got an array',
    ]


def test_a_version_1_file_names_them_as_version_2_keys() -> None:
    document = bilingual_document()
    document["version"] = 1
    problems = problems_of(document)
    assert '$.visit.languages: is a key of visit file version 2; this file says "version": 1' in (
        problems
    )
    assert (
        '$.people[0].short_title: is a key of visit file version 2; this file says "version": 1'
        in problems
    )
    assert (
        "$.events[0].signing.documents[0].translations: is a key of visit file version 2; this "
        'file says "version": 1' in problems
    )


def test_a_visit_that_cannot_be_read_does_not_make_its_peoples_languages_wrong() -> None:
    document = bilingual_document()
    document["visit"]["start_date"] = "soon"
    assert problems_of(document) == [
        '$.visit.start_date: expected a date like "2025-06-04", got "soon"'
    ]
