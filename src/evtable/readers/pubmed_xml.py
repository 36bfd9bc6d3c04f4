"""PubMed / MEDLINE XML: efetch ``PubmedArticleSet`` and baseline ``MedlineCitationSet`` files.

Read with a hardened, streaming lxml parser: no DTD loading, no network, no
entity expansion, so a hostile file (billion laughs, XXE) is refused rather
than expanded, and a baseline file of 30,000 articles is never held whole as a
tree. Structured abstracts keep NLM's own section roles (``NlmCategory``).
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from enum import Enum
from typing import Final

from lxml import etree

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers.base import ReadItem, Source
from evtable.readers.common import clean_title, normalize_doi, normalize_pmid, year_of
from evtable.readers.sections import join_sections, role_of
from evtable.text import clean_inline, normalize

#: Root elements this reader accepts.
ROOTS = ("PubmedArticleSet", "MedlineCitationSet")
#: Elements that hold one article; parsed when they end, then discarded.
ARTICLE_TAGS = ("PubmedArticle", "MedlineCitation", "PubmedBookArticle")
#: Inline elements whose text NLM writes in brackets when it flattens XML to MEDLINE text.
BRACKETED_TAGS = frozenset({"sup", "sub"})
#: NLM's NlmCategory values are already roles; anything else is mapped from the label.
NLM_ROLES = frozenset({"BACKGROUND", "OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS", "UNASSIGNED"})
#: Where each single-valued field lives, relative to MedlineCitation (first hit wins).
PATHS: dict[str, tuple[str, ...]] = {
    "pmid": ("PMID",),
    "title": ("Article/ArticleTitle", "Article/VernacularTitle"),
    "journal": ("MedlineJournalInfo/MedlineTA", "Article/Journal/ISOAbbreviation",
                "Article/Journal/Title"),
    "year": ("Article/Journal/JournalIssue/PubDate/Year",
             "Article/Journal/JournalIssue/PubDate/MedlineDate", "Article/ArticleDate/Year"),
    "volume": ("Article/Journal/JournalIssue/Volume",),
    "issue": ("Article/Journal/JournalIssue/Issue",),
    "pages": ("Article/Pagination/MedlinePgn",),
    "language": ("Article/Language",),
}  # fmt: skip

#: The prolog (before the root element) declaring entities: entity-expansion or XXE attempt.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_START = re.compile(rb"<(PubmedArticleSet|MedlineCitationSet)\b")


class PubmedXmlReader:
    """PubMed/MEDLINE XML, any DTD year from 2016 on."""

    name = "pubmed-xml"

    def detect(self, source: Source) -> bool:
        head = source.data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
        return head.startswith(b"<") and bool(_ROOT_START.search(source.data[:4096]))

    def read(self, source: Source) -> Iterator[ReadItem]:
        root = _ROOT_START.search(source.data[:65536])
        prolog = source.data[: root.start()] if root else source.data[:65536]
        if _ENTITY_DECL.search(prolog):
            yield ReaderError(source.name, "XML declares its own entities (entity-expansion or "
                              "external-entity attack?); refused")  # fmt: skip
            return
        source.encoding = "xml"
        number = 0
        parser = etree.iterparse(
            io.BytesIO(source.data), events=("end",), tag=ARTICLE_TAGS, resolve_entities=False,
            no_network=True, load_dtd=False, huge_tree=False, remove_comments=True,
        )  # fmt: skip
        try:
            for _, elem in parser:
                if (
                    elem.tag == "MedlineCitation"
                    and (parent := elem.getparent()) is not None
                    and parent.tag == "PubmedArticle"
                ):
                    continue  # read with its PubmedArticle, which also holds the DOI
                if number == 0 and _declares_entities(elem):
                    # The byte check above misses a DTD hidden after a comment naming the root.
                    yield ReaderError(source.name, "XML declares its own entities (entity-expansion or "
                                      "external-entity attack?); refused")  # fmt: skip
                    return
                number += 1
                yield _article(elem, source.name, number)
                elem.clear(keep_tail=False)
                while elem.getprevious() is not None:
                    del elem.getparent()[0]
        except etree.XMLSyntaxError as exc:
            reason = str(exc).splitlines()[0] if str(exc) else "syntax error"
            yield ReaderError(source.name, f"malformed or truncated XML after {number} "
                              f"record(s): {reason}", record=number + 1)  # fmt: skip
        if number == 0 and not root:
            yield ReaderError(source.name, "XML without a PubmedArticleSet or MedlineCitationSet root")


def _declares_entities(elem: etree._Element) -> bool:
    """True when the document's internal DTD declares any entity (never expanded, always refused)."""
    dtd = elem.getroottree().docinfo.internalDTD
    return dtd is not None and next(iter(dtd.iterentities()), None) is not None


