"""What a user can do with visits, one transaction per action; the CLI and the window call it.

The window and the command line reach the database, the visit files and the lists from
outside only through this module (import-linter holds it). What only some actions need —
calendars, spreadsheets, printed pages, Alembic's migration machinery — is imported by the
action that needs it, so the window paints without loading it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner import paths
from planner.domain.edits import set_seating, unique_key
from planner.domain.errors import PlannerError, SaveFailed, UnknownEvent
from planner.domain.findings import Finding
from planner.domain.model import Event, Seating, Visit, VisitPlan
from planner.domain.vocab import SeatingKind, Side
from planner.lazy import lazy_module
from planner.store import backup, catalog
from planner.store.database import Database, known_revisions, open_database
from planner.store.refusals import DatabaseRefused, transaction

if TYPE_CHECKING:
    from planner.domain.address import Forms
    from planner.domain.seating import Include
    from planner.export import language as documents
    from planner.export import text as text_export
    from planner.export.language import DocumentLanguage
    from planner.peoplefile.importer import Action, PeopleImport, PersonField, guess_mapping
    from planner.peoplefile.table import Table
    from planner.store import visits as store
else:  # its SQLAlchemy code loads when first used, not with this module
    store = lazy_module("planner.store.visits")
    # Documents' words load with the first document, not before the window's first paint.
    documents = lazy_module("planner.export.language")
    text_export = lazy_module("planner.export.text")

__all__ = [
    "Action",
    "PeopleImport",
    "PersonField",
    "Planner",
    "Table",
    "guess_mapping",
    "ready_visits",
    "restore_backup",
]
# What the window's people import dialog works with, named here so that it needs no other
# way in, and loaded when it is first asked for: the window paints without the list readers.
_PEOPLE_LISTS = ("Action", "PeopleImport", "PersonField", "Table", "guess_mapping")

Clock = Callable[[], datetime]


def __getattr__(name: str) -> object:
    if name in _PEOPLE_LISTS:
        from planner.peoplefile import importer, table

        return getattr(table if name == "Table" else importer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def ready_visits(path: Path) -> list[Visit] | None:
    """The visits of a database file that opens as it is, read without loading SQLAlchemy,
    for the window to list before it opens the file; None when opening it takes more
    (creating, migrating or refusing it): then `Planner.open` does that, or says why not."""
    return catalog.ready_visits(path)


def _database_trouble(error: DatabaseRefused) -> str:
    if error.busy:
        return (
            "The database is busy: another program has been writing to it for too long. "
            "Nothing was changed; try again in a moment."
        )
    return f"The database could not be written ({error.reason}); nothing was changed."


def utc_now() -> datetime:
    return datetime.now(UTC)


class Planner:
    """The operations on one open database."""

    def __init__(self, database: Database, clock: Clock = utc_now) -> None:
        self._database: Database | None = database
        self._path = database.path
        self.clock = clock

    @classmethod
    def open(cls, path: Path, *, backups: bool = True) -> Planner:
        """Open (creating or migrating) the database file; see `open_database`."""
        return cls(open_database(path, backups=backups))

    @classmethod
    def ready(cls, path: Path, clock: Clock = utc_now) -> Planner:
        """A planner on a file `ready_visits` found ready to use as it is, before it is
        opened: until then it reads visits with sqlite3 alone, so the window shows a summit's
        programme without waiting for SQLAlchemy. The database opens when something needs
        more than a read, or when `open_now` is called; if the file has changed meanwhile,
        that open refuses it as `Planner.open` would (PlannerError)."""
        planner = cls.__new__(cls)
        planner._database, planner._path, planner.clock = None, path.expanduser().absolute(), clock
        return planner

    @property
    def database(self) -> Database:
        """The open database (opened now, for a planner made `ready`)."""
        if self._database is None:
            self._database = open_database(self._path)
        return self._database

    @property
    def path(self) -> Path:
        return self._path

    @property
    def is_open(self) -> bool:
        return self._database is not None

    def open_now(self) -> None:
        """Open the database of a planner made `ready`, if it is not open yet."""
        _ = self.database

    @staticmethod
    def load_database_code() -> None:
        """Import what opening a database and saving need (SQLAlchemy, the schema): safe
        from another thread, so that `open_now` then takes a moment, not a stall."""
        # Plain imports only: the lazily loaded `store` module is loaded on the main thread.
        switching = sys.getswitchinterval()
        sys.setswitchinterval(min(switching, 0.0005))
        try:
            import planner.store.schema  # noqa: F401
        finally:
            sys.setswitchinterval(switching)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()

    def visits(self) -> list[Visit]:
        if self._database is None and (ready := catalog.ready_visits(self._path)) is not None:
            return ready
        with transaction(self.database) as session:
            return store.list_visits(session)

    def plan(self, key: str) -> VisitPlan:
        if self._database is None and (ready := catalog.ready_plan(self._path, key)) is not None:
            return ready
        with transaction(self.database) as session:
            return store.load_plan(session, key)

    def add_plan(self, plan: VisitPlan) -> None:
        with transaction(self.database) as session:
            store.add_plan(session, plan, now=self.clock())

    def delete_visit(self, key: str) -> None:
        with transaction(self.database) as session:
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

    def save_plan(self, plan: VisitPlan, *, expected: VisitPlan | None = None) -> VisitPlan:
        """Store an edited visit: what changed is saved, in one transaction. Returns the
        visit as stored now, with its new version and revisions.

        A plan that breaks a rule of `planner.domain.validation` is refused with InvalidPlan,
        naming each flaw. With `expected` (the plan the edit started from, as this planner
        gave it), a visit that someone else saved in the meantime is refused with
        ConcurrentChange rather than overwritten; only what differs from `expected` is
        checked and written.
        """
        from planner.domain.validation import InvalidPlan, flaws  # loaded by the first save

        found = flaws(plan, since=expected)
        if found:
            raise InvalidPlan(found)
        try:
            with transaction(self.database) as session:
                return store.save_plan(session, plan, now=self.clock(), expected=expected)
        except DatabaseRefused as error:
            raise SaveFailed(_database_trouble(error)) from error

    def import_visit_file(self, data: bytes, source: str = "visit file") -> VisitPlan:
        """Check the whole file, then add it in one transaction: all of it or nothing."""
        from planner.visitfile import read_visit_file

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
        table = self.read_people_list(data, filename, encoding)
        return self.preview_people_list(self.plan(key), table, filename, side, mapping)

    @staticmethod
    def read_people_list(data: bytes, filename: str, encoding: str | None = None) -> Table:
        """A delegation list (.csv or .xlsx) as a table of cells; the encoding detected if None."""
        from planner.peoplefile.table import read_table

        return read_table(data, filename, encoding)

    @staticmethod
    def preview_people_list(
        plan: VisitPlan,
        table: Table,
        filename: str,
        side: Side = Side.GUEST,
        mapping: tuple[PersonField, ...] | None = None,
    ) -> PeopleImport:
        """What importing an already read list into `plan` would do, row by row."""
        from planner.peoplefile.importer import plan_import

        return plan_import(plan, table, filename, side, mapping)

    def import_people(self, key: str, preview: PeopleImport) -> VisitPlan:
        """Apply a checked preview in one transaction: every row, or none if any is wrong."""
        before = self.plan(key)
        return self.save_plan(preview.apply(before), expected=before)

    def export_visit_file(self, key: str) -> bytes:
        from planner.visitfile import visit_file_bytes

        return visit_file_bytes(self.plan(key))

    def add_demo(self) -> tuple[str, bool]:
        """Add the demo visit unless it is there already; says its key and whether it was added."""
        from planner.visitfile import read_visit_file

        plan = read_visit_file(paths.demo_visit_file().read_bytes(), "demo visit")
        with transaction(self.database) as session:
            if store.visit_exists(session, plan.visit.key):
                return plan.visit.key, False
            store.add_plan(session, plan, now=self.clock())
        return plan.visit.key, True

    # Documents. Each is made in a language of the visit: `language` one of its tags, or
    # "bilingual" (the main language, the second under it), None for the main one; `era`
    # "roc" counts the years of Chinese dates from 1912 (中華民國114年). A language the
    # visit does not have is refused with PlannerError naming those it has.

    @staticmethod
    def document_language(
        visit: Visit, language: str | None = None, era: str | None = None
    ) -> DocumentLanguage:
        """The language(s) of a document of `visit`, for the window's print preview:
        pass it to `planner.export.pdf.programme_booklet` or `attendee_sheet`."""
        return documents.document_language(visit, language, era)

    @staticmethod
    def document_languages(visit: Visit) -> list[tuple[str, str]]:
        """What a document of `visit` can be made in, as (value for `language`, label):
        each of its languages by its own name, then both where it has two or more."""
        from planner.domain.places import language_name

        choices = [(tag, language_name(tag)) for tag in visit.languages]
        if len(visit.languages) > 1:
            both = " + ".join(label for _, label in choices[:2])
            choices.append((documents.BILINGUAL, both))
        return choices

    def calendar(
        self,
        key: str,
        *,
        person: str | None = None,
        day: date | None = None,
        event: str | None = None,
        language: str | None = None,
        era: str | None = None,
    ) -> bytes:
        """An .ics of the whole visit, or one person's, one day's or one event's part of it."""
        from planner.export import ics  # icalendar loads only for calendars

        plan = self.plan(key)
        words = documents.document_language(plan.visit, language, era)
        selection = ics.select_events(plan, person=person, day=day, event=event, language=words)
        return ics.calendar_bytes(plan, selection, stamp=self.clock(), language=words)

    def attendee_list(
        self,
        key: str,
        file_format: str,
        *,
        event: str | None = None,
        guests_first: bool = False,
        paper: str = "a4",
        include_medical: bool = False,
        language: str | None = None,
        era: str | None = None,
    ) -> bytes:
        """The delegation, or one event's participants, as csv, xlsx or a printed pdf sheet."""
        from planner.export import attendees  # openpyxl loads only for spreadsheets

        plan = self.plan(key)
        words = documents.document_language(plan.visit, language, era)
        if file_format == "pdf":
            from planner.export import pdf  # Qt loads only for printing

            job = pdf.attendee_sheet(plan, event, guests_first=guests_first, language=words)
            return pdf.pdf_bytes(job, pdf.PaperSize(paper))
        table = attendees.attendee_table(
            plan,
            event,
            guests_first=guests_first,
            include_medical=include_medical,
            language=words,
        )
        if file_format == "csv":
            return attendees.csv_bytes(table)
        if file_format == "xlsx":
            return attendees.xlsx_bytes(table, stamp=self.clock())
        raise PlannerError(f"unknown attendee list format {file_format!r}: csv, xlsx or pdf")

    def programme_pdf(
        self, key: str, *, paper: str = "a4", language: str | None = None, era: str | None = None
    ) -> bytes:
        from planner.export import pdf

        plan = self.plan(key)
        job = pdf.programme_booklet(plan, documents.document_language(plan.visit, language, era))
        return pdf.pdf_bytes(job, pdf.PaperSize(paper))

    def seating_pdf(
        self, key: str, event: str, *, paper: str = "a4", language: str | None = None
    ) -> bytes:
        """An item's table plan for the entrance: the drawing, then an index of the guests."""
        from planner.export import pdf, seating_pdf  # Qt loads only for printing

        plan = self.plan(key)
        words = documents.document_language(plan.visit, language)
        return pdf.pdf_bytes(seating_pdf.table_plan(plan, event, pdf.PaperSize(paper), words))

    def place_cards_pdf(self, key: str, event: str, *, language: str | None = None) -> bytes:
        """Tent cards for everyone seated at an item, two to an A4 sheet."""
        from planner.export import pdf, seating_pdf

        plan = self.plan(key)
        words = documents.document_language(plan.visit, language)
        return pdf.pdf_bytes(seating_pdf.place_cards(plan, event, words))

    def badges_pdf(
        self,
        key: str,
        event: str | None = None,
        *,
        per_page: int = 8,
        language: str | None = None,
    ) -> bytes:
        """Name badges for the whole visit, or one item's people: `per_page` 8 or 4 to an
        A4 sheet, or 1 to a badge-sized page."""
        from planner.export import pdf, seating_pdf

        plan = self.plan(key)
        words = documents.document_language(plan.visit, language)
        return pdf.pdf_bytes(seating_pdf.badges(plan, event, per_page, words))

    # Seating plans

    def seating(self, key: str, event: str) -> tuple[VisitPlan, Seating | None]:
        """The visit and an item's seating plan, if it has one."""
        plan = self.plan(key)
        return plan, _event(plan, event).seating

    def propose_seating(
        self,
        key: str,
        event: str,
        kind: SeatingKind | None = None,
        *,
        tables: int | None = None,
        seats: int | None = None,
        include: Include = (),
    ) -> tuple[VisitPlan, Seating]:
        """Replace the unlocked part of an item's seating plan with a proposal by precedence
        (planner.domain.seating.propose) and save it; the visit as saved and the plan.
        `kind` defaults to the plan's own, else the usual one for the item's kind. `include`
        asks for people not seated unless asked, each a role or a text: a person's key or a
        role's value (seating.asked_for refuses any other). People who do not fit are
        refused (seating.DoNotFit) and nothing is saved."""
        from planner.domain import seating

        before = self.plan(key)
        item = _event(before, event)
        if kind is None:
            kind = item.seating.plan if item.seating else seating.default_kind(item)
        asked = seating.asked_for(before, item, include)
        proposal = seating.propose(before, event, kind, tables=tables, seats=seats, include=asked)
        saved = self.save_plan(set_seating(before, event, proposal), expected=before)
        return saved, saved.event(event).seating or proposal

    def problems(self, key: str) -> list[Finding]:
        from planner.domain.checks import check_visit

        return check_visit(self.plan(key))

    def forms_of_address(self, key: str, language: str | None = None) -> list[tuple[str, Forms]]:
        """Everyone in the visit in order of precedence, each with the forms of address an
        office writes to them in `language` (a language of the visit; its main one if None)."""
        from planner.domain.address import forms_table

        plan = self.plan(key)
        if language is not None and language.strip().lower() == documents.BILINGUAL:
            raise PlannerError("forms of address are given one language at a time: choose one")
        chosen = documents.document_language(plan.visit, language).main.language
        return forms_table(plan, chosen)

    def programme_text(
        self, key: str, *, language: str | None = None, era: str | None = None
    ) -> str:
        plan = self.plan(key)
        return text_export.programme_text(
            plan, documents.document_language(plan.visit, language, era)
        )

    # The database file as a whole

    def backup_folder(self) -> Path:
        """Where the automatic backups of this database are kept, beside it."""
        return backup.backup_folder(self._path)

    def back_up(self, target: Path | None = None) -> Path:
        """A consistent copy of the database: at `target`, or dated in the backups folder."""
        if target is None:
            return backup.make_backup(self.database.path, "manual")
        backup.copy_database(self.database.path, target)
        return target


def _event(plan: VisitPlan, key: str) -> Event:
    event = plan.events_by_key.get(key)
    if event is None:
        raise UnknownEvent(plan.visit.key, key)
    return event


def restore_backup(database: Path, source: Path) -> Path:
    """Put a backup in the place of a database no one has open, keeping a copy of what it
    replaces (returned); the restored file is migrated when it is next opened."""
    return backup.restore(database, source, known_revisions=known_revisions())
