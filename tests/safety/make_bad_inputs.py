"""Write the hostile workbooks of tests/bad_inputs/ (run once; the files are committed).

Kept so anyone can see exactly how each hostile file was made and remake it:
``.venv/bin/python tests/safety/make_bad_inputs.py``. The password-protected
workbook needs ``pip install msoffcrypto-tool`` (only this script uses it);
everything else is the standard library and openpyxl. Zip timestamps are fixed,
so re-running gives the same bytes (except the encrypted file, whose salt is random).
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

BAD = Path(__file__).resolve().parents[1] / "bad_inputs"
FIXED_DATE = (2000, 1, 1, 0, 0, 0)

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    "</Types>"
)
MACRO_CONTENT_TYPES = CONTENT_TYPES.replace(
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
).replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>')
WORKBOOK = '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'


def _zip(path: Path, parts: dict[str, bytes | str], *, deflate: bool = True) -> None:
    buffer = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in parts.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_DATE), data, compress_type=method)
    path.write_bytes(buffer.getvalue())


def _real_workbook() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["study_id", "title"])
    wb.active.append(["Weber 2007", "Lenalidomide plus dexamethasone"])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _with_part(workbook: bytes, name: str, data: bytes) -> bytes:
    """A copy of a real workbook with one more part (as a macro-enabled save adds vbaProject.bin)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data_in = src.read(info)
            if info.filename == "[Content_Types].xml" and name.endswith("vbaProject.bin"):
                data_in = data_in.replace(b"spreadsheetml.sheet.main+xml", b"macroEnabled.main+xml")
            dst.writestr(zipfile.ZipInfo(info.filename, FIXED_DATE), data_in)
        dst.writestr(zipfile.ZipInfo(name, FIXED_DATE), data)
    return out.getvalue()


def _declare_sizes(data: bytes, size: int) -> bytes:
    """Rewrite every central-directory entry's declared uncompressed size (a lying zip)."""
    out = bytearray(data)
    end = out.rfind(b"PK\x05\x06")
    (cd_offset,) = struct.unpack_from("<I", out, end + 16)
    pos = cd_offset
    while out[pos : pos + 4] == b"PK\x01\x02":
        struct.pack_into("<I", out, pos + 24, size)
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", out, pos + 28)
        pos += 46 + name_len + extra_len + comment_len
    return bytes(out)


def main() -> None:
    BAD.mkdir(exist_ok=True)
    base = {"[Content_Types].xml": CONTENT_TYPES, "xl/workbook.xml": WORKBOOK}
    # 20 MiB of one repeated tag compresses ~1000x: the classic single-entry zip bomb.
    _zip(BAD / "workbook_zip_bomb_ratio.xlsx", base | {"xl/worksheets/sheet1.xml": b"<c/>" * (5 * 2**20)})
    # 1,100 tiny entries whose central directory claims 1 MiB each: 1.1 GiB declared, none over the ratio floor.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in base.items():
            archive.writestr(zipfile.ZipInfo(name, FIXED_DATE), data)
        for i in range(1100):
            archive.writestr(zipfile.ZipInfo(f"xl/media/image{i}.bin", FIXED_DATE), b"x")
    (BAD / "workbook_zip_bomb_declared_size.xlsx").write_bytes(_declare_sizes(buffer.getvalue(), 2**20))
    (BAD / "workbook_not_a_zip_renamed_csv.xlsx").write_text(
        "study_id,title\r\nWeber 2007,Lenalidomide\r\n", encoding="utf-8"
    )
    real = _real_workbook()
    (BAD / "workbook_truncated_zip.xlsx").write_bytes(real[: len(real) // 2])
    _zip(BAD / "workbook_zip_without_workbook_part.xlsx", {"readme.txt": "not a workbook"})
    vba = b'\xcc\x61\xff\xff\x00\x00\x00Attribute VB_Name = "Module1"\r\nSub AutoOpen()\r\nShell "calc"\r\nEnd Sub'
    (BAD / "workbook_with_macros.xlsm").write_bytes(_with_part(real, "xl/vbaProject.bin", vba))
    (BAD / "workbook_macros_renamed_to_xlsx.xlsx").write_bytes(_with_part(real, "xl/vbaProject.bin", vba))
    (BAD / "workbook_legacy_ole2_not_encrypted.xlsx").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Workbook".encode("utf-16-le") + b"\x00" * 1024
    )
    try:
        import msoffcrypto.format.ooxml as ooxml
    except ImportError:
        print("msoffcrypto-tool not installed: workbook_password_protected.xlsx left as it is")
        return
    encrypted = io.BytesIO()
    ooxml.OOXMLFile(io.BytesIO(real)).encrypt("evtable", encrypted)
    (BAD / "workbook_password_protected.xlsx").write_bytes(encrypted.getvalue())


if __name__ == "__main__":
    main()
