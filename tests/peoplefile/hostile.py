"""Files an embassy could send by mistake or on purpose, built byte by byte for the tests."""

import io
import struct
import zipfile

from tests.helpers.lists import CHINESE_HEADERS, CHINESE_ROWS, excel_workbook

SHEET = "xl/worksheets/sheet1.xml"
DOCTYPE_XXE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
)
DOCTYPE_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY lol0 "lol">'
    + "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    + "]>\n"
)


def workbook() -> bytes:
    """A good workbook, the kind Excel writes, for the hostile ones to start from."""
    return excel_workbook(CHINESE_HEADERS, CHINESE_ROWS)


def rezipped(data: bytes, parts: dict[str, bytes], drop: tuple[str, ...] = ()) -> bytes:
    """The archive with these parts replaced or added, and those left out."""
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(output, "w") as target:
        for member in source.infolist():
            if member.filename not in parts and member.filename not in drop:
                target.writestr(member, source.read(member))
        for name, content in parts.items():
            target.writestr(name, content, zipfile.ZIP_DEFLATED)
    return output.getvalue()


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode()


def with_entities(doctype: str, reference: str, encoding: str = "utf-8") -> bytes:
    """The good workbook with a document type before its sheet's XML and an entity in a cell."""
    good = workbook()
    xml = part(good, SHEET)
    body = xml[xml.index("?>") + 2 :] if xml.startswith("<?xml") else xml
    text = doctype.replace("UTF-8", encoding.upper()) + body.replace("<t>", f"<t>{reference}", 1)
    return rezipped(good, {SHEET: text.encode(encoding)})


def xxe_workbook() -> bytes:
    return with_entities(DOCTYPE_XXE, "&xxe;")


def billion_laughs_workbook() -> bytes:
    return with_entities(DOCTYPE_LAUGHS, "&lol9;")


def utf16_xxe_workbook() -> bytes:
    """The declaration in a part written in UTF-16, where a search for its bytes would miss it."""
    return with_entities(DOCTYPE_XXE, "&xxe;", "utf-16")


def no_sheet_workbook() -> bytes:
    good = workbook()
    xml = part(good, "xl/workbook.xml")
    start, end = xml.index("<sheets>"), xml.index("</sheets>") + len("</sheets>")
    return rezipped(good, {"xl/workbook.xml": (xml[:start] + "<sheets/>" + xml[end:]).encode()})


def zip_bomb(unpacked: int) -> bytes:
    """A workbook whose sheet inflates to `unpacked` bytes of blanks, from a few hundred KB."""
    good = workbook()
    sheet = part(good, SHEET)
    output = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(output, "w") as target:
        for member in source.infolist():
            if member.filename != SHEET:
                target.writestr(member, source.read(member))
        info = zipfile.ZipInfo(SHEET)
        info.compress_type = zipfile.ZIP_DEFLATED
        with target.open(info, "w", force_zip64=True) as stream:
            stream.write(sheet[:-1].encode())
            blank = b" " * (1024 * 1024)
            for _ in range(unpacked // len(blank)):
                stream.write(blank)
            stream.write(b">")
    return output.getvalue()


def understated(data: bytes, name: str, size: int) -> bytes:
    """The archive with one part claiming, in both of its headers, to unpack to `size` bytes."""
    patched = bytearray(data)
    local, central = _headers(data, name)
    struct.pack_into("<I", patched, local + 22, size)
    struct.pack_into("<I", patched, central + 24, size)
    return bytes(patched)


def encrypted(data: bytes, name: str) -> bytes:
    """The archive with one part marked as encrypted, as a password-protected zip has it."""
    patched = bytearray(data)
    for header, flags_at in zip(_headers(data, name), (6, 8), strict=True):
        (flags,) = struct.unpack_from("<H", patched, header + flags_at)
        struct.pack_into("<H", patched, header + flags_at, flags | 0x1)
    return bytes(patched)


def _headers(data: bytes, name: str) -> tuple[int, int]:
    """Where a part's local header and its entry in the central directory start."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
        central = archive.start_dir
    while not data[central + 46 :].startswith(name.encode()):
        name_length, extra, comment = struct.unpack_from("<HHH", data, central + 28)
        central += 46 + name_length + extra + comment
    return local, central


def external_dtd_workbook() -> bytes:
    """No entity of its own, but a document type that names a file elsewhere."""
    return with_entities('<!DOCTYPE worksheet SYSTEM "http://example.org/sheet.dtd">\n', "")


def malformed_workbook() -> bytes:
    good = workbook()
    return rezipped(good, {SHEET: part(good, SHEET).replace("</row>", "</rwo>", 1).encode()})


def old_excel_file() -> bytes:
    """The first bytes of a compound file, as an old .xls or a password-protected .xlsx is."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def plain_zip(files: dict[str, bytes]) -> bytes:
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return output.getvalue()
