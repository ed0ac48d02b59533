"""Printed sheets and the programme, read back with pypdf: text, pages, paper, fonts."""

import io
import unicodedata
from dataclasses import replace
from typing import Any

import pytest
from pypdf import PdfReader

from planner.domain.model import Participant, Person, VisitPlan
from planner.domain.vocab import DelegationRole, Side
from planner.export.pdf import PaperSize, attendee_sheet, pdf_bytes
from planner.services import Planner
from tests.export.conftest import DEMO, TRIP

LIGATURES = {ord(c): unicodedata.normalize("NFKC", c) for c in "ﬀﬁﬂﬃﬄﬅﬆ"}
A4_POINTS = (595, 842)
LETTER_POINTS = (612, 792)
A3_POINTS = (842, 1191)
POINTS = {PaperSize.A4: A4_POINTS, PaperSize.LETTER: LETTER_POINTS, PaperSize.A3: A3_POINTS}


def pages_text(data: bytes) -> list[str]:
    """Each page's text as a reader would copy it: ligatures unfolded, one space between words.

    Only the Latin ligatures are folded; a CJK character must come out as itself.
    """
    pages = PdfReader(io.BytesIO(data)).pages
    return [" ".join(page.extract_text().translate(LIGATURES).split()) for page in pages]


def page_size(data: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(data)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def font_names(data: bytes) -> set[str]:
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        resources: Any = page["/Resources"].get_object()
        fonts = resources.get("/Font", {})
        for font in fonts.values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def test_signing_sheet_lists_signatories_first_then_both_sides(stored: Planner) -> None:
    data = stored.attendee_list(DEMO, "pdf", event="loi-signing")
    (text,) = pages_text(data)
    assert page_size(data) == A4_POINTS
    assert "Signing of the Letter of Intent on Security Cooperation" in text
    assert "Wednesday 4 June 2025, 10:00–10:30 (Taipei time)" in text
    assert "圓山大飯店" in text
    signatories = text.index("Signatories")
    assert signatories < text.index("Participants")
    assert "by designation of H.E. Hilda Heine" in text
    assert "蔡明彥" in text
    assert "夏季昌" in text
    assert "Host side — Taiwan (TW)" in text
    assert "Guest side — Marshall Islands (MH)" in text
    assert "Page 1 of 1" in text


def test_native_script_is_drawn_with_an_embedded_cjk_font(stored: Planner) -> None:
    data = stored.attendee_list(DEMO, "pdf", event="loi-signing")
    assert any("CJK" in name for name in font_names(data)), font_names(data)


def test_letter_paper_on_request(stored: Planner) -> None:
    data = stored.attendee_list(DEMO, "pdf", paper="letter")
    assert page_size(data) == LETTER_POINTS
    assert "Delegation list" in pages_text(data)[0]


def test_visit_text_prints_literally_never_as_markup(demo_plan: VisitPlan) -> None:
    signing = next(e for e in demo_plan.events if e.key == "loi-signing")
    marked = replace(signing, title="<b>Signing</b> & <i>exchange</i>")
    plan = replace(demo_plan, events=(marked,))
    (text,) = pages_text(pdf_bytes(attendee_sheet(plan, "loi-signing")))
    assert "<b>Signing</b> & <i>exchange</i>" in text


def test_long_lists_run_over_pages_with_headers_and_page_numbers(demo_plan: VisitPlan) -> None:
    extra = tuple(
        Person(
            f"staff{i}",
            f"Member{i}",
            "Crew",
            "Staff officer",
            "MH",
            Side.GUEST,
            DelegationRole.STAFF,
            10 + i,
            native_name="夏季昌",
        )
        for i in range(90)
    )
    signing = next(e for e in demo_plan.events if e.key == "loi-signing")
    crowded = replace(
        signing, participants=signing.participants + tuple(Participant(p.key) for p in extra)
    )
    plan = replace(demo_plan, people=demo_plan.people + extra, events=(crowded,))
    pages = pages_text(pdf_bytes(attendee_sheet(plan, "loi-signing")))
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert (
            "Guest side — Marshall Islands (MH)" in text
        )  # the table header repeats on every page
        assert f"Page {number} of {len(pages)}" in text
    assert "Member89" in pages[-1]


def test_programme_booklet_goes_day_by_day_in_local_time(stored: Planner) -> None:
    text = "\n".join(pages_text(stored.programme_pdf(DEMO)))
    days = [
        "Monday 2 June 2025",
        "Tuesday 3 June 2025",
        "Wednesday 4 June 2025",
        "Thursday 5 June 2025",
        "Friday 6 June 2025",
        "Saturday 7 June 2025",
    ]
    start = text.index("Programme")
    positions = [text.index(day, start) for day in days]
    assert positions == sorted(positions)
    assert "Dress: Formal / national dress" in text
    assert "09:30–22:00" in text  # the flight, in its own zones
    assert "Taoyuan → Majuro" in text  # the airports' cities
    assert "CANCELLED" in text
    assert "Tsai Ming-yen 蔡明彥" in text


def test_programme_of_a_trip_shows_each_item_in_the_zone_where_it_happens(
    stored: Planner,
) -> None:
    text = "\n".join(pages_text(stored.programme_pdf(TRIP)))
    assert "10:00–11:30" in text  # Berlin summer time, not Taipei's 16:00
    assert "Berlin" in text
    # The flight leaves Majuro early on Tuesday 8 July and lands in Honolulu on Monday 7 July:
    # it is listed under the day it leaves, at the times on the clocks where it happens.
    flight = text.index("Flight Majuro to Honolulu")
    assert text.rindex("Tuesday 8 July 2025", 0, flight) > text.index("Monday 7 July 2025")
    # pypdf reads the minus of "−1" as a glyph of its own
    assert "01:00–07:00 − 1 arrives Mon 07 Jul Majuro → Honolulu" in text
    assert "21:00 − 1 in Taipei" in text  # Monday evening at home


@pytest.mark.parametrize("paper", list(PaperSize))
def test_programme_honours_the_paper_size(stored: Planner, paper: PaperSize) -> None:
    data = stored.programme_pdf(DEMO, paper=paper.value)
    assert page_size(data) == POINTS[paper]


def test_no_programme_item_is_cut_in_two_by_a_page_end(stored: Planner) -> None:
    pages = pages_text(stored.programme_pdf(DEMO))
    assert len(pages) >= 2
    for event in stored.plan(DEMO).events:
        if not event.participants:
            continue
        (page,) = [text for text in pages if event.title in text]
        after = page[page.index(event.title) :]
        assert "Guest:" in after, event.title  # its last line is on the page its title is on
