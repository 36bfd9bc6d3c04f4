"""`pubmed_xml._text` skips `normalize` for printable ASCII: that must change no value."""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree

from evtable.readers.pubmed_xml import _text
from evtable.text import clean_inline, normalize


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet=string.printable + "ﬁé\u00a0\u2009\x00Ã©", max_size=80))
def test_fast_path_gives_what_normalize_then_clean_inline_gives(text: str) -> None:
    elem = etree.Element("AbstractText")
    elem.text = "".join(c for c in text if c.isprintable() or c in "\t\n")  # what XML can hold
    assert _text(elem) == clean_inline(normalize(elem.text))


def test_markup_is_still_flattened_with_brackets_for_sup_and_sub() -> None:
    elem = etree.fromstring("<AbstractText>CO<sub>2</sub> at 10<sup>6</sup> <i>in  vitro</i></AbstractText>")
    assert _text(elem) == "CO(2) at 10(6) in vitro"
