"""Texts in the visit's second language, edited in the window as an officer would: each
translatable field with its Chinese field beside it in the dialogs, a column for it in the
tables, the visit's languages chosen in the Overview, print previews in either language."""

import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.edits import texts_in
from planner.ui.dialogs import PersonDialog, VenueDialog, VisitDialog
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from planner.ui.models import ProgrammeTreeModel, RowTableModel
from tests.helpers.qt import action, answer_with, plan_of
from tests.ui.keyboard import POPUP_WARNINGS

pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)

DEMO_KEY = "mh-state-visit-2025"
HORIZONTAL = Qt.Orientation.Horizontal


def choose(box: QComboBox, value: str) -> None:
    """Pick an entry of a list as the officer does (the list says it was activated)."""
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)
    box.activated.emit(index)


def label_of(form: QFormLayout, field: QWidget) -> str:
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """On screen (no focus needed: nothing here is typed key by key)."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)


def column_named(model: RowTableModel[Any], title: str) -> int:
    titles = [model.headerData(n, HORIZONTAL) for n in range(model.columnCount())]
    return titles.index(title)


def column_text(model: RowTableModel[Any], key: str, title: str) -> str:
    row = next(n for n, item in enumerate(model.items) if item.key == key)
    return str(model.index(row, column_named(model, title)).data())


def visible_columns(table: QTableView) -> list[str]:
    model = table.model()
    return [
        str(model.headerData(n, HORIZONTAL))
        for n in range(model.columnCount())
        if not table.isColumnHidden(n)
    ]


# The person


def test_a_chinese_title_edited_in_the_person_dialog_is_saved_and_listed(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.people
    page.select("heine")

    def fill(dialog: PersonDialog) -> None:
        assert dialog.second.edits["name"].text() == "海妮"
        assert dialog.second.edits["title"].text() == "馬紹爾群島共和國總統"
        assert label_of(dialog.form, dialog.second.edits["title"]) == "Title (中文)"
        assert dialog.short_title.text() == "President"
        assert dialog.courtesy.currentText() == "Dr."
        dialog.second.edits["title"].setText("馬紹爾群島共和國總統兼國家元首")

    answer_with(PersonDialog, fill, monkeypatch)
    page.edit_selected()
    heine = plan_of(demo_window).person("heine")
    assert heine.translation("title", "zh-Hant") == "馬紹爾群島共和國總統兼國家元首"
    assert heine.translation("name", "zh-Hant") == "海妮"  # the others as they were
    assert (heine.short_title, heine.courtesy) == ("President", "Dr.")
    assert "Title (中文)" in visible_columns(page.table)
    assert column_text(page.model, "heine", "Title (中文)") == "馬紹爾群島共和國總統兼國家元首"
    assert column_text(page.model, "heine", "Name (中文)") == "海妮"


def test_the_forms_of_address_follow_what_is_typed(qtbot: QtBot, demo_window: MainWindow) -> None:
    dialog = PersonDialog(set(), plan=plan_of(demo_window))
    shown(qtbot, dialog)
    for edit, text in (
        (dialog.given, "Hilda"),
        (dialog.family, "Heine"),
        (dialog.title, "President of the Republic of the Marshall Islands"),
        (dialog.short_title, "President"),
        (dialog.second.edits["name"], "海妮"),
        (dialog.second.edits["short_title"], "總統"),
    ):
        edit.setText(text)
    assert "President Heine" in dialog.address_forms.text("en")
    assert "海妮總統" in dialog.address_forms.text("zh-Hant")
    dialog.courtesy.setCurrentText("Dr.")
    dialog.short_title.setText("")
    dialog.title.setText("Senator")
    assert "Dr. Hilda Heine" in dialog.address_forms.text("en")


def test_a_short_title_and_courtesy_title_are_saved(qtbot: QtBot, demo_window: MainWindow) -> None:
    plan = plan_of(demo_window)
    dialog = PersonDialog(set(), plan.person("tsai"), plan=plan)
    shown(qtbot, dialog)
    assert [dialog.courtesy.itemText(n) for n in range(dialog.courtesy.count())] == [
        "",
        "Mr.",
        "Ms.",
        "Mrs.",
        "Dr.",
        "Prof.",
    ]
    dialog.courtesy.setCurrentText("Prof.")
    dialog.short_title.setText("Director-General")
    dialog.second.edits["organization"].setText("")  # no organization in Chinese any more
    person = dialog.person()
    assert (person.courtesy, person.short_title) == ("Prof.", "Director-General")
    assert person.translation("organization", "zh-Hant") is None
    assert person.translation("title", "zh-Hant") == "國家安全局局長"


def test_a_one_language_visit_has_no_second_language_fields_or_columns(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    plan = plan_of(demo_window)
    english = replace(plan, visit=replace(plan.visit, languages=("en",), translations=()))
    dialog = PersonDialog(set(), plan=english)
    shown(qtbot, dialog)
    assert not any(edit.isVisible() for edit in dialog.second.edits.values())
    assert dialog.address_forms.languages == ("en",)
    venue = VenueDialog(set(), languages=("en",))
    shown(qtbot, venue)
    assert not any(edit.isVisible() for edit in venue.second.edits.values())


# The visit's languages


def test_english_only_asks_before_removing_the_chinese_texts_and_undo_brings_them_back(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = demo_window.overview.details
    before = plan_of(demo_window)
    held = texts_in(before, "zh-Hant")
    assert held > 20
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., object]:
        def question(_parent: object, _title: str, text: str, *_args: object) -> object:
            asked.append(text)
            return reply

        return question

    # Kept: nothing changes, and the form shows the languages as they are.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    choose(form.second_language, "")
    assert f"The {held} texts written in it" in asked[0]
    assert "中文（繁體）" in asked[0]
    assert plan_of(demo_window) == before
    assert form.second_language.currentData() == "zh-Hant"
    assert form.second_title.isVisible()

    # Removed: the visit is in English only, every Chinese text gone with it, in one edit.
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    choose(form.second_language, "")
    after = plan_of(demo_window)
    assert after.visit.languages == ("en",)
    assert texts_in(after, "zh-Hant") == 0
    assert not form.second_title.isVisible()
    assert "Title (中文)" not in visible_columns(demo_window.people.table)
    tree = demo_window.programme.tree
    assert tree.isColumnHidden(ProgrammeTreeModel.SECOND_TITLE)

    demo_window.editor.undo_stack.undo()
    restored = plan_of(demo_window)
    assert restored.visit.languages == ("en", "zh-Hant")
    assert texts_in(restored, "zh-Hant") == held
    assert form.second_language.currentData() == "zh-Hant"
    assert not tree.isColumnHidden(ProgrammeTreeModel.SECOND_TITLE)


def test_a_language_with_translations_cannot_become_the_main_one(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = demo_window.overview.details
    before = plan_of(demo_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: pytest.fail("nothing to ask"))
    choose(form.main_language, "zh-Hant")  # the two swap places in the form
    assert form.languages() == ("zh-Hant", "en")
    assert "cannot be the main language" in form.error.text()
    assert form.error.isVisible()
    assert plan_of(demo_window) == before


def test_a_second_language_added_gives_the_title_its_field(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = demo_window.overview.details
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    choose(form.second_language, "")
    choose(form.second_language, "ja")
    assert plan_of(demo_window).visit.languages == ("en", "ja")
    assert label_of(form.form, form.second_title) == "Title (日本語)"
    form.second_title.setText("マーシャル諸島共和国大統領の国賓訪問")
    demo_window.overview.commit()
    visit = plan_of(demo_window).visit
    assert visit.translation("title", "ja") == "マーシャル諸島共和国大統領の国賓訪問"


def test_the_language_lists_name_the_others_only_when_opened(demo_window: MainWindow) -> None:
    """The Overview shows the visit's two languages at once and lists the usual ones (each
    named in its own language, which reads its CLDR data) when the officer opens a list."""
    form = demo_window.overview.details
    assert form.main_language.count() == 2
    assert form.main_language.currentText().startswith("English")
    assert form.second_language.currentText().startswith("中文（繁體）")
    form.second_language.showPopup()
    form.second_language.hidePopup()
    listed = [form.second_language.itemData(i) for i in range(form.second_language.count())]
    assert listed[:3] == ["", "en", "zh-Hant"]
    assert {"fr", "ja", "mh"} <= set(listed)
    assert form.second_language.currentData() == "zh-Hant"  # still the visit's
    assert form.languages() == ("en", "zh-Hant")


def test_a_new_visit_in_chinese_with_english_as_its_second_language(qtbot: QtBot) -> None:
    dialog = VisitDialog(set())
    shown(qtbot, dialog)
    assert not dialog.second_title.isVisible()
    dialog.title.setText("馬紹爾群島共和國總統國是訪問")
    choose(dialog.main_language, "zh-Hant")
    choose(dialog.second_language, "en")
    assert dialog.second_title.isVisible()
    assert label_of(dialog.form, dialog.second_title) == "Title (English)"
    dialog.second_title.setText("State visit of the President of the Marshall Islands")
    dialog.host.set_country("TW")
    dialog.guest.set_country("MH")
    visit = dialog.visit()
    assert visit.languages == ("zh-Hant", "en")
    assert visit.title == "馬紹爾群島共和國總統國是訪問"
    assert visit.translation("title", "en") == (
        "State visit of the President of the Marshall Islands"
    )


# Items, venues, instruments


def test_the_item_dialog_saves_a_chinese_title_shown_in_the_programme(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.programme
    page.select("loi-signing")

    def fill(dialog: EventDialog) -> None:
        assert dialog.second_title.text() == "安全合作意向書簽署儀式"
        assert dialog.signing.second_title.text() == "安全合作意向書"
        dialog.second_title.setText("安全合作意向書簽署典禮")
        dialog.second_dress.setText("西裝")
        dialog.signing.second_title.setText("安全合作意向書（正本）")

    answer_with(EventDialog, fill, monkeypatch)
    page.edit_selected()
    event = plan_of(demo_window).event("loi-signing")
    assert event.translation("title", "zh-Hant") == "安全合作意向書簽署典禮"
    assert event.translation("dress_code", "zh-Hant") == "西裝"
    assert event.signing is not None
    assert event.signing.documents[0].translation("title", "zh-Hant") == "安全合作意向書（正本）"
    index = page.model.index_of_event("loi-signing")
    second = page.model.index(index.row(), ProgrammeTreeModel.SECOND_TITLE, index.parent())
    assert second.data() == "安全合作意向書簽署典禮"
    assert not page.tree.isColumnHidden(ProgrammeTreeModel.SECOND_TITLE)
    title = page.model.headerData(ProgrammeTreeModel.SECOND_TITLE, HORIZONTAL)
    assert title == "Programme item (中文)"


def test_the_venue_dialog_saves_a_chinese_name_and_address(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.venues
    page.select("maj")

    def fill(dialog: VenueDialog) -> None:
        assert dialog.second.edits["name"].text() == "阿瑪塔卡布亞國際機場"
        dialog.second.edits["name"].setText("馬久羅國際機場")

    answer_with(VenueDialog, fill, monkeypatch)
    page.edit_selected()
    venue = plan_of(demo_window).venue("maj")
    assert venue.translation("name", "zh-Hant") == "馬久羅國際機場"
    assert venue.translation("address", "zh-Hant") == "馬紹爾群島共和國馬久羅環礁"
    assert column_text(page.model, "maj", "Name (中文)") == "馬久羅國際機場"


# Print previews


def previews_in(
    language: str, output: Path, monkeypatch: pytest.MonkeyPatch, *, roc: bool = False
) -> None:
    """A print preview, once asked for, is switched to `language` in its tool bar (with
    years of the Republic if `roc`) and painted into a PDF at `output`."""

    def exec_(dialog: QPrintPreviewDialog) -> int:
        box = dialog.findChild(QComboBox, "documentLanguage")
        assert box is not None
        box.setCurrentIndex(box.findData(language))
        era = dialog.findChild(QCheckBox, "rocEra")
        assert era is not None
        if roc:
            assert era.isEnabled()
            era.setChecked(True)
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)


def pdf_text(path: Path) -> str:
    """The document's words one space apart, its Chinese as typed (pypdf gives some
    characters as their Kangxi radicals, and a line break between characters)."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def chinese(text: str) -> str:
    return "".join(text.split())


