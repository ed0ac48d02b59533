"""File ▸ Import people…: the preview maps columns, shows each row, and imports on confirmation."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Side
from planner.peoplefile.importer import PersonField
from planner.ui.main_window import MainWindow
from planner.ui.people_import import ColumnMappingModel, PeopleImportDialog
from tests.helpers.lists import CHINESE_HEADERS, CHINESE_ROWS, csv_text, excel_workbook
from tests.helpers.qt import action, answer_with


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("名單.xlsx", excel_workbook(CHINESE_HEADERS, CHINESE_ROWS)),
        ("名單.csv", csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("big5")),
    ],
)
def test_preview_then_import_from_the_file_menu(
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    data: bytes,
) -> None:
    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    listing = tmp_path / name
    listing.write_bytes(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listing), ""))
    seen: dict[str, Any] = {}

    def confirm(dialog: PeopleImportDialog) -> None:
        seen["read_as"] = dialog.read_as.text()
        seen["summary"] = dialog.summary.text()
        dialog.side.set_value(Side.HOST)

    answer_with(PeopleImportDialog, confirm, monkeypatch)
    before = len(window.editor.plan.people) if window.editor.plan else 0
    action(window, "Import &people…")
    assert seen["summary"].startswith("3 new, 0 to update.")
    assert seen["read_as"] == (
        "read as xlsx" if name.endswith("xlsx") else "read as big5 (guessed)"
    )
    plan = window.editor.plan
    assert plan is not None
    assert len(plan.people) == before + 3
    lin = next(p for p in plan.people if p.native_name == "林佳龍")
    assert lin.side is Side.HOST
    assert window.tabs.currentWidget() is window.people
    window.undo_action.trigger()  # an import is one edit, undone whole
    assert window.editor.plan is not None
    assert len(window.editor.plan.people) == before


def test_nothing_is_imported_until_the_columns_make_sense(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_plan: Any
) -> None:
    data = csv_text(["Person", "Post"], [["Tony DE BRUM", "Adviser"]]).encode()
    dialog = PeopleImportDialog(demo_plan, data, "list.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert "no column holds the names" in dialog.summary.text()
    model = dialog.mapping_model
    assert isinstance(model, ColumnMappingModel)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    model.setData(model.index(0, ColumnMappingModel.FIELD), PersonField.FULL_NAME.value)
    model.setData(model.index(1, ColumnMappingModel.FIELD), PersonField.TITLE.value)
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text() == "1 new, 0 to update."
    assert dialog.rows_model.index(0, 2).data() == "Tony De Brum"
