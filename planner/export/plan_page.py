"""The pages of a table plan: the drawing of the tables and seats under the item's title,
with the entrance and a legend, and the index of names that follows it."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPageSize

from planner.domain.layout import floor_plan
from planner.domain.model import Event, Seating, VisitPlan
from planner.domain.vocab import Side
from planner.export.drawing import ALIGN_LEFT, ALIGN_RIGHT, Canvas, font, one_line
from planner.export.floor_drawing import (
    Arrangement,
    Cluster,
    arrange,
    clusters,
    draw_label,
    draw_seat,
    draw_table,
    side_mark,
)
from planner.export.language import DocumentLanguage, Words
from planner.export.pdf import ACCENT, INK, MUTED, PAGE_SIZES, RULE, PaperSize, page_label
from planner.export.seat_labels import Labelling, Obstacle, Seat, label_seats
from planner.export.seating_names import both, label_forms
from planner.export.summary import side_heading

MARGIN = 12.0  # millimetres round a table plan's page


FOOTER = 5.0


def footer(
    canvas: Canvas, page: QRectF, words: Words, visit_title: str, number: int, pages: int
) -> None:
    face = font(7)
    top = page.bottom() - MARGIN + 2
    canvas.line(MARGIN, top, page.right() - MARGIN, top, RULE, 0.2)
    box = QRectF(MARGIN, top + 0.5, page.width() - 2 * MARGIN, FOOTER - 0.5)
    canvas.text(box, visit_title, face, MUTED, ALIGN_LEFT)
    label = page_label(words).format(page=number + 1, pages=pages)
    canvas.text(box, label, face, MUTED, ALIGN_RIGHT)


INDEX_ROW = 5.6  # millimetres


INDEX_HEAD = 22.0  # the index page's heading and its columns' names


INDEX_COLUMN = 88.0  # the least width of one column of the index


@dataclass(frozen=True)
class Entry:
    """A line of the index: who, and where they sit."""

    sort: str
    name: str
    other: str | None
    side: Side
    table: str
    seat: str


@dataclass(frozen=True)
class PlanPage:
    """What the first page of a table plan holds, and where."""

    size: QSizeF  # millimetres, as the page is turned
    header: float  # where the drawing starts
    area: QRectF  # the drawing: tables and seats
    arrangement: Arrangement
    tables: tuple[Cluster, ...]


def _header_height(language: DocumentLanguage, event: Event) -> float:
    titles = language.texts(event, "title", event.title)
    return MARGIN + 5 + 9 + 6.5 * (len(titles) - 1) + 6 + 3


def _bottom_room() -> float:
    """Below the drawing: the entrance, the legend, the footer."""
    return 8 + 11 + FOOTER + MARGIN


def plan_page(
    paper: PaperSize, language: DocumentLanguage, event: Event, seating: Seating
) -> PlanPage:
    """The page turned the way the plan is drawn larger: portrait or landscape."""
    tables = tuple(clusters(floor_plan(seating)))
    size = QPageSize(PAGE_SIZES[paper]).size(QPageSize.Unit.Millimeter)
    header = _header_height(language, event)
    stage = 8.0 if seating.plan.value == "theatre" else 0.0
    best: PlanPage | None = None
    best_scale = -1.0
    for turned in (size, size.transposed()):
        area = QRectF(
            MARGIN,
            header + stage,
            turned.width() - 2 * MARGIN,
            turned.height() - header - stage - _bottom_room(),
        )
        arrangement = arrange(tables, area.width(), area.height())
        if arrangement.scale > best_scale * 1.05:  # portrait unless landscape is larger
            best_scale = arrangement.scale
            best = PlanPage(turned, header, area, arrangement, tables)
    assert best is not None
    return best


def index_layout(size: QSizeF, count: int) -> tuple[int, int, int]:
    """Columns to a page, rows to a column, and pages for `count` entries."""
    columns = max(1, int((size.width() - 2 * MARGIN) // INDEX_COLUMN))
    rows = max(1, int((size.height() - 2 * MARGIN - INDEX_HEAD - FOOTER) // INDEX_ROW))
    return columns, rows, max(1, math.ceil(count / (columns * rows))) if count else 0


def _when_where(plan: VisitPlan, event: Event, language: DocumentLanguage) -> str:
    """`Tuesday 3 June 2025, 19:00 · The Grand Hotel Taipei` in the document's language."""
    words = language.main
    start = event.local_start
    day = words.day(start.date())
    if not event.all_day:
        day = words.translate("Seating", "{day}, {time}").format(day=day, time=f"{start:%H:%M}")
    parts = [day]
    if event.venue and event.venue in plan.venues_by_key:
        venue = plan.venue(event.venue)
        parts.append(" / ".join(dict.fromkeys(w.venue_name(venue) for w in language.all)))
    return " · ".join(parts)


