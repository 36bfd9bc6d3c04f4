"""Every bad input gives one one-line error naming the file; the other files still go through."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import FIXTURES, read_all

from evtable.readers import read_records

BAD = FIXTURES / "bad_inputs"

#: File -> (records expected, words the single error must contain; None = no error).
EXPECTED: dict[str, tuple[int, str | None]] = {
    "empty.txt": (0, "empty"),
    "png_renamed.txt": (0, "unrecognised format"),
    "truncated.xml": (1, "truncated"),
    "ris_without_er.ris": (1, "no closing 'ER"),
    "billion_laughs.xml": (0, "entities"),
    "xxe.xml": (0, "entities"),
    "unbalanced.bib": (2, "malformed"),
    "windows1252.ris": (1, None),
    "utf16.nbib": (1, None),
    "readme_notes.md": (0, "unrecognised format"),
    "label_file_not_a_record.txt": (0, "not a recognised record"),
}


def test_every_bad_input_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_input(name: str) -> None:
    records, errors = read_all(BAD / name)
    count, words = EXPECTED[name]
    assert len(records) == count
    if words is None:
        assert errors == []
    else:
        (error,) = errors
        message = str(error)
        assert name in message and words in message and "\n" not in message


def test_encodings_are_decoded() -> None:
    (cp1252,), _ = read_all(BAD / "windows1252.ris")
    assert cp1252.title == "Müller’s trial of café workers – a cohort"
    assert cp1252.abstract == "Costs were €5 per “session”."
    (utf16,), _ = read_all(BAD / "utf16.nbib")
    assert utf16.title == "Effect of β-blockers on pain ≥ 7 in Zürich."
    assert utf16.abstract == "We studied β-blockers (±SD)."


def test_ten_megabyte_single_line(tmp_path: Path) -> None:
    path = tmp_path / "one_line.txt"
    path.write_text("word " * 2_000_000, encoding="utf-8")
    records, errors = read_all(path)
    assert records == []
    (error,) = errors
    assert "one_line.txt" in str(error) and "single line" in str(error)


def test_other_files_still_go_through() -> None:
    results = read_records([BAD, FIXTURES / "medline"])
    by_name = {Path(r.path).name: r for r in results}
    assert len(by_name["continuation_lines.nbib"].records) == 2
    assert by_name["continuation_lines.nbib"].errors == []
    assert sum(len(r.records) for r in results) == sum(c for c, _ in EXPECTED.values()) + 3


def test_reader_errors_survive_pickling_for_worker_processes() -> None:
    import pickle

    from evtable.errors import ReaderError, UnsupportedFormatError

    for error in (
        ReaderError("a.ris", "bad record", record=3),
        UnsupportedFormatError("b.bin", "unrecognised"),
    ):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error) and copy.record == error.record
