"""Validation reports every failure with row and column, and accepts the seeds' rows."""

from __future__ import annotations

import pytest

from evtable.validate import validate_table

GOOD = {"study_id": "Weber 2007", "title": "A trial", "source_file": "x.txt", "design": "Case report",
        "doi": "10.1056/nejmoa070596", "pmid": "18032763", "year": 2007, "participants_n": 12}  # fmt: skip


def test_a_good_row_passes() -> None:
    assert validate_table([GOOD]).ok


@pytest.mark.parametrize(
    ("change", "column", "rule"),
    [
        ({"design": "RCT"}, "design", "enum"),
        ({"doi": "https://doi.org/10.1056/NEJMoa070596"}, "doi", "pattern"),
        ({"doi": "10.1056/NEJMoa070596"}, "doi", "pattern"),  # upper case is not the stored form
        ({"pmid": "PMID 123"}, "pmid", "pattern"),
        ({"year": 207}, "year", "minimum"),
        ({"participants_n": "about forty"}, "participants_n", "type:integer"),
        ({"title": None}, "title", "required"),
    ],
)
def test_each_broken_rule_is_reported_with_row_and_column(
    change: dict[str, object], column: str, rule: str
) -> None:
    report = validate_table([GOOD, GOOD | {"study_id": "Other 2001"} | change])
    assert [(f.row, f.column, f.rule) for f in report.failures] == [(3, column, rule)]
    assert report.failures[0].message


def test_duplicate_study_ids_are_reported_for_both_rows() -> None:
    report = validate_table([GOOD, GOOD])
    assert [(f.row, f.column, f.rule) for f in report.failures] == [
        (2, "study_id", "unique"),
        (3, "study_id", "unique"),
    ]


def test_all_failures_are_collected_at_once() -> None:
    bad = GOOD | {"design": "Trial", "doi": "doi:10.1/x", "study_id": None}
    report = validate_table([bad])
    assert {f.column for f in report.failures} == {"design", "doi", "study_id"}


def test_seed_rows_are_valid(seed_rows: dict[str, dict[str, object]]) -> None:
    assert validate_table(list(seed_rows.values())).ok
