"""Harms of the studied intervention: negated harms flagged, background harms left out."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.extract.harms import extract_harms


@pytest.mark.parametrize(
    ("abstract", "negated"),
    [
        ("Tranexamic acid did not increase thrombosis. There was no increase in bleeding with the new regimen.", "bleeding"),
        ("The procedure was completed without serious adverse events in all patients.", "serious adverse events"),
        ("Vitamin D was not associated with hypotension or with nephrotoxicity.", "nephrotoxicity"),
    ],
)  # fmt: skip
def test_negated_harm_is_reported_as_negated(abstract: str, negated: str) -> None:
    value, _ = extract_harms(doc(abstract))
    assert value is not None
    items = value.split("; ")
    hit = [i for i in items if negated in i]
    assert hit and all(i.endswith("(negated)") for i in hit), items


@pytest.mark.parametrize(
    ("abstract", "harm"),
    [
        ("The most common adverse events were nausea, fatigue and headache.", "fatigue"),
        ("Grade 3 or 4 toxicities included neutropenia and thrombocytopenia.", "neutropenia"),
        ("Constipation occurred in 24 women given oral iron.", "Constipation"),
    ],
)
def test_listed_harm_is_reported(abstract: str, harm: str) -> None:
    value, _ = extract_harms(doc(abstract))
    assert value is not None and harm.lower() in value.lower()
    assert "(negated)" not in value


def test_harms_the_background_attributes_to_other_drugs_are_left_out() -> None:
    abstract = (
        "BACKGROUND: Thalidomide causes fatigue, neuropathy and constipation. "
        "METHODS: We randomly assigned 100 patients to drug X or placebo. "
        "RESULTS: The most common adverse events with drug X were rash and diarrhea."
    )
    value, _ = extract_harms(doc(abstract))
    assert value is not None
    assert "rash" in value and "neuropathy" not in value and "constipation" not in value
