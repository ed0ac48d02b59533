"""Qt item models over a VisitPlan: people, venues, problems (tables) and the programme (a tree)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from planner.domain import zones
from planner.domain.checks import Finding, Severity
from planner.domain.labels import DELEGATION_ROLE, EVENT_KIND, SIDE
from planner.domain.model import Event, Movement, Person, Venue, VisitPlan
from planner.domain.names import full_name
from planner.domain.programme import ProgrammeDay, programme_days
from planner.domain.vocab import EventStatus
from planner.export.text import format_day

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
        return self.style(item, role)

    def style(self, item: T, role: int) -> Any:
        return None


def _movement(movement: Movement | None) -> str:
    if movement is None:
        return ""
    flight = f" {movement.flight}" if movement.flight else ""
    return f"{movement.local:%d %b %H:%M}{flight}"


PEOPLE_COLUMNS: list[Column[Person]] = [
    Column("Side", lambda p: SIDE[p.side]),
    Column("No.", lambda p: str(p.precedence)),
    Column("Name", lambda p: full_name(p, capitalise_family=True)),
    Column("Native name", lambda p: p.native_name or ""),
    Column("Honorific", lambda p: p.honorific or ""),
    Column("Title", lambda p: p.title),
    Column("Role", lambda p: DELEGATION_ROLE[p.delegation_role]),
    Column("Arrival", lambda p: _movement(p.arrival)),
    Column("Departure", lambda p: _movement(p.departure)),
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

PROBLEM_COLUMNS: list[Column[Finding]] = [
    Column("", lambda f: "Error" if f.severity is Severity.ERROR else "Warning"),
    Column("Problem", lambda f: f.message),
]


class PeopleTableModel(RowTableModel[Person]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PEOPLE_COLUMNS, parent)

    def set_plan(self, plan: VisitPlan | None) -> None:
        self.set_items(plan.in_canonical_order().people if plan else [])


class VenueTableModel(RowTableModel[Venue]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(VENUE_COLUMNS, parent)


class ProblemTableModel(RowTableModel[Finding]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(PROBLEM_COLUMNS, parent)

    def style(self, item: Finding, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#a61b1b" if item.severity is Severity.ERROR else "#8a5a00"))
        return None


class ProgrammeTreeModel(QAbstractItemModel):
    """Days of the visit at the top, each with its events in time order beneath."""

    TIME, ZONE, TITLE, VENUE, STATUS, HOME_TIME = range(6)
    HEADERS = ("Local time", "Where", "Programme item", "Venue", "Status", "Home time")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: VisitPlan | None = None
        self.days: list[ProgrammeDay] = []

    def set_plan(self, plan: VisitPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.days = programme_days(plan) if plan else []
        self.endResetModel()

    def index_of_event(self, key: str) -> QModelIndex:
        for day_row, day in enumerate(self.days):
            for row, event in enumerate(day.events):
                if event.key == key:
                    return self.index(row, 0, self.index(day_row, 0))
        return QModelIndex()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _DAY)
        return self.createIndex(row, column, parent.row() + 1)  # an event of that day

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _DAY)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self.days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self.days[parent.row()].events)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = DISPLAY
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == DISPLAY:
            return self.HEADERS[section]
        return None

    def event_at(self, index: Index) -> Event | None:
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self.days[index.internalId() - 1].events[index.row()]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        event = self.event_at(index)
        if event is None:
            day = self.days[index.row()]
            if role == DISPLAY and index.column() == 0:
                return format_day(day.day)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == ObjectRole:
            return event
        if role == DISPLAY:
            return self._event_text(event, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            zones_used = " → ".join(dict.fromkeys((event.timezone, event.zone_of_end)))
            return f"{EVENT_KIND[event.kind]}: {event.title} ({zones_used})"
        if role == Qt.ItemDataRole.FontRole and event.status is EventStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and event.status is not EventStatus.CONFIRMED:
            return QBrush(QColor("#8a5a00" if event.status is EventStatus.TENTATIVE else "#777"))
        return None

    def _event_text(self, event: Event, column: int) -> str:
        assert self.plan is not None
        if column == self.TIME:
            return _local_times(event)
        if column == self.ZONE:
            return _zone_text(event, self.plan.visit.timezone)
        if column == self.TITLE:
            return event.title
        if column == self.VENUE:
            return self.plan.venue(event.venue).name if event.venue else ""
        if column == self.STATUS:
            return event.status.value.capitalize()
        if column == self.HOME_TIME:
            return _home_times(event, self.plan.visit.timezone)
        return ""


_DAY = 0  # the internal id of a day row; an event's is its day's row + 1


def _local_times(event: Event) -> str:
    """The item's times on the clocks where it happens."""
    if event.all_day:
        return "All day"
    start, end = event.local_start, event.local_end
    return f"{start:%H:%M}–{end:%H:%M}"


def _zone_text(event: Event, home: str) -> str:
    """The place of the zone where it is not home (`Majuro`); a flight's two (`Taipei → Majuro`)."""
    shift = (event.local_end.date() - event.local_start.date()).days
    ends = {0: "", 1: ", ends next day", -1: ", ends day before"}.get(
        shift, f", ends {shift:+d} days"
    )
    if event.all_day or (event.timezone == home and event.zone_of_end == home):
        return ends.removeprefix(", ").capitalize() if not event.all_day else ""
    if event.zone_of_end == event.timezone:
        return _place(event.timezone) + ends
    return f"{_place(event.timezone)} → {_place(event.zone_of_end)}{ends}"


def _place(zone_name: str) -> str:
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def _home_times(event: Event, home: str) -> str:
    if event.all_day or (event.timezone == home and event.zone_of_end == home):
        return ""
    start, end = zones.to_local(event.start, home), zones.to_local(event.end, home)
    return f"{start:%H:%M}–{end:%H:%M}"
