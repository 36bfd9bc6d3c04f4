"""RIS exports from EndNote, Zotero, Ovid, Embase, Scopus, Web of Science, ProQuest, Rayyan, Lens.

Lines are parsed by `rispy`; evtable splits the file into TY…ER records first
so that one record without its ``ER`` is reported (with its number) while the
others are read. Exporters disagree on tags (``T1/N2/A1/Y1/JF`` versus
``TI/AB/AU/PY/T2``), so fields are taken from tag lists in priority order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import rispy

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.common import (
    clean_title,
    join_pages,
    normalize_doi,
    normalize_pmid,
    pmid_from_urls,
    to_vancouver,
    unique,
    year_of,
)
from evtable.readers.sections import parse_structured

#: Record field -> RIS tags in priority order (first tag with a value wins).
FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "title": ("TI", "T1", "CT", "BT", "ST"),
    "journal": ("T2", "JF", "JO", "JA", "J2", "J1"),
    "year": ("PY", "Y1", "DA", "Y2"),
    "volume": ("VL",),
    "issue": ("IS", "CP"),
    "start_page": ("SP",),
    "end_page": ("EP",),
    "doi": ("DO", "DI", "M3"),
    "abstract": ("AB", "N2"),
    "language": ("LA",),
}
#: Tags whose values are lists (authors, keywords, links).
LIST_FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "authors": ("AU", "A1"),
    "keywords": ("KW",),
    "urls": ("UR", "L1", "L2", "LK"),
    "types": ("M3", "PT"),
}
#: (tag holding a bare PMID, database tags/values that say the record came from PubMed).
PMID_TAGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("AN", ("nlm", "pubmed", "medline")),  # EndNote/Zotero exports from PubMed
    ("C2", ("scopus",)),  # Scopus puts the PMID in C2 ("PubMed ID")
)
#: Tags that name the database or provider a record came from.
DATABASE_TAGS = ("DB", "DP")

_TAG = re.compile(r"^([A-Z][A-Z0-9]) ?-(?: |$)")


#: Values exporters print where they mean "unknown" (Ovid's "No-Specified" pages).
PLACEHOLDERS = frozenset({"no-specified", "no pagination", "[no pagination]", "n/a", "na", "-"})


class AnyTag(dict):
    """rispy tag mapping that keeps every tag under its own name."""

    def __missing__(self, key: str) -> str:
        return key


class EveryTag(list):
    """rispy list-tag set containing every tag: repeats and continuation lines stay apart."""

    def __contains__(self, item: object) -> bool:
        return True


class RisReader:
    """RIS (TY … ER records), whatever the exporter."""

    name = "ris"

    def detect(self, source: Source) -> bool:
        return bool(re.search(r"(?m)^TY\s+-\s*\S", source.head[:4096]))

    def read(self, source: Source) -> Iterator[ReadItem]:
        def parse(chunk: str) -> list[dict[str, Any]]:
            return rispy.loads(chunk, mapping=AnyTag(), list_tags=EveryTag(), delimiter_tags_mapping={},
                               enforce_list_tags=False)  # fmt: skip

        unclosed = "RIS record has no closing 'ER  -' line (truncated export?)"
        yield from read_tagged(
            source, _split(source.text), parse, _to_record, what="RIS record", unclosed=unclosed
        )


def read_tagged(
    source: Source,
    chunks: Iterable[tuple[int, str, bool]],
    parse: Callable[[str], list[dict[str, Any]]],
    to_record: Callable[[dict[str, Any], str, int], ReadItem],
    *,
    what: str,
    unclosed: str,
) -> Iterator[ReadItem]:
    """Records of a tagged export (RIS, Web of Science), given to rispy one at a time.

    ``chunks`` are (number, text, closed) per record: a record without its ER
    line, or one rispy cannot parse, fails alone with a one-line error and the
    file's other records still go through.
    """
    for number, chunk, complete in chunks:
        if not complete:
            yield ReaderError(source.name, unclosed, record=number)
            continue
        try:
            parsed = parse(chunk)
        except (ValueError, TypeError, KeyError) as exc:
            yield ReaderError(source.name, f"{what} could not be parsed ({exc})", record=number)
            continue
        if not parsed:
            yield ReaderError(source.name, f"{what} could not be parsed", record=number)
            continue
        yield to_record(parsed[0], source.name, number)


def _split(text: str) -> Iterator[tuple[int, str, bool]]:
    """(number, rispy-ready text, has ER) per TY record; lines outside records are skipped."""
    lines: list[str] | None = None
    number = 0
    for raw in text.split("\n"):
        m = _TAG.match(raw)
        line = f"{m.group(1)}  - {raw[m.end() :]}" if m else raw
        tag = m.group(1) if m else None
        if tag == "TY":
            if lines is not None:
                yield number, "\n".join(lines), False
            number += 1
            lines = [line]
        elif lines is not None:
            lines.append(line)
            if tag == "ER":
                yield number, "\n".join(lines), True
                lines = None
    if lines is not None:
        yield number, "\n".join(lines), False


def tag_values(entry: dict, tag: str) -> list[str]:
    value = entry.get(tag)
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [v for v in (str(i).strip() for i in items) if v and v.lower() not in PLACEHOLDERS]


def _to_record(entry: dict, path: str, number: int) -> ReadItem:
    one: dict[str, str | None] = {}
    for name, tags in FIELD_TAGS.items():
        one[name] = next((" ".join(tag_values(entry, t)) for t in tags if tag_values(entry, t)), None)
        value = one[name]
        if value and value.lower() in PLACEHOLDERS:
            one[name] = None
    many = {name: [v for t in tags for v in tag_values(entry, t)] for name, tags in LIST_FIELD_TAGS.items()}
    title = clean_title(one["title"])
    abstract, sections = parse_structured(_abstract_text(entry))
    if not title and not abstract:
        return ReaderError(path, "RIS record has neither a title (TI/T1) nor an abstract (AB/N2)",
                           record=number)  # fmt: skip
    doi = next((d for t in FIELD_TAGS["doi"] for v in tag_values(entry, t)
                if (d := normalize_doi(v))), None)  # fmt: skip
    # A link is trusted for the DOI only when it is a resolver link: other URLs percent-encode it.
    doi = doi or next((normalize_doi(u) for u in many["urls"] if "doi.org/" in u.lower()), None)
    return Record(
        source_file=path, format="ris", title=title,
        authors=unique([to_vancouver(a) for a in many["authors"]]), journal=one["journal"],
        year=year_of(one["year"]), volume=one["volume"], issue=one["issue"],
        pages=join_pages(one["start_page"], one["end_page"]), doi=doi,
        pmid=_pmid(entry, many["urls"]),
        abstract=abstract, sections=sections, keywords=unique(many["keywords"]),
        language=one["language"], record_number=number,
    )  # fmt: skip


def _abstract_text(entry: dict) -> str:
    """The abstract with its line breaks kept, so line-start section labels are found."""
    for tag in FIELD_TAGS["abstract"]:
        values = tag_values(entry, tag)
        if values:
            return "\n".join(values)
    return ""


def _pmid(entry: dict, urls: list[str]) -> str | None:
    database = " ".join(v for t in DATABASE_TAGS for v in tag_values(entry, t)).lower()
    for tag, databases in PMID_TAGS:
        for value in tag_values(entry, tag):
            if value.isdigit() and any(d in database for d in databases):
                return normalize_pmid(value)
    return pmid_from_urls(urls)
