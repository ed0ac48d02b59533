"""Attendee lists as tables, and as CSV and XLSX files that open safely in a spreadsheet."""

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from planner.domain.errors import UnknownEvent
from planner.domain.labels import DELEGATION_ROLE, PARTICIPANT_ROLE, SIDE
from planner.domain.model import Event, Person, VisitPlan
from planner.domain.names import full_name
from planner.domain.vocab import Side
from planner.export.language import IN_ENGLISH, DocumentLanguage, Words
from planner.export.summary import participants_by_side

VISIT_COLUMNS = (
    "Precedence",
    "Side",
    "Honorific",
    "Name",
    "Native name",
    "Title",
    "Organization",
    "Role",
    "Dietary",
)
EVENT_COLUMNS = VISIT_COLUMNS[:-1]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class AttendeeTable:
    """A list of people as rows of text, with what it is a list of."""

    title: str
    subtitle: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    sheet: str = "Attendees"  # the name of the workbook's sheet


def side_order(guests_first: bool) -> tuple[Side, Side]:
    return (Side.GUEST, Side.HOST) if guests_first else (Side.HOST, Side.GUEST)


def _columns(language: DocumentLanguage, *, dietary: bool, medical: bool) -> tuple[str, ...]:
    """The headings, in the main language; a bilingual list has a column in the second
    language beside each of name, title and organization. A list in another language than
    English names people as that language writes them, so its second name column holds the
    name in Latin letters (`英文姓名`) where the English one holds the own-script name."""
    words, second = language.main, language.second
    columns = [
        words.translate("Attendees", "Precedence"),
        words.translate("Attendees", "Side"),
        words.translate("Attendees", "Honorific"),
        words.translate("Attendees", "Name"),
    ]
    if second is not None:
        columns.append(second.translate("Attendees", "Name"))
    if words.is_source:
        columns.append(words.translate("Attendees", "Native name"))
    else:
        columns.append(words.translate("Attendees", "Name in Latin letters"))
    columns.append(words.translate("Attendees", "Title"))
    if second is not None:
        columns.append(second.translate("Attendees", "Title"))
    columns.append(words.translate("Attendees", "Organization"))
    if second is not None:
        columns.append(second.translate("Attendees", "Organization"))
    columns.append(words.translate("Attendees", "Role"))
    if dietary:
        columns.append(words.translate("Attendees", "Dietary"))
    if medical:
        columns.append(words.translate("Attendees", "Medical (confidential)"))
    return tuple(columns)


def attendee_table(
    plan: VisitPlan,
    event_key: str | None = None,
    *,
    guests_first: bool = False,
    include_medical: bool = False,
    language: DocumentLanguage = IN_ENGLISH,
) -> AttendeeTable:
    """The whole delegation, or one event's participants; each side in order of precedence.

    Medical notes are confidential: they appear only when the officer asks for them.
    """
    words = language.main
    title = words.title(plan.visit)

    def extra(person: Person) -> tuple[str, ...]:
        return (person.medical or "",) if include_medical else ()

    if event_key is None:
        ordered = plan.in_canonical_order().people
        rows = [
            (
                *_person_cells(p, language),
                words.label(DELEGATION_ROLE, p.delegation_role),
                p.dietary or "",
                *extra(p),
            )
            for side in side_order(guests_first)
            for p in ordered
            if p.side is side
        ]
        columns = _columns(language, dietary=True, medical=include_medical)
        subtitle = words.translate("Attendees", "Delegation list")
        return AttendeeTable(title, subtitle, columns, tuple(rows), _sheet(words))
    event = find_event(plan, event_key)
    by_side = participants_by_side(plan, event)
    rows = [
        (*_person_cells(person, language), words.label(PARTICIPANT_ROLE, role), *extra(person))
        for side in side_order(guests_first)
        for person, role in by_side[side]
    ]
    columns = _columns(language, dietary=False, medical=include_medical)
    subtitle = words.text(event, "title", event.title)
    return AttendeeTable(title, subtitle, columns, tuple(rows), _sheet(words))


def _sheet(words: Words) -> str:
    """The workbook's sheet: at most 31 characters, none of []:*?/\\."""
    name = words.translate("Attendees", "Attendees")
    return "".join(c for c in name if c not in "[]:*?/\\")[:31] or "Attendees"


def find_event(plan: VisitPlan, event_key: str) -> Event:
    for event in plan.events:
        if event.key == event_key:
            return event
    raise UnknownEvent(plan.visit.key, event_key)


def _name(words: Words, person: Person) -> str:
    return full_name(person) if words.is_source else words.name(person)


def _person_cells(person: Person, language: DocumentLanguage) -> tuple[str, ...]:
    words, second = language.main, language.second
    cells = [
        str(person.precedence),
        words.label(SIDE, person.side),
        person.honorific or "",
        _name(words, person),
    ]
    if second is not None:
        cells.append(_name(second, person))
    cells.append((person.native_name or "") if words.is_source else full_name(person))
    cells.append(words.text(person, "title", person.title))
    if second is not None:
        cells.append(second.text(person, "title", person.title))
    organization = person.organization or ""
    cells.append(words.text(person, "organization", organization) if organization else "")
    if second is not None:
        cells.append(second.text(person, "organization", organization) if organization else "")
    return tuple(cells)


def neutralised(cell: str) -> str:
    """A cell a spreadsheet will never run as a formula: `=1+1` becomes `'=1+1`."""
    return "'" + cell if cell.lstrip(" ").startswith(FORMULA_STARTS) else cell


def csv_bytes(table: AttendeeTable) -> bytes:
    """UTF-8 with a byte-order mark, so Excel reads the native scripts right."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(table.columns)
    writer.writerows([neutralised(cell) for cell in row] for row in table.rows)
    return text.getvalue().encode("utf-8-sig")


def xlsx_bytes(table: AttendeeTable, *, stamp: datetime) -> bytes:
    """A workbook with a styled, frozen header row and columns sized to their text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill
    from openpyxl.styles import Side as Edge
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = table.sheet
    workbook.properties.title = f"{table.title} — {table.subtitle}"
    workbook.properties.creator = "Delegation Planner"
    workbook.properties.created = workbook.properties.modified = stamp.replace(tzinfo=None)
    header_fill = PatternFill("solid", fgColor="1F3864")
    rule = Border(bottom=Edge(style="thin", color="1F3864"))
    sheet.append(list(table.columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center")
    number_column = 0  # precedence
    for values in table.rows:
        cells: list[object] = list(values)
        cells[number_column] = int(values[number_column])  # sorts 2 before 10
        sheet.append(cells)
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if cell.column != number_column + 1:
                cell.data_type = "s"  # text, never a formula, whatever it starts with
            cell.border = rule
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for index, name in enumerate(table.columns, start=1):
        longest = max([len(name)] + [_display_width(row[index - 1]) for row in table.rows])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest + 2, 8), 48)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _display_width(text: str) -> int:
    """Columns a text takes: CJK characters are about twice as wide as Latin ones."""
    return sum(2 if ord(char) >= 0x2E80 else 1 for char in text)
