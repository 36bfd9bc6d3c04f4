"""Refuse hostile or unusable workbooks before openpyxl opens them.

An xlsx is a zip archive written by whoever sent it. openpyxl trusts the
archive: a zip bomb decompresses until memory runs out, an encrypted workbook
(an OLE2 compound file, not a zip) fails with a confusing zipfile error, and a
macro workbook would have its ``vbaProject.bin`` carried along with
``keep_vba``. `check_workbook` reads only the file's signature and the zip's
central directory (the table of contents at its end) and decides from the
*declared* sizes, so nothing is ever extracted before the verdict. Python's
``zipfile`` (which openpyxl uses) never inflates an entry past its declared
size, so a workbook that passes here cannot decompress to more than
`MAX_UNCOMPRESSED_BYTES` later.

Every refusal is a `ReaderError` whose one-line message names the file and
says what to do.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from evtable.errors import ReaderError

#: Signature of an OLE2 / Compound File Binary: legacy .xls, and the container
#: Office wraps around a password-protected (encrypted) xlsx.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: Directory-entry name (UTF-16LE, as CFB stores names) of an encrypted OOXML package.
ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
#: Local-file-header signatures a zip may start with (normal, empty archive, spanned).
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
#: Largest workbook file read at all: 100 MiB is far beyond any evidence-table
#: template or edited export (100,000 formatted rows is ~30 MB).
MAX_WORKBOOK_BYTES = 100 * 2**20
#: Total declared uncompressed size of all entries: 1 GiB. openpyxl holds a
#: sheet's XML parse in memory at roughly 10x its size in read-write mode, so
#: beyond this the machine, not the file, decides what happens.
MAX_UNCOMPRESSED_BYTES = 2**30
#: Entries in the archive: a real workbook has tens; 10,000 is generous and
#: stops the "millions of tiny files" bomb.
MAX_ENTRIES = 10_000
#: Largest compression ratio (declared size / compressed size) allowed for an
#: entry bigger than `RATIO_FLOOR_BYTES`. Sheet XML of real workbooks compresses
#: 3-20x (measured: evtable's exports at most 6x, a 60,000-row template of blank
#: styled cells 16x, since every cell carries its own reference); 100x is only
#: reached by identical padding made to expand, which is what a bomb is.
MAX_RATIO = 100
#: Entries smaller than this are never judged by ratio: a 4 kB styles part of
#: repeated tags legitimately compresses 100x and cannot hurt.
RATIO_FLOOR_BYTES = 1 * 2**20
#: Parts that hold VBA macros (binary projects, and their signatures).
MACRO_PARTS = ("vbaproject.bin", "vbaprojectsignature.bin", "vbadata.xml")
#: Extensions of macro-enabled Office formats.
MACRO_EXTENSIONS = frozenset({".xlsm", ".xltm", ".xlam", ".xlsb"})
#: Content type that marks a workbook as macro-enabled, whatever its name.
MACRO_CONTENT_TYPE = b"macroEnabled"


def check_workbook(path: str | Path) -> None:
    """Raise `ReaderError` unless ``path`` is a plain, modest-sized xlsx safe to hand to openpyxl.

    Refused: a file that is not a zip (including a renamed CSV or a legacy
    .xls), a password-protected workbook, a zip bomb (by declared sizes,
    ratio or entry count), a macro-enabled workbook (by extension, content
    type or a ``vbaProject.bin`` part), and a zip that is not a workbook.
    Nothing is decompressed.
    """
    path = Path(path)
    name = str(path)
    if path.suffix.lower() in MACRO_EXTENSIONS:
        raise ReaderError(name, _MACRO_ADVICE.format(what=f"is a macro-enabled {path.suffix} workbook"))
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
            if head.startswith(OLE2_SIGNATURE):
                fh.seek(0)
                # A CFB directory sits in the first few sectors; 1 MiB covers any real workbook's.
                container = fh.read(2**20)
                if ENCRYPTED_PACKAGE in container:
                    raise ReaderError(
                        name,
                        "workbook is password-protected (encrypted); save an unprotected copy and use that",
                    )
                raise ReaderError(
                    name, "is a legacy .xls (OLE2) file, not an xlsx workbook; save it as .xlsx"
                )
    except OSError as exc:
        raise ReaderError(name, f"cannot read workbook ({exc.strerror or exc})") from None
    if size == 0:
        raise ReaderError(name, "workbook file is empty")
    if not head.startswith(ZIP_SIGNATURES):
        raise ReaderError(name, "is not an xlsx workbook (not a zip archive; a renamed CSV or text file?)")
    if size > MAX_WORKBOOK_BYTES:
        raise ReaderError(
            name, f"workbook is {size / 2**20:.0f} MiB, over the {MAX_WORKBOOK_BYTES // 2**20} MiB limit"
        )
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ReaderError(name, f"is not a readable xlsx workbook (broken zip: {exc})") from None
    with archive:
        infos = archive.infolist()
        _check_sizes(name, infos)
        try:
            content_types = _small_part(archive, "[Content_Types].xml")
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, NotImplementedError) as exc:
            raise ReaderError(name, f"is not a readable xlsx workbook (broken zip: {exc})") from None
    parts = {info.filename.replace("\\", "/").lower() for info in infos}
    if any(p.rsplit("/", 1)[-1] in MACRO_PARTS for p in parts) or (
        content_types is not None and MACRO_CONTENT_TYPE in content_types
    ):
        raise ReaderError(name, _MACRO_ADVICE.format(what="contains VBA macros (vbaProject.bin)"))
    if content_types is None or not any(p.endswith("workbook.xml") for p in parts):
        raise ReaderError(name, "is a zip archive but not an xlsx workbook (no workbook part)")


_MACRO_ADVICE = "{what}; evtable never runs or copies macros: save it as a macro-free .xlsx and use that"
#: [Content_Types].xml is a few kB; it is read (after the size checks passed on its own entry) only up to this.
_CONTENT_TYPES_LIMIT = 1 * 2**20


def _check_sizes(name: str, infos: list[zipfile.ZipInfo]) -> None:
    """Judge the archive by the sizes its central directory declares, before anything is inflated."""
    if len(infos) > MAX_ENTRIES:
        raise ReaderError(
            name, f"zip holds {len(infos)} entries, over the {MAX_ENTRIES} limit (zip bomb?); refused"
        )
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            raise ReaderError(
                name,
                f"part {info.filename!r} expands {ratio:.0f}x (over {MAX_RATIO}x) to "
                f"{info.file_size / 2**20:.0f} MiB: a zip bomb; refused before extracting anything",
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise ReaderError(
            name,
            f"declares {total / 2**20:.0f} MiB uncompressed, over the {MAX_UNCOMPRESSED_BYTES // 2**20} MiB "
            "limit (zip bomb?); refused before extracting anything",
        )


def _small_part(archive: zipfile.ZipFile, part: str) -> bytes | None:
    """A small part's bytes (None when absent); never reads more than `_CONTENT_TYPES_LIMIT`."""
    try:
        info = archive.getinfo(part)
    except KeyError:
        return None
    if info.file_size > _CONTENT_TYPES_LIMIT:
        return None
    with archive.open(info) as fh:
        return fh.read(_CONTENT_TYPES_LIMIT)
