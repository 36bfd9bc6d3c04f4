"""`evtable build` engine options: --jobs, --quiet, --max-xlsx-rows, --engine/--scheduler."""

from __future__ import annotations

import csv
from pathlib import Path

from click.testing import CliRunner

from evtable.cli import main
from evtable.pipeline import build_table

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def test_max_xlsx_rows_skips_the_workbook_but_the_csv_is_complete(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(MIXED), "--out", str(tmp_path), "--max-xlsx-rows", "5", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "evidence_table.xlsx").exists()
    assert "workbook not written: 6 rows > --max-xlsx-rows 5" in result.stderr
    with (tmp_path / "evidence_table.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["study_id"] for r in rows] == [r.values["study_id"] for r in build_table([MIXED]).rows]


def test_jobs_and_quiet_give_the_same_table(tmp_path: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(main, ["build", str(MIXED), "--out", str(tmp_path / "one"), "--jobs", "1"])
    two = runner.invoke(main, ["build", str(MIXED), "--out", str(tmp_path / "two"), "-j", "2", "--quiet"])
    assert one.exit_code == two.exit_code == 0
    assert "6 rows written" in one.stdout and "2 duplicates merged" in one.stdout
    assert one.stderr == ""  # not a terminal: no progress bar
    for name in ("evidence_table.csv", "provenance.csv", "evidence_table.xlsx"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_scheduler_without_dask_engine_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(MIXED), "--out", str(tmp_path), "--scheduler", "tcp://x:1"]
    )
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.stderr
