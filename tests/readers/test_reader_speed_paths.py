"""The readers' cheaper paths must keep every field.

`pubmed_xml._Paths` stands in for lxml's ``find``/``iterfind`` (ElementPath), `pubmed_xml._unique`
for `common.unique`, `_text` skips the whitespace split on text that is already single-spaced, and
`medline._chunks` finds record starts with a pattern that opens with the line break. Each is
checked against what it replaced, and the fixtures under ``fixtures/readers_speed`` hold the cases
those paths meet in real files (inline markup, non-ASCII and padded names, repeated lists, DOI
sources, journal and year fallbacks), written by hand after real records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from reader_helpers import FIXTURES, read_all

from evtable.readers.common import unique
from evtable.readers.medline import _chunks
from evtable.readers.pubmed_xml import _Paths, _text, _unique
from evtable.text import clean_inline, normalize

FOLDER = FIXTURES / "readers_speed"

# --- whole records through the registry ---------------------------------------------------------


def test_xml_edge_cases_read_field_by_field() -> None:
    records, errors = read_all(FOLDER / "edge_cases.xml")
    assert errors == []
    first, second, third = records
    # Markup inside the title: <sup> in brackets, <i> dropped, space runs collapsed.
    assert first.title == "Serum IL-6 above 10(3) pg/mL in Candida auris sepsis."
    # Non-ASCII and padded names; ValidYN="N" skipped; CollectiveName with markup; repeats dropped.
    assert first.authors == ("Ødegård Å", "van der Berg J Jr", "SEPSIS-Auris Study Group")
    assert (first.journal, first.year, first.volume, first.issue, first.pages) == (
        "J Invent Trials", 2024, "12", "3", "201-9",
    )  # fmt: skip
    # ArticleIdList's DOI wins over ELocationID's, and the reference list's is never taken.
    assert first.doi == "10.5555/jit.2024.001"
    assert first.abstract == (
        "OBJECTIVE: To measure IL-6 in adults with C. auris.\n"
        "RESULTS: Levels rose to 10(4) (P<0.01) in twelve of 40 patients; CO(2) was normal.\n"
        "Take-home message: Measure early."
    )
    assert [(s.label, s.role) for s in first.sections] == [
        ("OBJECTIVE", "OBJECTIVE"), ("RESULTS", "RESULTS"), ("Take-home message", "UNASSIGNED"),
    ]  # fmt: skip
    assert first.publication_types == ("Journal Article", "Randomized Controlled Trial")
    # Several qualifiers, each with its own MajorTopicYN, in document order; a repeated heading once.
    assert first.mesh_terms == (
        "*Candida auris/isolation & purification/*pathogenicity/drug effects",
        "Interleukin-6/*blood",
        "Humans",
    )
    # Two KeywordLists: the keywords of both, first-seen order, no repeats.
    assert first.keywords == ("sepsis", "IL-6", "fungal infection")
    assert (first.language, first.indexing_status, first.pmid) == ("eng", "MEDLINE", "39000001")

    # No MedlineTA and no ISOAbbreviation: the journal's full title; the year from MedlineDate;
    # the DOI from ELocationID when ArticleIdList has none; a processing instruction in between.
    assert (second.journal, second.year, second.volume, second.issue) == (
        "Archives of made-up surgery", 2019, "7", None,
    )  # fmt: skip
    assert second.doi == "10.5555/ams.2020.7"
    assert second.title == "Rehabilitation after knee surgery: a cohort."
    assert second.authors == ("Müller J",)

    # An empty ArticleTitle falls back to VernacularTitle; no PubDate year: ArticleDate's; no
    # MedlineJournalInfo: ISOAbbreviation; an ArticleId that is not a DOI gives none.
    assert (third.title, third.year, third.journal, third.doi) == (
        "Un essai inventé.", 2021, "Made Up Rep", None,
    )  # fmt: skip
    assert third.abstract == "Only one paragraph, no label." and third.sections == ()


def test_medline_edge_cases_read_field_by_field() -> None:
    records, errors = read_all(FOLDER / "edge_cases.nbib")
    assert errors == []
    assert [r.pmid for r in records] == ["38000001", "38000002", "38000003"]
    first, second, third = records
    assert first.title == "Early mobilisation after hip fracture surgery: a randomised controlled trial."
    # An indented "PMID-" inside the abstract continues it; it starts no record.
    assert "PMID- 12345 appears here inside the abstract, indented." in first.abstract
    assert [s.label for s in first.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert first.authors == ("Smith J", "HIP-MOB Trial Group")
    assert (first.doi, first.year, first.pages) == ("10.5555/jio.2022.11", 2022, "11-19")
    # "PMID -38000002" and "PMID-38000003" start records too; "XPMID-" does not.
    assert second.title == "Knee pain in runners." and second.authors == ("Müller J",)
    assert second.language == "ger XPMID- 9 an untagged-looking line"
    assert (third.abstract, third.authors, third.year) == ("Only one line.", ("Roe K",), 2021)


# --- pubmed_xml._Paths answers as ElementPath does ----------------------------------------------

_PI = "?pi"
#: Child tags the random trees use: names the paths ask for, one in a namespace, and a processing
#: instruction (its ``tag`` is a function, which must never match a name).
_TREE_TAGS = st.sampled_from(["A", "B", "C", "{urn:x}A", _PI])
_TREES = st.recursive(
    st.just([]),
    lambda kids: st.lists(st.tuples(_TREE_TAGS, kids), max_size=4),
    max_leaves=24,
)
_PATHS = st.lists(st.sampled_from(["A", "B", "C"]), min_size=1, max_size=3).map("/".join)


def _build(parent: etree._Element, spec: list) -> None:
    for number, (tag, kids) in enumerate(spec):
        if tag == _PI:
            parent.append(etree.PI("pi", "x"))
            continue
        child = etree.SubElement(parent, tag)
        child.text = f"{tag}{number}"
        _build(child, kids)


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(_TREES, st.lists(_PATHS, min_size=1, max_size=6))
def test_paths_find_and_iterfind_are_elementpaths(spec: list, paths: list[str]) -> None:
    root = etree.Element("R")
    _build(root, spec)
    cached = _Paths(root)  # one instance for all the paths: its index is shared between them
    for path in paths:
        assert cached.find(path) is root.find(path)
        assert list(cached.iterfind(path)) == list(root.iterfind(path))


def test_a_repeated_step_looks_under_each_of_its_elements() -> None:
    """The first Article has no title, the second has: ElementPath finds the second's."""
    citation = etree.fromstring(
        "<MedlineCitation><Article><Journal/></Article><Article><ArticleTitle>Second</ArticleTitle>"
        "</Article><KeywordList><Keyword>a</Keyword></KeywordList><KeywordList><Keyword>b</Keyword>"
        "</KeywordList></MedlineCitation>"
    )
    paths = _Paths(citation)
    assert _text(paths.find("Article/ArticleTitle")) == "Second"
    assert [_text(k) for k in paths.iterfind("KeywordList/Keyword")] == ["a", "b"]
    assert paths.find("Article/Missing/Year") is None
    assert list(paths.iterfind("Nothing/Here")) == []


