"""Files an embassy could send by mistake or on purpose: each gets a message naming the file and
what is wrong with it, through the services, the command line and the window, and the database
stays as it was."""

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.cli import main
from planner.domain.model import VisitPlan
from planner.peoplefile.table import MAX_UNPACKED, UnreadableTable, read_table
from planner.services import Planner
from tests.helpers.lists import CHINESE_HEADERS, CHINESE_ROWS, csv_text
from tests.peoplefile import hostile

DEMO = "mh-state-visit-2025"
ENTITIES = "the workbook declares XML entities, which this program refuses"
LONE_SURROGATE = b"\xff\xfe\x00\xd8N\x00"  # UTF-16's mark, then half of a pair
BEYOND_UNICODE = b"\xff\xfe\x00\x00\xff\xff\xff\xff"  # UTF-32's mark, then no character


def zip_bomb() -> bytes:
    return hostile.zip_bomb(MAX_UNPACKED + 1024 * 1024)


WORKBOOKS: list[tuple[str, Callable[[], bytes], str]] = [
    ("xxe", hostile.xxe_workbook, ENTITIES + r" \(xl/worksheets/sheet1\.xml\)"),
    ("billion laughs", hostile.billion_laughs_workbook, ENTITIES),
    ("xxe in utf-16", hostile.utf16_xxe_workbook, ENTITIES),
    (
        "external dtd",
        hostile.external_dtd_workbook,
        r"the workbook declares an XML document type \(DTD\), which this program refuses",
    ),
    (
        "not a zip",
        lambda: b"Name,Title\r\nAnna SCHMIDT,Secretary\r\n",
        r"not an \.xlsx workbook \(it is not a zip archive\); if it is a CSV list, name it \.csv",
    ),
    ("old excel", hostile.old_excel_file, r"an old Excel \.xls workbook, or one protected by"),
    (
        "zip of something else",
        lambda: hostile.plain_zip({"readme.txt": b"hello"}),
        r"a zip archive, not an Excel workbook; save the list as \.xlsx or CSV",
    ),
    (
        "opendocument",
        lambda: hostile.plain_zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        r"an OpenDocument file \(\.ods\), not an Excel workbook",
    ),
    ("no sheet", hostile.no_sheet_workbook, "the workbook has no sheets that can be read"),
    (
        "cut short",
        lambda: hostile.workbook()[:2000],
        r"the workbook is cut short or damaged \(its table of contents cannot be read\)",
    ),
    (
        "zip bomb",
        zip_bomb,
        r"would unpack to 101 MB \(xl/worksheets/sheet1\.xml alone 101 MB\), far more than a "
        r"list of people; this program refuses workbooks over 100 MB unpacked",
    ),
    (
        "a part bigger than it says",
        lambda: hostile.understated(hostile.zip_bomb(20 * 1024 * 1024), hostile.SHEET, 5_000),
        r"xl/worksheets/sheet1\.xml is damaged \(Bad CRC-32",
    ),
    (
        "a part with a password",
        lambda: hostile.encrypted(hostile.workbook(), hostile.SHEET),
        r"xl/worksheets/sheet1\.xml is protected by a password; save the workbook without one",
    ),
    (
        "broken xml",
        hostile.malformed_workbook,
        r"the workbook is damaged \(mismatched tag: line 1, column \d+\); open it in Excel",
    ),
]

CSV_FILES: list[tuple[str, bytes, str]] = [
    (
        "utf-16 mark, lone surrogate",
        LONE_SURROGATE,
        r"starts like UTF-16 text \(byte-order mark\), but byte 3 cannot be read as UTF-16 "
        r"\(illegal UTF-16 surrogate\); if it is in another encoding, give it \(--encoding\)",
    ),
    (
        "utf-16 mark, odd length",
        b"\xfe\xff\x00N\x00",
        r"starts like UTF-16 text \(byte-order mark\), but byte 5 cannot be read as UTF-16",
    ),
    (
        "utf-32 mark, beyond unicode",
        BEYOND_UNICODE,
        r"starts like UTF-32 text \(byte-order mark\), but byte 5 cannot be read as UTF-32",
    ),
    (
        "utf-32 big-endian mark, cut short",
        b"\x00\x00\xfe\xff\x00\x00\x00",
        r"starts like UTF-32 text \(byte-order mark\), but byte 5 cannot be read as UTF-32",
    ),
    (
        "utf-8 mark, then latin-1",
        b"\xef\xbb\xbfName,Title\r\nM\xfcller,Attach\xe9\r\n",
        r"starts like UTF-8 text \(byte-order mark\), but byte 17 cannot be read as UTF-8",
    ),
]


