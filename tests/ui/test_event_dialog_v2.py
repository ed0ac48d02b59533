"""The programme item dialog as an officer on the Brussels–Prague trip uses it (issue 8):
zones beside the times, flights and transfers, the whole delegation at once, signatories
chosen in the signing section."""

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from planner.domain.checks import check_visit
from planner.domain.model import Event, Participant, Signatory, Signing
from planner.domain.rules import with_authority
from planner.domain.validation import item_flaws
from planner.domain.vocab import (
    DelegationRole,
    EventKind,
    FullPowers,
    ParticipantRole,
    Side,
    SigningAuthority,
)
from planner.export.summary import alternat_text
from planner.ui.dialogs import Invalid, VenueDialog
from planner.ui.event_dialog import EventDialog, ParticipantPickerModel
from planner.ui.forms import from_qdatetime
from tests.helpers.qt import answer_with
from tests.ui.event_dialog_helpers import add_signatory, pick, shown, type_into
from tests.ui.trips import BRUSSELS, PEOPLE, PRAGUE, SIGNING, TAIPEI, TALKS, TRAIN, at, person, trip

# A completer's popup asks the headless platform for things it cannot do; that is no fault.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def local_start(dialog: EventDialog) -> datetime:
    return from_qdatetime(dialog.start.dateTime())


def local_end(dialog: EventDialog) -> datetime:
    return from_qdatetime(dialog.end.dateTime())


def test_a_new_item_starts_after_the_one_before_it_where_the_programme_is(
    qtbot: QtBot,
) -> None:
    dialog = shown(qtbot, EventDialog(trip(), day=date(2025, 10, 24)))
    # After the talks at Egmont, 15:30–16:30 in Brussels: not 16:30 in Taipei.
    assert (local_start(dialog), dialog.zone.zone()) == (datetime(2025, 10, 24, 16, 30), BRUSSELS)
    assert (local_end(dialog), dialog.end_zone.zone()) == (datetime(2025, 10, 24, 17, 30), BRUSSELS)
    assert dialog.duration.text() == "Duration 1 h · 22:30 in Taipei"
    # A day with nothing on it yet starts at 09:00 where the night train left everyone.
    dialog = shown(qtbot, EventDialog(trip(), day=date(2025, 10, 28)))
    assert (local_start(dialog), dialog.zone.zone()) == (datetime(2025, 10, 28, 9, 0), PRAGUE)
    type_into(dialog.title, "Breakfast with the ambassador")
    event = dialog.programme_item()
    assert (event.start, event.timezone) == (at("2025-10-28T09:00", PRAGUE), PRAGUE)


def test_a_new_item_with_no_day_given_starts_on_the_first_day(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip()))
    assert (local_start(dialog), dialog.zone.zone()) == (datetime(2025, 10, 24, 16, 30), BRUSSELS)
    # Nothing before the night train: the officer is still at home.
    dialog = shown(qtbot, EventDialog(trip(TRAIN)))
    assert (local_start(dialog), dialog.zone.zone()) == (datetime(2025, 10, 24, 9, 0), TAIPEI)


def test_moving_the_start_keeps_the_duration(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), TALKS))
    assert dialog.duration.text().startswith("Duration 1 h")
    type_into(dialog.end, "17:00")  # the talks now last an hour and a half
    assert dialog.duration.text().startswith("Duration 1 h 30 min")
    type_into(dialog.start, "2025-10-25 11:15")
    assert local_end(dialog) == datetime(2025, 10, 25, 12, 45)
    event = dialog.programme_item()
    assert event.start == at("2025-10-25T11:15", BRUSSELS)
    assert event.end - event.start == timedelta(hours=1, minutes=30)


def test_an_end_before_the_start_is_shown_and_refused(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), TALKS))
    type_into(dialog.end, "15:00")
    assert dialog.duration.text() == "Ends 30 min before it starts"
    with pytest.raises(Invalid, match=r"End: .* is not after the start"):
        dialog.programme_item()
    dialog.accept()
    assert dialog.error.isVisible()
    assert dialog.result() == 0


