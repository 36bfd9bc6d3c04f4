"""The spool's batch files: rows come back equal (`load_batch`), and the second pass's view of
them (`load_data`) is `row_data` of each row, whatever the rows hold."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

from evtable.engine.core import provenance_data_lines
from evtable.engine.spool import Spool, load_batch, load_data, provenance_fields, row_data, write_batch
from evtable.models import EvidenceRow, Provenance, Record, Section
from evtable.writers.csv import provenance_lines

RECORD = Record(
    source_file="a.nbib", format="medline", title="T", authors=("Roe J",), year=2001, doi="10.1/x",
    abstract="METHODS: some text here.", sections=(Section("Methods", "METHODS", 0, 8),), record_number=7,
)  # fmt: skip
P1 = Provenance("design", "RCT", "randomised", "abstract", 3, 13, "cue", "medium", "ann", "Cohort")
P2 = Provenance("title", "T", "T", "metadata", None, None, "field")


class _Marked(EvidenceRow):
    """A caller's own kind of row: the spool keeps it whole."""


def _rows() -> list[EvidenceRow]:
    return [
        EvidenceRow(
            {"study_id": "Roe 2001", "title": "T"}, (P1, P2), RECORD, {"design": "verified"}, {"a": 1}
        ),
        EvidenceRow({"study_id": "Doe 2002"}, (), None),
        EvidenceRow({"study_id": "Roe 2001b", "title": "T"}, (P2,), RECORD),
        _Marked({"study_id": "Kay 2003"}, (P1,), RECORD),
    ]


def test_rows_come_back_equal(tmp_path: Path) -> None:
    rows = _rows()
    write_batch(tmp_path / "b.pickle", rows)
    back = load_batch(tmp_path / "b.pickle")
    assert back == rows
    assert [type(r) for r in back] == [type(r) for r in rows]
    assert all(type(p) is Provenance for r in back for p in r.provenance)
    assert back[0].values is not rows[0].values


def test_the_second_pass_reads_each_rows_data(tmp_path: Path) -> None:
    rows = _rows()
    write_batch(tmp_path / "b.pickle", rows)
    assert load_data(tmp_path / "b.pickle") == [row_data(r) for r in rows]


def test_provenance_fields_are_the_fields_in_order() -> None:
    assert provenance_fields(P1) == tuple(getattr(P1, f.name) for f in fields(P1))
    assert Provenance(*provenance_fields(P2)) == P2


def test_provenance_lines_of_row_data_are_those_of_the_rows() -> None:
    rows = _rows()
    assert [list(line) for line in provenance_data_lines(map(row_data, rows))] == list(provenance_lines(rows))


def test_a_batch_sent_to_another_machine_is_its_rows_data_without_the_records(tmp_path: Path) -> None:
    spool = Spool(tmp_path)
    try:
        index = spool.append(_rows())
        sent = spool.data_bytes(index)
        path = spool.paths[index]
        assert len(sent) < path.stat().st_size  # the records are left behind
        assert load_data(sent) == load_data(path) == [row_data(r) for r in _rows()]
        other = spool.new_path()  # a batch a worker wrote: where its records start is not known
        write_batch(other, _rows())
        adopted = spool.adopt(other, 4)
        assert spool.data_bytes(adopted) == other.read_bytes()
    finally:
        spool.close()
