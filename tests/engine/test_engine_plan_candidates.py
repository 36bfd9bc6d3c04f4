"""Planning loads only records dedupe could join: a title match across two DOIs or PMIDs is not one."""

from __future__ import annotations

import pytest

from evtable.dedupe import deduplicate
from evtable.engine.plan import candidates, make_plan, record_key
from evtable.models import Record

TITLE = "Early mobilisation after hip fracture surgery in older adults: a randomised trial"


def _rec(title: str, doi: str | None = None, pmid: str | None = None) -> Record:
    return Record(
        source_file="x.ris", format="ris", title=title, authors=("Smith J",), year=2020, doi=doi, pmid=pmid
    )


CASES = {
    # Two works with their own DOIs and near-identical titles (a series): never joined.
    "different DOIs": (
        [_rec(TITLE + " (part 1)", doi="10.1/a"), _rec(TITLE + " (part 2)", doi="10.1/b")],
        [],
    ),
    "different PMIDs": ([_rec(TITLE + " (part 1)", pmid="1"), _rec(TITLE + " (part 2)", pmid="2")], []),
    # A copy without identifiers can join either: all three are candidates.
    "a bridge without DOI": (
        [_rec(TITLE + " (part 1)", doi="10.1/a"), _rec(TITLE + " (part 2)", doi="10.1/b"), _rec(TITLE)],
        [0, 1, 2],
    ),
    "one DOI missing": ([_rec(TITLE, doi="10.1/a"), _rec(TITLE + ".")], [0, 1]),
    "same DOI": (
        [_rec(TITLE, doi="10.1/a"), _rec("Another title entirely, long enough", doi="10.1/a")],
        [0, 1],
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_candidates(name: str) -> None:
    records, expected = CASES[name]
    assert candidates([record_key(r) for r in records]) == expected


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_plan_merges_what_dedupe_merges_on_every_record(name: str) -> None:
    records, _ = CASES[name]
    plan = make_plan([record_key(r) for r in records], lambda idx: [records[i] for i in idx])
    out, merges = deduplicate(records)
    assert [(m.kept, m.merged) for m in plan.merges] == [(m.kept, m.merged) for m in merges]
    assert len(records) - len(plan.dropped) == len(out)
