"""Reading a spreadsheet of people, as embassies send them: CSV in whatever encoding, or XLSX."""

import csv
import io
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, TYPE_CHECKING
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

from planner.domain.errors import PlannerError
from planner.peoplefile.columns import looks_like_header

if TYPE_CHECKING:
    from openpyxl import Workbook

MAX_ROWS = 5_000
MB = 1024 * 1024
# A list of a few thousand people unpacks to a few MB; far more is a zip bomb.
MAX_UNPACKED = 100 * MB
# The signature of the compound files of old .xls workbooks and of password-protected .xlsx.
COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class UnreadableTable(PlannerError):
    """The file is not a table this program can read; the message says why."""


@dataclass(frozen=True)
class Table:
    """A header row and the rows under it, every cell as text; says how it was read."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str  # "xlsx" for a workbook
    row_numbers: tuple[int, ...] = ()  # each row's number as the spreadsheet shows it
    guessed: bool = False  # the encoding was guessed, not known from the file

    def row_number(self, index: int) -> int:
        return self.row_numbers[index] if self.row_numbers else index + 2


def read_table(data: bytes, filename: str, encoding: str | None = None) -> Table:
    """The first sheet of an .xlsx, or a CSV file (by its name, else by its first bytes)."""
    if filename.lower().endswith(".xlsx") or data.startswith((b"PK\x03\x04", COMPOUND_FILE)):
        return _read_xlsx(data, filename)
    return _read_csv(data, filename, encoding)


def decode(data: bytes, filename: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read in: a byte-order mark, then UTF-8, then a guess."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError as error:
            raise UnreadableTable(f"{filename}: “{encoding}” is not an encoding") from error
        except UnicodeDecodeError as error:
            raise UnreadableTable(
                f"{filename}: byte {error.start + 1} cannot be read as {encoding} "
                f"({error.reason}); choose another encoding"
            ) from error
    for mark, codec, name in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec).removeprefix("\ufeff"), name
            except UnicodeDecodeError as error:
                shown = name.upper()
                raise UnreadableTable(
                    f"{filename}: starts like {shown} text (byte-order mark), but byte "
                    f"{error.start + 1} cannot be read as {shown} ({error.reason}); "
                    "if it is in another encoding, give it (--encoding)"
                ) from error
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for candidate in LEGACY_ENCODINGS:
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        readings.append((_plausibility(text), -LEGACY_ENCODINGS.index(candidate), text, candidate))
    if not readings:
        raise UnreadableTable(
            f"{filename}: not text in any encoding this program knows; "
            "give the encoding (--encoding)"
        )
    readings.sort(reverse=True)
    best_score, _, text, chosen = readings[0]
    rivals = [r for r in readings[1:] if r[0] >= best_score - 2 and r[2] != text]
    if rivals:
        # Two East Asian readings look alike in shape; let character frequencies decide.
        from charset_normalizer import from_bytes

        names = [chosen] + [r[3] for r in rivals]
        verdict = from_bytes(data, cp_isolation=names).best()
        if verdict is not None and verdict.encoding in names:
            return str(verdict), verdict.encoding
    return text, chosen


# The marks a file's first bytes can start with; UTF-32's before UTF-16's, which they begin with.
BYTE_ORDER_MARKS = (
    (b"\xef\xbb\xbf", "utf-8", "utf-8"),  # read whole, so a bad byte's place counts the mark
    (b"\xff\xfe\x00\x00", "utf-32", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "utf-32"),
    (b"\xff\xfe", "utf-16", "utf-16"),
    (b"\xfe\xff", "utf-16", "utf-16"),
)
UNICODE = {name for _, _, name in BYTE_ORDER_MARKS}

# Tried in this order; on equal plausibility the earlier wins (Taiwan's Big5 before GB).
LEGACY_ENCODINGS = ["big5", "cp950", "gb18030", "shift_jis", "cp1252"]


def _plausibility(text: str) -> int:
    """How much a decoding reads like names and titles rather than mojibake.

    Ideographs standing apart from Latin letters, and accented letters inside Latin words,
    count for it; symbols such as ¿ ² ¼, half-width katakana, C1 controls and ideographs
    wedged inside Latin words (what Big5 makes of “Müller”) count against it.
    """
    score = 0
    for index, char in enumerate(text):
        code = ord(char)
        if code < 0x80:
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        latin_neighbour = (before.isascii() and before.isalpha()) or (
            after.isascii() and after.isalpha()
        )
        if 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
            score += -2 if latin_neighbour else 2
        elif char.isalpha() and code < 0x250:
            score += 2 if latin_neighbour else -1
        elif 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E:
            score += 1  # CJK punctuation and full-width forms
        else:
            score -= 3  # symbols, katakana half-width, controls: the marks of a wrong guess
    return score


def _read_csv(data: bytes, filename: str, encoding: str | None) -> Table:
    text, used = decode(data, filename, encoding)
    guessed = encoding is None and used not in UNICODE
    text = text.removeprefix("\ufeff")  # a byte-order mark left by a forced encoding
    if "\x00" in text:
        hint = (
            "which no list of names has"
            if used in UNICODE
            else "is it UTF-16 without its mark? Give the encoding (--encoding utf-16)"
        )
        raise UnreadableTable(f"{filename}: holds NUL characters; {hint}")
    lines = text.splitlines(keepends=True)
    if lines and lines[0].strip().lower().startswith("sep=") and len(lines[0].strip()) == 5:
        delimiter = lines[0].strip()[4]  # Excel's own hint: "sep=;"
        text = "".join(lines[1:])
        dialect: type[csv.Dialect] | csv.Dialect = csv.excel
    else:
        delimiter = ""
        try:
            dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
    stream = io.StringIO(text, newline="")
    reader = (
        csv.reader(stream, dialect, strict=True, delimiter=delimiter)
        if delimiter
        else csv.reader(stream, dialect, strict=True)
    )
    rows: list[list[str]] = []
    numbers: list[int] = []
    line = 1
    try:
        for row in reader:
            if any(cell.strip() for cell in row):
                rows.append(row)
                numbers.append(line)
            line = reader.line_num + 1
    except csv.Error as error:
        raise UnreadableTable(
            f"{filename}: row {line}: a quote is not closed or is followed by other text "
            f"({error}); fix the quotes in that row"
        ) from error
    _no_swallowed_rows(rows, numbers, filename, delimiter or dialect.delimiter)
    return _table(rows, numbers, filename, used, guessed)


def _no_swallowed_rows(
    rows: list[list[str]], numbers: list[int], filename: str, delimiter: str
) -> None:
    """A quote left open swallows the lines after it into one cell; say so, don't import."""
    width = len(rows[0]) if rows else 0
    for row, number in zip(rows, numbers, strict=True):
        for cell in row:
            swallowed = [line for line in cell.splitlines()[1:] if line.count(delimiter) >= 2]
            if swallowed and width > 2:
                raise UnreadableTable(
                    f"{filename}: row {number}: a cell runs over several lines that look like "
                    f"rows of their own (“{swallowed[0][:40]}”); is a quote left open there?"
                )


