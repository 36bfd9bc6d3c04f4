"""CSV/TSV exports from screening tools and databases (Covidence, Rayyan, ASReview, Embase, Scopus).

Every tool names its columns differently ("Title", "Article Title", "pubmedID",
"Author Names"), so headers are matched case-insensitively against the synonym
table below. The delimiter is sniffed. One row is one record; a row without a
title or abstract is reported with its row number.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.common import (
    clean_title,
    join_pages,
    normalize_doi,
    normalize_pmid,
    to_vancouver,
    unique,
    year_of,
)
from evtable.readers.sections import parse_structured
from evtable.text import clean_inline, decode_bytes, normalize

#: Record field -> header names (compared lower-cased, spaces/underscores/dots folded), by priority.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("title", "article title", "document title", "primary title", "ti", "study title"),
    "abstract": ("abstract", "abstract note", "abstracts", "ab", "summary"),
    "authors": ("authors", "author", "author(s)", "author names", "author full names", "au",
                "author list"),
    "journal": ("journal", "source title", "journal title", "publication title", "journal/book",
                "journal name", "secondary title", "so", "publication"),
    "year": ("year", "publication year", "published year", "pub year", "py", "date", "publication date",
             "year published"),
    "doi": ("doi", "digital object identifier", "di"),
    "pmid": ("pmid", "pubmed id", "pubmedid", "pubmed", "pm", "medline pmid"),
    "volume": ("volume", "vol", "vl"),
    "issue": ("issue", "number", "no", "is"),
    "pages": ("pages", "page", "page range", "pagination", "pg"),
    "start_page": ("start page", "page start", "first page", "bp", "sp"),
    "end_page": ("end page", "page end", "last page", "ep"),
    "keywords": ("keywords", "author keywords", "index keywords", "mesh terms", "mesh",
                 "emtree medical index terms", "kw"),
    "language": ("language", "language of original document", "la"),
    "publication_types": ("publication type", "publication types", "document type", "type"),
    "source": ("source",),  # Embase's "Journal (year) vol:issue (pages). Date of Publication: ..."
}  # fmt: skip
#: Fields a header row must contain (besides at least one other known column) to count as records.
REQUIRED_ANY = ("title", "abstract")
#: Largest single cell accepted; abstracts of full-text dumps can be long, but not this long.
MAX_FIELD_CHARS = 1_000_000
#: Delimiters a screening tool may use.
DELIMITERS = ",\t;|"

_EMBASE_SOURCE = re.compile(
    r"^(?P<journal>.+?)\s*\((?P<year>\d{4})\)\s*(?P<volume>[^:\s(]+)?(?::(?P<issue>[^\s(]+))?"
    r"\s*(?:\((?P<pages>[^)]+)\))?"
)


def _fold(header: str) -> str:
    return re.sub(r"[\s_.]+", " ", header.strip().strip("\ufeff").lower()).strip()


_LOOKUP = {_fold(name): field for field, names in HEADER_SYNONYMS.items() for name in names}


def map_headers(headers: list[str]) -> dict[str, int]:
    """Record field -> column index for the headers we recognise (first synonym by priority)."""
    found: dict[str, int] = {}
    for field, names in HEADER_SYNONYMS.items():
        folded = [_fold(h) for h in headers]
        for name in names:
            if _fold(name) in folded:
                found[field] = folded.index(_fold(name))
                break
    return found


class TabularReader:
    """Delimited text with a header row naming bibliographic columns."""

    name = "tabular"

    def detect(self, source: Source) -> bool:
        first = _first_line(source.head)
        dialect = _sniff(source.head)
        if dialect is None:
            return False
        try:
            headers = next(csv.reader([first], dialect))
        except csv.Error:  # e.g. a stray NUL or quote in a non-table file: not a table
            return False
        mapped = map_headers(headers)
        return len(headers) >= 2 and any(f in mapped for f in REQUIRED_ANY) and len(mapped) >= 2

    def read(self, source: Source) -> Iterator[ReadItem]:
        # Not source.text: its whitespace folding would turn TSV tabs into spaces.
        try:
            raw, source.encoding = decode_bytes(source.data)
        except UnicodeDecodeError as exc:
            yield ReaderError(source.name, f"not a text file ({exc.reason})")
            return
        text = raw.lstrip("\ufeff")
        dialect = _sniff(text[:8192])
        if dialect is None:
            yield ReaderError(source.name, "cannot tell the delimiter of this table")
            return
        csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
        rows = csv.reader(io.StringIO(text, newline=""), dialect)
        number = 0
        try:
            headers = next(rows, None)
            if headers is None:
                yield ReaderError(source.name, "table has no header row")
                return
            columns = map_headers(headers)
            for row in rows:
                if not any(cell.strip() for cell in row):
                    continue
                number += 1
                yield _to_record(row, columns, source.name, number)
        except csv.Error as exc:
            yield ReaderError(source.name, f"malformed table ({exc})", record=number + 1)


def _first_line(text: str) -> str:
    """The header line, whatever the line ending: CRLF, LF, or the old Mac CR (tests/bad_inputs)."""
    return re.split(r"\r\n?|\n", text, maxsplit=1)[0]


def _sniff(sample: str) -> type[csv.Dialect] | None:
    """The delimiter the header row uses most (csv.Sniffer guesses wrong on one-line samples)."""
    first = _first_line(sample.lstrip("\ufeff"))
    counts = {d: first.count(d) for d in DELIMITERS}
    delimiter = max(counts, key=lambda d: counts[d])
    if not counts[delimiter]:
        return None
    return type("Sniffed", (csv.excel,), {"delimiter": delimiter})


def _to_record(row: list[str], columns: dict[str, int], path: str, number: int) -> ReadItem:
    def cell(field: str) -> str | None:
        index = columns.get(field)
        return clean_inline(row[index]) if index is not None and index < len(row) else None

    title = clean_title(cell("title"))
    index = columns.get("abstract")
    raw_abstract = row[index] if index is not None and index < len(row) else ""
    abstract, sections = parse_structured(normalize(raw_abstract or ""))
    if not title and not abstract:
        return ReaderError(path, f"row {number} has neither a title nor an abstract", record=number)
    source = _EMBASE_SOURCE.match(cell("source") or "")
    parts = source.groupdict() if source else {}
    return Record(
        source_file=path, format="tabular", title=title, authors=_authors(cell("authors") or ""),
        journal=cell("journal") or clean_inline(parts.get("journal")),
        year=year_of(cell("year")) or year_of(parts.get("year")),
        volume=cell("volume") or parts.get("volume"), issue=cell("issue") or parts.get("issue"),
        pages=cell("pages") or join_pages(cell("start_page"), cell("end_page"))
        or parts.get("pages"),
        doi=normalize_doi(cell("doi")), pmid=normalize_pmid(cell("pmid")), abstract=abstract,
        sections=sections,
        publication_types=unique(re.split(r"\s*;\s*", cell("publication_types") or "")),
        keywords=unique(re.split(r"\s*[;,]\s*", cell("keywords") or "")),
        language=cell("language"), record_number=number,
    )  # fmt: skip


def _authors(value: str) -> tuple[str, ...]:
    """'E J Reimer; G S Dunn', 'Liu R., Adler D.G.', 'Smith, J and Jones, K', 'Smith J, Jones K'."""
    if not value:
        return ()
    if ";" in value:
        parts = value.split(";")
    elif re.search(r"\s+and\s+", value):
        parts = re.split(r"\s*,?\s+and\s+", value)
    else:
        pieces = [p.strip() for p in value.split(",") if p.strip()]
        if pieces and all(" " not in p for p in pieces) and len(pieces) % 2 == 0:
            parts = [f"{pieces[i]}, {pieces[i + 1]}" for i in range(0, len(pieces), 2)]
        else:
            parts = pieces
    return unique([to_vancouver(p) for p in parts if p.strip()])
