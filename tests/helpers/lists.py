"""Delegation lists as embassies send them: spreadsheets in two layouts, CSV in old encodings."""

# ruff: noqa: E501 - the package parts below are long XML lines, kept whole to be readable

import csv
import io
import zipfile
from xml.sax.saxutils import escape

from openpyxl import Workbook

CHINESE_HEADERS = ["序號", "姓名", "英文姓名", "職稱", "單位", "國籍", "飲食需求"]
CHINESE_ROWS = [
    ["1", "林佳龍", "LIN Chia-lung", "外交部長 Minister of Foreign Affairs", "外交部", "TW", ""],
    [
        "2",
        "陳美玲",
        "CHEN Mei-ling",
        "歐洲司司長 Director-General, European Affairs",
        "外交部",
        "TW",
        "素食 Vegetarian",
    ],
    ["3", "王小明", "WANG Hsiao-ming", "秘書 Secretary", "外交部", "TW", ""],
]


def excel_workbook(headers: list[str], rows: list[list[str]]) -> bytes:
    """The layout Excel writes: shared strings, a dimension, numbers as numbers."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "代表團名單"
    sheet.append(headers)
    for row in rows:
        sheet.append(
            [int(cell) if cell.isascii() and cell.isdigit() else (cell or None) for cell in row]
        )
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def inline_string_workbook(headers: list[str], rows: list[list[str]]) -> bytes:
    """The other layout: every string inline in its cell, no shared strings, no dimension."""

    def cell(column: int, row: int, text: str) -> str:
        ref = f"{chr(65 + column)}{row}"
        if text.isascii() and text.isdigit():
            return f'<c r="{ref}"><v>{text}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'

    lines = [headers, *rows]
    sheet_rows = "".join(
        f'<row r="{r}">' + "".join(cell(c, r, t) for c, t in enumerate(line) if t) + "</row>"
        for r, line in enumerate(lines, start=1)
    )
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>"
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"<sheetData>{sheet_rows}</sheetData></worksheet>"
        ),
    }
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return output.getvalue()


def csv_text(headers: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    """As Excel saves CSV: quoted where a cell holds the delimiter, CRLF line ends."""
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([headers, *rows])
    return output.getvalue()