# What the zip and XML readers, and openpyxl's checks of each attribute, raise on a damaged part.
# (A style that names a style the sheet lacks is an IndexError.)
DAMAGED = (
    *(zipfile.BadZipFile, zlib.error, EOFError, ParseError),
    *(KeyError, IndexError, ValueError, TypeError),
)


def _read_xlsx(data: bytes, filename: str) -> Table:
    _check_workbook(data, filename)
    from openpyxl import load_workbook

    rows: list[list[str]] = []
    numbers: list[int] = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # what openpyxl leaves out (validations, styles)
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                rows, numbers = _first_sheet(workbook, filename)
            finally:
                workbook.close()
    except OSError as error:  # openpyxl's word for a package without a workbook part
        raise UnreadableTable(
            f"{filename}: not an .xlsx workbook this program can read ({error})"
        ) from error
    except DAMAGED as error:
        raise UnreadableTable(
            f"{filename}: the workbook is damaged ({error}); open it in Excel and save it again"
        ) from error
    return _table(rows, numbers, filename, "xlsx", False)


def _first_sheet(workbook: "Workbook", filename: str) -> tuple[list[list[str]], list[int]]:
    """The non-empty rows of the sheet shown first, each with its number, up to the limit."""
    if not workbook.worksheets:
        raise UnreadableTable(f"{filename}: the workbook has no sheets that can be read")
    visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
    sheet = workbook.active if workbook.active in visible else (visible or workbook.worksheets)[0]
    rows: list[list[str]] = []
    numbers: list[int] = []
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(value) for value in values]
        if any(cell.strip() for cell in cells):
            rows.append(cells)
            numbers.append(number)
        if len(rows) > MAX_ROWS + 1:
            break
    return rows, numbers


