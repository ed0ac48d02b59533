"""The shared form fields, driven with the keyboard as an officer would."""

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.model import VisitPlan
from planner.domain.places import zone_city
from planner.ui.dialogs import Invalid, VisitDialog
from planner.ui.forms import (
    CountryBox,
    DateTimeEdit,
    Part,
    ZoneBox,
    date_edit,
    datetime_edit,
    find_country,
    find_zone,
    from_qdatetime,
    read_typed,
    to_qdatetime,
)
from tests.ui.keyboard import POPUP_WARNINGS, click_on, line_of, popup_of, shown, type_into

pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)


def test_a_country_is_found_by_part_of_its_name_and_kept_as_its_code(qtbot: QtBot) -> None:
    box = CountryBox()
    shown(qtbot, box)
    box.setFocus()
    type_into(box, "czech")
    popup = popup_of(box)
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == "Czechia (CZ)"
    assert box.country() == "CZ"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("taiwan", "TW"), ("CZ", "CZ"), ("be", "BE"), ("Belgium (BE)", "BE"), ("czech", "CZ")],
)
def test_what_an_officer_types_means_one_country(typed: str, code: str) -> None:
    assert find_country(typed) == code


@pytest.mark.parametrize("typed", ["", "united", "Atlantis", "XX"])
def test_nothing_or_several_countries_mean_none(typed: str) -> None:
    assert find_country(typed) is None


def test_leaving_the_field_shows_the_country_meant(qtbot: QtBot) -> None:
    form = QWidget()
    box, after = CountryBox(parent=form), QLineEdit(form)
    column = QVBoxLayout(form)
    column.addWidget(box)
    column.addWidget(after)
    shown(qtbot, form)
    box.setFocus()
    type_into(box, "cz")
    with qtbot.waitSignal(box.editingFinished):
        QTest.keyClick(popup_of(box), Qt.Key.Key_Tab)
    assert box.currentText() == "Czechia (CZ)"


def test_an_optional_country_can_be_left_empty(qtbot: QtBot) -> None:
    box = CountryBox(optional=True)
    qtbot.addWidget(box)
    box.set_country("PL")
    assert box.country() == "PL"
    box.set_country(None)
    assert box.country() is None
    assert box.currentText() == ""


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[DateTimeEdit]:
    """A start field holding Monday 20 October 2025, 10:00, with a field after it."""
    form = QWidget()
    edit = datetime_edit(form)
    column = QVBoxLayout(form)
    column.addWidget(edit)
    column.addWidget(QLineEdit(form))
    edit.setDateTime(to_qdatetime(datetime(2025, 10, 20, 10, 0)))
    shown(qtbot, form)
    yield edit
    form.close()


@pytest.mark.parametrize(
    ("click", "typed", "meant"),
    [
        ("10:", "19:22", datetime(2025, 10, 20, 19, 22)),
        ("10:", "1922", datetime(2025, 10, 20, 19, 22)),
        ("00", "7:05 pm", datetime(2025, 10, 20, 19, 5)),
        ("20 ", "2025-10-25 19:22", datetime(2025, 10, 25, 19, 22)),
        ("Mon", "2025-10-25 19:22", datetime(2025, 10, 25, 19, 22)),
        ("2025", "25 Oct 19:22", datetime(2025, 10, 25, 19, 22)),
        ("20 ", "26", datetime(2025, 10, 26, 10, 0)),
        ("-10", "2025-11-02", datetime(2025, 11, 2, 10, 0)),
    ],
)
def test_typing_after_a_click_means_what_was_typed(
    field: DateTimeEdit, click: str, typed: str, meant: datetime
) -> None:
    click_on(field, click)
    QTest.keyClicks(field, typed)
    assert line_of(field).text() == typed  # what is typed stays as typed until it is taken
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert from_qdatetime(field.dateTime()) == meant
    assert line_of(field).text() == meant.strftime("%a %Y-%m-%d  %H:%M")


def test_leaving_the_field_takes_what_was_typed(qtbot: QtBot, field: DateTimeEdit) -> None:
    click_on(field, "10:")
    QTest.keyClicks(field, "19:22")
    with qtbot.waitSignal(field.dateTimeChanged) as changed:
        QTest.keyClick(field, Qt.Key.Key_Tab)
    assert from_qdatetime(changed.args[0]) == datetime(2025, 10, 20, 19, 22)
    assert not field.hasFocus()


def test_escape_or_nonsense_gives_the_old_value_back(field: DateTimeEdit) -> None:
    click_on(field, "10:")
    QTest.keyClicks(field, "19:22")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    assert line_of(field).text() == "Mon 2025-10-20  10:00"
    QTest.keyClicks(field, "19:77")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert from_qdatetime(field.dateTime()) == datetime(2025, 10, 20, 10, 0)
    assert line_of(field).text() == "Mon 2025-10-20  10:00"


