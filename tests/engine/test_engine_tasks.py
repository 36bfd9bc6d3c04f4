"""The worker tasks: what a whole-file task does, and in what order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FIXTURES
from evtable.engine import core
from evtable.models import EvidenceRow, Record
from evtable.readers import FileResult, read_file

WHOLE_FILES = sorted(p for p in (FIXTURES / "pubmed_xml").iterdir()) + sorted(
    p for p in (FIXTURES / "medline").iterdir()
)


@pytest.mark.parametrize("path", WHOLE_FILES, ids=lambda p: p.name)
def test_a_whole_file_task_reads_the_file_before_extracting(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parsing and extraction interleaved cost ~10% more CPU on two cores (see `read_and_extract`)."""
    import evtable.extract

    events: list[str] = []
    stream, extract = core.stream_file, evtable.extract.extract_row

    def logged_stream(p: Path, label: str, result: FileResult) -> Iterator[Record]:
        for record in stream(p, label, result):
            events.append("read")
            yield record
        events.append("end of file")

    def logged_extract(record: Record) -> EvidenceRow:
        events.append("extract")
        return extract(record)

    monkeypatch.setattr(core, "stream_file", logged_stream)
    monkeypatch.setattr(evtable.extract, "extract_row", logged_extract)
    result = core.read_and_extract(str(path), path.name)

    expected = read_file(path, label=path.name)
    assert [r.record for r in result.rows] == expected.records
    n = len(expected.records)
    assert n > 0
    assert events == ["read"] * n + ["end of file"] + ["extract"] * n
