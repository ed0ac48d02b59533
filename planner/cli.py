"""The command line: `delegation-planner [--db PATH] COMMAND`."""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from planner import __version__, paths, translation
from planner.domain.errors import PlannerError
from planner.domain.findings import Severity
from planner.domain.labels import QT_TRANSLATE_NOOP
from planner.domain.messages import english
from planner.domain.model import Seating, VisitPlan
from planner.domain.names import display_name
from planner.domain.vocab import SeatingKind, Side
from planner.files import write_atomically
from planner.services import Planner, restore_backup

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2

Command = Callable[[Planner, argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delegation-planner",
        description="Plan official visits: delegations, programme, signing ceremonies.",
        epilog=f"Without a command the window opens. Default database: {paths.default_database()}"
        f" (set {paths.DB_ENV} or use --db to choose another).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH", help="the database file to use (created if missing)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the app (the default)")
    commands.add_parser("demo", help="add the demo visit (once)")
    commands.add_parser("list", help="one line per visit: key, dates, title")

    show = commands.add_parser("show", help="the programme as text, day by day")
    show.add_argument("key", metavar="KEY", help="the visit's key")
    _language_options(show)

    forms = commands.add_parser(
        "forms",
        help="everyone's forms of address, in order of precedence: key, list form, short "
        "form, salutation, envelope (its lines joined by ' / '), tab-separated",
    )
    forms.add_argument("key", metavar="KEY", help="the visit's key")
    forms.add_argument(
        "--lang", metavar="TAG", help="a language of the visit (default: its main language)"
    )

    check = commands.add_parser("check", help="list what is wrong with a visit (exit 1 on errors)")
    check.add_argument("key", metavar="KEY", help="the visit's key")
    check.add_argument(
        "--lang",
        metavar="TAG",
        default=translation.SOURCE,
        help="the language to say the problems in: "
        + ", ".join(translation.WINDOW_LANGUAGES)
        + " (default: en)",
    )

    seating = commands.add_parser(
        "seating",
        help="an item's seating plan, seat by seat: table, seat (at talks, then side), "
        "person key and name, tab-separated; --propose makes one by precedence and saves it",
    )
    seating.add_argument("key", metavar="KEY", help="the visit's key")
    seating.add_argument("--event", required=True, metavar="EVENT_KEY", help="the item")
    seating.add_argument(
        "--propose",
        action="store_true",
        help="replace the unlocked seats with a plan proposed by precedence, and save it",
    )
    seating.add_argument(
        "--plan",
        choices=[kind.value for kind in SeatingKind],
        help="with --propose: round tables, talks across a table, one long table, a U or "
        "theatre rows (default: the item's own plan, else what suits its kind)",
    )
    seating.add_argument(
        "--tables", type=_positive, metavar="N", help="with --propose: how many tables or rows"
    )
    seating.add_argument(
        "--seats",
        type=_positive,
        metavar="M",
        help="with --propose: seats at each table or row (at talks, on each side)",
    )
    seating.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="KEY_OR_ROLE",
        help="with --propose: seat someone not seated unless asked, by their key or by a "
        "role (staff, security, press; any participant or delegation role); repeatable",
    )

    copy = commands.add_parser("backup", help="a consistent copy of the database")
    copy.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="where to write it (default: a dated file in the backups folder)",
    )
    put_back = commands.add_parser(
        "restore", help="put a backup in the database's place (a copy of it is kept first)"
    )
    put_back.add_argument("file", metavar="FILE", help="the backup to restore")

    imports = commands.add_parser(
        "import",
        help="add a visit from a visit file, or people to a visit",
        usage="%(prog)s FILE | people KEY FILE [--side guest|host] [--encoding NAME]",
        description="`import FILE` adds a visit from a visit file (- reads stdin). "
        "`import people KEY FILE` adds or updates people of visit KEY from a .csv or .xlsx "
        "list; every row must be right, or nothing is imported.",
    )
    imports.add_argument("what", nargs="+", metavar="ARG", help=argparse.SUPPRESS)
    imports.add_argument(
        "--side",
        choices=["guest", "host"],
        default="guest",
        help="the side the listed people are on (default: guest)",
    )
    imports.add_argument("--encoding", help="the CSV file's encoding if not detected (big5)")

    export = commands.add_parser("export", help="write files made from a visit")
    exports = export.add_subparsers(dest="export", metavar="WHAT", required=True)
    visit = exports.add_parser("visit", help="the whole visit as a visit file")
    visit.add_argument("key", metavar="KEY", help="the visit's key")
    visit.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="where to write, or - for stdout"
    )
    calendar = exports.add_parser("ics", help="an .ics calendar of the visit or part of it")
    calendar.add_argument("key", metavar="KEY", help="the visit's key")
    calendar.add_argument("--person", metavar="PERSON_KEY", help="that person's own itinerary")
    calendar.add_argument(
        "--day", type=_iso_date, metavar="YYYY-MM-DD", help="one day, in the visit's home zone"
    )
    calendar.add_argument("--event", metavar="EVENT_KEY", help="one event")
    _language_options(calendar)
    calendar.add_argument("-o", "--output", required=True, metavar="FILE", help="the .ics file")
    people = exports.add_parser("attendees", help="attendee list: csv, xlsx or a printed pdf")
    people.add_argument("key", metavar="KEY", help="the visit's key")
    people.add_argument("--event", metavar="EVENT_KEY", help="that event's participants")
    people.add_argument("--format", required=True, choices=["csv", "xlsx", "pdf"])
    people.add_argument(
        "--guests-first", action="store_true", help="list the guest side before the host side"
    )
    people.add_argument(
        "--include-medical",
        action="store_true",
        help="add the confidential medical notes (csv and xlsx only)",
    )
    _paper_option(people)
    _language_options(people)
    people.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write")

    booklet = exports.add_parser("programme", help="the programme booklet as a pdf, or as text")
    booklet.add_argument("key", metavar="KEY", help="the visit's key")
    booklet.add_argument(
        "--format",
        choices=["pdf", "text"],
        default="pdf",
        help="the printed booklet (default), or the text `show` prints",
    )
    _paper_option(booklet)
    _language_options(booklet)
    booklet.add_argument("-o", "--output", required=True, metavar="FILE", help="the file")

    table_plan = exports.add_parser(
        "seating", help="an item's table plan as a pdf: the drawing, then an index of guests"
    )
    table_plan.add_argument("key", metavar="KEY", help="the visit's key")
    table_plan.add_argument("--event", required=True, metavar="EVENT_KEY", help="the item")
    table_plan.add_argument(
        "--paper",
        choices=["a4", "letter", "a3"],
        default="a4",
        help="paper size (default: a4; a3 for the entrance)",
    )
    _document_language(table_plan)
    table_plan.add_argument("-o", "--output", required=True, metavar="FILE", help="the .pdf")
    cards = exports.add_parser(
        "place-cards", help="tent cards for everyone seated at an item, two to an A4 sheet"
    )
    cards.add_argument("key", metavar="KEY", help="the visit's key")
    cards.add_argument("--event", required=True, metavar="EVENT_KEY", help="the item")
    _document_language(cards)
    cards.add_argument("-o", "--output", required=True, metavar="FILE", help="the .pdf")
    badges = exports.add_parser("badges", help="name badges for the visit or one item")
    badges.add_argument("key", metavar="KEY", help="the visit's key")
    badges.add_argument("--event", metavar="EVENT_KEY", help="only that item's people")
    badges.add_argument(
        "--per-page",
        type=int,
        choices=[1, 4, 8],
        default=8,
        help="badges to an A4 sheet, or 1 to a badge-sized page for a badge printer (default 8)",
    )
    _document_language(badges)
    badges.add_argument("-o", "--output", required=True, metavar="FILE", help="the .pdf")
    return parser


