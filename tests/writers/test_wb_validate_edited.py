"""Validating what reviewers edited: our workbook's Details sheet, a filled template, a CSV."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import FIXTURES, SEEDS
from evtable.cli import main
from evtable.fill import fill_template
from evtable.io import split_composite, validate_file
from evtable.layouts import Part
from evtable.pipeline import XLSX_NAME, build, build_table


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("built")
    build([SEEDS], out)
    return out


def test_a_hand_edited_workbook_with_three_planted_errors_gives_exactly_those_three(
    built: Path, tmp_path: Path
) -> None:
    wb = load_workbook(built / XLSX_NAME)
    ws = wb["Details"]
    header = [c.value for c in ws[1]]
    ws.cell(row=2, column=header.index("Design") + 1).value = "RCT"
    ws.cell(row=3, column=header.index("Participants (n)") + 1).value = "about 300"
    ws.cell(row=3, column=header.index("DOI") + 1).value = "doi.org/10.1056/NEJMoa070596"
    edited = tmp_path / "edited.xlsx"
    wb.save(edited)
    report, read = validate_file(edited)
    assert read.kind == "workbook" and read.sheet == "Details"
    got = {(f.sheet, f.row, f.column, f.value, f.rule) for f in report.failures}
    assert got == {
        ("Details", 2, "design", "RCT", "enum"),
        ("Details", 3, "participants_n", "about 300", "type:integer"),
        ("Details", 3, "doi", "doi.org/10.1056/NEJMoa070596", "pattern"),
    }
    result = CliRunner().invoke(main, ["validate", str(edited)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "sheet\trow\tcolumn\tvalue\trule\tmessage"
    assert lines[1].startswith("Details\t2\tDesign\tRCT\tenum\t")
    assert len(lines) == 5


def test_the_unedited_workbook_is_valid(built: Path) -> None:
    report, _ = validate_file(built / XLSX_NAME)
    assert report.ok and report.rows == 2


def test_a_filled_template_is_validated_with_its_map_and_sheet_rows(tmp_path: Path) -> None:
    templates = FIXTURES / "templates"
    rows = [dict(r.values) for r in build_table([SEEDS]).rows]
    out = tmp_path / "filled.xlsx"
    fill_template(templates / "cochrane_data_collection.xlsx", rows, out)
    report, read = validate_file(out)
    assert read.kind == "template" and report.ok, report.failures
    wb = load_workbook(out)
    wb["Characteristics"]["B6"].value = "Design: Randomised trial; Setting: USA"
    wb.save(out)
    report, _ = validate_file(out)
    assert [(f.sheet, f.row, f.column, f.value, f.rule) for f in report.failures] == [
        ("Characteristics", 6, "design", "Randomised trial", "enum")
    ]
    result = CliRunner().invoke(main, ["validate", str(out), "--format", "json"])
    assert result.exit_code == 1
    [failure] = json.loads(result.stdout)["failures"]
    assert failure["header"] == "Methods" and failure["row"] == 6


def test_validate_with_an_explicit_map(tmp_path: Path) -> None:
    templates = FIXTURES / "templates"
    rows = [dict(r.values) for r in build_table([SEEDS]).rows]
    out = tmp_path / "nice.xlsx"
    fill_template(templates / "nice_evidence_table.xlsx", rows, out, fill_map=templates / "nice_map.yaml")
    wb = load_workbook(out)
    wb["Evidence table"]["C4"].value = -5
    wb.save(out)
    report, read = validate_file(out, fill_map=templates / "nice_map.yaml")
    assert read.headers["comparator"] == "Comparison"
    assert [(f.row, f.column, f.rule) for f in report.failures] == [(4, "participants_n", "minimum")]


def test_split_composite_undoes_labelled_joins() -> None:
    parts = (Part("design"), Part("design_details", "Details"), Part("setting", "Setting"))
    text = "Cohort study; Details: prospective; multicentre; Setting: Norway"
    assert split_composite(text, parts, "; ") == {
        "design": "Cohort study", "design_details": "prospective; multicentre", "setting": "Norway",
    }  # fmt: skip
