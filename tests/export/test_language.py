"""Documents in the reader's language: Chinese, the ROC era, bilingual, and refusals."""

import csv
import io
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from planner.domain.errors import PlannerError
from planner.domain.model import FormOverride, Translation, VisitPlan
from planner.export import ics
from planner.export.attendees import attendee_table, csv_bytes
from planner.export.language import Era, Words, document_language
from planner.export.pdf import attendee_sheet, pdf_bytes, programme_booklet
from planner.export.text import programme_text
from tests.export.chinese import ZH, chinese_plan

STAMP = datetime(2025, 5, 1, tzinfo=UTC)


@pytest.fixture
def plan(demo_plan: VisitPlan) -> VisitPlan:
    return chinese_plan(demo_plan)


def test_a_chinese_programme_names_people_in_chinese_and_dates_days_in_chinese(
    plan: VisitPlan,
) -> None:
    text = programme_text(plan, document_language(plan.visit, ZH))
    assert text.startswith("馬紹爾群島共和國總統國是訪問\n")
    assert "2025年6月4日（星期三）" in text
    assert "海妮" in text  # her name in Chinese
    assert "Hilda Heine" not in text
    assert "蔡明彥" in text  # no translation: his own-script name
    assert "安全合作意向書簽署儀式" in text
    assert "Wednesday" not in text


def test_the_roc_era_counts_years_from_1912(plan: VisitPlan) -> None:
    text = programme_text(plan, document_language(plan.visit, ZH, "roc"))
    assert "中華民國114年6月4日（星期三）" in text
    assert "中華民國114年6月2日至7日" in text
    assert Words(ZH, Era.ROC).day(date(1912, 1, 1)) == "中華民國1年1月1日（星期一）"


def test_a_bilingual_programme_has_the_second_language_under_the_first(
    plan: VisitPlan,
) -> None:
    lines = programme_text(plan, document_language(plan.visit, "bilingual")).splitlines()
    assert lines[:2] == [plan.visit.title, "馬紹爾群島共和國總統國是訪問"]
    day = lines.index("Wednesday 4 June 2025")
    assert lines[day + 1] == "2025年6月4日（星期三）"
    signing = next(i for i, line in enumerate(lines) if "Signing of the Letter of Intent" in line)
    assert lines[signing + 1].strip() == "安全合作意向書簽署儀式"
    # The list form in each language, without the title: H.E. Dr. Hilda Heine, 海妮閣下.
    assert any("H.E. Dr. Hilda Heine 海妮閣下" in line for line in lines)


def test_a_person_without_a_chinese_or_own_script_name_keeps_the_romanised_one(
    plan: VisitPlan,
) -> None:
    silk = next(p for p in plan.people if p.key == "silk")
    words = Words(ZH)
    assert words.name(replace(silk, translations=())) == "Isabela Silk"
    assert words.name(replace(silk, native_name="ꀀ", translations=())) == "ꀀ"
    assert words.name(silk) == "席爾克"


def test_english_is_what_it_was(demo_plan: VisitPlan, plan: VisitPlan) -> None:
    english = document_language(plan.visit, "en")
    assert programme_text(plan, english) == programme_text(demo_plan)
    assert document_language(demo_plan.visit).main.language == "en"


def test_a_language_the_visit_does_not_have_is_refused_by_name(plan: VisitPlan) -> None:
    with pytest.raises(
        PlannerError, match=r"'fr' is not a language of visit .*: it has en, zh-Hant"
    ):
        document_language(plan.visit, "fr")
    assert document_language(plan.visit, "ZH_hant").main.language == ZH


def test_bilingual_and_the_roc_era_need_the_languages_for_them(demo_plan: VisitPlan) -> None:
    english_only = replace(demo_plan.visit, languages=("en",))
    with pytest.raises(PlannerError, match="bilingual document needs two languages"):
        document_language(english_only, "bilingual")
    with pytest.raises(PlannerError, match="ROC era"):
        document_language(english_only, None, "roc")
    with pytest.raises(PlannerError, match="ROC era"):
        document_language(demo_plan.visit, "en", "roc")


def test_a_chinese_calendar_marks_its_chinese_texts_with_their_language(plan: VisitPlan) -> None:
    language = document_language(plan.visit, ZH)
    selection = ics.select_events(plan, event="loi-signing", language=language)
    parsed = Calendar.from_ical(ics.calendar_bytes(plan, selection, stamp=STAMP, language=language))
    [event] = parsed.walk("VEVENT")
    assert event.errors == []
    assert str(event["SUMMARY"]) == "安全合作意向書簽署儀式"
    assert event["SUMMARY"].params["LANGUAGE"] == ZH
    assert event["DESCRIPTION"].params["LANGUAGE"] == ZH
    assert "卡內可" in str(event["DESCRIPTION"])
    assert "臺北市中山區" in str(event["LOCATION"])
    # An untranslated title stays as typed, and says nothing of a language it is not in.
    untranslated = replace(
        plan,
        events=tuple(
            replace(e, translations=()) if e.key == "bilateral-talks" else e for e in plan.events
        ),
    )
    talks = ics.select_events(untranslated, event="bilateral-talks", language=language)
    [other] = Calendar.from_ical(
        ics.calendar_bytes(untranslated, talks, stamp=STAMP, language=language)
    ).walk("VEVENT")
    assert "LANGUAGE" not in other["SUMMARY"].params


