"""Qt item models over a VisitPlan: people, venues, problems (tables) and the programme (a tree)."""

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from planner.domain import programme
from planner.domain.findings import Finding, Severity
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Event, Movement, Person, Venue, VisitPlan
from planner.domain.names import full_name
from planner.domain.programme import ProgrammeDay, event_days, home_time, programme_days
from planner.domain.vocab import EventStatus
from planner.export.summary import cities, route_text
from planner.ui.icons import icon
from planner.ui.languages import in_language, second_language
from planner.ui.words import (
    day_and_month,
    label,
    long_day,
    translate,
    window_words,
    zone_city,
)

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")
DISPLAY = Qt.ItemDataRole.DisplayRole
COLUMN = "Column"  # the context column titles are marked in


def column_title(title: str, context: str = COLUMN) -> str:
    """A column title marked with QT_TRANSLATE_NOOP(context, …), in the window's language."""
    return translate(context, title) if title else ""


class HeaderedTableModel(QAbstractTableModel):
    """A flat table with fixed column titles; subclasses say how many rows there are."""

    HEADERS: tuple[str, ...] = ()

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY:
            return column_title(self.HEADERS[section])
        return None


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]
    context: str = COLUMN  # where the title is marked for translation
    # A text in the visit's second language: `text` is given the record's field named here,
    # and the title says the language (`Name (中文)`).
    translates: str | None = None


def translated(title: str, field: str, context: str = COLUMN) -> "Column[Any]":
    """A column of a record's text in the visit's second language."""
    return Column(title, lambda _record: "", context, translates=field)


R = TypeVar("R")


class RowSync(Generic[R]):
    """Turning the rows a model shows under one parent into new ones by removing and
    inserting only the rows whose keys go or come, so views keep their selection,
    expansion and scroll position.

    In two steps, so that rows are always shown with the data they belong to: `remove`
    takes out what goes while the model still holds the old data; then the model takes
    the new data, and `insert` puts in what comes. `changed` are the rows that stayed but
    show something else now.
    """

    def __init__(self, rows: list[R], wanted: Sequence[R], key: Callable[[R], Hashable]) -> None:
        self.rows, self.wanted = rows, list(wanted)
        old_keys, new_keys = [key(row) for row in rows], [key(row) for row in self.wanted]
        self.opcodes = (
            [("equal", 0, len(rows), 0, len(rows))]
            if old_keys == new_keys
            else SequenceMatcher(a=old_keys, b=new_keys, autojunk=False).get_opcodes()
        )
        self.changed: list[int] = []

    def remove(self, model: QAbstractItemModel, parent: QModelIndex) -> None:
        for tag, i1, i2, _j1, _j2 in reversed(self.opcodes):  # later rows first
            if tag in ("delete", "replace"):
                model.beginRemoveRows(parent, i1, i2 - 1)
                del self.rows[i1:i2]
                model.endRemoveRows()
        staying = [
            j for tag, _i1, _i2, j1, j2 in self.opcodes if tag == "equal" for j in range(j1, j2)
        ]
        self.changed = [
            j for old, j in zip(self.rows, staying, strict=True) if old != self.wanted[j]
        ]
        self.rows[:] = [self.wanted[j] for j in staying]  # the rows that stay, as they are now

    def insert(self, model: QAbstractItemModel, parent: QModelIndex) -> None:
        position = 0
        for tag, i1, i2, j1, j2 in self.opcodes:
            if tag == "equal":
                position += i2 - i1
            elif tag in ("insert", "replace"):
                model.beginInsertRows(parent, position, position + j2 - j1 - 1)
                self.rows[position:position] = self.wanted[j1:j2]
                model.endInsertRows()
                position += j2 - j1


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A table whose rows are plain values and whose columns say how to show them.

    With `key`, new items replace the old row by row (see `sync_rows`); without, the
    table is reset.
    """

    def __init__(
        self,
        columns: Sequence[Column[T]],
        parent: QObject | None = None,
        key: Callable[[T], Hashable] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[T] = []
        self.key = key
        self.languages: tuple[str, ...] = ("en",)  # the visit's

    def set_languages(self, languages: tuple[str, ...]) -> None:
        """The visit's languages: its second names the second-language columns."""
        if languages == self.languages:
            return
        self.languages = languages
        self.retranslate()

    def column_of(self, title: str, *, translated: bool = False) -> int:
        """The column of that (untranslated) title: of the second language's text, if
        `translated`."""
        return next(
            number
            for number, column in enumerate(self.columns)
            if column.title == title and bool(column.translates) == translated
        )

    def second_language_columns(self) -> list[int]:
        """The columns of texts in the second language, hidden while there is none."""
        return [number for number, column in enumerate(self.columns) if column.translates]

    def set_items(self, items: Sequence[T], *, everything_changed: bool = False) -> None:
        """Show `items`; `everything_changed` when what the rows show depends on more than
        the items themselves and that changed (a person's arrival on an item that moved)."""
        if self.key is None:
            self.beginResetModel()
            self.items = list(items)
            self.endResetModel()
            return
        sync = RowSync(self.items, items, self.key)
        sync.remove(self, QModelIndex())
        sync.insert(self, QModelIndex())
        changed = sync.changed
        if everything_changed and self.items:
            changed = [0, len(self.items) - 1]
        if changed:
            last_column = len(self.columns) - 1
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), last_column)
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            column = self.columns[section]
            title = column_title(column.title, column.context)
            second = second_language(self.languages)
            if column.translates and second:
                return in_language(title, second, self.languages)
            return title
        return None

    def retranslate(self) -> None:
        """Show the titles and rows in the window's language now."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.items:
            last = self.index(len(self.items) - 1, len(self.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            column = self.columns[index.column()]
            if column.translates:
                second = second_language(self.languages)
                text = item.translation(column.translates, second) if second else None  # type: ignore[attr-defined]
                return text or ""
            return column.text(item)
        if role == ObjectRole:
            return item
        return self.style(item, index.column(), role)

    def style(self, item: T, column: int, role: int) -> Any:
        return None


def movement_text(plan: VisitPlan, movement: Movement | None) -> str:
    """`26 Oct 10:12 OK 535`; on a programme item without a flight number, the item's title."""
    if movement is None:
        return ""
    how = movement.flight
    if how is None and movement.event is not None:
        how = plan.event(movement.event).title
    when = f"{day_and_month(movement.local.date())} {movement.local:%H:%M}"
    return translate("Movement", "{when} {how}").format(when=when, how=how) if how else when