def _text(elem: etree._Element | None) -> str | None:
    """All text inside an element, inline markup flattened.

    <i>, <b>, <u> vanish; <sup>/<sub> become "(x)" as in NLM's own MEDLINE text
    ("10(6) CFU", "CO(2)"), so "10<sup>6</sup>" never reads as "106".
    """
    if elem is None:
        return None
    raw = (elem.text or "") if len(elem) == 0 else "".join(_flatten(elem))
    if raw.isascii() and raw.isprintable():
        # `normalize` changes nothing in printable ASCII (most names, dates, MeSH terms and
        # abstracts), and its only whitespace is " ": mostly single already, nothing to split.
        # This is `single_spaced(raw) or None` without its second `isprintable` pass; in printable
        # text, `strip()` can only remove spaces.
        if "  " in raw or raw.strip() != raw:
            return " ".join(raw.split()) or None
        return raw or None
    return clean_inline(normalize(raw))


def _flatten(elem: etree._Element) -> Iterator[str]:
    if elem.text:
        yield elem.text
    for child in elem:
        inner = "".join(_flatten(child))
        yield f"({inner})" if child.tag in BRACKETED_TAGS and inner else inner
        if child.tail:
            yield child.tail


#: One element and its children by tag: the first child of each tag, and the tags that repeat.
_Index = tuple[etree._Element, dict[object, etree._Element], set[object]]


class _Repeats(Enum):
    """What `_Paths` notes for a path through a tag that repeats among its siblings."""

    REPEATS = "repeats"


class _Unseen(Enum):
    """What `_Paths` finds for a path it has not looked up yet."""

    UNSEEN = "unseen"


#: The members as module names: reading an Enum member off its class costs ~50 ns, a global ~10.
_REPEATS: Final = _Repeats.REPEATS
_UNSEEN: Final = _Unseen.UNSEEN


class _Paths:
    """``find``/``iterfind`` under one element with paths of child tags: ElementPath's answers, cheaper.

    lxml's ``find()`` with a path goes through ElementPath (1.5-5 µs a call, and an
    article took some thirty). Here each element a path passes through is indexed once,
    in one pass over its children, and every later step through it is a dict look-up.
    A path through a tag that repeats among its siblings (two ``KeywordList``s, say) is
    left to ElementPath, because it then looks under each of them in document order,
    where the first one alone could miss a match.
    """

    __slots__ = ("_indexes", "_root")

    def __init__(self, root: etree._Element) -> None:
        self._root = root
        #: Path -> the one element there, indexed; None if there is none; REPEATS if a step repeats.
        self._indexes: dict[str, _Index | _Repeats | None] = {}

    def _at(self, path: str) -> _Index | _Repeats | None:
        found = self._indexes.get(path, _UNSEEN)
        if found is _UNSEEN:
            elem = self._one(path)
            found = elem if elem is None or elem is _REPEATS else _index(elem)
            self._indexes[path] = found
        return found

    def _one(self, path: str) -> etree._Element | _Repeats | None:
        """The one element at ``path``, without indexing its own children."""
        if not path:
            return self._root
        up, _, tag = path.rpartition("/")
        index = self._at(up)
        if index is None or index is _REPEATS:
            return index
        return _REPEATS if tag in index[2] else index[1].get(tag)

    def find(self, path: str) -> etree._Element | None:
        """``root.find(path)``."""
        up, _, tag = path.rpartition("/")
        index = self._indexes.get(up, _UNSEEN)  # `_at` without a call when looked up before
        if index is _UNSEEN:
            index = self._at(up)
        if index is _REPEATS:
            return self._root.find(path)
        return None if index is None else index[1].get(tag)  # the first, repeated or not

    def iterfind(self, path: str) -> Iterator[etree._Element]:
        """``root.iterfind(path)``."""
        up, _, tag = path.rpartition("/")
        parent = self._one(up)  # lists (AuthorList, MeshHeadingList ...) are never indexed
        if parent is _REPEATS:
            return self._root.iterfind(path)
        return iter(()) if parent is None else parent.iterchildren(tag)


def _index(elem: etree._Element) -> _Index:
    """One pass over the children, so each later step through the element costs a dict look-up."""
    first: dict[object, etree._Element] = {}
    repeated: set[object] = set()
    for child in elem:
        tag = child.tag  # a processing instruction's tag is a function, never a name
        if tag in first:
            repeated.add(tag)
        else:
            first[tag] = child
    return elem, first, repeated


def _first(citation: _Paths, choices: tuple[str, ...]) -> str | None:
    for path in choices:
        value = _text(citation.find(path))
        if value:
            return value
    return None


