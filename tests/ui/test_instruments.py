"""Several instruments signed at one ceremony, edited in the item dialog's signing section as
an officer would: a memorandum added beside the demo's letter of intent, with its Chinese
title, each shown in turn and one taken away again."""

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from planner.domain.model import Event, SigningDocument, Translation, VisitPlan
from planner.domain.vocab import DocumentKind
from planner.ui.event_dialog import EventDialog
from planner.ui.main_window import MainWindow
from planner.ui.signing_section import SigningSection
from tests.helpers.qt import answer_with
from tests.ui.event_dialog_helpers import shown, type_into
from tests.ui.keyboard import POPUP_WARNINGS, type_with_input_method

pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)

DEMO_KEY = "mh-state-visit-2025"
LOI = "Letter of Intent on Security Cooperation"
MOU = "Memorandum of Understanding on Academic Exchange"


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def listed(section: SigningSection) -> list[str]:
    """The instruments as the chooser lists them."""
    chooser = section.instruments.chooser
    return [chooser.itemText(n) for n in range(chooser.count())]


def show_instrument(section: SigningSection, number: int) -> None:
    """Go to an instrument by typing its number into the chooser."""
    chooser = section.instruments.chooser
    chooser.setFocus()
    chooser.view().keyboardSearch("")  # a new search, as after a pause in typing
    QTest.keyClicks(chooser, str(number))
    assert chooser.currentText().startswith(f"{number}. ")


def shown_instrument(section: SigningSection) -> tuple[str, str, str, str]:
    """What the instrument fields show: title, Chinese title, kind, originals."""
    return (
        section.document_title.text(),
        section.second_title.text(),
        section.instruments.document_kind.currentText(),
        section.originals.text(),
    )


def add_memorandum(section: SigningSection) -> None:
    """Add an instrument and type its titles in English and (through an input method)
    Chinese, its kind, and three originals."""
    click(section.instruments.add_button)
    type_into(section.document_title, MOU)
    section.second_title.setFocus()
    type_with_input_method(section.second_title, "學術交流瞭解備忘錄")
    type_into(section.instruments.document_kind, "Memorandum")
    section.originals.setFocus()
    section.originals.selectAll()
    QTest.keyClicks(section.originals, "3")


def signing_item(plan: VisitPlan) -> Event:
    return plan.event("loi-signing")


def with_documents(plan: VisitPlan, *documents: SigningDocument) -> tuple[VisitPlan, Event]:
    item = signing_item(plan)
    assert item.signing is not None
    item = replace(item, signing=replace(item.signing, documents=documents))
    return replace(plan, events=tuple(item if e.key == item.key else e for e in plan.events)), item


