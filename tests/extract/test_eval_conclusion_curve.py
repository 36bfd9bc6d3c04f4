"""The conclusion model's learning curve: each point trains on its share and scores every abstract."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from evtable.evaluate import conclusion_train
from evtable.evaluate.conclusion import ConclusionCase, conclusion_cases
from evtable.evaluate.conclusion_train import k_fold, k_fold_outcomes, learning_curve
from evtable.models import Record
from evtable.readers.sections import parse_structured

#: Plain trial abstracts in our own words; the numbers vary so no two abstracts read the same.
ABSTRACT = (
    "OBJECTIVE: To test drug {i} for knee pain. METHODS: We enrolled {n} adults with knee pain. "
    "RESULTS: Pain fell by {p}% with the drug against 5% with placebo (P = .0{i}). "
    "CONCLUSIONS: Drug {i} eases knee pain. It should be tried in older adults."
)


def _cases(count: int, start: int = 1) -> list[ConclusionCase]:
    records = []
    for i in range(start, start + count):
        text, sections = parse_structured(ABSTRACT.format(i=i % 10, n=20 + i, p=10 + i))
        records.append(
            Record(
                source_file="x", format="pubmed-xml", pmid=str(i), title=f"Drug {i} for knee pain.",
                abstract=text, sections=sections,
            )
        )  # fmt: skip
    return conclusion_cases(records)


def test_the_whole_set_point_is_the_k_fold_figure() -> None:
    cases, extra = _cases(10), _cases(4, start=100)
    [point] = learning_curve(cases, extra, fractions=(1.0,), seeds=3, k=5)
    assert point.seed == 0  # the whole set is drawn once, however many seeds
    assert point.accuracy == k_fold(cases, extra, k=5)


@pytest.mark.parametrize(("fraction", "scored_part", "extra_part"), [(0.5, 4, 2), (0.25, 2, 1), (1.0, 8, 4)])
def test_each_fold_trains_on_its_share_and_every_abstract_is_scored(
    monkeypatch: pytest.MonkeyPatch, fraction: float, scored_part: int, extra_part: int
) -> None:
    cases, extra = _cases(10), _cases(4, start=100)
    scored_ids = {c.pmid for c in cases}
    trained: list[tuple[int, int]] = []
    real_train = conclusion_train.train

    def counting_train(training: Sequence[ConclusionCase]) -> dict[str, float]:
        trained.append(
            (sum(c.pmid in scored_ids for c in training), sum(c.pmid not in scored_ids for c in training))
        )
        return real_train(training)

    monkeypatch.setattr(conclusion_train, "train", counting_train)
    outcomes = k_fold_outcomes(cases, extra, 5, fraction=fraction, seed=1)
    assert len(outcomes) == len(cases)
    assert trained == [(scored_part, extra_part)] * 5


def test_draws_differ_by_seed_and_repeat_with_it(monkeypatch: pytest.MonkeyPatch) -> None:
    cases = _cases(12)
    drawn: list[frozenset[str]] = []
    real_train = conclusion_train.train

    def recording_train(training: Sequence[ConclusionCase]) -> dict[str, float]:
        drawn.append(frozenset(c.pmid for c in training))
        return real_train(training)

    monkeypatch.setattr(conclusion_train, "train", recording_train)
    for seed in (0, 0, 1):
        k_fold_outcomes(cases, (), 3, fraction=0.5, seed=seed)
    first, again, other = drawn[0:3], drawn[3:6], drawn[6:9]
    assert first == again
    assert first != other
