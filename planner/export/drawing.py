"""Drawn pages in millimetres: a QPainter with text measured, fitted and broken into lines.

A DrawnJob (planner.export.pdf) paints with the painter's origin at the paper's corner in
device pixels; a Canvas lets the drawing speak millimetres while fonts keep their point
sizes on whatever device it is, a 600 dpi PDF or a printer's preview. Text is measured on
that device, so what is fitted is what is printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF

from planner.export.pdf import FONT_FAMILIES, INK

POINT = 25.4 / 72  # millimetres to the point
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter

# Where a line may not break in Chinese: before closing punctuation, after opening.
NO_BREAK_BEFORE = set("，。、；：？！）」』》〉】…・·‧")
NO_BREAK_AFTER = set("（「『《〈【")


def font(points: float, *, bold: bool = False) -> QFont:
    """The documents' typeface at `points`: Noto Sans for Latin, Noto Sans CJK for Chinese."""
    made = QFont()
    made.setFamilies(FONT_FAMILIES)
    made.setPointSizeF(points)
    made.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    return made


class Canvas:
    """A page to draw on in millimetres from its top-left corner."""

    def __init__(self, painter: QPainter, scale: float) -> None:
        self.painter = painter
        self.scale = scale  # device pixels to the millimetre
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._widths: dict[tuple[str, str], float] = {}

    def px(self, mm: float) -> float:
        return mm * self.scale

    def at(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.scale, y * self.scale)

    def box(self, rect: QRectF) -> QRectF:
        k = self.scale
        return QRectF(rect.x() * k, rect.y() * k, rect.width() * k, rect.height() * k)

    # Text

    def metrics(self, face: QFont) -> QFontMetricsF:
        return QFontMetricsF(face, self.painter.device())

    def width(self, text: str, face: QFont) -> float:
        """How wide `text` is in millimetres."""
        key = (text, face.key())
        if key not in self._widths:
            self._widths[key] = self.metrics(face).horizontalAdvance(text) / self.scale
        return self._widths[key]

    def line_height(self, face: QFont) -> float:
        return self.metrics(face).height() / self.scale

    def text(
        self,
        rect: QRectF,
        text: str,
        face: QFont,
        color: QColor = INK,
        align: Qt.AlignmentFlag = ALIGN_CENTER,
    ) -> None:
        """One line of text in `rect` (millimetres), never wrapped by Qt."""
        self.painter.setFont(face)
        self.painter.setPen(QPen(color))
        self.painter.drawText(self.box(rect), int(align | Qt.TextFlag.TextSingleLine), text)

    # Shapes

    def pen(self, color: QColor, width: float, *, dashes: list[float] | None = None) -> QPen:
        pen = QPen(color, self.px(width))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dashes:
            pen.setDashPattern(dashes)
        return pen

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        color: QColor,
        width: float = 0.25,
        *,
        dashes: list[float] | None = None,
    ) -> None:
        self.painter.setPen(self.pen(color, width, dashes=dashes))
        self.painter.drawLine(QLineF(self.at(x1, y1), self.at(x2, y2)))

    def shape(
        self,
        rect: QRectF,
        *,
        fill: QColor | None = None,
        stroke: QColor | None = None,
        width: float = 0.3,
        round: bool = False,
        dashes: list[float] | None = None,
        radius: float = 0.0,
    ) -> None:
        """A rectangle (with corners of `radius`) or, if `round`, the ellipse inside it."""
        painter = self.painter
        painter.setBrush(QBrush(fill) if fill is not None else Qt.BrushStyle.NoBrush)
        if stroke is None:
            painter.setPen(Qt.PenStyle.NoPen)
        else:
            painter.setPen(self.pen(stroke, width, dashes=dashes))
        if round:
            painter.drawEllipse(self.box(rect))
        elif radius:
            painter.drawRoundedRect(self.box(rect), self.px(radius), self.px(radius))
        else:
            painter.drawRect(self.box(rect))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def polygon(self, points: list[tuple[float, float]], fill: QColor) -> None:
        self.painter.setPen(Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(fill))
        self.painter.drawPolygon(QPolygonF([self.at(x, y) for x, y in points]))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    @contextmanager
    def turned(self, x: float, y: float, degrees: float) -> Iterator[None]:
        """Draw turned by `degrees` clockwise about (`x`, `y`): an upside-down card face."""
        self.painter.save()
        self.painter.translate(self.at(x, y))
        self.painter.rotate(degrees)
        self.painter.translate(-self.at(x, y))
        try:
            yield
        finally:
            self.painter.restore()


# Lines: where a text may break, and how it is set in a width.


