"""Where a design cue sits sets its score: a design section, methods, a sentence about other studies.

Pins the weights `design_cues` gives, including the group-count cue and the
sentence-about-other-studies test that is asked only of sentences with a cue.
"""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable import fields as F
from evtable.extract.design import (
    COHORT_COUNT_WEIGHT,
    DESIGN_SECTION_WEIGHT,
    METHODS_WEIGHT,
    OTHER_STUDIES_WEIGHT,
    design_cues,
)

CASES = [
    (
        "STUDY DESIGN: A retrospective cohort study. METHODS: A retrospective cohort study.",
        [
            (F.COHORT, 2.5 * DESIGN_SECTION_WEIGHT, None),
            (F.COHORT, 1.5 * DESIGN_SECTION_WEIGHT, None),
            (F.COHORT, 2.5 * METHODS_WEIGHT, None),
            (F.COHORT, 1.5 * METHODS_WEIGHT, None),
        ],
    ),
    (
        "Previous studies have been reported in 40 patients who were treated. We treated 40 patients who were included.",
        [
            (F.CASE_SERIES, 1.25 * OTHER_STUDIES_WEIGHT, None),
            (F.COHORT, COHORT_COUNT_WEIGHT * OTHER_STUDIES_WEIGHT, 40),
            (F.COHORT, COHORT_COUNT_WEIGHT, 40),
        ],
    ),
    (
        "Several previous trials were randomized. In this cohort study, 40 patients were included.",
        [
            (F.RCT, 2.5 * OTHER_STUDIES_WEIGHT, None),
            (F.COHORT, 2.5, None),
            (F.COHORT, 1.5, None),
            (F.COHORT, COHORT_COUNT_WEIGHT, 40),
        ],
    ),
]


@pytest.mark.parametrize(("abstract", "expected"), CASES)
def test_cue_scores_follow_where_the_cue_sits(
    abstract: str, expected: list[tuple[str, float, int | None]]
) -> None:
    cues = [(c.label, c.score, c.group) for c in design_cues(doc(abstract))]
    assert cues == [(label, pytest.approx(score), group) for label, score, group in expected]
