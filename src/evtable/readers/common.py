"""Field clean-ups every bibliographic reader needs, so all formats agree on one form.

A DOI printed as ``https://doi.org/10.1/ABC`` in RIS and ``10.1/abc [doi]`` in
MEDLINE must end up equal, or duplicate detection and cross-format checks fail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from evtable.text import clean_inline

#: Prefixes exporters put before a DOI (URL resolvers, "doi:" labels), removed case-insensitively.
DOI_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*|doi\s+)", re.IGNORECASE)
_DOI_BODY = re.compile(r"10\.\d{4,9}/\S+")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_DOI_MARK = re.compile(r"\s*\[doi\]$", re.IGNORECASE)
_PMID = re.compile(r"(?<!\d)(\d{1,9})(?!\d)")
_BRACKETED = re.compile(r"\[(.+)\](\.?)")


def normalize_doi(value: str | None) -> str | None:
    """'https://doi.org/10.1016/J.X [doi]' -> '10.1016/j.x'; None when no DOI is present."""
    if not value:
        return None
    value = value.strip()
    value = _DOI_MARK.sub("", value)
    value = DOI_PREFIXES.sub("", value)
    m = _DOI_BODY.search(value)
    if not m:
        return None
    return m.group(0).rstrip(".,;").lower()


def normalize_pmid(value: str | None) -> str | None:
    """Digits only ('PMID: 123', 'https://pubmed.ncbi.nlm.nih.gov/123/' -> '123')."""
    if not value:
        return None
    if len(value) <= 9 and value.isascii() and value.isdigit():
        return value  # what the search below finds in a PMID as PubMed writes it
    m = _PMID.search(value)
    return m.group(1) if m else None


def year_of(value: str | None) -> int | None:
    """The first plausible four-digit year in a date string ('2018 Nov 25', '2019//')."""
    m = _YEAR.search(value or "")
    return int(m.group(1)) if m else None


def clean_title(value: str | None) -> str | None:
    """One-line title; PubMed's ``[Translated title].`` brackets are removed (the language
    field already says the article is not in English)."""
    title = clean_inline(value)
    if not title:
        return None
    m = _BRACKETED.fullmatch(title) if title.startswith("[") else None
    if m and "[" not in m.group(1) and "]" not in m.group(1):
        title = m.group(1) + m.group(2)
    return title


def join_pages(start: str | None, end: str | None) -> str | None:
    """'152' + '160' -> '152-160'; either part alone is kept as given."""
    start, end = clean_inline(start), clean_inline(end)
    if start and end and end != start:
        return f"{start}-{end}"
    return start or end


def clean_value(text: str) -> str | None:
    """``clean_inline(text)``, checking printable ASCII once where `clean_inline` checks it twice.

    On printable ASCII `clean_inline` is `single_spaced`, which checks `isprintable` again
    (a pass over the text); there, ``strip()`` can only remove spaces.
    """
    if text.isascii() and text.isprintable():
        if "  " in text or text.strip() != text:
            return " ".join(text.split()) or None
        return text or None
    return clean_inline(text)


def unique(values: Iterable[str | None]) -> tuple[str, ...]:
    """Non-empty values, cleaned, in first-seen order without repeats."""
    out: dict[str, None] = {}
    for v in values:
        c = clean_value(v) if v else None
        if c:
            out.setdefault(c, None)
    return tuple(out)


#: URLs that carry a PubMed ID ("https://pubmed.ncbi.nlm.nih.gov/22752652/", ".../pubmed/22752652").
PUBMED_URL = re.compile(r"(?:pubmed\.ncbi\.nlm\.nih\.gov/|ncbi\.nlm\.nih\.gov/pubmed/|/pubmed/)(\d{1,9})\b")
_CLUSTER = re.compile(r"^[A-Z]{1,3}$")
_INITIALS_TOKEN = re.compile(r"^(?:[A-Z]\.?-?){1,4}$")


def pmid_from_urls(values: Iterable[str]) -> str | None:
    """The PMID in the first PubMed URL among the values, if any."""
    for value in values:
        m = PUBMED_URL.search(value or "")
        if m:
            return m.group(1)
    return None


def to_vancouver(name: str) -> str:
    """Any common printed name form -> 'Surname Initials'.

    'Trindade, Ines A' and 'Labanski, A.' are inverted; 'Liu R.' and 'Adler D.G.'
    already end in initials; 'Jane Smith' is in natural order.
    """
    from evtable.readers.names import from_natural, vancouver

    name = clean_inline(name) or ""
    if "," in name:
        surname, _, given = name.partition(",")
        tokens = given.replace(".", " ").replace("-", " ").split()
        # "PS" (WoS) or "P.S." are initial clusters: keep every letter, not just the first.
        letters = [t if _CLUSTER.match(t) else t[:1] for t in tokens]
        return vancouver(surname.strip(), " ".join("".join(letters)))
    words = name.split()
    if len(words) > 1 and _INITIALS_TOKEN.match(words[-1]):
        return vancouver(" ".join(words[:-1]), " ".join(re.findall(r"[A-Z]", words[-1])))
    return from_natural(name) if len(words) > 1 else name
