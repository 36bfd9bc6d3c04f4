"""Normalising a huge text in line-sized pieces gives exactly what normalising it whole gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtable import text as text_module
from evtable.text import normalize

PIECES = st.lists(
    st.sampled_from(
        ["a", "b", " ", "  ", "\t", " \t ", "\n", "\r\n", "\r", "ﬁ", "e\u0301", "\x01", "\u00a0", "Ã©"]
    ),
    max_size=200,
).map("".join)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(PIECES)
def test_chunked_equals_whole(sample: str) -> None:
    whole = normalize(sample)
    original = text_module.NORMALIZE_CHUNK_CHARS
    try:
        text_module.NORMALIZE_CHUNK_CHARS = 7
        chunked = normalize(sample)
    finally:
        text_module.NORMALIZE_CHUNK_CHARS = original
    assert chunked == whole


@pytest.mark.parametrize("sample", ["a \t b", "a\t\tb", "  lead", "trail  ", "one two", "\t"])
def test_space_collapse_is_the_old_rule(sample: str) -> None:
    assert normalize(sample) == re.sub(r"[ \t]+", " ", sample)
