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


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Cough syncope induced by a paraspinal abscess.", F.CASE_REPORT),
        ("Septic shock due to pyomyositis of the thigh.", F.CASE_REPORT),
        ("Pyoderma gangrenosum mimicking necrotising fasciitis.", F.CASE_REPORT),
        ("Clinical cases in infectious diseases. Case No. 12.", F.CASE_REPORT),
        ("Screening mammography: a clear statement.", None),  # names no design: stays empty
        ("Reply.", None),
    ],
)
def test_title_alone_gives_a_low_confidence_case_report(title: str, expected: str | None) -> None:
    design, provenance = extract_design(doc("", title))
    assert design == expected
    if expected:
        assert provenance[0].confidence == "low" and provenance[0].location == "title"


def test_case_report_title_pattern_is_ignored_when_there_is_an_abstract() -> None:
    d = doc("We followed 240 adults for five years. Incidence was 4% per year.", "Back pain after lifting")
    assert extract_design(d)[0] != F.CASE_REPORT


def test_one_patient_described_inside_a_group_study_does_not_make_a_case_report() -> None:
    d = doc(
        "A retrospective study was conducted on 33 patients with spinal tuberculosis. "
        "Delay exceeded three months in 24 patients. In a 54-year-old man the diagnosis took two years."
    )
    assert extract_design(d)[0] == F.COHORT


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "A total of 13 patients with infections caused by S. aureus were included in this multicenter study.",
            F.COHORT,
        ),
        (
            "Between 2006 and 2008, five patients (three men, two women; ages 71, 77, 58, 66 and 66 years) "
            "underwent single-stage fusion.",
            F.CASE_SERIES,
        ),
        ("Airway volumes of 71 patients (31 male, 40 female; mean age, 18.8 years) were measured.", F.COHORT),
    ],
)
def test_studied_group_size_separates_series_from_cohorts(abstract: str, expected: str) -> None:
    assert extract_design(doc(abstract))[0] == expected


def test_a_reviews_own_cue_is_not_discounted_beside_other_studies() -> None:
    d = doc(
        "Vitamin D has been linked with muscle strength. This review aims to summarize the role of vitamin D "
        "from a select few human studies. The current evidence from randomized controlled trials is weak."
    )
    assert extract_design(d)[0] == F.NARRATIVE_REVIEW


def test_very_rare_case_without_an_article_is_a_case_report() -> None:
    d = doc(
        "Erysipeloid is usually a mild skin infection. Very rare case of spinal empyema has been presented. "
        "In the presented clinical case, the patient had diabetes."
    )
    assert extract_design(d)[0] == F.CASE_REPORT