def test_the_field_says_how_to_type_into_it(field: DateTimeEdit) -> None:
    assert "2025-10-25 19:22" in field.toolTip()
    day = date_edit(date(2025, 10, 20))
    assert "2025-10-25" in day.toolTip()
    assert "19:22" not in day.toolTip()


@pytest.mark.parametrize(
    ("typed", "part", "meant"),
    [
        ("25.10.2025", "day", datetime(2025, 10, 25, 10, 0)),
        ("Sat 25 October 2025 19:22", "day", datetime(2025, 10, 25, 19, 22)),
        ("oct 25, 19:22", "day", datetime(2025, 10, 25, 19, 22)),
        ("2025-10-25T19:22", "day", datetime(2025, 10, 25, 19, 22)),
        ("12 am", "hour", datetime(2025, 10, 20, 0, 0)),
        ("9", "hour", datetime(2025, 10, 20, 9, 0)),
        ("11", "month", datetime(2025, 11, 20, 10, 0)),
        ("26", "year", datetime(2026, 10, 20, 10, 0)),
    ],
)
def test_typed_dates_and_times_are_read_as_people_write_them(
    typed: str, part: Part, meant: datetime
) -> None:
    assert read_typed(typed, datetime(2025, 10, 20, 10, 0), part) == meant


@pytest.mark.parametrize(
    ("typed", "part"),
    [("31", "day"), ("2025-02-30", "day"), ("24:00", "hour"), ("13 pm", "hour"), ("soon", "day")],
)
def test_impossible_dates_and_times_mean_nothing(typed: str, part: Part) -> None:
    assert read_typed(typed, datetime(2025, 9, 20, 10, 0), part) is None


def test_a_day_field_takes_no_time() -> None:
    current = datetime(2025, 10, 20)
    assert read_typed("2025-10-25", current, "day", with_time=False) == datetime(2025, 10, 25)
    assert read_typed("2025-10-25 19:22", current, "day", with_time=False) is None


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("prague", "Europe/Prague"), ("czech", "Europe/Prague"), ("taiwan", "Asia/Taipei")],
)
def test_a_zone_is_found_by_city_or_country(qtbot: QtBot, typed: str, zone: str) -> None:
    box = ZoneBox()
    shown(qtbot, box)
    box.setFocus()
    type_into(box, typed)
    QTest.keyClick(popup_of(box), Qt.Key.Key_Return)
    assert box.zone() == zone
    assert box.currentText().startswith(f"{zone_city(zone)} — ")
    assert "(UTC+" in box.currentText()


def test_a_typed_zone_name_is_shown_by_its_city(qtbot: QtBot) -> None:
    form = QWidget()
    box, after = ZoneBox(form), QLineEdit(form)
    column = QVBoxLayout(form)
    column.addWidget(box)
    column.addWidget(after)
    shown(qtbot, form)
    box.setFocus()
    type_into(box, "Europe/Brussels")
    with qtbot.waitSignal(box.editingFinished):
        QTest.keyClick(box, Qt.Key.Key_Tab)
    assert box.zone() == "Europe/Brussels"
    assert box.currentText().startswith("Brussels — Belgium (UTC")


def test_zones_without_a_city_are_not_offered_but_taken_when_typed(qtbot: QtBot) -> None:
    box = ZoneBox()
    shown(qtbot, box)
    box.showPopup()  # the list is filled when opened
    offered = [box.itemData(i) for i in range(box.count())]
    box.hidePopup()
    assert "Europe/Prague" in offered
    assert "Etc/GMT-8" not in offered
    assert "Asia/Calcutta" not in offered  # the old name of Kolkata
    assert offered[-1] == "UTC"
    box.set_zone("Etc/GMT-8")
    assert box.zone() == "Etc/GMT-8"
    assert box.currentText() == "Etc/GMT-8"


def test_offsets_are_shown_for_the_moment_asked(qtbot: QtBot) -> None:
    box = ZoneBox(at=datetime(2025, 10, 25, 12, tzinfo=UTC))
    qtbot.addWidget(box)
    box.set_zone("Europe/Prague")
    assert box.currentText() == "Prague — Czechia (UTC+02:00)"
    box.show_offsets_at(datetime(2025, 10, 26, 12, tzinfo=UTC))  # the clocks went back
    assert box.currentText() == "Prague — Czechia (UTC+01:00)"
    assert box.zone() == "Europe/Prague"


@pytest.mark.parametrize("typed", ["india", "Atlantis", ""])
def test_no_zone_or_several_mean_none(typed: str) -> None:
    assert find_zone(typed) is None


@pytest.mark.parametrize("make", [ZoneBox, CountryBox])
def test_the_lists_show_whole_entries(qtbot: QtBot, make: type[ZoneBox | CountryBox]) -> None:
    box = make()
    shown(qtbot, box)
    type_into(box, "island")  # Kerguelen Islands — French Southern and Antarctic Lands
    metrics = box.fontMetrics()  # every entry is listed once typed into
    longest = max(metrics.horizontalAdvance(box.itemText(i)) for i in range(box.count()))
    popup = popup_of(box)
    assert popup.isVisible()
    assert popup.viewport().width() >= longest
    assert box.view().minimumWidth() >= longest