def _draw_header(
    canvas: Canvas, width: float, kicker: str, titles: Sequence[str], line: str, heading: str
) -> float:
    """The visit, the item's title (in each language) and its day, time and venue, with
    what the page is on the right; returns where it ends."""
    inner = width - 2 * MARGIN
    heading_face = font(9, bold=True)
    heading_width = canvas.width(heading, heading_face) + 4
    top = MARGIN
    one_line(canvas, QRectF(MARGIN, top, inner - heading_width, 5), kicker, 7.5, color=MUTED)
    canvas.text(QRectF(MARGIN, top, inner, 5), heading, heading_face, ACCENT, ALIGN_RIGHT)
    top += 5
    for index, title in enumerate(titles):
        height = 9.0 if index == 0 else 6.5
        size = 16.0 if index == 0 else 11.5
        one_line(canvas, QRectF(MARGIN, top, inner, height), title, size, bold=True, color=ACCENT)
        top += height
    one_line(canvas, QRectF(MARGIN, top, inner, 6), line, 9)
    top += 6 + 1.5
    canvas.line(MARGIN, top, width - MARGIN, top, RULE, 0.3)
    return top + 1.5


def draw_plan_page(
    canvas: Canvas,
    plan: VisitPlan,
    event: Event,
    seating: Seating,
    language: DocumentLanguage,
    page: PlanPage,
) -> None:
    words = language.main
    heading = both(language, lambda w: w.translate("Seating", "Table plan"))
    _draw_header(
        canvas,
        page.size.width(),
        words.title(plan.visit),
        language.texts(event, "title", event.title),
        _when_where(plan, event, language),
        heading,
    )
    area = page.area
    if seating.plan.value == "theatre":
        stage = QRectF(area.left() + area.width() * 0.25, area.top() - 7, area.width() * 0.5, 5)
        canvas.shape(stage, fill=QColor("#e6ebf4"), radius=1)
        stage_word = both(language, lambda w: w.translate("Seating", "Stage"))
        canvas.text(stage, stage_word, font(8, bold=True), ACCENT)
    labelling = _draw_floor(canvas, plan, seating, language, page)
    _draw_entrance(canvas, area, language)
    _draw_legend(canvas, plan, event, language, labelling, area.bottom() + 8, page.size.width())


def _label_faces(size: float) -> tuple[QFont, QFont]:
    """A seat's name, and the other script under it a little smaller."""
    return font(size), font(size * 0.94)


def _chair_radius(page: PlanPage) -> float:
    return min(4.5, max(2.4, 0.16 * page.arrangement.scale))


def _shapes(page: PlanPage) -> list[tuple[Cluster, int, QRectF, bool]]:
    """Each table's shapes on the page: (its table, which shape, where, whether round)."""
    area, arrangement = page.area, page.arrangement
    found = []
    for cluster in page.tables:
        for index, shape in enumerate(cluster.shapes):
            x, y = arrangement.point(cluster, shape.x, shape.y)
            w, h = shape.width * arrangement.scale, shape.height * arrangement.scale
            rect = QRectF(area.left() + x - w / 2, area.top() + y - h / 2, w, h)
            found.append((cluster, index, rect, shape.round))
    return found