def test_a_memorandum_added_beside_the_letter_of_intent_is_saved_with_its_chinese_title(
    qtbot: QtBot, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = demo_window.programme
    page.select("loi-signing")

    def fill(dialog: EventDialog) -> None:
        section = shown(qtbot, dialog).signing
        assert listed(section) == [f"1. {LOI}"]
        add_memorandum(section)
        assert listed(section) == [f"1. {LOI}", f"2. {MOU}"]
        show_instrument(section, 1)
        assert shown_instrument(section) == (
            LOI,
            "安全合作意向書",
            "Letter of intent",
            "2 originals",
        )
        show_instrument(section, 2)
        assert shown_instrument(section) == (
            MOU,
            "學術交流瞭解備忘錄",
            "Memorandum of understanding",
            "3 originals",
        )

    answer_with(EventDialog, fill, monkeypatch)
    page.edit_selected()
    plan = demo_window.editor.plan
    assert plan is not None
    signing = signing_item(plan).signing
    assert signing is not None
    assert [(d.title, d.kind, d.copies) for d in signing.documents] == [
        (LOI, DocumentKind.LOI, 2),
        (MOU, DocumentKind.MOU, 3),
    ]
    assert [d.translation("title", "zh-Hant") for d in signing.documents] == [
        "安全合作意向書",
        "學術交流瞭解備忘錄",
    ]
    # Made in the letter's languages, as an instrument added takes them from the one shown.
    assert signing.documents[1].languages == ("en", "zh-Hant")


def test_each_instrument_keeps_what_was_typed_into_it_while_another_is_shown(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    dialog = EventDialog(demo_plan, signing_item(demo_plan))
    section = shown(qtbot, dialog).signing
    add_memorandum(section)
    show_instrument(section, 1)
    type_into(section.document_title, "Letter of Intent on Maritime Security Cooperation")
    section.second_title.setText("海事安全合作意向書")
    section.languages.action_for("mh").trigger()
    show_instrument(section, 2)
    section.second_title.setText("學術交流合作瞭解備忘錄")
    assert section.languages.text() == "In English, 中文（繁體）"  # not the letter's Marshallese
    show_instrument(section, 1)
    assert section.languages.text() == "In English, 中文（繁體）, Marshallese"
    assert listed(section) == [
        "1. Letter of Intent on Maritime Security Cooperation",
        f"2. {MOU}",
    ]
    signing = dialog.programme_item().signing
    assert signing is not None
    letter, memorandum = signing.documents
    assert letter.title == "Letter of Intent on Maritime Security Cooperation"
    assert letter.translation("title", "zh-Hant") == "海事安全合作意向書"
    assert letter.languages == ("en", "zh-Hant", "mh")
    assert memorandum.translation("title", "zh-Hant") == "學術交流合作瞭解備忘錄"
    assert memorandum.languages == ("en", "zh-Hant")


def test_removing_the_letter_leaves_the_memorandum_as_typed(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    dialog = EventDialog(demo_plan, signing_item(demo_plan))
    section = shown(qtbot, dialog).signing
    add_memorandum(section)
    show_instrument(section, 1)
    click(section.instruments.remove_button)
    assert listed(section) == [f"1. {MOU}"]  # numbered afresh
    assert shown_instrument(section) == (
        MOU,
        "學術交流瞭解備忘錄",
        "Memorandum of understanding",
        "3 originals",
    )
    signing = dialog.programme_item().signing
    assert signing is not None
    (memorandum,) = signing.documents
    assert (memorandum.title, memorandum.kind, memorandum.copies) == (MOU, DocumentKind.MOU, 3)
    assert memorandum.translation("title", "zh-Hant") == "學術交流瞭解備忘錄"


def test_removing_the_last_of_three_shows_the_one_before(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    dialog = EventDialog(demo_plan, signing_item(demo_plan))
    section = shown(qtbot, dialog).signing
    add_memorandum(section)
    click(section.instruments.add_button)
    type_into(section.document_title, "Joint Statement")
    click(section.instruments.remove_button)
    assert listed(section) == [f"1. {LOI}", f"2. {MOU}"]
    assert section.document_title.text() == MOU
    signing = dialog.programme_item().signing
    assert signing is not None
    assert [d.title for d in signing.documents] == [LOI, MOU]


def test_an_instrument_left_without_a_title_is_not_saved(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    dialog = EventDialog(demo_plan, signing_item(demo_plan))
    section = shown(qtbot, dialog).signing
    click(section.instruments.add_button)
    assert listed(section) == [f"1. {LOI}", "2. (no title yet)"]
    assert section.document_title.hasFocus()  # ready for its title to be typed
    section.second_title.setText("未命名")
    signing = dialog.programme_item().signing
    assert signing is not None
    assert [d.title for d in signing.documents] == [LOI]


def test_removing_the_only_instrument_leaves_none(qtbot: QtBot, demo_plan: VisitPlan) -> None:
    dialog = EventDialog(demo_plan, signing_item(demo_plan))
    section = shown(qtbot, dialog).signing
    remove = section.instruments.remove_button
    assert remove.isEnabled()
    click(remove)
    assert listed(section) == ["1. (no title yet)"]
    assert shown_instrument(section)[:2] == ("", "")
    assert not remove.isEnabled()  # nothing left to take away
    signing = dialog.programme_item().signing
    assert signing is not None
    assert signing.documents == ()
    assert [s.person for s in signing.signatories] == ["tsai", "kaneko"]  # still signing


def test_texts_in_a_third_language_stay_with_their_own_instrument(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    """A visit file may bring titles in a language the window does not edit (French here):
    each instrument keeps its own, whichever is removed or shown."""
    visit = replace(demo_plan.visit, languages=("en", "zh-Hant", "fr"))
    letter = SigningDocument(
        LOI,
        DocumentKind.LOI,
        ("en", "zh-Hant"),
        translations=(
            Translation("zh-Hant", "title", "安全合作意向書"),
            Translation(
                "fr", "title", "Lettre d'intention sur la coopération en matière de sécurité"
            ),
        ),
    )
    notes = SigningDocument(
        "Exchange of Notes on Visas",
        DocumentKind.EXCHANGE_OF_NOTES,
        ("en", "fr"),
        translations=(
            Translation("zh-Hant", "title", "簽證換文"),
            Translation("fr", "title", "Échange de notes sur les visas"),
        ),
    )
    memorandum = SigningDocument(
        MOU, DocumentKind.MOU, translations=(Translation("fr", "title", "Mémorandum d'entente"),)
    )
    plan, item = with_documents(replace(demo_plan, visit=visit), letter, notes, memorandum)
    dialog = EventDialog(plan, item)
    section = shown(qtbot, dialog).signing
    assert listed(section) == [f"1. {LOI}", "2. Exchange of Notes on Visas", f"3. {MOU}"]
    show_instrument(section, 2)
    assert section.instruments.document_kind.currentText() == "Exchange of notes"
    click(section.instruments.remove_button)  # the exchange of notes
    assert section.document_title.text() == MOU
    section.second_title.setText("學術交流瞭解備忘錄")
    signing = dialog.programme_item().signing
    assert signing is not None
    assert signing.documents == (
        letter,
        replace(
            memorandum,
            translations=(
                Translation("fr", "title", "Mémorandum d'entente"),
                Translation("zh-Hant", "title", "學術交流瞭解備忘錄"),
            ),
        ),
    )
