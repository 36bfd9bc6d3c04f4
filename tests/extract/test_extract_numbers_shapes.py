"""More sample-size shapes: a study done "in N people", "participants were N", counts of eyes
or percentages "of" people, and findings "observed in N patients" that are not the sample."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.extract.numbers import extract_participants

FOUND = [
    # a study or comparison done in N people
    ("Drug A was compared with drug B in 52 adults undergoing knee replacement.", 52, "study done in N people"),
    ("METHODS: A single-blind randomized trial was conducted in 44 children with eczema.", 44,
     "study done in N people"),
    ("We studied the effect of cold water immersion in 18 healthy volunteers.", 18, "study done in N people"),
    ("A double-blind study of the new cream was carried out to judge its benefit in 26 patients with acne.", 26,
     "study done in N people"),
    # a study noun with "with", "comprised", "involved"
    ("An open multicentre study with 310 subjects aged 65 or over compared two vaccines.", 310, "study of N people"),
    ("The crossover study comprised 24 healthy adolescents.", 24, "study of N people"),
    ("This retrospective study involved 75 consecutive patients treated at one centre.", 75, "study of N people"),
    # participants were N
    ("Participants were 34 children with dyslexia (mean age 9 years).", 34, "participants were N people"),
    ("Subjects comprised 41 consecutive patients referred for biopsy.", 41, "participants were N people"),
    # "in all" is the whole sample, not a subgroup
    ("Over two years, in all 128 women with gestational diabetes were treated with metformin.", 128, "count before verb"),
    # allocation into groups
    ("Fifty patients were divided into two groups of twenty-five.", 50, "count before verb"),
    # counts of eyes or a share "of" the people are not the people
    ("A total of 96 eyes of 61 patients were included.", 61, "count before verb"),
    ("Nine of 23 patients reviewed had recurrent disease.", 23, "count before verb"),
    ("The cohort consisted of 48 eyes of 27 patients with keratoconus.", 27, "sample of N"),
    ("This study comprised 12 knees of 9 patients.", 9, "study of N people"),
    ("Eighty percent of the patients in each arm were randomly assigned after a run-in; we evaluated 120 patients.",
     120, "verb before count"),
    # a total beside its own arms is the total, never the total plus its parts
    ("Sixty children were randomised to drug A (n = 31) or placebo (n = 29).", 60, "count before verb"),
    ("Four trials involving 438 patients (220 patients in one arm) were included.", 438, "count before verb"),
    ("Sixty adults were enrolled: 30 patients with cirrhosis and 30 healthy adults.", 60, "count before verb"),
    # two equal arms are still added up
    ("Patients with the disease (n = 12) and healthy controls (n = 12) were compared.", 24, "sum of arms or groups"),
    # a date or a duration before the count is no count of people
    ("Between 2009 and 2013, 109 patients were treated with surgery.", 109, "count before verb"),
    ("Over two days 60 patients underwent screening.", 60, "count before verb"),
    # caregivers and parents are people a study counts
    ("Sixty parents of children with asthma were recruited from clinics.", 60, "count before verb"),
]  # fmt: skip


@pytest.mark.parametrize(("abstract", "expected", "rule"), FOUND)
def test_new_sample_size_shapes(abstract: str, expected: int, rule: str) -> None:
    d = doc(abstract)
    value, provenance = extract_participants(d)
    assert value == expected
    [prov] = provenance
    assert prov.method == f"sample size: {rule}"
    assert prov.start is not None and prov.end is not None
    assert d.text[prov.start : prov.end] == prov.quote  # the offsets point at the quote


@pytest.mark.parametrize(
    "abstract",
    [
        # findings, not samples
        "Secondary infection was observed in 4 patients with diabetes.",
        "Resistant strains were identified in 9 patients after surgery.",
        # a subgroup in the results of a structured abstract
        "METHODS: Charts were reviewed. RESULTS: Drainage was performed in 6 patients and surgery in 2 patients.",
        # two separate cohorts: the first count alone would be a wrong total
        "Recovery was studied prospectively in 7 patients and retrospectively in 5.",
        # eyes, not people, and no count of people
        "The cohort consisted of 30 eyes of patients with glaucoma.",
        # rates and numbers needed to treat
        "There were 13 fewer infections per 1000 people treated.",
        "Four people need to be treated to prevent one fracture.",
        # a study verb far from any count of people
        "The trial was conducted in 12 centres in France.",
    ],
)
def test_counts_that_these_shapes_must_not_take(abstract: str) -> None:
    assert extract_participants(doc(abstract))[0] is None


def test_study_done_in_n_people_is_medium_confidence_and_loses_to_an_enrolment_verb() -> None:
    d = doc("Two dressings were compared in 40 patients with burns. In total, 38 patients were randomized.")
    value, _ = extract_participants(d)
    assert value == 38
    alone = extract_participants(doc("Two dressings were compared in 40 patients with burns."))[1][0]
    assert alone.confidence == "medium"
