"""Attendee lists in CSV and XLSX, as a spreadsheet user opens them."""

import csv
import io
from dataclasses import replace

import openpyxl
import pytest

from planner.domain.model import VisitPlan
from planner.export.attendees import attendee_table, csv_bytes, xlsx_bytes
from planner.services import Planner
from tests.export.conftest import DEMO
from tests.helpers.factories import FIXED_NOW


def read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_whole_delegation_host_side_first_each_by_precedence(stored: Planner) -> None:
    rows = read_csv(stored.attendee_list(DEMO, "csv"))
    assert [(r["Side"], r["Precedence"], r["Name"]) for r in rows] == [
        ("Host", "1", "Lai Ching-te"),
        ("Host", "2", "Tsai Ming-yen"),
        ("Host", "3", "Steve Hsia"),
        ("Guest", "1", "Hilda Heine"),
        ("Guest", "2", "Kalani Kaneko"),
        ("Guest", "3", "Joe Bejang"),
        ("Guest", "4", "Isabela Silk"),
    ]
    tsai = rows[1]
    assert tsai["Native name"] == "蔡明彥"
    assert tsai["Title"] == "Director-General, National Security Bureau"
    assert rows[5]["Dietary"] == "No shellfish"
    assert rows[3]["Role"] == "Head of delegation"


def test_event_list_has_the_event_roles_and_can_put_guests_first(stored: Planner) -> None:
    rows = read_csv(stored.attendee_list(DEMO, "csv", event="loi-signing", guests_first=True))
    assert [r["Name"] for r in rows] == [
        "Kalani Kaneko",
        "Joe Bejang",
        "Isabela Silk",
        "Tsai Ming-yen",
        "Steve Hsia",
    ]
    assert rows[0]["Role"] == "Signatory"
    assert "Dietary" not in rows[0]


def test_medical_notes_never_reach_a_list(stored: Planner, demo_plan: VisitPlan) -> None:
    plan = stored.plan(DEMO)
    people = tuple(replace(p, medical="Confidential: insulin") for p in plan.people)
    table = attendee_table(replace(plan, people=people))
    assert not any("insulin" in cell for row in table.rows for cell in row)


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)"])
def test_formula_like_names_are_neutralised(demo_plan: VisitPlan, formula: str) -> None:
    people = (replace(demo_plan.people[0], family_name=formula), *demo_plan.people[1:])
    table = attendee_table(replace(demo_plan, people=people))
    rows = read_csv(csv_bytes(table))
    cell = next(r["Name"] for r in rows if formula in r["Name"])
    assert cell.startswith("'")
    workbook = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(table, stamp=FIXED_NOW)))
    sheet = workbook.active
    assert sheet is not None
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if formula in str(c.value)]
    assert cells
    assert all(c.data_type == "s" for c in cells)  # text, never a formula


def test_xlsx_has_a_styled_frozen_header_and_sized_columns(stored: Planner) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(stored.attendee_list(DEMO, "xlsx")))
    sheet = workbook.active
    assert sheet is not None
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["Precedence", "Side", "Honorific", "Name"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    assert values[1][3:5] == ["Tsai Ming-yen", "蔡明彥"]
    assert values[1][0] == 2  # a number, so the list sorts 2 before 10
    title_width = sheet.column_dimensions["F"].width
    assert title_width is not None
    assert title_width > sheet.column_dimensions["B"].width


def test_medical_notes_only_when_asked_for(stored: Planner) -> None:
    plan = stored.plan(DEMO)
    silk = replace(plan.person("silk"), medical="Carries an EpiPen")
    stored.save_plan(
        replace(plan, people=tuple(silk if p.key == "silk" else p for p in plan.people))
    )
    assert b"EpiPen" not in stored.attendee_list(DEMO, "csv")
    rows = read_csv(stored.attendee_list(DEMO, "csv", include_medical=True))
    assert [r["Medical (confidential)"] for r in rows if r["Name"] == "Isabela Silk"] == [
        "Carries an EpiPen"
    ]
    assert b"EpiPen" not in stored.calendar(DEMO)
    assert b"EpiPen" not in stored.programme_pdf(DEMO)
