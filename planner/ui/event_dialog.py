"""The programme item dialog: when and where, each time beside its own zone; for a flight or
transfer where it leaves from and arrives at; who takes part and in what role; and for a
signing ceremony the instruments and their signatories."""

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain import places, zones
from planner.domain.edits import make_key, seated_only
from planner.domain.model import Event, Participant, Signing, Venue, VisitPlan
from planner.domain.validation import item_flaws
from planner.domain.vocab import EventKind, EventStatus, ParticipantRole, PressAccess
from planner.ui.dialogs import FormDialog, VenueDialog, refuse, required
from planner.ui.forms import ChoiceBox, TextBox, text_or_none
from planner.ui.item_times import ItemTimes
from planner.ui.languages import SecondTexts
from planner.ui.participant_picker import ChoiceDelegate, ParticipantPicker, ParticipantPickerModel
from planner.ui.signing_section import SignatoryTableModel, SigningSection
from planner.ui.words import field_label, labels

# Re-exported for the modules and tests that import them from here.
__all__ = ["ChoiceDelegate", "EventDialog", "ParticipantPickerModel", "SignatoryTableModel"]

DEFAULT_LENGTH = timedelta(hours=1)


def row_of(*widgets: QWidget, stretch: int = 0) -> QWidget:
    """Widgets side by side as one field of a form, the first `stretch`-wide."""
    holder = QWidget()
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        row.addWidget(widget, stretch if number == 0 else 0)
    return holder


