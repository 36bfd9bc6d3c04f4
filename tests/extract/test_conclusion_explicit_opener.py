"""An explicit opener ("In conclusion, ...") and the boundary model (issue 4).

Label-stripped training abstracts rarely hold such a phrase (a label stood there),
so its weight as the first sentence of the conclusion is set by hand and the fit
takes it as given; the cue itself is read like every other sentence cue.
"""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.evaluate.conclusion_train import FIXED_WEIGHTS, Example, fit
from evtable.extract.conclusion import extract_conclusion
from evtable.extract.conclusion_model import sentence_cues
from evtable.extract.conclusion_weights import WEIGHTS


@pytest.mark.parametrize(
    ("sentence", "explicit"),
    [
        ("In conclusion, the splint shortened recovery.", True),
        ("in summary the scores agreed.", True),
        ("To conclude, both doses worked.", True),
        ("To summarize, nothing changed.", True),
        ("To summarise: nothing changed.", True),
        ("In short, it works.", True),
        ("We conclude that the splint helps.", True),
        ("In conclusions drawn earlier, it failed.", True),
        ("We concluded the trial early.", False),  # a past event, not the authors' conclusion
        ("In 40 children the splint was worn.", False),
        ("The trial, in conclusion, was stopped.", False),  # only an opening counts
        ("Conclusion of the follow-up was in May.", False),
        ("In sum, it works.", False),
    ],
)
def test_explicit_cue(sentence: str, explicit: bool) -> None:
    assert sentence_cues(sentence)["explicit"] is explicit


def test_shipped_weights_carry_the_hand_set_weight() -> None:
    assert FIXED_WEIGHTS["first_explicit"] > 0
    assert WEIGHTS["first_explicit"] == FIXED_WEIGHTS["first_explicit"]


def _examples(gold_explicit: bool) -> list[Example]:
    """Abstracts of two candidate starts: the second is always the gold and reads "late"; the
    explicit opener is on the gold (``gold_explicit``) or on the other start."""
    on, off = {"first_explicit": 1.0}, {}
    first, second = (off, on) if gold_explicit else (on, off)
    return [Example(str(i), ({"early": 1.0} | first, {"late": 1.0} | second), 1) for i in range(20)]


@pytest.mark.parametrize("gold_explicit", [True, False])
def test_fit_takes_the_fixed_weight_as_given(gold_explicit: bool) -> None:
    weights = fit(_examples(gold_explicit))
    assert weights["first_explicit"] == FIXED_WEIGHTS["first_explicit"]
    margin = weights["late"] - weights["early"]
    # the fitted weights make up for the fixed one: where it points at the wrong start, the fit
    # leans further towards the gold start than where it already points there
    assert margin > 0
    other = fit(_examples(not gold_explicit))
    assert (margin < other["late"] - other["early"]) is gold_explicit


def test_fit_names_no_fixed_weight_its_examples_never_show() -> None:
    examples = [Example(str(i), ({"early": 1.0}, {"late": 1.0}), 1) for i in range(5)]
    assert "first_explicit" not in fit(examples)


@pytest.mark.parametrize(
    ("abstract", "expected"),
    [
        (
            "We enrolled 120 adults with gout. Flares fell from 40% to 22% (P = .01). In conclusion, the "
            "colchicine regimen reduced flares. Longer trials are needed.",
            "In conclusion, the colchicine regimen reduced flares. Longer trials are needed.",
        ),
        (
            "Forty knees were braced for six weeks. Swelling went down in 31 of them (78%). In summary, "
            "bracing eased swelling. It was well tolerated.",
            "In summary, bracing eased swelling. It was well tolerated.",
        ),
        (
            "We followed 300 runners for a year. Injuries were fewer with softer shoes (12% vs 19%). We "
            "conclude that shoe cushioning matters.",
            "We conclude that shoe cushioning matters.",
        ),
    ],
)
def test_plain_abstracts_start_their_conclusion_at_an_explicit_opener(abstract: str, expected: str) -> None:
    assert extract_conclusion(doc(abstract))[0] == expected