def test_a_flight_with_its_airports_zones_number_and_passengers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = trip()
    dialog = shown(qtbot, EventDialog(plan, day=date(2025, 10, 28)))
    assert not dialog.end_zone.isEnabled()  # a meeting ends where it starts
    assert dialog.form.isRowVisible(dialog.destination_row) is False
    type_into(dialog.title, "Flight home")
    type_into(dialog.kind, "Flight")
    assert dialog.kind.value() is EventKind.FLIGHT
    assert (dialog.venue_label.text(), dialog.destination_label.text()) == (
        "Leaves from",
        "Arrives at",
    )
    assert dialog.end_zone.isEnabled()
    type_into(dialog.flight_number, "CI 64")

    zones_offered: list[str] = []

    def airport(name: str, zone_name: str | None = None):  # type: ignore[no-untyped-def]
        def fill(venue_dialog: VenueDialog) -> None:
            zones_offered.append(venue_dialog.zone.zone())
            venue_dialog.name.setText(name)
            if zone_name:
                venue_dialog.zone.set_zone(zone_name)

        return fill

    # The airport of departure is made where the programme is: in Prague.
    answer_with(VenueDialog, airport("Václav Havel Airport Prague"), monkeypatch)
    QTest.mouseClick(dialog.new_venue, Qt.MouseButton.LeftButton)
    answer_with(VenueDialog, airport("Taiwan Taoyuan International Airport", TAIPEI), monkeypatch)
    QTest.mouseClick(dialog.new_destination, Qt.MouseButton.LeftButton)
    assert zones_offered == [PRAGUE, PRAGUE]
    assert [v.name for v in dialog.added_venues] == [
        "Václav Havel Airport Prague",
        "Taiwan Taoyuan International Airport",
    ]
    assert dialog.end_zone.zone() == TAIPEI  # the destination sets where it lands

    type_into(dialog.start, "2025-10-28 13:40")
    type_into(dialog.end, "2025-10-29 07:25")
    # The real time in the air, not the 17 h 45 min the two clocks seem to say.
    assert dialog.duration.text() == "Duration 10 h 45 min · 20:40 in Taipei"
    pick(dialog.people.whole_delegation.menu(), "Guest side")
    event = dialog.programme_item()
    prague_airport, taoyuan = dialog.added_venues
    assert event.kind is EventKind.FLIGHT
    assert event.flight_number == "CI 64"
    assert (event.venue, event.destination) == (prague_airport.key, taoyuan.key)
    assert (event.timezone, event.end_timezone) == (PRAGUE, TAIPEI)
    assert (event.start, event.end) == (
        at("2025-10-28T13:40", PRAGUE),
        at("2025-10-29T07:25", TAIPEI),
    )
    assert {p.person for p in event.participants} == {"chen", "lin"}


def test_a_transfer_uses_the_same_places_and_a_meeting_no_destination(qtbot: QtBot) -> None:
    train = trip().event("night-train")
    dialog = shown(qtbot, EventDialog(trip(), train))
    assert dialog.venue_label.text() == "Leaves from"
    assert dialog.venue.currentData() == "bru-midi"
    assert dialog.destination.currentData() == "praha-hln"
    assert (dialog.zone.zone(), dialog.end_zone.zone()) == (BRUSSELS, PRAGUE)
    assert not dialog.form.isRowVisible(dialog.flight_row)
    # Across the night the clocks go back: 19:22 to 10:12 is 15 h 50 min.
    assert dialog.duration.text().startswith("Duration 15 h 50 min")
    assert dialog.programme_item() == train
    assert all("(a flight)" not in label.text() for label in dialog.findChildren(QLabel))
    type_into(dialog.kind, "Meeting")
    assert dialog.end_zone.zone() == BRUSSELS
    event = dialog.programme_item()
    assert (event.destination, event.end_timezone) == (None, None)


