"""`csv_cells` scans a line once for forbidden characters: it must give each cell what `csv_cell`
gives it (and "" for a missing value), whichever cells hold what."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.safety import csv_cell, csv_cells

TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", " ", "=", "+", "-", "@", "'", "1", ".", "\t", "\r", "\x00", "\x0b", "\ud800", "\ufffe", "é"]
    ),
    max_size=8,
)
CELLS = st.one_of(st.none(), st.integers(-5, 5), st.floats(allow_nan=False, allow_infinity=False), TEXT)


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(st.lists(CELLS, max_size=6))
def test_csv_cells_is_csv_cell_per_cell(values: list[object]) -> None:
    assert csv_cells(values) == ["" if v is None else csv_cell(v) for v in values]


def test_a_forbidden_character_in_one_cell_is_dropped_there_only() -> None:
    assert csv_cells(["=SUM(A1)", "ok\x00", None, 3, "-0.5"]) == ["'=SUM(A1)", "ok", "", 3, "-0.5"]
