"""`csv_cells` scans a line once for forbidden characters: it must give each cell what `csv_cell`
gives it (and "" for a missing value), whichever cells hold what. `csv_lines` scans many lines
at once: the CSV written from its lines must be byte for byte the one written from `csv_cells`."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.safety import csv_cell, csv_cells, csv_lines

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


def _written(lines: list[list[object]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(lines)
    return out.getvalue()


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(st.lists(st.lists(CELLS, max_size=5), max_size=5))
def test_csv_lines_write_what_csv_cells_write(lines: list[list[object]]) -> None:
    assert _written(csv_lines([list(line) for line in lines])) == _written(
        [csv_cells(line) for line in lines]
    )


def test_csv_lines_of_safe_lines_are_the_lines_themselves() -> None:
    lines: list[list[object]] = [["a", None, 3], ["b\n-c", "x"]]  # a "-" after a newline inside a cell
    assert csv_lines(lines) == [csv_cells(line) for line in lines]  # checked line by line
    safe: list[list[object]] = [["a", None, 3], ["b c", "x"]]
    assert csv_lines(safe) is safe
    assert csv_lines([["ok"], ["=1+1"]]) == [["ok"], ["'=1+1"]]
    assert csv_lines([["=1+1"], ["ok"]]) == [["'=1+1"], ["ok"]]
    assert csv_lines([["ok\x00"]]) == [["ok"]]
