"""The table plan, place cards and badges, read back with pypdf: every name, the pages, the
paper, the order of the index; the drawing's names laid out without overlapping."""

import io
import math
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter

from planner.domain.address import short_form
from planner.domain.errors import PlannerError
from planner.domain.model import (
    FormOverride,
    Participant,
    Person,
    Seat,
    Seating,
    Table,
    Translation,
    VisitPlan,
)
from planner.domain.names import full_name
from planner.domain.seating import propose
from planner.domain.vocab import DelegationRole, SeatingKind, Side
from planner.export import pdf
from planner.export.drawing import Canvas, fit
from planner.export.language import DocumentLanguage, document_language
from planner.export.plan_page import floor_seats, plan_page
from planner.export.seating_pdf import badges, place_cards, table_plan
from tests.export.test_pdf import A4_POINTS, font_names, page_size

BANQUET = "state-banquet"  # State banquet hosted by President Lai
# Round the table from the host: the guest of honour at his right (2), the next guest at his
# left (3), hosts at 4 and 5, guests at 6 and 7; seat 8 is left empty.
AT_TABLE = ("lai", "heine", "kaneko", "tsai", "hsia", "bejang", "silk")
LANGUAGES = ("en", "zh-Hant", "bilingual")


def seated(plan: VisitPlan, seating: Seating, event: str = BANQUET) -> VisitPlan:
    events = tuple(replace(e, seating=seating) if e.key == event else e for e in plan.events)
    return replace(plan, events=events)


@pytest.fixture
def banquet(demo_plan: VisitPlan) -> VisitPlan:
    """The demo visit with its state banquet seated at one round table of eight."""
    head = Table("head", "Head table", 8, (Translation("zh-Hant", "name", "主桌"),))
    seats = tuple(Seat("head", number, key) for number, key in enumerate(AT_TABLE, 1))
    return seated(demo_plan, Seating(SeatingKind.ROUNDS, (head,), seats))


def language(plan: VisitPlan, tag: str) -> DocumentLanguage:
    return document_language(plan.visit, tag)


# A few ideographs whose glyph a CJK font shares with a radical of the CJK Radicals
# Supplement, which NFKC leaves as it is: pypdf reads 部長 as 部⻑ (Qt's ToUnicode map
# names the radical; planner.export.pdf.ideographs_for_radicals mends the Kangxi ones only).
SUPPLEMENT = str.maketrans({"⻑": "長", "⻘": "青", "⻝": "食", "⻤": "鬼", "⻣": "骨"})


def pages_text(data: bytes) -> list[str]:
    """Each page's words one space apart, its Chinese as typed (pypdf gives some characters
    as radicals)."""
    pages = PdfReader(io.BytesIO(data)).pages
    return [
        unicodedata.normalize("NFKC", " ".join(page.extract_text().split())).translate(SUPPLEMENT)
        for page in pages
    ]


def squashed(text: str) -> str:
    """Without spaces: a name broken onto two lines reads whole again."""
    return "".join(text.split())


def expected_names(plan: VisitPlan, key: str, tag: str) -> list[str]:
    """A seat's names: in English the romanised name and the own-script one; in Chinese
    the Chinese name and the romanised one; bilingual, the romanised and the Chinese."""
    person = plan.person(key)
    chinese = person.translation("name", "zh-Hant") or person.native_name or ""
    if tag == "zh-Hant":
        return [chinese, full_name(person)]
    if tag == "en":
        return [full_name(person), *([person.native_name] if person.native_name else [])]
    return [full_name(person), chinese]


# The table plan


@pytest.mark.parametrize("tag", LANGUAGES)
def test_the_table_plan_names_everyone_seated_in_both_scripts(banquet: VisitPlan, tag: str) -> None:
    data = pdf.pdf_bytes(table_plan(banquet, BANQUET, pdf.PaperSize.A4, language(banquet, tag)))
    drawing, _ = pages_text(data)
    for key in AT_TABLE:
        for name in expected_names(banquet, key, tag):
            assert squashed(name) in squashed(drawing), (key, name)
    assert "State banquet hosted by President Lai" in drawing or tag == "zh-Hant"
    assert any("CJK" in name for name in font_names(data))
    assert ("入口" if tag == "zh-Hant" else "ENTRANCE") in drawing


