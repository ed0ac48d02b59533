"""Seating on paper: the table plan for the entrance with its index of names, tent cards to
fold, and name badges. Each is a DrawnJob (planner.export.pdf), which the print preview
shows and `pdf_bytes` writes like any other document.

Names are written as the document's language writes them, the other script under them
(a bilingual document's second language, else the own-script name, or in a Chinese
document the name in Latin letters). Place cards carry the short form of address
(planner.domain.address): `President Heine`, `海妮總統`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cmp_to_key

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter

from planner.domain.errors import PlannerError
from planner.domain.labels import SIDE
from planner.domain.model import Event, Person, Seating, VisitPlan
from planner.domain.names import full_name
from planner.domain.programme import by_precedence
from planner.domain.seating import party, seated_people
from planner.export.attendees import find_event
from planner.export.cards import (
    A4,
    BADGE_GRIDS,
    CARD,
    card_marks,
    crop_marks,
    draw_badge,
    draw_card,
)
from planner.export.drawing import Canvas
from planner.export.language import DocumentLanguage
from planner.export.pdf import PAGE_SIZES, DrawnJob, PaperSize, ensure_gui_application
from planner.export.plan_page import (
    Entry,
    draw_index_page,
    draw_plan_page,
    footer,
    index_layout,
    plan_page,
)
from planner.export.seating_names import collator, names

# The documents' own words are marked in the context "Seating"; each call spells it out.


def has_table_plan(event: Event) -> bool:
    """Whether an item has a plan with tables to draw."""
    return event.seating is not None and bool(event.seating.tables)


def _seating(plan: VisitPlan, event: Event) -> Seating:
    if not has_table_plan(event) or event.seating is None:
        raise PlannerError(
            f"item {event.key!r} of visit {plan.visit.key!r} has no seating plan: "
            "make or propose one first"
        )
    return event.seating


def _entries(plan: VisitPlan, seating: Seating, language: DocumentLanguage) -> list[Entry]:
    """Everyone seated, in the alphabetical order of the document's language."""
    words = language.main
    entries = []
    for seat in seating.seats:
        person = plan.people_by_key.get(seat.person)
        if person is None:
            continue
        main, other = names(language, person)
        if main == full_name(person) and person.family_name:
            shown = f"{person.family_name}, {person.given_name}".strip(", ")
        else:
            shown = main
        table = seating.table(seat.table)
        where = str(seat.number)
        if seat.side is not None:
            where = f"{words.label(SIDE, seat.side)} {seat.number}"
        entries.append(
            Entry(shown, shown, other, person.side, words.text(table, "name", table.name), where)
        )
    compare = collator(words)

    def order(one: Entry, other: Entry) -> int:
        return compare.compare(one.sort, other.sort)

    return sorted(entries, key=cmp_to_key(order))


def table_plan(
    plan: VisitPlan, event_key: str, paper: PaperSize, language: DocumentLanguage
) -> DrawnJob:
    """The item's table plan drawn to fit the page, then an index of everyone seated in
    alphabetical order with their table and seat, for the entrance. PlannerError for an
    item without a seating plan."""
    event = find_event(plan, event_key)
    seating = _seating(plan, event)
    ensure_gui_application()
    words = language.main
    page = plan_page(paper, language, event, seating)
    entries = _entries(plan, seating, language)
    columns, rows, index_pages = index_layout(page.size, len(entries))
    pages = 1 + index_pages
    visit_title = words.title(plan.visit)

    def paint(painter: QPainter, number: int, scale: float) -> None:
        canvas = Canvas(painter, scale)
        sheet = QRectF(0, 0, page.size.width(), page.size.height())
        if number == 0:
            draw_plan_page(canvas, plan, event, seating, language, page)
        else:
            first = (number - 1) * columns * rows
            chunk = entries[first : first + columns * rows]
            draw_index_page(canvas, sheet, event, language, chunk, columns, rows)
        footer(canvas, sheet, words, visit_title, number, pages)

    title = words.translate("Seating", "{title} — table plan")
    orientation = (
        QPageLayout.Orientation.Landscape
        if page.size.width() > page.size.height()
        else QPageLayout.Orientation.Portrait
    )
    return DrawnJob(
        title.format(title=words.text(event, "title", event.title)),
        pages,
        QPageSize(PAGE_SIZES[paper]),
        orientation,
        paint,
    )