def _article(elem: etree._Element, path: str, number: int) -> ReadItem:
    if elem.tag == "PubmedBookArticle":
        pmid = _text(elem.find("BookDocument/PMID"))
        return ReaderError(path, f"PubMed book record{f' PMID {pmid}' if pmid else ''} is not "
                           "a journal article; not read", record=number)  # fmt: skip
    top = _Paths(elem)
    citation = elem if elem.tag == "MedlineCitation" else top.find("MedlineCitation")
    if citation is None:
        return ReaderError(path, "PubmedArticle without MedlineCitation", record=number)
    paths = _Paths(citation) if citation is not elem else top
    one = {name: _first(paths, choices) for name, choices in PATHS.items()}
    title = clean_title(one["title"])
    abstract, sections = _abstract(paths.find("Article/Abstract"))
    if not title and not abstract:
        return ReaderError(path, f"article PMID {one['pmid']} has no title or abstract", record=number)
    return Record(
        source_file=path, format="pubmed-xml", title=title, authors=_authors(paths),
        journal=one["journal"], year=year_of(one["year"]), volume=one["volume"],
        issue=one["issue"], pages=one["pages"], doi=_doi(top, paths),
        pmid=normalize_pmid(one["pmid"]), abstract=abstract, sections=sections,
        publication_types=_unique([_text(e) for e in paths.iterfind(
            "Article/PublicationTypeList/PublicationType")]),
        mesh_terms=_mesh(paths),
        keywords=_unique([_text(e) for e in paths.iterfind("KeywordList/Keyword")]),
        language=one["language"], indexing_status=citation.get("Status"), record_number=number,
    )  # fmt: skip


def _unique(values: list[str | None]) -> tuple[str, ...]:
    """`unique` for values `_text` made (or joined from its values with non-space marks).

    Those are single-spaced and stripped already, and on printable ASCII `clean_inline` is
    ``" ".join(text.split())``, which leaves such text as it is: only other text goes through
    `clean_inline` again, as in `unique`, because `normalize` can change it again (it undoes
    one layer of mojibake a pass).
    """
    out: dict[str, None] = {}
    for v in values:
        if v and not (v.isascii() and v.isprintable()):
            v = clean_inline(v)
        if v:
            out[v] = None
    return tuple(out)


def _abstract(abstract: etree._Element | None) -> tuple[str, tuple]:
    if abstract is None:
        return "", ()
    parts: list[tuple[str | None, str | None, str]] = []
    for part in abstract.iterchildren("AbstractText"):
        label = clean_inline(part.get("Label"))
        category = (part.get("NlmCategory") or "").upper()
        role = category if category in NLM_ROLES else (role_of(label) if label else None)
        parts.append((label, role, _text(part) or ""))
    return join_sections(parts, spaced=True)  # `_text` gives single-spaced text


#: The Author children `_authors` reads.
_NAME_PARTS = frozenset({"LastName", "Initials", "Suffix", "CollectiveName"})


def _authors(citation: _Paths | etree._Element) -> tuple[str, ...]:
    """Names as MEDLINE's AU writes them; ``citation`` may also be the element itself."""
    names: list[str | None] = []
    for author in citation.iterfind("Article/AuthorList/Author"):
        if author.get("ValidYN", "Y") != "Y":
            continue
        # One pass over the children instead of a find() per part (the first of each tag counts).
        parts: dict[str, etree._Element] = {}
        for child in author:
            tag = child.tag
            if tag in _NAME_PARTS and tag not in parts:
                parts[tag] = child
        last = _text(parts.get("LastName"))
        if last:
            # As MEDLINE's AU: "Dimar JR 2nd" (the suffix follows the initials).
            if initials := _text(parts.get("Initials")):
                last += " " + initials
            if suffix := _text(parts.get("Suffix")):
                last += " " + suffix
            names.append(last)
        else:
            names.append(_text(parts.get("CollectiveName")))
    return _unique(names)


def _doi(top: _Paths, citation: _Paths) -> str | None:
    """The article's own DOI: ArticleIdList (not the references'), else ELocationID."""
    for node in top.iterfind("PubmedData/ArticleIdList/ArticleId"):
        if node.get("IdType") == "doi" and (doi := normalize_doi(_text(node))):
            return doi
    for node in citation.iterfind("Article/ELocationID"):
        if node.get("EIdType") == "doi" and (doi := normalize_doi(_text(node))):
            return doi
    return None


def _mesh(citation: _Paths | etree._Element) -> tuple[str, ...]:
    """MeSH headings in MEDLINE text form: 'Descriptor/qualifier', '*' marking major topics.

    ``citation`` may also be the element itself (its own ``iterfind`` gives the same headings).
    """
    terms: list[str | None] = []
    for heading in citation.iterfind("MeshHeadingList/MeshHeading"):
        # One pass over the children: the first DescriptorName, and every QualifierName in order
        # already written out as "/qualifier" (they follow the descriptor wherever they stand).
        descriptor: etree._Element | None = None
        qualifiers = ""
        for child in heading:
            tag = child.tag
            if tag == "QualifierName":
                qualifiers += "/" + ("*" if child.get("MajorTopicYN") == "Y" else "") + (_text(child) or "")
            elif tag == "DescriptorName" and descriptor is None:
                descriptor = child
        if descriptor is not None:
            star = "*" if descriptor.get("MajorTopicYN") == "Y" else ""
            terms.append(star + (_text(descriptor) or "") + qualifiers)
    return _unique(terms)