def test_choosing_a_venue_sets_the_zone(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), day=date(2025, 10, 24)))
    type_into(dialog.venue, "Czernin")
    assert dialog.venue.currentData() == "czernin"
    assert (dialog.zone.zone(), dialog.end_zone.zone()) == (PRAGUE, PRAGUE)


def test_the_whole_delegation_in_one_step_each_in_their_own_role(qtbot: QtBot) -> None:
    staff = (
        person("wu", "Yi-ting", "Wu", Side.GUEST, 3, delegation_role=DelegationRole.INTERPRETER),
        person("ho", "Chih-wei", "Ho", Side.GUEST, 4, delegation_role=DelegationRole.SECURITY),
        person("kao", "Li-hua", "Kao", Side.GUEST, 5, delegation_role=DelegationRole.PRESS),
        person("dubois", "Anne", "Dubois", Side.HOST, 3, delegation_role=DelegationRole.PRESS),
    )
    plan = replace(trip(), people=PEOPLE + staff)
    dialog = shown(qtbot, EventDialog(plan, day=date(2025, 10, 25)))
    # Outbound: our side, the guests, comes first in the picker.
    assert [p.key for p in dialog.picker.people][:5] == ["chen", "lin", "wu", "ho", "kao"]
    # Ticked one by one, with the keyboard: the press officer of the host is press.
    table, picker = dialog.participants, dialog.picker
    dubois = next(i for i, p in enumerate(picker.people) if p.key == "dubois")
    table.setFocus()
    table.setCurrentIndex(picker.index(dubois, ParticipantPickerModel.TAKES_PART))
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert picker.roles == {"dubois": ParticipantRole.PRESS}
    pick(dialog.people.whole_delegation.menu(), "Guest side — Taiwan")
    type_into(dialog.title, "Visit to the European Parliament")
    roles = {p.person: p.role for p in dialog.programme_item().participants}
    assert roles == {
        "dubois": ParticipantRole.PRESS,
        "chen": ParticipantRole.ATTENDEE,
        "lin": ParticipantRole.ATTENDEE,
        "wu": ParticipantRole.INTERPRETER,
        "ho": ParticipantRole.STAFF,
        "kao": ParticipantRole.PRESS,
    }
    pick(dialog.people.whole_delegation.menu(), "Both sides")
    assert set(dialog.picker.roles) == {p.key for p in plan.people}
    assert dialog.picker.roles["prevot"] is ParticipantRole.ATTENDEE


def test_a_signatory_is_chosen_in_the_signing_section_designated_by_the_head(
    qtbot: QtBot,
) -> None:
    dialog = shown(qtbot, EventDialog(trip(), SIGNING))
    type_into(dialog.kind, "Signing")
    assert dialog.signing.isVisible()
    type_into(dialog.signing.document_title, "Memorandum on Academic Exchange")
    add_signatory(dialog, "Mei-ling Chen")
    section = dialog.signing
    # Chosen to sign, she takes part as signatory; she signs for her own country.
    assert dialog.picker.roles["chen"] is ParticipantRole.SIGNATORY
    assert section.on_behalf_of.country() == "TW"
    type_into(section.authority, "by designation")
    assert section.designated_by.isEnabled()
    assert section.designated_by.currentData() == "lin"  # the head of our delegation
    add_signatory(dialog, "Jan Novák")
    assert section.on_behalf_of.country() == "CZ"  # his own country, not the host's (BE)
    assert section.alternat.text() == (
        "Alternat: on the original kept by Taiwan, Mei-ling Chen then Jan Novák; on the "
        "original kept by Czechia, Jan Novák then Mei-ling Chen; then the originals are "
        "exchanged."
    )
    event = dialog.programme_item()
    assert event.signing is not None
    assert event.signing.signatories == (
        Signatory("chen", "TW", 1, SigningAuthority.DESIGNATION, "lin", FullPowers.REQUESTED),
        Signatory("novak", "CZ", 2, SigningAuthority.FULL_POWERS, None, FullPowers.REQUESTED),
    )
    assert Participant("chen", ParticipantRole.SIGNATORY) in event.participants
    assert Participant("novak", ParticipantRole.SIGNATORY) in event.participants
    # No longer signing, she stays on the item in her own role.
    section.select(0)
    QTest.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    after = dialog.programme_item()
    assert Participant("chen", ParticipantRole.ATTENDEE) in after.participants
    assert after.signing is not None
    assert [s.person for s in after.signing.signatories] == ["novak"]


