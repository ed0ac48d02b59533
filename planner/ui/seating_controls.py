"""The row above the seating plan: which item, what kind of plan with how many tables and seats,
and the buttons that propose a plan or clear it."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from planner.domain import seating
from planner.domain.model import Event, Seating, Table, VisitPlan
from planner.domain.validation import MAX_SEATS
from planner.domain.vocab import EventKind, SeatingKind
from planner.ui import words
from planner.ui.choosers import item_choices
from planner.ui.forms import ChoiceBox
from planner.ui.words import translate

# Items where people stand or travel: not where the tab starts.
STANDING = (EventKind.ARRIVAL, EventKind.DEPARTURE, EventKind.FLIGHT, EventKind.TRANSFER)
# The most tables (or rows) the officer can ask for; a table's seats go as far as a plan
# may have (planner.domain.validation).
MOST_TABLES = 60


def item_title(plan: VisitPlan, event: Event) -> str:
    """An item's title in the window's language where the visit has it."""
    return words.visit_text(plan.visit.languages, event, "title", event.title)


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


class CountBox(QSpinBox):
    """How many tables or seats, or Auto (0): what the proposal makes of its own. Auto may
    name the plan's own count (`Auto (2)`); a step up from it starts there."""

    def __init__(self, most: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, most)
        self.own: tuple[int, int] | None = None  # the plan's own count, least and most

    def show_own(self, own: tuple[int, int] | None) -> None:
        self.own = own
        if own is None:
            self.setSpecialValueText(translate("PlanControls", "Auto"))
            return
        least, most = own
        count = str(most) if least == most else f"{least}–{most}"
        auto = translate(
            "PlanControls", "Auto ({count})", "the plan's own count of tables or seats"
        )
        self.setSpecialValueText(auto.format(count=count))

    def stepBy(self, steps: int) -> None:  # noqa: N802
        if self.value() == 0 and steps > 0 and self.own is not None:
            self.setValue(min(self.own[1], self.maximum()))
            return
        super().stepBy(steps)


class PlanControls(QWidget):
    """The item and the plan asked for. Tables and seats at 0 read "Auto": as many as it
    takes to seat everyone, or, where the item has a plan of the kind asked for, its own
    tables kept, with more added where everyone would not fit (the proposal's default).
    Only a number the officer sets makes the tables anew.

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
        self.tables_box = CountBox(MOST_TABLES)
        self.seats_box = CountBox(MAX_SEATS)
        self.seating: Seating | None = None  # the plan shown
        self._shown: tuple[str, SeatingKind | None, tuple[Table, ...]] | None = None
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
        """The item's plan kind (for an item without a plan, the kind such items usually
        have), and Auto tables and seats. The officer's choices stay while the same item
        shows the same tables (an edit of who sits where)."""
        shown = event.seating
        self.seating = shown
        now = (event.key, shown.plan if shown else None, shown.tables if shown else ())
        if now != self._shown:
            self._shown = now
            self.kind_box.set_value(shown.plan if shown else seating.default_kind(event))
            self.tables_box.setValue(0)
            self.seats_box.setValue(0)
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
        self._show_auto(kind)
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

    def _show_auto(self, kind: SeatingKind) -> None:
        """What Auto means for `kind`: the plan's own tables where it is of that kind."""
        shown = self.seating
        if shown is not None and shown.plan is kind and shown.tables:
            sizes = [table.seats for table in shown.tables]
            self.tables_box.show_own((len(sizes), len(sizes)))
            self.seats_box.show_own((min(sizes), max(sizes)))
            tip = self.tr(
                "Auto: Propose keeps the plan's tables, with their names and seats, and adds "
                "tables (or seats at a single table) if everyone does not fit. A number here "
                "makes new tables."
            )
        else:
            self.tables_box.show_own(None)
            self.seats_box.show_own(None)
            tip = self.tr("Auto: as many as it takes to seat everyone")
        for box in (self.tables_box, self.seats_box):
            box.setToolTip(tip)
