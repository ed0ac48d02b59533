"""The visit being edited, with undo: every edit is a new plan, saved at once.

Signals:
    plan_changed(object): the current VisitPlan after any edit, undo or redo.
"""

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.domain.model import VisitPlan
from planner.services import Planner


class PlanChange(QUndoCommand):
    """One edit: the plan before and after. Redo saves `after`, undo saves `before`."""

    def __init__(self, editor: "VisitEditor", text: str, before: VisitPlan, after: VisitPlan):
        super().__init__(text)
        self.editor, self.before, self.after = editor, before, after

    def redo(self) -> None:
        self.editor.save(self.after)

    def undo(self) -> None:
        self.editor.save(self.before)


class VisitEditor(QObject):
    """Holds the open visit and its undo stack; the only way the window changes a visit."""

    plan_changed = Signal(object)

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.undo_stack = QUndoStack(self)
        self.plan: VisitPlan | None = None

    def open(self, key: str | None) -> None:
        """Show another visit (or none); undo history belongs to the visit it was made in."""
        self.undo_stack.clear()
        self.plan = self.planner.plan(key) if key else None
        self.plan_changed.emit(self.plan)

    def apply(self, text: str, after: VisitPlan) -> None:
        """Record and save an edit. Nothing happens if it changes nothing."""
        if self.plan is None or after == self.plan:
            return
        self.undo_stack.push(PlanChange(self, text, self.plan, after))

    def save(self, plan: VisitPlan) -> None:
        self.planner.save_plan(plan)
        self.plan = self.planner.plan(plan.visit.key)  # with revisions as stored
        self.plan_changed.emit(self.plan)