PEOPLE_COLUMNS: list[Column[Person]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Side"), lambda p: label(p.side)),
    Column(QT_TRANSLATE_NOOP("Column", "No."), lambda p: str(p.precedence)),
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda p: full_name(p, capitalise_family=True)),
    Column(QT_TRANSLATE_NOOP("Column", "Native name"), lambda p: p.native_name or ""),
    translated(QT_TRANSLATE_NOOP("Column", "Name"), "name"),
    Column(QT_TRANSLATE_NOOP("Column", "Honorific"), lambda p: p.honorific or ""),
    Column(QT_TRANSLATE_NOOP("Column", "Title"), lambda p: p.title),
    translated(QT_TRANSLATE_NOOP("Column", "Title"), "title"),
    Column(QT_TRANSLATE_NOOP("Column", "Role"), lambda p: label(p.delegation_role)),
]

VENUE_COLUMNS: list[Column[Venue]] = [
    Column(QT_TRANSLATE_NOOP("VenueColumn", "Name"), lambda v: v.name, "VenueColumn"),
    Column(
        QT_TRANSLATE_NOOP("VenueColumn", "Native name"),
        lambda v: v.native_name or "",
        "VenueColumn",
    ),
    translated(QT_TRANSLATE_NOOP("VenueColumn", "Name"), "name", "VenueColumn"),
    Column(QT_TRANSLATE_NOOP("Column", "Address"), lambda v: " ".join((v.address or "").split())),
    Column(QT_TRANSLATE_NOOP("Column", "Time zone"), lambda v: v.timezone),
    Column(
        QT_TRANSLATE_NOOP("Column", "Coordinates"),
        lambda v: "" if v.latitude is None else f"{v.latitude:.4f}, {v.longitude:.4f}",
    ),
]

SEVERITY = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Severity", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Severity", "Warning"),
}


def severity_text(severity: Severity) -> str:
    return translate("Severity", SEVERITY[severity])


ERROR_TEXT, ERROR_BACKGROUND = "#6b0f0f", "#fbe3e1"
WARNING_TEXT, WARNING_BACKGROUND = "#5c3b00", "#fdf0cc"


def severity_icon(severity: Severity) -> QIcon:
    return icon("dialog-error" if severity is Severity.ERROR else "dialog-warning")


PROBLEM_COLUMNS: list[Column[Finding]] = [
    Column("", lambda f: severity_text(f.severity)),
    Column(QT_TRANSLATE_NOOP("Column", "Problem"), lambda f: f.message),
]


