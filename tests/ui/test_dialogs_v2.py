"""The visit, person and venue dialogs filled in with the keyboard, as an officer would."""

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.domain.model import Event, Movement, OnItem, Participant, VisitPlan
from planner.domain.vocab import EventKind, NameOrder, Side, VenueKind
from planner.ui.dialogs import Invalid, PersonDialog, VenueDialog, VisitDialog
from planner.ui.forms import from_qdate
from tests.ui.keyboard import (
    POPUP_WARNINGS,
    line_of,
    pick,
    shown,
    type_date,
    type_into,
    type_with_input_method,
)
from tests.ui.trips import BRUSSELS, PEOPLE, PRAGUE, TAIPEI, at, trip

pytestmark = pytest.mark.qt_log_ignore(POPUP_WARNINGS)

FLIGHT = Event(
    "flight-out",
    EventKind.FLIGHT,
    "Flight to Brussels",
    at("2025-10-23T23:40", TAIPEI),
    at("2025-10-24T07:05", BRUSSELS),
    TAIPEI,
    end_timezone=BRUSSELS,
    flight_number="CI 65",
    participants=(Participant("lin"), Participant("chen")),
)


def plan() -> VisitPlan:
    """The Brussels–Prague trip, flown out on CI 65."""
    base = trip()
    return replace(base, events=(FLIGHT, *base.events))


def type_line(qtbot: QtBot, edit: object, text: str) -> None:
    qtbot.keyClicks(edit, text)  # type: ignore[no-untyped-call]


# The visit


def test_a_new_visit_typed_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = VisitDialog(set())
    shown(qtbot, dialog)
    dialog.title.setFocus()
    type_line(qtbot, dialog.title, "Working visit to Belgium and Czechia")
    pick(dialog.host, "czech")
    pick(dialog.guest, "taiwan")
    type_date(dialog.start, "20", "2025-10-24")
    type_date(dialog.end, "20", "2025-10-28")
    pick(dialog.zone, "taipei")
    visit = dialog.visit()
    assert (visit.host_country, visit.guest_country) == ("CZ", "TW")
    assert (visit.start_date, visit.end_date) == (date(2025, 10, 24), date(2025, 10, 28))
    assert visit.timezone == TAIPEI
    assert dialog.host.currentText() == "Czechia (CZ)"


def test_the_last_day_follows_the_first_moved_past_it(qtbot: QtBot) -> None:
    dialog = VisitDialog(set(), plan().visit)  # 24 to 28 October: five days
    shown(qtbot, dialog)
    type_date(dialog.start, "24", "2025-11-10")
    assert from_qdate(dialog.end.date()) == date(2025, 11, 14)
    assert "moved with the first: 5 days" in dialog.days_hint.text()
    nothing_cut_off(dialog)
    type_date(dialog.start, "10", "8")  # earlier again: the last day stays
    assert from_qdate(dialog.start.date()) == date(2025, 11, 8)
    assert from_qdate(dialog.end.date()) == date(2025, 11, 14)


def test_a_country_that_is_no_country_is_named(qtbot: QtBot) -> None:
    dialog = VisitDialog(set(), plan().visit)
    shown(qtbot, dialog)
    type_into(dialog.host, "Atlantis")
    QTest.keyClick(dialog.host, Qt.Key.Key_Tab)
    with pytest.raises(Invalid, match="'Atlantis' is not a country"):
        dialog.visit()


# The person


def test_a_chinese_native_name_puts_the_family_name_first(qtbot: QtBot) -> None:
    dialog = PersonDialog(set(), side=Side.GUEST, country_code="TW")
    shown(qtbot, dialog)
    dialog.given.setFocus()
    type_line(qtbot, dialog.given, "Chia-lung")
    type_line(qtbot, dialog.family, "Lin")
    type_line(qtbot, dialog.title, "Minister of Foreign Affairs")
    assert dialog.order.value() is NameOrder.GIVEN_FAMILY
    dialog.native.setFocus()
    type_with_input_method(dialog.native, "林佳龍")
    assert dialog.order.value() is NameOrder.FAMILY_GIVEN
    assert dialog.order_hint.isVisible()
    assert dialog.order_hint.text().startswith("Family name first")
    nothing_cut_off(dialog)
    person = dialog.person()
    assert (person.name_order, person.native_name, person.country) == (
        NameOrder.FAMILY_GIVEN,
        "林佳龍",
        "TW",
    )


def test_an_order_the_officer_chose_is_kept(qtbot: QtBot) -> None:
    dialog = PersonDialog(set())
    shown(qtbot, dialog)
    dialog.order.setFocus()
    QTest.keyClick(dialog.order, Qt.Key.Key_Down)  # the officer picks an order: and back
    QTest.keyClick(dialog.order, Qt.Key.Key_Up)
    assert dialog.order.value() is NameOrder.GIVEN_FAMILY
    dialog.native.setFocus()
    type_with_input_method(dialog.native, "蔡明彥")
    assert dialog.order.value() is NameOrder.GIVEN_FAMILY
    assert not dialog.order_hint.isVisible()


