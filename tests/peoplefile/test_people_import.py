"""Importing an embassy's delegation list: two languages, old encodings, all or nothing."""

from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.model import VisitPlan
from planner.domain.vocab import NameOrder, Side
from planner.peoplefile.importer import (
    Action,
    InvalidPeopleFile,
    PersonField,
    guess_mapping,
    plan_import,
    split_full_name,
)
from planner.peoplefile.table import UnreadableTable, read_table
from planner.services import Planner
from tests.helpers.lists import (
    CHINESE_HEADERS,
    CHINESE_ROWS,
    csv_text,
    excel_workbook,
    inline_string_workbook,
)

DEMO = "mh-state-visit-2025"


@pytest.fixture
def stored(planner: Planner, demo_plan: VisitPlan) -> Planner:
    planner.add_plan(demo_plan)
    return planner


def test_headers_are_recognised_in_english_and_chinese() -> None:
    assert guess_mapping(tuple(CHINESE_HEADERS)) == (
        PersonField.PRECEDENCE,
        PersonField.CHINESE_NAME,  # beside 英文姓名, 姓名 is the name in Chinese
        PersonField.FULL_NAME,
        PersonField.TITLE,
        PersonField.ORGANIZATION,
        PersonField.COUNTRY,
        PersonField.DIETARY,
    )
    english = ("No.", "Surname", "Given Name", "Position", "E-mail", "Dietary requirements", "x")
    assert guess_mapping(english) == (
        PersonField.PRECEDENCE,
        PersonField.FAMILY_NAME,
        PersonField.GIVEN_NAME,
        PersonField.TITLE,
        PersonField.EMAIL,
        PersonField.DIETARY,
        PersonField.IGNORE,
    )


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("TSAI Ming-yen", ("Ming-yen", "Tsai", NameOrder.FAMILY_GIVEN)),
        ("Hilda HEINE", ("Hilda", "Heine", NameOrder.GIVEN_FAMILY)),
        ("Kalani Kaneko", ("Kalani", "Kaneko", NameOrder.GIVEN_FAMILY)),
        ("Madonna", ("Madonna", "", NameOrder.GIVEN_FAMILY)),
        ("Tony DE BRUM", ("Tony", "De Brum", NameOrder.GIVEN_FAMILY)),
        ("LEE KUAN Yew", ("Yew", "Lee Kuan", NameOrder.FAMILY_GIVEN)),
    ],
)
def test_a_full_name_is_split_by_its_capitals(
    full: str, expected: tuple[str, str, NameOrder]
) -> None:
    assert split_full_name(full) == expected


@pytest.mark.parametrize(
    ("data", "name", "encoding"),
    [
        (csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("big5"), "list.csv", "big5"),
        (csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("utf-16"), "list.csv", "utf-16"),
        (csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("utf-8-sig"), "list.csv", "utf-8"),
        (csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("utf-8"), "list.csv", "utf-8"),
        (excel_workbook(CHINESE_HEADERS, CHINESE_ROWS), "list.xlsx", "xlsx"),
        (inline_string_workbook(CHINESE_HEADERS, CHINESE_ROWS), "list.xlsx", "xlsx"),
    ],
)
def test_every_layout_and_encoding_reads_the_same_people(
    data: bytes, name: str, encoding: str
) -> None:
    table = read_table(data, name)
    assert table.encoding == encoding
    assert table.headers == tuple(CHINESE_HEADERS)
    assert [row[1] for row in table.rows] == ["林佳龍", "陳美玲", "王小明"]


def test_a_western_european_csv_in_cp1252() -> None:
    text = "Surname;Given name;Title\r\nMüller;José;Conseiller d'État\r\nØre;Søren;Attaché\r\n"
    table = read_table(text.encode("cp1252"), "list.csv")
    assert table.rows[0] == ("Müller", "José", "Conseiller d'État")
    assert table.rows[1][0] == "Øre"