def _check_workbook(data: bytes, filename: str) -> None:
    """Refuse, before any of its XML is parsed, a file that is no workbook or is made to hurt:
    one that unpacks to far more than a list can be, or whose XML declares entities."""
    if data.startswith(COMPOUND_FILE):
        raise UnreadableTable(
            f"{filename}: an old Excel .xls workbook, or one protected by a password; "
            "save it as .xlsx without a password, or as CSV"
        )
    if not data.startswith(b"PK"):
        raise UnreadableTable(
            f"{filename}: not an .xlsx workbook (it is not a zip archive); "
            "if it is a CSV list, name it .csv"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError) as error:
        raise UnreadableTable(
            f"{filename}: the workbook is cut short or damaged (its table of contents cannot "
            "be read); ask for the file again"
        ) from error
    with archive:
        members = archive.infolist()
        names = {member.filename for member in members}
        if "[Content_Types].xml" not in names:
            kind = "an OpenDocument file (.ods)" if "mimetype" in names else "a zip archive"
            raise UnreadableTable(
                f"{filename}: {kind}, not an Excel workbook; save the list as .xlsx or CSV"
            )
        # Pictures (an embassy's logo, passport photos, SVG drawings with DTDs of their own)
        # are never read: only the XML parts a workbook is made of are measured and scanned.
        parts = [member for member in members if _is_workbook_xml(member.filename)]
        unpacked = sum(member.file_size for member in parts)
        if unpacked > MAX_UNPACKED:
            largest = max(parts, key=lambda member: member.file_size)
            raise UnreadableTable(
                f"{filename}: would unpack to {unpacked / MB:,.0f} MB ({largest.filename} "
                f"alone {largest.file_size / MB:,.0f} MB), far more than a list of people; "
                f"this program refuses workbooks over {MAX_UNPACKED // MB} MB unpacked"
            )
        for member in parts:
            _refuse_declarations(archive, member, filename)


MEDIA_FOLDERS = ("xl/media/", "xl/embeddings/", "docProps/thumbnail")


def _is_workbook_xml(name: str) -> bool:
    """The parts openpyxl parses as XML: `.xml` and `.rels`, not pictures or embedded files."""
    return name.endswith((".xml", ".rels")) and not name.startswith(MEDIA_FOLDERS)


def _refuse_declarations(archive: zipfile.ZipFile, member: zipfile.ZipInfo, filename: str) -> None:
    """A document type in an XML part is where entities are declared, for an external file
    (XXE) or to expand a billion times ("billion laughs"); a workbook never has one.

    Read only up to the part's first element: a document type can stand only before it.
    """
    try:
        with archive.open(member) as stream:
            found = _declaration(stream)
    except RuntimeError as error:  # zipfile's word for an encrypted member
        raise UnreadableTable(
            f"{filename}: {member.filename} is protected by a password; "
            "save the workbook without one"
        ) from error
    except NotImplementedError as error:
        raise UnreadableTable(
            f"{filename}: {member.filename} is compressed in a way this program cannot read "
            f"({error}); save the workbook again from Excel"
        ) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        raise UnreadableTable(
            f"{filename}: {member.filename} is damaged ({str(error) or 'cut short'}); "
            "ask for the file again"
        ) from error
    if found:
        raise UnreadableTable(
            f"{filename}: the workbook declares {found}, which this program refuses "
            f"({member.filename})"
        )


class _Found(Exception):
    """Stops the scan of an XML part: what its prolog declares, or "" at its first element."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _declaration(stream: IO[bytes]) -> str:
    """What the part declares before its first element: XML entities, a document type, or "".

    Anything that is not well-formed XML is left to the workbook reader to refuse.
    """

    def stop(what: str) -> Callable[..., None]:
        def handler(*_: object) -> None:
            raise _Found(what)

        return handler

    parser = expat.ParserCreate()
    parser.EntityDeclHandler = stop("XML entities")
    parser.EndDoctypeDeclHandler = stop("an XML document type (DTD)")
    parser.StartElementHandler = stop("")
    try:
        while chunk := stream.read(64 * 1024):
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except _Found as found:
        return found.what
    except expat.ExpatError:
        return ""
    return ""


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _table(
    rows: list[list[str]], numbers: list[int], filename: str, encoding: str, guessed: bool
) -> Table:
    """The header is the first row that names known columns (a title row may stand above it)."""
    if not rows:
        raise UnreadableTable(f"{filename}: has no rows")
    if len(rows) > MAX_ROWS + 1:
        raise UnreadableTable(f"{filename}: more than {MAX_ROWS:,} rows; split the list")
    start = next((i for i, row in enumerate(rows[:10]) if looks_like_header(row)), 0)
    rows, numbers = rows[start:], numbers[start:]
    headers = tuple(cell.strip() for cell in rows[0])
    width = max(len(row) for row in rows)
    body = tuple(
        tuple(cell.strip() for cell in row) + ("",) * (width - len(row)) for row in rows[1:]
    )
    return Table(
        headers + ("",) * (width - len(headers)), body, encoding, tuple(numbers[1:]), guessed
    )
