"""Qt item models over a VisitPlan: people, venues, problems (tables) and the programme (a tree)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
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
from planner.domain.checks import Finding, Severity
from planner.domain.labels import DELEGATION_ROLE, EVENT_KIND, SIDE
from planner.domain.model import Event, Movement, Person, Venue, VisitPlan
from planner.domain.names import full_name
from planner.domain.places import zone_city
from planner.domain.programme import (
    ProgrammeDay,
    continued_text,
    event_days,
    home_time,
    programme_days,
)
from planner.domain.vocab import EventStatus
from planner.export.summary import cities, route_text
from planner.export.text import format_day
from planner.ui.icons import icon

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole + 1
T = TypeVar("T")
DISPLAY = Qt.ItemDataRole.DisplayRole


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
            return self.HEADERS[section]
        return None


@dataclass(frozen=True)
class Column(Generic[T]):
    title: str
    text: Callable[[T], str]


class RowTableModel(QAbstractTableModel, Generic[T]):
    """A table whose rows are plain values and whose columns say how to show them."""

    def __init__(self, columns: Sequence[Column[T]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == DISPLAY and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return self.columns[index.column()].text(item)
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
    return f"{movement.local:%d %b %H:%M}" + (f" {how}" if how else "")


PEOPLE_COLUMNS: list[Column[Person]] = [
    Column("Side", lambda p: SIDE[p.side]),
    Column("No.", lambda p: str(p.precedence)),
    Column("Name", lambda p: full_name(p, capitalise_family=True)),
    Column("Native name", lambda p: p.native_name or ""),
    Column("Honorific", lambda p: p.honorific or ""),
    Column("Title", lambda p: p.title),
    Column("Role", lambda p: DELEGATION_ROLE[p.delegation_role]),
]

VENUE_COLUMNS: list[Column[Venue]] = [
    Column("Name", lambda v: v.name),
    Column("Native name", lambda v: v.native_name or ""),
    Column("Address", lambda v: " ".join((v.address or "").split())),
    Column("Time zone", lambda v: v.timezone),
    Column(
        "Coordinates",
        lambda v: "" if v.latitude is None else f"{v.latitude:.4f}, {v.longitude:.4f}",
    ),
]

SEVERITY = {Severity.ERROR: "Error", Severity.WARNING: "Warning"}
ERROR_TEXT, ERROR_BACKGROUND = "#6b0f0f", "#fbe3e1"
WARNING_TEXT, WARNING_BACKGROUND = "#5c3b00", "#fdf0cc"


def severity_icon(severity: Severity) -> QIcon:
    return icon("dialog-error" if severity is Severity.ERROR else "dialog-warning")


PROBLEM_COLUMNS: list[Column[Finding]] = [
    Column("", lambda f: SEVERITY[f.severity]),
    Column("Problem", lambda f: f.message),
]


class PeopleTableModel(RowTableModel[Person]):
    def __init__(self, parent: QObject | None = None) -> None:
        # Arrivals and departures may be on a programme item: resolved through the plan.
        super().__init__(
            [
                *PEOPLE_COLUMNS,
                Column("Arrival", lambda p: self._movement(p, arriving=True)),
                Column("Departure", lambda p: self._movement(p, arriving=False)),
            ],
            parent,
        )
        self.plan: VisitPlan | None = None

    def set_plan(self, plan: VisitPlan | None) -> None:
        self.plan = plan
        self.set_items(plan.in_canonical_order().people if plan else [])

    def _movement(self, person: Person, *, arriving: bool) -> str:
        if self.plan is None:
            return ""
        plan = self.plan
        return movement_text(plan, plan.arrival(person) if arriving else plan.departure(person))


class VenueTableModel(RowTableModel[Venue]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(VENUE_COLUMNS, parent)


class ProblemTableModel(RowTableModel[Finding]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PROBLEM_COLUMNS, parent)

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

    TIME, ZONE, TITLE, VENUE, STATUS, HOME_TIME = range(6)
    HEADERS = ("Local time", "Where", "Programme item", "Venue", "Status", "Home time")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: VisitPlan | None = None
        self.days: list[ProgrammeDay] = []
        self.rows: list[list[ProgrammeRow]] = []
        self.problems: dict[str, list[Finding]] = {}

    def set_plan(self, plan: VisitPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.days = programme_days(plan) if plan else []
        self.rows = [
            [ProgrammeRow(e, continued=True) for e in day.continued]
            + [ProgrammeRow(e) for e in day.events]
            for day in self.days
        ]
        self.endResetModel()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Mark the items each problem is about (both items of a clash)."""
        self.problems = {}
        for finding in findings:
            for key in finding.event_keys:
                self.problems.setdefault(key, []).append(finding)
        for day_row, rows in enumerate(self.rows):
            if rows:
                parent = self.index(day_row, 0)
                last = self.index(len(rows) - 1, len(self.HEADERS) - 1, parent)
                self.dataChanged.emit(self.index(0, 0, parent), last)

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
            return f"{zone_city(self.plan.visit.timezone)} time"
        return self.HEADERS[section]

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
            return format_day(day.day)
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
        if column == self.VENUE:
            return _venues(self.plan, event)
        if column == self.STATUS:
            return event.status.value.capitalize()
        if column == self.HOME_TIME:
            if line.continued:  # when it ends, on the clocks at home
                arrival = replace(event, start=event.end, timezone=event.zone_of_end)
                return home_time(arrival, home) or ""
            return home_time(event, home) or ""
        return ""

    def _tooltip(self, line: ProgrammeRow, day: date) -> str:
        assert self.plan is not None
        event = line.event
        text = f"{EVENT_KIND[event.kind]}: {event.title}"
        place = where(self.plan, event)
        if place:
            text += f" ({place})"
        if line.continued:
            text = f"Continued from {format_day(event_days(event)[0])}. {text}"
        problems = self.problems.get(event.key, [])
        lines = [f"{SEVERITY[f.severity]}: {f.message}" for f in problems]
        return "\n".join([text, *lines])


_DAY = 0  # the internal id of a day row; an item's is its day's row + 1


def local_times(event: Event) -> str:
    """The item's times on the clocks where it happens, as a table cell shows them."""
    return "All day" if event.all_day else programme.local_times(event)


def where(plan: VisitPlan, event: Event) -> str:
    """Where an item's clock is not the home zone's: its city (`Brussels`), a journey's two
    (`Taoyuan → Majuro`); nothing for an item on the home clock."""
    home = plan.visit.timezone
    at_home = event.timezone == home and event.zone_of_end == home
    return "" if at_home else cities(plan, event)  # the venue says where, the clock is home's


def _venues(plan: VisitPlan, event: Event) -> str:
    """The venue; a journey's from and to (`Brussels-Midi → Praha hlavní nádraží`)."""
    if event.destination and event.destination != event.venue:
        return route_text(plan, event) or ""
    return plan.venue(event.venue).name if event.venue else ""