def test_a_latin_native_name_changes_nothing(qtbot: QtBot) -> None:
    dialog = PersonDialog(set())
    shown(qtbot, dialog)
    dialog.native.setFocus()
    type_line(qtbot, dialog.native, "Kalani Kaneko")
    assert dialog.order.value() is NameOrder.GIVEN_FAMILY


def fill_lin(qtbot: QtBot, dialog: PersonDialog) -> None:
    dialog.given.setFocus()
    type_line(qtbot, dialog.given, "Chia-lung")
    type_line(qtbot, dialog.family, "Lin")
    dialog.title.setFocus()
    type_line(qtbot, dialog.title, "Minister")


def test_an_arrival_on_an_item_of_the_programme(qtbot: QtBot) -> None:
    dialog = PersonDialog(set(), plan=plan(), country_code="TW")
    shown(qtbot, dialog)
    fill_lin(qtbot, dialog)
    arrival = dialog.arrival
    offered = [arrival.how.itemText(i) for i in range(arrival.how.count())]
    assert offered == [
        "Not known yet",
        "At its own time",
        "On Flight to Brussels (CI 65), Thu 23 Oct 23:40",
        "On Night train to Prague, Sat 25 Oct 19:22",
    ]
    arrival.how.setFocus()
    QTest.keyClick(arrival.how, Qt.Key.Key_End)  # the night train
    assert arrival.item_times.isVisible()
    assert arrival.item_times.text() == (
        "Transfer: leaves Sat 25 Oct 19:22 Brussels, arrives Sun 26 Oct 10:12 Prague."
        " Not among its participants yet."
    )
    assert not arrival.when.isVisible()
    nothing_cut_off(dialog)
    arrival.terminal.setFocus()
    type_line(qtbot, arrival.terminal, "Platform 3")
    arrival.met_by.setFocus()
    QTest.keyClick(arrival.met_by, Qt.Key.Key_Down)  # the first person of the visit
    person = dialog.person()
    assert person.arrival == OnItem("night-train", "Platform 3", "prevot", None)
    assert person.departure is None


def test_an_arrival_at_its_own_time_typed_in_the_zone_where_it_lands(qtbot: QtBot) -> None:
    dialog = PersonDialog(set(), plan=plan(), country_code="TW")
    shown(qtbot, dialog)
    fill_lin(qtbot, dialog)
    arrival = dialog.arrival
    arrival.how.setCurrentIndex(arrival.how.findData(arrival.OWN_TIME))
    assert arrival.zone.zone() == TAIPEI  # where the first item is: the flight leaves Taipei
    type_date(arrival.when, "12:", "2025-10-24 07:05")
    pick(arrival.zone, "brussels")
    arrival.flight.setFocus()
    type_line(qtbot, arrival.flight, "CI 65")
    person = dialog.person()
    assert person.arrival == Movement(at("2025-10-24T07:05", BRUSSELS), BRUSSELS, "CI 65")
    departure = dialog.departure
    departure.how.setCurrentIndex(departure.how.findData(departure.OWN_TIME))
    assert departure.zone.zone() == PRAGUE  # where the last item is


def test_a_time_the_clocks_skip_is_refused(qtbot: QtBot) -> None:
    dialog = PersonDialog(set(), country_code="TW")
    shown(qtbot, dialog)
    fill_lin(qtbot, dialog)
    arrival = dialog.arrival
    arrival.how.setCurrentIndex(arrival.how.findData(arrival.OWN_TIME))
    pick(arrival.zone, "prague")
    type_date(arrival.when, "12:", "2025-03-30 02:30")
    with pytest.raises(Invalid, match="02:30 does not exist in Europe/Prague"):
        dialog.person()


def test_an_arrival_on_an_item_is_kept_by_a_dialog_not_told_of_the_programme(
    qtbot: QtBot,
) -> None:
    lin = replace(PEOPLE[3], arrival=OnItem("night-train", met_by="novak"))
    dialog = PersonDialog(set(), lin)
    qtbot.addWidget(dialog)
    assert dialog.person().arrival == OnItem("night-train", None, "novak", None)
    assert dialog.person() == lin


def test_a_person_shown_again_is_the_same_person(qtbot: QtBot) -> None:
    lin = replace(
        PEOPLE[3],
        native_name="林佳龍",
        name_order=NameOrder.FAMILY_GIVEN,
        arrival=OnItem("flight-out", terminal="T2", met_by="prevot", notes="VIP lane"),
        departure=Movement(at("2025-10-28T13:05", PRAGUE), PRAGUE, "OK 641", "T1", None, "x"),
    )
    dialog = PersonDialog(set(), lin, plan=plan())
    qtbot.addWidget(dialog)
    assert dialog.person() == lin
    assert dialog.arrival.item_times.text() == (
        "Flight CI 65: leaves Thu 23 Oct 23:40 Taipei, arrives Fri 24 Oct 07:05 Brussels"
    )