def test_the_programme_previewed_in_chinese(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "programme.pdf"
    previews_in("zh-Hant", output, monkeypatch)
    action(demo_window, "Print preview: programme…")
    text = pdf_text(output)
    assert "海妮" in text
    assert "2025年6月4日" in chinese(text)


def test_the_programme_previewed_in_chinese_with_the_years_of_the_republic(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "programme.pdf"
    previews_in("zh-Hant", output, monkeypatch, roc=True)
    action(demo_window, "Print preview: programme…")
    text = chinese(pdf_text(output)).replace("⺠", "民")  # pypdf reads 民 as its radical
    assert "中華民國114年6月4日（星期三）" in text.replace("(", "（").replace(")", "）")


def test_the_years_of_the_republic_are_not_offered_for_an_english_document(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(dialog: QPrintPreviewDialog) -> int:
        era = dialog.findChild(QCheckBox, "rocEra")
        assert era is not None
        assert not era.isEnabled()
        box = dialog.findChild(QComboBox, "documentLanguage")
        assert box is not None
        box.setCurrentIndex(box.findData("bilingual"))
        assert era.isEnabled()
        box.setCurrentIndex(box.findData("en"))
        assert not era.isEnabled()
        previewed.append(dialog)
        return 0

    previewed: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    action(demo_window, "Print preview: programme…")
    assert previewed


def test_an_attendee_sheet_previewed_in_both_languages(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.ui.choosers

    monkeypatch.setattr(planner.ui.choosers, "choose_item", lambda *_, **__: (True, "loi-signing"))
    output = tmp_path / "sheet.pdf"
    previews_in("bilingual", output, monkeypatch)
    action(demo_window, "Print preview: attendee sheet…")
    text = pdf_text(output)
    assert "Kalani Kaneko" in text
    assert "卡尼可" in chinese(text)
    assert "安全合作意向書簽署儀式" in chinese(text)
    assert "Letter of Intent" in text