def test_another_signatory_is_chosen_by_name_for_another_country(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), replace(SIGNING, kind=EventKind.SIGNING)))
    add_signatory(dialog, "Chia-lung Lin")
    section = dialog.signing
    type_into(section.who, "Mei")  # not him after all: Chen signs
    assert section.who.currentData() == "chen"
    assert dialog.picker.roles["chen"] is ParticipantRole.SIGNATORY
    assert dialog.picker.roles["lin"] is ParticipantRole.ATTENDEE  # his part before he signed
    type_into(section.on_behalf_of, "belgium")
    assert section.signatories.rows[0].on_behalf_of == "BE"


def test_a_signatorys_papers_never_contradict_each_other(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), replace(SIGNING, kind=EventKind.SIGNING)))
    add_signatory(dialog, "Jan Novák")
    section = dialog.signing

    def papers() -> tuple[SigningAuthority, FullPowers, str | None]:
        (signatory,) = section.signatories.rows
        return signatory.authority, signatory.full_powers, signatory.designated_by

    assert papers() == (SigningAuthority.FULL_POWERS, FullPowers.REQUESTED, None)
    type_into(section.authority, "ex officio")
    assert papers() == (SigningAuthority.EX_OFFICIO, FullPowers.NOT_NEEDED, None)
    type_into(section.authority, "full powers")
    assert papers() == (SigningAuthority.FULL_POWERS, FullPowers.REQUESTED, None)
    type_into(section.full_powers, "received")
    type_into(section.authority, "by designation")
    assert papers() == (SigningAuthority.DESIGNATION, FullPowers.RECEIVED, "prevot")
    type_into(section.authority, "full powers")
    type_into(section.full_powers, "not needed")
    with pytest.raises(Invalid, match="Jan Novák signs with full powers"):
        dialog.programme_item()


def signing_by(*signatories: Signatory) -> Event:
    """The Prague signing with these signatories, each at it to sign."""
    signers = {s.person for s in signatories}
    participants = tuple(
        Participant(p.person, ParticipantRole.SIGNATORY) if p.person in signers else p
        for p in SIGNING.participants
    )
    participants += tuple(
        Participant(key, ParticipantRole.SIGNATORY)
        for key in sorted(signers - {p.person for p in participants})
    )
    return replace(
        SIGNING,
        kind=EventKind.SIGNING,
        participants=participants,
        signing=Signing(signatories=signatories),
    )


