"""`patterns.GateIndex` opens exactly the rules whose every gate group is met.

The design cues, design details and outcome terms look their rules up in an index
instead of trying each rule's gates; a rule the index left out would hide its matches.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers_extract import check_corpus_sentences

from evtable.extract.design import _CUE_INDEX, _DETAIL_INDEX, _GATED_CUES
from evtable.extract.outcomes import _TERM_INDEX, _TERMS
from evtable.extract.patterns import (
    DESIGN_DETAIL_CUES,
    DESIGN_DETAIL_NEEDLES,
    OUTCOME_NEEDLES,
    OUTCOME_WORD_GATES,
    GateIndex,
    gate_found,
    gate_text,
    needles_in,
)
from evtable.extract.zones import words_of

#: A rule's gates, read straight from its tables, not from the index: (needles found, words) -> open.
Check = Callable[[frozenset[str], frozenset[str]], bool]


def _term_check(label: str) -> Check:
    needles, words = frozenset(OUTCOME_NEEDLES[label]), OUTCOME_WORD_GATES.get(label, ())
    return lambda found, text_words: not found.isdisjoint(needles) and gate_found(text_words, words)


#: (name, index, the gate check of each rule in order).
FAMILIES: list[tuple[str, GateIndex, list[Check]]] = [
    (
        "design cues",
        _CUE_INDEX,
        [
            lambda f, w, g=gate, wg=word_gate: all(not f.isdisjoint(n) for n in g) and gate_found(w, wg)
            for _, _, _, gate, word_gate in _GATED_CUES
        ],
    ),
    (
        "design details",
        _DETAIL_INDEX,
        [
            lambda f, w, n=frozenset(DESIGN_DETAIL_NEEDLES[label]): not f.isdisjoint(n)
            for label, _ in DESIGN_DETAIL_CUES
        ],
    ),
    (
        "outcome terms",
        _TERM_INDEX,
        [_term_check(label) for label, _ in _TERMS],
    ),
]

TEXTS = [
    "We report a case of a 54-year-old man; in this review we discuss the literature.",
    "A randomised, double-blind, placebo-controlled, multicentre phase 3 trial in 12 hospitals.",
    "A retrospective cohort study of consecutive patients from a national registry was compared.",
    "The primary end point was overall survival; progression-free survival, QoL and pain scores.",
    "A case series of twelve children; a case-control study with matched controls.",
    "Nothing of the kind here.",
    "",
]


def _views(text: str) -> tuple[frozenset[str], frozenset[str]]:
    lower = gate_text(text)
    words = words_of(lower)
    return needles_in(lower, words), words


def _agree(text: str) -> None:
    found, words = _views(text)
    for name, index, checks in FAMILIES:
        expected = [i for i, check in enumerate(checks) if check(found, words)]
        assert index.open_rules(found, words) == expected, (name, text)


@pytest.mark.parametrize("text", TEXTS)
def test_the_index_opens_exactly_the_rules_whose_gates_are_met(text: str) -> None:
    _agree(text)


def test_every_family_has_open_rules_on_the_samples() -> None:
    """Samples on which no rule opens would make the test above prove little."""
    for name, index, _ in FAMILIES:
        assert any(index.open_rules(*_views(t)) for t in TEXTS), name


#: A toy family: word and needle groups, several groups, no gate at all.
TOY = GateIndex(
    [(frozenset({"a", "b"}),), (frozenset({"a"}), frozenset({"c"})), (), (frozenset({"b"}),), ()],
    [(), (), (), (frozenset({"x"}), frozenset({"y", "z"})), ()],
)
TOY_NEEDLES = ["a", "b", "c"]
TOY_WORDS = ["x", "y", "z"]


def _subsets(items: list[str]) -> Iterator[frozenset[str]]:
    for n in range(len(items) + 1):
        for combo in itertools.combinations(items, n):
            yield frozenset(combo)


@pytest.mark.parametrize("found", list(_subsets(TOY_NEEDLES)), ids=lambda s: "".join(sorted(s)) or "-")
def test_toy_index_on_every_combination(found: frozenset[str]) -> None:
    for words in _subsets(TOY_WORDS):
        expected = [0] * ("a" in found or "b" in found) + [1] * ("a" in found and "c" in found) + [2]
        expected += [3] * ("b" in found and "x" in words and bool(words & {"y", "z"})) + [4]
        assert TOY.open_rules(found, words) == expected, (found, words)


@pytest.mark.corpus
def test_the_index_agrees_on_every_corpus_sentence(corpus: Path) -> None:
    check_corpus_sentences(corpus, _agree)