# --- _text and _unique ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        ("<T>plain words</T>", "plain words"),
        ("<T>  padded   and  doubled  </T>", "padded and doubled"),
        ("<T> </T>", None),
        ("<T></T>", None),
        ("<T>line\n  break\tand tab</T>", "line break and tab"),
        ("<T>10<sup>6</sup> CFU, CO<sub>2</sub>, <i>in  vitro</i></T>", "10(6) CFU, CO(2), in vitro"),
        ("<T>Ødegård  Å</T>", "Ødegård Å"),
        ("<T>a\u00a0b ﬁne</T>", "a b fine"),
    ],
)
def test_text_fast_and_slow_paths(xml: str, expected: str | None) -> None:
    elem = etree.fromstring(xml)
    assert _text(elem) == expected
    if len(elem) == 0:
        assert _text(elem) == clean_inline(normalize(elem.text or ""))


_TEXTS = st.text(alphabet=" abcAB-*/.\n\téØﬁ\u00a0Ã©", max_size=24)


@settings(max_examples=600, deadline=None, derandomize=True, database=None)
@given(st.lists(st.tuples(_TEXTS, _TEXTS, st.booleans()), max_size=8))
def test_unique_of_text_values_is_common_unique(parts: list[tuple[str, str, bool]]) -> None:
    """Values as the reader makes them: `_text` results, some joined MeSH-like with '*' and '/'."""
    values: list[str | None] = []
    for first, second, joined in parts:
        a, b = etree.Element("D"), etree.Element("Q")
        a.text, b.text = first, second
        values.append(("*" + (_text(a) or "") + "/" + (_text(b) or "")) if joined else _text(a))
    assert _unique(values) == unique(values)


def test_unique_still_cleans_text_that_normalize_changes_again() -> None:
    """`normalize` undoes one layer of mojibake a pass: "é" encoded three times comes out of
    `_text` (two passes) as "Ã©", and `unique` (a third) made it "é". Non-ASCII values must
    therefore still go through `clean_inline` in `_unique`."""
    triple = "é"
    for _ in range(3):
        triple = triple.encode("utf-8").decode("cp1252")
    elem = etree.Element("Keyword")
    elem.text = triple
    value = _text(elem)
    assert value == "Ã©"
    assert _unique([value, "é"]) == unique([value, "é"]) == ("é",)


# --- medline._chunks cuts where the (?m)^ rule cut ------------------------------------------------

_LINE_START = re.compile(r"(?m)^PMID ?- ?")


def chunks_by_line_start(text: str) -> Iterator[str]:
    """The cut as first written: before every match of ``(?m)^PMID ?- ?``."""
    start = 0
    for m in _LINE_START.finditer(text):
        if m.start() > start:
            yield text[start : m.start()]
        start = m.start()
    if start < len(text):
        yield text[start:]


_MEDLINE_LINES = st.sampled_from(
    ["PMID- 1", "PMID - 2", "PMID-3", "PMID -4", " PMID- 5", "XPMID- 6", "PMIDX- 7", "AU - Roe J",
     "TI - A trial", "      continued PMID- 8", "", " ", "AB - text", "PMID"]
)  # fmt: skip


@settings(max_examples=800, deadline=None, derandomize=True, database=None)
@given(st.lists(_MEDLINE_LINES, max_size=14), st.sampled_from(["", "\n", "\n\n"]))
def test_chunks_cut_where_the_line_start_rule_cut(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    assert list(_chunks(text)) == list(chunks_by_line_start(text))