def test_signing_rules_as_pure_functions() -> None:
    plan = trip()
    novak = Signatory("novak", "CZ", 1, SigningAuthority.FULL_POWERS)
    refused = item_flaws(plan, signing_by(novak))
    assert [flaw.for_window() for flaw in refused] == [
        "Item “Signing in Prague”, Signing: Jan Novák signs with full powers: they cannot be "
        '"not needed"'
    ]
    designated = with_authority(novak, SigningAuthority.DESIGNATION, "prevot")
    assert designated.designated_by == "prevot"
    assert designated.full_powers is FullPowers.NOT_NEEDED  # a designation may need none
    # Papers not yet complete are no contradiction: kept, and listed among the problems.
    by_no_one = signing_by(replace(designated, designated_by=None))
    assert item_flaws(plan, by_no_one) == []
    assert [f.message for f in check_visit(trip(TALKS, TRAIN, by_no_one))] == [
        "Jan Novák signs “Signing in Prague” by designation: say who designated them"
    ]
    assert with_authority(designated, SigningAuthority.AGENCY).designated_by is None
    lin = Signatory("lin", "TW", 2, SigningAuthority.EX_OFFICIO)
    chen = Signatory("chen", "TW", 3, SigningAuthority.EX_OFFICIO)
    assert alternat_text(plan, Signing(signatories=(lin,))) is None
    assert alternat_text(plan, Signing(signatories=(lin, chen))) is None  # one party
    prevot = Signatory("prevot", "BE", 3, SigningAuthority.EX_OFFICIO)
    three = alternat_text(plan, Signing(signatories=(prevot, novak, lin)))
    assert three is not None
    assert three.startswith("Alternat: on the original kept by Czechia, Jan Novák then ")
    assert "on the original kept by Belgium, " in three


def test_instrument_languages_by_name_and_originals_one_word(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), replace(SIGNING, kind=EventKind.SIGNING)))
    languages = dialog.signing.languages
    assert languages.text() == "In English"
    languages.action_for("zh-Hant").trigger()
    languages.action_for("cs").trigger()
    assert languages.text() == "In English, 中文（繁體）, Čeština"
    menu = [a.text() for a in languages.menu().actions()]
    assert "Čeština — Czech" in menu
    assert "Marshallese" in menu  # no CLDR locale of its own, still by name
    type_into(dialog.signing.document_title, "Joint declaration")
    event = dialog.programme_item()
    assert event.signing is not None
    (document,) = event.signing.documents
    assert document.languages == ("en", "zh-Hant", "cs")
    words = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    words += [s.suffix() for s in dialog.findChildren(QAbstractSpinBox) if hasattr(s, "suffix")]
    words += [w.toolTip() for w in dialog.findChildren(QAbstractSpinBox)]
    assert not [w for w in words if "cop" in w.lower()]
    assert "2 originals" in dialog.signing.originals.text()


def test_the_dialog_fits_a_laptop_screen(qtbot: QtBot) -> None:
    plan = trip()
    for item in (replace(SIGNING, kind=EventKind.SIGNING), plan.event("night-train")):
        dialog = shown(qtbot, EventDialog(plan, item))
        assert dialog.width() <= 1280
        assert dialog.height() <= 760
        assert dialog.minimumSizeHint().height() <= dialog.height()
        assert dialog.minimumSizeHint().width() <= dialog.width()


def test_an_item_typed_from_title_to_end_with_the_keyboard_alone(qtbot: QtBot) -> None:
    dialog = shown(qtbot, EventDialog(trip(), day=date(2025, 10, 27)))
    dialog.title.setFocus()

    def focused() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def typed(text: str) -> None:
        QTest.keyClicks(focused(), text)
        tab()

    def tab() -> None:
        QTest.keyClick(focused(), Qt.Key.Key_Tab)

    typed("Talks with the Czech deputy minister")
    typed("Talks")  # the kind, by its name
    # The flight number is hidden for a meeting: Tab goes on to the venue.
    assert QApplication.focusWidget() is dialog.venue
    tab()
    tab()  # past "New venue…"
    assert QApplication.focusWidget() is dialog.start
    typed("12:30")
    assert QApplication.focusWidget() is dialog.zone  # the zone, right beside the time
    tab()
    assert QApplication.focusWidget() is dialog.end
    typed("14:00")
    event = dialog.programme_item()
    assert event.title == "Talks with the Czech deputy minister"
    assert event.kind is EventKind.TALKS
    # After the signing in Prague: Prague time, not Taipei's.
    assert (event.start, event.end) == (
        at("2025-10-27T12:30", PRAGUE),
        at("2025-10-27T14:00", PRAGUE),
    )
