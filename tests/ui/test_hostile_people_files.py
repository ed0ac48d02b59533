"""File ▸ Import people… with a hostile file: the dialog says what is wrong, nothing is imported."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from planner.ui.main_window import MainWindow
from planner.ui.people_import import PeopleImportDialog
from tests.helpers.qt import action, answer_with
from tests.peoplefile import hostile


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "embassy.xlsx",
            hostile.xxe_workbook(),
            "embassy.xlsx: the workbook declares XML entities, which this program refuses",
        ),
        (
            "embassy.csv",
            b"\xff\xfe\x00\xd8N\x00",
            "embassy.csv: starts like UTF-16 text (byte-order mark), but byte 3 cannot be read "
            "as UTF-16",
        ),
    ],
)
def test_the_dialog_names_the_file_and_what_is_wrong(
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    name: str,
    data: bytes,
    message: str,
) -> None:
    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    before = window.editor.plan
    listing = tmp_path / name
    listing.write_bytes(data)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listing), ""))
    seen: dict[str, Any] = {}

    def look(dialog: PeopleImportDialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["can import"] = dialog.import_button.isEnabled()

    answer_with(PeopleImportDialog, look, monkeypatch)
    action(window, "Import &people…")
    assert seen["summary"].startswith(message)
    assert seen["can import"] is False
    assert window.editor.plan == before
    assert window.planner.plan("mh-state-visit-2025") == before
