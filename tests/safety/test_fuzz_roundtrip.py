"""Property: any valid row set survives write -> read back -> validate unchanged, as xlsx and as CSV.

Rows are generated from the schema file itself (types, enums, patterns,
bounds, required, unique), so a new column is fuzzed without a code change.
Text holds formula triggers, apostrophes, OOXML escape look-alikes
("_x000D_"), line breaks and any printable character: the CSV's apostrophe and
the workbook's escapes must both come off again exactly.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from evtable.io import read_table
from evtable.models import EvidenceRow
from evtable.safety import FORMULA_TRIGGERS, csv_cell, raw_csv_value, xml_safe
from evtable.schema import Column, load_schema
from evtable.table import to_frame
from evtable.validate import validate_frame
from evtable.writers.csv import write_csv
from evtable.writers.xlsx import write_xlsx

FUZZ_EXAMPLES = int(os.environ.get("EVTABLE_FUZZ_EXAMPLES", "200"))
#: Row sets per example are small: the property is per value, and workbooks cost ~20 ms each.
MAX_ROWS = 4
#: Text stays well under Excel's 32,767-character cell limit (where the workbook truncates by design).
MAX_TEXT = 120
#: A workbook write + read costs ~40 ms, so the xlsx round trip gets a quarter of the budget.
ROUNDTRIP = settings(
    max_examples=max(FUZZ_EXAMPLES // 4, 10),
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SCHEMA = load_schema()

#: Pieces that stress the escaping on both sides.
TRICKY = ["=", "+", "-", "@", "'", "''=", "_x000D_", "_x005F_", "_x0041_", "\n", "\r\n", "\t", '"', ",", ";",
          "-1", "+cmd|' /C calc'!A0", "€", "β", "𝛽", "≥", " "]  # fmt: skip
_printable = st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
_text = st.lists(st.one_of(st.text(_printable, max_size=12), st.sampled_from(TRICKY)), max_size=8).map(
    "".join
)
TEXT = _text.map(lambda s: s[:MAX_TEXT]).filter(lambda s: s.strip() != "" and xml_safe(s) == s)


def _column_strategy(col: Column) -> st.SearchStrategy[Any]:
    if col.enum:
        values: st.SearchStrategy[Any] = st.sampled_from(col.enum)
    elif col.type == "integer":
        values = st.integers(col.minimum if col.minimum is not None else -(10**9),
                             col.maximum if col.maximum is not None else 10**9)  # fmt: skip
    elif col.pattern:
        values = st.from_regex(re.compile(col.pattern), fullmatch=True).filter(
            lambda s: xml_safe(s) == s and s.strip() == s and len(s) <= MAX_TEXT
        )
    else:
        values = TEXT
    return values if col.required else st.one_of(st.none(), values)


ROW = st.fixed_dictionaries({c.name: _column_strategy(c) for c in SCHEMA.columns})
ROWS = st.lists(ROW, min_size=1, max_size=MAX_ROWS, unique_by=lambda r: r["study_id"])


def _frame_records(frame: Any) -> list[dict[str, object]]:
    return [{k: (None if v is None else v) for k, v in rec.items()} for rec in frame.to_dict("records")]


def _check(rows: list[dict[str, object]], path: Path) -> None:
    expected = to_frame(rows, SCHEMA)
    assert validate_frame(expected, SCHEMA).ok  # the generator makes valid rows only
    frame, sheet = read_table(path, schema=SCHEMA)
    report = validate_frame(frame, SCHEMA, sheet=sheet)
    assert report.ok, report.failures
    assert list(frame.columns) == SCHEMA.names
    assert _frame_records(frame) == _frame_records(expected)


@ROUNDTRIP
@given(ROWS)
@example(
    [{c.name: None for c in SCHEMA.columns} | {"study_id": "=1+1", "title": "'=x", "source_file": "_x000D_"}]
)
def test_csv_roundtrip(rows: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "evidence_table.csv"
        write_csv(path, rows, SCHEMA.names)
        _check(rows, path)


@ROUNDTRIP
@given(ROWS)
@example(
    [
        {c.name: None for c in SCHEMA.columns}
        | {"study_id": "@A1", "title": "a_x0041_b\r\nc", "source_file": "-"}
    ]
)
def test_xlsx_roundtrip(rows: list[dict[str, object]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "evidence_table.xlsx"
        write_xlsx(path, [EvidenceRow(values=dict(r)) for r in rows], schema=SCHEMA)
        _check(rows, path)


@settings(max_examples=FUZZ_EXAMPLES * 5, deadline=None, derandomize=True, database=None)
@given(st.text())
def test_csv_escaping_is_exactly_reversible(text: str) -> None:
    cell = csv_cell(text)
    assert isinstance(cell, str)
    assert raw_csv_value(cell) == xml_safe(text)
    if cell.startswith(FORMULA_TRIGGERS):  # only a plain number may start like a formula
        assert re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", cell)


@settings(max_examples=FUZZ_EXAMPLES * 5, deadline=None, derandomize=True, database=None)
@given(st.one_of(st.text(), st.text(alphabet="'=+-@\t\r\x00\x1f0123456789.eE ab"), st.integers(), st.none()))
@example("'=1")
@example("\x00=1")
@example("-0.5")
def test_csv_cell_fast_path_equals_the_two_step_definition(value: object) -> None:
    from evtable.safety import clean_text, neutralise_csv

    assert csv_cell(value) == neutralise_csv(clean_text(value))