def test_the_table_plan_has_its_title_date_and_entrance_in_chinese(banquet: VisitPlan) -> None:
    data = pdf.pdf_bytes(
        table_plan(banquet, BANQUET, pdf.PaperSize.A4, language(banquet, "zh-Hant"))
    )
    drawing = squashed(pages_text(data)[0])
    assert "賴總統款宴國宴" in drawing or "國宴" in drawing
    assert "2025年6月3日(星期二)" in drawing  # its brackets folded to ASCII by NFKC
    assert "主桌" in drawing
    assert "1of2" not in drawing  # the foot of the page in Chinese: 第 1 頁，共 2 頁
    assert "第1頁" in drawing


def test_the_index_is_alphabetical_in_english_and_by_strokes_in_chinese(
    banquet: VisitPlan,
) -> None:
    english = pages_text(
        pdf.pdf_bytes(table_plan(banquet, BANQUET, pdf.PaperSize.A4, language(banquet, "en")))
    )[1]
    families = ["Bejang", "Heine", "Hsia", "Kaneko", "Lai", "Silk", "Tsai"]
    assert [english.index(f"{family},") for family in families] == sorted(
        english.index(f"{family},") for family in families
    )
    assert "Heine, Hilda" in english
    assert "Head table" in english
    chinese = squashed(
        pages_text(
            pdf.pdf_bytes(
                table_plan(banquet, BANQUET, pdf.PaperSize.A4, language(banquet, "zh-Hant"))
            )
        )[1]
    )
    # By the strokes of the first character: 卡 5, 貝 7, 夏 席 海 10, 蔡 15, 賴 16.
    by_strokes = ["卡尼可", "貝江", "夏季昌", "席爾克", "海妮", "蔡明彥", "賴清德"]
    positions = [chinese.index(name) for name in by_strokes]
    assert positions == sorted(positions)


def test_the_index_gives_each_guest_a_table_and_seat(banquet: VisitPlan) -> None:
    index = pages_text(
        pdf.pdf_bytes(table_plan(banquet, BANQUET, pdf.PaperSize.A4, language(banquet, "en")))
    )[1]
    assert "Heine, Hilda Head table 2" in index
    assert "Lai, Ching-te 賴清德 Head table 1" in index


def test_a_long_index_takes_as_many_pages_as_it_needs(demo_plan: VisitPlan) -> None:
    plan, seating = crowd(demo_plan, tables=9, seats=10)  # 90: more than a page holds
    data = pdf.pdf_bytes(table_plan(plan, BANQUET, pdf.PaperSize.A4, language(plan, "en")))
    pages = pages_text(data)
    text = " ".join(pages[1:])
    assert len(pages) >= 3
    for seat in seating.seats:
        person = plan.person(seat.person)
        assert f"{person.family_name}, {person.given_name}" in text


def test_an_item_without_seating_has_no_table_plan(demo_plan: VisitPlan) -> None:
    with pytest.raises(PlannerError, match="state-banquet"):
        table_plan(demo_plan, BANQUET, pdf.PaperSize.A4, language(demo_plan, "en"))


@pytest.mark.parametrize(
    ("paper", "points"),
    [(pdf.PaperSize.A4, A4_POINTS), (pdf.PaperSize.A3, (842, 1191))],
)
def test_the_plan_is_on_the_paper_asked_for(
    banquet: VisitPlan, paper: pdf.PaperSize, points: tuple[int, int]
) -> None:
    data = pdf.pdf_bytes(table_plan(banquet, BANQUET, paper, language(banquet, "en")))
    assert page_size(data) == points  # one round table: upright


def test_a_long_table_is_drawn_across_a_landscape_page(demo_plan: VisitPlan) -> None:
    table = Table("long", "Banquet table", 20)
    seats = tuple(Seat("long", number, key) for number, key in enumerate(AT_TABLE, 1))
    plan = seated(demo_plan, Seating(SeatingKind.LONG, (table,), seats))
    job = table_plan(plan, BANQUET, pdf.PaperSize.A4, language(plan, "en"))
    assert job.orientation is QPageLayout.Orientation.Landscape
    assert page_size(pdf.pdf_bytes(job)) == (A4_POINTS[1], A4_POINTS[0])


