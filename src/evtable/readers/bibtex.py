"""BibTeX exports (Rayyan, Wiley/Cochrane, Zotero/Better BibTeX, JabRef).

Parsed with bibtexparser 1.x, one ``@entry`` at a time so that one unbalanced
brace costs one record, not the rest of the file. LaTeX escapes are decoded to
Unicode. Junk between entries (Wiley's ``Record #N of 56`` lines) is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.common import (
    clean_title,
    normalize_doi,
    normalize_pmid,
    pmid_from_urls,
    to_vancouver,
    unique,
    year_of,
)
from evtable.readers.sections import join_sections, parse_structured, role_of
from evtable.text import clean_inline

#: Record field -> BibTeX fields in priority order (bibtexparser lower-cases field names).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "booktitle"), "journal": ("journal", "journaltitle", "booktitle"),
    "year": ("year", "date"), "volume": ("volume",), "issue": ("number", "issue"),
    "pages": ("pages",), "doi": ("doi",), "pmid": ("pmid",), "abstract": ("abstract",),
    "language": ("language", "langid"), "keywords": ("keywords", "mesh", "mesh-headings"),
}  # fmt: skip
#: Entry types that are not records (string macros, preambles, comments).
NON_RECORD_TYPES = ("@string", "@preamble", "@comment")
#: Cochrane (Wiley CDSR export) abstract headings, in their fixed order; printed without colons.
COCHRANE_HEADINGS = (
    "Background", "Objectives", "Search methods", "Selection criteria",
    "Data collection and analysis", "Main results", "Authors' conclusions",
)  # fmt: skip

_KEY = re.compile(r"^(\s*@[A-Za-z]+\s*[{(])([^,\n{}]*),")
_ENTRY_START = re.compile(r"(?m)^[ \t]*@[A-Za-z]+\s*[{(]")


class BibtexReader:
    """BibTeX files: one record per ``@article``/``@inproceedings``/... entry."""

    name = "bibtex"

    def detect(self, source: Source) -> bool:
        return bool(re.search(r"(?m)^[ \t]*@(?!string|comment|preamble)[A-Za-z]+\s*[{(]\s*[^,\s]*,",
                              source.head, re.IGNORECASE))  # fmt: skip

    def read(self, source: Source) -> Iterator[ReadItem]:
        text = source.text
        starts = [m.start() for m in _ENTRY_START.finditer(text)]
        number = 0
        for i, start in enumerate(starts):
            chunk = text[start : starts[i + 1] if i + 1 < len(starts) else len(text)]
            if chunk.lstrip().lower().startswith(NON_RECORD_TYPES):
                continue
            number += 1
            yield _parse_entry(chunk, source.name, number)


def _parse_entry(chunk: str, path: str, number: int) -> ReadItem:
    # Imported here, not with the module: bibtexparser and pyparsing take ~50 ms to import, which
    # every build paid at start-up (the readers are imported together), BibTeX or not.
    import bibtexparser
    from bibtexparser.bparser import BibTexParser
    from bibtexparser.customization import convert_to_unicode

    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False)
    parser.customization = convert_to_unicode
    # Wiley's CDSR export writes keys with spaces ("@article{Alves Galvão14,"), which
    # bibtexparser rejects; the key is only a label, so its spaces become underscores.
    chunk = _KEY.sub(lambda m: m.group(1) + re.sub(r"\s+", "_", m.group(2).strip()) + ",", chunk, count=1)
    try:
        entries = bibtexparser.loads(chunk, parser=parser).entries
    except Exception as exc:
        return ReaderError(path, f"BibTeX entry could not be parsed ({type(exc).__name__})", record=number)
    if not entries:
        key = re.match(r"\s*@\w+\s*[{(]\s*([^,\s]*)", chunk)
        name = f" '{key.group(1)}'" if key and key.group(1) else ""
        return ReaderError(path, f"BibTeX entry{name} is malformed (unbalanced braces or quotes?)",
                           record=number)  # fmt: skip
    return _to_record(entries[0], path, number)


def _to_record(entry: dict[str, str], path: str, number: int) -> ReadItem:
    one = {name: next((entry[f] for f in fields if entry.get(f, "").strip()), None)
           for name, fields in FIELDS.items()}  # fmt: skip
    title = clean_title(_unbrace(one["title"]))
    abstract, sections = _abstract(one["abstract"] or "")
    if not title and not abstract:
        key = entry.get("ID", "")
        return ReaderError(path, f"BibTeX entry '{key}' has neither title nor abstract",
                           record=number)  # fmt: skip
    urls = [entry.get("url", ""), entry.get("link", "")]
    doi = normalize_doi(one["doi"]) or next((normalize_doi(u) for u in urls if "doi.org/" in u.lower()), None)
    key = entry.get("ID", "")
    # Rayyan and PubMed-derived libraries use the PMID itself as the citation key.
    pmid = (
        normalize_pmid(one["pmid"])
        or pmid_from_urls(urls)
        or (key if re.fullmatch(r"\d{5,9}", key) else None)
    )
    # Zotero/Wiley separate keywords with ";", Rayyan with ", " (MeSH commas then split too).
    separator = ";" if ";" in (one["keywords"] or "") else ","
    keywords = (one["keywords"] or "").split(separator)
    return Record(
        source_file=path, format="bibtex", title=title, authors=_authors(entry.get("author", "")),
        journal=clean_inline(_unbrace(one["journal"])), year=year_of(one["year"]),
        volume=clean_inline(one["volume"]), issue=clean_inline(one["issue"]),
        pages=clean_inline(re.sub(r"\s*-{1,3}\s*", "-", one["pages"] or "")), doi=doi, pmid=pmid,
        abstract=abstract, sections=sections, keywords=unique(keywords),
        language=clean_inline(one["language"]), record_number=number,
    )  # fmt: skip


def _unbrace(value: str | None) -> str | None:
    """Drop the case-protecting braces BibTeX keeps around words ('{COVID}-19')."""
    return value.replace("{", "").replace("}", "") if value else value


def _authors(value: str) -> tuple[str, ...]:
    """BibTeX 'A and B' lists, plus Wiley's 'Smith, SR, Newton, K, and Hill, J' pair lists."""
    value = _unbrace(" ".join(value.split())) or ""
    names: list[str] = []
    for part in re.split(r"\s+and\s+", value):
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) > 2 and len(pieces) % 2 == 0:
            names += [to_vancouver(f"{pieces[i]}, {pieces[i + 1]}") for i in range(0, len(pieces), 2)]
        elif pieces:
            names.append(to_vancouver(", ".join(pieces)))
    return unique(names)


def _abstract(text: str) -> tuple[str, tuple]:
    text = _unbrace(text) or ""
    cochrane = re.match(r"\s*Abstract\s*-\s*", text)
    if cochrane:
        return _cochrane_sections(text[cochrane.end() :])
    return parse_structured(text)


def _cochrane_sections(text: str) -> tuple[str, tuple]:
    """Split a Cochrane abstract whose headings carry no colons, taking headings in order."""
    text = " ".join(text.split())
    found: list[tuple[int, int, str]] = []
    pos = 0
    for heading in COCHRANE_HEADINGS:
        m = re.compile(rf"(?:^|(?<=[.)\]] )){re.escape(heading)} (?=[A-Z0-9])").search(text, pos)
        if m:
            found.append((m.start(), m.end(), heading))
            pos = m.end()
    if len(found) < 2:
        return parse_structured(text)
    parts: list[tuple[str | None, str | None, str]] = []
    if text[: found[0][0]].strip():
        parts.append((None, None, text[: found[0][0]]))
    for i, (_, end, heading) in enumerate(found):
        stop = found[i + 1][0] if i + 1 < len(found) else len(text)
        parts.append((heading, role_of(heading), text[end:stop]))
    return join_sections(parts)