@dataclass(frozen=True)
class Fitted:
    """A text set in lines of one size."""

    lines: tuple[str, ...]
    face: QFont
    line_height: float  # millimetres

    @property
    def height(self) -> float:
        return self.line_height * len(self.lines)


def _char_breaks(text: str) -> list[int]:
    """Where a line of Chinese may break: between characters, not before a closing mark
    or after an opening one."""
    return [
        i
        for i in range(1, len(text))
        if text[i] not in NO_BREAK_BEFORE
        and text[i - 1] not in NO_BREAK_AFTER
        and not (text[i - 1].isascii() and text[i].isascii())
    ]


def _split(text: str, at: int) -> tuple[str, str]:
    return text[:at].rstrip(), text[at:].lstrip()


def word_breaks(text: str) -> list[int]:
    """Where a line may break between words: after each space, and after a hyphen inside a
    word (Director-|General), which keeps the hyphen."""
    spaces = [match.end() for match in re.finditer(r" +", text)]
    hyphens = [match.end() for match in re.finditer(r"(?<=\w)-(?=\w)", text)]
    return sorted(set(spaces + hyphens))


def two_lines(canvas: Canvas, text: str, face: QFont) -> tuple[str, str] | None:
    """`text` in two lines as even as can be, broken between words; Chinese without
    spaces between characters. None for a text with nowhere to break."""
    spaces = [match.end() for match in re.finditer(r" +", text)]
    candidates = spaces or word_breaks(text) or _char_breaks(text)
    if not candidates:
        return None
    return min(
        (_split(text, at) for at in candidates),
        key=lambda pair: max(canvas.width(pair[0], face), canvas.width(pair[1], face)),
    )


def wrapped(canvas: Canvas, text: str, face: QFont, width: float) -> list[str]:
    """`text` in as many lines of `width` as it needs, broken between words, and within a
    word (between characters) only where a word alone is wider: nothing is cut."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if canvas.width(candidate, face) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
        while canvas.width(current, face) > width and len(current) > 1:
            head, current = _overflow(canvas, current, face, width)
            lines.append(head)
    if current:
        lines.append(current)
    return lines


def _overflow(canvas: Canvas, text: str, face: QFont, width: float) -> tuple[str, str]:
    """The longest start of `text` that fits `width`, broken where it may break."""
    breaks = word_breaks(text) + _char_breaks(text) or list(range(1, len(text)))
    fitting = [at for at in breaks if canvas.width(text[:at].rstrip(), face) <= width]
    at = max(fitting) if fitting else min(breaks)
    return _split(text, at)


def fit(
    canvas: Canvas,
    text: str,
    width: float,
    *,
    largest: float,
    smallest: float,
    bold: bool = False,
    step: float = 1.0,
) -> Fitted:
    """`text` as large as it fits `width`: on one line down to three quarters of `largest`,
    else on two lines broken sensibly down to `smallest`, else at `smallest` on as many
    lines as it needs. Never smaller than `smallest`, never cut."""

    def sizes(low: float) -> Iterator[float]:
        size = largest
        while size >= low - 1e-6:
            yield size
            size -= step

    for size in sizes(max(smallest, largest * 0.75)):
        face = font(size, bold=bold)
        if canvas.width(text, face) <= width:
            return Fitted((text,), face, canvas.line_height(face))
    for size in sizes(smallest):
        face = font(size, bold=bold)
        pair = two_lines(canvas, text, face)
        if pair is not None and max(canvas.width(line, face) for line in pair) <= width:
            return Fitted(pair, face, canvas.line_height(face))
    face = font(smallest, bold=bold)
    return Fitted(tuple(wrapped(canvas, text, face, width)), face, canvas.line_height(face))


def draw_lines(
    canvas: Canvas,
    fitted: Fitted,
    x: float,
    top: float,
    width: float,
    color: QColor = INK,
    align: Qt.AlignmentFlag = ALIGN_CENTER,
) -> float:
    """The lines from `top` down, each in `width` from `x`; returns where they end."""
    for line in fitted.lines:
        canvas.text(QRectF(x, top, width, fitted.line_height), line, fitted.face, color, align)
        top += fitted.line_height
    return top


def one_line(canvas: Canvas, rect: QRectF, text: str, largest: float, **style: object) -> None:
    """`text` on one line in `rect`, smaller if it must be to fit (never below 6 pt)."""
    size = largest
    bold = bool(style.get("bold", False))
    while size > 6 and canvas.width(text, font(size, bold=bold)) > rect.width():
        size -= 0.5
    color = style.get("color", INK)
    align = style.get("align", ALIGN_LEFT)
    assert isinstance(color, QColor)
    canvas.text(rect, text, font(size, bold=bold), color, align)  # type: ignore[arg-type]
