"""Small pieces the dialogs share: choice boxes over vocabularies, zone pickers, key making."""

import re
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
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

from planner.domain import places, zones

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


def _search_completer(box: QComboBox) -> QCompleter:
    """Completion over a combo box's own entries, matching anywhere in them, in any case."""
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return completer


def country_label(code: str) -> str:
    """How a country reads in a picker: `Czechia (CZ)`."""
    return f"{places.country_name(code)} ({code})"


_CODE_AT_END = re.compile(r"\(([A-Za-z]{2})\)$")


def find_country(text: str) -> str | None:
    """The ISO code an officer means by what they typed: a code ("cz"), a picker label
    ("Czechia (CZ)"), a name in any case, or a part of exactly one name ("czech")."""
    text = text.strip()
    codes = dict(places.countries())
    found = _CODE_AT_END.search(text)
    if found:
        text = found.group(1)
    if len(text) == 2 and text.upper() in codes:
        return text.upper()
    wanted = text.casefold()
    if not wanted:
        return None
    named = [code for code, name in codes.items() if name.casefold() == wanted]
    if named:
        return named[0]
    partly = [code for code, name in codes.items() if wanted in name.casefold()]
    return partly[0] if len(partly) == 1 else None


class CountryBox(QComboBox):
    """A country chosen by name from a list ("czech" finds Czechia), held as its ISO code.

    Shows `Czechia (CZ)`; a typed code ("CZ") is understood too. When the officer leaves
    the field, what they typed is shown as the country it means. `editingFinished` is
    emitted then, as a line edit's is.
    """

    editingFinished = Signal()  # noqa: N815 - the name a line edit gives it

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if optional:
            self.addItem("", None)
        for code, name in places.countries():
            self.addItem(f"{name} ({code})", code)
        self.setCompleter(_search_completer(self))
        self.setMinimumContentsLength(22)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText("type a name or code")
        line.editingFinished.connect(self._finished)

    def country(self) -> str | None:
        """The ISO code chosen, None when the field is empty or names no country."""
        return find_country(self.currentText())

    def set_country(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code or "")

    def setText(self, text: str) -> None:  # noqa: N802 - reads like the line edit it replaced
        self.set_country(find_country(text) or text)

    def _finished(self) -> None:
        code = self.country()
        if code:
            self.set_country(code)
        self.editingFinished.emit()


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
