"""Pasted web pages: PubMed article pages, library-catalogue records, research portals, bare text.

Reviewers copy a page from the browser and save it as .txt (or .html). The
page chrome ("Skip to main page content", "Similar articles", "Saved in:" ...)
is dropped, and the facts are read from the labels each kind of page prints.
Each page kind is a small function over the page's lines; the vocabularies
are tables at the top of the module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.names import from_natural, split_inverted_list
from evtable.readers.sections import parse_structured, role_of
from evtable.text import clean_inline, strip_html

#: Whole lines that are browser or site chrome, never content.
CHROME_LINES = frozenset(
    s.lower()
    for s in (
        "Skip to main page content", "U.S. flag", "Dot gov", "Https", "Affiliations",
        "An official website of the United States government", "The .gov means it’s official.",
        "The .gov means it's official.", "The site is secure.",
        "PubMed Disclaimer", "Full description",
        "Saved in:", "Cover", "Loading…",
        "Loading...", "More Information", "Online AccessGet full text",
        "Online Access", "Get full text", "Bibliographic Details",
        "Full text links", "Cite", "Share",
        "Save", "Email", "Send to",
        "Display options", "Add to Collections", "Add to My Bibliography",
        "Expand", "Show details", "Abstract available", "Export citation", "Permalink",
    )
)  # fmt: skip
_CHROME_PREFIXES = (
    "federal government websites often end in",
    "the https:// ensures",
    "access keys ncbi",
)
#: Headings after which a PubMed page no longer holds the abstract.
PUBMED_STOP_HEADINGS = frozenset(
    s.lower()
    for s in (
        "PubMed Disclaimer", "Similar articles", "Cited by", "References", "MeSH terms",
        "Publication types", "Substances", "LinkOut - more resources", "Grants and funding",
        "Comment in", "Comment on", "Conflict of interest statement", "Figures", "Keywords:",
        "Related information", "Supplementary concepts", "Full text sources", "Erratum in",
        "Associated data", "Trial registration",
    )
)  # fmt: skip
#: Publication-type labels PubMed prints above a title.
PUBMED_TYPES = frozenset(
    s.lower()
    for s in (
        "Review", "Systematic Review",
        "Meta-Analysis", "Randomized Controlled Trial", "Clinical Trial",
        "Clinical Trial, Phase I", "Clinical Trial, Phase II", "Clinical Trial, Phase III",
        "Clinical Trial, Phase IV", "Controlled Clinical Trial", "Case Reports", "Comment",
        "Editorial", "Letter", "Observational Study", "Practice Guideline", "Guideline",
        "Multicenter Study", "Comparative Study", "Consensus Development Conference",
        "Equivalence Trial", "Pragmatic Clinical Trial", "News", "Published Erratum",
    )
)  # fmt: skip

_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)[.,;)]?(?=\s|$)")
_PUBMED_CITE = re.compile(
    r"^(?:(?P<journal>[^.\n]+?)\s*)?\.\s*(?P<year>\d{4})\b[^;\n]*;(?P<vi>[^:\n]*):?(?P<pages>[^.\s]*)"
)
_ETAL_LINE = re.compile(
    r"^(?P<author>[^.\n]+?)(?P<etal> et al)?\.\s+(?P<journal>[^.\n]+?)\.\s+(?P<year>\d{4})\b"
)


@dataclass
class Page:
    """The page's text split into lines, with the chrome already dropped."""

    lines: list[str]
    raw: str
    facts: dict[str, object] = field(default_factory=dict)


def _clean_lines(text: str) -> list[str]:
    out = []
    for line in text.split("\n"):
        s = line.strip()
        low = s.lower()
        if low in CHROME_LINES or low.startswith(_CHROME_PREFIXES):
            continue
        out.append(s)
    return out


def _find_doi(text: str) -> str | None:
    m = _DOI.search(text)
    return m.group(1).lower() if m else None


def _year(text: str | None) -> int | None:
    m = re.search(r"\b(1[6-9]\d\d|20\d\d)\b", text or "")
    return int(m.group(1)) if m else None


