"""Shortcuts of the section and value clean-ups must give what the general code gives.

`sections._label_search` searches for an upper-case label only in a window before each colon;
`parse_structured` spaces a one-paragraph abstract without splitting it into paragraphs;
`role_of` folds spaces only where there is something to fold; `common.clean_value` is
`clean_inline` with one printable check.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers.common import clean_value
from evtable.readers.sections import (
    _UPPER_LABEL,
    LABEL_ROLES,
    _label_search,
    parse_structured,
    role_of,
)
from evtable.text import clean_inline

#: Pieces of generated abstracts: the longest labels and labels inside labels, colons with and
#: without spaces around them, every kind of space `\s` takes, sentence ends, plain words.
_PIECES = [
    "DESIGN, SETTING, AND PARTICIPANTS", "CONCLUSIONS AND RELEVANCE", "AUTHORS' CONCLUSIONS",
    "RESULTS", "METHODS", "MAIN RESULTS", "BACKGROUND/AIMS", "CASE", "AIM", "Results", ":", ":", " ",
    "  ", "\t", "\n", "\u2003", "\u00a0", "\x1c", "\u3000", ". ", ") ", "x", "1:2", "ratio:", "ÉTUDE",
]  # fmt: skip
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=25).map("".join)


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group(1))


def test_labels_hold_no_colon_and_no_outer_space() -> None:
    # `_label_search` relies on both.
    for label in LABEL_ROLES:
        assert ":" not in label and label == label.strip(), label


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(_TEXT)
def test_label_search_is_the_search_from_every_position(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _span(_label_search(text, pos)) == _span(_UPPER_LABEL.search(text, pos)), (text, pos)


@pytest.mark.parametrize(
    "text",
    ["", ":", "RESULTS:", "RESULTS: ", "x RESULTS : y", "RESULTS:\u2003x", "a:b METHODS:  c",
     "DESIGN, SETTING, AND PARTICIPANTS:\tx", "METHODS \n\t : x RESULTS:y RESULTS: z", " " * 50 + ": x"],
)  # fmt: skip
def test_label_search_on_our_texts(text: str) -> None:
    for pos in range(len(text) + 1):
        assert _span(_label_search(text, pos)) == _span(_UPPER_LABEL.search(text, pos)), (text, pos)


def _unstructured(text: str) -> str:
    """What `parse_structured` returned for text without two labels, before its shortcut."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n".join(p for p in paragraphs if p)


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="ab .\t\n\u00a0\u2003\x1cé", max_size=40))
def test_unstructured_abstract_is_split_and_joined_by_paragraph(text: str) -> None:
    assert parse_structured(text) == ((_unstructured(text), ()) if text.strip() else ("", ()))


def _role_by_sub(label: str) -> str:
    key = re.sub(r"\s+", " ", label.strip().rstrip(":.").lower())
    return LABEL_ROLES.get(key, "UNASSIGNED")


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(
    st.lists(st.sampled_from(["main", "results", " ", "  ", "\t", "\u00a0", "\n", ":", ".", "É"]), max_size=8)
)
def test_role_of_is_its_substitution(pieces: list[str]) -> None:
    label = "".join(pieces)
    assert role_of(label) == _role_by_sub(label)


@pytest.mark.parametrize(
    "label", ["Main  results", "MAIN RESULTS:", "main\tresults", "main\u00a0results", ""]
)
def test_role_of_is_its_substitution_on_our_labels(label: str) -> None:
    assert role_of(label) == _role_by_sub(label)


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(st.text(alphabet="ab \t\n\x0b\x1c\x7f\u00a0\u2003éﬁÃ©", max_size=30))
def test_clean_value_is_clean_inline(text: str) -> None:
    assert clean_value(text) == clean_inline(text)


#: Pieces of single-spaced abstracts: labels at the start, after sentence ends, inside sentences.
_SPACED_PIECES = [
    "BACKGROUND:",
    "METHODS:",
    "RESULTS :",
    "Conclusions:",
    "x.",
    "y",
    "é",
    "(a)",
    "MAIN RESULTS:",
    ":",
]


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(_SPACED_PIECES), max_size=14), st.lists(st.booleans(), max_size=14))
def test_parse_structured_of_spaced_text_is_the_general_parse(pieces: list[str], joins: list[bool]) -> None:
    # Pieces joined by a space or nothing, then single-spaced as `clean_value` leaves an AB.
    text = "".join(p + (" " if i < len(joins) and joins[i] else "") for i, p in enumerate(pieces))
    text = " ".join(text.split())
    assert parse_structured(text, spaced=True) == parse_structured(text)
