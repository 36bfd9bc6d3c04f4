"""Outcome: the end-point wordings trial abstracts use, and look-alikes that name no end point.

The sentences are written for these tests, after the shapes seen in trial abstracts:
a scope between kind and verb ("of this study"), the name before the verb ("X was the
primary outcome"), an "outcome measures" statement or section, what efficacy was judged
by, and a methods sentence naming what was measured.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from helpers_extract import check_corpus_sentences, doc

from evtable.extract.outcomes import (
    _ANY_WORDS,
    _ASSESSED,
    _MEASURES,
    _NAMED_FIRST,
    _STATED,
    _STATEMENT_WORDS,
    ASSESSED_RULE,
    MEASURES_RULE,
    STATED_RULE,
    _open_rules,
    extract_outcomes,
)
from evtable.extract.patterns import gate_text
from evtable.extract.zones import Document, words_of

#: (abstract, the items expected in the value, in this order among themselves).
SHAPES: list[tuple[str, list[str]]] = [
    # a scope between the kind and the verb
    ("The primary end point of this study was the objective response rate at 12 weeks.",
     ["Primary: the objective response rate at 12 weeks"]),
    ("The main outcome of the present multicentre trial was time to first relapse.",
     ["Primary: time to first relapse"]),
    # efficacy variables, parameters, measures
    ("The primary efficacy variable was the change in morning peak flow.",
     ["Primary: the change in morning peak flow"]),
    ("The principal efficacy parameter was the number of migraine days per month.",
     ["Primary: the number of migraine days per month"]),
    ("The secondary outcomes assessed were sleep quality and daytime fatigue.",
     ["Secondary: sleep quality and daytime fatigue"]),
    # the name first
    ("Walking distance on a treadmill was the primary outcome.", ["Primary: Walking distance on a treadmill"]),
    ("Serum ferritin at discharge was a secondary end point.", ["Secondary: Serum ferritin at discharge"]),
    # two kinds in one sentence, and primary first whatever the order of mention
    ("The primary outcome was wound infection within 30 days, and secondary outcomes were readmission and cost.",
     ["Primary: wound infection within 30 days", "Secondary: readmission and cost"]),
    ("Secondary end points were nausea and headache. The primary end point was relief at two hours.",
     ["Primary: relief at two hours", "Secondary: nausea and headache"]),
    # the name, not the clause on how it was measured
    ("The primary outcome was the proportion of children free of seizures, measured by parental diary over 8 weeks.",
     ["Primary: the proportion of children free of seizures"]),
    # unlabelled statements of what was measured
    ("Outcome measures included grip strength, range of motion and patient satisfaction.",
     ["grip strength", "range of motion", "patient satisfaction"]),
    ("Safety outcomes were major bleeding, stroke and death.", ["major bleeding", "stroke", "death"]),
    ("Efficacy assessments included the Asthma Control Questionnaire and rescue inhaler use.",
     ["Asthma Control Questionnaire", "rescue inhaler use"]),
    # a labelled section listing the end points
    ("OBJECTIVE: To compare two dressings. DESIGN: Randomised trial in two clinics. "
     "MAIN OUTCOME MEASURES: Time to complete closure, discomfort at dressing change, and cost. "
     "RESULTS: Closure was faster with foam.",
     ["Time to complete closure", "discomfort at dressing change", "cost"]),
    ("PRIMARY OUTCOME: Pain-free walking distance. SECONDARY OUTCOMES: Ankle-brachial index.",
     ["Primary: Pain-free walking distance", "Secondary: Ankle-brachial index"]),
    # what efficacy was judged by
    ("Efficacy was assessed using the Hamilton Depression Rating Scale and the Clinical Global Impression scale.",
     ["Hamilton Depression Rating Scale", "Clinical Global Impression scale"]),
    ("Clinical efficacy was evaluated in terms of stone clearance, operating time and hospital readmission.",
     ["stone clearance", "operating time", "hospital readmission"]),
    # a methods sentence naming what was measured
    ("Forced expiratory volume and exercise tolerance were measured at baseline and after 6 months.",
     ["Forced expiratory volume", "exercise tolerance"]),
    ("In addition, visual acuity was recorded at every visit.", ["visual acuity"]),
    ("Systolic, diastolic and mean arterial pressure were recorded every 5 minutes.",
     ["Systolic, diastolic and mean arterial pressure"]),  # one shared head: not split
    ("Operative time, blood loss and fusion grade were compared between the groups.",
     ["Operative time", "blood loss", "fusion grade"]),
]  # fmt: skip

#: Sentences like the shapes above that state no end point (and name no lexicon outcome).
NOT_END_POINTS: list[str] = [
    "Patients were assessed at baseline and at 6 months.",
    "The primary outcome was not significantly different between the groups.",
    "The primary outcome was measured using a validated questionnaire.",
    "Secondary outcomes were similar in both arms.",
    "The two surgical techniques were compared.",
    "The aim of this trial was to compare two inhalers.",
    "The primary care physicians recruited the participants.",
    "Outcome measures were collected by a blinded assessor.",
    "Data were analysed by intention to treat.",
    "The primary outcome of this randomised, double-blind trial was to compare two inhalers.",
    "Questionnaires were recorded on paper and entered twice.",
    "MAIN OUTCOME MEASURES: Blood samples were drawn at each visit. RESULTS: Ninety adults took part.",
    "METHODS: Adults walked daily. RESULTS: Walking speed was measured at 6 months and rose by a third.",
]


def _items(value: str | None) -> list[str]:
    return value.split("; ") if value else []


@pytest.mark.parametrize(("abstract", "expected"), SHAPES)
def test_stated_end_points_are_quoted_with_their_offsets(abstract: str, expected: list[str]) -> None:
    d = doc(abstract)
    value, provs = extract_outcomes(d)
    items = _items(value)
    assert [i for i in items if i in expected] == expected, items
    assert len(provs) == len(items)
    for item, prov in zip(items, provs, strict=True):
        assert prov.start is not None and prov.end is not None
        assert d.text[prov.start : prov.end] == prov.quote
        assert item.endswith(prov.quote), (
            item,
            prov.quote,
        )  # the value is the quote, or its label and the quote


@pytest.mark.parametrize("abstract", NOT_END_POINTS)
def test_look_alikes_give_no_outcome(abstract: str) -> None:
    assert extract_outcomes(doc(abstract)) == (None, [])


@pytest.mark.parametrize(
    ("abstract", "label"),
    [
        ("The primary end point of this study was the objective response rate at 12 weeks.", "Primary"),
        ("Serum ferritin at discharge was a secondary end point.", "Secondary"),
    ],
)
def test_labelled_end_points_are_high_confidence(abstract: str, label: str) -> None:
    value, provs = extract_outcomes(doc(abstract))
    assert value is not None and value.startswith(f"{label}: ")
    assert provs[0].confidence == "high"


@pytest.mark.parametrize(
    "abstract",
    [
        "Forced expiratory volume and exercise tolerance were measured at baseline and after 6 months.",
        "Operative time, blood loss and fusion grade were compared between the groups.",
    ],
)
def test_measured_quantities_are_unlabelled_and_low_confidence(abstract: str) -> None:
    value, provs = extract_outcomes(doc(abstract))
    assert value is not None and "Primary" not in value and "Secondary" not in value
    assert provs and {p.confidence for p in provs} == {"low"}


#: Each new pattern and the rule bit of `_open_rules` that must be set wherever it matches.
GATED: list[tuple[str, re.Pattern[str], int]] = [
    ("stated", _STATED, STATED_RULE),
    ("named first", _NAMED_FIRST, STATED_RULE),
    ("measures", _MEASURES, MEASURES_RULE),
    ("assessed", _ASSESSED, ASSESSED_RULE),
]


def _check_gates(text: str) -> None:
    """Wherever a pattern matches, its rule is open and the sentence passes the one-set pre-check
    (for a methods sentence: `_ANY_WORDS`; elsewhere the assessed rule does not run)."""
    words = words_of(gate_text(text))
    for name, rx, bit in GATED:
        if rx.search(text):
            assert _open_rules(words) & bit, (name, text)
            assert not words.isdisjoint(_ANY_WORDS), (name, text)
            if bit != ASSESSED_RULE:
                assert not words.isdisjoint(_STATEMENT_WORDS), (name, text)


@pytest.mark.parametrize("text", [a for a, _ in SHAPES] + NOT_END_POINTS)
def test_gates_hide_no_match(text: str) -> None:
    for z in Document(doc(text).record).sentences:
        _check_gates(z.text)


@pytest.mark.parametrize(("name", "rx", "bit"), GATED)
def test_each_gate_is_opened_by_a_shape(name: str, rx: re.Pattern[str], bit: int) -> None:
    """The gates are not vacuous: some shape sentence matches each pattern with its rule open."""
    hits = [a for a, _ in SHAPES if rx.search(a)]
    assert hits, name
    assert all(_open_rules(words_of(gate_text(a))) & bit for a in hits)


@pytest.mark.parametrize(
    ("text", "bit"),
    [
        ("The children were weighed at each visit.", ASSESSED_RULE),
        ("Outcome data were missing for two families.", MEASURES_RULE),
        ("The main road was closed.", STATED_RULE),
    ],
)
def test_gates_stay_closed_without_their_words(text: str, bit: int) -> None:
    """A gate is a real filter: sentences lacking one of its word groups leave the rule closed."""
    assert not _open_rules(words_of(gate_text(text))) & bit


def test_assessed_rule_runs_on_methods_sentences_only() -> None:
    """The measured-quantity rule reads methods (or unlabelled) sentences, not results."""
    found = extract_outcomes(doc("METHODS: Grip strength was measured at 6 weeks. RESULTS: Most improved."))
    assert found[0] == "Grip strength"
    none = extract_outcomes(doc("METHODS: Adults took part. RESULTS: Grip strength was measured at 6 weeks."))
    assert none == (None, [])


@pytest.mark.corpus
def test_gates_hide_no_match_in_the_corpus(corpus: Path) -> None:
    check_corpus_sentences(corpus, _check_gates)
