"""What a dragged person carries between the unseated list and the chairs of the plan, and the
unseated list's model: who should sit at an item and does not yet, in precedence order."""

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Person
from planner.domain.names import full_name
from planner.domain.vocab import Side
from planner.ui.languages import second_language
from planner.ui.models import Column, RowTableModel
from planner.ui.words import label, translate, visit_language

MIME_TYPE = "application/x-delegation-planner-person"

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class PersonDrag:
    """A person of an item of a visit, on the move (keys)."""

    visit: str
    event: str
    person: str


def person_mime(drag: PersonDrag) -> QMimeData:
    """The drag's data: the keys as JSON, and the person's key as text for other programs."""
    mime = QMimeData()
    payload = {"visit": drag.visit, "event": drag.event, "person": drag.person}
    mime.setData(MIME_TYPE, json.dumps(payload).encode())
    mime.setText(drag.person)
    return mime


def person_drag(mime: QMimeData | None) -> PersonDrag | None:
    """The person a drag carries, if it is one of ours."""
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
        return PersonDrag(str(payload["visit"]), str(payload["event"]), str(payload["person"]))
    except (ValueError, KeyError, TypeError):
        return None


def side_mark(side: Side) -> str:
    """The letter that says a side on a chair and in the unseated list, beside its colour."""
    if side is Side.HOST:
        return translate("Seating", "H", "the mark of the host side on a chair")
    return translate("Seating", "G", "the mark of the guest side on a chair")


def side_words(side: Side) -> str:
    """A side as the unseated list says it: its mark (as on the chairs) and its name."""
    return f"{side_mark(side)} · {label(side)}"


def second_name(person: Person, language: str | None) -> str:
    """A person's name in the other script: in the visit's second language if written there,
    else in their own script; "" when that is their romanised name again."""
    name = (person.translation("name", language) if language else None) or person.native_name
    return name if name and name != full_name(person) else ""


def seat_names(person: Person, languages: tuple[str, ...]) -> tuple[str, str]:
    """A person's name as a chair shows it, and under it in the other script ("" when there
    is none): romanised first, unless the window speaks the visit's second language (a
    Chinese window: 海妮 over Hilda Heine)."""
    romanised = full_name(person)
    other = second_name(person, second_language(languages))
    if other and visit_language(languages[1:]) is not None:
        return other, romanised
    return romanised, other


UNSEATED_COLUMNS: list[Column[Person]] = [
    Column(QT_TRANSLATE_NOOP("Column", "Side"), lambda p: side_words(p.side)),
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda p: full_name(p, capitalise_family=True)),
]


class UnseatedTableModel(RowTableModel[Person]):
    """The people who should be seated at the item and are not: dragged from here onto a
    chair; a person dragged here from a chair is unseated.

    Signals:
        unseat_dropped(str): a seated person (key) was dropped on the list.
    """

    unseat_dropped = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                *UNSEATED_COLUMNS,
                Column(
                    QT_TRANSLATE_NOOP("Column", "Other script"),
                    lambda p: second_name(p, self.second),
                ),
            ],
            parent,
            key=lambda person: person.key,
        )
        self.visit: str | None = None
        self.event_key: str | None = None
        self.second: str | None = None  # the visit's second language

    def set_people(
        self,
        visit: str | None,
        event: str | None,
        people: Sequence[Person],
        languages: tuple[str, ...] = ("en",),
    ) -> None:
        self.visit, self.event_key = visit, event
        self.second = second_language(languages)
        self.set_items(people)

    def style(self, item: Person, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == 0:
            return QBrush(QColor("#d8e6f8" if item.side is Side.HOST else "#fbe2c8"))
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor("#1f4f8f" if item.side is Side.HOST else "#8a4510"))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        if not rows or self.visit is None or self.event_key is None:
            return QMimeData()  # nothing of ours: no one dropped anywhere
        return person_mime(PersonDrag(self.visit, self.event_key, self.items[rows[0]].key))

    def _seated_drag(self, mime: QMimeData) -> PersonDrag | None:
        """A person of this item dragged from a chair (one already listed stays as is)."""
        drag = person_drag(mime)
        if drag is None or (drag.visit, drag.event) != (self.visit, self.event_key):
            return None
        if any(person.key == drag.person for person in self.items):
            return None
        return drag

    def canDropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return self._seated_drag(data) is not None

    def dropMimeData(  # noqa: N802
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        drag = self._seated_drag(data)
        if drag is None:
            return False
        self.unseat_dropped.emit(drag.person)  # the list follows the plan once it is saved
        return True
