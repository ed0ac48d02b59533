"""The main window: which database is open and the visits it holds."""

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME
from planner.services import Planner
from planner.ui.visit_table_model import SortRole, VisitTableModel


class MainWindow(QMainWindow):
    """Shows the open database and its visits; the planning views arrive with issue #4."""

    def __init__(self, planner: Planner) -> None:
        super().__init__()
        self.planner = planner
        path = planner.database.path
        self.setWindowTitle(f"{path.name} — {APP_NAME}")
        self.resize(1000, 640)

        self.database_label = QLabel(self.tr("Database: {path}").format(path=path))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.database_label.setObjectName("databaseLabel")

        self.visits = VisitTableModel(self)
        self.sorted_visits = QSortFilterProxyModel(self)
        self.sorted_visits.setSourceModel(self.visits)
        self.sorted_visits.setSortRole(SortRole)

        self.visit_table = QTableView()
        self.visit_table.setModel(self.sorted_visits)
        self.visit_table.setSortingEnabled(True)
        self.visit_table.sortByColumn(VisitTableModel.DATES, Qt.SortOrder.AscendingOrder)
        self.visit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visit_table.verticalHeader().hide()
        header = self.visit_table.horizontalHeader()
        header.setSectionResizeMode(VisitTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (VisitTableModel.DATES, VisitTableModel.DIRECTION, VisitTableModel.KEY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.database_label)
        layout.addWidget(self.visit_table)
        self.setCentralWidget(central)
        self._build_menus()
        self.refresh()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    def refresh(self) -> None:
        visits = self.planner.visits()
        self.visits.set_visits(visits)
        count = len(visits)
        self.statusBar().showMessage(
            self.tr("{count} visit(s) in {path}").format(
                count=count, path=self.planner.database.path
            )
        )
