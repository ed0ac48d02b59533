"""The event dialog: time and place in the event's own zone, participants with roles, and for a
signing ceremony its instrument and each signatory's authority."""

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain import zones
from planner.domain.edits import make_key
from planner.domain.labels import (
    AUTHORITY,
    DOCUMENT_KIND,
    EVENT_KIND,
    FULL_POWERS,
    PARTICIPANT_ROLE,
    PRESS,
    SIDE,
)
from planner.domain.model import (
    Event,
    Participant,
    Person,
    Signatory,
    Signing,
    SigningDocument,
    VisitPlan,
)
from planner.domain.names import display_name
from planner.domain.rules import signatory_problems
from planner.domain.vocab import (
    DocumentKind,
    EventKind,
    EventStatus,
    FullPowers,
    ParticipantRole,
    PressAccess,
    SigningAuthority,
)
from planner.ui.dialogs import FormDialog, Invalid, required, zone
from planner.ui.forms import (
    ChoiceBox,
    ZoneBox,
    datetime_edit,
    from_qdatetime,
    text_or_none,
    tidy_table,
    to_qdatetime,
)
from planner.ui.models import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


class ParticipantPickerModel(HeaderedTableModel):
    """Everyone in the visit with a tick for taking part and the role they take."""

    TAKES_PART, NAME, SIDE, ROLE = range(4)
    HEADERS = ("", "Name", "Side", "Role")

    def __init__(
        self, people: list[Person], chosen: tuple[Participant, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.people = people
        self.roles: dict[str, ParticipantRole] = {p.person: p.role for p in chosen}
        self.order = [p.person for p in chosen]

    def participants(self) -> tuple[Participant, ...]:
        keys = [k for k in self.order if k in self.roles]
        keys += [p.key for p in self.people if p.key in self.roles and p.key not in keys]
        return tuple(Participant(key, self.roles[key]) for key in keys)

    def row_count(self) -> int:
        return len(self.people)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.TAKES_PART:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.ROLE and self.people[index.row()].key in self.roles:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        column = index.column()
        if column == self.TAKES_PART and role == Qt.ItemDataRole.CheckStateRole:
            taking_part = person.key in self.roles
            return Qt.CheckState.Checked if taking_part else Qt.CheckState.Unchecked
        if role == DISPLAY:
            if column == self.NAME:
                return display_name(person)
            if column == self.SIDE:
                return SIDE[person.side]
            if column == self.ROLE and person.key in self.roles:
                return PARTICIPANT_ROLE[self.roles[person.key]]
        if role == EDIT and column == self.ROLE and person.key in self.roles:
            return self.roles[person.key].value
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        key = self.people[index.row()].key
        if index.column() == self.TAKES_PART and role == Qt.ItemDataRole.CheckStateRole:
            if Qt.CheckState(value) == Qt.CheckState.Checked:
                self.roles.setdefault(key, ParticipantRole.ATTENDEE)
            else:
                self.roles.pop(key, None)
        elif index.column() == self.ROLE and role == EDIT and key in self.roles:
            self.roles[key] = ParticipantRole(value)
        else:
            return False
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True

    def set_role(self, key: str, role: ParticipantRole | None) -> None:
        """Tick (with a role) or untick someone, as a click would."""
        row = next(i for i, p in enumerate(self.people) if p.key == key)
        state = Qt.CheckState.Unchecked if role is None else Qt.CheckState.Checked
        self.setData(self.index(row, self.TAKES_PART), state.value, Qt.ItemDataRole.CheckStateRole)
        if role is not None:
            self.setData(self.index(row, self.ROLE), role.value)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (label, value) choices."""

    def __init__(self, choices: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for label, value in self.choices:
            box.addItem(label, value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class SignatoryTableModel(HeaderedTableModel):
    """The participants who sign, each with on whose behalf and by what authority."""

    NAME, FOR, ORDER, AUTHORITY, DESIGNATED_BY, FULL_POWERS = range(6)
    HEADERS = ("Signatory", "For", "Signs", "Authority", "Designated by", "Full powers")

    def __init__(
        self, plan: VisitPlan, signatories: tuple[Signatory, ...], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self.known = {s.person: s for s in signatories}
        self.rows: list[Signatory] = list(signatories)

    def follow(self, signers: list[str], kept: set[str]) -> None:
        """Show these signers (and those in `kept`), in the order already shown, newcomers last;
        what was set for someone shown before is kept if they come back."""
        self.beginResetModel()
        for signatory in self.rows:
            self.known[signatory.person] = signatory
        staying = [s for s in self.rows if s.person in signers or s.person in kept]
        shown = {s.person for s in staying}
        used = {s.order for s in staying}
        for key in signers:
            if key in shown:
                continue
            order = next(n for n in range(1, len(signers) + len(staying) + 2) if n not in used)
            used.add(order)
            staying.append(
                self.known.get(key)
                or Signatory(
                    person=key,
                    on_behalf_of=self.plan.person(key).country,
                    order=order,
                    authority=SigningAuthority.FULL_POWERS,
                )
            )
        self.rows = staying
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() != self.NAME else flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, EDIT):
            return None
        signatory, column = self.rows[index.row()], index.column()
        if column == self.NAME:
            return display_name(self.plan.person(signatory.person))
        if column == self.FOR:
            return signatory.on_behalf_of
        if column == self.ORDER:
            return signatory.order
        if column == self.AUTHORITY:
            authority = signatory.authority
            return authority.value if role == EDIT else AUTHORITY[authority]
        if column == self.DESIGNATED_BY:
            key = signatory.designated_by
            if role == EDIT:
                return key or ""
            return display_name(self.plan.person(key), native=False) if key else ""
        powers = signatory.full_powers
        return powers.value if role == EDIT else FULL_POWERS[powers]

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT:
            return False
        row, column = index.row(), index.column()
        signatory = self.rows[row]
        if column == self.FOR:
            signatory = replace(signatory, on_behalf_of=str(value).strip().upper()[:2])
        elif column == self.ORDER:
            signatory = replace(signatory, order=max(1, int(value)))
        elif column == self.AUTHORITY:
            authority = SigningAuthority(value)
            designated = (
                signatory.designated_by if authority is SigningAuthority.DESIGNATION else None
            )
            signatory = replace(signatory, authority=authority, designated_by=designated)
        elif column == self.DESIGNATED_BY:
            signatory = replace(
                signatory,
                designated_by=value or None,
                authority=SigningAuthority.DESIGNATION if value else signatory.authority,
            )
        elif column == self.FULL_POWERS:
            signatory = replace(signatory, full_powers=FullPowers(value))
        else:
            return False
        self.rows[row] = signatory
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True


class EventDialog(FormDialog):
    """Add or change a programme item."""

    def __init__(
        self, plan: VisitPlan, event: Event | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("Programme item" if event else "Add programme item", parent)
        self.plan, self.original = plan, event
        self.title = self.line("Title")
        self.kind = ChoiceBox(EventKind, EVENT_KIND)
        self.form.addRow("Kind", self.kind)
        self.venue = QComboBox()
        self.venue.addItem("(no venue)", "")
        for venue in plan.venues:
            self.venue.addItem(venue.name, venue.key)
        self.form.addRow("Venue", self.venue)
        self.all_day = QCheckBox("All day")
        self.start = datetime_edit()
        self.end = datetime_edit()
        self.zone = ZoneBox()
        self.ends_elsewhere = QCheckBox("Ends in another time zone (a flight)")
        self.end_zone = ZoneBox()
        self.status = ChoiceBox(EventStatus)
        self.status.set_value(EventStatus.CONFIRMED)
        self.press = ChoiceBox(PressAccess, PRESS)
        self.dress = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        for label, widget in (
            ("", self.all_day),
            ("Starts", self.start),
            ("Ends", self.end),
            ("Time zone", self.zone),
            ("", self.ends_elsewhere),
            ("End time zone", self.end_zone),
            ("Status", self.status),
            ("Press", self.press),
            ("Dress code", self.dress),
            ("Notes", self.notes),
        ):
            self.form.addRow(label, widget)
        people = list(plan.in_canonical_order().people)
        self.picker = ParticipantPickerModel(people, event.participants if event else (), self)
        self.participants = QTableView()
        self.participants.setModel(self.picker)
        roles = [(PARTICIPANT_ROLE[r], r.value) for r in ParticipantRole]
        self.participants.setItemDelegateForColumn(
            ParticipantPickerModel.ROLE, ChoiceDelegate(roles, self)
        )
        tidy_table(self.participants, stretch=ParticipantPickerModel.NAME)
        # Who and what on the right, when and where on the left: it fits a laptop screen.
        right = QVBoxLayout()
        right.addWidget(QLabel("Participants"))
        right.addWidget(self.participants, 1)
        self.signing_box = self._signing_box(event)
        right.addWidget(self.signing_box)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.removeItem(self.form)
        columns = QHBoxLayout()
        columns.addLayout(self.form, 1)
        columns.addLayout(right, 1)
        outer.insertLayout(0, columns)
        self.venue.currentIndexChanged.connect(self._venue_chosen)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.ends_elsewhere.toggled.connect(self._zones_allowed)
        self.all_day.toggled.connect(self._zones_allowed)
        self._roles_at_open = {p.person: p.role for p in self.picker.participants()}
        self._unlisted_signers = {
            s.person
            for s in (event.signing.signatories if event and event.signing else ())
            if self._roles_at_open.get(s.person) is not ParticipantRole.SIGNATORY
        }
        self.picker.dataChanged.connect(self._participants_changed)
        self._show(event)
        self.resize(1120, 640)

    def _signing_box(self, event: Event | None) -> QGroupBox:
        box = QGroupBox("Signing ceremony")
        layout = QVBoxLayout(box)
        document = (
            event.signing.documents[0]
            if event and event.signing and event.signing.documents
            else None
        )
        row = QHBoxLayout()
        self.document_title = QLineEdit(document.title if document else "")
        self.document_title.setPlaceholderText("Title of the instrument")
        self.document_kind = ChoiceBox(DocumentKind, DOCUMENT_KIND)
        self.document_kind.set_value(document.kind if document else DocumentKind.MOU)
        self.languages = QLineEdit(", ".join(document.languages) if document else "")
        self.languages.setPlaceholderText("languages: en, zh-Hant")
        self.copies = QSpinBox()
        self.copies.setRange(1, 20)
        self.copies.setValue(document.copies if document else 2)
        self.copies.setSuffix(" originals")
        layout.addWidget(self.document_title)
        for widget in (self.document_kind, self.languages, self.copies):
            row.addWidget(widget)
        layout.addLayout(row)
        signatories = event.signing.signatories if event and event.signing else ()
        self.signatories = SignatoryTableModel(self.plan, signatories, self)
        table = QTableView()
        table.setModel(self.signatories)
        people = [("", "")] + [
            (display_name(p, native=False), p.key) for p in self.plan.in_canonical_order().people
        ]
        table.setItemDelegateForColumn(
            SignatoryTableModel.AUTHORITY,
            ChoiceDelegate([(AUTHORITY[a], a.value) for a in SigningAuthority], self),
        )
        table.setItemDelegateForColumn(
            SignatoryTableModel.DESIGNATED_BY, ChoiceDelegate(people, self)
        )
        table.setItemDelegateForColumn(
            SignatoryTableModel.FULL_POWERS,
            ChoiceDelegate([(FULL_POWERS[f], f.value) for f in FullPowers], self),
        )
        tidy_table(table, stretch=SignatoryTableModel.NAME)
        table.setFixedHeight(110)
        self.signatory_table = table
        layout.addWidget(table)
        return box

    def _show(self, event: Event | None) -> None:
        home = self.plan.visit.timezone
        if event is None:
            first = datetime.combine(self.plan.visit.start_date, datetime.min.time())
            self.start.setDateTime(to_qdatetime(first.replace(hour=10)))
            self.end.setDateTime(to_qdatetime(first.replace(hour=11)))
            self.zone.set_zone(home)
            self.end_zone.set_zone(home)
        else:
            self.title.setText(event.title)
            self.kind.set_value(event.kind)
            self.venue.setCurrentIndex(max(0, self.venue.findData(event.venue or "")))
            self.all_day.setChecked(event.all_day)
            self.zone.set_zone(event.timezone)
            self.end_zone.set_zone(event.zone_of_end)
            self.ends_elsewhere.setChecked(event.end_timezone is not None)
            end = event.local_end - timedelta(days=1) if event.all_day else event.local_end
            self.start.setDateTime(to_qdatetime(event.local_start))
            self.end.setDateTime(to_qdatetime(end))
            self.status.set_value(event.status)
            self.press.set_value(event.press)
            self.dress.setText(event.dress_code or "")
            self.notes.setPlainText(event.notes or "")
        self._zones_allowed()
        self._kind_chosen()
        self._participants_changed()

    def _zones_allowed(self) -> None:
        """An all-day item has dates, not times, and one zone."""
        all_day = self.all_day.isChecked()
        for edit in (self.start, self.end):
            edit.setDisplayFormat("ddd d MMM yyyy" if all_day else "ddd d MMM yyyy  HH:mm")
        self.ends_elsewhere.setEnabled(not all_day)
        self.end_zone.setEnabled(self.ends_elsewhere.isChecked() and not all_day)

    def _venue_chosen(self) -> None:
        key = self.venue.currentData()
        if key:
            self.zone.set_zone(self.plan.venue(key).timezone)

    def _kind_chosen(self) -> None:
        self.signing_box.setVisible(self.kind.value() is EventKind.SIGNING)

    def _participants_changed(self) -> None:
        roles = {p.person: p.role for p in self.picker.participants()}
        signers = [key for key, role in roles.items() if role is ParticipantRole.SIGNATORY]
        # A signatory the visit lists without the signatory role (the problems panel says so)
        # stays until the officer changes that person's part here.
        kept = {
            key for key in self._unlisted_signers if roles.get(key) == self._roles_at_open.get(key)
        }
        if {s.person for s in self.signatories.rows} != set(signers) | kept:
            self.signatories.follow(signers, kept)

    def _instant(self, local: datetime, zone_name: str, field: str) -> datetime:
        try:
            return zones.to_instant(local, zone_name)
        except zones.NonexistentLocalTime:
            raise Invalid(
                f"{field}: {local:%H:%M} does not exist in {zone_name} that day "
                "(the clocks skip it)"
            ) from None

    def programme_item(self) -> Event:
        title = required(self.title, "Title")
        taken = {e.key for e in self.plan.events}
        key = self.original.key if self.original else make_key(title, taken, "item")
        start_zone = zone(self.zone, "Time zone")
        all_day = self.all_day.isChecked()
        end_zone = (
            zone(self.end_zone, "End time zone")
            if (self.ends_elsewhere.isChecked() and not all_day)
            else start_zone
        )
        local_start = from_qdatetime(self.start.dateTime())
        local_end = from_qdatetime(self.end.dateTime())
        if all_day:
            start = zones.start_of_day(local_start.date(), start_zone)
            end = zones.start_of_day(local_end.date() + timedelta(days=1), start_zone)
        else:
            start = self._instant(local_start, start_zone, "Starts")
            end = self._instant(local_end, end_zone, "Ends")
            original = self.original
            if original is not None and not original.all_day:
                # The editor shows minutes: a time with seconds, left alone, stays exact.
                if start == original.start.replace(second=0) and start_zone == original.timezone:
                    start = original.start
                if end == original.end.replace(second=0) and end_zone == original.zone_of_end:
                    end = original.end
        if end <= start:
            raise Invalid("Ends: the item must end after it starts")
        kind = self.kind.value()
        participants = self.picker.participants()
        return Event(
            key=key,
            kind=kind,
            title=title,
            start=start,
            end=end,
            timezone=start_zone,
            end_timezone=end_zone if end_zone != start_zone else None,
            all_day=all_day,
            venue=self.venue.currentData() or None,
            status=self.status.value(),
            dress_code=text_or_none(self.dress),
            notes=self.notes.toPlainText().strip() or None,
            press=self.press.value(),
            participants=participants,
            signing=self._signing(participants) if kind is EventKind.SIGNING else None,
            revision=self.original.revision if self.original else 0,
        )

    def _check_signatories(self) -> None:
        problems = signatory_problems(self.plan, tuple(self.signatories.rows))
        if problems:
            raise Invalid(problems[0])

    def _signing(self, participants: tuple[Participant, ...]) -> Signing:
        self._check_signatories()
        title = self.document_title.text().strip()
        languages = tuple(part.strip() for part in self.languages.text().split(",") if part.strip())
        first = (
            (SigningDocument(title, self.document_kind.value(), languages, self.copies.value()),)
            if title
            else ()
        )
        earlier = self.original.signing if self.original and self.original.signing else Signing()
        # The dialog edits the first instrument; any others stay as they were.
        documents = first + earlier.documents[1:]
        # Witnesses: those who were and still attend, and anyone attending as witness.
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
        return Signing(documents, tuple(self.signatories.rows), tuple(witnesses))

    def validate(self) -> None:
        self.programme_item()
