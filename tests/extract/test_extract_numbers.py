"""Sample-size patterns: the count of people enrolled or randomised, never an unrelated sum."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.extract.numbers import extract_participants, parse_number

CASES = [
    ("Of 351 patients screened, 300 were randomized to surgery or physiotherapy.", 300),
    ("Of 351 patients with a first stroke, 40% were women.", 351),
    ("Participants (N = 222) completed the questionnaire at baseline.", 222),
    ("A total of 1,204 adults were enrolled from primary care.", 1204),
    ("We recruited two thousand pregnant women in rural clinics.", 2000),
    ("Twenty-four children with asthma were randomly assigned to budesonide or placebo.", 24),
    ("In a double-blind trial, 40 male children (age 2-7 yr) undergoing circumcision were randomly assigned to clonidine or placebo.", 40),
    ("This randomized study of 36 children undergoing tonsillectomy was conducted at one hospital.", 36),
    ("Clinical data of 31 patients with spinal tuberculosis were retrospectively analyzed.", 31),
    ("The sample includes 162,197 residents younger than 18 years.", 162197),
    ("Thirty-three patients were enrolled in the REBOA group and 18 patients were enrolled in the OCCM group.", 51),
    ("Patients received ziprasidone (N = 90) or haloperidol (N = 42) for three days.", 132),
    ("We reviewed 67 patients after appendectomy. All 3 patients in the LA group were treated conservatively.", 67),
]  # fmt: skip


@pytest.mark.parametrize(("abstract", "expected"), CASES)
def test_sample_size_patterns(abstract: str, expected: int) -> None:
    value, provenance = extract_participants(doc(abstract))
    assert value == expected
    assert provenance and provenance[0].value == str(expected)


@pytest.mark.parametrize(
    "abstract",
    [
        "Multiple myeloma causes nearly 11,000 deaths annually in the United States.",
        "The drug was given at 25 mg daily for 21 days in 28-day cycles.",
        "Sixty-three hospitals in 12 countries took part.",
        "We report a 45-year-old man with an iliopsoas abscess.",
        "Patients (n=10 per group) were compared.",
    ],
)
def test_counts_that_are_not_sample_sizes_are_ignored(abstract: str) -> None:
    assert extract_participants(doc(abstract))[0] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,204", 1204),
        ("two thousand", 2000),
        ("twenty-four", 24),
        ("three hundred and twelve", 312),
        ("many", None),
    ],
)
def test_parse_number(text: str, expected: int | None) -> None:
    assert parse_number(text) == expected
