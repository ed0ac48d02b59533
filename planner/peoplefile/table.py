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
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["big5", "cp950", "gb18030", "cp1252", "shift_jis"]).best()
    if best is None:
        raise UnreadableTable(f"{filename}: not text in any encoding this program knows")
    return str(best), best.encoding


def _read_csv(data: bytes, filename: str, encoding: str | None) -> Table:
    text, used = decode(data, filename, encoding)
    if "\x00" in text:
        raise UnreadableTable(f"{filename}: holds NUL characters; is it really a CSV file?")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), dialect) if any(row)]
    except csv.Error as error:
        raise UnreadableTable(f"{filename}: not a well-formed CSV file ({error})") from error
    return _table(rows, filename, used)


def _read_xlsx(data: bytes, filename: str) -> Table:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise UnreadableTable(f"{filename}: not an .xlsx workbook this program can read") from error
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True):
            cells = [_cell_text(value) for value in values]
            if any(cells):
                rows.append(cells)
            if len(rows) > MAX_ROWS + 1:
                break
    finally:
        workbook.close()
    return _table(rows, filename, "xlsx")


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


def _table(rows: list[list[str]], filename: str, encoding: str) -> Table:
    if not rows:
        raise UnreadableTable(f"{filename}: has no rows")
    if len(rows) > MAX_ROWS + 1:
        raise UnreadableTable(f"{filename}: more than {MAX_ROWS:,} rows; split the list")
    headers = tuple(cell.strip() for cell in rows[0])
    width = max(len(row) for row in rows)
    body = tuple(
        tuple(cell.strip() for cell in row) + ("",) * (width - len(row)) for row in rows[1:]
    )
    return Table(headers + ("",) * (width - len(headers)), body, encoding)
