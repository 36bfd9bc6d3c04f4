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


def test_dask_tasks_apply_the_plan_and_validate_as_the_local_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pass 2 (plan applied, rows validated) runs as Dask tasks, never on the client, and
    reports the local engine's failures; an emptied study ID gives each build one to report."""
    import threading

    from evtable.engine import core
    from evtable.engine.dask import run_dask
    from evtable.engine.local import run_local

    make_plan = core.make_plan

    def plan_with_a_bad_id(*args: object) -> object:
        plan = make_plan(*args)  # type: ignore[arg-type]
        plan.study_ids[1] = ""
        return plan

    monkeypatch.setattr(core, "make_plan", plan_with_a_bad_id)
    local = run_local([MIXED], jobs=1)
    log = tmp_path / "threads.txt"  # Dask may pickle the spy (and a list it closes over) by value
    finish = core.finish_batch

    def spy(*args: object) -> object:
        with log.open("a") as out:
            out.write(f"{threading.current_thread().name}\t{type(args[0]).__name__}\n")
        return finish(*args)  # type: ignore[arg-type]

    def client_side(*args: object) -> object:
        raise AssertionError("pass 2 ran on the client")

    monkeypatch.setattr(core, "finish_batch", spy)
    monkeypatch.setattr(core, "_finish", client_side)
    dask = run_dask([MIXED], jobs=1)  # one worker, threads in this process
    calls = [line.split("\t") for line in log.read_text().splitlines()] if log.exists() else []
    assert calls and threading.main_thread().name not in {thread for thread, _ in calls}
    # Each task is sent its batch, not a path on the client's disk (a cluster's workers lack it).
    assert {sent for _, sent in calls} == {"bytes"}
    assert [r.values for r in dask.rows] == [r.values for r in local.rows]
    assert dask.validation.failures == local.validation.failures
    assert [(f.row, f.column) for f in local.validation.failures] == [(3, "study_id")]
