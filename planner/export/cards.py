"""Tent cards and name badges drawn on their sheets, with the marks to fold and cut by."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor

from planner.domain.address import short_form
from planner.domain.labels import SIDE
from planner.domain.model import Person
from planner.domain.vocab import Side
from planner.export.drawing import (
    ALIGN_CENTER,
    ALIGN_LEFT,
    ALIGN_RIGHT,
    Canvas,
    Fitted,
    draw_lines,
    fit,
    font,
    one_line,
)
from planner.export.floor_drawing import GUEST, HOST
from planner.export.language import DocumentLanguage
from planner.export.pdf import ACCENT, INK, MUTED, RULE
from planner.export.seating_names import both, names

A4 = QSizeF(210, 297)


CARD = QSizeF(210, 148.5)  # half an A4 sheet: a tent of two faces, folded across its middle


CARD_NAME = (40.0, 20.0)  # points: as large as a name fits, never smaller than readable


CARD_SECOND = (28.0, 20.0)


def _card_lines(
    canvas: Canvas, person: Person, language: DocumentLanguage, width: float
) -> list[Fitted]:
    """The short form in each language, fitted to the face: the first as large as it fits,
    the second under it a little smaller."""
    forms = list(dict.fromkeys(short_form(person, w.language) for w in language.all))
    fitted = [fit(canvas, forms[0], width, largest=CARD_NAME[0], smallest=CARD_NAME[1])]
    if len(forms) > 1:
        fitted.append(fit(canvas, forms[1], width, largest=CARD_SECOND[0], smallest=CARD_SECOND[1]))
    return fitted


def draw_card(canvas: Canvas, top: float, person: Person, language: DocumentLanguage) -> None:
    face_height = CARD.height() / 2
    width = CARD.width() - 2 * 16
    fitted = _card_lines(canvas, person, language, width)
    gap = 3.0
    for face in range(2):
        face_top = top + face * face_height
        height = sum(f.height for f in fitted) + gap * (len(fitted) - 1)
        middle_x, middle_y = CARD.width() / 2, face_top + face_height / 2
        # The upper face is turned about its middle: folded, it stands upright behind.
        with canvas.turned(middle_x, middle_y, 180 if face == 0 else 0):
            y = middle_y - height / 2
            for index, made in enumerate(fitted):
                color = INK if index == 0 else ACCENT
                y = draw_lines(canvas, made, 16, y, width, color) + gap
            rule_y = face_top + face_height - 9
            canvas.line(middle_x - 12, rule_y, middle_x + 12, rule_y, ACCENT, 0.5)


def card_marks(canvas: Canvas) -> None:
    """Where to fold (dashed) and where to cut (solid), at both edges of the sheet."""
    length = 9.0
    for card in range(2):
        fold = card * CARD.height() + CARD.height() / 2
        for x in (3.0, CARD.width() - 3.0 - length):
            canvas.line(x, fold, x + length, fold, MUTED, 0.25, dashes=[3, 2])
    cut = CARD.height()
    for x in (0.0, CARD.width() - length - 3.0):
        canvas.line(x, cut, x + length + 3.0, cut, INK, 0.3)


BADGE_GRIDS = {
    8: (2, 4, QSizeF(95, 65)),  # columns, rows, each badge in millimetres
    4: (2, 2, QSizeF(95, 130)),
    1: (1, 1, QSizeF(100, 70)),  # one to a page, the page a badge: for a badge printer
}


def draw_badge(
    canvas: Canvas, rect: QRectF, person: Person, language: DocumentLanguage, footer: str
) -> None:
    """A band in the side's colour with the side and the country, the name large with the
    other script under it, the title, and the visit at the foot."""
    colour = HOST if person.side is Side.HOST else GUEST
    inset = 5.0
    inner = rect.width() - 2 * inset
    band_height = min(13.0, rect.height() * 0.2)
    band = QRectF(rect.left(), rect.top(), rect.width(), band_height)
    canvas.shape(band, fill=colour)
    mark_y = band.center().y()
    _badge_mark(canvas, rect.left() + inset + 1.8, mark_y, 1.8, person.side)
    side = both(language, lambda w: w.label(SIDE, person.side))
    country = both(language, lambda w: w.country(person.country))
    side_box = QRectF(rect.left() + inset + 5, band.top(), inner - 5, band_height)
    canvas.text(side_box, side.upper(), font(8.5, bold=True), QColor("white"), ALIGN_LEFT)
    side_width = canvas.width(side.upper(), font(8.5, bold=True)) + 8
    country_box = QRectF(
        side_box.left() + side_width, band.top(), inner - 5 - side_width, band_height
    )
    one_line(canvas, country_box, country, 8.5, color=QColor("white"), align=ALIGN_RIGHT)
    foot_top = rect.bottom() - 7
    blocks = _badge_text(canvas, person, language, inner, tall=rect.height() > rect.width())
    room = foot_top - band.bottom()

    def height() -> float:
        return sum(before + fitted.height for fitted, _, before in blocks)

    while len(blocks) > 1 and height() > room - 2:
        blocks.pop()  # a title that does not fit: the second language's goes first
    # In the middle, but on a tall badge no lower than a third down: names stand level
    # across a sheet whatever the length of the titles under them.
    y = band.bottom() + max(2.0, min((room - height()) / 2, room * 0.3))
    for fitted, colour, before in blocks:
        y = draw_lines(canvas, fitted, rect.left() + inset, y + before, inner, colour)
    canvas.line(rect.left() + inset, foot_top, rect.right() - inset, foot_top, RULE, 0.2)
    foot = QRectF(rect.left() + inset, foot_top + 0.5, inner, 6)
    one_line(canvas, foot, footer, 6.5, color=MUTED, align=ALIGN_CENTER)


def _badge_text(
    canvas: Canvas, person: Person, language: DocumentLanguage, width: float, *, tall: bool
) -> list[tuple[Fitted, QColor, float]]:
    """The name, the other script under it and the title in each language, as fitted
    blocks with the space before each."""
    main, other = names(language, person)
    name = fit(canvas, main, width, largest=26 if tall else 17, smallest=11, bold=True)
    blocks = [(name, INK, 0.0)]
    if other:
        second = fit(canvas, other, width, largest=17 if tall else 12, smallest=9)
        blocks.append((second, ACCENT, 0.0))
    space = 5.0 if tall else 2.0
    for title in language.texts(person, "title", person.title):
        if title:
            lines = fit(canvas, title, width, largest=9 if tall else 7.5, smallest=6.5)
            blocks.append((lines, MUTED, space))
            space = 0.8
    return blocks


def _badge_mark(canvas: Canvas, x: float, y: float, radius: float, side: Side) -> None:
    """The side's mark on its band: a white disc for the host, a white ring for the guest."""
    rect = QRectF(x - radius, y - radius, 2 * radius, 2 * radius)
    if side is Side.HOST:
        canvas.shape(rect, fill=QColor("white"), round=True)
    else:
        canvas.shape(rect, stroke=QColor("white"), width=radius * 0.45, round=True)


def crop_marks(
    canvas: Canvas, left: float, top: float, columns: int, rows: int, size: QSizeF
) -> None:
    """A short line in the margin at the end of every cut, outside the badges."""
    right, bottom = left + columns * size.width(), top + rows * size.height()
    gap, length = 2.0, 6.0
    for column in range(columns + 1):
        x = left + column * size.width()
        canvas.line(x, top - gap - length, x, top - gap, INK, 0.25)
        canvas.line(x, bottom + gap, x, bottom + gap + length, INK, 0.25)
    for row in range(rows + 1):
        y = top + row * size.height()
        canvas.line(left - gap - length, y, left - gap, y, INK, 0.25)
        canvas.line(right + gap, y, right + gap + length, y, INK, 0.25)