def _document_language(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        metavar="TAG",
        help="the document's language: a language of the visit (en, zh-Hant), or "
        "'bilingual' for its main language with the second under it "
        "(default: the visit's first language)",
    )


def _language_options(parser: argparse.ArgumentParser) -> None:
    _document_language(parser)
    parser.add_argument(
        "--era",
        choices=["gregorian", "roc"],
        default="gregorian",
        help="how Chinese dates count years: 2025年 (default) or 中華民國114年 (roc)",
    )


def _paper_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paper", choices=["a4", "letter"], default="a4", help="paper size (default: a4)"
    )


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, got {text!r}")
    return number


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2025-06-04, got {text!r}") from None


def cmd_demo(planner: Planner, _args: argparse.Namespace) -> int:
    key, added = planner.add_demo()
    print(f"{key}: demo visit added" if added else f"{key}: demo visit already present")
    return EXIT_OK


def cmd_list(planner: Planner, _args: argparse.Namespace) -> int:
    for visit in planner.visits():
        dates = f"{visit.start_date.isoformat()} – {visit.end_date.isoformat()}"
        print(f"{visit.key}\t{dates}\t{visit.title}")
    return EXIT_OK


def cmd_show(planner: Planner, args: argparse.Namespace) -> int:
    sys.stdout.write(planner.programme_text(args.key, language=args.lang, era=args.era))
    return EXIT_OK