@pytest.fixture
def stored(planner: Planner, demo_plan: VisitPlan) -> Planner:
    planner.add_plan(demo_plan)
    return planner


@pytest.mark.parametrize(
    ("build", "message"), [case[1:] for case in WORKBOOKS], ids=[case[0] for case in WORKBOOKS]
)
def test_a_hostile_workbook_is_named_and_refused(
    stored: Planner, build: Callable[[], bytes], message: str
) -> None:
    before = stored.plan(DEMO)
    with pytest.raises(UnreadableTable, match=rf"^embassy\.xlsx: {message}"):
        stored.preview_people(DEMO, build(), "embassy.xlsx")
    assert stored.plan(DEMO) == before


@pytest.mark.parametrize(
    ("data", "message"), [case[1:] for case in CSV_FILES], ids=[case[0] for case in CSV_FILES]
)
def test_a_csv_that_lies_about_its_encoding_is_named_and_refused(
    stored: Planner, data: bytes, message: str
) -> None:
    before = stored.plan(DEMO)
    with pytest.raises(UnreadableTable, match=rf"^embassy\.csv: {message}"):
        stored.preview_people(DEMO, data, "embassy.csv")
    assert stored.plan(DEMO) == before


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        ("embassy.xlsx", hostile.xxe_workbook, ENTITIES),
        ("embassy.xlsx", hostile.billion_laughs_workbook, ENTITIES),
        ("embassy.xlsx", zip_bomb, "would unpack to 101 MB"),
        ("embassy.csv", lambda: LONE_SURROGATE, "starts like UTF-16 text (byte-order mark), but"),
        ("embassy.csv", lambda: BEYOND_UNICODE, "starts like UTF-32 text (byte-order mark), but"),
    ],
    ids=["xxe", "billion laughs", "zip bomb", "utf-16", "utf-32"],
)
def test_the_command_line_prints_the_message_and_imports_nothing(
    stored: Planner,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    build: Callable[[], bytes],
    message: str,
) -> None:
    listing = tmp_path / name
    listing.write_bytes(build())
    before = stored.plan(DEMO)
    status = main(["--db", str(stored.database.path), "import", "people", DEMO, str(listing)])
    out, err = capsys.readouterr()
    assert (status, out) == (1, "")
    assert err.startswith(f"delegation-planner: {listing}: {message}")
    assert "unexpected error" not in err
    assert err.count("\n") == 1
    assert stored.plan(DEMO) == before
    assert [visit.key for visit in stored.visits()] == [DEMO]


def test_an_encoding_given_by_hand_that_does_not_fit_is_named(
    stored: Planner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "embassy.csv"
    listing.write_bytes(csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("big5"))
    db = str(stored.database.path)
    for encoding, message in [
        ("utf-8", "byte 1 cannot be read as utf-8 (invalid start byte); choose another encoding"),
        ("klingon", "“klingon” is not an encoding"),
    ]:
        args = ["--db", db, "import", "people", DEMO, str(listing), "--encoding", encoding]
        assert main(args) == 1
        assert capsys.readouterr().err == f"delegation-planner: {listing}: {message}\n"


def test_a_list_in_utf32_with_its_mark_reads_as_utf32() -> None:
    table = read_table(csv_text(CHINESE_HEADERS, CHINESE_ROWS).encode("utf-32"), "list.csv")
    assert (table.encoding, table.guessed) == ("utf-32", False)
    assert [row[1] for row in table.rows] == ["林佳龍", "陳美玲", "王小明"]


def test_a_good_workbook_still_reads() -> None:
    table = read_table(hostile.workbook(), "embassy.xlsx")
    assert table.headers == tuple(CHINESE_HEADERS)
    assert len(table.rows) == 3


SVG_LOGO = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
  <!ENTITY ns_svg "http://www.w3.org/2000/svg">
]>
<svg version="1.1" xmlns="&ns_svg;" width="10" height="10"><rect width="10" height="10"/></svg>"""


def test_a_workbook_with_an_embassys_logo_and_photos_reads() -> None:
    """Pictures are never parsed: an SVG logo with a DTD of its own, or many large photos,
    do not make a list hostile."""
    photos = {f"xl/media/photo{n}.jpeg": bytes(MAX_UNPACKED // 4) for n in range(5)}
    data = hostile.rezipped(hostile.workbook(), {"xl/media/image1.svg": SVG_LOGO, **photos})
    table = read_table(data, "with-logo.xlsx")
    assert table.headers == tuple(CHINESE_HEADERS)
