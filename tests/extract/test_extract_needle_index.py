"""The one-pass needle index (`patterns.needles_in`) must equal a needle-by-needle search.

Every gate in design cues, design details, group counts and outcomes now reads this set,
so a needle it misses would silently hide a match.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evtable.extract import Document
from evtable.extract.numbers import N_PATTERNS, N_PEOPLELESS, people_count_gate
from evtable.extract.patterns import _WORD_NEEDLES as WORD_NEEDLES
from evtable.extract.patterns import (
    CONDITION,
    CONDITION_NEEDLES,
    GROUP_COUNT,
    INDEXED_NEEDLES,
    STUDY_GROUP,
    gate_text,
    has_any,
    has_count,
    indexed_gate,
    needles_in,
    word_needles,
)
from evtable.extract.zones import words_of

#: Our own wording: phrase needles, needles inside longer words, hyphens, non-ASCII letters.
TEXTS = [
    "We report a case-control study; the primary end point was overall survival (OS).",
    "A randomised, double-blind, placebo-controlled, non-inferiority trial in one centre.",
    "Health-related quality of life (SF-36, EQ-5D) and HbA1c at follow-up.",
    "À propos of twelve cases: a state of the art review of the literature.",
    "anaesthesia and toxicities; we",
    "Progression-free survival, time to progression and length of hospital stay.",
    "Sample text without any of the signs at all",
    "",
    "Spondylodiscitis, HIV/AIDS and COVID-19 in adults with psoriasis or a leukaemia.",
    "Chronic kidney disease and heart failure after hip fractures.",
    "Twenty-four patients were enrolled; of the 1,204 women, a hundred adults were treated.",
    "In total, forty-two children and 7 infants were included in a study of 12 men.",
    "Patients with asthma were treated and followed.",
]


def _brute(text: str) -> frozenset[str]:
    lower = gate_text(text)
    return frozenset(n for n in INDEXED_NEEDLES if n in lower)


def _indexed(text: str) -> frozenset[str]:
    lower = gate_text(text)
    return needles_in(lower, words_of(lower))


@pytest.mark.parametrize("text", TEXTS)
def test_needles_in_equals_a_search_for_each_needle(text: str) -> None:
    assert _indexed(text) == _brute(text)


def test_indexed_gate_takes_only_gates_needles_in_can_answer() -> None:
    assert indexed_gate((("randomi", "in a"), ("covid-19",))) == (
        frozenset({"randomi", "in a"}),
        frozenset({"covid-19"}),
    )
    assert indexed_gate((("=",),)) is None  # no letter to find it by
    assert indexed_gate((("total of",),)) is None  # a sample-size phrase: scanned for, not indexed
    assert indexed_gate((("randomi",), ("zebra crossing",))) is None  # not a needle of the index
    assert indexed_gate(()) == ()


def test_words_holding_the_same_needles_share_one_cached_set() -> None:
    from evtable.extract.patterns import _word_hits

    needles_in("zqxa zqxb zqxcohort zqxdcohort", frozenset({"zqxa", "zqxb", "zqxcohort", "zqxdcohort"}))
    assert _word_hits["zqxa"] is _word_hits["zqxb"]
    assert _word_hits["zqxcohort"] is _word_hits["zqxdcohort"]
    assert _word_hits["zqxcohort"] == frozenset({"cohort"})


def test_needles_in_finds_phrase_and_infix_needles() -> None:
    found = _indexed("The primary end point was progression-free survival (PFS).")
    assert {"end point", "free survival", "pfs", "primary"} <= found
    assert "we " not in _indexed("anaesthesia and toxicities; we")


def _word_brute(word: str) -> frozenset[str]:
    return frozenset(n for n in WORD_NEEDLES if n in word)


#: Words holding needles at their start, end and middle, overlapping and one inside another.
NEEDLE_WORDS = [
    *WORD_NEEDLES,
    *(f"x{n}y" for n in WORD_NEEDLES),
    *(a + b for a, b in zip(WORD_NEEDLES, reversed(WORD_NEEDLES), strict=True)),
    "cardiotoxicities", "casescases", "subcohorts", "nonrandomised", "a", "", "zz",
]  # fmt: skip


def test_word_needles_equals_a_search_for_each_needle() -> None:
    assert [w for w in NEEDLE_WORDS if word_needles(w) != _word_brute(w)] == []


@given(st.lists(st.sampled_from([*WORD_NEEDLES, *"aeiosxz"]), max_size=5).map("".join))
def test_word_needles_equals_the_search_on_needles_run_together(word: str) -> None:
    assert word_needles(word) == _word_brute(word)


def _condition_gate_hides_nothing(text: str) -> bool:
    return has_any(gate_text(text), CONDITION_NEEDLES) or CONDITION.search(text) is None


def _count_gate_hides_nothing(text: str) -> bool:
    lower = gate_text(text)
    if people_count_gate(text, words_of(lower)):
        return True
    return all(pattern.search(text) is None for rule, pattern in N_PATTERNS if rule not in N_PEOPLELESS)


def _group_gate_hides_nothing(text: str) -> bool:
    if has_count(text, words_of(gate_text(text))):
        return True
    return GROUP_COUNT.search(text) is None and STUDY_GROUP.search(text) is None


@pytest.mark.parametrize("text", TEXTS)
def test_count_gate_hides_no_group_count(text: str) -> None:
    assert _group_gate_hides_nothing(text)


def test_has_count() -> None:
    assert has_count("Thirteen boys", words_of("thirteen boys"))
    assert has_count("1,204 cases", words_of("1,204 cases"))
    assert not has_count("Several patients were treated.", words_of("several patients were treated."))


@pytest.mark.parametrize("text", TEXTS)
def test_people_count_gate_hides_no_sample_size_match(text: str) -> None:
    assert _count_gate_hides_nothing(text)


def test_people_count_gate_needs_a_count() -> None:
    assert not people_count_gate(
        "Patients with asthma were treated.", words_of("patients with asthma were treated.")
    )
    assert people_count_gate("Forty patients", words_of("forty patients"))
    assert people_count_gate("40 patients", words_of("40 patients"))


@pytest.mark.parametrize("text", TEXTS)
def test_condition_gate_hides_no_match(text: str) -> None:
    assert _condition_gate_hides_nothing(text)


def test_condition_gate_closes_without_a_head_word() -> None:
    assert not has_any("we enrolled 40 adults at two centres", CONDITION_NEEDLES)
    assert CONDITION.search("Patients with lymphoma") is not None


@pytest.mark.corpus
def test_needles_in_equals_the_search_on_the_corpus(corpus: Path) -> None:
    from evtable.readers import read_records

    dirs = [corpus / d for d in ("medline", "pubmed_xml", "ris", "bibtex")]
    checked = 0
    for result in read_records([d for d in dirs if d.is_dir()]):
        for record in result.records:
            doc = Document(record)
            for text in [doc.title, *(z.text for z in doc.sentences)]:
                assert _indexed(text) == _brute(text), text
                assert _condition_gate_hides_nothing(text), text
                assert _count_gate_hides_nothing(text), text
                assert _group_gate_hides_nothing(text), text
                checked += 1
    assert checked > 10_000