def cmd_forms(planner: Planner, args: argparse.Namespace) -> int:
    for key, forms in planner.forms_of_address(args.key, args.lang):
        print("\t".join((key, *forms.row())))
    return EXIT_OK


# What `check` says, in the language asked for (`--lang`).
CHECK = "Check"
SEVERITY_WORDS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Check", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Check", "warning"),
}
PROBLEM_LINE = QT_TRANSLATE_NOOP("Check", "{severity}: {problem}")
CHECK_SUMMARY = QT_TRANSLATE_NOOP("Check", "{key}: {errors} error(s), {warnings} warning(s)")


def cmd_check(planner: Planner, args: argparse.Namespace) -> int:
    language = args.lang
    if language != translation.SOURCE and translation.catalogue(language) is None:
        spoken = ", ".join(translation.WINDOW_LANGUAGES)
        raise PlannerError(f"check --lang {language}: the planner speaks {spoken}")
    findings = planner.problems(args.key)

    def words(context: str, text: str) -> str:
        return translation.translate(language, context, text)

    source = language == translation.SOURCE
    say = english if source else words
    dates = None if source else translation.message_dates(language)
    for finding in findings:
        line = say(CHECK, PROBLEM_LINE).format(
            severity=say(CHECK, SEVERITY_WORDS[finding.severity]),
            problem=finding.text(say, dates),
        )
        print(line)
    errors = sum(finding.severity is Severity.ERROR for finding in findings)
    warnings = len(findings) - errors
    print(say(CHECK, CHECK_SUMMARY).format(key=args.key, errors=errors, warnings=warnings))
    return EXIT_BAD_INPUT if errors else EXIT_OK


def cmd_seating(planner: Planner, args: argparse.Namespace) -> int:
    asked = [f"--{name}" for name in ("plan", "tables", "seats", "include") if getattr(args, name)]
    if asked and not args.propose:
        print(f"delegation-planner: {', '.join(asked)} go with --propose", file=sys.stderr)
        return EXIT_USAGE
    if args.propose:
        kind = SeatingKind(args.plan) if args.plan else None
        plan, seating = planner.propose_seating(
            args.key,
            args.event,
            kind,
            tables=args.tables,
            seats=args.seats,
            include=args.include,
        )
    else:
        plan, found = planner.seating(args.key, args.event)
        if found is None:
            title = plan.event(args.event).title
            print(
                f"delegation-planner: “{title}” has no seating plan; --propose makes one",
                file=sys.stderr,
            )
            return EXIT_BAD_INPUT
        seating = found
    for line in seating_lines(plan, seating):
        print(line)
    return EXIT_OK


def seating_lines(plan: VisitPlan, seating: Seating) -> list[str]:
    """Table by table, seat by seat: `table<TAB>seat<TAB>person<TAB>name`; at talks the side
    after the seat number (`t1<TAB>1<TAB>guest<TAB>heine<TAB>H.E. Hilda Heine`)."""
    lines = []
    for seat in seating.seats:
        person = plan.people_by_key.get(seat.person)
        name = display_name(person) if person else ""
        side = (seat.side.value,) if seat.side else ()
        lines.append("\t".join((seat.table, str(seat.number), *side, seat.person, name)))
    return lines


def cmd_backup(planner: Planner, args: argparse.Namespace) -> int:
    if args.output and args.output.strip() in ("", "-"):
        raise PlannerError("backup -o: give a file name (a database cannot go to stdout)")
    print(planner.back_up(Path(args.output).expanduser() if args.output else None))
    return EXIT_OK


