"""Design cues in titles and abstracts, and how text and NLM indexing are weighed."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable import fields as F
from evtable.extract.design import extract_design

TEXT_CASES = [
    ("Patients were randomly assigned to early or delayed surgery.", "", F.RCT),
    ("We did a multicentre, double-blind, placebo-controlled randomised trial in 40 hospitals.", "", F.RCT),
    ("", "Effect of yoga on back pain: a randomized clinical trial", F.RCT),
    ("We searched MEDLINE, Embase and CENTRAL and pooled 14 trials in a random-effects meta-analysis.", "", F.SYSTEMATIC_REVIEW),
    ("A 54-year-old man presented with fever and a painful hip.", "", F.CASE_REPORT),
    ("We describe a previously healthy woman who developed an epidural abscess after a tattoo.", "", F.CASE_REPORT),
    ("", "Vertebral osteomyelitis in a neonate", F.CASE_REPORT),
    ("We report three cases of pyomyositis in children treated at our unit.", "", F.CASE_SERIES),
    ("Seven patients with the syndrome were treated with the new drug between 2010 and 2014.", "", F.CASE_SERIES),
    ("A total of 412 consecutive patients were included in this retrospective cohort study.", "", F.COHORT),
    ("We linked claims data for 3,184 patients discharged after myocardial infarction.", "", F.COHORT),
    ("This case-control study compared 120 cases of hip fracture with 240 matched controls.", "", F.CASE_CONTROL),
    ("An online survey of 850 nurses was distributed in 2019.", "", F.CROSS_SECTIONAL),
    ("This open-label, single-arm phase 2 trial enrolled 38 patients.", "", F.SINGLE_ARM),
    ("This review summarizes current knowledge of the disease and its management.", "", F.NARRATIVE_REVIEW),
    ("The Delphi process produced a consensus statement with 24 recommendations.", "", F.GUIDELINE),
]  # fmt: skip


@pytest.mark.parametrize(("abstract", "title", "expected"), TEXT_CASES)
def test_text_cue_gives_design(abstract: str, title: str, expected: str) -> None:
    design, provenance = extract_design(doc(abstract, title))
    assert design == expected
    assert provenance and provenance[0].method.endswith(expected)


def test_a_retrospective_chart_review_is_not_a_narrative_review() -> None:
    d = doc(
        "We performed a retrospective review of 64 patients treated for psoas abscess between 2000 and 2010."
    )
    assert extract_design(d)[0] in {F.COHORT, F.CASE_SERIES}


def test_design_mentioned_in_background_of_other_studies_is_outweighed() -> None:
    d = doc(
        "Previous randomized trials have shown benefit in younger adults. "
        "We reviewed the records of 215 consecutive patients older than 80 years who were operated on."
    )
    assert extract_design(d)[0] == F.COHORT


def test_case_report_with_literature_review_stays_a_case_report() -> None:
    d = doc(
        "We report a 67-year-old man with Nocardia spondylitis.",
        "Nocardia spondylitis: a case and review of the literature",
    )
    assert extract_design(d)[0] == F.CASE_REPORT


def test_overview_without_any_study_is_a_low_confidence_narrative_review() -> None:
    d = doc(
        "Low back pain is common in adults. Most episodes resolve within weeks. Imaging is overused in primary care. "
        "Exercise therapy helps chronic pain. Opioids have a limited role."
    )
    design, provenance = extract_design(d)
    assert design == F.NARRATIVE_REVIEW and provenance[0].confidence == "low"


def test_no_cue_and_no_metadata_leaves_design_empty() -> None:
    assert extract_design(doc("Serum levels were measured in 12 samples."))[0] in {None, F.CASE_SERIES}
    assert extract_design(doc("Short text."))[0] is None


def test_specific_publication_type_wins_over_a_weak_text_cue() -> None:
    d = doc("We retrospectively analysed outcomes.", pts=("Journal Article", "Randomized Controlled Trial"))
    design, provenance = extract_design(d)
    assert design == F.RCT and provenance[0].location == "metadata"


def test_text_evidence_wins_over_a_generic_review_tag() -> None:
    d = doc("Patients were randomly assigned to drug or placebo.", pts=("Review",))
    assert extract_design(d)[0] == F.RCT


def test_mesh_check_tag_is_used_when_text_says_nothing() -> None:
    d = doc("Outcomes were good.", mesh=("Humans", "*Retrospective Studies"))
    design, provenance = extract_design(d)
    assert design == F.COHORT and provenance[0].method == "MeSH check tag: Retrospective Studies"