def floor_seats(
    canvas: Canvas,
    plan: VisitPlan,
    seating: Seating,
    language: DocumentLanguage,
    page: PlanPage,
) -> tuple[list[Seat], Labelling]:
    """Every seat where it stands on the page, with the name of who sits there placed
    beside it (planner.export.seat_labels), and how the names came out."""
    area, arrangement = page.area, page.arrangement
    people = {seat.place: plan.people_by_key.get(seat.person) for seat in seating.seats}
    radius = _chair_radius(page)
    obstacles = [
        Obstacle(rect, round) for _, _, rect, round in _shapes(page) if rect.height() >= 0.5
    ]
    seats: list[Seat] = []
    for cluster in page.tables:
        for spot in cluster.spots:
            x, y = arrangement.point(cluster, spot.x, spot.y)
            person = people.get(spot.place)
            side = person.side if person is not None else None
            seat = Seat(spot, area.left() + x, area.top() + y, radius, side)
            if person is not None:
                seat.forms = label_forms(language, person)
            seats.append(seat)
            chair = QRectF(seat.x - radius, seat.y - radius, 2 * radius, 2 * radius)
            obstacles.append(Obstacle(chair, round=True))
    return seats, label_seats(canvas, seats, obstacles, area, _label_faces)


def _draw_floor(
    canvas: Canvas,
    plan: VisitPlan,
    seating: Seating,
    language: DocumentLanguage,
    page: PlanPage,
) -> Labelling:
    """The tables, the seats with their numbers and marks, and the names beside them."""
    for cluster, index, rect, round in _shapes(page):
        table = seating.table(cluster.key)
        names = language.texts(table, "name", table.name)
        if rect.height() < 0.5:  # a row of chairs: its name before its first chair
            _row_name(canvas, cluster, page.arrangement, page.area, names)
        else:
            draw_table(canvas, rect, round, names if index == 0 else [])
    seats, labelling = floor_seats(canvas, plan, seating, language, page)
    radius = _chair_radius(page)
    number_face = font(max(5.0, min(8.0, radius * 1.8)), bold=True)
    for seat in seats:
        draw_seat(canvas, seat, number_face)
        draw_label(canvas, seat, _label_faces(labelling.size))
    return labelling


def _row_name(
    canvas: Canvas,
    cluster: Cluster,
    arrangement: Arrangement,
    area: QRectF,
    names: list[str],
) -> None:
    xs = [arrangement.point(cluster, s.x, s.y)[0] for s in cluster.spots]
    _, y = arrangement.point(cluster, cluster.x, cluster.y)
    right = area.left() + min(xs, default=0) - 5
    box = QRectF(area.left() - MARGIN + 2, area.top() + y - 3, right - area.left() + MARGIN - 2, 6)
    one_line(canvas, box, names[0], 7, bold=True, align=ALIGN_RIGHT)


def _draw_entrance(canvas: Canvas, area: QRectF, language: DocumentLanguage) -> None:
    """The entrance along the bottom edge, the word in the middle between arrows into
    the room."""
    word = both(language, lambda w: w.translate("Seating", "Entrance")).upper()
    face = font(8, bold=True)
    y = area.bottom() + 4
    half = canvas.width(word, face) / 2 + 9
    middle = area.center().x()
    canvas.line(area.left(), y, middle - half, y, ACCENT, 0.6)
    canvas.line(middle + half, y, area.right(), y, ACCENT, 0.6)
    canvas.text(QRectF(middle - half, y - 3, 2 * half, 6), word, face, ACCENT)
    for x in (middle - half + 3.5, middle + half - 3.5):
        canvas.polygon([(x - 1.6, y + 1.2), (x + 1.6, y + 1.2), (x, y - 1.4)], ACCENT)


def _draw_legend(
    canvas: Canvas,
    plan: VisitPlan,
    event: Event,
    language: DocumentLanguage,
    labelling: Labelling,
    top: float,
    width: float,
) -> None:
    """What the marks and numbers say: host, guest, an empty seat, the order of honour;
    and that names are shortened, or crowded, where they are."""
    words = language.main
    items: list[tuple[Side | None, str]] = [
        (Side.HOST, side_heading(plan, Side.HOST, event, words)),
        (Side.GUEST, side_heading(plan, Side.GUEST, event, words)),
        (None, words.translate("Seating", "Empty seat")),
    ]
    note = words.translate(
        "Seating", "Seat 1 presides at each table; the numbers count in order of honour."
    )
    if labelling.crowded:
        note += " " + words.translate(
            "Seating",
            "The plan is crowded on this paper: the index gives every name in full; a"
            " larger paper gives the names more room.",
        )
    elif labelling.abbreviated:
        note += " " + words.translate(
            "Seating", "Names shortened to fit are given in full in the index."
        )
    face = font(7.5)
    x = MARGIN
    for side, text in items:
        side_mark(canvas, x + 1.6, top + 2.5, 1.6, side)
        x += 4.5
        canvas.text(QRectF(x, top, 100, 5), text, face, INK, ALIGN_LEFT)
        x += canvas.width(text, face) + 7
    one_line(canvas, QRectF(MARGIN, top + 5, width - 2 * MARGIN, 5), note, 7.5, color=MUTED)


