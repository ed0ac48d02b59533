"""Small pieces the dialogs share: choice boxes over vocabularies, country and zone pickers
that find what is typed, date fields that take what is typed, table setup."""

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, Generic, Literal, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QTableView,
    QToolTip,
    QWidget,
)

from planner.domain import places, zones
from planner.ui import words
from planner.ui.words import label as vocabulary_label

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
            words = labels[member] if labels and member in labels else vocabulary_label(member)
            self.addItem(words, member.value)

    def value(self) -> E:
        return self.vocabulary(self.currentData())

    def set_value(self, member: E) -> None:
        self.setCurrentIndex(self.findData(member.value))


class PickBox(QComboBox):
    """An editable list to pick from by typing part of an entry ("czech", "prague"): the
    entries hold keys (ISO codes, zone names) and show words.

    When the officer leaves the field, what they typed is shown as the entry it means;
    `editingFinished` is emitted then, as a line edit's is.
    """

    editingFinished = Signal()  # noqa: N815 - the name a line edit gives it

    def __init__(
        self,
        finder: Callable[[str], str | None],
        placeholder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.finder = finder  # the key of the entry a text means, None if it means none
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(placeholder)
        line.editingFinished.connect(self._finished)

    def chosen(self) -> str | None:
        return self.finder(self.currentText())

    def fit_lists(self) -> None:
        """Lists as wide as their longest entry, which a narrow field would cut off."""
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = widest + scrollbar + metrics.averageCharWidth() * 2
        completer = self.completer()
        for view in (self.view(), completer.popup() if completer else None):
            if view is not None:
                view.setMinimumWidth(width)

    def show_key(self, key: str | None) -> None:
        """Show the entry holding `key`; a key with no entry is shown as it is."""
        index = self.findData(key) if key else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText(key or "")

    def _finished(self) -> None:
        key = self.chosen()
        if key:
            self.show_key(key)
        self.editingFinished.emit()


_CODE_AT_END = re.compile(r"\(([A-Za-z]{2})\)$")


def find_country(text: str) -> str | None:
    """The ISO code an officer means by what they typed: a code ("cz"), a picker label
    ("Czechia (CZ)"), a name in any case, or a part of exactly one name ("czech")."""
    text = text.strip()
    codes = dict(words.countries())
    found = _CODE_AT_END.search(text)
    if found:
        text = found.group(1)
    if len(text) == 2 and text.upper() in codes:
        return text.upper()
    # A name as the window's language writes it, else as English does (typed by habit).
    return _one_meant(text, codes.items()) or (
        _one_meant(text, places.countries()) if words.place_language() != "en" else None
    )


def _one_meant(text: str, entries: Iterable[tuple[str, str]]) -> str | None:
    """The key of the entry named `text` (any case), else of the one entry containing it."""
    wanted = text.strip().casefold()
    if not wanted:
        return None
    entries = list(entries)
    named = [key for key, words in entries if words.casefold() == wanted]
    if named:
        return named[0]
    partly = [key for key, words in entries if wanted in words.casefold()]
    return partly[0] if len(partly) == 1 else None


class CountryBox(PickBox):
    """A country chosen by name from a list ("czech" finds Czechia), held as its ISO code.

    Shows `Czechia (CZ)`; a typed code ("CZ") is understood too. With `optional`, the
    first entry is empty: no country.
    """

    def __init__(self, *, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(
            find_country, QCoreApplication.translate("CountryBox", "type a name or code"), parent
        )
        if optional:
            self.addItem("", None)
        for code, label in words.country_labels():
            self.addItem(label, code)
        self.setCurrentIndex(0 if optional else -1)  # empty until told: never Afghanistan
        self.setMinimumContentsLength(22)
        self.fit_lists()

    def country(self) -> str | None:
        """The ISO code chosen, None when the field is empty or names no country."""
        return self.chosen()

    def set_country(self, code: str | None) -> None:
        self.show_key(code)

    def setText(self, text: str) -> None:  # noqa: N802 - reads like the line edit it replaced
        self.set_country(find_country(text) or text)


# Keys that step a combo box to another entry of its list.
STEP_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)
_OFFSET_AT_END = re.compile(r"\s*\(UTC[^)]*\)$")


def find_zone(text: str) -> str | None:
    """The IANA zone an officer means: its name (`Europe/Prague`, any case, aliases too),
    its picker label (`Prague — Czechia`), its city, or part of exactly one label
    ("czech")."""
    text = _OFFSET_AT_END.sub("", text.strip())
    if zones.is_known_zone(text):
        return text
    by_name = {name.casefold(): name for name in zones.known_zones()}
    if text.casefold() in by_name:
        return by_name[text.casefold()]
    for choices in dict.fromkeys((words.zone_choices(), places.zone_choices())):
        cities = [(name, label.split(" — ")[0]) for name, label in choices if name != label]
        found = _one_meant(text, cities) or _one_meant(text, choices)
        if found:
            return found
    return None


class LaterChoices(QComboBox):
    """A list whose entries take time to name (each language by its own name reads that
    language's CLDR data): it names at once what it shows, and the rest when the officer
    first opens it, moves through it, or code looks an entry up.

    `offer(now, later, current)`: `now` are the entries shown at once, as (label, data);
    `later()` gives every entry, in the order the full list shows them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._later: Callable[[], Iterable[tuple[str, object]]] | None = None

    def offer(
        self,
        now: Iterable[tuple[str, object]],
        later: Callable[[], Iterable[tuple[str, object]]] | None,
        current: object,
    ) -> None:
        blocked = self.blockSignals(True)
        self.clear()
        for text, data in now:
            self.addItem(text, data)
        self._later = later
        self.setCurrentIndex(max(0, super().findData(current)))
        self.blockSignals(blocked)

    def fill(self) -> None:
        """Every entry listed, the one shown kept."""
        if self._later is None:
            return
        entries, self._later = list(self._later()), None
        current = self.currentData()
        blocked = self.blockSignals(True)
        self.clear()
        for text, data in entries:
            self.addItem(text, data)
        self.setCurrentIndex(max(0, super().findData(current)))
        self.blockSignals(blocked)

    def findData(  # noqa: N802 - Qt's name
        self, data: object, role: int = Qt.ItemDataRole.UserRole, flags: Any = None
    ) -> int:
        self.fill()
        if flags is None:
            return super().findData(data, role)
        return super().findData(data, role, flags)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.fill()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        self.fill()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self.fill()
        super().wheelEvent(event)


class ZoneBox(PickBox):
    """A time zone chosen by city or country ("prague", "czech" find Europe/Prague), held as
    its IANA name and shown as `Prague — Czechia (UTC+01:00)`.

    Zones that name no city (`Etc/GMT-8`) and old aliases (`Asia/Calcutta`) are not listed
    but are taken when typed exactly. The offsets shown are those at `at` (now unless
    told, see `show_offsets_at`).

    The list is filled when first needed: when the officer opens it, types or steps
    through it, or code asks for `places`. Until then the box holds only the zone shown and
    UTC, so a form opens without labelling every zone (which reads each zone's file and
    CLDR's names for its city and country).
    """

    def __init__(self, parent: QWidget | None = None, *, at: datetime | None = None) -> None:
        super().__init__(
            find_zone, QCoreApplication.translate("ZoneBox", "type a city, country or zone"), parent
        )
        self._language = words.place_language()  # the labels' language, filled later or not
        self._at = at
        self._held: tuple[str, str] | None = None  # (zone, label) listed before UTC, unfilled
        self._places: list[tuple[str, str]] | None = None
        self.addItem("UTC", "UTC")
        self.setMinimumContentsLength(28)
        line = self.lineEdit()
        assert line is not None
        # Connected before the completer is asked: QLineEdit emits textEdited, then completes.
        line.textEdited.connect(self._fill)

    @property
    def places(self) -> list[tuple[str, str]]:
        """The zones listed by city, as (zone, label), in the list's order (UTC follows)."""
        self._fill()
        assert self._places is not None
        return self._places

    def _entry(self, name: str, label: str) -> str:
        return f"{label} ({places.utc_offset(name, self._at)})"

    def _item(self, name: str, label: str) -> QStandardItem:
        item = QStandardItem(self._entry(name, label))
        item.setData(name, Qt.ItemDataRole.UserRole)
        return item

    def _fill(self) -> None:
        """Every zone in the list, around the one held (which stays the current entry)."""
        if self._places is not None:
            return
        self._places = [
            (n, label) for n, label in places.zone_choices(self._language) if n != label
        ]
        names = [name for name, _label in self._places]
        held = names.index(self._held[0]) if self._held else len(names)
        before = [self._item(name, label) for name, label in self._places[:held]]
        after = [self._item(name, label) for name, label in self._places[held + 1 :]]
        model = self.model()
        assert isinstance(model, QStandardItemModel)
        if before:
            model.invisibleRootItem().insertRows(0, before)
        if after:
            model.invisibleRootItem().insertRows(held + 1, after)
        self.fit_lists()

    def show_key(self, key: str | None) -> None:
        if self._places is None and key and self.findData(key) < 0:
            self._hold(key)
        super().show_key(key)

    def _hold(self, name: str) -> None:
        """Until the list is filled, the zone it offers besides UTC: `name`, if listed."""
        label = places.zone_label(name, self._language) if zones.is_known_zone(name) else None
        if label is None:
            return  # not listed (Etc/GMT-8, an alias, a typo): shown as typed
        self._held = (name, label)
        if self.count() > 1:
            self.setItemData(0, name)  # before the words: what they mean is ready when shown
            self.setItemText(0, self._entry(name, label))
        else:
            self.insertItem(0, self._entry(name, label), name)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in STEP_KEYS:  # to the next zone of the whole list
            self._fill()
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self._fill()
        super().wheelEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self._fill()
        super().showPopup()

    def chosen(self) -> str | None:
        """The entry shown means its own zone (labels are unique): no search of them all."""
        index = self.currentIndex()
        if index >= 0 and self.currentText() == self.itemText(index):
            return str(self.itemData(index))
        return super().chosen()

    def show_offsets_at(self, at: datetime | None) -> None:
        """Show each zone's offset from UTC at a moment (a UTC instant), as the visit's."""
        self._at = at
        if self._places is None:
            if self._held:
                self.setItemText(0, self._entry(*self._held))
            return
        for index, (name, label) in enumerate(self._places):
            self.setItemText(index, self._entry(name, label))
        self.fit_lists()

    def zone(self) -> str:
        """The IANA name chosen, or the text as typed when it names no zone."""
        return self.chosen() or self.currentText().strip()

    def set_to_this_machines_zone(self) -> None:
        """The zone the computer is set to, as the likeliest home of a new visit."""
        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        self.set_zone(name if zones.is_known_zone(name) else "UTC")

    def set_zone(self, name: str) -> None:
        self.show_key(name)


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


SIZED_BY_ROWS = 100


def tidy_table(table: QTableView, *, stretch: int, editable: bool = True) -> None:
    """Rows selected whole, no row numbers, columns sized to their text, one column stretched.

    A read-only list (editable=False) selects one row, and wraps long text onto more lines.
    """
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    # Sized by the rows a screen shows and some more, not by a summit's every row each time
    # the list changes (Qt's default reads a thousand).
    header.setResizeContentsPrecision(SIZED_BY_ROWS)
    if editable:
        table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        return
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    VisibleRowHeights(table)


class VisibleRowHeights(QObject):
    """The rows of a wrapping list as high as their text, sized as they come into view.

    Qt's ResizeToContents would measure every row of the list each time it changes: a
    second or so for a summit's thousand people or problems, at every save.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(self.fit)
        later = self.pending.start
        table.verticalScrollBar().valueChanged.connect(later)
        table.horizontalHeader().sectionResized.connect(later)
        model = table.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
        ):
            signal.connect(later)
        table.installEventFilter(self)
        later()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.pending.start()
        return False

    def fit(self) -> None:
        """Size the rows now in view (those pushed out by taller ones get sized on scroll)."""
        table = self.table
        first, done = table.rowAt(0), -1
        while first >= 0:
            last = table.rowAt(table.viewport().height() - 1)
            last = table.model().rowCount() - 1 if last < 0 else last
            if last <= done:
                return
            for row in range(max(first, done + 1), last + 1):
                table.resizeRowToContents(row)
            done = last  # rows that shrank may have brought more into view


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


# What an officer types into a date field: a date, a time, both, or one number for the part
# of the field the cursor is in.
Part = Literal["year", "month", "day", "hour", "minute"]
_PARTS: tuple[Part, ...] = ("year", "month", "day", "hour", "minute")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_WEEKDAY = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?")
_TIME = re.compile(
    r"(?:^|\s)(?P<hour>\d{1,2})(?:[:.h](?P<minute>\d{2}))?\s*(?:(?P<half>[ap])\.?m\.?)?$"
)
_DATES = (  # (pattern, order of year, month, day in its groups)
    (re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"), (0, 1, 2)),
    (re.compile(r"(\d{4})(\d{2})(\d{2})"), (0, 1, 2)),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})"), (2, 1, 0)),
    (re.compile(r"(\d{1,2})\s*([a-z]{3,})\.?(?:\s+(\d{4}))?"), (2, 1, 0)),
    (re.compile(r"([a-z]{3,})\.?\s*(\d{1,2})(?:\s+(\d{4}))?"), (2, 0, 1)),
)


def _month(text: str) -> int:
    return int(text) if text.isdigit() else _MONTHS.index(text[:3]) + 1


def _read_date(text: str, current: datetime) -> date | None:
    for pattern, (y, m, d) in _DATES:
        found = pattern.fullmatch(text)
        if found is None:
            continue
        groups = found.groups()
        try:
            year = int(groups[y]) if groups[y] else current.year
            return date(year, _month(groups[m]), int(groups[d]))
        except ValueError:  # no such day, or no such month name
            return None
    return None


def _set_part(current: datetime, part: Part, number: int) -> datetime | None:
    if part == "year" and number < 100:
        number += 2000
    parts = [current.year, current.month, current.day, current.hour, current.minute]
    parts[_PARTS.index(part)] = number
    try:
        year, month, day, hour, minute = parts
        return datetime(year, month, day, hour, minute)
    except ValueError:  # no 31 September, no hour 25
        return None


def read_typed(
    text: str, current: datetime, part: Part, *, with_time: bool = True
) -> datetime | None:
    """What a date field means after an officer typed `text` over `current` with the cursor
    in `part`: `2025-10-25 19:22`, a date alone (`2025-10-25`, `25 Oct`, `25.10.2025`) keeps
    the time, a time alone (`19:22`, `1922`, `7:22 pm`) keeps the date, and one number sets
    the part the cursor was in (`25` in the day). None when it means no date."""
    words = re.sub(r"(?<=\d)t(?=\d)", " ", text.casefold().replace(",", " ")).split()
    typed = " ".join(word for word in words if not _WEEKDAY.fullmatch(word))
    if re.fullmatch(r"\d{1,2}", typed) or (part == "year" and re.fullmatch(r"\d{4}", typed)):
        return _set_part(current, part, int(typed))
    if part in ("hour", "minute") and re.fullmatch(r"\d{3,4}", typed):
        typed = f"{typed[:-2]}:{typed[-2:]}"  # 1922 in the time is 19:22
    clock = _TIME.search(typed)
    if clock and not (clock["minute"] or clock["half"]):
        clock = None  # a number alone at the end is part of the date ("25 Oct")
    day_text = typed[: clock.start()].strip() if clock else typed
    day = _read_date(day_text, current) if day_text else current.date()
    if day is None or not typed or (clock and not with_time):
        return None
    if clock is None:
        return datetime.combine(day, current.time())
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    if clock["half"]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if clock["half"] == "p" else 0)
    if hour > 23 or minute > 59:
        return None
    return datetime.combine(day, time(hour, minute))


_SECTION_PART: dict[QDateTimeEdit.Section, Part] = {
    QDateTimeEdit.Section.YearSection: "year",
    QDateTimeEdit.Section.MonthSection: "month",
    QDateTimeEdit.Section.DaySection: "day",
    QDateTimeEdit.Section.HourSection: "hour",
    QDateTimeEdit.Section.MinuteSection: "minute",
}

DATE_FORMAT = "ddd yyyy-MM-dd"
DATETIME_FORMAT = "ddd yyyy-MM-dd  HH:mm"


def DATE_HINT() -> str:  # noqa: N802 - a constant, in the window's language
    return QCoreApplication.translate(
        "DateTimeEdit", "Type a date as 2025-10-25 or 25 Oct, or a day number over the day"
    )


def DATETIME_HINT() -> str:  # noqa: N802 - a constant, in the window's language
    return QCoreApplication.translate(
        "DateTimeEdit", "Type 2025-10-25 19:22, or only the time (19:22) or the date (25 Oct)"
    )


class DateTimeEdit(QDateTimeEdit):
    """A date (and time) field that takes what is typed as a whole.

    A plain QDateTimeEdit types digit by digit into the part under the cursor, so
    `2025-10-25 19:22` typed after a click lands as `1922-10-02`. Here, typing replaces
    the field's text and is read when the officer presses Enter or leaves the field (see
    `read_typed`): a date, a time, both, or one number for the part the cursor was in.
    Esc gives the old value back; the arrow keys still step the part under the cursor and
    the arrow button opens a calendar.
    """

    def __init__(self, parent: QWidget | None = None, *, with_time: bool = True) -> None:
        self._typing_into: Part | None = None
        super().__init__(parent)
        self.setTimeZone(QTimeZone.utc())  # a wall time in the item's zone, not the machine's
        self.setDisplayFormat(DATETIME_FORMAT if with_time else DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setKeyboardTracking(False)  # read what is typed when it is finished, not halfway

    def setDisplayFormat(self, fmt: str) -> None:  # noqa: N802 - Qt's name
        super().setDisplayFormat(fmt)
        with_time = self._shows_time()
        hint = DATETIME_HINT() if with_time else DATE_HINT()
        self.setToolTip(
            self.tr("{hint}. Enter takes it, Esc gives the old value back.").format(hint=hint)
        )
        line = self.lineEdit()
        if line is not None:  # seen when what was typed is rubbed out
            line.setPlaceholderText("2025-10-25 19:22" if with_time else "2025-10-25")

    def _shows_time(self) -> bool:
        return bool(self.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask)

    def typed(self) -> datetime | None:
        """What the text being typed means, None when nothing is being typed or it means no
        date."""
        line = self.lineEdit()
        if self._typing_into is None or line is None:
            return None
        current = from_qdatetime(self.dateTime())
        return read_typed(line.text(), current, self._typing_into, with_time=self._shows_time())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        """Anything may be typed; it is read when the typing is finished."""
        if self._typing_into is None:
            return super().validate(text, pos)
        return (QValidator.State.Intermediate, text, pos)

    def textFromDateTime(self, value: QDateTime) -> str:  # noqa: N802 - Qt's name
        line = self.lineEdit()
        if self._typing_into is not None and line is not None:
            return line.text()  # Qt redraws the field as it goes; not over what is typed
        return super().textFromDateTime(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if self._typing_into is None and _is_typing(event):
            self._typing_into = _SECTION_PART.get(self.currentSection(), "day")
            line = self.lineEdit()
            assert line is not None
            line.clear()  # what is typed replaces the whole field
        if self._typing_into is None:
            super().keyPressEvent(event)
        elif key in _FINISHING_KEYS:
            self._finish_typing()
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Escape:
            self._typing_into = None
            self.setDateTime(self.dateTime())  # shows the old value again
        else:
            QAbstractSpinBox.keyPressEvent(self, event)  # a plain line edit while typing

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Tab goes to the next field, as in the rest of the form, not to the next part of
        the date: typing has no need of the parts."""
        self._finish_typing()
        return QAbstractSpinBox.focusNextPrevChild(self, forward)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self._finish_typing()
        super().focusOutEvent(event)

    def _finish_typing(self) -> None:
        """Take what was typed, or say why not and show the old value again."""
        if self._typing_into is None:
            return
        line = self.lineEdit()
        text = line.text() if line else ""
        value = self.typed()
        self._typing_into = None
        if value is None:
            self.setDateTime(self.dateTime())
            if text.strip():
                QToolTip.showText(
                    self.mapToGlobal(self.rect().bottomLeft()),
                    (
                        self.tr("{text} is not a date and time. {hint}")
                        if self._shows_time()
                        else self.tr("{text} is not a date. {hint}")
                    ).format(text=repr(text), hint=self.toolTip()),
                    self,
                )
            return
        self.setDateTime(to_qdatetime(value))


# Keys that end typing and then do what they do in a date field: take it, or step it.
_FINISHING_KEYS = (
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


def _is_typing(event: QKeyEvent) -> bool:
    """A key that writes a character (a digit, a letter, a colon), not a shortcut; or a
    paste, of a date copied from a message."""
    if event.matches(QKeySequence.StandardKey.Paste):
        return True
    text = event.text()
    plain = not event.modifiers() & ~(
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
    )
    return bool(text) and text.isprintable() and plain


def datetime_edit(parent: QWidget | None = None) -> DateTimeEdit:
    """A wall time field (see DateTimeEdit)."""
    return DateTimeEdit(parent)


def date_edit(day: date | None = None, parent: QWidget | None = None) -> DateTimeEdit:
    """A day field that takes `2025-10-25`, `25 Oct` or a day number typed over it."""
    edit = DateTimeEdit(parent, with_time=False)
    if day is not None:
        edit.setDate(to_qdate(day))
    return edit
