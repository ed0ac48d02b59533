"""Dialogs that make or change one visit, person or venue; each hands back a domain value."""

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain import zones
from planner.domain.edits import make_key
from planner.domain.errors import PlannerError
from planner.domain.labels import DELEGATION_ROLE, SIDE
from planner.domain.model import Movement, Organizer, Person, Venue, Visit
from planner.domain.rules import COUNTRY, EMAIL
from planner.domain.vocab import DelegationRole, Direction, NameOrder, Side, VisitKind
from planner.ui.forms import (
    ChoiceBox,
    TextBox,
    ZoneBox,
    datetime_edit,
    from_qdate,
    from_qdatetime,
    text_or_none,
    to_qdate,
    to_qdatetime,
)


class Invalid(PlannerError):
    """What the officer typed cannot be saved; the message says which field and why."""


class FormDialog(QDialog):
    """A form with OK/Cancel that stays open, saying what is wrong, until the input is good."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet("color: #a61b1b")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def box(self, label: str) -> TextBox:
        box = TextBox()
        self.form.addRow(label, box)
        return box

    def line(self, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        self.form.addRow(label, edit)
        return edit

    def accept(self) -> None:
        try:
            self.validate()
        except PlannerError as error:
            self.show_error(str(error))
            return
        super().accept()

    def validate(self) -> None:
        """Raise Invalid when the input cannot be saved."""


def required(edit: QLineEdit, field: str) -> str:
    text = edit.text().strip()
    if not text:
        raise Invalid(f"{field} is required")
    return text


def country(edit: QLineEdit, field: str) -> str:
    code = edit.text().strip().upper()
    if not COUNTRY.fullmatch(code):
        raise Invalid(f"{field}: two letters, the ISO country code (TW, MH, DE)")
    return code


def email(edit: QLineEdit, field: str) -> str | None:
    address = text_or_none(edit)
    if address and not EMAIL.fullmatch(address):
        raise Invalid(f"{field}: {address!r} is not an e-mail address")
    return address


def zone(box: ZoneBox, field: str) -> str:
    name = box.zone()
    if not zones.is_known_zone(name):
        raise Invalid(f"{field}: {name!r} is not a time zone; pick one from the list")
    return name


class MovementEditor(QWidget):
    """An arrival or a departure: whether known, when (wall time), in which zone, which flight."""

    def __init__(self, default_zone: str, default_day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.known = QCheckBox()
        self.when = datetime_edit()
        self.when.setDateTime(to_qdatetime(datetime.combine(default_day, datetime.min.time())))
        self.zone = ZoneBox()
        self.zone.set_zone(default_zone)
        self.flight = QLineEdit()
        self.flight.setPlaceholderText("flight")
        self.flight.setMaximumWidth(90)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.known, self.when, self.zone, self.flight):
            row.addWidget(widget)
        self.known.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        for widget in (self.when, self.zone, self.flight):
            widget.setEnabled(on)

    def show_movement(self, movement: Movement | None) -> None:
        self.known.setChecked(movement is not None)
        if movement is not None:
            self.when.setDateTime(to_qdatetime(movement.local))
            self.zone.set_zone(movement.timezone)
            self.flight.setText(movement.flight or "")

    def movement(self, field: str) -> Movement | None:
        if not self.known.isChecked():
            return None
        zone_name = zone(self.zone, field)
        local = from_qdatetime(self.when.dateTime())
        try:
            at = zones.to_instant(local, zone_name)
        except zones.NonexistentLocalTime:
            raise Invalid(
                f"{field}: {local:%H:%M} does not exist in {zone_name} that day"
            ) from None
        return Movement(at, zone_name, text_or_none(self.flight))


class VisitDialog(FormDialog):
    """A new visit, or the details of one (its key never changes)."""

    def __init__(self, taken: set[str], visit: Visit | None = None, parent: QWidget | None = None):
        super().__init__("Visit" if visit else "New visit", parent)
        self.taken, self.original = taken, visit
        self.title = self.line("Title")
        self.key = self.line("Key")
        self.key.setPlaceholderText("made from the title")
        self.direction = ChoiceBox(
            Direction,
            {Direction.INBOUND: "Inbound (we host)", Direction.OUTBOUND: "Outbound (we travel)"},
        )
        self.kind = ChoiceBox(VisitKind)
        self.host = self.line("Host country")
        self.guest = self.line("Guest country")
        self.start = QDateEdit(to_qdate(date.today()))
        self.end = QDateEdit(to_qdate(date.today() + timedelta(days=3)))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
        self.zone = ZoneBox()
        self.zone.set_to_this_machines_zone()
        self.organizer = self.line("Organizer")
        self.organizer_email = self.line("Organizer e-mail")
        self.notes = TextBox()
        for label, widget in (
            ("Direction", self.direction),
            ("Kind", self.kind),
            ("First day", self.start),
            ("Last day", self.end),
            ("Home time zone", self.zone),
            ("Notes", self.notes),
        ):
            self.form.addRow(label, widget)
        if visit:
            self.show_visit(visit)

    def show_visit(self, visit: Visit) -> None:
        self.original = visit
        self.title.setText(visit.title)
        self.key.setText(visit.key)
        self.key.setReadOnly(True)
        self.direction.set_value(visit.direction)
        self.kind.set_value(visit.kind)
        self.host.setText(visit.host_country)
        self.guest.setText(visit.guest_country)
        self.start.setDate(to_qdate(visit.start_date))
        self.end.setDate(to_qdate(visit.end_date))
        self.zone.set_zone(visit.timezone)
        self.organizer.setText(visit.organizer.name if visit.organizer else "")
        self.organizer_email.setText(visit.organizer.email or "" if visit.organizer else "")
        self.notes.setPlainText(visit.notes or "")

    def visit(self) -> Visit:
        title = required(self.title, "Title")
        key = (
            self.original.key
            if self.original
            else (self.key.text().strip() or make_key(title, self.taken, "visit"))
        )
        if not self.original and key in self.taken:
            raise Invalid(f"Key: {key!r} is already the key of another visit")
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        if end < start:
            raise Invalid("Last day: the visit cannot end before it starts")
        name = text_or_none(self.organizer)
        address = email(self.organizer_email, "Organizer e-mail")
        if address and not name:
            raise Invalid("Organizer: give the office's name with its e-mail address")
        organizer = Organizer(name, address) if name else None
        return Visit(
            key=key,
            title=title,
            direction=self.direction.value(),
            kind=self.kind.value(),
            host_country=country(self.host, "Host country"),
            guest_country=country(self.guest, "Guest country"),
            start_date=start,
            end_date=end,
            timezone=zone(self.zone, "Home time zone"),
            organizer=organizer,
            notes=self.notes.toPlainText().strip() or None,
        )

    def validate(self) -> None:
        self.visit()


class PersonDialog(FormDialog):
    """Someone on either side: names in both scripts, post, role and needs."""

    def __init__(
        self,
        taken: set[str],
        person: Person | None = None,
        *,
        side: Side = Side.GUEST,
        country_code: str = "",
        home_zone: str = "UTC",
        first_day: date | None = None,
        last_day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Person" if person else "Add person", parent)
        self.taken, self.original = taken, person
        self.side = ChoiceBox(Side, SIDE)
        self.side.set_value(side)
        self.form.addRow("Side", self.side)
        self.honorific = self.line("Honorific")
        self.given = self.line("Given name")
        self.family = self.line("Family name")
        self.native = self.line("Name in own script")
        self.order = ChoiceBox(
            NameOrder,
            {
                NameOrder.GIVEN_FAMILY: "Given name first",
                NameOrder.FAMILY_GIVEN: "Family name first",
            },
        )
        self.form.addRow("Name order", self.order)
        self.title = self.line("Title")
        self.organization = self.line("Organization")
        self.country = self.line("Country", country_code)
        self.role = ChoiceBox(DelegationRole, DELEGATION_ROLE)
        self.role.set_value(DelegationRole.MEMBER)
        self.form.addRow("Role", self.role)
        self.email = self.line("E-mail")
        self.phone = self.line("Phone")
        self.dietary = self.line("Dietary needs")
        self.medical = self.line("Medical (confidential)")
        self.notes = self.box("Notes")
        self.arrival = MovementEditor(home_zone, first_day or date.today())
        self.departure = MovementEditor(home_zone, last_day or date.today())
        self.form.addRow("Arrives", self.arrival)
        self.form.addRow("Departs", self.departure)
        if person:
            self._show(person)

    def _show(self, person: Person) -> None:
        self.side.set_value(person.side)
        self.order.set_value(person.name_order)
        self.role.set_value(person.delegation_role)
        for edit, value in (
            (self.honorific, person.honorific),
            (self.given, person.given_name),
            (self.family, person.family_name),
            (self.native, person.native_name),
            (self.title, person.title),
            (self.organization, person.organization),
            (self.country, person.country),
            (self.email, person.email),
            (self.phone, person.phone),
            (self.dietary, person.dietary),
            (self.medical, person.medical),
            (self.notes, person.notes),
        ):
            edit.setText(value or "")
        self.arrival.show_movement(person.arrival)
        self.departure.show_movement(person.departure)

    def person(self) -> Person:
        given = required(self.given, "Given name")
        family = self.family.text().strip()
        key = (
            self.original.key
            if self.original
            else make_key(f"{given} {family}", self.taken, "person")
        )
        return Person(
            key=key,
            given_name=given,
            family_name=family,
            title=required(self.title, "Title"),
            country=country(self.country, "Country"),
            side=self.side.value(),
            delegation_role=self.role.value(),
            precedence=self.original.precedence if self.original else 1,
            native_name=text_or_none(self.native),
            name_order=self.order.value(),
            honorific=text_or_none(self.honorific),
            organization=text_or_none(self.organization),
            email=email(self.email, "E-mail"),
            phone=text_or_none(self.phone),
            dietary=text_or_none(self.dietary),
            medical=text_or_none(self.medical),
            notes=text_or_none(self.notes),
            arrival=self.arrival.movement("Arrives"),
            departure=self.departure.movement("Departs"),
        )

    def validate(self) -> None:
        self.person()


class VenueDialog(FormDialog):
    def __init__(
        self,
        taken: set[str],
        venue: Venue | None = None,
        *,
        home_zone: str = "UTC",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("Venue" if venue else "Add venue", parent)
        self.taken, self.original = taken, venue
        self.name = self.line("Name")
        self.native = self.line("Name in own script")
        self.address = self.box("Address")
        self.zone = ZoneBox()
        self.zone.set_zone(venue.timezone if venue else home_zone)
        self.form.addRow("Time zone", self.zone)
        self.latitude = self.line("Latitude")
        self.longitude = self.line("Longitude")
        self.notes = self.box("Notes")
        if venue:
            for edit, value in (
                (self.name, venue.name),
                (self.native, venue.native_name),
                (self.address, venue.address),
                (self.notes, venue.notes),
            ):
                edit.setText(value or "")
            if venue.latitude is not None:
                self.latitude.setText(repr(venue.latitude))
                self.longitude.setText(repr(venue.longitude))

    def _coordinate(self, edit: QLineEdit, field: str, limit: float) -> float | None:
        text = edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise Invalid(f"{field}: {text!r} is not a number of degrees") from None
        if not -limit <= value <= limit:
            raise Invalid(f"{field}: must lie between {-limit:g} and {limit:g} degrees")
        return value

    def venue(self) -> Venue:
        name = required(self.name, "Name")
        latitude = self._coordinate(self.latitude, "Latitude", 90)
        longitude = self._coordinate(self.longitude, "Longitude", 180)
        if (latitude is None) != (longitude is None):
            raise Invalid("Give both latitude and longitude, or neither")
        key = self.original.key if self.original else make_key(name, self.taken, "venue")
        return Venue(
            key=key,
            name=name,
            timezone=zone(self.zone, "Time zone"),
            native_name=text_or_none(self.native),
            address=text_or_none(self.address),
            latitude=latitude,
            longitude=longitude,
            notes=text_or_none(self.notes),
        )

    def validate(self) -> None:
        self.venue()
