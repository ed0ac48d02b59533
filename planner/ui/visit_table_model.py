"""The list of visits as a Qt table model: title, dates, direction."""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from planner.domain.model import Visit
from planner.ui.words import date_range, visit_title

Index = QModelIndex | QPersistentModelIndex
VisitRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class VisitTableModel(QAbstractTableModel):
    """Rows are visits; the row's Visit is under VisitRole, a sortable value under SortRole."""

    TITLE, DATES, DIRECTION, KEY, SUMMARY = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._visits: list[Visit] = []
        self._headers = self._titles()

    def _titles(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Dates"),
            self.tr("Direction"),
            self.tr("Key"),
            self.tr("Visit"),
        ]

    def retranslate(self) -> None:
        """Show the column titles and the rows in the window's language now."""
        self._headers = self._titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
        if self._visits:
            last = self.index(len(self._visits) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def set_visits(self, visits: list[Visit]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self.endResetModel()

    def shown(self) -> list[Visit]:
        return list(self._visits)

    def visit_at(self, row: int) -> Visit:
        return self._visits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._visits):
            return None
        visit = self._visits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, column)
        if role == SortRole:
            return (
                visit.start_date.isoformat()
                if column == self.DATES
                else self._display(visit, column)
            )
        if role == VisitRole:
            return visit
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return visit.title
        return None

    def _display(self, visit: Visit, column: int) -> str | None:
        if column == self.TITLE:
            return visit_title(visit)
        if column == self.DATES:
            return date_range(visit.start_date, visit.end_date)
        if column == self.DIRECTION:
            return self.tr("Inbound") if visit.direction == "inbound" else self.tr("Outbound")
        if column == self.KEY:
            return visit.key
        if column == self.SUMMARY:  # two lines for a narrow list
            direction = self._display(visit, self.DIRECTION)
            return self.tr("{title}\n{dates} · {direction}").format(
                title=visit_title(visit),
                dates=date_range(visit.start_date, visit.end_date),
                direction=direction,
            )
        return None
