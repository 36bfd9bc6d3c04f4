"""Where a predicted conclusion starts against the gold: "within one sentence" and the misses'
breakdown (too early / too late / other) reported beside the exact figure (issue 4)."""

from __future__ import annotations

import pytest

from evtable.evaluate.conclusion import (
    ConclusionCase,
    Outcome,
    Placement,
    start_shift,
    stripped_outcome,
)
from evtable.evaluate.metrics import Accuracy
from evtable.evaluate.report import _misses, _within
from evtable.models import Record
from evtable.readers.sections import parse_structured

#: Sentence starts of a made-up abstract: five sentences at these offsets.
STARTS = [0, 10, 20, 30, 40]


@pytest.mark.parametrize(
    ("predicted", "gold", "shift"),
    [
        (30, 30, 0),  # the gold start
        (40, 30, 1),  # one sentence late
        (20, 30, -1),  # one sentence early
        (0, 30, -3),
        (40, 10, 3),
        (None, 30, None),  # nothing found
        (30, -1, None),  # gold not found in the text
        (20, 25, -1),  # gold starts inside sentence 2 (a missed boundary): that sentence is one
        (30, 25, 1),
        (10, 25, -2),
    ],
)
def test_start_shift_counts_sentences_between_the_starts(
    predicted: int | None, gold: int, shift: int | None
) -> None:
    assert start_shift(STARTS, predicted, gold) == shift


def test_placement_counts_within_one_and_breaks_down_the_misses() -> None:
    outcomes = [
        Outcome(True, 0),
        Outcome(True, 0),
        Outcome(False, 0),  # right start, wrong end: other, but within one
        Outcome(False, -1),  # early by one: within one
        Outcome(False, -2),
        Outcome(False, 1),  # late by one: within one
        Outcome(False, 1),
        Outcome(False, 4),
        Outcome(False, None),  # nothing found: other, not within one
    ]
    p = Placement.of(outcomes)
    assert p.within_one == Accuracy(6, 9)
    assert (p.too_early, p.early_by_one, p.too_late, p.late_by_one, p.other) == (2, 1, 3, 2, 2)
    assert p.misses == "too early 2 (1 by one sentence), too late 3 (2 by one), other 2"
    assert _within(p) == "0.667 (6/9)" and _misses(p) == "2 (1) / 3 (2) / 2"
    assert _within(None) == _misses(None) == ""


def test_placement_of_nothing_has_no_value() -> None:
    p = Placement.of([])
    assert p.within_one.value is None and p.other == 0


def _case(abstract: str) -> ConclusionCase:
    text, sections = parse_structured(abstract)
    record = Record(
        source_file="t.xml",
        format="pubmed-xml",
        pmid="1",
        title="Rowing and mood",
        abstract=text,
        sections=sections,
    )
    section = next(s for s in sections if s.role == "CONCLUSIONS")
    return ConclusionCase("1", record, text[section.start : section.end])


@pytest.mark.parametrize(
    ("run", "hit", "shift"), [(2, True, 0), (1, False, 1), (3, False, -1), (4, False, -2)]
)
def test_stripped_outcome_places_the_extracted_start(run: int, hit: bool, shift: int) -> None:
    case = _case(
        "METHODS: We enrolled 40 adults in 2019. RESULTS: Mood rose by 20% (P = .01). "
        "Three adults withdrew. CONCLUSIONS: Rowing helps mood. It should be offered."
    )
    # weights that make the boundary model take the last `run` sentences, whatever they say
    value, outcome = stripped_outcome(case, {f"len{run}": 50.0})
    assert value is not None and len(value.split(". ")) == run
    assert outcome == Outcome(hit, shift)


def test_report_rows_carry_placements_and_the_k_fold_row() -> None:
    from evtable.evaluate.conclusion import score_conclusions

    abstracts = [
        f"METHODS: We enrolled {n} adults. RESULTS: Mood rose by {n}% (P = .01). "
        f"CONCLUSIONS: Rowing helps mood. It should be offered to {n} more."
        for n in (20, 30, 40, 50)
    ]
    records = []
    for i, abstract in enumerate(abstracts):
        text, sections = parse_structured(abstract)
        records.append(
            Record(
                source_file="t.xml", format="pubmed-xml", pmid=str(i + 1), abstract=text, sections=sections
            )
        )
    views = {s.view: s for s in score_conclusions(records, folds=2)}
    k_fold = views["labels stripped, 2-fold"]
    assert k_fold.accuracy.total == 4 and k_fold.placement is not None
    assert k_fold.placement.within_one.total == 4
    assert k_fold.placement.within_one.hits >= k_fold.accuracy.hits
    assert views["labels kept"].placement is None
    for view in ("labels stripped", "labels stripped, rules (no model)", "labels stripped, shipped weights"):
        placement = views[view].placement
        assert placement is not None and placement.within_one.total == 4
        misses = views[view].accuracy.total - views[view].accuracy.hits
        assert placement.too_early + placement.too_late + placement.other == misses
    assert "labels stripped, 2-fold" not in {s.view for s in score_conclusions(records)}
