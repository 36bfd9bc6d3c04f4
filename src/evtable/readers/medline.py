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
from evtable.readers.common import clean_title, clean_value, normalize_doi, unique, year_of
from evtable.readers.names import from_inverted
from evtable.readers.sections import parse_structured

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


class MedlineReader:
    """PubMed MEDLINE text: many records per file, one ``Record`` each."""

    name = "medline"

    def detect(self, source: Source) -> bool:
        return bool(re.match(r"PMID\s*-\s*\d+", source.head))

    def read(self, source: Source) -> Iterator[ReadItem]:
        for number, fields in enumerate(_split_records(source.text), start=1):
            yield _to_record(fields, source.name, number)


#: Where a record begins: a PMID tag line. A tag line, once whitespace is normalised ("AU  -
#: Weber DM" reads "AU - Weber DM"), is a tag of 2-4 capitals and digits, then " - ". Matched
#: with the line break before it: a pattern opening with a literal lets the regex engine skip
#: to each "\n", where ``(?m)^`` made it try every position (~4x slower).
_RECORD_START = re.compile(r"\nPMID ?- ?")


def _chunks(text: str) -> Iterator[str]:
    """The text cut before each PMID line: one record a piece (and any lines before the first).

    Each record is then read on its own, so memory holds one record's lines, where reading the
    whole text at once would hold every line of a 200 MB file (5 million strings).
    """
    start = 0  # a record on the first line needs no cut
    for m in _RECORD_START.finditer(text):
        yield text[start : m.start() + 1]
        start = m.start() + 1
    if start < len(text):
        yield text[start:]


#: A tag line inside a record's text: the tag, the rest of the line, and the
#: lines that continue it (every following line up to the next tag line, blank ones included).
_ENTRY = re.compile(r"(?m)^([A-Z][A-Z0-9]{1,3}) ?- ?(.*)((?:\n(?![A-Z][A-Z0-9]{1,3} ?-).*)*)")
#: `_ENTRY` opening with the line break before the tag instead of ``^``, searched in the record's
#: text after a "\n": the same entries (a match never takes the break before a tag line), but
#: ``re`` skips from break to break, where ``(?m)^`` made it try every character.
_ENTRY_AFTER_BREAK = re.compile("\n" + _ENTRY.pattern.removeprefix("(?m)^"))


def _split_records(text: str) -> Iterator[dict[str, list[str]]]:
    """Group tag lines into records (a record begins at each PMID line).

    A line that starts with a space, or is not a tag line, continues the value
    before it; blank lines are skipped. One ``findall`` reads a record's tag
    lines with their continuations (a line loop in Python was most of the
    reading time).
    """
    for chunk in _chunks(text):
        fields: dict[str, list[str]] = {}
        entries = _ENTRY_AFTER_BREAK.findall("\n" + chunk)
        for tag, value, more in entries:
            if more and (pieces := [p for line in more.split("\n") if (p := line.strip())]):
                value = " ".join([value.strip(), *pieces])
            else:
                value = value.strip()
            values = fields.get(tag)
            if values is None:
                fields[tag] = [value]
            else:
                values.append(value)
        if entries:
            yield fields


def _to_record(fields: dict[str, list[str]], path: str, number: int) -> ReadItem:
    one: dict[str, str | None] = {}
    for tag, name in SINGLE_TAGS.items():
        if one.get(name) is None and fields.get(tag):
            one[name] = clean_value(fields[tag][0])
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
    abstract, sections = parse_structured(one.get("abstract") or "", spaced=True)  # clean_value's
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
