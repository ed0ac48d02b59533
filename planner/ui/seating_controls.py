"""The row above the seating plan: which item, what kind of plan with how many tables and seats,
and the buttons that propose a plan or clear it."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from planner.domain import seating
from planner.domain.model import Event, VisitPlan
from planner.domain.vocab import EventKind, SeatingKind
from planner.ui import words
from planner.ui.choosers import item_choices
from planner.ui.forms import ChoiceBox

# Items where people stand or travel: not where the tab starts.
STANDING = (EventKind.ARRIVAL, EventKind.DEPARTURE, EventKind.FLIGHT, EventKind.TRANSFER)


def item_title(plan: VisitPlan, event: Event) -> str:
    """An item's title in the window's language where the visit has it."""
    language = words.visit_language(plan.visit.languages[1:])
    return (event.translation("title", language) if language else None) or event.title


def first_item(plan: VisitPlan | None) -> str | None:
    """The item to start on: the first with a plan, else the first banquet, else the first
    talks, else the first other item where people sit, else the first."""
    if plan is None:
        return None
    events = [choice.event for choice in item_choices(plan) if choice.event]
    for candidates in (
        [e for e in events if e.seating is not None],
        [e for e in events if e.kind is EventKind.BANQUET],
        [e for e in events if e.kind is EventKind.TALKS],
        [e for e in events if e.kind not in STANDING and seating.party(plan, e).everyone],
        events,
    ):
        if candidates:
            return candidates[0].key
    return None


class PlanControls(QWidget):
    """The item and the plan asked for. Tables and seats at 0 read "Auto": as many as it
    takes to seat everyone (the proposal's default).

    Signals:
        item_chosen(str): the officer chose another item (its key).
    """

    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_box = QComboBox()
        self.item_box.setObjectName("seatingItem")
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.item_box.setMinimumContentsLength(28)
        self.item_box.activated.connect(self._item_activated)
        self.kind_box: ChoiceBox[SeatingKind] = ChoiceBox(SeatingKind)
        self.kind_box.activated.connect(lambda _index: self._kind_chosen())
        self.tables_box = QSpinBox()
        self.tables_box.setRange(0, 60)
        self.seats_box = QSpinBox()
        self.seats_box.setRange(0, 200)
        for box in (self.tables_box, self.seats_box):
            box.setSpecialValueText(self.tr("Auto"))
            box.setToolTip(self.tr("Auto: as many as it takes to seat everyone"))
        self.seats_label = QLabel(self.tr("Seats per table:"))
        self.seats_label.setBuddy(self.seats_box)
        self.propose_button = QPushButton(self.tr("Propose"))
        self.propose_button.setToolTip(
            self.tr("Seat everyone by precedence; locked seats stay where they are")
        )
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Take the item's seating plan away"))
        self._lay_out()

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        fields: tuple[tuple[str, QWidget], ...] = (
            (self.tr("Item:"), self.item_box),
            (self.tr("Plan:"), self.kind_box),
            (self.tr("Tables:"), self.tables_box),
        )
        for text, field in fields:
            label = QLabel(text)
            label.setBuddy(field)
            row.addWidget(label)
            row.addWidget(field, 1 if field is self.item_box else 0)
        row.addWidget(self.seats_label)
        row.addWidget(self.seats_box)
        row.addWidget(self.propose_button)
        row.addWidget(self.clear_button)

    def show_items(self, plan: VisitPlan | None, current: str | None) -> str | None:
        """List the plan's items, `current` chosen if it is one of them, else the item to
        start on; returns the item chosen."""
        box = self.item_box
        box.clear()
        if plan is not None:
            for choice in item_choices(plan):
                event = choice.event
                assert event is not None and choice.day is not None
                mark = "▦ " if event.seating is not None else ""
                text = f"{mark}{words.short_day(choice.day)}  {item_title(plan, event)}"
                box.addItem(text, event.key)
        if current is None or box.findData(current) < 0:
            current = first_item(plan)
        box.setCurrentIndex(box.findData(current) if current else -1)
        return current

    def _item_activated(self, index: int) -> None:
        key = self.item_box.itemData(index)
        if key:
            self.item_chosen.emit(str(key))

    def show_plan_of(self, event: Event) -> None:
        """The item's plan; for an item without one, the kind such items usually have, and
        as many tables and seats as are needed."""
        shown = event.seating
        kind = shown.plan if shown else seating.default_kind(event)
        tables, seats = 0, 0
        if shown and shown.tables:
            tables, seats = len(shown.tables), max(t.seats for t in shown.tables)
        self.kind_box.set_value(kind)
        self.tables_box.setValue(tables)
        self.seats_box.setValue(seats)
        self._name_sizes()

    def asked(self) -> tuple[SeatingKind, int | None, int | None]:
        """The kind of plan asked for, and how many tables and seats (None: Auto)."""
        kind = self.kind_box.value()
        return kind, self.tables_box.value() or None, self.seats_box.value() or None

    def set_open(self, on: bool) -> None:
        """Usable while an item is shown."""
        for control in (self.kind_box, self.seats_box, self.propose_button, self.clear_button):
            control.setEnabled(on)
        self._name_sizes()

    def _kind_chosen(self) -> None:
        """Another kind of plan: its tables and seats as many as needed, unless changed."""
        self.tables_box.setValue(0)
        self.seats_box.setValue(0)
        self._name_sizes()

    def _name_sizes(self) -> None:
        kind = self.kind_box.value()
        one = kind in seating.ONE_TABLE
        if one:
            self.tables_box.setValue(0)
        self.tables_box.setEnabled(not one and self.propose_button.isEnabled())
        self.seats_label.setText(
            self.tr("Seats per side:")
            if kind is SeatingKind.FACING
            else self.tr("Seats per row:")
            if kind is SeatingKind.THEATRE
            else self.tr("Seats:")
            if one
            else self.tr("Seats per table:")
        )
