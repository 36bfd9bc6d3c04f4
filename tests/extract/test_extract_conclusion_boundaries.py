"""Closing sentences the splitter leaves joined, and trailers after the conclusion.

Where a plain abstract's sections were printed without labels, a full stop the
sentence splitter reads as an initial ("Group B."), a title ("MS.") or no
boundary at all (a lower-case opening) can hide where the conclusion starts.
"""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.extract.conclusion import extract_conclusion, is_admin_sentence, plain_candidates


@pytest.mark.parametrize(
    ("joined", "pieces"),
    [
        (
            "Blood loss was lower than in Group B. Posterior-only surgery is feasible.",
            ["Blood loss was lower than in Group B.", "Posterior-only surgery is feasible."],
        ),
        (
            "Recovery did not differ between PS and MS. A new freezing method has been developed.",
            ["Recovery did not differ between PS and MS.", "A new freezing method has been developed."],
        ),
        (
            "Mortality rose with each year of work. the extension of follow-up confirms the excess.",
            ["Mortality rose with each year of work.", "the extension of follow-up confirms the excess."],
        ),
        (
            "Rates were 4.86 and 2.02 (P = .01). immigrant minors have a lower prevalence.",
            ["Rates were 4.86 and 2.02 (P = .01).", "immigrant minors have a lower prevalence."],
        ),
        (
            "Withholding treatment remains problematic. www.clinicaltrials.gov, NCT02309073.",
            ["Withholding treatment remains problematic."],  # the registration trailer is dropped
        ),
    ],
)
def test_closing_sentences_are_cut_where_the_splitter_missed_a_boundary(
    joined: str, pieces: list[str]
) -> None:
    d = doc(f"We enrolled 80 patients. {joined}")
    candidates = plain_candidates(d)
    assert [z.text for z in candidates] == ["We enrolled 80 patients.", *pieces]
    for z in candidates:
        assert d.text[z.sentence.start : z.sentence.end] == z.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Similar findings were reported by Smith et al. in a smaller cohort.",
        "Isolates of S. aureus were resistant in 12 cases.",
        "The dose was approx. five times higher than planned.",
        "The scale was developed by J. Smith and validated twice.",
        "Outcomes were better with drug A vs. placebo in older adults.",
    ],
)
def test_abbreviations_and_initials_are_not_cut(sentence: str) -> None:
    d = doc(f"We enrolled 80 patients. {sentence}")
    assert [z.text for z in plain_candidates(d)] == ["We enrolled 80 patients.", sentence]


def test_a_disclosure_opened_by_a_bare_title_is_dropped() -> None:
    abstract = (
        "We treated 40 adults. Pain fell by 30% (P = .01). The treatment should be offered widely. "
        "Drs. Smith and Jones received compensation from Acme for taking part. No other author has interests."
    )
    value, _ = extract_conclusion(doc(abstract))
    assert value == "The treatment should be offered widely."


@pytest.mark.parametrize(
    ("sentence", "admin"),
    [
        ("This research was supported by Peking University Research Fund.", True),
        ("The trial was sponsored by the National Heart Foundation.", True),
        ("Our findings are supported by earlier Foundation cohorts and should guide practice.", False),
    ],
)
def test_named_sponsors_are_trailers(sentence: str, admin: bool) -> None:
    assert is_admin_sentence(sentence) is admin