def _pages(text: str | None) -> str | None:
    return clean_inline(re.sub(r"\s*[-–]\s*", "-", text)) if text else None


# --- PubMed article page -------------------------------------------------------------


def _is_pubmed(text: str) -> bool:
    markers = (
        "PubMed Disclaimer",
        "Skip to main page content",
        "NCBI",
        "PMID:",
        "Similar articles",
    )
    return sum(m in text for m in markers) >= 2


def _parse_pubmed(page: Page, path: str) -> Record:
    lines = page.lines
    try:
        abstract_at = next(i for i, s in enumerate(lines) if s.lower() == "abstract")
    except StopIteration:
        abstract_at = len(lines)
    head = lines[:abstract_at]
    journal = year = volume = issue = pages = None
    authors: list[str] = []
    truncated = False
    title = None
    for i, line in enumerate(head):
        m = _ETAL_LINE.match(line)
        if m and not authors:
            authors = [from_natural(m.group("author"))]
            truncated = bool(m.group("etal"))
            journal = m.group("journal")
            year = int(m.group("year"))
            title = _previous_content_line(head, i)
    for line in head:
        m = _PUBMED_CITE.match(line)
        if m and ";" in line:
            year = year or int(m.group("year"))
            journal = journal or clean_inline(m.group("journal"))
            vi = re.match(r"\s*([^(\s]*)\s*(?:\(([^)]*)\))?", m.group("vi"))
            if vi:
                volume = vi.group(1) or None
                issue = vi.group(2) or None
            pages = _pages(m.group("pages"))
            break
    if title is None:
        title = _first_title_line(head)
    types = tuple(dict.fromkeys(s for s in head if s.lower() in PUBMED_TYPES))
    pmid = re.search(r"\bPMID:\s*(\d+)", page.raw)
    body = []
    for line in lines[abstract_at + 1 :]:
        if line.lower() in PUBMED_STOP_HEADINGS or line.lower().startswith("keywords:"):
            break
        body.append(line)
    abstract, sections = parse_structured("\n".join(b for b in body if b))
    mesh = _section_list(lines, "MeSH terms")
    types = types + tuple(t for t in _section_list(lines, "Publication types") if t not in types)
    return Record(
        source_file=path, format="pubmed-page", title=title, authors=tuple(authors),
        authors_truncated=truncated, journal=journal, year=year, volume=volume, issue=issue,
        pages=pages, doi=_find_doi("\n".join(head)), pmid=pmid.group(1) if pmid else None,
        abstract=abstract, sections=sections, publication_types=types, mesh_terms=mesh,
    )  # fmt: skip


def _previous_content_line(lines: list[str], index: int) -> str | None:
    for line in reversed(lines[:index]):
        if line and line.lower() not in PUBMED_TYPES:
            return line
    return None


def _first_title_line(lines: list[str]) -> str | None:
    for line in lines:
        if line and line.lower() not in PUBMED_TYPES and not line.startswith((".", "doi:")):
            return line
    return None


def _section_list(lines: list[str], heading: str) -> tuple[str, ...]:
    try:
        at = next(i for i, s in enumerate(lines) if s.lower() == heading.lower())
    except StopIteration:
        return ()
    items = []
    for line in lines[at + 1 :]:
        if line.lower() in PUBMED_STOP_HEADINGS:
            break
        if line:
            items.append(line.rstrip("*").strip())
    return tuple(items)


# --- Library discovery catalogue (Summon/Primo-style "Bibliographic Details") -----------

#: Field labels a catalogue prints, mapped to our field names. A label may be glued
#: to its value when copied ("Published inThe New England ...").
CATALOGUE_LABELS: dict[str, str] = {
    "Published in": "published_in", "Main Authors": "authors", "Main Author": "authors",
    "Other Authors": "other_authors", "Authors": "authors", "Author": "authors",
    "Format": "format", "Language": "language", "Published": "published",
    "Subjects": "subjects", "Summary:": "summary", "Abstract:": "summary",
    "ISSN:": "issn", "EISSN:": "issn", "DOI:": "doi", "PMID:": "pmid", "Journal Title:": "journal",
}  # fmt: skip
_LABEL_RE = re.compile(
    r"^(" + "|".join(re.escape(k) for k in sorted(CATALOGUE_LABELS, key=len, reverse=True)) + r")\s*(.*)$"
)