def crowd(plan: VisitPlan, tables: int, seats: int) -> tuple[VisitPlan, Seating]:
    """Five round tables of ten (or as asked), with long names and Chinese ones among them."""
    given = ["Maximiliano", "Jean-Pierre", "Kalani", "Ming-yen", "Elisabeth", "Oluwaseun"]
    family = ["Hernández-Rodríguez", "de la Fontaine", "Tsai", "Wójcik-Lewandowska", "Ng"]
    native = {"Tsai": "蔡明彥", "Ng": "吳莉"}
    people = list(plan.people)
    keys = list(AT_TABLE)
    for number in range(tables * seats - len(AT_TABLE)):
        side = Side.HOST if number % 2 else Side.GUEST
        last = family[number % len(family)]
        person = Person(
            f"p{number}",
            given[number % len(given)],
            last,
            "Counsellor",
            "TW" if side is Side.HOST else "MH",
            side,
            DelegationRole.MEMBER,
            10 + number,
            native_name=native.get(last),
        )
        people.append(person)
        keys.append(person.key)
    made = tuple(Table(f"t{n}", f"Table {n}", seats) for n in range(1, tables + 1))
    places = [(t.key, n) for t in made for n in range(1, seats + 1)]
    seating = Seating(
        SeatingKind.ROUNDS,
        made,
        tuple(Seat(table, n, key) for (table, n), key in zip(places, keys, strict=True)),
    )
    event = plan.event(BANQUET)
    participants = tuple(Participant(key) for key in keys)
    events = tuple(
        replace(e, seating=seating, participants=participants) if e is event else e
        for e in plan.events
    )
    return replace(plan, people=tuple(people), events=events), seating