# The venue


def test_a_venue_zone_suggests_its_country(qtbot: QtBot) -> None:
    dialog = VenueDialog(set(), home_zone=TAIPEI)
    shown(qtbot, dialog)
    dialog.name.setFocus()
    type_line(qtbot, dialog.name, "Czernin Palace")
    pick(dialog.zone, "prague")
    assert dialog.country.country() == "CZ"
    assert "Czechia" in dialog.place_hint.text()
    nothing_cut_off(dialog)
    dialog.city.setFocus()
    type_line(qtbot, dialog.city, "Prague")
    dialog.kind.setCurrentIndex(dialog.kind.findData(VenueKind.MINISTRY.value))
    venue = dialog.venue()
    assert (venue.timezone, venue.country, venue.city, venue.kind) == (
        PRAGUE,
        "CZ",
        "Prague",
        VenueKind.MINISTRY,
    )


def test_a_venue_country_suggests_its_zone(qtbot: QtBot) -> None:
    dialog = VenueDialog(set(), home_zone=TAIPEI)  # made from home, for a venue abroad
    shown(qtbot, dialog)
    pick(dialog.country, "czech")
    assert dialog.zone.zone() == PRAGUE
    assert "Prague" in dialog.place_hint.text()


def test_a_zone_the_officer_picked_is_not_changed_by_the_country(qtbot: QtBot) -> None:
    dialog = VenueDialog(set(), home_zone=TAIPEI, country="")
    shown(qtbot, dialog)
    pick(dialog.zone, "brussels")
    type_into(dialog.country, "")
    pick(dialog.country, "czech")
    assert dialog.zone.zone() == BRUSSELS
    assert "Brussels is not in Czechia" in dialog.place_hint.text()


def test_a_country_with_several_zones_asks_for_the_city(qtbot: QtBot) -> None:
    dialog = VenueDialog(set(), home_zone=TAIPEI)
    shown(qtbot, dialog)
    pick(dialog.country, "united states")
    assert dialog.zone.zone() == TAIPEI
    assert "time zones" in dialog.place_hint.text()


def test_a_venue_starts_in_the_country_it_is_given(qtbot: QtBot) -> None:
    dialog = VenueDialog(set(), home_zone=PRAGUE, country="CZ")
    qtbot.addWidget(dialog)
    dialog.name.setText("Hotel Paris Praha")
    venue = dialog.venue()
    assert (venue.country, venue.timezone, venue.kind) == ("CZ", PRAGUE, None)
    edited = VenueDialog(set(), venue)
    qtbot.addWidget(edited)
    assert edited.venue() == venue


# Every dialog fits a laptop screen


def dialog_named(which: str) -> QDialog:
    """Each dialog at its longest: a person arriving and leaving at their own times."""
    if which == "visit":
        return VisitDialog(set(), plan().visit)
    if which == "venue":
        return VenueDialog(set(), plan().venues[0])
    person = PersonDialog(set(), PEOPLE[3], plan=plan())
    for editor in (person.arrival, person.departure):
        editor.how.setCurrentIndex(editor.how.findData(editor.OWN_TIME))
    return person


@pytest.mark.parametrize("which", ["visit", "person", "venue"])
def test_dialogs_fit_a_laptop_screen(qtbot: QtBot, which: str) -> None:
    dialog = dialog_named(which)
    shown(qtbot, dialog)
    assert dialog.width() <= 1280
    assert dialog.height() <= 800 - 60  # a title bar and a panel
    nothing_cut_off(dialog)


def nothing_cut_off(dialog: QDialog) -> None:
    """Every field as wide as it needs, every wrapped line of words as tall as its lines."""
    QApplication.processEvents()
    for field in dialog.findChildren(QWidget):
        if not field.isVisible():
            continue
        if isinstance(field, QLineEdit | QComboBox | QAbstractSpinBox):
            assert field.width() >= field.minimumSizeHint().width(), field
        if isinstance(field, QLabel) and field.wordWrap() and field.text():
            assert field.height() >= field.heightForWidth(field.width()), field.text()


def test_what_is_typed_into_a_date_field_shows_until_it_is_taken(qtbot: QtBot) -> None:
    dialog = VisitDialog(set(), plan().visit)
    shown(qtbot, dialog)
    dialog.start.setFocus()
    QTest.keyClicks(dialog.start, "2025-10-2")
    assert line_of(dialog.start).text() == "2025-10-2"
    assert QApplication.focusWidget() is dialog.start
    QTest.keyClick(dialog.start, Qt.Key.Key_Escape)
    assert from_qdate(dialog.start.date()) == date(2025, 10, 24)
    assert line_of(dialog.start).text() == "Fri 2025-10-24"
