"""`build --strict` stops at the first failure and writes nothing; without it the rest goes through."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from conftest import SEEDS
from evtable.cli import main


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    (folder / "001_empty.txt").write_bytes(b"")
    return folder


def test_strict_stops_and_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(_inputs(tmp_path)), "--out", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: in/001_empty.txt: file is empty",
        f"stopped at the first failure (--strict): nothing written to {out}",
    ]
    assert not out.exists()


def test_strict_with_a_broken_record_inside_a_file(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    (folder / "001_empty.txt").unlink()
    (folder / "export.ris").write_text(
        "TY  - JOUR\nTI  - A complete record\nER  - \n\nTY  - JOUR\nTI  - A record cut short\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1
    assert "in/export.ris (record 2)" in result.stderr


def test_without_strict_the_other_inputs_still_go_through(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(_inputs(tmp_path)), "--out", str(out)])
    assert result.exit_code == 1
    assert "2 records" in result.stdout and (out / "evidence_table.csv").exists()