def test_an_english_calendar_sets_no_language(plan: VisitPlan) -> None:
    selection = ics.select_events(plan, event="loi-signing")
    data = ics.calendar_bytes(plan, selection, stamp=STAMP)
    assert b"LANGUAGE=" not in data
    assert b"SUMMARY:Signing of the Letter of Intent" in data


def test_a_bilingual_calendar_describes_the_item_in_both(plan: VisitPlan) -> None:
    language = document_language(plan.visit, "bilingual")
    selection = ics.select_events(plan, event="loi-signing", language=language)
    [event] = Calendar.from_ical(
        ics.calendar_bytes(plan, selection, stamp=STAMP, language=language)
    ).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Signing of the Letter of Intent on Security Cooperation"
    description = str(event["DESCRIPTION"])
    assert "Kalani Kaneko" in description
    assert "安全合作意向書簽署儀式" in description


def test_a_chinese_attendee_list_has_chinese_headings_and_names(plan: VisitPlan) -> None:
    table = attendee_table(plan, language=document_language(plan.visit, ZH))
    rows = list(csv.reader(io.StringIO(csv_bytes(table).decode("utf-8-sig"))))
    assert rows[0][:6] == ["順序", "方別", "尊稱", "姓名", "英文姓名", "職銜"]
    heine = next(row for row in rows if row[3] == "海妮")
    assert heine[1] == "訪問方"  # the guests of an inbound visit
    assert heine[4:6] == ["Hilda Heine", "馬紹爾群島共和國總統"]


def test_a_bilingual_attendee_list_has_a_column_for_each_language(plan: VisitPlan) -> None:
    table = attendee_table(plan, "loi-signing", language=document_language(plan.visit, "bilingual"))
    assert table.columns[3:8] == ("Name", "姓名", "Native name", "Title", "職銜")
    kaneko = next(row for row in table.rows if row[3] == "Kalani Kaneko")
    assert kaneko[4] == "卡內可"
    assert kaneko[7] == "外交貿易部長"


def test_a_chinese_pdf_prints_chinese_with_a_cjk_font_and_latin_with_a_latin_one(
    plan: VisitPlan,
) -> None:
    language = document_language(plan.visit, ZH)
    reader = PdfReader(io.BytesIO(pdf_bytes(programme_booklet(plan, language))))
    # Each change of font starts a new piece of text: compare without the spaces between.
    text = "".join("".join(page.extract_text() for page in reader.pages).split())
    assert "馬紹爾群島共和國總統國是訪問" in text
    assert "2025年6月4日（星期三）" in text
    assert f"第1頁，共{len(reader.pages)}頁" in text
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert any("CJK" in name for name in fonts)
    assert any("NotoSans-" in name for name in fonts)


def test_a_chinese_attendee_sheet_names_its_signatories_in_chinese(plan: VisitPlan) -> None:
    job = attendee_sheet(plan, "loi-signing", language=document_language(plan.visit, ZH, "roc"))
    text = job.document.toPlainText()
    assert "中華民國114年6月4日（星期三），10:00–10:30（台北時間）" in text
    assert "卡內可" in text
    assert "Kalani KANEKO" in text
    assert job.page_label == "第 {page} 頁，共 {pages} 頁"


def test_translations_in_a_language_of_the_visit_only_are_used(plan: VisitPlan) -> None:
    visit = replace(plan.visit, translations=(Translation("fr", "title", "Visite d'État"),))
    assert Words(ZH).title(visit) == visit.title


def test_sheets_and_the_programme_name_people_by_their_list_form(plan: VisitPlan) -> None:
    """Attendee sheets and the programme use the list form (planner.domain.address), with
    the title on its own line; an officer's own list form is printed as they wrote it."""
    english = attendee_sheet(plan, "bilateral-talks", language=document_language(plan.visit, "en"))
    text = english.document.toPlainText()
    assert "H.E. Dr. Hilda HEINE" in text
    assert "Hon. Kalani KANEKO" in text  # never "Hon. Mr."
    assert "Mr. TSAI Ming-yen" in text
    chinese = attendee_sheet(plan, "bilateral-talks", language=document_language(plan.visit, ZH))
    assert "海妮閣下" in chinese.document.toPlainText()
    own = FormOverride("en", "list", "Her Excellency Dr. Hilda C. Heine, President")
    people = tuple(
        replace(p, form_overrides=(own,)) if p.key == "heine" else p for p in plan.people
    )
    sheet = attendee_sheet(
        replace(plan, people=people),
        "bilateral-talks",
        language=document_language(plan.visit, "en"),
    )
    text = sheet.document.toPlainText()
    assert "Her Excellency Dr. Hilda C. Heine, President" in text
    assert "H.E. Dr. Hilda HEINE" not in text
    programme = programme_text(replace(plan, people=people), document_language(plan.visit, "en"))
    assert "Her Excellency Dr. Hilda C. Heine, President" in programme
