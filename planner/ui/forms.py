"""Small pieces the dialogs share: choice boxes over vocabularies, zone pickers, key making."""

from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from planner.domain import zones

E = TypeVar("E", bound=StrEnum)


class ChoiceBox(QComboBox, Generic[E]):
    """A combo box over a vocabulary, showing officers' words, giving back the enum member."""

    def __init__(
        self,
        vocabulary: type[E],
        labels: Mapping[E, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vocabulary = vocabulary
        for member in vocabulary:
            label = labels[member] if labels else member.value.replace("-", " ").capitalize()
            self.addItem(label, member.value)

    def value(self) -> E:
        return self.vocabulary(self.currentData())

    def set_value(self, member: E) -> None:
        self.setCurrentIndex(self.findData(member.value))


class ZoneBox(QComboBox):
    """An editable IANA zone picker that completes as you type ("Taipei" finds Asia/Taipei)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(sorted(zones.known_zones()))
        completer = QCompleter(sorted(zones.known_zones()), self)
        completer.setFilterMode(completer.filterMode().MatchContains)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.setCompleter(completer)
        self.setMinimumContentsLength(18)

    def zone(self) -> str:
        return self.currentText().strip()

    def set_to_this_machines_zone(self) -> None:
        """The zone the computer is set to, as the likeliest home of a new visit."""
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        self.set_zone(name if zones.is_known_zone(name) else "UTC")

    def set_zone(self, name: str) -> None:
        self.setCurrentText(name)


class TextBox(QPlainTextEdit):
    """A few lines of free text (notes, an address) that reads and writes like a line edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def setText(self, text: str) -> None:  # noqa: N802 - the QLineEdit name, on purpose
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()


def tidy_table(table: QTableView, *, stretch: int, editable: bool = True) -> None:
    """Rows selected whole, no row numbers, columns sized to their text, one column stretched.

    A read-only list (editable=False) selects one row, and wraps long text onto more lines.
    """
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        return
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def text_or_none(edit: QLineEdit | TextBox) -> str | None:
    text = edit.text().strip()
    return text or None


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qdatetime(local: datetime) -> QDateTime:
    """A wall time for an editor. Held as UTC so the machine's own zone never shifts it."""
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute), QTimeZone.utc())


def from_qdatetime(value: QDateTime) -> datetime:
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())


def datetime_edit(parent: QWidget | None = None) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(QTimeZone.utc())  # a wall time in the event's zone, not the machine's
    edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
    edit.setCalendarPopup(True)
    return edit
