"""Keyword gates and fast exact routes must never change a result (issue 7, extraction speed).

Every gate is checked the strong way: wherever a gate is closed, the regex it
guards has no match. On our own sentences here, and on every sentence of the
shared corpus in the corpus test.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from evtable.extract import Document
from evtable.extract.conclusion_model import SENTENCE_CUES, sentence_cues
from evtable.extract.design import _GATED_CUES
from evtable.extract.numbers import (
    N_GATES,
    N_PATTERNS,
    N_PEOPLELESS,
    N_VERBS,
    VERB_NEEDLES,
    people_count_gate,
)
from evtable.extract.patterns import (
    CONCERN,
    CONCERN_NEEDLES,
    GROUP_COUNT,
    GROUP_NEEDLES,
    GROUP_VERB_NEEDLES,
    HARM_CONTEXT,
    HARM_CONTEXT_NEEDLES,
    NEGATED_HARM,
    NEGATION_WORDS,
    OTHER_STUDIES,
    OTHER_STUDIES_NEEDLES,
    PEOPLE_TOKENS,
    POPULATION,
    POPULATION_RELATION_WORDS,
    PRIMARY_OUTCOME,
    PRIMARY_OUTCOME_GATE,
    SETTING,
    SETTING_WORDS,
    STATS,
    STUDY_GROUP,
    STUDY_GROUP_NEEDLES,
    gate_open,
    has_any,
    has_stats,
    lead_words,
)
from evtable.extract.zones import words_of

#: Sentences in the shapes the gated patterns are written for (our own wording).
SENTENCES = [
    "We report a case of a 54-year-old man with spinal abscess who presented with fever.",
    "A 7-year-old girl was admitted; the present case shows that the patient recovered.",
    "We describe a series of 12 patients; in 3 children the disease recurred.",
    "Previous studies have shown benefit, and it has been reported in the literature.",
    "Forty-two patients with spinal abscess were operated on in a study of 33 women.",
    "A total of 351 patients were randomized; 120 were enrolled; N = 222 in total.",
    "Adults with type 2 diabetes admitted to intensive care units in the United States and U.S. hospitals.",
    "There was no increase in bleeding, stroke or death, and nausea occurred in 24 women.",
    "Safety remains a concern; the most common adverse events were nausea and rash.",
    "The primary end point was overall survival; secondary outcomes were PFS and QoL.",
    "Median survival was 14 months (HR 0.71, 95% CI 0.6-0.8; P < .001), significantly longer.",
    "The odds ratio and the relative risk fell; mean difference 3.2 (OR, 1.4).",
    "In conclusion, further studies are needed; this approach may be useful and is safe.",
    "However, these findings suggest that the treatment seems effective and should be considered.",
    "She had a fever; his symptoms resolved, and they were observed to improve.",
    "Sample text without any of the signs at all",
    "A systematic review and meta-analysis; the clinical practice guidelines for care are given.",
    "A non-randomized controlled trial and a randomized, double-blind trial; patients were randomly assigned.",
    "A case-control study with age-matched controls, compared with healthy controls.",
    "A cross-sectional questionnaire survey and a retrospective cohort study of consecutive patients.",
    "Data were retrospectively reviewed from a national database; a single-arm phase 2 trial.",
    "This review summarizes the literature; in this editorial we discuss it.",
    "We enrolled 40 adults; the sample included 413 men; out of 90 patients, a total of 12 women.",
    "Of 120 patients, 30 were treated.",
]


def _gated() -> list[tuple[str, re.Pattern[str], Callable[[str, str, frozenset[str]], bool]]]:
    """(name, pattern, gate(text, lower, words)) for every gate the extractors use."""

    def substrings(*groups: tuple[str, ...]) -> Callable[[str, str, frozenset[str]], bool]:
        return lambda text, lower, words: gate_open(lower, groups)

    out: list[tuple[str, re.Pattern[str], Callable[[str, str, frozenset[str]], bool]]] = [
        (f"design cue {i} {label}", pattern, substrings(*gate))
        for i, (label, pattern, _, gate) in enumerate(_GATED_CUES)
    ]
    out += [
        ("other studies", OTHER_STUDIES, substrings(OTHER_STUDIES_NEEDLES)),
        ("group count", GROUP_COUNT, substrings(GROUP_NEEDLES, GROUP_VERB_NEEDLES)),
        ("study group", STUDY_GROUP, substrings(GROUP_NEEDLES, STUDY_GROUP_NEEDLES)),
        ("concern", CONCERN, substrings(CONCERN_NEEDLES)),
        ("harm context", HARM_CONTEXT, substrings(HARM_CONTEXT_NEEDLES)),
        ("primary outcome", PRIMARY_OUTCOME, substrings(*PRIMARY_OUTCOME_GATE)),
        ("negated harm", NEGATED_HARM, lambda t, lo, w: not w.isdisjoint(NEGATION_WORDS)),
        ("setting", SETTING, lambda t, lo, w: not w.isdisjoint(SETTING_WORDS)),
        (
            "population",
            POPULATION,
            lambda t, lo, w: not w.isdisjoint(PEOPLE_TOKENS) and not w.isdisjoint(POPULATION_RELATION_WORDS),
        ),
    ]
    out += [(f"sample size {rule}", pattern, _sample_size_gate(rule)) for rule, pattern in N_PATTERNS]
    return out


def _sample_size_gate(rule: str) -> Callable[[str, str, frozenset[str]], bool]:
    """The gate `extract_participants` puts before a sample-size rule."""
    gate = N_GATES.get(rule, ())
    if rule in N_PEOPLELESS:
        return lambda text, lower, words: gate_open(lower, gate)
    return lambda text, lower, words: gate_open(lower, gate) and people_count_gate(text, words)


GATED = _gated()


def _reference_cues(text: str) -> dict[str, bool]:
    return {name: pattern.search(text) is not None for name, pattern in SENTENCE_CUES}


def _check(text: str) -> None:
    lower = text.lower()
    words = words_of(lower)
    for name, pattern, gate in GATED:
        if not gate(text, lower, words):
            assert pattern.search(text) is None, (name, text)
    assert has_stats(text) == (STATS.search(text) is not None), text
    cues = sentence_cues(text)
    assert {k: cues[k] for k, _ in SENTENCE_CUES} == _reference_cues(text), text


@pytest.mark.parametrize("text", SENTENCES)
def test_gates_and_fast_routes_agree_with_the_regexes(text: str) -> None:
    _check(text)


def test_every_gate_is_exercised_open_and_matching() -> None:
    """A gate that no sample opens onto a match would make the test above prove nothing."""
    missing = [
        name
        for name, pattern, gate in GATED
        if not any(gate(t, t.lower(), words_of(t.lower())) and pattern.search(t) for t in SENTENCES)
    ]
    assert not missing, f"no sample sentence exercises {missing}"


def test_stats_fast_route_covers_every_alternative() -> None:
    for text in ["5 %", "95% CI", "P = .04", "p<0.05", "median of 4", "HR 0.7", "aOR=2", "hazard ratio"]:
        assert has_stats(text) and STATS.search(text), text
    for text in ["significance", "5.%", "P < 5", "a median.", "OR ratio", "xhazard ratio"]:
        assert has_stats(text) == (STATS.search(text) is not None), text


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (split at "|" outside parentheses)."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


@pytest.mark.parametrize("verb", [alt for _, rx in N_VERBS for alt in _alternatives(rx)])
def test_every_study_verb_holds_a_verb_needle(verb: str) -> None:
    """A verb added to N_VERBS without a needle would be hidden by the verb rules' gate."""
    literal = re.split(r"[\\[(?*+{]", verb)[0]
    assert has_any(literal, VERB_NEEDLES), verb


def test_lead_words_refuses_an_entry_without_a_plain_first_word() -> None:
    assert lead_words(("hospitals?", "U\\.S\\.", "long-term care")) == {"hospital", "hospitals", "u", "long"}
    with pytest.raises(ValueError, match="plain word"):
        lead_words(("(?:a|b) care",))


def test_has_any() -> None:
    assert has_any("a randomised trial", ("quasi", "randomi"))
    assert not has_any("a cohort", ("quasi", "randomi"))


def _corpus_sentences(corpus: Path) -> Iterator[str]:
    from evtable.readers import read_records

    dirs = [corpus / d for d in ("medline", "pubmed_xml", "ris", "bibtex")]
    for result in read_records([d for d in dirs if d.is_dir()]):
        for record in result.records:
            doc = Document(record)
            if doc.title:
                yield doc.title
            for z in doc.sentences:
                yield z.text


@pytest.mark.corpus
def test_gates_hide_no_match_in_the_corpus(corpus: Path) -> None:
    checked = 0
    for text in _corpus_sentences(corpus):
        _check(text)
        checked += 1
    assert checked > 10_000
