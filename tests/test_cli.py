"""The CLI agrees with the library, prints one-line errors and sets exit codes (CliRunner)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from evtable.cli import main
from evtable.pipeline import CSV_NAME, build_table


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_seeds_succeeds_and_matches_the_library(tmp_path: Path) -> None:
    code, out, err = run("build", str(SEEDS), "--out", str(tmp_path))
    assert code == 0, err
    assert "2 records" in out and "0 files failed" in out and err == ""
    with (tmp_path / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    library = build_table([SEEDS]).rows
    assert [r["study_id"] for r in rows] == [r.values["study_id"] for r in library]


def test_a_bad_input_fails_on_one_line_and_the_rest_still_go_through(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for seed in SEEDS.iterdir():
        (inputs / seed.name).write_bytes(seed.read_bytes())
    (inputs / "empty.txt").write_bytes(b"")
    code, out, err = run("build", str(inputs), "--out", str(tmp_path / "out"))
    assert code == 1
    assert err.strip().splitlines() == ["error: in/empty.txt: file is empty"]
    assert "2 records" in out and "1 files failed" in out
    assert "Traceback" not in out + err


def test_validate_exit_codes_and_json(tmp_path: Path) -> None:
    code, _, err = run("build", str(SEEDS), "--out", str(tmp_path))
    assert code == 0, err
    good = tmp_path / CSV_NAME
    assert run("validate", str(good))[0] == 0
    text = good.read_text(encoding="utf-8").replace("Narrative review", "Narative review")
    bad = tmp_path / "bad.csv"
    bad.write_text(text, encoding="utf-8")
    code, out, _ = run("validate", str(bad), "--format", "json")
    assert code == 1
    report = json.loads(out)
    assert report["valid"] is False
    assert [(f["row"], f["column"], f["rule"]) for f in report["failures"]] == [(2, "design", "enum")]


def test_validate_reads_the_workbook_by_header_titles(tmp_path: Path) -> None:
    assert run("build", str(SEEDS), "--out", str(tmp_path))[0] == 0
    code, out, _ = run("validate", str(tmp_path / "evidence_table.xlsx"))
    assert code == 0 and "(valid)" in out


def test_validate_a_non_workbook_is_one_line_error(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip", encoding="utf-8")
    code, _out, err = run("validate", str(fake))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "fake.xlsx" in err and "Traceback" not in err


def test_schema_prints_every_column() -> None:
    code, out, _ = run("schema", "--format", "markdown")
    assert code == 0
    from evtable.fields import FIELDS

    for name in FIELDS:
        assert f"`{name}`" in out


@pytest.mark.parametrize("command", [[], *([name] for name in sorted(main.commands))])
def test_every_command_has_help_with_an_example(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Example" in out


def test_the_public_commands_exist() -> None:
    # Command names are a public contract (scripts call them): add, never rename.
    assert {"build", "validate", "schema", "fill", "absorb", "compare", "evaluate"} <= set(main.commands)
