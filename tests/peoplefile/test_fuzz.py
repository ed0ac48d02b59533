"""Hostile delegation lists: every one ends in row-by-row problems or a clean import."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from planner.domain.errors import PlannerError
from planner.domain.model import VisitPlan
from planner.domain.validation import flaws
from planner.domain.vocab import Side
from planner.peoplefile.importer import plan_import
from planner.peoplefile.table import BYTE_ORDER_MARKS, UnreadableTable, read_table
from tests.helpers.lists import csv_text, excel_workbook
from tests.peoplefile import hostile

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
        "海妮",
        "總統",
        "先生",
        "H.E. Ms.",
        "President",
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
            "中文姓名",
            "中文職稱",
            "簡稱職銜",
            "中文機關",
            "Organization",
            "Short title",
            "稱謂",
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
    assert flaws(after) == []  # a clean import is a visit that can be kept


def read_or_refuse(data: bytes, name: str) -> None:
    """Either the file reads, or the officer is told, naming the file, what is wrong with it."""
    try:
        read_table(data, name)
    except UnreadableTable as refusal:
        message = str(refusal)
    else:
        return
    assert message.startswith(f"{name}: ")


@settings(max_examples=300, deadline=None)
@given(
    mark=st.sampled_from([b""] + [mark for mark, _, _ in BYTE_ORDER_MARKS]),
    rest=st.binary(max_size=64),
)
def test_any_bytes_after_any_byte_order_mark_are_read_or_refused(mark: bytes, rest: bytes) -> None:
    read_or_refuse(mark + rest, "list.csv")


GOOD_WORKBOOK = hostile.workbook()
PARTS = ["xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml", "xl/styles.xml"]
PART_TEXTS = {name: hostile.part(GOOD_WORKBOOK, name) for name in PARTS}


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(PARTS),
    at=st.integers(0, 100_000),
    cut=st.integers(0, 12),
    insert=st.text(alphabet='<>&"=/ ab1:!-?[]\x00é', max_size=4),
)
@example(name="xl/styles.xml", at=452, cut=1, insert="")  # a style naming one not there
def test_a_workbook_with_damaged_xml_is_read_or_refused(
    name: str, at: int, cut: int, insert: str
) -> None:
    text = PART_TEXTS[name]
    start = at % len(text)
    damaged = text[:start] + insert + text[start + cut :]
    read_or_refuse(hostile.rezipped(GOOD_WORKBOOK, {name: damaged.encode()}), "list.xlsx")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), max_size=4),
    keep=st.floats(0.5, 1),
)
def test_a_workbook_with_damaged_bytes_is_read_or_refused(
    flips: list[tuple[float, int]], keep: float
) -> None:
    data = bytearray(GOOD_WORKBOOK)
    for at, value in flips:
        data[int(at * len(data))] = value
    read_or_refuse(bytes(data[: int(keep * len(data))]), "list.xlsx")
