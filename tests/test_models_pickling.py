"""Rows cross processes and the spool pickled: each model must come back equal, field for field,
through `_reduce_slots` (which reads the fields with one getter a class)."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, fields

import pytest

from evtable.models import EvidenceRow, Provenance, Record, Section, _reduce_slots

SECTION = Section("Methods", "METHODS", 10, 42)
RECORD = Record(
    source_file="a.nbib", format="medline", title="T", authors=("Roe J", "Doe A"), authors_truncated=True,
    journal="J", year=2001, volume="3", issue="2", pages="1-9", doi="10.1/x", pmid="123",
    abstract="METHODS: some text here.", sections=(SECTION,), publication_types=("Journal Article",),
    mesh_terms=("*Humans",), keywords=("k",), language="eng", indexing_status="MEDLINE",
    record_number=7, source_files=("a.nbib", "b.ris"),
)  # fmt: skip
PROVENANCE = Provenance("design", "RCT", "randomised", "abstract", 3, 13, "cue", "medium", "ann", "Cohort")
ROW = EvidenceRow(
    {"study_id": "Roe 2001", "year": 2001}, (PROVENANCE,), RECORD, {"design": "verified"}, {"a": 1}
)


@pytest.mark.parametrize("value", [SECTION, RECORD, PROVENANCE, ROW])
def test_a_model_comes_back_equal(value: object) -> None:
    back = pickle.loads(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == value
    assert type(back) is type(value)


@pytest.mark.parametrize("value", [SECTION, RECORD, PROVENANCE, ROW])
def test_the_fields_are_pickled_in_their_order(value: object) -> None:
    cls, values = _reduce_slots(value)
    assert cls is type(value)
    assert values == tuple(getattr(value, f.name) for f in fields(value))  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class _One:
    __reduce__ = _reduce_slots

    only: tuple[int, ...]


def test_a_class_of_one_field_holding_a_tuple() -> None:
    assert _reduce_slots(_One((1, 2))) == (_One, ((1, 2),))
    assert pickle.loads(pickle.dumps(_One((1, 2)))) == _One((1, 2))
