"""Who takes part in a programme item, and in what role: everyone in the visit with a tick,
our side first, each ticked in their own default role, a whole delegation at once."""

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain import places
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Participant, Person, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import ParticipantRole, Side
from planner.ui import words
from planner.ui.forms import tidy_table
from planner.ui.models import HeaderedTableModel
from planner.ui.words import label

Index = QModelIndex | QPersistentModelIndex
EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
CHECK = Qt.ItemDataRole.CheckStateRole


class ParticipantPickerModel(HeaderedTableModel):
    """Everyone in the visit with a tick for taking part and the role they take; someone
    ticked takes their own default role (an interpreter interprets).

    Signals:
        role_changed(person_key, role or None): someone's part changed (None: not taking part).
    """

    role_changed = Signal(str, object)

    TAKES_PART, NAME, SIDE, ROLE = range(4)
    HEADERS = (
        "",
        QT_TRANSLATE_NOOP("Column", "Name"),
        QT_TRANSLATE_NOOP("Column", "Side"),
        QT_TRANSLATE_NOOP("Column", "Role"),
    )

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
        if column == self.TAKES_PART and role == CHECK:
            taking_part = person.key in self.roles
            return Qt.CheckState.Checked if taking_part else Qt.CheckState.Unchecked
        if role == DISPLAY:
            if column == self.NAME:
                return display_name(person)
            if column == self.SIDE:
                return label(person.side)
            if column == self.ROLE and person.key in self.roles:
                return label(self.roles[person.key])
        if role == EDIT and column == self.ROLE and person.key in self.roles:
            return self.roles[person.key].value
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:  # noqa: N802
        person = self.people[index.row()]
        if index.column() == self.TAKES_PART and role == CHECK:
            taking_part = Qt.CheckState(value) == Qt.CheckState.Checked
            chosen = places.default_role(person) if taking_part else None
            if taking_part == (person.key in self.roles):
                return True
        elif index.column() == self.ROLE and role == EDIT and person.key in self.roles:
            chosen = ParticipantRole(value)
        else:
            return False
        self._set(index.row(), chosen)
        return True

    def _set(self, row: int, role: ParticipantRole | None) -> None:
        key = self.people[row].key
        if role is None:
            self.roles.pop(key, None)
        else:
            self.roles[key] = role
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.role_changed.emit(key, role)

    def set_role(self, key: str, role: ParticipantRole | None) -> None:
        """Tick (with a role) or untick someone."""
        row = next(i for i, p in enumerate(self.people) if p.key == key)
        if self.roles.get(key) != role:
            self._set(row, role)

    def add_side(self, side: Side | None) -> None:
        """Everyone on one side (both sides for None) takes part, in their own default role;
        those already taking part keep theirs."""
        for row, person in enumerate(self.people):
            if (side is None or person.side is side) and person.key not in self.roles:
                self._set(row, places.default_role(person))


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of (label, value) choices, kept as soon as one is chosen."""

    def __init__(self, choices: list[tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        for text, value in self.choices:
            box.addItem(text, value)
        box.activated.connect(lambda _row: self.commitData.emit(box))
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class ParticipantPicker(QWidget):
    """The participants of an item: a heading with "Add the whole delegation" (our side,
    their side, or both) above everyone in the visit."""

    def __init__(
        self, plan: VisitPlan, chosen: tuple[Participant, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = ParticipantPickerModel(places.our_side_first(plan), chosen, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        roles = [(label(r), r.value) for r in ParticipantRole]
        self.table.setItemDelegateForColumn(
            ParticipantPickerModel.ROLE, ChoiceDelegate(roles, self)
        )
        tidy_table(self.table, stretch=ParticipantPickerModel.NAME)
        self.whole_delegation = QPushButton(self.tr("Add the whole delegation"))
        menu = QMenu(self.whole_delegation)
        visit = plan.visit
        for side in (places.our_side(visit), places.their_side(visit)):
            country = words.country_name(places.side_country(visit, side))
            action = menu.addAction(
                self.tr("Host side — {country}").format(country=country)
                if side is Side.HOST
                else self.tr("Guest side — {country}").format(country=country)
            )
            action.triggered.connect(lambda _=False, side=side: self.model.add_side(side))
        menu.addAction(self.tr("Both sides")).triggered.connect(lambda: self.model.add_side(None))
        self.whole_delegation.setMenu(menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("Participants")), 1)
        heading.addWidget(self.whole_delegation)
        layout.addLayout(heading)
        layout.addWidget(self.table, 1)
