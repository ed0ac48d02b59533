"""The checks of the open visit, run beside the window rather than in its way.

A save returns as soon as the visit is stored; its problems follow a moment later. The plan
is an immutable value, so a worker thread can check it while the officer goes on typing; of
several plans sent while one is being checked, only the newest is checked next and shown.
"""

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from planner.domain.checks import Finding, check_visit
from planner.domain.model import VisitPlan


class _Relay(QObject):
    """Lives in the window's thread: what the worker emits on it arrives there, queued."""

    checked = Signal(object, object)


class _Check(QRunnable):
    def __init__(self, plan: VisitPlan, relay: _Relay) -> None:
        super().__init__()
        self.plan, self.relay = plan, relay

    def run(self) -> None:
        self.relay.checked.emit(self.plan, check_visit(self.plan))


class ProblemChecker(QObject):
    """Checks plans one at a time on a thread of its own; `found` gives the newest's findings.

    Signals:
        found(VisitPlan, list[Finding]): the problems of the plan last sent to `check`.
    """

    found = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.checked.connect(self._checked)
        self._latest: VisitPlan | None = None
        self._running = False
        self._waiting: VisitPlan | None = None

    def check(self, plan: VisitPlan | None) -> None:
        """Check `plan` (None: no visit, no problems) as soon as the one under way is done."""
        self._latest = plan
        if plan is None:
            self._waiting = None
            self.found.emit(None, [])
        elif self._running:
            self._waiting = plan  # an older one waiting is not worth checking any more
        else:
            self._start(plan)

    @property
    def busy(self) -> bool:
        return self._running

    def wait(self) -> None:
        """Block until the worker is idle (for closing the window, and for tests)."""
        self._pool.waitForDone()

    def _start(self, plan: VisitPlan) -> None:
        self._running = True
        self._pool.start(_Check(plan, self._relay))

    def _checked(self, plan: VisitPlan, findings: list[Finding]) -> None:
        self._running = False
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._start(waiting)
        if plan is self._latest:
            self.found.emit(plan, findings)
