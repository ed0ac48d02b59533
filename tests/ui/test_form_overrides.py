"""Forms of address in the officer's own words, as an officer writes them in the person
dialog: saved with the person, read back from the database, listed by `delegation-planner
forms`, and gone again when the field is cleared."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.cli import main
from planner.domain.address import FormOverride, forms
from planner.services import Planner
from planner.store.database import open_database
from planner.ui.dialogs import PersonDialog
from planner.ui.main_window import MainWindow
from tests.helpers.qt import answer_with, plan_of
from tests.ui.keyboard import POPUP_WARNINGS
from tests.ui.test_second_language import DEMO_KEY, shown

pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)

HER_EXCELLENCY = "Her Excellency Dr. Hilda Heine\nPresident of the Republic of the Marshall Islands"


def forms_listed(capsys: pytest.CaptureFixture[str], db_path: Path, *more: str) -> list[str]:
    """Heine's row of `delegation-planner forms`: key, list, short, salutation, envelope."""
    assert main(["--db", str(db_path), "forms", DEMO_KEY, *more]) == 0
    out, _ = capsys.readouterr()
    return next(row for row in (line.split("\t") for line in out.splitlines()) if row[0] == "heine")


def test_an_override_typed_in_the_dialog_is_saved_reloaded_listed_and_cleared(
    demo_window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
) -> None:
    page = demo_window.people
    made = forms(plan_of(demo_window).person("heine"))
    page.select("heine")

    def write(dialog: PersonDialog) -> None:
        envelope = dialog.address_forms.cells[("en", "envelope")]
        assert envelope.text() == ""  # nothing of the officer's own yet
        assert envelope.placeholderText() == made.envelope  # the made form, in grey
        envelope.setText(
            "  Her Excellency Dr. Hilda Heine\n\nPresident of the Republic of the Marshall Islands "
        )
        dialog.address_forms.cells[("zh-Hant", "short")].setText("海妮總統閣下")

    answer_with(PersonDialog, write, monkeypatch)
    page.edit_selected()
    heine = plan_of(demo_window).person("heine")
    assert heine.form_overrides == (
        FormOverride("en", "envelope", HER_EXCELLENCY),
        FormOverride("zh-Hant", "short", "海妮總統閣下"),
    )
    # Read back from the database, as another window (or the command line) sees it.
    stored = Planner(open_database(db_path)).plan(DEMO_KEY).person("heine")
    assert stored.form_overrides == heine.form_overrides
    assert forms_listed(capsys, db_path)[4] == HER_EXCELLENCY.replace("\n", " / ")
    assert forms_listed(capsys, db_path, "--lang", "zh-Hant")[2] == "海妮總統閣下"

    def reopen_and_clear(dialog: PersonDialog) -> None:
        envelope = dialog.address_forms.cells[("en", "envelope")]
        assert envelope.text() == HER_EXCELLENCY  # the officer's words, to change
        assert dialog.address_forms.cells[("zh-Hant", "short")].text() == "海妮總統閣下"
        envelope.setText("")

    answer_with(PersonDialog, reopen_and_clear, monkeypatch)
    page.edit_selected()
    heine = plan_of(demo_window).person("heine")
    assert heine.form_overrides == (FormOverride("zh-Hant", "short", "海妮總統閣下"),)
    assert forms(heine).envelope == made.envelope
    assert forms_listed(capsys, db_path)[4] == made.envelope.replace("\n", " / ")


def test_the_made_forms_keep_following_the_fields_beside_an_override(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    plan = plan_of(demo_window)
    dialog = PersonDialog(set(), plan.person("heine"), plan=plan)
    shown(qtbot, dialog)
    short = dialog.address_forms.cells[("en", "short")]
    salutation = dialog.address_forms.cells[("en", "salutation")]
    short.setText("Madam President")
    dialog.short_title.setText("Senator")
    dialog.honorific.setText("")
    assert short.placeholderText() == "Senator Heine"  # still made from the fields
    assert salutation.placeholderText() == "Dear Dr. Heine"
    text = dialog.address_forms.text("en").splitlines()
    assert text[1:3] == ["Madam President", "Dear Dr. Heine"]  # as they stand: typed or made


def test_an_override_the_rules_refuse_keeps_the_dialog_open_saying_why(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    plan = plan_of(demo_window)
    dialog = PersonDialog(set(), plan.person("heine"), plan=plan)
    shown(qtbot, dialog)
    dialog.address_forms.cells[("en", "salutation")].setText("Your Excellency\x07")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.text().endswith("Forms of address: contains a control character")
