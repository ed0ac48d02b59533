"""File ▸ Import people…: map the list's columns, see what each row becomes, then import."""

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.errors import PlannerError
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import Side
from planner.services import (
    Action,
    PeopleImport,
    PersonField,
    Planner,
    Table,
    guess_mapping,
)
from planner.ui.event_dialog import ChoiceDelegate
from planner.ui.forms import ChoiceBox, tidy_table
from planner.ui.models import HeaderedTableModel
from planner.ui.words import labels

Index = QModelIndex | QPersistentModelIndex
DISPLAY, EDIT = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole
ENCODINGS = ["utf-8", "utf-16", "big5", "cp950", "gb18030", "cp1252", "shift_jis"]


class ColumnMappingModel(HeaderedTableModel):
    """One row per column of the file: its header, a sample, and the field it fills."""

    HEADER, SAMPLE, FIELD = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("Column", "Column in the file"),
        QT_TRANSLATE_NOOP("Column", "First value"),
        QT_TRANSLATE_NOOP("Column", "Fills"),
    )

    def __init__(self, table: Table, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.mapping = list(guess_mapping(table.headers))

    def row_count(self) -> int:
        return len(self.mapping)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.FIELD else flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or role not in (DISPLAY, EDIT):
            return None
        row, column = index.row(), index.column()
        if column == self.HEADER:
            return self.table.headers[row] or self.tr("(column {number})").format(number=row + 1)
        if column == self.SAMPLE:
            return next((r[row] for r in self.table.rows if r[row]), "")
        field = self.mapping[row]
        return (
            field.value if role == EDIT else ("—" if field is PersonField.IGNORE else field.value)
        )

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        if role != EDIT or index.column() != self.FIELD:
            return False
        self.mapping[index.row()] = PersonField(value)
        self.dataChanged.emit(index, index)
        return True


class ImportPreviewModel(HeaderedTableModel):
    """What each row of the file becomes: new, an update, or its problems."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Column", "Row"),
        QT_TRANSLATE_NOOP("Column", "Becomes"),
        QT_TRANSLATE_NOOP("Column", "Name"),
        QT_TRANSLATE_NOOP("Column", "Title"),
        QT_TRANSLATE_NOOP("Column", "Changes"),
        QT_TRANSLATE_NOOP("Column", "Problems"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview: PeopleImport | None = None

    def set_preview(self, preview: PeopleImport) -> None:
        self.beginResetModel()
        self.preview = preview
        self.endResetModel()

    def row_count(self) -> int:
        return 0 if self.preview is None else len(self.preview.rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        outcome = self.preview.rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and outcome.problems:
            return QBrush(QColor("#a61b1b"))
        if role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole):
            return None
        person = outcome.person
        return [
            str(outcome.row),
            {Action.NEW: self.tr("New"), Action.UPDATE: self.tr("Update")}.get(outcome.action, "—")
            if outcome.action
            else "—",
            display_name(person) if person else "",
            person.title if person else "",
            "; ".join(outcome.changes + outcome.warnings),
            "; ".join(outcome.problems),
        ][index.column()]


class PeopleImportDialog(QDialog):
    """Shows how a list will be read and imports only what the officer confirms."""

    def __init__(
        self, plan: VisitPlan, data: bytes, filename: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import people — {file}").format(file=filename))
        self.plan, self.data, self.filename = plan, data, filename
        self.side = ChoiceBox(Side, labels(Side))
        self.side.set_value(Side.GUEST)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("detect"), "")
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.read_as = QLabel()
        top = QHBoxLayout()
        for widget in (
            QLabel(self.tr("Side of the listed people:")),
            self.side,
            QLabel(self.tr("  Encoding:")),
            self.encoding,
            self.read_as,
        ):
            top.addWidget(widget)
        top.addStretch()
        self.columns = QTableView()
        self.rows_model = ImportPreviewModel(self)
        self.rows = QTableView()
        self.rows.setModel(self.rows_model)
        tidy_table(self.rows, stretch=5)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.columns)
        splitter.addWidget(self.rows)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.mapping_model: ColumnMappingModel | None = None
        self.preview: PeopleImport | None = None
        self.side.currentIndexChanged.connect(self.refresh)
        self.encoding.currentIndexChanged.connect(self.read)
        self.resize(980, 640)
        self.read()

    def read(self) -> None:
        """Read the file (again, in the chosen encoding) and guess its columns."""
        try:
            table = Planner.read_people_list(
                self.data, self.filename, self.encoding.currentData() or None
            )
        except PlannerError as error:
            self.preview = None
            self.summary.setText(str(error))
            self.import_button.setEnabled(False)
            return
        self.read_as.setText(
            (
                self.tr("read as {encoding} (guessed)")
                if table.guessed
                else self.tr("read as {encoding}")
            ).format(encoding=table.encoding)
        )
        earlier = self.mapping_model.mapping if self.mapping_model else None
        self.mapping_model = ColumnMappingModel(table, self)
        if earlier is not None and len(earlier) == len(self.mapping_model.mapping):
            self.mapping_model.mapping = list(
                earlier
            )  # another encoding keeps the officer's choices
        self.columns.setModel(self.mapping_model)
        fields = [
            (f.value if f is not PersonField.IGNORE else self.tr("— (not imported)"), f.value)
            for f in PersonField
        ]
        self.columns.setItemDelegateForColumn(
            ColumnMappingModel.FIELD, ChoiceDelegate(fields, self)
        )
        tidy_table(self.columns, stretch=ColumnMappingModel.SAMPLE)
        self.mapping_model.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        if self.mapping_model is None:
            return
        self.preview = Planner.preview_people_list(
            self.plan,
            self.mapping_model.table,
            self.filename,
            self.side.value(),
            tuple(self.mapping_model.mapping),
        )
        self.rows_model.set_preview(self.preview)
        new = sum(r.action is Action.NEW for r in self.preview.rows)
        updates = sum(r.action is Action.UPDATE for r in self.preview.rows)
        problems = self.preview.all_problems
        text = self.tr("{new} new, {updates} to update.").format(new=new, updates=updates)
        if problems:
            listed = "; ".join(str(p) for p in problems[:3]) + ("…" if len(problems) > 3 else "")
            text = self.tr(
                "{summary} {count} problem(s) to fix in the file or the columns first: {problems}"
            ).format(summary=text, count=len(problems), problems=listed)
        self.summary.setText(text)
        self.import_button.setEnabled(self.preview.ok)

    def accept(self) -> None:
        if self.preview is not None and self.preview.ok:
            super().accept()
