"""Conclusion detection: labelled sections, printed labels, and closing sentences of plain prose."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers_extract import doc

from evtable.extract.conclusion import extract_conclusion
from evtable.extract.zones import Document


def test_labelled_conclusions_section_is_taken_whole() -> None:
    d = doc(
        "METHODS: We enrolled 50 adults. RESULTS: Pain fell by 30%. CONCLUSIONS: The drug works. It is safe."
    )
    value, provenance = extract_conclusion(d)
    assert value == "The drug works. It is safe."
    assert provenance[0].method == "Conclusions section" and provenance[0].confidence == "high"


def test_printed_label_is_recognised_without_sections() -> None:
    d = doc("METHODS: We enrolled 50 adults. RESULTS: Pain fell by 30%. CONCLUSION: The drug works.")
    plain = Document(replace(d.record, sections=()))
    assert extract_conclusion(plain)[0] == "The drug works."


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "We enrolled 120 adults with gout. Flares fell from 40% to 22% (P = .01). In conclusion, the "
            "colchicine regimen reduced flares. Longer trials are needed.",
            "In conclusion, the colchicine regimen reduced flares. Longer trials are needed.",
        ),
        (
            "We studied 80 infants. Weight gain was 12 g/kg/day vs. 9 g/kg/day (P < .001). Donor milk "
            "should be offered to preterm infants. It is safe and affordable.",
            "Donor milk should be offered to preterm infants. It is safe and affordable.",
        ),
        (
            "Ninety patients were treated. Healing occurred in 81 (90%). Trial registration: "
            "ClinicalTrials.gov NCT01234567.",
            "Healing occurred in 81 (90%).",
        ),
    ],
)
def test_closing_sentences_of_plain_abstracts(abstract: str, expected: str) -> None:
    value, provenance = extract_conclusion(doc(abstract))
    assert value == expected
    assert provenance[0].confidence in {"medium", "low"}


def test_background_sentence_is_never_the_conclusion() -> None:
    d = doc("BACKGROUND: Obesity is common. METHODS: We studied 30 adults. RESULTS: Weight fell by 4 kg.")
    value, _ = extract_conclusion(d)
    assert value is None or "Obesity is common" not in value
