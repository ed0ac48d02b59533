"""What a user can do with visits, one transaction per action; the CLI and the window call it."""

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy.exc import OperationalError

from planner import paths
from planner.domain.checks import Finding, check_visit
from planner.domain.edits import unique_key
from planner.domain.errors import InvalidVisitFile, PlannerError, SaveFailed
from planner.domain.model import Event, Visit, VisitPlan
from planner.domain.vocab import Side
from planner.export import attendees, ics
from planner.export.text import programme_text
from planner.peoplefile.importer import PeopleImport, PersonField, plan_import
from planner.peoplefile.table import read_table
from planner.store import visits as store
from planner.store.database import Database
from planner.visitfile import read_visit_file, visit_file_bytes

Clock = Callable[[], datetime]


def _database_trouble(error: OperationalError) -> str:
    reason = str(error.orig)
    if "locked" in reason or "busy" in reason:
        return (
            "The database is busy: another program has been writing to it for too long. "
            "Nothing was changed; try again in a moment."
        )
    return f"The database could not be written ({reason}); nothing was changed."


def utc_now() -> datetime:
    return datetime.now(UTC)


class Planner:
    """The operations on one open database."""

    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self.database = database
        self.clock = clock

    def visits(self) -> list[Visit]:
        with self.database.transaction() as session:
            return store.list_visits(session)

    def plan(self, key: str) -> VisitPlan:
        with self.database.transaction() as session:
            return store.load_plan(session, key)

    def add_plan(self, plan: VisitPlan) -> None:
        with self.database.transaction() as session:
            store.add_plan(session, plan, now=self.clock())

    def delete_visit(self, key: str) -> None:
        with self.database.transaction() as session:
            store.delete_visit(session, key)

    def duplicate_visit(self, key: str) -> VisitPlan:
        """A copy of a visit under a new key, to plan a similar one; its events start afresh."""
        plan = self.plan(key)
        taken = {visit.key for visit in self.visits()}
        copy_key = unique_key(taken, f"{key}-copy")
        visit = replace(plan.visit, key=copy_key, title=f"{plan.visit.title} (copy)")
        events = tuple(replace(e, revision=0, revised_at=None) for e in plan.events)
        copy = replace(plan, visit=visit, events=events)
        self.add_plan(copy)
        return copy

    def save_plan(self, plan: VisitPlan, *, expected: VisitPlan | None = None) -> None:
        """Store an edited visit: what changed is saved, in one transaction.

        With `expected` (the plan the edit started from), a visit that someone else saved
        in the meantime is refused with ConcurrentChange rather than overwritten.
        """
        self.check_exportable(plan)
        version = expected.visit.version if expected is not None else None
        try:
            with self.database.transaction() as session:
                store.save_plan(session, plan, now=self.clock(), expected_version=version)
        except OperationalError as error:
            raise SaveFailed(_database_trouble(error)) from error

    @staticmethod
    def check_exportable(plan: VisitPlan) -> None:
        """Refuse a visit that its own visit file could not carry: what is stored always
        exports and imports again (the file's rules are the one statement of them)."""
        try:
            read_visit_file(visit_file_bytes(plan), "the edited visit")
        except InvalidVisitFile as error:
            details = "; ".join(str(problem) for problem in error.problems[:3])
            message = f"This change would leave the visit inconsistent: {details}"
            raise SaveFailed(message) from error

    def update_event(self, visit_key: str, event: Event) -> bool:
        """Save an edited event; says whether anything changed (and so its revision rose)."""
        with self.database.transaction() as session:
            return store.update_event(session, visit_key, event, now=self.clock())

    def import_visit_file(self, data: bytes, source: str = "visit file") -> VisitPlan:
        """Check the whole file, then add it in one transaction: all of it or nothing."""
        plan = read_visit_file(data, source)
        self.add_plan(plan)
        return plan

    def preview_people(
        self,
        key: str,
        data: bytes,
        filename: str,
        *,
        side: Side = Side.GUEST,
        encoding: str | None = None,
        mapping: tuple[PersonField, ...] | None = None,
    ) -> PeopleImport:
        """What importing a list of people would do, row by row; changes nothing."""
        table = read_table(data, filename, encoding)
        return plan_import(self.plan(key), table, filename, side, mapping)

    def import_people(self, key: str, preview: PeopleImport) -> VisitPlan:
        """Apply a checked preview in one transaction: every row, or none if any is wrong."""
        plan = preview.apply(self.plan(key))
        self.save_plan(plan)
        return plan

    def export_visit_file(self, key: str) -> bytes:
        return visit_file_bytes(self.plan(key))

    def add_demo(self) -> tuple[str, bool]:
        """Add the demo visit unless it is there already; says its key and whether it was added."""
        plan = read_visit_file(paths.demo_visit_file().read_bytes(), "demo visit")
        with self.database.transaction() as session:
            if store.visit_exists(session, plan.visit.key):
                return plan.visit.key, False
            store.add_plan(session, plan, now=self.clock())
        return plan.visit.key, True

    def calendar(
        self,
        key: str,
        *,
        person: str | None = None,
        day: date | None = None,
        event: str | None = None,
    ) -> bytes:
        """An .ics of the whole visit, or one person's, one day's or one event's part of it."""
        plan = self.plan(key)
        selection = ics.select_events(plan, person=person, day=day, event=event)
        return ics.calendar_bytes(plan, selection, stamp=self.clock())

    def attendee_list(
        self,
        key: str,
        file_format: str,
        *,
        event: str | None = None,
        guests_first: bool = False,
        paper: str = "a4",
        include_medical: bool = False,
    ) -> bytes:
        """The delegation, or one event's participants, as csv, xlsx or a printed pdf sheet."""
        plan = self.plan(key)
        if file_format == "pdf":
            from planner.export import pdf  # Qt loads only for printing

            job = pdf.attendee_sheet(plan, event, guests_first=guests_first)
            return pdf.pdf_bytes(job, pdf.PaperSize(paper))
        table = attendees.attendee_table(
            plan, event, guests_first=guests_first, include_medical=include_medical
        )
        if file_format == "csv":
            return attendees.csv_bytes(table)
        if file_format == "xlsx":
            return attendees.xlsx_bytes(table, stamp=self.clock())
        raise PlannerError(f"unknown attendee list format {file_format!r}: csv, xlsx or pdf")

    def programme_pdf(self, key: str, *, paper: str = "a4") -> bytes:
        from planner.export import pdf

        return pdf.pdf_bytes(pdf.programme_booklet(self.plan(key)), pdf.PaperSize(paper))

    def problems(self, key: str) -> list[Finding]:
        return check_visit(self.plan(key))

    def programme_text(self, key: str) -> str:
        return programme_text(self.plan(key))
