"""Bibliographic cells: the study ID reviewers cite and a Vancouver-style source line."""

from __future__ import annotations

import re
from collections import Counter
from string import ascii_lowercase

from evtable.models import Record
from evtable.readers.names import surname_of

#: Vancouver lists six authors, then "et al.".
VANCOUVER_MAX_AUTHORS = 6


def base_study_id(record: Record) -> str:
    """'Weber 2007': first author's surname and year; 'Anonymous' when no author is stated."""
    author = surname_of(record.authors[0]) if record.authors else "Anonymous"
    return f"{author} {record.year}" if record.year else f"{author} (n.d.)"


def assign_study_ids(records: list[Record]) -> list[str]:
    """Study IDs with a, b, ... appended, in input order, where two studies would clash."""
    bases = [base_study_id(r) for r in records]
    counts = Counter(bases)
    seen: Counter[str] = Counter()
    out = []
    for base in bases:
        if counts[base] > 1:
            suffix = _suffix(seen[base])
            seen[base] += 1
            out.append(f"{base}{suffix}")
        else:
            out.append(base)
    return out


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = ascii_lowercase[rem] + letters
    return letters


def vancouver_source(record: Record) -> str | None:
    """Authors. Title. Journal. Year;Volume(Issue):Pages. doi:DOI — parts the record lacks are left out."""
    parts: list[str] = []
    if record.authors:
        names = list(record.authors[:VANCOUVER_MAX_AUTHORS])
        more = len(record.authors) > VANCOUVER_MAX_AUTHORS or record.authors_truncated
        parts.append(", ".join(names) + (", et al." if more else "."))
    if record.title:
        parts.append(_end(record.title))
    if record.journal:
        parts.append(_end(record.journal))
    cite = str(record.year) if record.year else ""
    if record.volume:
        cite += f";{record.volume}"
        if record.issue:
            cite += f"({record.issue})"
    elif record.issue:
        cite += f";({record.issue})"
    if record.pages:
        cite += f":{record.pages}"
    if cite:
        parts.append(cite + ".")
    if record.doi:
        parts.append(f"doi:{record.doi}")
    return " ".join(parts) or None


def _end(text: str) -> str:
    text = text.strip()
    return text if re.search(r"[.?!]$", text) else text + "."
