"""Saying what an export is of: one programme item (or the whole delegation), one person,
one day; each list starts where the officer most likely is."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.model import Event, Person, VisitPlan
from planner.domain.names import display_name
from planner.domain.places import our_side, our_side_first
from planner.domain.programme import programme_days
from planner.domain.vocab import DelegationRole, Side
from planner.ui.forms import tidy_table
from planner.ui.models import Column, RowTableModel, local_times, where
from planner.ui.words import label, long_day, short_day


@dataclass(frozen=True)
class ItemChoice:
    """A line of the chooser: an item under its (first) day, or no item at all."""

    day: date | None
    event: Event | None
    text: str = ""


def _columns(plan: VisitPlan) -> list[Column[ItemChoice]]:
    return [
        Column(QT_TRANSLATE_NOOP("Column", "Day"), lambda c: short_day(c.day) if c.day else ""),
        Column(
            QT_TRANSLATE_NOOP("Column", "Local time"),
            lambda c: local_times(c.event) if c.event else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Programme item"),
            lambda c: c.event.title if c.event else c.text,
        ),
        Column(
            QT_TRANSLATE_NOOP("Column", "Where"), lambda c: where(plan, c.event) if c.event else ""
        ),
    ]


def item_choices(plan: VisitPlan, whole: str | None = None) -> list[ItemChoice]:
    """Every item once, in programme order, under the first day it is listed on."""
    choices = [ItemChoice(None, None, whole)] if whole else []
    seen: set[str] = set()
    for day in programme_days(plan):
        for event in day.events:
            if event.key not in seen:
                seen.add(event.key)
                choices.append(ItemChoice(day.day, event))
    return choices


class ItemChooser(QDialog):
    """Which programme item an export is of, the selected one chosen to begin with.

    `whole` names a first line that stands for no one item (the whole delegation).
    """

    def __init__(
        self,
        plan: VisitPlan,
        title: str,
        question: str,
        *,
        current: str | None = None,
        whole: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = RowTableModel(_columns(plan), self)
        self.model.set_items(item_choices(plan, whole))
        self.table = QTableView()
        self.table.setModel(self.model)
        tidy_table(self.table, stretch=2, editable=False)
        keys = [c.event.key if c.event else None for c in self.model.items]
        self.table.selectRow(keys.index(current) if current in keys else 0)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.table.activated.connect(lambda _index: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(question)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self) -> ItemChoice | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def choose(self, key: str | None) -> None:
        """Select the line of an item (None: the whole delegation), as a click would."""
        keys = [c.event.key if c.event else None for c in self.model.items]
        self.table.selectRow(keys.index(key))


def choose_item(
    parent: QWidget,
    plan: VisitPlan,
    title: str,
    question: str,
    *,
    current: str | None,
    whole: str | None = None,
) -> tuple[bool, str | None]:
    """Ask which item: (False, None) if the officer cancels, else (True, its key or None)."""
    dialog = ItemChooser(plan, title, question, current=current, whole=whole, parent=parent)
    if not dialog.exec():
        return False, None
    choice = dialog.chosen()
    if choice is None:
        return False, None
    return True, choice.event.key if choice.event else None


def our_head(people: list[Person], ours: Side) -> int:
    """Where in the list our head of delegation is (else the first of our side)."""
    heads = [
        i
        for i, p in enumerate(people)
        if p.side is ours and p.delegation_role is DelegationRole.HEAD
    ]
    return heads[0] if heads else 0


def choose_person(parent: QWidget, plan: VisitPlan) -> tuple[bool, str | None]:
    """Whose itinerary: our side first, starting on our head of delegation."""
    people = our_side_first(plan)
    lines = [
        QCoreApplication.translate("Choosers", "{side} {number}: {name}").format(
            side=label(p.side), number=p.precedence, name=display_name(p)
        )
        for p in people
    ]
    # Side and place in precedence make each line unique.
    start = our_head(people, our_side(plan.visit))
    line, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Choosers", "Itinerary"),
        QCoreApplication.translate("Choosers", "Whose itinerary?"),
        lines,
        start,
        False,
    )
    return (True, people[lines.index(line)].key) if ok else (False, None)


def choose_day(parent: QWidget, plan: VisitPlan, current: date | None) -> tuple[bool, date | None]:
    """Which day of the programme (the visit's, and any day an item falls outside them),
    starting on the one selected in the programme."""
    days = [programme_day.day for programme_day in programme_days(plan)]
    lines = [long_day(d) for d in days]
    start = days.index(current) if current in days else 0
    text, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Choosers", "One day"),
        QCoreApplication.translate("Choosers", "Which day?"),
        lines,
        start,
        False,
    )
    return (True, days[lines.index(text)]) if ok else (False, None)
