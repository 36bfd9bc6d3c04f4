"""Find the same study arriving more than once and merge it into one record.

Reviewers export from several databases and paste catalogue pages, so one paper
often arrives two or three times. Duplicates are found by DOI, then PMID, then
a fuzzy match on normalised title with the same year and first-author surname.
The merged record keeps the richest value of each field and lists every file it
came from; the returned `Merge` list says what was merged and why, so nothing
disappears silently.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from evtable.models import Record
from evtable.readers.names import surname_of

#: Minimum rapidfuzz ``ratio`` (0-100) between two normalised titles, with equal year and
#: first-author surname, to call two records the same study. 95 tolerates what exporters
#: change (punctuation, a dropped subtitle word, British/US spelling, a translated title's
#: brackets) but not the one-word changes that separate a protocol from its review or
#: part 1 from part 2 of a series.
TITLE_SIMILARITY = 95
#: Titles shorter than this (after normalisation) are too generic to match fuzzily
#: ("Editorial", "Case report").
MIN_TITLE_CHARS = 20
#: Fields whose richest value is the longest text.
TEXT_FIELDS = ("title", "journal")
#: Fields taken from the richest record that has them.
FIRST_FIELDS = (
    "year", "volume", "issue", "pages", "doi", "pmid", "language", "indexing_status",
)  # fmt: skip
#: Tuple fields whose richest value is the one with the most items.
LIST_FIELDS = ("publication_types", "mesh_terms", "keywords")


@dataclass(frozen=True, slots=True)
class Merge:
    """One group of duplicates: the record kept, the ones merged into it, and why."""

    kept: str
    merged: list[str]
    reason: str


def label(record: Record) -> str:
    """How a record is named in reports: 'file (record N)'."""
    if record.record_number is None:
        return record.source_file
    return f"{record.source_file} (record {record.record_number})"


def normalize_title(title: str | None) -> str:
    """Case, accents, brackets, punctuation and spacing folded away, for comparison only."""
    if not title:
        return ""
    text = unicodedata.normalize("NFKD", title.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def _surname(record: Record) -> str:
    return normalize_title(surname_of(record.authors[0])) if record.authors else ""


class _Groups:
    """Union-find over record indices that refuses to join groups with conflicting IDs."""

    def __init__(self, records: list[Record]) -> None:
        self.parent = list(range(len(records)))
        self.dois = [{r.doi} if r.doi else set() for r in records]
        self.pmids = [{r.pmid} if r.pmid else set() for r in records]
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int, reason: str) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return False
        # Two different DOIs (or PMIDs) mean two different works, however similar the titles.
        if (self.dois[a] and self.dois[b] and not self.dois[a] & self.dois[b]) or (
            self.pmids[a] and self.pmids[b] and not self.pmids[a] & self.pmids[b]
        ):
            return False
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.dois[a] |= self.dois[b]
        self.pmids[a] |= self.pmids[b]
        self.reasons[a] += [reason, *self.reasons.pop(b, [])]
        return True


def deduplicate(records: list[Record]) -> tuple[list[Record], list[Merge]]:
    """Merge duplicate records; return the records (first-seen order) and what was merged.

    Pure: the input records are not changed and nothing is printed.
    """
    groups = _Groups(records)
    for key, reason in (("doi", "same DOI"), ("pmid", "same PMID")):
        first: dict[str, int] = {}
        for i, record in enumerate(records):
            value = getattr(record, key)
            if value:
                if value in first:
                    groups.union(first[value], i, f"{reason} {value}")
                else:
                    first[value] = i
    _fuzzy(records, groups)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(records)):
        members[groups.find(i)].append(i)
    out: list[Record] = []
    merges: list[Merge] = []
    for root in sorted(members):
        group = [records[i] for i in members[root]]
        if len(group) == 1:
            out.append(group[0])
            continue
        merged = merge_records(group)
        out.append(merged)
        base = next(r for r in group if label(r) == _base_label(group))
        merges.append(
            Merge(
                kept=label(base),
                merged=[label(r) for r in group if r is not base],
                reason="; ".join(dict.fromkeys(groups.reasons[root])),
            )
        )
    return out, merges


def _fuzzy(records: list[Record], groups: _Groups) -> None:
    """Join records with near-identical titles, the same year and the same first author."""
    blocks: dict[tuple[int | None, str], list[int]] = defaultdict(list)
    titles = [normalize_title(r.title) for r in records]
    for i, record in enumerate(records):
        if len(titles[i]) >= MIN_TITLE_CHARS and record.year is not None and record.authors:
            blocks[(record.year, _surname(record))].append(i)
    for block in blocks.values():
        if len(block) < 2:
            continue
        choices = [titles[i] for i in block]
        for pos, i in enumerate(block):
            hits = process.extract(
                titles[i], choices, scorer=fuzz.ratio, score_cutoff=TITLE_SIMILARITY, limit=None
            )
            for _, score, other in hits:
                if other > pos:
                    groups.union(i, block[other], f"title, year and first author match ({score:.0f}%)")


def _richness(record: Record) -> tuple[int, int, int]:
    filled = sum(bool(getattr(record, f.name)) for f in dataclasses.fields(record))
    return filled, len(record.abstract), len(record.authors)


def _ranked(group: list[Record]) -> list[Record]:
    return sorted(group, key=_richness, reverse=True)


def _base_label(group: list[Record]) -> str:
    return label(_ranked(group)[0])


def merge_records(group: list[Record]) -> Record:
    """One record from duplicates: the richest value of each field, every source file listed."""
    ranked = _ranked(group)
    base = ranked[0]
    changes: dict[str, object] = {}
    for name in TEXT_FIELDS:
        values = [getattr(r, name) for r in ranked if getattr(r, name)]
        if values:
            changes[name] = max(values, key=len)
    for name in FIRST_FIELDS:
        changes[name] = next((getattr(r, name) for r in ranked if getattr(r, name)), None)
    for name in LIST_FIELDS:
        changes[name] = max((getattr(r, name) for r in ranked), key=len)
    with_authors = max(ranked, key=lambda r: len(r.authors))
    changes["authors"] = with_authors.authors
    changes["authors_truncated"] = with_authors.authors_truncated
    with_abstract = max(ranked, key=lambda r: len(r.abstract))
    changes["abstract"] = with_abstract.abstract
    changes["sections"] = with_abstract.sections
    files = [f for r in group for f in r.files]
    changes["source_files"] = tuple(dict.fromkeys(files))
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]
