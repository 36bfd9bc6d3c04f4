"""An independent reader (python-calamine, Rust) reads back what we wrote: the file is well-formed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from conftest import SEEDS
from evtable.layouts import layout_names, load_layout
from evtable.pipeline import CSV_NAME, XLSX_NAME, build
from evtable.schema import load_schema


def _calamine(path: Path, sheet: str) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _norm(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


@pytest.mark.parametrize("layout", layout_names())
def test_calamine_reads_the_same_cells_as_the_csv(layout: str, tmp_path: Path) -> None:
    build([SEEDS], tmp_path, layout=layout)
    with (tmp_path / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        expected = list(csv.DictReader(fh))
    schema = load_schema()
    details = _calamine(tmp_path / XLSX_NAME, "Details")
    assert details[0] == schema.titles
    assert [[_norm(v) for v in r] for r in details[1:]] == [[r[n] for n in schema.names] for r in expected]
    lay = load_layout(layout)
    table = _calamine(tmp_path / XLSX_NAME, "Evidence table")
    assert table[0] == [*lay.titles, "Status"]  # the review status column closes the sheet
    want = [
        [*(_norm(v) for v in lay.render_row({k: (v or None) for k, v in r.items()})), "extracted"]
        for r in expected
    ]
    got = [[_norm(v) for v in r] for r in table[1:]]
    # participants_n / year are integers in the workbook and digits in the CSV
    assert got == want