def test_the_embassys_list_imports_and_a_second_import_updates(
    stored: Planner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "delegation.xlsx"
    listing.write_bytes(excel_workbook(CHINESE_HEADERS, CHINESE_ROWS))
    db = str(stored.database.path)
    assert main(["--db", db, "import", "people", DEMO, str(listing), "--side", "host"]) == 0
    assert capsys.readouterr().out == f"{DEMO}: 3 added, 0 updated (read as xlsx)\n"
    plan = stored.plan(DEMO)
    chen = next(p for p in plan.people if p.native_name == "陳美玲")
    assert (chen.given_name, chen.family_name, chen.name_order) == (
        "Mei-ling",
        "Chen",
        NameOrder.FAMILY_GIVEN,
    )
    assert (chen.side, chen.country, chen.dietary) == (Side.HOST, "TW", "素食 Vegetarian")
    hosts = [p.key for p in plan.in_canonical_order().people if p.side is Side.HOST]
    assert hosts[:3] == ["chia-lung-lin", "mei-ling-chen", "hsiao-ming-wang"]  # as listed: 1–3
    rows = [row[:] for row in CHINESE_ROWS]
    rows[1][6] = ""  # the dietary note struck out
    listing.write_bytes(excel_workbook(CHINESE_HEADERS, rows))
    big5 = tmp_path / "delegation.csv"
    big5.write_bytes(csv_text(CHINESE_HEADERS, rows).encode("big5"))
    assert main(["--db", db, "import", "people", DEMO, str(big5), "--side", "host"]) == 0
    assert capsys.readouterr().out == (
        f"{DEMO}: 0 added, 3 updated (read as big5; guessed, so check the names, or give "
        "--encoding)\n  row 3: dietary: 素食 Vegetarian → (cleared)\n"
    )
    again = stored.plan(DEMO)
    assert len(again.people) == len(plan.people)
    assert next(p for p in again.people if p.native_name == "陳美玲").dietary is None


def test_every_bad_row_and_cell_is_named_and_nothing_is_imported(
    stored: Planner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    headers = ["Name", "Position", "Country", "E-mail", "Role", "Precedence"]
    rows = [
        ["Anna SCHMIDT", "State Secretary", "DE", "anna@example.org", "head", "1"],
        ["Jan Novak", "", "CZ", "jan(at)example.org", "member", "2"],
        ["Anna SCHMIDT", "State Secretary", "DE", "", "captain", "2"],
        ["Anna SCHMIDT", "State Secretary", "DE", "", "head", "3"],
    ]
    listing = tmp_path / "bad.csv"
    listing.write_text(csv_text(headers, rows), encoding="utf-8")
    before = stored.plan(DEMO)
    status = main(["--db", str(stored.database.path), "import", "people", DEMO, str(listing)])
    assert status == 1
    assert capsys.readouterr().err.splitlines() == [
        f"delegation-planner: {listing}: 4 problems, nothing imported:",
        "  row 3: column “Position”: must not be empty",
        '  row 3: column “E-mail”: "jan(at)example.org" is not an e-mail address',
        "  row 4: column “Role”: “captain” is not one of head, spouse, deputy, member, official,"
        " staff, security, press, liaison, interpreter",
        "  row 5: the same person as row 2",
    ]
    assert stored.plan(DEMO) == before


def test_a_file_that_is_no_table_says_so(tmp_path: Path) -> None:
    with pytest.raises(UnreadableTable, match=r"^list\.xlsx: the workbook is cut short"):
        read_table(b"PK\x03\x04 broken", "list.xlsx")
    with pytest.raises(UnreadableTable, match="has no rows"):
        read_table(b"", "list.csv")


def test_preview_says_which_rows_are_new_and_which_update(demo_plan: VisitPlan) -> None:
    table = read_table(
        csv_text(
            ["Name", "Title", "Dietary"],
            [
                ["Kalani KANEKO", "Minister of Foreign Affairs and Trade", "Halal"],
                ["Tony de BRUM", "Adviser", ""],
            ],
        ).encode(),
        "list.csv",
    )
    preview = plan_import(demo_plan, table, "list.csv", Side.GUEST)
    assert [(r.action, r.person.key if r.person else None) for r in preview.rows] == [
        (Action.UPDATE, "kaneko"),
        (Action.NEW, "tony-de-brum"),
    ]
    applied = preview.apply(demo_plan)
    assert applied.person("kaneko").dietary == "Halal"
    assert applied.person("kaneko").precedence == demo_plan.person("kaneko").precedence
    with pytest.raises(InvalidPeopleFile):
        plan_import(demo_plan, read_table(b"Title\r\nAdviser\r\n", "x.csv"), "x.csv").apply(
            demo_plan
        )


def test_full_width_digits_count_as_digits(demo_plan: VisitPlan) -> None:
    table = read_table(
        csv_text(["序號", "英文姓名", "職稱"], [["３", "Tony DE BRUM", "Adviser"]]).encode(),
        "x.csv",
    )
    preview = plan_import(demo_plan, table, "x.csv", Side.GUEST)
    (row,) = preview.rows
    assert row.person is not None
    assert row.person.precedence == 3


def test_a_one_line_big5_list_is_read_as_big5(demo_plan: VisitPlan) -> None:
    data = "Native name,Name,Title\r\n賴清德,LAI Ching-te,President\r\n".encode("big5")
    table = read_table(data, "late.csv")
    assert (table.encoding, table.guessed) == ("big5", True)
    assert table.rows[0][0] == "賴清德"


def test_an_open_quote_is_named_not_swallowing_the_rows_after_it() -> None:
    text = (
        'Name,Title,Notes\r\nAnna SCHMIDT,Secretary,"arrives late\r\n'
        "Ben BAKER,Adviser,none\r\nCarl CROSS,Adviser,none\r\n"
    )
    with pytest.raises(UnreadableTable, match=r"row 2: .*quote"):
        read_table(text.encode(), "list.csv")


def test_excels_sep_line_and_title_rows_above_the_header(demo_plan: VisitPlan) -> None:
    table = read_table(b"sep=;\r\nName;Title\r\nAnna SCHMIDT;Secretary\r\n", "x.csv")
    assert table.headers == ("Name", "Title")
    rows = [
        ["Delegation of the Republic", "", ""],
        ["", "", ""],
        ["Name", "Title", "E-mail"],
        ["Anna SCHMIDT", "Secretary", ""],
        ["", "", ""],
        ["Ben BAKER", "", "b@x"],
    ]
    workbook = read_table(excel_workbook(rows[0], rows[1:]), "list.xlsx")
    assert workbook.headers == ("Name", "Title", "E-mail")
    preview = plan_import(demo_plan, workbook, "list.xlsx", Side.GUEST)
    assert [str(p) for p in preview.all_problems] == [
        "row 6: column “Title”: must not be empty",
        'row 6: column “E-mail”: "b@x" is not an e-mail address',
    ]


def test_an_update_changes_only_what_the_list_says_and_shows_it(demo_plan: VisitPlan) -> None:
    table = read_table(
        csv_text(
            ["Name", "Title", "Role", "Precedence", "Dietary"],
            [
                ["Hilda HEINE", "President of the Republic of the Marshall Islands", "", "", ""],
                [
                    "Joe BEJANG",
                    "Minister of Education, Sports and Training",
                    "",
                    "1",
                    "No shellfish",
                ],
            ],
        ).encode(),
        "x.csv",
    )
    preview = plan_import(demo_plan, table, "x.csv", Side.GUEST)
    heine, bejang = preview.rows
    assert heine.changes == ()  # an empty Role cell leaves the head of delegation as head
    assert bejang.changes == ("place 3 → 1",)
    after = preview.apply(demo_plan)
    assert after.person("heine").delegation_role.value == "head"
    guests = [p.key for p in after.in_canonical_order().people if p.side is Side.GUEST]
    assert guests[0] == "bejang"


def test_new_people_take_the_places_the_list_gives(demo_plan: VisitPlan) -> None:
    table = read_table(
        csv_text(
            ["Name", "Title", "Precedence"],
            [
                ["Anna SCHMIDT", "Secretary", "2"],
                ["Ben BAKER", "Adviser", "1"],
            ],
        ).encode(),
        "x.csv",
    )
    empty_host = VisitPlan(demo_plan.visit)
    after = plan_import(empty_host, table, "x.csv", Side.HOST).apply(empty_host)
    assert [(p.family_name, p.precedence) for p in after.in_canonical_order().people] == [
        ("Baker", 1),
        ("Schmidt", 2),
    ]


def test_forms_of_address_are_not_names_and_namesakes_are_pointed_out(
    demo_plan: VisitPlan,
) -> None:
    table = read_table(
        csv_text(
            ["Title", "Name", "Position"],
            [
                ["", "H.E. Dr. Hilda HEINE", "President of the Republic of the Marshall Islands"],
                ["Mr.", "Wilbur HEINE", "Private secretary"],
            ],
        ).encode(),
        "x.csv",
    )
    preview = plan_import(demo_plan, table, "x.csv", Side.GUEST)
    update, new = preview.rows
    assert update.action is Action.UPDATE  # found despite “H.E. Dr.”
    assert update.person is not None
    assert new.person is not None
    assert (new.person.honorific, new.person.title) == ("Mr.", "Private secretary")
    assert new.warnings == ("H.E. Hilda Heine is already in the visit: the same person?",)