def _is_catalogue(text: str) -> bool:
    return ("Bibliographic Details" in text or "Saved in:" in text) and (
        "Published in" in text or "Summary:" in text or "Main Author" in text
    )


def _parse_catalogue(page: Page, path: str) -> Record:
    values: dict[str, list[str]] = {}
    current: str | None = None
    title = next((s for s in page.lines if s), None)
    for line in page.lines[1:]:
        m = _LABEL_RE.match(line)
        if m:
            current = CATALOGUE_LABELS[m.group(1)]
            values.setdefault(current, [])
            if m.group(2):
                values[current].append(m.group(2))
        elif current in {"summary", "issn", "subjects"} and line:
            values[current].append(line)
        elif line:
            current = None if current != "summary" else current
    published_in = " ".join(values.get("published_in", []))
    journal = re.split(r"\s+Vol\.|\s+no\.|\s+pp\.|;", published_in)[0].strip() or None
    volume = re.search(r"\bVol\.?\s*([\w-]+)", published_in)
    issue = re.search(r"\bno\.?\s*([\w-]+)", published_in)
    pages = re.search(r"\bpp?\.?\s*([\w]+(?:\s*[-–]\s*[\w]+)?)", published_in)
    summary = "\n".join(values.get("summary", []))
    abstract, sections = parse_structured(summary)
    authors = (
        split_inverted_list(" ; ".join(values.get("authors", [])))
        if ";" in " ".join(values.get("authors", []))
        else split_inverted_list(", ".join(values.get("authors", [])))
    )
    doi = _find_doi(" ".join(values.get("doi", [])))
    pmid = re.search(r"\d+", " ".join(values.get("pmid", [])))
    return Record(
        source_file=path, format="catalogue-page", title=title, authors=tuple(authors),
        journal=journal or clean_inline(" ".join(values.get("journal", []))),
        year=_year(" ".join(values.get("published", []))) or _year(published_in),
        volume=volume.group(1) if volume else None, issue=issue.group(1) if issue else None,
        pages=_pages(pages.group(1)) if pages else None, doi=doi,
        pmid=pmid.group(0) if pmid else None, abstract=abstract, sections=sections,
        publication_types=tuple(values.get("format", [])),
        language=clean_inline(" ".join(values.get("language", []))),
    )  # fmt: skip


# --- Fallback: a bare title and abstract ------------------------------------------------


def _parse_plain(page: Page, path: str) -> Record:
    content = list(page.lines)
    while content and not content[0]:
        content.pop(0)
    if not content:
        raise ReaderError(path, "no text left once page chrome is removed")
    title = content[0]
    rest = "\n".join(content[1:]).strip()
    if re.match(r"(?i)abstract\b[:.]?\s*\n", rest):
        rest = rest.split("\n", 1)[1]
    abstract, sections = parse_structured(rest)
    words = re.findall(r"[^\W\d_]{2,}", title)
    if (
        not MIN_PLAIN_ABSTRACT_CHARS <= len(abstract) <= MAX_PLAIN_TEXT_CHARS
        or len(title) > MAX_TITLE_CHARS
        or len(words) < 2
    ):
        raise ReaderError(path, "not a recognised record: expected a title line followed by an abstract")
    return Record(
        source_file=path,
        format="text",
        title=title,
        doi=_find_doi(page.raw),
        year=None,
        abstract=abstract,
        sections=sections,
    )


# --- Institutional research portal (Elsevier Pure: "Research output: Contribution to journal") ---

