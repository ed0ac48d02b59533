"""The visit being edited, with undo: every edit is a new plan, saved at once.

Signals:
    plan_changed(object): the current VisitPlan after any edit, undo or redo.
    failed(str): an undo or redo could not be saved; the message says why.
    about_to_switch(): another visit (or none) is about to be shown; pending input must go now.
"""

import weakref

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack

from planner.domain.errors import SaveFailed
from planner.domain.model import VisitPlan
from planner.domain.validation import InvalidPlan
from planner.services import Planner
from planner.ui.words import error_text


class PlanChange(QUndoCommand):
    """One edit: the plan before and after. Redo saves `after`, undo saves `before`.

    The edit is saved before the command is recorded, so its first redo has nothing to do.
    """

    def __init__(self, editor: "VisitEditor", text: str, before: VisitPlan, after: VisitPlan):
        super().__init__(text)
        # The editor owns the stack that owns this command: a strong reference back would
        # make a cycle that the garbage collector tears down in an order Qt cannot survive.
        self.editor = weakref.ref(editor)
        self.before, self.after = before, after
        self.saved = True

    def redo(self) -> None:
        if self.saved:
            self.saved = False
            return
        self._save(self.after)

    def undo(self) -> None:
        self._save(self.before)

    def _save(self, plan: VisitPlan) -> None:
        editor = self.editor()
        if editor is not None:
            editor.save_from_history(plan)


class VisitEditor(QObject):
    """Holds the open visit and its undo stack; the only way the window changes a visit."""

    plan_changed = Signal(object)
    about_to_switch = Signal()
    failed = Signal(str)

    def __init__(self, planner: Planner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.planner = planner
        self.undo_stack = QUndoStack(self)
        self.plan: VisitPlan | None = None
        # Clearing the history from inside its own undo() is unsafe: do it right after.
        self._forget_history = QTimer(self)
        self._forget_history.setSingleShot(True)
        self._forget_history.setInterval(0)
        self._forget_history.timeout.connect(self.undo_stack.clear)

    def open(self, key: str | None) -> None:
        """Show another visit (or none); undo history belongs to the visit it was made in."""
        self.about_to_switch.emit()
        self.undo_stack.clear()
        self.plan = self.planner.plan(key) if key else None
        self.plan_changed.emit(self.plan)

    def apply(self, text: str, after: VisitPlan) -> None:
        """Save an edit, then record it for undo. A failed save raises and records nothing."""
        if self.plan is None or after == self.plan:
            return
        before = self.plan
        self.save(after)
        self.undo_stack.push(PlanChange(self, text, before, after))

    def save(self, plan: VisitPlan) -> None:
        """Store the plan and show it as stored; on failure show what the database holds."""
        # A write may have to wait for another program on the same file: show that we wait.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = self.planner.save_plan(plan, expected=self.plan)
        except InvalidPlan:
            raise  # nothing was written: the visit shown is still the one stored
        except SaveFailed:
            self.reload()
            raise
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.plan = saved  # as stored, with its new version and revisions
        self.plan_changed.emit(self.plan)

    def save_from_history(self, plan: VisitPlan) -> None:
        """Undo or redo: a save that fails is reported, and the history dropped once it is
        safe to (not from inside the stack's own undo)."""
        try:
            self.save(plan)
        except SaveFailed as error:
            self.failed.emit(error_text(error))
            self._forget_history.start()

    def reload(self) -> None:
        """Show what the database holds now; the undo history no longer applies to it."""
        key = self.plan.visit.key if self.plan else None
        self._forget_history.start()
        self.plan = self.planner.plan(key) if key else None
        self.plan_changed.emit(self.plan)
