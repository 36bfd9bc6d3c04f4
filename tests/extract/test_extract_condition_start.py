"""`population.condition_search_start` may only skip text where no CONDITION match can start:
the matches searched from there must be the very matches of a search from the text's start."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_extract import check_corpus_sentences
from hypothesis import given
from hypothesis import strategies as st

from evtable.extract.patterns import CONDITION, CONDITION_NEEDLES, gate_text, needles_in
from evtable.extract.population import condition_search_start
from evtable.extract.zones import words_of

_GATE = frozenset(CONDITION_NEEDLES)


def _spans_from_start(text: str) -> list[tuple[int, int]] | None:
    """The matches searched from `condition_search_start`, or None where `_condition` skips the text."""
    lower = gate_text(text)
    held = needles_in(lower, words_of(lower)) & _GATE
    if not held:
        return None
    return [m.span() for m in CONDITION.finditer(text, condition_search_start(text, lower, held))]


def _agrees(text: str) -> bool:
    every = [m.span() for m in CONDITION.finditer(text)]
    skipped = _spans_from_start(text)
    return skipped == every if skipped is not None else every == []


#: Terms after long, hyphenated and bracketed words, two terms in reach of one another (the
#: first match may end at the second: "anti-cancer drugs in stroke"), needles in words that are
#: no term, tabs, line breaks and the separators str.split and \s both take as white space.
TEXTS = [
    "Patients with type 2 diabetes mellitus and heart failure were enrolled.",
    "anti-cancer drugs in stroke",
    "A note on (breast) cancer and osteoporosis",
    "The diagnosis was made on imaging; the syndrome resolved.",
    "one two three four five six seven painful pain",
    "x\ty\nz\x1cw\x1dv cancer",
    "Well-known anti-inflammatory agents in rheumatoid arthritis",
    "COVID-19 and HIV/AIDS in children's hospitals",
    "The pain-free interval after hernia repair",
    "Tumours, tumors and carcinomas of the lung",
    "no condition here at all",
    "Ärzte in Münster: Diabetes und Schmerz (pain)",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_search_from_the_start_finds_the_same_matches(text: str) -> None:
    assert _agrees(text)


def test_the_search_skips_the_words_far_ahead_of_the_first_needle() -> None:
    text = "We enrolled one hundred and twelve consecutive adults with chronic low back pain"
    lower = gate_text(text)
    start = condition_search_start(text, lower, frozenset({"pain"}))
    assert text[start:] == " with chronic low back pain"
    assert _agrees(text)


_WORDS = st.sampled_from(
    ["cancer", "pain", "lymphoma", "the", "of", "anti-cancer", "(acute", "x-ray", "it's", "12", "-", "a",
     "diagnosis", "osteoarthritis", "Diabetes", "mellitus", "painful", "stroke.", "HIV", "in"]
)  # fmt: skip
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", ", ", "\x1c"])


@given(st.lists(st.tuples(_WORDS, _SPACES), max_size=12))
def test_search_from_the_start_agrees_on_any_words(pieces: list[tuple[str, str]]) -> None:
    assert _agrees("".join(word + space for word, space in pieces))


@pytest.mark.corpus
def test_search_from_the_start_agrees_on_corpus_sentences(corpus: Path) -> None:
    def check(text: str) -> None:
        assert _agrees(text), text

    check_corpus_sentences(corpus, check)