#: Labels a Pure portal prints in its details table ("Label<TAB>value" or value on the next line).
PURE_LABELS: dict[str, str] = {
    "Original language": "language", "Pages (from-to)": "pages", "Number of pages": "page_count",
    "Journal": "journal", "Volume": "volume", "Issue number": "issue", "Article number": "article",
    "DOIs": "doi", "State": "state", "Publication status": "status",
    "Early online date": "online_date", "Externally published": "external",
}  # fmt: skip
#: Headings after which a Pure page no longer holds the abstract.
PURE_STOP = frozenset(s.lower() for s in (
    "Fingerprint", "Cite this", "Access to Document", "Other files and links", "Links",
    "Keywords", "Projects", "Activities",
    "Prizes", "Press/Media", "Datasets", "Related research output",
))  # fmt: skip
#: Words that mark an affiliation line (between the author line and "Research output").
AFFILIATION_WORDS = re.compile(
    r"(?i)\b(department|university|hospital|institute|faculty|centre|center|school|unit|clinic|"
    r"division|laboratory|college|citations?\b)"
)
_PURE_LABEL = re.compile(
    r"^(" + "|".join(re.escape(k) for k in sorted(PURE_LABELS, key=len, reverse=True)) + r")\s*(.*)$"
)


def _is_pure(text: str) -> bool:
    return (
        "Research output:" in text
        and sum(k in text for k in ("Original language", "Publication status", "Pages (from-to)", "DOIs"))
        >= 2
    )


def _parse_pure(page: Page, path: str) -> Record:
    lines = page.lines
    at = next(i for i, s in enumerate(lines) if s.startswith("Research output:"))
    above = [s for s in lines[:at] if s]
    authors: list[str] = []
    title = None
    for i in range(len(above) - 1, -1, -1):
        if AFFILIATION_WORDS.search(above[i]):
            continue
        authors = [from_natural(n) for n in re.split(r"\s*,\s*|\s+(?:&|and)\s+", above[i]) if n]
        title = above[i - 1] if i else None
        break
    values: dict[str, str] = {}
    pending: str | None = None
    body: list[str] = []
    in_abstract = False
    for line in lines[at + 1 :]:
        m = _PURE_LABEL.match(line)
        if m:
            in_abstract = False
            pending = PURE_LABELS[m.group(1)]
            if m.group(2).strip():
                values.setdefault(pending, m.group(2).strip())
                pending = None
            continue
        if pending and line:
            values.setdefault(pending, line)
            pending = None
            continue
        if line.lower() == "abstract":
            in_abstract = True
            continue
        if line.lower() in PURE_STOP:
            in_abstract = False
            continue
        if in_abstract:
            body.append(line)
    abstract, sections = parse_structured("\n".join(body))
    return Record(
        source_file=path, format="pure-page", title=title, authors=tuple(authors),
        journal=values.get("journal"),
        year=_year(values.get("status")) or _year(values.get("online_date")),
        volume=values.get("volume"), issue=values.get("issue"),
        pages=_pages(values.get("pages")) or values.get("article"),
        doi=_find_doi(values.get("doi", "")) or _find_doi(page.raw), abstract=abstract,
        sections=sections, language=values.get("language"),
    )  # fmt: skip


# --- Publisher article page (HTML with Highwire "citation_*" meta tags, or its pasted text) ---

