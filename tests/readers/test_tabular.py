"""CSV/TSV reader: header synonyms, sniffed delimiters, author-list shapes, empty rows."""

from __future__ import annotations

import pytest
from reader_helpers import FIXTURES, read_all

from evtable.readers.tabular import map_headers

FOLDER = FIXTURES / "tabular"


@pytest.mark.parametrize(
    ("name", "title", "authors", "year", "pmid"),
    [
        ("covidence.csv", "Drainage of psoas abscess, a trial", ("Smith J", "Jones K"), 2019, None),
        ("asreview_semicolon.csv", "The effectiveness of clonidine as an analgesic.",
         ("Reimer EJ", "Dunn GS"), 1999, "10051933"),
        ("rayyan_export.tsv", "Percutaneous drainage for psoas abscess", ("Smith J", "Jones K"),
         2020, "32000001"),
        ("embase_source.csv", "Duplication cysts: diagnosis", ("Liu R", "Adler DG"), 2014, None),
    ],
)  # fmt: skip
def test_first_row(name: str, title: str, authors: tuple[str, ...], year: int, pmid: str | None) -> None:
    records, _ = read_all(FOLDER / name)
    r = records[0]
    assert r.format == "tabular"
    assert (r.title, r.authors, r.year, r.pmid) == (title, authors, year, pmid)


def test_covidence_fields_and_empty_row_error() -> None:
    records, errors = read_all(FOLDER / "covidence.csv")
    assert len(records) == 2
    assert records[0].doi == "10.1097/brs.1"
    assert [s.role for s in records[0].sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    (error,) = errors
    assert error.record == 3 and "covidence.csv" in str(error)


def test_embase_source_column_is_split() -> None:
    (r,), _ = read_all(FOLDER / "embase_source.csv")
    assert (r.journal, r.volume, r.issue, r.pages) == ("Endoscopic Ultrasound", "3", "3", "152-160")


def test_headers_match_case_insensitively() -> None:
    assert map_headers(["TITLE", "Author(s)", "PubMed ID", "Source Title"]) == {
        "title": 0, "authors": 1, "pmid": 2, "journal": 3,
    }  # fmt: skip