def draw_index_page(
    canvas: Canvas,
    sheet: QRectF,
    event: Event,
    language: DocumentLanguage,
    entries: Sequence[Entry],
    columns: int,
    rows: int,
) -> None:
    words = language.main
    width = sheet.width() - 2 * MARGIN
    heading = both(language, lambda w: w.translate("Seating", "Index of guests"))
    top = MARGIN
    one_line(canvas, QRectF(MARGIN, top, width, 9), heading, 15, bold=True, color=ACCENT)
    top += 9
    titles = " / ".join(language.texts(event, "title", event.title))
    one_line(canvas, QRectF(MARGIN, top, width, 6), titles, 9, color=MUTED)
    top += 7
    gap = 6.0
    column_width = (width - gap * (columns - 1)) / columns
    head_face, face, other_face = font(7, bold=True), font(8.5), font(8)
    name_word = words.translate("Seating", "Name")
    table_word = words.translate("Seating", "Table")
    seat_word = words.translate("Seating", "Seat")
    for column in range(columns):
        left = MARGIN + column * (column_width + gap)
        chunk = entries[column * rows : (column + 1) * rows]
        if not chunk:
            break
        seat_w, table_w = 14.0, column_width * 0.3
        name_w = column_width - seat_w - table_w
        canvas.text(QRectF(left + 4, top, name_w, 5), name_word, head_face, ACCENT, ALIGN_LEFT)
        canvas.text(
            QRectF(left + name_w, top, table_w, 5), table_word, head_face, ACCENT, ALIGN_LEFT
        )
        canvas.text(
            QRectF(left + name_w + table_w, top, seat_w, 5),
            seat_word,
            head_face,
            ACCENT,
            ALIGN_RIGHT,
        )
        canvas.line(left, top + 5.5, left + column_width, top + 5.5, RULE, 0.3)
        y = top + 6
        for row, entry in enumerate(chunk):
            if row % 2:
                canvas.shape(QRectF(left, y, column_width, INDEX_ROW), fill=QColor("#f4f6fa"))
            side_mark(canvas, left + 1.5, y + INDEX_ROW / 2, 1.2, entry.side)
            name_box = QRectF(left + 4, y, name_w - 5, INDEX_ROW)
            _index_name(canvas, name_box, entry, face, other_face)
            one_line(
                canvas, QRectF(left + name_w, y, table_w, INDEX_ROW), entry.table, 8.5, bold=True
            )
            canvas.text(
                QRectF(left + name_w + table_w, y, seat_w, INDEX_ROW),
                entry.seat,
                face,
                INK,
                ALIGN_RIGHT,
            )
            y += INDEX_ROW


def _index_name(canvas: Canvas, box: QRectF, entry: Entry, face: QFont, other_face: QFont) -> None:
    """The name, and the other script after it, smaller together where they must be."""
    size = face.pointSizeF()
    while size > 6:
        main, other = font(size), font(size * 0.95)
        width = canvas.width(entry.name, main)
        if entry.other:
            width += 2 + canvas.width(entry.other, other)
        if width <= box.width():
            break
        size -= 0.5
    main, other = font(size), font(size * 0.95)
    canvas.text(box, entry.name, main, INK, ALIGN_LEFT)
    if entry.other:
        rest = QRectF(
            box.left() + canvas.width(entry.name, main) + 2, box.top(), box.width(), box.height()
        )
        canvas.text(rest, entry.other, other, MUTED, ALIGN_LEFT)
