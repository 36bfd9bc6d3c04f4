"""`plainly_valid` (the build's validation without pandas) never passes rows pandera would fail,
and passes the rows a build makes, so the build's batches skip pandera."""

from __future__ import annotations

import pytest

from evtable.validate import plainly_valid, validate_table

GOOD = {"study_id": "Weber 2007", "title": "A trial", "source_file": "x.txt", "design": "Case report",
        "doi": "10.1056/nejmoa070596", "pmid": "18032763", "year": 2007, "participants_n": 12}  # fmt: skip
OTHER = GOOD | {"study_id": "Other 2001"}

#: Each a change to OTHER, then whether pandera finds a failure in [GOOD, OTHER | change].
CHANGES: list[tuple[dict[str, object], bool]] = [
    ({}, False),
    ({"design": "RCT"}, True),
    ({"design": None}, False),
    ({"design": "  "}, False),  # blank is missing, which design allows
    ({"doi": "https://doi.org/10.1056/NEJMoa070596"}, True),
    ({"doi": "10.1056/NEJMoa070596"}, True),
    ({"doi": ""}, False),
    ({"pmid": "PMID 123"}, True),
    ({"pmid": "0123"}, True),
    ({"year": 207}, True),
    ({"year": 3000}, True),
    ({"year": "2001"}, False),  # a whole number as text is normalised to the number
    ({"year": " 2001 "}, False),
    ({"year": "-5"}, True),
    ({"year": True}, True),
    ({"year": 2001.0}, False),
    ({"year": float("nan")}, False),
    ({"participants_n": "about forty"}, True),
    ({"participants_n": 0}, True),
    ({"participants_n": -3}, True),
    ({"participants_n": None}, False),
    ({"title": None}, True),
    ({"title": " "}, True),
    ({"source_file": ""}, True),
    ({"study_id": "Weber 2007"}, True),
    ({"study_id": None}, True),
    ({"study_id": ("a", "tuple")}, False),
    ({"authors": ("a", "b")}, False),
    ({"results": 1.5}, False),
    ({"unknown column": "ignored by to_frame"}, False),
]


@pytest.mark.parametrize(("change", "fails"), CHANGES)
def test_plainly_valid_only_when_pandera_finds_nothing(change: dict[str, object], fails: bool) -> None:
    rows = [GOOD, OTHER | change]
    report = validate_table(rows)
    assert report.ok is not fails
    if plainly_valid(rows):
        assert report.ok


def test_plain_valid_rows_pass_without_pandera() -> None:
    """The fast path is taken for ordinary rows: text, whole numbers and missing values."""
    rows = [GOOD, OTHER, OTHER | {"study_id": "Third 2002", "design": None, "year": "2001", "doi": ""}]
    assert validate_table(rows).ok
    assert plainly_valid(rows)
    assert plainly_valid([])


def test_missing_key_counts_as_missing_value() -> None:
    rows = [GOOD, {k: v for k, v in OTHER.items() if k != "title"}]
    assert not validate_table(rows).ok
    assert not plainly_valid(rows)


def test_rows_of_a_build_pass(seed_rows: dict[str, dict[str, object]]) -> None:
    rows = list(seed_rows.values())
    assert validate_table(rows).ok
    assert plainly_valid(rows)
