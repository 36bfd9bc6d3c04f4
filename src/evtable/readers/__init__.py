"""The registry of input formats: ``detect`` picks a reader by content, ``read_file`` runs it.

"Unsupported format" is said in one place, here. Readers are tried in
``READERS`` order; the pasted-web-page reader comes last because any text can
be a pasted page.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from evtable.errors import ReaderError, UnsupportedFormatError
from evtable.models import Record
from evtable.readers.base import Reader, ReadItem, Source
from evtable.readers.bibtex import BibtexReader
from evtable.readers.medline import MedlineReader
from evtable.readers.pubmed_xml import PubmedXmlReader
from evtable.readers.ris import RisReader
from evtable.readers.tabular import TabularReader
from evtable.readers.webpage import WebPageReader
from evtable.readers.wos import WosReader

#: Largest input evtable reads (after gunzip). Bigger files are refused with a
#: clear error rather than exhausting memory; 256 MiB is well above the largest
#: PubMed baseline file (~200 MB uncompressed).
MAX_INPUT_BYTES = 256 * 1024 * 1024

#: File names skipped when a folder is given: our own outputs and curation files.
SKIPPED_NAMES = frozenset({"curation.yaml", "curation.csv", "datapackage.json"})

#: Tried in order. Byte-level XML first; then the tagged formats, whose signatures
#: (``PMID-``, ``FN``/``PT``, ``TY  -``, ``@article{``) cannot be confused; tables need a
#: recognised header row; any other text is a pasted page.
READERS: list[Reader] = [
    PubmedXmlReader(), MedlineReader(), WosReader(), RisReader(), BibtexReader(), TabularReader(),
    WebPageReader(),
]  # fmt: skip


def register(reader: Reader, *, before: str | None = None) -> None:
    """Add a reader to the registry (before the named one, or just before the fallback)."""
    names = [r.name for r in READERS]
    index = names.index(before) if before in names else len(READERS) - 1
    READERS.insert(index, reader)


def detect(source: Source) -> Reader:
    """The first reader that recognises the content, or UnsupportedFormatError."""
    for reader in READERS:
        if reader.detect(source):
            return reader
    raise UnsupportedFormatError(source.name, "unrecognised format (not a supported record file)")


@dataclass
class FileResult:
    """What reading one file gave: its records, its errors, and facts for the About sheet."""

    path: str
    label: str = ""
    format: str | None = None
    sha256: str | None = None
    encoding: str | None = None
    records: list[Record] = field(default_factory=list)
    errors: list[ReaderError] = field(default_factory=list)


def load_source(path: Path, *, label: str | None = None) -> Source:
    """Read a file's bytes (gunzipping transparently) within MAX_INPUT_BYTES."""
    name = label or str(path)
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise ReaderError(
                name,
                f"file is {size / 2**20:.0f} MiB, over the {MAX_INPUT_BYTES // 2**20} MiB limit",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(name, f"cannot read file ({exc.strerror or exc})") from None
    if _blank(data):
        raise ReaderError(name, "file is empty")
    digest = hashlib.sha256(data).hexdigest()
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(name, data)
    return Source(path=path, data=data, label=name, sha256=digest)


def _blank(data: bytes) -> bool:
    """``not data.strip()`` without copying the file: empty, or ASCII whitespace only."""
    return not data or data.isspace()


def _gunzip(name: str, data: bytes) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReaderError(name, f"corrupt or truncated gzip data ({exc})") from None
    if len(out) > MAX_INPUT_BYTES:
        raise ReaderError(name, f"decompresses to more than {MAX_INPUT_BYTES // 2**20} MiB")
    if _blank(out):
        raise ReaderError(name, "file is empty after decompression")
    return out


def stream_file(path: Path, label: str, result: FileResult) -> Iterator[Record]:
    """Yield one file's records as its reader produces them; errors go into ``result``.

    Never raises for bad input: the streaming engine and `read_file` both
    read files this way, so the same file gives the same records and errors.
    """
    count = 0
    try:
        source = load_source(path, label=label)
        result.sha256 = source.sha256
        reader = detect(source)
        result.format = reader.name
        for item in reader.read(source):
            if isinstance(item, ReaderError):
                result.errors.append(item)
            else:
                count += 1
                yield item
        result.encoding = source.encoding
    except ReaderError as exc:
        result.errors.append(exc)
    if not count and not result.errors:
        result.errors.append(ReaderError(label, f"no records found in this {result.format or 'file'}"))


def read_file(path: str | Path, *, label: str | None = None) -> FileResult:
    """Read every record of one file; errors are collected, never raised.

    ``label`` is how records and errors name the file (default: the path as given).
    """
    path = Path(path)
    label = label or str(path)
    result = FileResult(path=str(path), label=label)
    result.records = list(stream_file(path, label, result))
    return result


def iter_input_files(inputs: Iterable[str | Path]) -> Iterator[tuple[Path, str]]:
    """Expand files and folders (recursively, sorted, hidden files skipped) into input files.

    Yields ``(path, label)``: the label names the file as the reviewer knows it,
    the folder they gave plus the relative path ("seeds/000.txt"), so outputs
    do not depend on where the project sits on disk.
    """
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if (
                    child.is_file()
                    and not any(p.startswith(".") for p in rel.parts)
                    and child.name not in SKIPPED_NAMES
                ):
                    yield child, (Path(path.resolve().name) / rel).as_posix()
        else:
            yield path, str(item)


def read_records(inputs: Iterable[str | Path]) -> list[FileResult]:
    """Read every file under the given paths; one FileResult per file, in a stable order."""
    return [read_file(path, label=label) for path, label in iter_input_files(inputs)]


__all__ = [
    "MAX_INPUT_BYTES", "READERS", "FileResult", "ReadItem", "Reader", "Source",
    "detect", "iter_input_files", "load_source", "read_file", "read_records", "register", "stream_file",
]  # fmt: skip
