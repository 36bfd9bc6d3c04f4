"""The Dask engine gives the local engine's table row for row, plus one shard per partition."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from evtable.cli import main
from evtable.pipeline import build

pytest.importorskip("distributed", reason="the dask extra is part of the test extra")

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _same_outputs(local: Path, dask: Path) -> None:
    for name in ("evidence_table.csv", "provenance.csv"):
        assert (dask / name).read_bytes() == (local / name).read_bytes(), name
    shards = sorted((dask / "shards").glob("part-*.csv"))
    merged = [row for shard in shards for row in _csv(shard)]
    assert merged == _csv(local / "evidence_table.csv")


def test_cli_dask_engine_on_a_local_cluster(tmp_path: Path) -> None:
    build([MIXED], tmp_path / "local", jobs=1)
    result = CliRunner().invoke(
        main, ["build", str(MIXED), "--out", str(tmp_path / "dask"), "--engine", "dask", "--jobs", "1"]
    )
    assert result.exit_code == 0, result.output
    _same_outputs(tmp_path / "local", tmp_path / "dask")
    assert len(list((tmp_path / "dask" / "shards").glob("part-*.csv"))) == 3  # one per input file
    assert (tmp_path / "dask" / "evidence_table.xlsx").is_file()


@pytest.mark.corpus
def test_dask_matches_local_on_the_corpus(corpus: Path, tmp_path: Path) -> None:
    inputs = [corpus / "medline" / "p1m-ortho", corpus / "pubmed_xml" / "biopython"]
    local = build(inputs, tmp_path / "local", jobs=1)
    dask = build(inputs, tmp_path / "dask", engine="dask", jobs=1)
    assert dask.row_count == local.row_count > 300
    assert [r.values for r in dask.rows] == [r.values for r in local.rows]
    _same_outputs(tmp_path / "local", tmp_path / "dask")
