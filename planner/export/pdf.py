"""Printed pages with Qt: attendee sheets, delegation lists and the programme booklet.

It builds a QTextDocument with QTextCursor, so text from the visit goes in literally and
never as markup, then paints it page by page with a running footer. Pages that are drawn
rather than typeset (a table plan, place cards, badges: planner.export.seating_pdf) are a
DrawnJob, painted and written through the same two functions. The window's print
preview paints the same jobs.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from planner import APP_NAME
from planner.domain.labels import (
    DELEGATION_ROLE,
    DOCUMENT_KIND,
    FULL_POWERS,
    PARTICIPANT_ROLE,
    PRESS,
)
from planner.domain.model import Event, Person, VisitPlan
from planner.domain.names import full_name
from planner.domain.places import language_names
from planner.domain.programme import home_time, programme_days
from planner.domain.vocab import EventStatus, ParticipantRole, Side
from planner.export.attendees import find_event, side_order
from planner.export.language import (
    IN_ENGLISH,
    DocumentLanguage,
    Words,
)
from planner.export.summary import (
    alternat_text,
    authority_text,
    cities,
    country_note,
    originals,
    participants_by_side,
    route_text,
    side_heading,
)
from planner.export.text import continued_text, local_times, status_mark, venue_label

FONT_FAMILIES = ["Noto Sans", "Noto Sans CJK TC", "Noto Sans CJK SC", "DejaVu Sans"]
INK = QColor("#1b1b1b")
ACCENT = QColor("#1f3864")
MUTED = QColor("#5c5c5c")
RULE = QColor("#b8c2d6")
HEADER_FILL = QColor("#e6ebf4")
CANCELLED = QColor("#9a1b1b")
BASE_POINTS = 9.5
MARGINS_MM = QMarginsF(18, 16, 18, 14)


class PaperSize(StrEnum):
    A4 = "a4"
    LETTER = "letter"
    A3 = "a3"  # a table plan for the entrance, seen from a step away


PAGE_SIZES = {
    PaperSize.A4: QPageSize.PageSizeId.A4,
    PaperSize.LETTER: QPageSize.PageSizeId.Letter,
    PaperSize.A3: QPageSize.PageSizeId.A3,
}


@dataclass(frozen=True)
class PrintJob:
    """A document ready to paint, and what every page says at its foot: `footer` on the
    left, `page_label` (`Page {page} of {pages}`, in the document's language) on the right."""

    document: QTextDocument
    title: str
    footer: str
    page_label: str = "Page {page} of {pages}"


# Draws one page of a DrawnJob: (painter, page from 0, device pixels to the millimetre).
PaintPage = Callable[[QPainter, int, float], None]


@dataclass(frozen=True)
class DrawnJob:
    """Pages drawn rather than typeset: a table plan, place cards, badges. The job chooses
    its own paper, `paper` in `orientation`, with no margins (it draws its own, cut marks
    and all); `paint` draws one page with the painter's origin at the paper's top-left
    corner. Whatever a page says at its foot, it draws itself."""

    title: str
    pages: int
    paper: QPageSize
    orientation: QPageLayout.Orientation
    paint: PaintPage

    def page_layout(self) -> QPageLayout:
        return QPageLayout(
            self.paper, self.orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
        )


_application: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and painting need a Qt application; outside the window, make an offscreen one."""
    global _application
    if QGuiApplication.instance() is None:
        _application = QGuiApplication(["delegation-planner", "-platform", "offscreen"])


Run = tuple[str, QTextCharFormat]


def style(
    *,
    size: float = 1.0,
    bold: bool = False,
    italic: bool = False,
    color: QColor = INK,
    strike: bool = False,
) -> QTextCharFormat:
    char = QTextCharFormat()
    char.setFontFamilies(FONT_FAMILIES)
    char.setFontPointSize(BASE_POINTS * size)
    char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    char.setFontItalic(italic)
    char.setFontStrikeOut(strike)
    char.setForeground(QBrush(color))
    return char


PLAIN = style()
BOLD = style(bold=True)
SMALL = style(size=0.88, color=MUTED)
HEAD = style(size=0.95, bold=True, color=ACCENT)


class DocumentWriter:
    """Appends paragraphs and tables to a QTextDocument through one cursor."""

    def __init__(self) -> None:
        ensure_gui_application()
        self.document = QTextDocument()
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSizeF(BASE_POINTS)
        self.document.setDefaultFont(font)
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)
        self._empty = True

    def paragraph(
        self, runs: list[Run], *, before: float = 0, after: float = 3, heading: bool = False
    ) -> None:
        """A paragraph; a heading stays on the page of the table that follows it."""
        block = QTextBlockFormat()
        block.setTopMargin(before)
        block.setBottomMargin(after)
        if heading:
            block.setProperty(KEEP_WITH_NEXT, True)
        if self._empty:
            self.cursor.setBlockFormat(block)
        else:
            self.cursor.insertBlock(block)
        self._empty = False
        for text, char in runs:
            self.cursor.insertText(text, char)

    def table(self, widths: list[float], header: list[str] | None = None) -> "TableWriter":
        table_format = QTextTableFormat()
        table_format.setCellPadding(4)
        table_format.setCellSpacing(0)
        table_format.setBorder(0.6)
        table_format.setBorderBrush(QBrush(RULE))
        table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_format.setBorderCollapse(True)
        table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_format.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, width) for width in widths]
        )
        table_format.setTopMargin(4)
        table_format.setBottomMargin(8)
        table_format.setHeaderRowCount(1 if header else 0)
        table = self.cursor.insertTable(1, len(widths), table_format)
        self._empty = False
        writer = TableWriter(table)
        if header:
            writer.row([[(name, HEAD)] for name in header], fill=HEADER_FILL)
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        return writer


class TableWriter:
    def __init__(self, table: QTextTable) -> None:
        self.table = table
        self.used = 0

    def row(self, cells: list[list[Run]], *, fill: QColor | None = None) -> None:
        if self.used == self.table.rows():
            self.table.appendRows(1)
        for column, runs in enumerate(cells):
            cell = self.table.cellAt(self.used, column)
            if fill is not None:
                cell_format = QTextTableCellFormat()
                cell_format.setBackground(QBrush(fill))
                cell.setFormat(cell_format)
            cursor = cell.firstCursorPosition()
            for index, (text, char) in enumerate(runs):
                if index and text.startswith("\n"):
                    cursor.insertBlock()
                    text = text[1:]
                cursor.insertText(text, char)
        self.used += 1


# Rendering


def page_layout(paper: PaperSize) -> QPageLayout:
    return QPageLayout(
        QPageSize(PAGE_SIZES[paper]),
        QPageLayout.Orientation.Portrait,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def paint_pages(job: PrintJob | DrawnJob, device: QPagedPaintDevice, layout: QPageLayout) -> int:
    """Paint the job on a PDF writer or printer, page by page; returns the page count. A
    drawn job sets the device to its own paper (`layout` is for a document's pages)."""
    if isinstance(job, DrawnJob):
        return _paint_drawn(job, device)
    resolution = device.logicalDpiY()
    area = layout.paintRectPixels(resolution)
    footer_height = resolution * 0.32
    body = QSizeF(area.width(), area.height() - footer_height)
    document = job.document
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(body)
    keep_together(document, body.height())
    pages = document.pageCount()
    painter = QPainter(device)
    footer_font = QFont()
    footer_font.setFamilies(FONT_FAMILIES)
    footer_font.setPointSizeF(BASE_POINTS * 0.8)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(0, -page * body.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, page * body.height(), body.width(), body.height())
            document.documentLayout().draw(painter, context)
            painter.restore()
            _paint_footer(painter, job, page, pages, body, footer_height, footer_font)
    finally:
        painter.end()
        # The device may go before the document does: never leave the layout pointing at it.
        document.documentLayout().setPaintDevice(None)  # type: ignore[arg-type]  # Qt takes null
    return pages


def _paint_drawn(job: DrawnJob, device: QPagedPaintDevice) -> int:
    device.setPageLayout(job.page_layout())
    resolution = device.logicalDpiY()
    # A printer may keep margins it cannot print in: the painter starts inside them, and
    # the drawing is moved back so that its millimetres count from the paper's corner.
    corner = device.pageLayout().paintRectPixels(resolution).topLeft()
    painter = QPainter(device)
    try:
        for page in range(job.pages):
            if page:
                device.newPage()
            painter.save()
            painter.translate(-corner.x(), -corner.y())
            job.paint(painter, page, resolution / 25.4)
            painter.restore()
    finally:
        painter.end()
    return job.pages


def _paint_footer(
    painter: QPainter,
    job: PrintJob,
    page: int,
    pages: int,
    body: QSizeF,
    height: float,
    font: QFont,
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QPen(RULE, 0))
    top = body.height() + height * 0.25
    painter.drawLine(QPointF(0, top), QPointF(body.width(), top))
    painter.setPen(QPen(MUTED))
    box = QRectF(0, top, body.width(), height * 0.75)
    painter.drawText(box, 0x0001 | 0x0080, job.footer)  # AlignLeft | AlignVCenter
    label = job.page_label.format(page=page + 1, pages=pages)
    painter.drawText(box, 0x0002 | 0x0080, label)  # AlignRight
    painter.restore()


# A new line in the same paragraph: a heading in two languages stays one heading.
LINE_BREAK = "\u2028"
KEEP_WITH_NEXT = QTextFormat.Property.UserProperty + 1
AFTER = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Move to the next page each table that would be cut by a page end (if it fits on one
    page), and each heading that would be left at the foot of a page without its table."""
    layout = document.documentLayout()

    def page(y: float) -> int:
        return int(y // page_height)

    for _ in range(500):  # each pass moves one thing, then lays the document out again
        for frame in document.rootFrame().childFrames():
            rect = layout.frameBoundingRect(frame)
            heading = document.findBlock(frame.firstPosition() - 1)
            if heading.blockFormat().property(KEEP_WITH_NEXT) and (
                heading.blockFormat().pageBreakPolicy() != AFTER
                and page(layout.blockBoundingRect(heading).top()) != page(rect.top() + 1)
            ):
                block_format = heading.blockFormat()
                block_format.setPageBreakPolicy(AFTER)
                QTextCursor(heading).setBlockFormat(block_format)
                break
            frame_format = frame.frameFormat()
            cut = page(rect.top()) != page(rect.bottom() - 1)
            if cut and rect.height() < page_height and frame_format.pageBreakPolicy() != AFTER:
                frame_format.setPageBreakPolicy(AFTER)
                frame.setFrameFormat(frame_format)
                break
        else:
            return


def pdf_bytes(job: PrintJob | DrawnJob, paper: PaperSize = PaperSize.A4) -> bytes:
    """The job as a PDF file: a document on `paper`, a drawn job on the paper it chose."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(600)
    layout = job.page_layout() if isinstance(job, DrawnJob) else page_layout(paper)
    writer.setPageLayout(layout)
    writer.setTitle(job.title)
    writer.setCreator(APP_NAME)
    paint_pages(job, writer, layout)
    del writer  # finishes the file
    buffer.close()
    return ideographs_for_radicals(bytes(buffer.data().data()))


CMAP = re.compile(rb"begincmap.*?endcmap", re.DOTALL)
CMAP_CODE = re.compile(rb"<(2[EFef][0-9A-Fa-f]{2})>")


def ideographs_for_radicals(pdf: bytes) -> bytes:
    """Make copied and searched text read 山, not the Kangxi radical ⼭ that shares its glyph.

    CJK fonts draw a radical and its ideograph with one glyph, and Qt's ToUnicode
    map names the lower code point, the radical. Each ideograph code is as long as
    the radical's, so the file's byte offsets stay valid.
    """

    def ideograph(match: re.Match[bytes]) -> bytes:
        radical = chr(int(match.group(1), 16))
        folded = unicodedata.normalize("NFKC", radical)
        if folded != radical and len(folded) == 1 and ord(folded) <= 0xFFFF:
            return b"<%04X>" % ord(folded)
        return match.group(0)

    return CMAP.sub(lambda cmap: CMAP_CODE.sub(ideograph, cmap.group(0)), pdf)


# What is printed


def page_label(words: Words) -> str:
    """What the foot of each page says: `Page 1 of 3`, `第 1 頁，共 3 頁`."""
    return words.translate("Document", "Page {page} of {pages}")


def _own_name(words: Words, person: Person) -> str:
    """A person's name as a document in `words` prints it beside the bold one."""
    return full_name(person, capitalise_family=True) if words.is_source else words.name(person)


def _name_runs(
    language: DocumentLanguage,
    person: Person,
    *,
    role: str | None = None,
    country: str | None = None,
) -> list[Run]:
    """The list form: in English the honorific and courtesy title, the name in bold; in
    Chinese the name and 閣下 in bold. Beside it the name in its own script or in Latin
    letters, the title under it (in each language), and the role. An officer's own list
    form is printed as they wrote it, title and all."""
    words, runs = language.main, []
    beside: list[str | None]
    # The list form (planner.domain.address), its title on the line under the name.
    listed = words.listed(person)
    if listed.own:  # the officer's own wording, printed as they wrote it
        bold, beside = listed.line, [] if words.is_source else [full_name(person)]
    elif words.is_source:
        if listed.before:
            runs.append((listed.before + " ", PLAIN))
        bold, beside = full_name(person, capitalise_family=True), [person.native_name]
    else:
        bold, beside = listed.line, [full_name(person, capitalise_family=True)]
    if language.second is not None:
        beside.append(_own_name(language.second, person))
    runs.append((bold, BOLD))
    shown = [bold]
    for name in beside:
        if name and all(name not in text for text in shown):
            runs.append(("  " + name, PLAIN))
            shown.append(name)
    titles = language.texts(person, "title", person.title)
    if listed.own:  # the officer's list form holds the title already
        titles[0] = ""
    first = " · ".join(text for text in (titles[0], country) if text)
    if first:
        runs.append(("\n" + first, SMALL))
    runs += [("\n" + title, SMALL) for title in titles[1:]]
    if role:
        runs.append(("\n" + role, style(size=0.88, italic=True, color=ACCENT)))
    return runs


def _when(plan: VisitPlan, event: Event, words: Words) -> str:
    """Date and time in the event's own zone: `Wednesday 4 June 2025, 10:00–10:30 (Taipei time)`."""
    start = event.local_start
    day = words.day(start.date())
    if event.all_day:
        return words.translate("Attendees", "{day}, all day").format(day=day)
    end = event.local_end
    end_text = f"{end:%H:%M}"
    if end.date() != start.date():
        end_text = f"{words.day(end.date())} {end_text}"
    zone = cities(plan, event, words)
    if event.zone_of_end == event.timezone:
        zone = words.translate("Attendees", "{city} time").format(city=zone)
    return words.translate("Attendees", "{day}, {start}–{end} ({zone})").format(
        day=day, start=f"{start:%H:%M}", end=end_text, zone=zone
    )


def _venue_text(plan: VisitPlan, event: Event, language: DocumentLanguage) -> str | None:
    if not event.venue:
        return None
    venue = plan.venue(event.venue)
    words, second = language.main, language.second
    name = venue_label(words, venue)
    other = second.venue_name(venue) if second else None
    if other and other not in name:
        name += f" / {other}"
    parts = [name]
    address = words.optional(venue, "address", venue.address)
    if address:
        parts.append(" ".join(address.split()))
    return ", ".join(parts)


def _masthead(
    writer: DocumentWriter,
    plan: VisitPlan,
    language: DocumentLanguage,
    heading: list[str],
    kicker: str,
) -> None:
    kicker_style = style(size=0.85, bold=True, color=MUTED)
    kicker_style.setFontCapitalization(QFont.Capitalization.AllUppercase)  # the text stays as typed
    writer.paragraph([(language.joined(lambda w: w.title(plan.visit), " / "), kicker_style)])
    writer.paragraph([(kicker, style(size=0.95, color=ACCENT))], after=1)
    for index, line in enumerate(heading):
        last = index == len(heading) - 1
        size = 1.7 if index == 0 else 1.3
        writer.paragraph(
            [(line, style(size=size, bold=True, color=ACCENT))], after=6 if last else 1
        )


def attendee_sheet(
    plan: VisitPlan,
    event_key: str | None = None,
    *,
    guests_first: bool = False,
    language: DocumentLanguage = IN_ENGLISH,
) -> PrintJob:
    """One engagement's attendees (doubling as a check-in list), or the whole delegation list."""
    if event_key is None:
        return _delegation_list(plan, guests_first, language)
    event = find_event(plan, event_key)
    words = language.main
    writer = DocumentWriter()
    titles = language.texts(event, "title", event.title)
    _masthead(
        writer,
        plan,
        language,
        titles,
        language.joined(lambda w: w.translate("Attendees", "Attendee sheet"), " / "),
    )
    mark = status_mark(words, event)
    if mark:
        writer.paragraph([(mark.upper(), style(bold=True, color=CANCELLED))])
    dress = words.optional(event, "dress_code", event.dress_code)
    facts = [
        (words.translate("Attendees", "When"), _when(plan, event, words)),
        (words.translate("Attendees", "Where"), _venue_text(plan, event, language)),
        (words.translate("Attendees", "Dress"), dress),
        (words.translate("Attendees", "Press"), words.label(PRESS, event.press)),
    ]
    for label, value in facts:
        if value:
            writer.paragraph([(f"{label}  ", HEAD), (value, PLAIN)], after=1)
    if event.signing and event.signing.signatories:
        _signatories(writer, plan, event, language)
    _participants(writer, plan, event, language, side_order(guests_first))
    notes = words.optional(event, "notes", event.notes)
    if notes:
        label = words.translate("Attendees", "Notes")
        writer.paragraph([(f"{label}  ", HEAD), (notes, PLAIN)], before=6)
    title = words.translate("Attendees", "{title} — attendees").format(title=titles[0])
    return PrintJob(writer.document, title, words.title(plan.visit), page_label(words))


def _participants(
    writer: DocumentWriter,
    plan: VisitPlan,
    event: Event,
    language: DocumentLanguage,
    sides: tuple[Side, Side],
) -> None:
    words = language.main
    by_side = participants_by_side(plan, event)
    heading = language.joined(lambda w: w.translate("Attendees", "Participants"), " / ")
    writer.paragraph([(heading, style(size=1.15, bold=True, color=ACCENT))], before=8, heading=True)
    table = writer.table([50, 50], [side_heading(plan, side, event, words) for side in sides])
    for index in range(max(len(by_side[side]) for side in sides)):
        cells: list[list[Run]] = []
        for side in sides:
            people = by_side[side]
            if index < len(people):
                person, role = people[index]
                role_label = (
                    None
                    if role is ParticipantRole.ATTENDEE
                    else words.label(PARTICIPANT_ROLE, role)
                )
                country = country_note(plan, person, event, words=words)
                name = _name_runs(language, person, role=role_label, country=country)
                cells.append([(f"☐  {index + 1}.  ", SMALL), *name])
            else:
                cells.append([])
        table.row(cells)


def _signatories(
    writer: DocumentWriter, plan: VisitPlan, event: Event, language: DocumentLanguage
) -> None:
    assert event.signing is not None
    words = language.main
    heading = language.joined(lambda w: w.translate("Attendees", "Signatories"), " / ")
    writer.paragraph([(heading, style(size=1.15, bold=True, color=ACCENT))], before=8, heading=True)
    columns = [
        words.translate("Attendees", "Order"),
        words.translate("Attendees", "For"),
        words.translate("Attendees", "Signatory"),
        words.translate("Attendees", "Authority"),
    ]
    table = writer.table([8, 16, 42, 34], columns)
    full_powers = words.translate("Attendees", "Full powers: {state}")
    for signatory in sorted(event.signing.signatories, key=lambda s: s.order):
        person = plan.person(signatory.person)
        authority = authority_text(plan, signatory, words)
        state = words.label(FULL_POWERS, signatory.full_powers)
        table.row(
            [
                [(str(signatory.order), PLAIN)],
                [(words.country(signatory.on_behalf_of), BOLD)],
                _name_runs(language, person),
                [(authority, PLAIN), ("\n" + full_powers.format(state=state), SMALL)],
            ]
        )
    alternat = alternat_text(plan, event.signing, words)
    if alternat:
        writer.paragraph([(alternat, SMALL)], before=2, after=3)
    for document in event.signing.documents:
        languages = language_names(document.languages) or "—"
        facts = words.translate("Attendees", "{kind}; languages {languages}; {originals}")
        writer.paragraph(
            [
                (words.translate("Attendees", "Instrument") + "  ", HEAD),
                (" / ".join(language.texts(document, "title", document.title)), BOLD),
                (
                    "  "
                    + facts.format(
                        kind=words.label(DOCUMENT_KIND, document.kind),
                        languages=languages,
                        originals=originals(document.copies, words),
                    ),
                    SMALL,
                ),
            ],
            after=1,
        )
    if event.signing.witnesses:
        names = ", ".join(
            _short_name(language, plan.person(key), native=False) for key in event.signing.witnesses
        )
        label = words.translate("Attendees", "Witnesses")
        writer.paragraph([(f"{label}  ", HEAD), (names, PLAIN)], after=1)


def _delegation_list(plan: VisitPlan, guests_first: bool, language: DocumentLanguage) -> PrintJob:
    writer = DocumentWriter()
    visit, words = plan.visit, language.main
    heading = language.lines(lambda w: w.translate("Attendees", "Delegation list"))
    _masthead(writer, plan, language, heading, words.day_span(visit.start_date, visit.end_date))
    ordered = plan.in_canonical_order().people
    columns = [
        words.translate("Attendees", "No."),
        words.translate("Attendees", "Name and title"),
        words.translate("Attendees", "Role"),
        words.translate("Attendees", "Dietary"),
    ]
    for side in side_order(guests_first):
        people = [person for person in ordered if person.side is side]
        if not people:
            continue
        writer.paragraph(
            [(side_heading(plan, side, None, words), style(size=1.15, bold=True, color=ACCENT))],
            before=8,
        )
        table = writer.table([6, 46, 24, 24], columns)
        for person in people:
            table.row(
                [
                    [(str(person.precedence), PLAIN)],
                    _name_runs(language, person),
                    [(words.label(DELEGATION_ROLE, person.delegation_role), PLAIN)],
                    [(person.dietary or "", PLAIN)],
                ]
            )
    title = words.translate("Attendees", "{title} — delegation list")
    title = title.format(title=words.title(visit))
    return PrintJob(writer.document, title, words.title(visit), page_label(words))


def programme_booklet(plan: VisitPlan, language: DocumentLanguage = IN_ENGLISH) -> PrintJob:
    """The programme day by day: each item's local time, venue, participants, dress code."""
    writer = DocumentWriter()
    visit, words = plan.visit, language.main
    heading = language.lines(lambda w: w.translate("Programme", "Programme"))
    _masthead(writer, plan, language, heading, words.day_span(visit.start_date, visit.end_date))
    note = language.lines(lambda w: _booklet_note(w, visit.timezone))
    writer.paragraph([(LINE_BREAK.join(note), SMALL)], after=4)
    for day in programme_days(plan):
        day_lines = language.days(day.day)
        writer.paragraph(
            [(LINE_BREAK.join(day_lines), style(size=1.2, bold=True, color=ACCENT))],
            before=10,
            after=2,
            heading=True,
        )
        if not day.events and not day.continued:
            writer.paragraph([(words.translate("Programme", "No programme items."), SMALL)])
            continue
        for event in day.continued:  # the night train that arrives this morning
            writer.table([17, 83]).row(
                [
                    _continued_time_cell(words, event, day.day),
                    _continued_item_cell(plan, event, language),
                ]
            )
        for event in day.events:  # a table each, so no item is cut in two by a page end
            writer.table([17, 83]).row(
                [_time_cell(plan, event, words), _item_cell(plan, event, language)]
            )
    title = words.translate("Programme", "{title} — programme").format(title=words.title(visit))
    return PrintJob(writer.document, title, words.title(visit), page_label(words))


def _booklet_note(words: Words, home_zone: str) -> str:
    return words.translate(
        "Programme",
        "Each item is listed under the day it starts where it takes place, at the local"
        " time there; the time in {city} is shown beside it where it differs.",
    ).format(city=words.city(home_zone))


def _time_cell(plan: VisitPlan, event: Event, words: Words) -> list[Run]:
    home = plan.visit.timezone
    if event.all_day:
        return [(words.translate("Programme", "All day"), BOLD)]
    start, end = event.local_start, event.local_end
    runs: list[Run] = [(local_times(words, event), BOLD)]
    if end.date() != start.date():  # overnight, or a flight over the date line
        arrives = words.translate("Programme", "arrives {day}").format(
            day=words.short_day(end.date())
        )
        runs.append(("\n" + arrives, SMALL))
    if event.timezone != home or event.zone_of_end != home:
        runs.append((f"\n{cities(plan, event, words)}", SMALL))
    at_home = home_time(event, home)
    if at_home:
        there = words.translate("Programme", "{time} in {city}")
        runs.append(("\n" + there.format(time=at_home, city=words.city(home)), SMALL))
    return runs


def _continued_time_cell(words: Words, event: Event, day: date) -> list[Run]:
    return [(continued_text(words, event, day), BOLD)]


def _event_titles(language: DocumentLanguage, event: Event) -> list[str]:
    return language.texts(event, "title", event.title)


def _continued_item_cell(plan: VisitPlan, event: Event, language: DocumentLanguage) -> list[Run]:
    words = language.main
    first, *others = _event_titles(language, event)
    since = words.translate("Programme", "continued from {weekday}")
    runs: list[Run] = [
        (first, BOLD),
        ("  " + since.format(weekday=words.weekday(event.local_start.date())), SMALL),
    ]
    runs += [("\n" + other, BOLD) for other in others]
    route = route_text(plan, event, words)
    if route:
        runs.append((f"\n{route}", SMALL))
    return runs


def _item_cell(plan: VisitPlan, event: Event, language: DocumentLanguage) -> list[Run]:
    words = language.main
    cancelled = event.status is EventStatus.CANCELLED
    first, *others = _event_titles(language, event)
    runs: list[Run] = [(first, style(bold=True, strike=cancelled))]
    mark = status_mark(words, event)
    if mark:
        runs.append((f"  {mark.upper()}", style(size=0.85, bold=True, color=CANCELLED)))
    runs += [("\n" + other, style(bold=True, strike=cancelled)) for other in others]
    venue = route_text(plan, event, words) or _venue_text(plan, event, language)
    if venue:
        runs.append((f"\n{venue}", SMALL))
    dress = words.optional(event, "dress_code", event.dress_code)
    details = [
        event.flight_number
        and words.translate("Programme", "Flight {number}").format(number=event.flight_number),
        dress and words.translate("Programme", "Dress: {dress}").format(dress=dress),
        words.label(PRESS, event.press),
    ]
    runs.append(("\n" + " · ".join(d for d in details if d), SMALL))
    for side, people in participants_by_side(plan, event).items():
        if people:
            names = ", ".join(_short_name(language, person) for person, _ in people)
            if side is Side.HOST:
                label = words.translate("Programme", "Host: ")
            else:
                label = words.translate("Programme", "Guest: ")
            runs.append(("\n" + label, style(size=0.88, bold=True, color=ACCENT)))
            runs.append((names, style(size=0.88)))
    return runs


def _short_name(language: DocumentLanguage, person: Person, *, native: bool = True) -> str:
    """`Tsai Ming-yen 蔡明彥`, `Hilda Heine 海妮`; `海妮 Hilda Heine` in Chinese."""
    words = language.main
    names = [words.listed_name(person)]  # the list form without its title
    if words.is_source:
        if native and person.native_name:
            names.append(person.native_name)
    elif native:
        names.append(full_name(person))
    if language.second is not None:
        second = language.second
        names.append(full_name(person) if second.is_source else second.name(person))
    shown: list[str] = []
    for name in names:
        if all(name not in text for text in shown):
            shown.append(name)
    return " ".join(shown)
