"""Our side first on an outbound visit, and exports of one item that ask which item."""

import csv
import io
from datetime import date
from pathlib import Path

import icalendar
import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

from planner.domain.vocab import Side
from planner.ui.choosers import ItemChooser
from planner.ui.dialogs import PersonDialog
from planner.ui.main_window import MainWindow
from tests.helpers.qt import action, print_previews_to
from tests.ui.trips import trip

TRIP = "brussels-prague-2025"


def open_trip(window: MainWindow) -> None:
    window.planner.add_plan(trip())
    window.refresh_visits(TRIP)


def save_to(path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the save dialog with `path`; the list records the file name it suggested."""
    asked: list[str] = []

    def answer(*args: object, **kwargs: object) -> tuple[str, str]:
        asked.append(Path(str(args[2])).name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def chooser_picks(key: str | None, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Answer the item chooser by picking `key`; the list records what it offered first."""
    offered: list[str | None] = []

    def exec_(dialog: ItemChooser) -> int:
        first = dialog.chosen()
        assert first is not None
        offered.append(first.event.key if first.event else None)
        dialog.choose(key)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ItemChooser, "exec", exec_)
    return offered


def test_on_an_outbound_visit_our_side_comes_first(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_trip(window)
    people = window.people
    assert people.add_ours.text() == "Add guest (our side)…"
    assert people.add_theirs.text() == "Add host…"
    assert people.buttons.indexOf(people.add_ours) < people.buttons.indexOf(people.add_theirs)
    sides: list[Side] = []

    def look(dialog: PersonDialog) -> int:
        sides.append(dialog.side.value())
        return 0

    monkeypatch.setattr(PersonDialog, "exec", look)
    people.add_ours.click()
    assert sides == [Side.GUEST]
    # The itinerary picker starts on our head of delegation, our side listed first.
    asked: list[tuple[list[str], int]] = []

    def pick(
        _parent: object, _title: str, _label: str, items: list[str], current: int, *a: object
    ) -> tuple[str, bool]:
        asked.append((items, current))
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    action(window, "One person’s itinerary…")
    ((items, current),) = asked
    assert items[current] == "Guest 2: Chia-lung Lin"
    assert [item.split()[0] for item in items] == ["Guest", "Guest", "Host", "Host"]


def test_the_day_calendar_starts_on_the_day_selected_in_the_programme(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_trip(window)
    window.programme.select("night-train", date(2025, 10, 26))  # the day spent arriving
    asked: list[str] = []

    def pick(
        _parent: object, _title: str, _label: str, items: list[str], current: int, *a: object
    ) -> tuple[str, bool]:
        asked.append(items[current])
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    action(window, "One day…")
    assert asked == ["Sunday 26 October 2025"]


def test_on_an_inbound_visit_the_host_side_is_ours(window: MainWindow) -> None:
    window.planner.add_demo()
    window.refresh_visits("mh-state-visit-2025")
    assert window.people.add_ours.text() == "Add host (our side)…"
    assert window.people.add_theirs.text() == "Add guest…"


def test_an_attendee_list_asks_which_item_starting_from_the_selected_one(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_trip(window)
    output = tmp_path / "list.csv"
    asked = save_to(output, monkeypatch)
    window.tabs.setCurrentWidget(window.programme)
    window.programme.select("signing")
    offered = chooser_picks("talks", monkeypatch)
    action(window, "CSV…")
    assert offered == ["signing"]
    assert asked == [f"{TRIP}-talks.csv"]
    rows = list(csv.DictReader(io.StringIO(output.read_bytes().decode("utf-8-sig"))))
    # The talks' people, ours (the guests) first; Novák is only at the signing.
    assert [row["Name"] for row in rows] == ["Mei-ling Chen", "Chia-lung Lin", "Maxime Prévot"]
    # From another tab the whole delegation is offered first.
    window.tabs.setCurrentWidget(window.people)
    offered = chooser_picks(None, monkeypatch)
    action(window, "CSV…")
    assert offered == [None]
    rows = list(csv.DictReader(io.StringIO(output.read_bytes().decode("utf-8-sig"))))
    assert len(rows) == 4


def test_the_calendar_of_one_item_is_of_the_item_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_trip(window)
    output = tmp_path / "item.ics"
    asked = save_to(output, monkeypatch)
    window.programme.select("talks")
    offered = chooser_picks("night-train", monkeypatch)
    action(window, "One programme item…")
    assert offered == ["talks"]
    (event,) = icalendar.Calendar.from_ical(output.read_bytes()).walk("VEVENT")
    assert str(event["SUMMARY"]) == "Night train to Prague"
    assert asked == [f"{TRIP}-night-train.ics"]


def test_cancelling_the_chooser_exports_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_trip(window)
    asked = save_to(tmp_path / "never.pdf", monkeypatch)
    monkeypatch.setattr(ItemChooser, "exec", lambda dialog: 0)
    action(window, "PDF…")
    action(window, "One programme item…")
    action(window, "Print preview: attendee sheet…")
    assert asked == []


def test_the_print_preview_of_an_attendee_sheet_is_of_the_item_chosen(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    open_trip(window)
    output = tmp_path / "preview.pdf"
    print_previews_to(output, monkeypatch)
    chooser_picks("signing", monkeypatch)
    action(window, "Print preview: attendee sheet…")
    text = " ".join(PdfReader(output).pages[0].extract_text().split())
    assert "Signing in Prague" in text


def test_the_chooser_lists_each_item_once_by_day_and_time(qtbot: QtBot) -> None:
    dialog = ItemChooser(trip(), "Calendar", "Which item?", current="night-train")
    qtbot.addWidget(dialog)
    model = dialog.model
    shown = [
        " | ".join(model.index(row, column).data() for column in range(4))
        for row in range(model.rowCount())
    ]
    assert shown == [
        "Fri 24 Oct | 15:30–16:30 | Talks at Egmont | Brussels",
        "Sat 25 Oct | 19:22–10:12 +1 | Night train to Prague | Brussels → Prague",
        "Mon 27 Oct | 10:00–10:30 | Signing in Prague | Prague",
    ]
    chosen = dialog.chosen()
    assert chosen is not None
    assert chosen.event is not None
    assert chosen.event.key == "night-train"
