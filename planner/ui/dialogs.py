"""Dialogs that make or change one visit, person or venue; each hands back a domain value."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from planner.domain import places, zones
from planner.domain.address import FORM_NAMES, FormOverride, forms
from planner.domain.edits import make_key
from planner.domain.errors import PlannerError
from planner.domain.model import (
    Event,
    Movement,
    OnItem,
    Organizer,
    Person,
    Venue,
    Visit,
    VisitPlan,
)
from planner.domain.names import display_name, written_family_first
from planner.domain.places import language_label, language_name
from planner.domain.rules import EMAIL
from planner.domain.validation import Flaw, person_flaws, venue_flaws, visit_flaws
from planner.domain.vocab import (
    DelegationRole,
    Direction,
    EventStatus,
    NameOrder,
    Side,
    VenueKind,
    VisitKind,
)
from planner.ui import words
from planner.ui.forms import (
    DATE_HINT,
    DATETIME_HINT,
    ChoiceBox,
    CountryBox,
    LaterChoices,
    TextBox,
    ZoneBox,
    date_edit,
    datetime_edit,
    from_qdate,
    from_qdatetime,
    text_or_none,
    to_qdate,
    to_qdatetime,
)
from planner.ui.languages import SecondTexts, offered, second_language
from planner.ui.words import field_label, label, labels, short_day, translate


class Invalid(PlannerError):
    """What the officer typed cannot be saved; the message says which field and why."""


def hint(text: str = "") -> QLabel:
    """A grey line under a field that says what the dialog did or how to fill it in."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


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
        self.tell(self.error, message)

    def tell(self, label: QLabel, text: str | None) -> None:
        """Show a line of the form's words (a hint, an error), or hide it when there are none,
        growing the dialog so that no wrapped line is cut off."""
        label.setText(text or "")
        label.setVisible(bool(text))
        self.grow_to_fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.grow_to_fit()

    def grow_to_fit(self) -> None:
        """A dialog grows for rows shown and lines wrapped since it opened; Qt alone gives
        wrapped lines only the height the dialog had."""
        layout = self.layout()
        if layout is None or not self.isWindow():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def box(self, label: str) -> TextBox:
        box = TextBox()
        self.form.addRow(label, box)
        return box

    def line(self, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        self.form.addRow(label, edit)
        return edit

    def beside_form(self) -> QVBoxLayout:
        """A column to the right of the form, so that a long dialog fits a laptop screen."""
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        column = QVBoxLayout()
        columns.addLayout(column, 1)
        outer.insertLayout(0, columns)
        return column

    def accept(self) -> None:
        try:
            self.validate()
        except PlannerError as error:
            self.show_error(str(error))
            return
        super().accept()

    def validate(self) -> None:
        """Raise Invalid when the input cannot be saved."""


def fields_row(*widgets: QWidget) -> QWidget:
    """Fields side by side on one row of a form, the first and last sharing the width."""
    holder = QWidget()
    # As tall as its fields, however tall the column beside the form makes the dialog.
    holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
    return holder


def refuse(found: list[Flaw]) -> None:
    """Stop at the first rule the value breaks, named by its record and field, in the
    window's language."""
    if found:
        raise Invalid(found[0].for_window(translate))


def required(edit: QLineEdit, field: str) -> str:
    text = edit.text().strip()
    if not text:
        raise Invalid(translate("Form", "{field} is required").format(field=field))
    return text


def country(box: CountryBox, field: str) -> str:
    code = box.country()
    if code is None:
        text = box.currentText().strip()
        if not text:
            raise Invalid(translate("Form", "{field} is required").format(field=field))
        raise Invalid(
            translate("Form", "{field}: {text} is not a country; pick one from the list").format(
                field=field, text=repr(text)
            )
        )
    return code


def optional_country(box: CountryBox, field: str) -> str | None:
    return country(box, field) if box.currentText().strip() else None


def email(edit: QLineEdit, field: str) -> str | None:
    address = text_or_none(edit)
    if address and not EMAIL.fullmatch(address):
        raise Invalid(
            translate("Form", "{field}: {text} is not an e-mail address").format(
                field=field, text=repr(address)
            )
        )
    return address


def zone(box: ZoneBox, field: str) -> str:
    name = box.zone()
    if not zones.is_known_zone(name):
        raise Invalid(
            translate("Form", "{field}: {text} is not a time zone; pick one from the list").format(
                field=field, text=repr(name)
            )
        )
    return name


def noon(day: date) -> datetime:
    """A moment on a day at which to show zones' offsets from UTC."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def short_moment(local: datetime, zone_name: str) -> str:
    """`Sat 25 Oct 19:22 Brussels`: a wall time and the city whose clock it is on."""
    return translate("Form", "{day} {time} {city}").format(
        day=short_day(local.date()), time=f"{local:%H:%M}", city=words.zone_city(zone_name)
    )


# Items a person can arrive or leave on.


def item_label(event: Event) -> str:
    """How an item reads in the list of those a person can travel on."""
    number = event.flight_number
    title = f"{event.title} ({number})" if number and number not in event.title else event.title
    local = event.local_start
    return translate("Form", "{title}, {day} {time}").format(
        title=title, day=short_day(local.date()), time=f"{local:%H:%M}"
    )


def item_times(event: Event) -> str:
    """When and where an item leaves and arrives: what a person on it takes from it."""
    leaves = short_moment(event.local_start, event.timezone)
    arrives = short_moment(event.local_end, event.zone_of_end)
    kind = label(event.kind)
    if event.flight_number:
        kind = translate("Form", "{kind} {number}").format(kind=kind, number=event.flight_number)
    return translate("Form", "{kind}: leaves {leaves}, arrives {arrives}").format(
        kind=kind, leaves=leaves, arrives=arrives
    )


class MovementEditor(QWidget):
    """An arrival or a departure: not known, at its own time (wall time, zone, flight), or
    on a flight or transfer of the programme; with the terminal, who meets them, notes."""

    NOT_KNOWN, OWN_TIME = "not-known", "own-time"

    def __init__(
        self,
        default_zone: str,
        default_day: date,
        parent: QWidget | None = None,
        *,
        plan: VisitPlan | None = None,
        person: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan, self.person = plan, person
        self.how = QComboBox()
        self.how.addItem(self.tr("Not known yet"), self.NOT_KNOWN)
        self.how.addItem(self.tr("At its own time"), self.OWN_TIME)
        for event in sorted(_travel_items(plan), key=lambda e: (e.start, e.key)):
            self.how.addItem(self.tr("On {item}").format(item=item_label(event)), event.key)
        self.item_times = hint()
        self.when = datetime_edit()
        self.when.setDateTime(to_qdatetime(datetime.combine(default_day, time(12))))
        self.when_hint = hint(self.tr("{hint}.").format(hint=DATETIME_HINT()))
        self.zone = ZoneBox(at=noon(default_day))
        self.zone.set_zone(default_zone)
        self.flight = QLineEdit()
        self.flight.setPlaceholderText("CI 61")
        self.terminal = QLineEdit()
        self.met_by = QComboBox()
        self.met_by.addItem(self.tr("(no one named)"), None)
        people = plan.in_canonical_order().people if plan else ()
        for other in people:
            if other.key != person:
                self.met_by.addItem(display_name(other), other.key)
        self.notes = QLineEdit()
        self.rows = QFormLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        # Each time beside its zone, and who meets them beside the terminal: a person's
        # dialog, with both movements, fits a laptop's screen.
        self.when_row = fields_row(self.when, self.zone)
        self.zone.setToolTip(self.tr("Time zone"))
        self.terminal_row = fields_row(self.terminal, QLabel(self.tr("Met by")), self.met_by)
        for text, widget in (
            ("", self.how),
            ("", self.item_times),
            (self.tr("Local time"), self.when_row),
            ("", self.when_hint),
            (self.tr("Flight"), self.flight),
            (self.tr("Terminal"), self.terminal_row),
            (self.tr("Notes"), self.notes),
        ):
            self.rows.addRow(text, widget)
        self.how.currentIndexChanged.connect(self._how_chosen)
        self._how_chosen()

    def _how_chosen(self) -> None:
        how = self.how.currentData()
        own, known = how == self.OWN_TIME, how != self.NOT_KNOWN
        item = self._item(how)
        text = item_times(item) if item else ""
        if item and not any(p.person == self.person for p in item.participants):
            text = self.tr("{times}. Not among its participants yet.").format(times=text)
        self.item_times.setText(text)
        for widget, shown in (
            (self.item_times, item is not None),
            (self.when_row, own),
            (self.when_hint, own),
            (self.flight, own),
            (self.terminal_row, known),
            (self.notes, known),
        ):
            self.rows.setRowVisible(widget, shown)
        window = self.window()
        if isinstance(window, FormDialog):
            window.grow_to_fit()

    def _item(self, key: str) -> Event | None:
        if self.plan is None or key in (self.NOT_KNOWN, self.OWN_TIME):
            return None
        return next((e for e in self.plan.events if e.key == key), None)

    def show_movement(self, movement: Movement | OnItem | None) -> None:
        if movement is None:
            self.how.setCurrentIndex(0)
            return
        if isinstance(movement, OnItem):
            if self.how.findData(movement.event) < 0:  # an item this dialog was not told of
                self.how.addItem(
                    self.tr("On item {key}").format(key=repr(movement.event)), movement.event
                )
            self.how.setCurrentIndex(self.how.findData(movement.event))
        else:
            self.how.setCurrentIndex(self.how.findData(self.OWN_TIME))
            self.zone.show_offsets_at(movement.at)
            self.when.setDateTime(to_qdatetime(movement.local))
            self.zone.set_zone(movement.timezone)
            self.flight.setText(movement.flight or "")
        self.terminal.setText(movement.terminal or "")
        if movement.met_by and self.met_by.findData(movement.met_by) < 0:
            self.met_by.addItem(movement.met_by, movement.met_by)
        self.met_by.setCurrentIndex(max(0, self.met_by.findData(movement.met_by)))
        self.notes.setText(movement.notes or "")

    def movement(self, field: str) -> Movement | OnItem | None:
        how = self.how.currentData()
        if how == self.NOT_KNOWN:
            return None
        terminal, met_by = text_or_none(self.terminal), self.met_by.currentData()
        notes = text_or_none(self.notes)
        if how != self.OWN_TIME:
            return OnItem(how, terminal, met_by, notes)
        zone_name = zone(self.zone, self.tr("{field}: time zone").format(field=field))
        local = from_qdatetime(self.when.dateTime())
        try:
            at = zones.to_instant(local, zone_name)
        except zones.NonexistentLocalTime:
            raise Invalid(
                self.tr("{field}: {time} does not exist in {zone} that day").format(
                    field=field, time=f"{local:%H:%M}", zone=zone_name
                )
            ) from None
        return Movement(at, zone_name, text_or_none(self.flight), terminal, met_by, notes)


def _travel_items(plan: VisitPlan | None) -> list[Event]:
    if plan is None:
        return []
    return [
        e for e in plan.events if e.kind.carries_people and e.status is not EventStatus.CANCELLED
    ]


def days_hint() -> str:
    return translate("VisitDialog", "{hint}. The last day follows the first.").format(
        hint=DATE_HINT()
    )


class VisitDialog(FormDialog):
    """A new visit, or the details of one (its key never changes): with its languages, the
    main one first, and its title in the second.

    Signals:
        languages_changed(): the officer chose another main or second language.
    """

    languages_changed = Signal()

    def __init__(self, taken: set[str], visit: Visit | None = None, parent: QWidget | None = None):
        super().__init__(self.tr("Visit") if visit else self.tr("New visit"), parent)
        self.taken, self.original = taken, visit
        self.title = self.line(field_label("title"))
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.second = SecondTexts(visit.languages if visit else ("en",))
        self.second_title = self.second.line(self.form, "title", field_label("title"))
        self.key = self.line(field_label("key"))
        self.key.setPlaceholderText(self.tr("made from the title"))
        self.direction = ChoiceBox(
            Direction,
            {
                Direction.INBOUND: self.tr("Inbound (we host)"),
                Direction.OUTBOUND: self.tr("Outbound (we travel)"),
            },
        )
        self.kind = ChoiceBox(VisitKind, labels(VisitKind))
        self.host = CountryBox()
        self.guest = CountryBox()
        self.start = date_edit(date.today())
        self.end = date_edit(date.today() + timedelta(days=3))
        self.days_hint = hint(days_hint())
        self._first_day = date.today()
        self.zone = ZoneBox(at=noon(date.today()))
        self.zone.set_to_this_machines_zone()
        for text, widget in (
            (self.tr("Direction"), self.direction),
            (self.tr("Kind"), self.kind),
            (field_label("host_country"), self.host),
            (field_label("guest_country"), self.guest),
            (field_label("start_date"), self.start),
            (field_label("end_date"), self.end),
            ("", self.days_hint),
            (self.tr("Home time zone"), self.zone),
        ):
            self.form.addRow(text, widget)
        self.main_language, self.second_language = LaterChoices(), LaterChoices()
        self.main_language.setToolTip(
            self.tr("The main language: the visit's texts are typed in it, and its documents made")
        )
        self.second_language.setToolTip(
            self.tr("A second language: each text gets a field for it, and documents can be in it")
        )
        self.form.addRow(
            self.tr("Languages"),
            fields_row(self.main_language, QLabel(self.tr("and")), self.second_language),
        )
        self._show_languages(visit.languages if visit else ("en",))
        self.main_language.activated.connect(self._main_language_chosen)
        self.second_language.activated.connect(self._second_language_chosen)
        self.organizer = self.line(field_label("organizer"))
        self.organizer_email = self.line(self.tr("Organizer e-mail"))
        self.notes = self.box(field_label("notes"))
        self.start.dateChanged.connect(self._first_day_moved)
        if visit:
            self.show_visit(visit)

    # Languages

    def _show_languages(self, languages: tuple[str, ...]) -> None:
        """Offer the visit's languages and the usual ones; choose the visit's. The usual
        ones are named when a list is first opened: naming each in its own language reads
        its CLDR data, which would hold up the window's start."""
        self._languages = languages
        no_second = (self.tr("(no second language)"), "")

        def every() -> list[tuple[str, object]]:
            return [(language_label(tag), tag) for tag in offered(self._languages)]

        held = [(language_label(tag), tag) for tag in languages[:2]]
        second = second_language(languages) or ""
        self.main_language.offer(held, every, languages[0])
        self.second_language.offer([no_second, *held], lambda: [no_second, *every()], second)
        self.second.set_languages(self.form, languages)
        self.grow_to_fit()

    def languages(self) -> tuple[str, ...]:
        """The languages chosen, the main one first; any further ones the visit has (from a
        visit file) after them."""
        main, second = self.main_language.currentData(), self.second_language.currentData()
        chosen = (main, second) if second else (main,)
        return chosen + tuple(t for t in self._languages[2:] if t not in chosen)

    def _main_language_chosen(self) -> None:
        """A main language that was the second swaps places with the main one."""
        main, second = self.main_language.currentData(), self.second_language.currentData()
        if main == second:
            before = self._languages[0]
            self.second_language.setCurrentIndex(self.second_language.findData(before))
        self._languages_chosen()

    def _second_language_chosen(self) -> None:
        main, second = self.main_language.currentData(), self.second_language.currentData()
        if main == second:  # the main one chosen as the second: the two swap places
            after = second_language(self._languages) or ""
            if after:
                self.main_language.setCurrentIndex(self.main_language.findData(after))
            else:
                self.second_language.setCurrentIndex(0)
        self._languages_chosen()

    def _languages_chosen(self) -> None:
        languages = self.languages()
        if languages == self._languages:
            return
        self._languages = languages
        self.second.set_languages(self.form, languages)
        self.second.show(self.original)
        self.grow_to_fit()
        self.languages_changed.emit()

    def _first_day_moved(self, day: QDate) -> None:
        """A first day moved past the last takes the last with it, keeping the length."""
        before, self._first_day = self._first_day, from_qdate(day)
        self.zone.show_offsets_at(noon(self._first_day))
        last = from_qdate(self.end.date())
        if self._first_day <= last:
            return
        length = max(last - before, timedelta(0))
        self.end.setDate(to_qdate(self._first_day + length))
        days = length.days + 1
        self.tell(
            self.days_hint,
            self.tr("The last day moved with the first: 1 day, as before.")
            if days == 1
            else self.tr("The last day moved with the first: {days} days, as before.").format(
                days=days
            ),
        )

    def show_visit(self, visit: Visit) -> None:
        self.original = visit
        self.title.setText(visit.title)
        self.key.setText(visit.key)
        self.key.setReadOnly(True)
        self.direction.set_value(visit.direction)
        self.kind.set_value(visit.kind)
        self.host.set_country(visit.host_country)
        self.guest.set_country(visit.guest_country)
        self.start.setDate(to_qdate(visit.start_date))
        self.end.setDate(to_qdate(visit.end_date))
        self.days_hint.setText(days_hint())
        self.zone.set_zone(visit.timezone)
        self.organizer.setText(visit.organizer.name if visit.organizer else "")
        self.organizer_email.setText(visit.organizer.email or "" if visit.organizer else "")
        self.notes.setPlainText(visit.notes or "")
        self._show_languages(visit.languages)
        self.second.show(visit)

    def visit(self) -> Visit:
        title = required(self.title, field_label("title"))
        key = (
            self.original.key
            if self.original
            else (self.key.text().strip() or make_key(title, self.taken, "visit"))
        )
        if not self.original and key in self.taken:
            raise Invalid(
                self.tr("Key: {key} is already the key of another visit").format(key=repr(key))
            )
        start, end = from_qdate(self.start.date()), from_qdate(self.end.date())
        name = text_or_none(self.organizer)
        address = email(self.organizer_email, self.tr("Organizer e-mail"))
        if address and not name:
            raise Invalid(self.tr("Organizer: give the office's name with its e-mail address"))
        organizer = Organizer(name, address) if name else None
        languages = self.languages()
        visit = Visit(
            key=key,
            title=title,
            direction=self.direction.value(),
            kind=self.kind.value(),
            host_country=country(self.host, field_label("host_country")),
            guest_country=country(self.guest, field_label("guest_country")),
            start_date=start,
            end_date=end,
            timezone=zone(self.zone, self.tr("Home time zone")),
            organizer=organizer,
            notes=self.notes.toPlainText().strip() or None,
            languages=languages,
            translations=self.second.translations(
                self.original.translations if self.original else (), languages
            ),
        )
        refuse(visit_flaws(visit))
        return visit

    def validate(self) -> None:
        self.visit()


def where_the_programme_starts_and_ends(plan: VisitPlan) -> tuple[str, str]:
    """The zones people most likely arrive and leave in: where the first item is and where
    the last one leaves its people; the visit's home zone when it has no items."""
    timed = sorted((e for e in plan.events if not e.all_day), key=lambda e: (e.start, e.key))
    if not timed:
        return plan.visit.timezone, plan.visit.timezone
    return timed[0].timezone, timed[-1].zone_of_end


COURTESY_TITLES = ("Mr.", "Ms.", "Mrs.", "Dr.", "Prof.")


class AddressForms(QGroupBox):
    """How a person is written in each of the visit's languages: the list form, the short
    form, the salutation and the envelope (`planner.domain.address`). Each is a field whose
    grey placeholder is the form made from what is typed in the other fields, and follows
    it; typing there writes the form in the officer's own words (a `FormOverride`), and
    clearing it goes back to the made one. The envelope is a small box of its own lines."""

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Forms of address"), parent)
        self.languages = languages
        grid = QGridLayout(self)
        grid.setColumnStretch(0, 0)
        grid.setVerticalSpacing(2)  # eight fields and a line beside a long form: room is short
        names = (
            self.tr("List form"),
            self.tr("Short form"),
            self.tr("Salutation"),
            self.tr("Envelope"),
        )
        for column, language in enumerate(languages, start=1):
            heading = QLabel(language_name(language))
            heading.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(heading, 0, column)
            grid.setColumnStretch(column, 1)
        self.cells: dict[tuple[str, str], QLineEdit | TextBox] = {}
        self.made: dict[tuple[str, str], str] = {}
        for row, (form, name) in enumerate(zip(FORM_NAMES, names, strict=True), start=1):
            grid.addWidget(QLabel(name), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, language in enumerate(languages, start=1):
                cell: QLineEdit | TextBox
                if form in WRAPPED_FORMS:
                    cell = TextBox()  # two lines: a long form wraps, an envelope has two
                    # Wide enough for a post of some length on one line of the envelope.
                    cell.setMinimumWidth(cell.fontMetrics().averageCharWidth() * 42)
                    cell.document().setDocumentMargin(2)
                    cell.setFixedHeight(cell.fontMetrics().lineSpacing() * 2 + 8)
                else:
                    cell = QLineEdit()
                    cell.setClearButtonEnabled(True)
                grid.addWidget(cell, row, column)
                self.cells[(language, form)] = cell
        # No line of its own to say so (the dialog at its longest just fits a laptop): the
        # fields' tooltips say it, with the made form in full.
        self.setToolTip(self.how)

    @property
    def how(self) -> str:
        return self.tr("Grey: made from the fields. Type your own wording; clear it to go back.")

    def show_person(self, person: Person) -> None:
        """The forms made from `person` (its own overrides left out) as the placeholders."""
        made_by_table = replace(person, form_overrides=())
        for language in self.languages:
            try:
                written = forms(made_by_table, language)
            except (ValueError, KeyError):  # too little typed yet to address anyone
                made = ("", "", "", "")
            else:
                made = (
                    written.list_form,
                    written.short_form,
                    written.salutation,
                    written.envelope,
                )
            for form, text in zip(FORM_NAMES, made, strict=True):
                cell = self.cells[(language, form)]
                self.made[(language, form)] = text
                cell.setPlaceholderText(text if form == "envelope" else " ".join(text.split()))
                cell.setToolTip(f"{text}\n\n{self.how}" if text else self.how)

    def show_overrides(self, overrides: tuple[FormOverride, ...]) -> None:
        """The officer's own wording, each in its field; the others empty (made forms)."""
        own = {(o.language, o.form): o.text for o in overrides}
        for place, cell in self.cells.items():
            cell.setText(own.get(place, ""))

    def overrides(self) -> tuple[FormOverride, ...]:
        """What is typed in the fields: one override a filled field. An envelope keeps its
        lines (blank ones left out), another form is one line."""
        found = []
        for (language, form), cell in self.cells.items():
            text = _override_text(form, cell.text())
            if text:
                found.append(FormOverride(language, form, text))
        return tuple(found)

    def text(self, language: str) -> str:
        """The forms in one language as they stand, typed or made, one a line (the
        envelope's lines joined by " / ")."""
        shown = []
        for form in FORM_NAMES:
            typed = _override_text(form, self.cells[(language, form)].text())
            shown.append((typed or self.made.get((language, form), "")).replace("\n", " / "))
        return "\n".join(shown)


# The forms typed in a box of their own rather than on one line: long ones, and the envelope.
WRAPPED_FORMS = frozenset({"list", "envelope"})


def _override_text(form: str, typed: str) -> str:
    """A form as typed, tidied: the envelope line by line, any other form as one line."""
    if form == "envelope":
        return "\n".join(line.strip() for line in typed.splitlines() if line.strip())
    return " ".join(typed.split())


class PersonDialog(FormDialog):
    """Someone on either side: names in both scripts, post, role, needs, and how they
    arrive and leave."""

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
        plan: VisitPlan | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Person") if person else self.tr("Add person"), parent)
        self.taken, self.original = taken, person
        languages = plan.visit.languages if plan is not None else ("en",)
        self.second = SecondTexts(languages)
        self.side = ChoiceBox(Side, labels(Side))
        self.side.set_value(side)
        self.form.addRow(self.tr("Side"), self.side)
        self.honorific = QLineEdit()
        self.courtesy = QComboBox()
        self.courtesy.setEditable(True)
        self.courtesy.addItems(["", *COURTESY_TITLES])
        self.courtesy.setToolTip(self.tr("Mr., Ms., Dr. …: used in the forms of address"))
        self.form.addRow(
            field_label("honorific"),
            fields_row(self.honorific, QLabel(self.tr("Courtesy title")), self.courtesy),
        )
        self.given = self.line(field_label("given_name"))
        self.family = self.line(field_label("family_name"))
        self.native = self.line(field_label("native_name"))
        self.order = ChoiceBox(
            NameOrder,
            {
                NameOrder.GIVEN_FAMILY: self.tr("Given name first"),
                NameOrder.FAMILY_GIVEN: self.tr("Family name first"),
            },
        )
        self.form.addRow(self.tr("Name order"), self.order)
        self.order_hint = hint()
        self.order_hint.hide()
        self.form.addRow("", self.order_hint)
        self.order_chosen = False  # by the officer, in this dialog
        self.order.activated.connect(self._order_picked)
        self.native.textEdited.connect(self._native_typed)
        self.second.line(self.form, "name", self.tr("Full name"))
        self.title = self.line(self.tr("Title", "a person's post"))
        # A post is often long ("Director-General, National Security Bureau"): room to read it.
        self.title.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.second.line(self.form, "title", self.tr("Title", "a person's post"))
        self.short_title = self.line(self.tr("Short title"))
        self.short_title.setPlaceholderText(self.tr("President, Minister, Ambassador …"))
        self.short_title.setToolTip(self.tr("The title used in address and on place cards"))
        self.second.line(self.form, "short_title", self.tr("Short title"))
        self.organization = self.line(field_label("organization"))
        self.second.line(self.form, "organization", field_label("organization"))
        self.country = CountryBox()
        self.country.set_country(country_code or None)
        self.form.addRow(field_label("country"), self.country)
        self.role = ChoiceBox(DelegationRole, labels(DelegationRole))
        self.role.set_value(DelegationRole.MEMBER)
        self.form.addRow(self.tr("Role"), self.role)
        self.email, self.phone = QLineEdit(), QLineEdit()
        self.form.addRow(
            field_label("email"),
            fields_row(self.email, QLabel(field_label("phone")), self.phone),
        )
        self.dietary = self.line(field_label("dietary"))
        self.medical = self.line(field_label("medical"))
        self.notes = self.box(field_label("notes"))
        arrive_in = leave_from = home_zone
        if plan is not None:
            first_day = first_day or plan.visit.start_date
            last_day = last_day or plan.visit.end_date
            arrive_in, leave_from = where_the_programme_starts_and_ends(plan)
        me = person.key if person else None
        self.arrival = MovementEditor(arrive_in, first_day or date.today(), plan=plan, person=me)
        self.departure = MovementEditor(leave_from, last_day or date.today(), plan=plan, person=me)
        column = self.beside_form()
        for title, editor in (
            (self.tr("Arrives"), self.arrival),
            (self.tr("Departs"), self.departure),
        ):
            group = QGroupBox(title)
            QVBoxLayout(group).addWidget(editor)
            column.addWidget(group)
        self.address_forms = AddressForms(languages)
        column.addWidget(self.address_forms)
        column.addStretch(1)
        if person:
            self._show(person)
        self._follow_for_address()

    def _follow_for_address(self) -> None:
        """The forms of address follow what is typed."""
        for edit in (
            self.honorific,
            self.given,
            self.family,
            self.native,
            self.title,
            self.short_title,
            self.organization,
            *self.second.edits.values(),
        ):
            edit.textChanged.connect(self._show_address)
        self.courtesy.currentTextChanged.connect(self._show_address)
        for box in (self.order, self.role, self.side):
            box.currentIndexChanged.connect(self._show_address)
        self._show_address()

    def _show_address(self) -> None:
        self.address_forms.show_person(self._draft())

    def _draft(self) -> Person:
        """The person as typed so far, for the forms of address: not checked."""
        return Person(
            key=self.original.key if self.original else "new",
            given_name=self.given.text().strip(),
            family_name=self.family.text().strip(),
            title=self.title.text().strip(),
            country=self.country.country() or "",
            side=self.side.value(),
            delegation_role=self.role.value(),
            precedence=1,
            native_name=text_or_none(self.native),
            name_order=self.order.value(),
            honorific=text_or_none(self.honorific),
            organization=text_or_none(self.organization),
            short_title=text_or_none(self.short_title),
            courtesy=self.courtesy.currentText().strip() or None,
            translations=self.second.translations(
                self.original.translations if self.original else ()
            ),
        )

    def _order_picked(self) -> None:
        self.order_chosen = True
        self.order_hint.hide()

    def _native_typed(self, text: str) -> None:
        """A Chinese, Japanese or Korean name in own script suggests family name first, unless
        the officer has chosen the order."""
        if self.order_chosen or not written_family_first(text):
            return
        if self.order.value() is NameOrder.GIVEN_FAMILY:
            self.order.set_value(NameOrder.FAMILY_GIVEN)
            self.tell(
                self.order_hint,
                self.tr(
                    "Family name first, as the name in own script is written. "
                    "Choose “Given name first” if this person uses that order."
                ),
            )

    def _show(self, person: Person) -> None:
        self.side.set_value(person.side)
        self.order.set_value(person.name_order)
        self.role.set_value(person.delegation_role)
        self.country.set_country(person.country)
        for edit, value in (
            (self.honorific, person.honorific),
            (self.given, person.given_name),
            (self.family, person.family_name),
            (self.native, person.native_name),
            (self.title, person.title),
            (self.short_title, person.short_title),
            (self.organization, person.organization),
            (self.email, person.email),
            (self.phone, person.phone),
            (self.dietary, person.dietary),
            (self.medical, person.medical),
            (self.notes, person.notes),
        ):
            edit.setText(value or "")
        self.courtesy.setCurrentText(person.courtesy or "")
        self.second.show(person)
        self.address_forms.show_overrides(person.form_overrides)
        self.arrival.show_movement(person.arrival)
        self.departure.show_movement(person.departure)

    def person(self) -> Person:
        given = required(self.given, field_label("given_name"))
        family = self.family.text().strip()
        key = (
            self.original.key
            if self.original
            else make_key(f"{given} {family}", self.taken, "person")
        )
        person = Person(
            key=key,
            given_name=given,
            family_name=family,
            title=required(self.title, self.tr("Title", "a person's post")),
            country=country(self.country, field_label("country")),
            side=self.side.value(),
            delegation_role=self.role.value(),
            precedence=self.original.precedence if self.original else 1,
            native_name=text_or_none(self.native),
            name_order=self.order.value(),
            honorific=text_or_none(self.honorific),
            organization=text_or_none(self.organization),
            email=email(self.email, field_label("email")),
            phone=text_or_none(self.phone),
            dietary=text_or_none(self.dietary),
            medical=text_or_none(self.medical),
            notes=text_or_none(self.notes),
            arrival=self.arrival.movement(self.tr("Arrives")),
            departure=self.departure.movement(self.tr("Departs")),
            short_title=text_or_none(self.short_title),
            courtesy=self.courtesy.currentText().strip() or None,
            translations=self.second.translations(
                self.original.translations if self.original else ()
            ),
            form_overrides=self.address_forms.overrides(),
        )
        refuse(person_flaws(person, languages=self.second.languages))
        return person

    def validate(self) -> None:
        self.person()


class VenueDialog(FormDialog):
    """A place of the programme: its name, where it is (country, city, zone), what it is."""

    def __init__(
        self,
        taken: set[str],
        venue: Venue | None = None,
        *,
        home_zone: str = "UTC",
        country: str | None = None,
        languages: tuple[str, ...] = ("en",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Venue") if venue else self.tr("Add venue"), parent)
        self.taken, self.original = taken, venue
        self.second = SecondTexts(languages)
        self.name = self.line(field_label("name"))
        self.second.line(self.form, "name", field_label("name"))
        self.native = self.line(field_label("native_name"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("(not said)"), None)
        for member in VenueKind:
            self.kind.addItem(label(member), member.value)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.address = self.box(field_label("address"))
        self.second.add(self.form, "address", field_label("address"), TextBox())
        self.city = self.line(field_label("city"))
        self.country = CountryBox(optional=True)
        self.form.addRow(field_label("country"), self.country)
        self.zone = ZoneBox()
        self.form.addRow(field_label("timezone"), self.zone)
        self.place_hint = hint()
        self.place_hint.hide()
        self.form.addRow("", self.place_hint)
        self.latitude = self.line(field_label("latitude"))
        self.longitude = self.line(field_label("longitude"))
        self.notes = self.box(field_label("notes"))
        self.zone.set_zone(venue.timezone if venue else home_zone)
        self.first_zone = self.zone.zone()  # until the officer picks another
        self.country.set_country(venue.country if venue else country)
        # A new venue's country is a suggestion (where the programme is) until the officer
        # picks one: the zone picked for it then says which country it is in.
        self.suggested_country = None if venue else self.country.country()
        if venue:
            self.kind.setCurrentIndex(max(0, self.kind.findData(venue.kind)))
            for edit, value in (
                (self.name, venue.name),
                (self.native, venue.native_name),
                (self.address, venue.address),
                (self.city, venue.city),
                (self.notes, venue.notes),
            ):
                edit.setText(value or "")
            self.second.show(venue)
            if venue.latitude is not None:
                self.latitude.setText(repr(venue.latitude))
                self.longitude.setText(repr(venue.longitude))
        self.zone.activated.connect(self._zone_chosen)
        self.zone.editingFinished.connect(self._zone_chosen)
        self.country.activated.connect(self._country_chosen)
        self.country.editingFinished.connect(self._country_chosen)

    def _zone_chosen(self) -> None:
        """A zone chosen while the country is empty, or only suggested, gives the zone's
        country: Brussels Airport made while the programme is in Taipei is in Belgium."""
        code = places.zone_country(self.zone.zone())
        shown = self.country.country()
        if code is None or code == shown:
            return
        if shown is None or shown == self.suggested_country:
            self.country.set_country(code)
            self.suggested_country = code
            self.say(
                self.tr("Country from the time zone: {country}. Change it if not.").format(
                    country=words.country_name(code)
                )
            )
        else:
            city, name = words.zone_city(self.zone.zone()), words.country_name(shown)
            self.say(
                self.tr("{city} is not in {country}: is the country right?").format(
                    city=city, country=name
                )
            )

    def _country_chosen(self) -> None:
        """A country chosen suggests its zone, unless the officer has picked one: a venue in
        Czechia is on Prague's clock, not on the home zone's."""
        code = self.country.country()
        shown = self.zone.zone()
        if code != self.suggested_country:
            self.suggested_country = None  # the officer's own choice from now on
        if code is None or places.zone_country(shown) == code:
            return
        name = words.country_name(code)
        own = places.country_zones(code)
        if shown != self.first_zone:
            self.say(
                self.tr("{city} is not in {country}: is the time zone right?").format(
                    city=words.zone_city(shown), country=name
                )
            )
        elif len(own) == 1:
            self.zone.set_zone(own[0])
            self.first_zone = own[0]
            self.say(
                self.tr("Time zone from the country: {city}. Change it if not.").format(
                    city=words.zone_city(own[0])
                )
            )
        elif own:
            self.say(
                self.tr(
                    "{country} has {count} time zones: type the venue's city in Time zone. "
                    "Change it if not."
                ).format(country=name, count=len(own))
            )

    def say(self, text: str) -> None:
        self.tell(self.place_hint, text)

    def _coordinate(self, edit: QLineEdit, field: str) -> float | None:
        text = edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            value = float(text)
        except ValueError:
            raise Invalid(
                self.tr("{field}: {text} is not a number of degrees").format(
                    field=field, text=repr(text)
                )
            ) from None
        return value

    def venue(self) -> Venue:
        name = required(self.name, field_label("name"))
        latitude = self._coordinate(self.latitude, field_label("latitude"))
        longitude = self._coordinate(self.longitude, field_label("longitude"))
        key = self.original.key if self.original else make_key(name, self.taken, "venue")
        kind = self.kind.currentData()
        venue = Venue(
            key=key,
            name=name,
            timezone=zone(self.zone, field_label("timezone")),
            native_name=text_or_none(self.native),
            address=text_or_none(self.address),
            latitude=latitude,
            longitude=longitude,
            notes=text_or_none(self.notes),
            country=optional_country(self.country, field_label("country")),
            kind=VenueKind(kind) if kind else None,
            city=text_or_none(self.city),
            translations=self.second.translations(
                self.original.translations if self.original else ()
            ),
        )
        refuse(venue_flaws(venue, languages=self.second.languages))
        return venue

    def validate(self) -> None:
        self.venue()