def test_a_date_pasted_from_a_message_is_taken(field: DateTimeEdit) -> None:
    QApplication.clipboard().setText("Sat 25 October 2025, 19:22")
    click_on(field, "10:")
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert line_of(field).text() == "Sat 25 October 2025, 19:22"
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert from_qdatetime(field.dateTime()) == datetime(2025, 10, 25, 19, 22)


def test_a_country_field_starts_empty_not_on_the_first_country_of_the_list(qtbot: QtBot) -> None:
    box = CountryBox()
    qtbot.addWidget(box)
    assert box.country() is None
    assert box.currentText() == ""
    dialog = VisitDialog(set())
    qtbot.addWidget(dialog)
    assert (dialog.host.country(), dialog.guest.country()) == (None, None)
    dialog.title.setText("Working visit")
    with pytest.raises(Invalid, match="Host country is required"):
        dialog.visit()


# The zone picker lists every zone only when the officer needs the list: a form with one
# opens at once (labelling every zone reads each zone's file), showing its zone.

WINTER = datetime(2025, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2025, 7, 15, 12, tzinfo=UTC)
EVERY_CITY = 400  # fewer than the zones listed by city, more than any form holds unlisted


def entries_of(box: ZoneBox) -> list[str]:
    return [box.itemText(row) for row in range(box.count())]


def test_a_new_box_shows_its_zone_without_listing_every_zone(qtbot: QtBot) -> None:
    box = ZoneBox(at=WINTER)
    shown(qtbot, box)
    box.set_zone("Europe/Prague")
    assert box.currentText() == "Prague — Czechia (UTC+01:00)"
    assert box.zone() == "Europe/Prague"
    assert box.count() <= 2


def test_opening_the_list_shows_every_zone_at_the_moment_last_given(qtbot: QtBot) -> None:
    box = ZoneBox(at=WINTER)
    shown(qtbot, box)
    box.set_zone("Europe/Prague")
    box.show_offsets_at(SUMMER)
    box.showPopup()
    entries = entries_of(box)
    assert len(entries) > EVERY_CITY
    assert entries[-1] == "UTC"
    assert "Brussels — Belgium (UTC+02:00)" in entries  # summer time, as asked last
    assert "Prague — Czechia (UTC+02:00)" in entries
    assert box.view().isVisible()
    assert box.currentText() == "Prague — Czechia (UTC+02:00)"  # still the zone held
    assert box.zone() == "Europe/Prague"
    box.hidePopup()


def test_typing_a_city_into_a_new_box_finds_its_zone(qtbot: QtBot) -> None:
    box = ZoneBox(at=WINTER)
    shown(qtbot, box)
    box.set_zone("Asia/Taipei")
    type_into(box, "prague")
    popup = popup_of(box)
    assert popup.isVisible()
    assert len(entries_of(box)) > EVERY_CITY
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert box.currentText() == "Prague — Czechia (UTC+01:00)"
    assert box.zone() == "Europe/Prague"


def test_stepping_down_goes_to_the_next_zone_of_the_whole_list(qtbot: QtBot) -> None:
    box = ZoneBox(at=WINTER)
    shown(qtbot, box)
    box.set_zone("Europe/Prague")
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    entries = entries_of(box)
    assert len(entries) > EVERY_CITY
    following = entries[entries.index("Prague — Czechia (UTC+01:00)") + 1]
    assert box.currentText() == following
    assert box.zone() != "Europe/Prague"


def test_a_zone_set_by_code_is_found_in_the_list_once_filled(qtbot: QtBot) -> None:
    box = ZoneBox(at=WINTER)
    qtbot.addWidget(box)
    box.set_zone("Europe/Prague")
    box.set_zone("Etc/GMT-8")  # not listed: shown as it is
    assert box.currentText() == "Etc/GMT-8"
    assert box.zone() == "Etc/GMT-8"
    assert len(box.places) > EVERY_CITY
    box.set_zone("Asia/Tokyo")
    assert box.currentText() == "Tokyo — Japan (UTC+09:00)"
    assert box.zone() == "Asia/Tokyo"
    assert entries_of(box).count("Prague — Czechia (UTC+01:00)") == 1


def test_the_overview_form_shows_the_visit_zone_without_listing_every_zone(
    qtbot: QtBot, demo_plan: VisitPlan
) -> None:
    form = VisitDialog(set(), demo_plan.visit)
    qtbot.addWidget(form)
    assert form.zone.currentText().startswith("Taipei — Taiwan (UTC+08:00)")
    assert form.zone.zone() == "Asia/Taipei"
    assert form.zone.count() <= 2
