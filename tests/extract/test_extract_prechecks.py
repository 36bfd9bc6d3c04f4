"""Cheap substring pre-checks must never hide a match: every needle table fits its patterns."""

from __future__ import annotations

import pytest

from evtable.extract.patterns import (
    ARM_NEEDLES,
    ARMS,
    DESIGN_DETAIL_CUES,
    DESIGN_DETAIL_NEEDLES,
    HARM_LIST,
    HARM_LIST_NEEDLES,
    OUTCOME_NEEDLES,
    OUTCOME_TERMS,
)

#: Sentences in the shapes the patterns are written for (our own wording).
SENTENCES = [
    "Overall survival (OS) and PFS were longer; EFS and DFS did not differ; TTP was 9 months.",
    "Relapse-free survival, recurrence-free survival and survival at 5 years were reported.",
    "Complete remission and overall response rates, mortality and death rates were recorded.",
    "Health-related quality of life (HRQoL), SF-36, EQ-5D, pain scores and the VAS improved.",
    "Recurrence rates, postoperative complication rates and length of hospital stay fell.",
    "Readmissions, rehospitalization, functional outcome, ODI, Oswestry and Barthel scores changed.",
    "HbA1c, glycated haemoglobin, systolic blood pressure and symptom severity were measured.",
    "Wound healing rates, surgical site infections, infection rates, cure rates and clinical cure.",
    "Remission rates and fusion rates were high.",
    "Survival at 5 years was 60% in this non-randomised comparison.",
    "We compared early surgery with delayed surgery in a double-blind, placebo-controlled crossover trial.",
    "Patients were randomly assigned to receive either drug A or drug B; drug A vs. drug B.",
    "This multicentre, cluster-randomised non-inferiority trial in 12 hospitals used a factorial design.",
    "A single-blind, open-label, sham-controlled, triple-blind, single-centre pilot study.",
    "A prospective registry and a retrospective claims data analysis from electronic health records.",
    "Post hoc, pooled analysis and subgroup analysis of an equivalence trial.",
    "The most common adverse events were nausea and rash; side effects included headache; AEs: fatigue.",
    "Grade 3-4 toxicities were neutropenia and anaemia; complications included bleeding.",
    "Forty-two patients with spinal abscess were operated on; 13 eyes of 9 boys were examined.",
    "A total of 559 participants; a study conducted on 33 women; 71 adults (31 men) were measured.",
]


def test_needle_tables_cover_every_pattern() -> None:
    assert list(OUTCOME_NEEDLES) == list(OUTCOME_TERMS)
    assert list(DESIGN_DETAIL_NEEDLES) == [label for label, _ in DESIGN_DETAIL_CUES]
    assert len(ARM_NEEDLES) == len(ARMS)


def _pairs() -> list[tuple[str, object, tuple[str, ...]]]:
    import re

    out: list[tuple[str, object, tuple[str, ...]]] = []
    out += [
        (f"outcome {k}", re.compile(rf"\b(?:{rx})", re.I), OUTCOME_NEEDLES[k])
        for k, rx in OUTCOME_TERMS.items()
    ]
    out += [(f"detail {k}", rx, DESIGN_DETAIL_NEEDLES[k]) for k, rx in DESIGN_DETAIL_CUES]
    out += [(f"arms {i}", rx, n) for i, (rx, n) in enumerate(zip(ARMS, ARM_NEEDLES, strict=True))]
    out += [("harm list", HARM_LIST, HARM_LIST_NEEDLES)]
    return out


@pytest.mark.parametrize(
    ("name", "pattern", "needles"), _pairs(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_match_holds_a_needle(name: str, pattern: object, needles: tuple[str, ...]) -> None:
    matched = 0
    for sentence in SENTENCES:
        for m in pattern.finditer(sentence):  # type: ignore[attr-defined]
            matched += 1
            assert any(n in m.group(0).lower() for n in needles), (name, m.group(0))
    assert matched, f"no sample sentence exercises {name}"
