"""The splitter's fast reading of the word before a full stop equals the regex it replaced."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers_extract import corpus_records

from evtable.text import _BOUNDARY, _word_before_stop

#: What the splitter searched each sentence-so-far with, before `_word_before_stop`.
WORD_BEFORE_STOP = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

TEXTS = [
    "Smith et al.",
    "It fell, e.g.",
    "See Fig.",
    "Rajkumar S.",
    "Dose was 2.5 mg.",
    "P < .001.",
    "A value of 3.",
    "Ends with dots...",
    "..a.",
    "Why?",
    "",
    ".",
    "x",
    "Résumé.",
    "(i.e.",
    "vs.",
    "A b.c.d.",
    "it ended ab1.",
]


def _reference(before: str) -> str | None:
    m = WORD_BEFORE_STOP.search(before)
    return m.group(1) if m else None


@pytest.mark.parametrize("before", TEXTS)
def test_word_before_stop_equals_the_regex(before: str) -> None:
    assert _word_before_stop(before) == _reference(before)


def test_strip_drops_exactly_the_characters_isspace_accepts() -> None:
    """`_add` trims a sentence with str.strip where it once stepped over str.isspace characters."""
    chars = map(chr, range(sys.maxunicode + 1))
    assert [c for c in chars if c.isspace() != (not c.strip())] == []


def _sentences_so_far(corpus: Path) -> Iterator[str]:
    """Every text the splitter reads a word from: a paragraph up to each boundary it tries."""
    for record in corpus_records(corpus):
        for paragraph in (record.abstract or "").split("\n"):
            for m in _BOUNDARY.finditer(paragraph):
                yield paragraph[: m.start() + 1]


@pytest.mark.corpus
def test_word_before_stop_equals_the_regex_on_the_corpus(corpus: Path) -> None:
    checked = 0
    for before in _sentences_so_far(corpus):
        assert _word_before_stop(before) == _reference(before), before[-60:]
        checked += 1
    assert checked > 10_000
