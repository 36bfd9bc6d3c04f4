"""Web of Science field-tagged plain text ("FN Clarivate Analytics Web of Science").

Two-letter tags, values continued on lines indented three spaces, records
ending at ``ER`` and the file at ``EF``. Lines are parsed by rispy's
``WokParser``; as for RIS, evtable splits records itself so a record missing
its ``ER`` is reported on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
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
    to_vancouver,
    unique,
    year_of,
)
from evtable.readers.ris import AnyTag, EveryTag, read_tagged, tag_values
from evtable.readers.sections import parse_structured

#: Record field -> WoS tags in priority order.
FIELD_TAGS: dict[str, tuple[str, ...]] = {
    "title": ("TI",), "journal": ("JI", "SO", "J9"), "year": ("PY", "PD", "EA"), "volume": ("VL",),
    "issue": ("IS",), "start_page": ("BP",), "end_page": ("EP",), "article_number": ("AR",),
    "doi": ("DI",), "pmid": ("PM",), "language": ("LA",),
}  # fmt: skip
#: Tags whose values are ';'-separated lists (keywords) or one item per line (authors, types).
KEYWORD_TAGS = ("DE", "ID")
AUTHOR_TAGS = ("AU", "CA")
TYPE_TAGS = ("DT",)
#: Header and trailer tags that are not part of any record.
FILE_TAGS = ("FN", "VR", "EF")

_TAG = re.compile(r"^([A-Z][A-Z0-9])(?: (.*))?$")


class WosReader:
    """Web of Science tagged text (plain-text export)."""

    name = "wos"

    def detect(self, source: Source) -> bool:
        head = source.head[:2000]
        return (head.startswith("FN ") and bool(re.search(r"(?m)^PT [A-Z]\b", head))) or bool(
            re.match(r"PT [JBSP]\s*\n(?:AU|AF|TI) ", head)
        )

    def read(self, source: Source) -> Iterator[ReadItem]:
        def parse(chunk: str) -> list[dict[str, Any]]:
            return rispy.loads(chunk, implementation=rispy.parser.WokParser, mapping=AnyTag(),
                               list_tags=EveryTag(), delimiter_tags_mapping={})  # fmt: skip

        unclosed = "Web of Science record has no closing 'ER' line (truncated export?)"
        yield from read_tagged(
            source, _split(source.text), parse, _to_record, what="record", unclosed=unclosed
        )


def _split(text: str) -> Iterator[tuple[int, str, bool]]:
    """(number, WokParser-ready text, has ER) per PT record; continuation indents restored."""
    lines: list[str] | None = None
    number = 0
    for raw in text.split("\n"):
        if raw[:1].isspace():
            if lines is not None:
                lines.append("   " + raw.strip())  # whitespace was collapsed by normalize()
            continue
        m = _TAG.match(raw)
        tag = m.group(1) if m else None
        if tag == "PT":
            if lines is not None:
                yield number, "\n".join(lines), False
            number += 1
            lines = [raw]
        elif lines is not None and tag not in FILE_TAGS:
            lines.append(raw)
            if tag == "ER":
                yield number, "\n".join(lines), True
                lines = None
    if lines is not None:
        yield number, "\n".join(lines), False


def _to_record(entry: dict, path: str, number: int) -> ReadItem:
    one = {name: next((" ".join(tag_values(entry, t)) for t in tags if tag_values(entry, t)), None)
           for name, tags in FIELD_TAGS.items()}  # fmt: skip
    title = clean_title(one["title"])
    abstract, sections = parse_structured("\n".join(tag_values(entry, "AB")))
    if not title and not abstract:
        return ReaderError(path, "record has neither TI nor AB", record=number)
    keywords = [k for t in KEYWORD_TAGS for v in tag_values(entry, t) for k in v.split(";")]
    return Record(
        source_file=path, format="wos", title=title,
        authors=unique([to_vancouver(a) for t in AUTHOR_TAGS for a in tag_values(entry, t)]),
        journal=one["journal"], year=year_of(one["year"]), volume=one["volume"], issue=one["issue"],
        pages=join_pages(one["start_page"], one["end_page"]) or one["article_number"],
        doi=normalize_doi(one["doi"]), pmid=normalize_pmid(one["pmid"]), abstract=abstract,
        sections=sections, publication_types=unique(
            [t for tag in TYPE_TAGS for v in tag_values(entry, tag) for t in v.split(";")]),
        keywords=unique(keywords), language=one["language"], record_number=number,
    )  # fmt: skip