class PeopleTableModel(RowTableModel[Person]):
    def __init__(self, parent: QObject | None = None) -> None:
        # Arrivals and departures may be on a programme item: resolved through the plan.
        super().__init__(
            [
                *PEOPLE_COLUMNS,
                Column(
                    QT_TRANSLATE_NOOP("Column", "Arrival"),
                    lambda p: self._movement(p, arriving=True),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Column", "Departure"),
                    lambda p: self._movement(p, arriving=False),
                ),
            ],
            parent,
            key=lambda person: person.key,
        )
        self.plan: VisitPlan | None = None

    def set_plan(self, plan: VisitPlan | None) -> None:
        before, self.plan = self.plan, plan
        self.set_languages(plan.visit.languages if plan else ("en",))
        moved = before is None or plan is None or before.events != plan.events
        self.set_items(plan.in_canonical_order().people if plan else [], everything_changed=moved)

    def _movement(self, person: Person, *, arriving: bool) -> str:
        if self.plan is None:
            return ""
        plan = self.plan
        return movement_text(plan, plan.arrival(person) if arriving else plan.departure(person))


class VenueTableModel(RowTableModel[Venue]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(VENUE_COLUMNS, parent, key=lambda venue: venue.key)


class ProblemTableModel(RowTableModel[Finding]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PROBLEM_COLUMNS, parent)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """A problem in the window's language: its template translated, the officer's titles
        and names as written, its days and times as the language writes them."""
        if (
            index.isValid()
            and index.column() == 1
            and role in (DISPLAY, Qt.ItemDataRole.ToolTipRole)
            and 0 <= index.row() < len(self.items)
        ):
            return self.items[index.row()].text(translate, self.dates)
        return super().data(index, role)

    @staticmethod
    def dates(value: date, pattern: str) -> str:
        """A day or a time in a problem, by QLocale in the window's language: `pattern`
        (`ddd dd MMM HH:mm`) translated in its context (planner.domain.messages.DATES)."""
        from datetime import datetime

        from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

        from planner.domain.messages import DATES

        shown, day = translate(DATES, pattern), QDate(value.year, value.month, value.day)
        if isinstance(value, datetime):
            return QLocale().toString(QDateTime(day, QTime(value.hour, value.minute)), shown)
        return QLocale().toString(day, shown)

    def style(self, item: Finding, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#a61b1b" if item.severity is Severity.ERROR else "#8a5a00"))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return severity_icon(item.severity)
        return None


@dataclass(frozen=True)
class ProgrammeRow:
    """One line under a day: an item starting then, or one begun earlier and still under way
    (a night train that arrives that morning), listed again so the day is not empty."""

    event: Event
    continued: bool = False


class ProgrammeTreeModel(QAbstractItemModel):
    """Days of the visit at the top, each with its items in time order beneath.

    An item is under the day it starts where it happens (the one day rule of
    `planner.domain.programme`), with the home zone's clock beside it where that differs;
    items still under way from an earlier day come first, as "arrives 10:12". Items that a
    problem is about carry its icon, colour and text.
    """

    TIME, ZONE, TITLE, SECOND_TITLE, VENUE, STATUS, HOME_TIME = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("Column", "Local time"),
        QT_TRANSLATE_NOOP("Column", "Where"),
        QT_TRANSLATE_NOOP("Column", "Programme item"),
        QT_TRANSLATE_NOOP("Column", "Programme item"),  # in the second language
        QT_TRANSLATE_NOOP("Column", "Venue"),
        QT_TRANSLATE_NOOP("Column", "Status"),
        QT_TRANSLATE_NOOP("Column", "Home time"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: VisitPlan | None = None
        self.days: list[ProgrammeDay] = []
        self.rows: list[list[ProgrammeRow]] = []
        self.problems: dict[str, list[Finding]] = {}

    def set_plan(self, plan: VisitPlan | None) -> bool:
        """Show `plan`, changing only the rows that differ from the plan shown; says whether
        the whole tree was laid out anew (another visit, or other days)."""
        before = self.plan
        days = programme_days(plan) if plan else []
        rows = [
            [ProgrammeRow(e, continued=True) for e in day.continued]
            + [ProgrammeRow(e) for e in day.events]
            for day in days
        ]
        same_visit = before is not None and plan is not None and before.visit.key == plan.visit.key
        if not same_visit or [d.day for d in days] != [d.day for d in self.days]:
            self.beginResetModel()
            self.plan, self.days, self.rows = plan, days, rows
            self.endResetModel()
            return True
        assert before is not None and plan is not None
        if before.visit.timezone != plan.visit.timezone:  # the home clock's column title
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.HOME_TIME, self.HOME_TIME)
        if before.visit.languages != plan.visit.languages:  # the second language's title
            self.headerDataChanged.emit(
                Qt.Orientation.Horizontal, self.SECOND_TITLE, self.SECOND_TITLE
            )
        # Venues, people and the visit show in every row: if they changed, every row may.
        context = (before.visit, before.venues, before.people) != (
            plan.visit,
            plan.venues,
            plan.people,
        )
        syncs = [RowSync(self.rows[row], wanted, _row_key) for row, wanted in enumerate(rows)]
        for day_row, sync in enumerate(syncs):  # what goes, shown with the plan it was in
            sync.remove(self, self.index(day_row, 0))
        self.plan, self.days = plan, days
        for day_row, sync in enumerate(syncs):  # what comes, with the plan it is in
            sync.insert(self, self.index(day_row, 0))
        last_column = len(self.HEADERS) - 1
        for day_row, sync in enumerate(syncs):
            parent = self.index(day_row, 0)
            changed = sync.changed
            if context and sync.rows:
                changed = [0, len(sync.rows) - 1]
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0, parent),
                    self.index(max(changed), last_column, parent),
                )
        return False

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Mark the items each problem is about (both items of a clash)."""
        before, self.problems = self.problems, {}
        for finding in findings:
            for key in finding.event_keys:
                self.problems.setdefault(key, []).append(finding)
        marked = {
            key
            for key in before.keys() | self.problems.keys()
            if before.get(key) != self.problems.get(key)
        }
        if not marked:
            return
        last_column = len(self.HEADERS) - 1
        for day_row, rows in enumerate(self.rows):
            changed = [row for row, line in enumerate(rows) if line.event.key in marked]
            if changed:
                parent = self.index(day_row, 0)
                self.dataChanged.emit(
                    self.index(min(changed), 0, parent),
                    self.index(max(changed), last_column, parent),
                )

    def index_of_event(self, key: str, day: date | None = None) -> QModelIndex:
        """The item's row under `day` (starting or continued), else where it starts."""
        found = QModelIndex()
        for day_row, rows in enumerate(self.rows):
            for row, line in enumerate(rows):
                if line.event.key != key:
                    continue
                if self.days[day_row].day == day:
                    return self.index(row, 0, self.index(day_row, 0))
                if not found.isValid() and not line.continued:
                    found = self.index(row, 0, self.index(day_row, 0))
        return found

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        return self.createIndex(row, column, parent.row() + 1)  # an item of that day

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self.rows[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != DISPLAY:
            return None
        if section == self.HOME_TIME and self.plan is not None:
            city = zone_city(self.plan.visit.timezone)
            return translate("Column", "{city} time").format(city=city)
        second = self.second_language()
        if section == self.SECOND_TITLE and self.plan is not None and second:
            return in_language(
                column_title(self.HEADERS[section]), second, self.plan.visit.languages
            )
        return column_title(self.HEADERS[section])

    def second_language(self) -> str | None:
        return second_language(self.plan.visit.languages) if self.plan else None

    def row_at(self, index: Index) -> ProgrammeRow | None:
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self.rows[index.internalId() - 1][index.row()]

    def event_at(self, index: Index) -> Event | None:
        """The item on a row, continued or not; None on a day's heading."""
        line = self.row_at(index)
        return line.event if line else None

    def day_at(self, index: Index) -> date | None:
        """The day a row is under (or is)."""
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _DAY else index.internalId() - 1
        return self.days[row].day

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        line = self.row_at(index)
        if line is None:
            return self._day_data(self.days[index.row()], index.column(), role)
        if role == ObjectRole:
            return line.event
        if role == DISPLAY:
            return self._text(line, self.days[index.internalId() - 1].day, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, self.days[index.internalId() - 1].day)
        return self._style(line, index.column(), role)

    @staticmethod
    def _day_data(day: ProgrammeDay, column: int, role: int) -> Any:
        if role == DISPLAY and column == 0:
            return long_day(day.day)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _worst(self, event: Event) -> Severity | None:
        found = [f.severity for f in self.problems.get(event.key, ())]
        if not found:
            return None
        return Severity.ERROR if Severity.ERROR in found else Severity.WARNING

    def _style(self, line: ProgrammeRow, column: int, role: int) -> Any:
        event, worst = line.event, self._worst(line.event)
        if role == Qt.ItemDataRole.DecorationRole and column == self.TITLE and worst:
            return severity_icon(worst)
        if role == Qt.ItemDataRole.BackgroundRole and worst:
            return QBrush(
                QColor(ERROR_BACKGROUND if worst is Severity.ERROR else WARNING_BACKGROUND)
            )
        if role == Qt.ItemDataRole.FontRole and (
            line.continued or event.status is EventStatus.CANCELLED
        ):
            font = QFont()
            font.setItalic(line.continued)
            font.setStrikeOut(event.status is EventStatus.CANCELLED)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if event.status is EventStatus.TENTATIVE:
                return QBrush(QColor("#8a5a00"))
            if event.status is EventStatus.CANCELLED or line.continued:
                return QBrush(QColor("#666"))
            if worst:  # dark text on the light mark, whatever the desktop's colours
                return QBrush(QColor(ERROR_TEXT if worst is Severity.ERROR else WARNING_TEXT))
        return None

    def _text(self, line: ProgrammeRow, day: date, column: int) -> str:
        assert self.plan is not None
        event, home = line.event, self.plan.visit.timezone
        if column == self.TIME:
            return continued_text(event, day) if line.continued else local_times(event)
        if column == self.ZONE:
            return where(self.plan, event)
        if column == self.TITLE:
            return event.title
        if column == self.SECOND_TITLE:
            second = self.second_language()
            return (event.translation("title", second) or "") if second else ""
        if column == self.VENUE:
            return _venues(self.plan, event)
        if column == self.STATUS:
            return label(event.status)
        if column == self.HOME_TIME:
            if line.continued:  # when it ends, on the clocks at home
                arrival = replace(event, start=event.end, timezone=event.zone_of_end)
                return home_time(arrival, home) or ""
            return home_time(event, home) or ""
        return ""

    def _tooltip(self, line: ProgrammeRow, day: date) -> str:
        assert self.plan is not None
        event = line.event
        place = where(self.plan, event)
        text = (
            translate("ProgrammeTree", "{kind}: {title} ({place})")
            if place
            else translate("ProgrammeTree", "{kind}: {title}")
        ).format(kind=label(event.kind), title=event.title, place=place)
        if line.continued:
            text = translate("ProgrammeTree", "Continued from {day}. {item}").format(
                day=long_day(event_days(event)[0]), item=text
            )
        problems = self.problems.get(event.key, [])
        lines = [
            translate("ProgrammeTree", "{severity}: {problem}").format(
                severity=severity_text(f.severity), problem=f.message
            )
            for f in problems
        ]
        return "\n".join([text, *lines])


def _row_key(line: ProgrammeRow) -> tuple[str, bool]:
    return (line.event.key, line.continued)


_DAY = 0  # the internal id of a day row; an item's is its day's row + 1


def local_times(event: Event) -> str:
    """The item's times on the clocks where it happens, as a table cell shows them."""
    return translate("ProgrammeTree", "All day") if event.all_day else programme.local_times(event)


def continued_text(event: Event, day: date) -> str:
    """An item on a later day of it: `arrives 10:12` for a journey, `until 01:00` for a
    reception past midnight, `under way` on a day it neither starts nor ends."""
    end = event.local_end
    if end.date() != day:
        return translate("ProgrammeTree", "under way")
    time = f"{end:%H:%M}"
    if event.kind.travels:
        return translate("ProgrammeTree", "arrives {time}").format(time=time)
    return translate("ProgrammeTree", "until {time}").format(time=time)


def where(plan: VisitPlan, event: Event) -> str:
    """Where an item's clock is not the home zone's: its city (`Brussels`), a journey's two
    (`Taoyuan → Majuro`, `Taoyuan → 馬朱諾` in a Chinese window); nothing for an item on the
    home clock."""
    home = plan.visit.timezone
    at_home = event.timezone == home and event.zone_of_end == home
    if at_home:
        return ""  # the venue says where, the clock is home's
    return cities(plan, event, window_words(plan.visit.languages))


def _venues(plan: VisitPlan, event: Event) -> str:
    """The venue; a journey's from and to (`Brussels-Midi → Praha hlavní nádraží`)."""
    if event.destination and event.destination != event.venue:
        return route_text(plan, event) or ""
    return plan.venue(event.venue).name if event.venue else ""