def card_people(plan: VisitPlan, event: Event) -> list[Person]:
    """Everyone seated, in seat order (table, seat); without a plan, everyone who would be
    seated (planner.domain.seating: not staff, security or the press), in order of honour
    at table, the host side first."""
    if event.seating is not None and event.seating.seats:
        keys: Sequence[str] = seated_people(event.seating)
    else:
        keys = party(plan, event).everyone
    return [plan.people_by_key[key] for key in keys if key in plan.people_by_key]


def place_cards(plan: VisitPlan, event_key: str, language: DocumentLanguage) -> DrawnJob:
    """Tent cards to fold, two to an A4 sheet: the short form of address on both faces,
    the upper face upside down so that the folded card reads upright from both sides of
    the table; the document's language first, its second under it where it differs."""
    event = find_event(plan, event_key)
    people = card_people(plan, event)
    if not people:
        raise PlannerError(f"nobody is seated at item {event.key!r} of visit {plan.visit.key!r}")
    ensure_gui_application()
    words = language.main

    def paint(painter: QPainter, page: int, scale: float) -> None:
        canvas = Canvas(painter, scale)
        for slot, person in enumerate(people[page * 2 : page * 2 + 2]):
            draw_card(canvas, slot * CARD.height(), person, language)
        card_marks(canvas)

    title = words.translate("Seating", "{title} — place cards")
    return DrawnJob(
        title.format(title=words.text(event, "title", event.title)),
        math.ceil(len(people) / 2),
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        paint,
    )


def badge_people(plan: VisitPlan, event: Event) -> list[Person]:
    """Whom an item's badges are for: its participants, in order of precedence."""
    keys = by_precedence(plan, [p.person for p in event.participants])
    return [plan.people_by_key[key] for key in keys if key in plan.people_by_key]


def badges(
    plan: VisitPlan, event_key: str | None, per_page: int, language: DocumentLanguage
) -> DrawnJob:
    """Name badges for the item's participants (or everyone in the visit) in order of
    precedence, 4 or 8 to an A4 sheet with cut marks, or one to a page of its own size:
    the name in both scripts, the title, the side and the country."""
    if per_page not in BADGE_GRIDS:
        allowed = ", ".join(str(n) for n in sorted(BADGE_GRIDS))
        raise PlannerError(f"badges come {allowed} to a page, not {per_page}")
    words = language.main
    if event_key is None:
        people = list(plan.in_canonical_order().people)
        about = words.title(plan.visit)
    else:
        event = find_event(plan, event_key)
        people = badge_people(plan, event)
        about = words.text(event, "title", event.title)
    ensure_gui_application()
    columns, rows, size = BADGE_GRIDS[per_page]
    sheet = size if per_page == 1 else A4
    left = (sheet.width() - columns * size.width()) / 2
    top = (sheet.height() - rows * size.height()) / 2
    if not people:
        raise PlannerError(f"nobody to make a badge for in {about!r}")
    visit_title = words.title(plan.visit)

    def paint(painter: QPainter, page: int, scale: float) -> None:
        canvas = Canvas(painter, scale)
        for slot, person in enumerate(people[page * per_page : (page + 1) * per_page]):
            row, column = divmod(slot, columns)
            rect = QRectF(
                left + column * size.width(), top + row * size.height(), size.width(), size.height()
            )
            draw_badge(canvas, rect, person, language, visit_title)
        if per_page > 1:
            crop_marks(canvas, left, top, columns, rows, size)

    title = words.translate("Seating", "{title} — badges").format(title=about)
    paper = (
        QPageSize(size, QPageSize.Unit.Millimeter, "Badge", QPageSize.SizeMatchPolicy.ExactMatch)
        if per_page == 1
        else QPageSize(QPageSize.PageSizeId.A4)
    )
    return DrawnJob(
        title,
        math.ceil(len(people) / per_page),
        paper,
        QPageLayout.Orientation.Portrait,
        paint,
    )
