"""`population.search_start` may only skip text where no CONDITION or POPULATION match can
start: the matches searched from there must be the very matches of a search from the start."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_extract import check_corpus_sentences
from hypothesis import given
from hypothesis import strategies as st

from evtable.extract.patterns import (
    CONDITION,
    CONDITION_NEEDLES,
    PEOPLE_TOKENS,
    POPULATION,
    gate_text,
    needles_in,
)
from evtable.extract.population import search_start
from evtable.extract.zones import words_of

_GATE = frozenset(CONDITION_NEEDLES)


def _condition_held(lower: str) -> frozenset[str]:
    return needles_in(lower, words_of(lower)) & _GATE


def _people_held(lower: str) -> frozenset[str]:
    return words_of(lower) & PEOPLE_TOKENS


#: Each pattern searched from `search_start`, with the needles `population` hands it.
SEARCHES = {"condition": (CONDITION, _condition_held), "population": (POPULATION, _people_held)}


def _agrees(text: str, search: str = "condition") -> bool:
    """The matches searched from `search_start` are those of a search from the start (where
    `population` skips the text, there are none)."""
    pattern, held_in = SEARCHES[search]
    every = [m.span() for m in pattern.finditer(text)]
    lower = gate_text(text)
    held = held_in(lower)
    if not held:
        return every == []
    return [m.span() for m in pattern.finditer(text, search_start(text, lower, held))] == every


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
    "We enrolled 40 healthy volunteers with no history of asthma.",
    "In all, very old adult women who had hip fractures were included; treatment men with pain.",
    "Adult non-smokers aged 40-60 years and their parents with asthma",
    "One two three four healthy volunteers in the United States with obesity.",
]


@pytest.mark.parametrize("search", SEARCHES)
@pytest.mark.parametrize("text", TEXTS)
def test_search_from_the_start_finds_the_same_matches(text: str, search: str) -> None:
    assert _agrees(text, search)


def test_the_search_skips_the_words_far_ahead_of_the_first_needle() -> None:
    text = "We enrolled one hundred and twelve consecutive adults with chronic low back pain"
    lower = gate_text(text)
    start = search_start(text, lower, frozenset({"pain"}))
    assert text[start:] == " with chronic low back pain"
    assert _agrees(text)


_WORDS = st.sampled_from(
    ["cancer", "pain", "lymphoma", "the", "of", "anti-cancer", "(acute", "x-ray", "it's", "12", "-", "a",
     "diagnosis", "osteoarthritis", "Diabetes", "mellitus", "painful", "stroke.", "HIV", "in", "healthy",
     "volunteers", "men", "women", "patients", "with", "who had", "aged", "treatment", "adult", "very"]
)  # fmt: skip
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", ", ", "\x1c"])


@pytest.mark.parametrize("search", SEARCHES)
@given(pieces=st.lists(st.tuples(_WORDS, _SPACES), max_size=12))
def test_search_from_the_start_agrees_on_any_words(pieces: list[tuple[str, str]], search: str) -> None:
    assert _agrees("".join(word + space for word, space in pieces), search)


@pytest.mark.corpus
@pytest.mark.parametrize("search", SEARCHES)
def test_search_from_the_start_agrees_on_corpus_sentences(corpus: Path, search: str) -> None:
    def check(text: str) -> None:
        assert _agrees(text, search), text

    check_corpus_sentences(corpus, check)
