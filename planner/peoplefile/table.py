"""Reading a spreadsheet of people, as embassies send them: CSV in whatever encoding, or XLSX."""

import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime

from planner.domain.errors import PlannerError

MAX_ROWS = 5_000


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
    if filename.lower().endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        return _read_xlsx(data, filename)
    return _read_csv(data, filename, encoding)


def decode(data: bytes, filename: str, encoding: str | None = None) -> tuple[str, str]:
    """The text and the encoding it was read in: a byte-order mark, then UTF-8, then a guess."""
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError) as error:
            raise UnreadableTable(f"{filename}: cannot be read as {encoding}: {error}") from error
    for mark, name in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(mark):
            return data.decode(name), "utf-16" if name == "utf-16" else "utf-8"
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
    guessed = encoding is None and used not in ("utf-8", "utf-16")
    text = text.removeprefix("\ufeff")  # a byte-order mark left by a forced encoding
    if "\x00" in text:
        raise UnreadableTable(
            f"{filename}: holds NUL characters; is it UTF-16 without its mark? "
            "Give the encoding (--encoding utf-16)"
        )
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


def _read_xlsx(data: bytes, filename: str) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UnreadableTable(f"{filename}: not an .xlsx workbook this program can read") from error
    try:
        visible = [ws for ws in workbook.worksheets if ws.sheet_state == "visible"]
        sheet = (
            workbook.active if workbook.active in visible else (visible or workbook.worksheets)[0]
        )
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(value) for value in values]
            if any(cell.strip() for cell in cells):
                rows.append(cells)
                numbers.append(number)
            if len(rows) > MAX_ROWS + 1:
                break
    finally:
        workbook.close()
    return _table(rows, numbers, filename, "xlsx", False)


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


def looks_like_header(row: list[str]) -> bool:
    from planner.peoplefile.importer import PersonField, guess_mapping

    named = [
        f for f in guess_mapping(tuple(cell.strip() for cell in row)) if f is not PersonField.IGNORE
    ]
    return len(named) >= 2