#: Highwire Press meta tags every major publisher embeds, mapped to our fields.
CITATION_META: dict[str, str] = {
    "citation_title": "title", "citation_author": "authors", "citation_journal_title": "journal",
    "citation_publication_date": "date", "citation_date": "date", "citation_online_date": "date",
    "citation_volume": "volume", "citation_issue": "issue", "citation_firstpage": "first_page",
    "citation_lastpage": "last_page", "citation_doi": "doi", "citation_pmid": "pmid",
    "citation_abstract": "abstract",
    "citation_language": "language", "citation_keywords": "keywords",
}  # fmt: skip
#: Text a publisher's article page prints around the article (two are needed to call it one).
PUBLISHER_CUES = (
    "Received:", "Accepted:", "Published:", "Published online", "Article history", "View PDF",
    "Download PDF", "Cite this article",
    "Check for updates", "Open Access", "Get rights and content",
    "Article info", "Full text access", "Corresponding author",
)  # fmt: skip
#: Site chrome lines on publisher pages (lower case).
PUBLISHER_CHROME = frozenset(s.lower() for s in (
    "Skip to main content", "Skip to article", "Menu", "Search", "Sign in", "Register",
    "Get rights and content", "Open Access", "View PDF", "Download PDF", "Check for updates",
))  # fmt: skip
#: Headings that end the abstract on a publisher page.
PUBLISHER_STOP = frozenset(s.lower() for s in (
    "Keywords", "Introduction", "1. Introduction", "References", "Graphical abstract", "Highlights",
    "Cited by", "Recommended articles",
    "Article metrics", "Access options", "Supplementary material",
    "Citing articles", "Funding", "Acknowledgements", "Similar content being viewed by others",
))  # fmt: skip
_META_TAG = re.compile(r"(?is)<meta\s+[^>]*?name\s*=\s*[\"'](citation_[a-z_]+)[\"'][^>]*?>")
_META_CONTENT = re.compile(r"(?is)content\s*=\s*(\"[^\"]*\"|'[^']*')")
_META_LINE = re.compile(r"^(citation_[a-z_]+): (.*)$")
_VOLUME_LINE = re.compile(r"(?i)\bVol(?:ume)?\.?\s*(\w+)(?:,?\s*(?:Issue|No\.?)\s*(\w+))?")


def citation_meta_lines(html_text: str) -> list[str]:
    """The page's citation_* meta tags as 'name: value' lines, kept when the HTML is stripped."""
    import html as html_lib

    lines = []
    for m in _META_TAG.finditer(html_text):
        content = _META_CONTENT.search(m.group(0))
        if content:
            value = html_lib.unescape(content.group(1)[1:-1]).strip()
            if value:
                lines.append(f"{m.group(1).lower()}: {' '.join(value.split())}")
    return lines


def _is_publisher(text: str) -> bool:
    if re.search(r"(?m)^citation_title: ", text):
        return True
    return (
        bool(_DOI.search(text))
        and sum(c in text for c in PUBLISHER_CUES) >= 2
        and bool(re.search(r"(?im)^abstract\s*$", text))
    )


def _parse_publisher(page: Page, path: str) -> Record:
    meta: dict[str, list[str]] = {}
    for line in page.lines:
        m = _META_LINE.match(line)
        if m and m.group(1) in CITATION_META:
            meta.setdefault(CITATION_META[m.group(1)], []).append(m.group(2))
    content = [s for s in page.lines if not _META_LINE.match(s)]
    try:
        abstract_at = next(i for i, s in enumerate(content) if s.lower().rstrip(":") == "abstract")
    except StopIteration:
        abstract_at = None
    body: list[str] = []
    if abstract_at is not None:
        for line in content[abstract_at + 1 :]:
            if line.lower() in PUBLISHER_STOP or line.lower().startswith("keywords"):
                break
            body.append(line)
    text_abstract = "\n".join(_label_lines(body)) or "\n".join(meta.get("abstract", []))
    abstract, sections = parse_structured(text_abstract)
    head = "\n".join(content[:abstract_at] if abstract_at is not None else content[:40])
    volume = _VOLUME_LINE.search(head)

    def one(key: str) -> str | None:
        return clean_inline(meta[key][0]) if meta.get(key) else None

    head_lines = [x for x in (content[:abstract_at] if abstract_at else []) if x]
    head_lines = [x for x in head_lines if x.lower() not in PUBLISHER_CHROME]
    vol_at = next((i for i, x in enumerate(head_lines) if _VOLUME_LINE.search(x)), None)
    after_volume = head_lines[vol_at + 1 :] if vol_at is not None else head_lines
    title = one("title") or _publisher_title(after_volume)
    journal = one("journal") or (head_lines[vol_at - 1] if vol_at else None)
    volume_line = head_lines[vol_at] if vol_at is not None else ""
    page_range = re.search(r"(?i)\bpp?(?:ages)?\.?\s*(\d+\s*[-–]\s*\d+)", volume_line)
    authors = tuple(from_natural(a) if "," not in a else split_inverted_list(a)[0]
                    for a in meta.get("authors", []))  # fmt: skip
    first, last = one("first_page"), one("last_page")
    pages = f"{first}-{last}" if first and last and first != last else first
    pages = pages or (_pages(page_range.group(1)) if page_range else None)
    pmid = one("pmid")
    return Record(
        source_file=path, format="publisher-page", title=title, authors=authors,
        journal=journal,
        year=_year(one("date")) or _year(volume_line) or _year(_published_line(head)),
        volume=one("volume") or (volume.group(1) if volume else None),
        issue=one("issue") or (volume.group(2) if volume and volume.group(2) else None),
        pages=pages, doi=_find_doi(one("doi") or "") or _find_doi(head),
        pmid=re.sub(r"\D", "", pmid) or None if pmid else None, abstract=abstract,
        sections=sections, language=one("language"),
    )  # fmt: skip


