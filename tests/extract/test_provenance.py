"""Every provenance quote really occurs at its offsets, for every row evtable makes."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES, SEEDS
from evtable.extract import extract_rows
from evtable.readers import read_records

INPUTS = [SEEDS, *sorted(p for p in (FIXTURES / "extract").glob("*") if p.is_file())]


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_quotes_point_at_their_offsets(path: Path) -> None:
    records = [r for f in read_records([path]) for r in f.records]
    assert records, f"{path} gave no records"
    for row in extract_rows(records):
        record = row.record
        assert record is not None
        for p in row.provenance:
            assert p.quote, (row.values["study_id"], p.field)
            if p.location == "metadata":
                assert p.start is None and p.end is None
                continue
            text = record.title if p.location == "title" else record.abstract
            assert text is not None and p.start is not None and p.end is not None
            assert text[p.start : p.end] == p.quote, (row.values["study_id"], p.field, p.method)


def test_every_non_empty_extracted_field_has_provenance(seed_rows: dict[str, dict[str, object]]) -> None:
    from evtable.pipeline import build_table

    extracted = {"design", "population", "comparison", "outcome", "adverse_events", "conclusion",
                 "intervention", "comparator", "participants_n", "design_details", "setting", "results"}  # fmt: skip
    for row in build_table([SEEDS]).rows:
        with_prov = {p.field for p in row.provenance}
        filled = {k for k in extracted if row.values[k] not in (None, "")}
        assert filled <= with_prov, filled - with_prov
