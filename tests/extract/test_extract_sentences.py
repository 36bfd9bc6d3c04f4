"""Sentence splitting around abbreviations, P values and decimals (offsets into the source)."""

from __future__ import annotations

import pytest

from evtable.text import split_sentences


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Mean pain was 3.2 vs. 4.1 points. The difference was small.", 2),
        ("Smith et al. reported similar findings. We agree.", 2),
        ("Some drugs (i.e. statins) were stopped. Others were not.", 2),
        ("Survival improved (P < .001). Toxicity was mild.", 2),
        ("HbA1c fell by 0.5 percentage points, e.g. from 8.1 to 7.6. Weight was stable.", 2),
        ("The dose was 2.5 mg. Adherence was 91.5%.", 2),
    ],
)
def test_split_keeps_abbreviations_and_numbers_inside_sentences(text: str, count: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == count, [s.text for s in sentences]
    for s in sentences:
        assert text[s.start : s.end] == s.text