def _label_lines(body: list[str]) -> list[str]:
    """Join a heading line that is a section label ('Methods') to the paragraph after it."""
    out: list[str] = []
    pending: str | None = None
    for line in body:
        if line and len(line) < 40 and role_of(line) != "UNASSIGNED":
            pending = line.rstrip(":.")
            continue
        if pending and line:
            out.append(f"{pending}: {line}")
            pending = None
        elif line:
            out.append(line)
    return out


def _published_line(head: str) -> str | None:
    m = re.search(r"(?im)^(?:published(?: online)?:?|available online)\s*(.+)$", head)
    return m.group(1) if m else None


def _publisher_title(lines: list[str]) -> str | None:
    """The first line that reads like a title: several words, not a label, a date or a name list."""
    for line in lines:
        if (
            len(line.split()) >= 4
            and line.count(",") < 3
            and not _DOI.search(line)
            and not _VOLUME_LINE.search(line)
            and not any(line.startswith(c) for c in PUBLISHER_CUES)
            and not re.search(r"\b(19|20)\d\d\b", line)
        ):
            return line
    return None


#: File extensions a pasted page may have ("" = no extension).
PAGE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm", ".xhtml", ""})
#: More text than this is not one pasted record (a full article is ~60,000 characters).
MAX_PLAIN_TEXT_CHARS = 200_000
#: A first line longer than this is a paragraph, not a title.
MAX_TITLE_CHARS = 500
#: A bare "title + abstract" file needs at least this much abstract text to be a record.
MIN_PLAIN_ABSTRACT_CHARS = 80

#: Page kinds, tried in order: (name, detector, parser).
PAGE_KINDS: list[tuple[str, Callable[[str], bool], Callable[[Page, str], Record]]] = [
    ("pubmed", _is_pubmed, _parse_pubmed),
    ("catalogue", _is_catalogue, _parse_catalogue),
    ("pure", _is_pure, _parse_pure),
    ("publisher", _is_publisher, _parse_publisher),
]


class WebPageReader:
    """Text or HTML copied from a browser: one record per file."""

    name = "webpage"

    def detect(self, source: Source) -> bool:
        """Pasted pages are .txt/.html (or have no extension); other text files are not records.

        A README, a JSON dump or a label file in an input folder must be reported
        as unsupported rather than turned into a junk study.
        """
        return bool(source.head) and source.path.suffix.lower() in PAGE_SUFFIXES

    def read(self, source: Source) -> Iterator[ReadItem]:
        text = source.text
        if re.search(r"(?is)<(html|body|div|p|article)\b", text[:5000]):
            # Publisher pages carry their facts in citation_* meta tags; keep them as lines.
            meta = citation_meta_lines(text[:200_000])
            text = strip_html(text) + ("\n" + "\n".join(meta) if meta else "")
        if "\n" not in text.strip() and len(text) > 1_000_000:
            yield ReaderError(source.name, "a single line of over 1,000,000 characters: not a pasted page")
            return
        page = Page(lines=_clean_lines(text), raw=text)
        parser = next((p for _, d, p in PAGE_KINDS if d(text)), _parse_plain)
        record = parser(page, source.name)
        if not record.title and not record.abstract:
            yield ReaderError(source.name, "no title or abstract found in the page")
            return
        yield record