class EventDialog(FormDialog):
    """Add or change a programme item.

    `added_venues` holds the venues made with "New venue…" here; the item may refer to
    them, so whoever saves the item adds them with it.
    """

    def __init__(
        self,
        plan: VisitPlan,
        event: Event | None = None,
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(
            self.tr("Programme item") if event else self.tr("Add programme item"), parent
        )
        self.plan, self.original = plan, event
        self.second = SecondTexts(plan.visit.languages)
        self.added_venues: list[Venue] = []
        self._syncing = False  # participants and signatories are being kept in step
        self.when = ItemTimes(plan.visit.timezone, self)
        when = self.when
        self.start, self.zone, self.end, self.end_zone = (
            when.start,
            when.zone,
            when.end,
            when.end_zone,
        )
        self.all_day, self.duration = when.all_day, when.duration
        self._build_what_and_where()
        self.people = ParticipantPicker(plan, event.participants if event else ())
        self.picker, self.participants = self.people.model, self.people.table
        self.signing = SigningSection(plan, event.signing if event else None)
        self._roles_at_open = {p.person: p.role for p in self.picker.participants()}
        self._lay_out()
        self._show(event, day or plan.visit.start_date)
        self._connect()
        self.resize(1180, 700)

    # Building

    def _build_what_and_where(self) -> None:
        when = self.when
        self.title = QLineEdit()
        self.kind = ChoiceBox(EventKind, labels(EventKind))
        self.flight_number = QLineEdit()
        self.flight_number.setPlaceholderText("CI 5")
        self.venue, self.new_venue = self._venue_chooser(self.tr("(no venue)"))
        self.destination, self.new_destination = self._venue_chooser(self.tr("(not set)"))
        self.status = ChoiceBox(EventStatus, labels(EventStatus))
        self.status.set_value(EventStatus.CONFIRMED)
        self.press = ChoiceBox(PressAccess, labels(PressAccess))
        self.dress = QLineEdit()
        self.notes = TextBox()
        self.venue_label = QLabel(field_label("venue"))
        self.destination_label = QLabel(field_label("destination"))
        self.flight_row = self.flight_number
        self.destination_row = row_of(self.destination, self.new_destination, stretch=1)
        self.form.addRow(field_label("title"), self.title)
        self.second_title = self.second.line(self.form, "title", field_label("title"))
        for label, field in (
            (self.tr("Kind"), self.kind),
            (field_label("flight_number"), self.flight_row),
            (self.venue_label, row_of(self.venue, self.new_venue, stretch=1)),
            (when.start_label, row_of(when.start, when.zone, stretch=1)),
            (self.destination_label, self.destination_row),
            (when.end_label, row_of(when.end, when.end_zone, stretch=1)),
            ("", row_of(when.duration, when.all_day, stretch=1)),
            (self.tr("Status"), self.status),
            (self.tr("Press"), self.press),
        ):
            self.form.addRow(label, field)
        self.form.addRow(field_label("dress_code"), self.dress)
        self.second_dress = self.second.line(self.form, "dress_code", field_label("dress_code"))
        self.form.addRow(field_label("notes"), self.notes)
        self.second_notes = self.second.add(self.form, "notes", field_label("notes"), TextBox())

    def _venue_chooser(self, nothing: str) -> tuple[QComboBox, QPushButton]:
        box = QComboBox()
        box.addItem(nothing, "")
        for venue in self.plan.venues:
            box.addItem(venue.name, venue.key)
        button = QPushButton(self.tr("New venue…"))
        button.setToolTip(self.tr("Add a venue to the visit and choose it here"))
        return box, button

    def _lay_out(self) -> None:
        # When and where on the left, who and what on the right: it fits a laptop screen.
        right = QVBoxLayout()
        right.addWidget(self.people, 1)
        right.addWidget(self.signing)
        left = QVBoxLayout()
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        left.addLayout(self.form)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        outer.insertLayout(0, columns)
        when = self.when
        reading_order: tuple[QWidget, ...] = (
            self.title,
            self.second_title,
            self.kind,
            self.flight_number,
            self.venue,
            self.new_venue,
            when.start,
            when.zone,
            self.destination,
            self.new_destination,
            when.end,
            when.end_zone,
            when.all_day,
            self.status,
            self.press,
            self.dress,
            self.second_dress,
            self.notes,
            self.second_notes,
            self.people.whole_delegation,
            self.participants,
            self.signing.instruments.chooser,
        )
        for before, after in pairwise(reading_order):
            QWidget.setTabOrder(before, after)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.venue.currentIndexChanged.connect(self._venue_chosen)
        self.destination.currentIndexChanged.connect(self._destination_chosen)
        self.new_venue.clicked.connect(lambda: self._new_venue(self.venue))
        self.new_destination.clicked.connect(lambda: self._new_venue(self.destination))
        self.picker.role_changed.connect(self._role_changed)
        self.signing.signer_added.connect(self._signer_added)
        self.signing.signer_removed.connect(self._signer_removed)
        self._kind_chosen()
        self.when.connect_fields()

    # Showing an item

    def _show(self, event: Event | None, day: date) -> None:
        if event is None:
            self.kind.set_value(EventKind.MEETING)
            start, zone_name = places.opening(self.plan, day)
            self.when.show_times(start, zone_name, start + DEFAULT_LENGTH, zone_name, all_day=False)
            self.when.zone_at = lambda local: (
                places.place_at(self.plan, local, self.when.zone.zone()).timezone
            )
            return
        self.title.setText(event.title)
        self.kind.set_value(event.kind)
        self.flight_number.setText(event.flight_number or "")
        self._choose(self.venue, event.venue)
        self._choose(self.destination, event.destination)
        end = event.local_end - timedelta(days=1) if event.all_day else event.local_end
        self.when.show_times(
            event.local_start, event.timezone, end, event.zone_of_end, all_day=event.all_day
        )
        self.status.set_value(event.status)
        self.press.set_value(event.press)
        self.dress.setText(event.dress_code or "")
        self.notes.setText(event.notes or "")
        self.second.show(event)

    @staticmethod
    def _choose(box: QComboBox, key: str | None) -> None:
        box.setCurrentIndex(max(0, box.findData(key or "")))

    # Following the officer's choices

    def _kind_chosen(self) -> None:
        kind = self.kind.value()
        travels = kind.travels
        self.form.setRowVisible(self.flight_row, kind is EventKind.FLIGHT)
        self.form.setRowVisible(self.destination_row, travels)
        self.venue_label.setText(self.tr("Leaves from") if travels else field_label("venue"))
        self.when.start_label.setText(self.tr("Departs") if travels else self.tr("Starts"))
        self.when.end_label.setText(self.tr("Arrives") if travels else self.tr("Ends"))
        self.signing.setVisible(kind is EventKind.SIGNING)
        # A journey ends elsewhere; so may an item that already did (an old "departure").
        original = self.original
        ended_elsewhere = (
            original is not None and original.end_timezone is not None and original.kind is kind
        )
        self.when.allow_end_zone(travels or ended_elsewhere)

    def _venue_chosen(self) -> None:
        venue = self._venue(self.venue.currentData())
        if venue is not None:
            self.when.choose_zone(venue.timezone)

    def _destination_chosen(self) -> None:
        venue = self._venue(self.destination.currentData())
        if venue is not None:
            self.when.choose_end_zone(venue.timezone)

    def _venue(self, key: str | None) -> Venue | None:
        known = {v.key: v for v in (*self.plan.venues, *self.added_venues)}
        return known.get(key or "")

    def _new_venue(self, box: QComboBox) -> None:
        """A venue the visit does not have yet, made here, in the zone the item is in (the
        end zone for where a journey arrives)."""
        taken = {v.key for v in (*self.plan.venues, *self.added_venues)}
        end_zone = self.when.end_zone.zone()
        if box is self.destination and zones.is_known_zone(end_zone):
            zone_name, country = end_zone, places.zone_country(end_zone)
        else:
            skip = self.original.key if self.original else None
            place = places.place_at(
                self.plan, self.when.local_start(), self.when.zone.zone(), skip=skip
            )
            zone_name, country = place.timezone, place.country
        dialog = VenueDialog(
            taken,
            home_zone=zone_name,
            country=country,
            languages=self.plan.visit.languages,
            parent=self,
        )
        if not dialog.exec():
            return
        venue = dialog.venue()
        self.added_venues.append(venue)
        for chooser in (self.venue, self.destination):
            chooser.addItem(venue.name, venue.key)
        self._choose(box, venue.key)

    # Participants and signatories, kept in step

    def _role_changed(self, key: str, role: ParticipantRole | None) -> None:
        if role is ParticipantRole.SIGNATORY:
            self._in_step(lambda: self.signing.add(key))
        elif key in self.signing.signers():
            self._in_step(lambda: self.signing.remove(key))

    def _signer_added(self, key: str) -> None:
        self._in_step(lambda: self.picker.set_role(key, ParticipantRole.SIGNATORY))

    def _signer_removed(self, key: str) -> None:
        """Someone who no longer signs attends in their own role."""
        if self.picker.roles.get(key) is ParticipantRole.SIGNATORY:
            role = places.default_role(self.plan.person(key))
            self._in_step(lambda: self.picker.set_role(key, role))

    def _in_step(self, change: Callable[[], None]) -> None:
        """Make a change that follows from another, without echoing it back."""
        if self._syncing:
            return
        self._syncing = True
        try:
            change()
        finally:
            self._syncing = False

    # The item

    def programme_item(self) -> Event:
        title = required(self.title, field_label("title"))
        taken = {e.key for e in self.plan.events}
        key = self.original.key if self.original else make_key(title, taken, "item")
        start, start_zone, end, end_zone = self.when.times(self.original)
        kind = self.kind.value()
        participants = self.picker.participants()
        event = Event(
            key=key,
            kind=kind,
            title=title,
            start=start,
            end=end,
            timezone=start_zone,
            end_timezone=end_zone if end_zone != start_zone else None,
            all_day=self.when.all_day.isChecked(),
            venue=self.venue.currentData() or None,
            status=self.status.value(),
            dress_code=text_or_none(self.dress),
            notes=text_or_none(self.notes),
            press=self.press.value(),
            participants=participants,
            signing=self._signing(participants) if kind is EventKind.SIGNING else None,
            destination=(self.destination.currentData() or None) if kind.travels else None,
            flight_number=text_or_none(self.flight_number) if kind is EventKind.FLIGHT else None,
            # The seating is the Seating tab's; whoever leaves the item here gives up their seat.
            seating=seated_only(
                self.original.seating if self.original else None,
                {p.person for p in participants},
            ),
            translations=self.second.translations(
                self.original.translations if self.original else ()
            ),
            revision=self.original.revision if self.original else 0,
        )
        with_venues = replace(self.plan, venues=(*self.plan.venues, *self.added_venues))
        refuse(item_flaws(with_venues, event))
        return event

    def _signing(self, participants: tuple[Participant, ...]) -> Signing:
        signatories = self.signing.signatory_list()
        earlier = self.original.signing if self.original and self.original.signing else Signing()
        roles = {p.person: p.role for p in participants}
        # One listed as witness stays one while their part here is unchanged; taking the
        # witness role away (or taking them off the item) ends it.
        witnesses = [
            w for w in earlier.witnesses if w in roles and roles[w] == self._roles_at_open.get(w)
        ]
        witnesses += [
            p.person
            for p in participants
            if p.role is ParticipantRole.WITNESS and p.person not in witnesses
        ]
        return Signing(self.signing.documents(), signatories, tuple(witnesses))

    def validate(self) -> None:
        self.programme_item()