@pytest.mark.parametrize("tag", ["en", "bilingual"])
def test_names_round_crowded_tables_never_overlap_and_are_never_cut(
    demo_plan: VisitPlan, tag: str
) -> None:
    plan, seating = crowd(demo_plan, tables=5, seats=10)
    words = language(plan, tag)
    page = plan_page(pdf.PaperSize.A4, words, plan.event(BANQUET), seating)
    image = QImage(2480, 3508, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(11811)  # 300 dpi
    image.setDotsPerMeterY(11811)
    painter = QPainter(image)
    try:
        canvas = Canvas(painter, 300 / 25.4)
        seats, labelling = floor_seats(canvas, plan, seating, words, page)
    finally:
        painter.end()
    assert labelling.size >= 6
    assert labelling.crowded == 0
    boxes = [seat.box for seat in seats if seat.box is not None]
    assert len(boxes) == len(seating.seats)
    for index, box in enumerate(boxes):
        assert page.area.contains(box)
        for other in boxes[index + 1 :]:
            assert not box.intersects(other)
    who = {seat.place: plan.person(seat.person) for seat in seating.seats}
    for seat in seats:  # a name whole, on one line or two, unless its initials stand for it
        assert seat.chosen is not None
        name = squashed("".join(seat.chosen.lines[: seat.chosen.names]))
        person = who[seat.spot.place]
        if not seat.chosen.abbreviated:
            assert name == squashed(full_name(person))
        else:
            assert name.endswith(squashed(person.family_name))


@pytest.mark.parametrize("kind", list(SeatingKind))
def test_every_kind_of_plan_proposed_is_drawn_with_everyone_named(
    demo_plan: VisitPlan, kind: SeatingKind
) -> None:
    plan = seated(demo_plan, propose(demo_plan, BANQUET, kind))
    data = pdf.pdf_bytes(table_plan(plan, BANQUET, pdf.PaperSize.A4, language(plan, "bilingual")))
    drawing = squashed(pages_text(data)[0])
    for key in AT_TABLE:
        for name in expected_names(plan, key, "bilingual"):
            assert squashed(name) in drawing, (kind, key, name)
    assert ("Stage" in drawing) is (kind is SeatingKind.THEATRE)


# Place cards


@pytest.mark.parametrize("tag", LANGUAGES)
def test_place_cards_come_two_to_a_sheet_each_name_on_both_faces(
    banquet: VisitPlan, tag: str
) -> None:
    words = language(banquet, tag)
    data = pdf.pdf_bytes(place_cards(banquet, BANQUET, words))
    pages = [squashed(text) for text in pages_text(data)]
    assert page_size(data) == A4_POINTS
    assert len(pages) == math.ceil(len(AT_TABLE) / 2)
    for number, key in enumerate(AT_TABLE):  # in seat order, two to a sheet
        person = banquet.person(key)
        for each in words.all:
            form = squashed(short_form(person, each.language))
            assert pages[number // 2].count(form) >= 2, (key, form)


def test_place_cards_write_the_short_form_of_address(banquet: VisitPlan) -> None:
    first = pages_text(
        pdf.pdf_bytes(place_cards(banquet, BANQUET, language(banquet, "bilingual")))
    )[0]
    assert "President Lai" in first
    assert "President Heine" in first
    assert "賴總統" in squashed(first)
    assert "海妮總統" in squashed(first)


def test_without_a_plan_place_cards_are_for_whoever_would_be_seated(
    demo_plan: VisitPlan,
) -> None:
    cards = pages_text(pdf.pdf_bytes(place_cards(demo_plan, BANQUET, language(demo_plan, "en"))))
    assert len(cards) == 4  # seven at the banquet, none of them staff or press
    assert "President Lai" in cards[0]  # in order of precedence: the host side first
    assert "Director-General Tsai" in cards[0]
    assert "President Heine" in cards[1]


def test_a_long_name_breaks_between_words_and_is_never_cut(banquet: VisitPlan) -> None:
    long = "Administrative Deputy Minister for Foreign Affairs and Trade Wójcik-Lewandowska"
    silk = banquet.person("silk")
    people = tuple(
        replace(p, form_overrides=(FormOverride("en", "short", long),)) if p is silk else p
        for p in banquet.people
    )
    plan = replace(banquet, people=people)
    pages = pages_text(pdf.pdf_bytes(place_cards(plan, BANQUET, language(plan, "en"))))
    assert squashed(pages[3]).count(squashed(long)) == 2


def test_a_name_is_fitted_no_smaller_than_readable() -> None:
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(23622)  # 600 dpi
    image.setDotsPerMeterY(23622)
    painter = QPainter(image)
    try:
        canvas = Canvas(painter, 600 / 25.4)
        text = "Administrative Deputy Minister for Foreign Affairs Wójcik-Lewandowska"
        fitted = fit(canvas, text, 178, largest=40, smallest=20)
        assert fitted.face.pointSizeF() >= 20
        assert 2 <= len(fitted.lines) <= 3
        assert all(canvas.width(line, fitted.face) <= 178 for line in fitted.lines)
        assert " ".join(fitted.lines) == text  # broken between words, nothing lost
        short = fit(canvas, "President Heine", 178, largest=40, smallest=20)
        assert short.lines == ("President Heine",)
        assert short.face.pointSizeF() == 40
        chinese = fit(
            canvas, "中華民國駐馬紹爾群島共和國特命全權大使夏季昌", 60, largest=40, smallest=20
        )
        assert "".join(chinese.lines) == "中華民國駐馬紹爾群島共和國特命全權大使夏季昌"
    finally:
        painter.end()


def test_place_cards_for_nobody_are_refused(demo_plan: VisitPlan) -> None:
    with pytest.raises(PlannerError, match="flags-ketagalan"):
        place_cards(demo_plan, "flags-ketagalan", language(demo_plan, "en"))


# Badges


@pytest.mark.parametrize(("per_page", "pages"), [(1, 7), (4, 2), (8, 1)])
def test_badges_to_a_sheet_or_one_to_a_page(
    demo_plan: VisitPlan, per_page: int, pages: int
) -> None:
    data = pdf.pdf_bytes(badges(demo_plan, None, per_page, language(demo_plan, "bilingual")))
    text = pages_text(data)
    assert len(text) == pages
    everything = squashed(" ".join(text))
    for person in demo_plan.people:
        assert squashed(full_name(person)) in everything
        assert (
            squashed(person.translation("name", "zh-Hant") or person.native_name or "")
            in everything
        )
    assert "HOST/地主方" in everything
    assert "GUEST/訪問方" in everything
    assert "MarshallIslands/馬紹爾群島" in everything
    assert "PresidentoftheRepublicoftheMarshallIslands" in everything
    assert page_size(data) == ((283, 198) if per_page == 1 else A4_POINTS)


def test_badges_of_an_item_are_its_participants_in_order_of_precedence(
    demo_plan: VisitPlan,
) -> None:
    text = pages_text(pdf.pdf_bytes(badges(demo_plan, "loi-signing", 1, language(demo_plan, "en"))))
    assert [page.split(" ")[:1] for page in text] == [
        ["HOST"],
        ["HOST"],
        ["GUEST"],
        ["GUEST"],
        ["GUEST"],
    ]
    assert "Ming-yen Tsai" in text[0] or "Tsai Ming-yen" in text[0]


def test_badges_come_only_one_four_or_eight_to_a_page(demo_plan: VisitPlan) -> None:
    with pytest.raises(PlannerError, match="1, 4, 8"):
        badges(demo_plan, None, 5, language(demo_plan, "en"))


# The one way pages are painted


def test_the_print_preview_paints_a_drawn_job_on_its_own_paper(
    banquet: VisitPlan, tmp_path: Path
) -> None:
    output = tmp_path / "preview.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    printer.setPageLayout(pdf.page_layout(pdf.PaperSize.A4))  # as the preview starts
    job = badges(banquet, None, 1, language(banquet, "en"))
    assert pdf.paint_pages(job, printer, printer.pageLayout()) == 7
    reader = PdfReader(output)
    assert len(reader.pages) == 7
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (283, 198)
    assert "Hilda Heine" in " ".join(reader.pages[3].extract_text().split())
