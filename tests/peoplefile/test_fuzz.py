"""Hostile delegation lists: every one ends in row-by-row problems or a clean import."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.model import VisitPlan
from planner.domain.vocab import Side
from planner.peoplefile.importer import plan_import
from planner.peoplefile.table import read_table
from tests.helpers.lists import csv_text, excel_workbook

CELLS = st.sampled_from(
    [
        "",
        " ",
        "Anna",
        "SCHMIDT",
        "Anna SCHMIDT",
        "蔡明彥",
        "\u202eevil",
        "a\x00b",
        "line\nbreak",
        "=1+1",
        "x" * 30_000,
        "TW",
        "tw",
        "Z9",
        "1",
        "0",
        "-3",
        "999999",
        "head",
        "團長",
        "captain",
        "a@b.org",
        "not-an-address",
        "Minister",
        "職稱",
        "Name",
        "Title",
        "姓名",
    ]
) | st.text(max_size=12)
HEADERS = st.lists(
    st.sampled_from(
        [
            "Name",
            "Given name",
            "Surname",
            "姓名",
            "英文姓名",
            "職稱",
            "Title",
            "Country",
            "Role",
            "Precedence",
            "E-mail",
            "Dietary",
            "Medical",
            "Notes",
            "",
            "Junk",
            "No.",
        ]
    ),
    min_size=1,
    max_size=7,
)


@st.composite
def tables(draw: st.DrawFn) -> tuple[bytes, str]:
    headers = draw(HEADERS)
    rows = draw(st.lists(st.lists(CELLS, min_size=len(headers), max_size=len(headers)), max_size=6))
    if draw(st.booleans()):
        clean = [
            ["".join(ch for ch in c if ch >= " " or ch in "\t\n") for c in row] for row in rows
        ]
        return excel_workbook(headers, clean), "list.xlsx"
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
    return csv_text(headers, rows).encode(encoding, errors="replace"), "list.csv"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=tables(), side=st.sampled_from(Side))
def test_any_list_gives_problems_or_a_clean_import(
    demo_plan: VisitPlan, table: tuple[bytes, str], side: Side
) -> None:
    data, name = table
    try:
        read = read_table(data, name)
    except PlannerError:
        return
    preview = plan_import(demo_plan, read, name, side)
    if not preview.ok:
        assert all(str(problem) for problem in preview.all_problems)
        return
    after = preview.apply(demo_plan)
    assert len(after.people) == len(demo_plan.people) + sum(
        row.action is not None and row.action.value == "new" for row in preview.rows
    )
    ranks = [(p.side, p.precedence) for p in after.people]
    assert len(ranks) == len(set(ranks))  # precedence still unique on each side