def restore_database(database: Path, source: Path) -> int:
    """Restore before anything opens the database, then open it once to migrate it."""
    safety = restore_backup(database, source)
    Planner.open(database, backups=False).close()
    print(f"{database}: restored from {source}; what it held before is in {safety}")
    return EXIT_OK


def cmd_import(planner: Planner, args: argparse.Namespace) -> int:
    if args.what[0] == "people" and len(args.what) == 3:
        return _import_people(planner, args.what[1], args.what[2], args)
    if len(args.what) != 1:
        print("usage: delegation-planner import FILE | people KEY FILE", file=sys.stderr)
        return EXIT_USAGE
    if args.what[0] == "-":
        data, source = sys.stdin.buffer.read(), "<stdin>"
    else:
        data, source = Path(args.what[0]).read_bytes(), args.what[0]
    plan = planner.import_visit_file(data, source)
    print(plan.visit.key)
    return EXIT_OK


def _import_people(planner: Planner, key: str, file: str, args: argparse.Namespace) -> int:
    from planner.services import Action  # the list readers load only to import a list

    preview = planner.preview_people(
        key, Path(file).read_bytes(), file, side=Side(args.side), encoding=args.encoding
    )
    planner.import_people(key, preview)
    new = sum(row.action is Action.NEW for row in preview.rows)
    read_as = f"read as {preview.encoding}"
    if preview.guessed:
        read_as += "; guessed, so check the names, or give --encoding"
    print(f"{key}: {new} added, {len(preview.rows) - new} updated ({read_as})")
    for row in preview.rows:
        for change in (*row.changes, *row.warnings):
            print(f"  row {row.row}: {change}")
    return EXIT_OK


def cmd_export(planner: Planner, args: argparse.Namespace) -> int:
    private = args.export == "visit"  # a visit file holds medical notes
    if private:
        data = planner.export_visit_file(args.key)
    elif args.export == "ics":
        data = planner.calendar(
            args.key,
            person=args.person,
            day=args.day,
            event=args.event,
            language=args.lang,
            era=args.era,
        )
    elif args.export == "attendees":
        data = planner.attendee_list(
            args.key,
            args.format,
            event=args.event,
            guests_first=args.guests_first,
            paper=args.paper,
            include_medical=args.include_medical,
            language=args.lang,
            era=args.era,
        )
    elif args.export == "seating":
        data = planner.seating_pdf(args.key, args.event, paper=args.paper, language=args.lang)
    elif args.export == "place-cards":
        data = planner.place_cards_pdf(args.key, args.event, language=args.lang)
    elif args.export == "badges":
        data = planner.badges_pdf(args.key, args.event, per_page=args.per_page, language=args.lang)
    elif args.format == "text":
        text = planner.programme_text(args.key, language=args.lang, era=args.era)
        data = text.encode("utf-8")
    else:
        data = planner.programme_pdf(args.key, paper=args.paper, language=args.lang, era=args.era)
    _write_output(args.output, data, private=private)
    return EXIT_OK


def _write_output(output: str, data: bytes, *, private: bool = False) -> None:
    if output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    elif not output.strip():
        raise PlannerError("-o: no file name given")
    else:
        write_atomically(Path(output), data, private=private)


COMMANDS: dict[str, Command] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "show": cmd_show,
    "forms": cmd_forms,
    "check": cmd_check,
    "seating": cmd_seating,
    "backup": cmd_backup,
    "import": cmd_import,
    "export": cmd_export,
}


def _fail(message: str) -> int:
    print(f"delegation-planner: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in (None, "gui"):
        from planner.app import run_gui  # Qt loads only for the window

        return run_gui(args.db)
    database_path: Path = args.db or paths.default_database()
    try:
        if args.command == "restore":
            return restore_database(database_path.expanduser().absolute(), Path(args.file))
        planner = Planner.open(database_path)
        try:
            return COMMANDS[args.command](planner, args)
        finally:
            planner.close()
    except PlannerError as error:
        return _fail(str(error))
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return _fail(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        if os.environ.get("PLANNER_DEBUG"):
            raise
        return _fail(
            f"unexpected error ({type(error).__name__}: {error}); "
            "run again with PLANNER_DEBUG=1 for the details"
        )
