"""PubMed MEDLINE text (the ``PMID-`` tagged format, ``.nbib``/``.txt``/``.medline``).

This is what PubMed's "Save > PubMed format" and citation managers' .nbib give.
Tags are four characters padded with spaces, values continue on lines indented
six spaces, and tags such as AU, PT and MH repeat. Records start at ``PMID-``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.common import clean_title, normalize_doi, unique, year_of
from evtable.readers.names import from_inverted
from evtable.readers.sections import parse_structured
from evtable.text import clean_inline

#: MEDLINE tag -> Record field, for the single-valued fields (first occurrence wins).
SINGLE_TAGS: dict[str, str] = {
    "PMID": "pmid", "TI": "title", "AB": "abstract", "TA": "journal", "JT": "journal_full",
    "DP": "date", "VI": "volume", "IP": "issue", "PG": "pages", "STAT": "indexing_status",
    "LA": "language",
}  # fmt: skip
#: MEDLINE tag -> Record field, for repeated tags kept as lists.
LIST_TAGS: dict[str, str] = {
    "AU": "authors", "FAU": "full_authors", "CN": "collective", "PT": "publication_types",
    "MH": "mesh_terms", "OT": "keywords", "LID": "ids", "AID": "ids",
}  # fmt: skip

#: A tag line once whitespace is normalised: "AU  - Weber DM" reads "AU - Weber DM".
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) ?- ?(.*)$")
_PMID_START = re.compile(r"(?m)^PMID\s*-\s*\d")


class MedlineReader:
    """PubMed MEDLINE text: many records per file, one ``Record`` each."""

    name = "medline"

    def detect(self, source: Source) -> bool:
        return bool(re.match(r"PMID\s*-\s*\d+", source.head))

    def read(self, source: Source) -> Iterator[ReadItem]:
        for number, fields in enumerate(_split_records(source.text), start=1):
            yield _to_record(fields, source.name, number)


def _lines(text: str) -> Iterator[str]:
    """The text's lines one at a time: ``text.split`` would hold every line of a 200 MB file at
    once (5 million strings, ~500 MB more than the text itself)."""
    start, size = 0, len(text)
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        yield text[start:end]
        start = end + 1


def _split_records(text: str) -> Iterator[dict[str, list[str]]]:
    """Group tag lines into records (a record begins at each PMID line)."""
    fields: dict[str, list[str]] | None = None
    last: str | None = None
    for line in _lines(text):
        if not line.strip():
            continue
        m = _TAG_LINE.match(line) if not line[0].isspace() else None
        if m:
            tag, value = m.group(1), m.group(2)
            if tag == "PMID":
                if fields is not None:
                    yield fields
                fields = {}
            if fields is None:
                fields = {}
            fields.setdefault(tag, []).append(value.strip())
            last = tag
        elif fields is not None and last is not None:
            fields[last][-1] = f"{fields[last][-1]} {line.strip()}"
    if fields is not None:
        yield fields


def _to_record(fields: dict[str, list[str]], path: str, number: int) -> ReadItem:
    one: dict[str, str | None] = {}
    for tag, name in SINGLE_TAGS.items():
        if one.get(name) is None and fields.get(tag):
            one[name] = clean_inline(fields[tag][0])
    many: dict[str, list[str]] = {}
    for tag, name in LIST_TAGS.items():
        many.setdefault(name, []).extend(fields.get(tag, []))
    title = clean_title(one.get("title"))
    pmid = one.get("pmid")
    if not title and not one.get("abstract"):
        where = f" PMID {pmid}" if pmid else ""
        return ReaderError(path, f"MEDLINE record{where} has neither TI nor AB", record=number)
    authors = many["authors"] or [from_inverted(a) for a in many["full_authors"]]
    doi = next((normalize_doi(v) for v in many["ids"] if v.lower().endswith("[doi]")), None)
    abstract, sections = parse_structured(one.get("abstract") or "")
    return Record(
        source_file=path, format="medline", title=title,
        authors=unique(authors + many["collective"]),
        journal=one.get("journal") or one.get("journal_full"), year=year_of(one.get("date")),
        volume=one.get("volume"), issue=one.get("issue"), pages=one.get("pages"), doi=doi,
        pmid=pmid, abstract=abstract, sections=sections,
        publication_types=unique(many["publication_types"]), mesh_terms=unique(many["mesh_terms"]),
        keywords=unique(many["keywords"]), language=one.get("language"),
        indexing_status=one.get("indexing_status"), record_number=number,
    )  # fmt: skip
