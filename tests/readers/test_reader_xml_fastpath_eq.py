"""Shortcuts the XML reader and the common clean-ups take must give what the general code gives.

`join_sections(..., spaced=True)` skips re-spacing bodies `pubmed_xml._text` made;
`normalize_pmid` returns a short ASCII number without its search; `clean_title` tries its
bracket pattern only on a title opening with "["; `_authors` appends initials and suffix itself.
"""

from __future__ import annotations

import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from evtable.readers.common import clean_title, normalize_pmid
from evtable.readers.pubmed_xml import _authors, _text
from evtable.readers.sections import join_sections
from evtable.text import clean_inline

#: Characters XML text can hold, with spaces, tabs, line breaks and some that `normalize` changes.
_XML_CHARS = string.printable.replace("\x0b", "").replace("\x0c", "") + "é\u00a0\u2009ﬁÃ©\u2028\x85"
_BODY = st.text(alphabet=_XML_CHARS, max_size=60)


def _element_text(body: str, markup: str) -> str | None:
    """`_text` of an AbstractText holding ``body``, with inline markup around its middle."""
    elem = etree.Element("AbstractText")
    half = len(body) // 2
    if markup:
        elem.text = body[:half]
        child = etree.SubElement(elem, markup)
        child.text = body[half:]
    else:
        elem.text = body
    return _text(elem)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(
    st.lists(
        st.tuples(
            st.one_of(st.none(), st.sampled_from(["METHODS", "Results", "x y"])),
            st.one_of(st.none(), st.sampled_from(["METHODS", "UNASSIGNED"])),
            _BODY,
            st.sampled_from(["", "i", "sup", "sub"]),
        ),
        max_size=5,
    )
)
def test_join_sections_of_text_bodies_needs_no_respacing(
    parts: list[tuple[str | None, str | None, str, str]],
) -> None:
    joined = [(label, role, _element_text(body, markup) or "") for label, role, body, markup in parts]
    assert join_sections(joined, spaced=True) == join_sections(joined)


#: `normalize_pmid` before its shortcut.
def _pmid_by_search(value: str | None) -> str | None:
    if not value:
        return None
    m = re.search(r"(?<!\d)(\d{1,9})(?!\d)", value)
    return m.group(1) if m else None


@pytest.mark.parametrize(
    "value",
    ["12345678", "0", "123456789", "1234567890", "12345678901", "", None, " 123", "123 ", "PMID: 42",
     "١٢٣", "12\u0663", "²3", "12a", "a12", "00012", "https://pubmed.ncbi.nlm.nih.gov/123/"],
)  # fmt: skip
def test_normalize_pmid_is_its_search(value: str | None) -> None:
    assert normalize_pmid(value) == _pmid_by_search(value)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="0123456789١٢²a :", max_size=12))
def test_normalize_pmid_is_its_search_on_any_mix(value: str) -> None:
    assert normalize_pmid(value) == _pmid_by_search(value)


#: `clean_title` before its "[" check.
def _title_by_fullmatch(value: str | None) -> str | None:
    title = clean_inline(value)
    if not title:
        return None
    m = re.fullmatch(r"\[(.+)\](\.?)", title)
    if m and "[" not in m.group(1) and "]" not in m.group(1):
        title = m.group(1) + m.group(2)
    return title


@pytest.mark.parametrize(
    "value",
    ["[Translated title].", "[Translated title]", " [Padded title]. ", "A title [in brackets].",
     "[a] and [b].", "[nested [x]].", "[].", "[x]..", "[", "]", "", None, "\u00a0[nbsp title].", "[x\ny]."],
)  # fmt: skip
def test_clean_title_is_its_fullmatch(value: str | None) -> None:
    assert clean_title(value) == _title_by_fullmatch(value)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="[]. ab\n\u00a0", max_size=12))
def test_clean_title_is_its_fullmatch_on_any_mix(value: str) -> None:
    assert clean_title(value) == _title_by_fullmatch(value)


@pytest.mark.parametrize("last", ["Roe", " Roe ", "", None, "van  der Berg", "Ré"])
@pytest.mark.parametrize("initials", ["J", " JR ", "", None, "<i>J</i>"])
@pytest.mark.parametrize("suffix", ["2nd", "", None, " Jr "])
def test_author_name_is_the_parts_joined(last: str | None, initials: str | None, suffix: str | None) -> None:
    parts = {"LastName": last, "Initials": initials, "Suffix": suffix}
    xml = "".join(f"<{tag}>{value}</{tag}>" for tag, value in parts.items() if value is not None)
    article = etree.fromstring(
        f"<MedlineCitation><Article><AuthorList><Author>{xml}<CollectiveName>Group</CollectiveName>"
        "</Author></AuthorList></Article></MedlineCitation>"
    )
    author = article.find("Article/AuthorList/Author")
    texts = {tag: _text(author.find(tag)) for tag in ("LastName", "Initials", "Suffix", "CollectiveName")}
    if texts["LastName"]:
        rest = [texts["Initials"], texts["Suffix"]]
        expected = " ".join([texts["LastName"], *(r for r in rest if r)])
    else:
        expected = texts["CollectiveName"]
    assert _authors(article) == (expected,)
