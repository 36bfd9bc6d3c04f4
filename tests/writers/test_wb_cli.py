"""The CLI options of issue 5 agree with the library: --layout, --format, --paper, and their errors."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import SEEDS
from evtable.cli import main
from evtable.layouts import load_layout


def test_build_with_layout_formats_and_paper(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--layout", "cochrane",
                                       "--format", "xlsx,docx", "--paper", "letter"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence_table.docx", "evidence_table.xlsx"]
    ws = load_workbook(tmp_path / "evidence_table.xlsx")["Evidence table"]
    assert [c.value for c in ws[1]] == [*load_layout("cochrane").titles, "Status"]
    assert ws.page_setup.paperSize == 1


def test_default_build_writes_the_four_files(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path)]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "datapackage.json", "evidence_table.csv", "evidence_table.xlsx", "provenance.csv",
    ]  # fmt: skip


def test_bad_format_and_layout_are_one_line_errors(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_format = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--format", "xlsx,pdf"])
    assert bad_format.exit_code == 2 and "pdf" in bad_format.stderr
    bad_layout = runner.invoke(main, ["build", str(SEEDS), "--out", str(tmp_path), "--layout", "nope"])
    assert bad_layout.exit_code == 1
    assert bad_layout.stderr.count("\n") == 1 and "unknown layout 'nope'" in bad_layout.stderr


def test_fill_has_help_with_an_example() -> None:
    result = CliRunner().invoke(main, ["fill", "--help"])
    assert result.exit_code == 0 and "Example" in result.output


def test_an_unknown_layout_writes_nothing(tmp_path: Path) -> None:
    CliRunner().invoke(main, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--layout", "nope"])
    assert not (tmp_path / "out").exists()
