"""`evtable fill` on three templates in the shapes review teams use (tests/fixtures/templates/)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import FIXTURES, SEEDS
from evtable.cli import main
from evtable.errors import OutputError, ReaderError
from evtable.fill import TemplateError, fill_template, normalise_header
from evtable.pipeline import build, build_table

TEMPLATES = FIXTURES / "templates"


@pytest.fixture(scope="module")
def rows() -> list[dict[str, object]]:
    return [dict(r.values) for r in build_table([SEEDS]).rows]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# template, map, sheet, header row, first data row, {column letter: field(s)}, unmapped letters
CASES = [
    ("cochrane_data_collection.xlsx", None, "Characteristics", 4, 5,
     {"A": ("study_id",), "B": ("design", "design_details", "setting"), "C": ("population",),
      "D": ("intervention",), "E": ("outcome",)}, ["F", "G"]),
    ("nice_evidence_table.xlsx", "nice_map.yaml", "Evidence table", 2, 3,
     {"A": ("source",), "B": ("design", "design_details"), "C": ("participants_n",), "D": ("population",),
      "E": ("intervention",), "F": ("comparator",), "H": ("outcome",), "I": ("adverse_events",),
      "J": ("results",)}, ["G", "K", "L"]),
    ("plain_one_row.xlsx", None, "Extraction", 1, 2,
     {"A": ("study_id",), "B": ("design",), "C": ("population",), "D": ("intervention",), "E": ("comparator",),
      "F": ("outcome",), "G": ("adverse_events",), "H": ("conclusion",), "I": ("participants_n",),
      "J": ("doi",)}, ["K"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "map_name", "sheet", "header_row", "first", "mapped", "unmapped"), CASES)
def test_fill_finds_the_header_maps_columns_and_writes_rows(
    rows, tmp_path: Path, name, map_name, sheet, header_row, first, mapped, unmapped
) -> None:  # type: ignore[no-untyped-def]
    template = TEMPLATES / name
    before = _sha(template)
    out = tmp_path / "filled.xlsx"
    report = fill_template(template, rows, out, fill_map=TEMPLATES / map_name if map_name else None)
    assert _sha(template) == before  # the template is only read
    assert (report.sheet, report.header_row, report.first_data_row) == (sheet, header_row, first)
    assert {m.column: m.fields for m in report.mapped} == mapped
    assert [letter for letter, _ in report.unmapped] == unmapped
    assert "title" in report.unused_fields and report.rows_written == 2
    ws = load_workbook(out)[sheet]
    for letter, fields in mapped.items():
        for i, r in enumerate(rows):
            cell = ws[f"{letter}{first + i}"].value
            if len(fields) == 1:
                assert cell == r.get(fields[0]), (letter, i)
            elif r.get(fields[0]):
                assert str(r[fields[0]]) in cell


def test_cochrane_keeps_notes_title_merges_widths_styles_and_drop_down(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "c.xlsx"
    fill_template(TEMPLATES / "cochrane_data_collection.xlsx", rows, out)
    original = load_workbook(TEMPLATES / "cochrane_data_collection.xlsx")["Characteristics"]
    ws = load_workbook(out)["Characteristics"]
    assert ws["F5"].value == "Funding: "  # the reviewer's note in an unmapped column survives
    assert "A1:G1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.column_dimensions["B"].width == original.column_dimensions["B"].width
    assert ws["B6"].border.left.style == original["B6"].border.left.style == "thin"
    assert ws["A4"].fill.fgColor.rgb == original["A4"].fill.fgColor.rgb
    [dv] = ws.data_validations.dataValidation
    assert "G5" in dv.sqref and dv.formula1 == '"Low,High,Unclear"'
    assert ws.freeze_panes == "B5"
    assert load_workbook(out).sheetnames == ["Instructions", "Characteristics"]


def test_nice_formula_in_an_unmapped_column_is_kept_and_extended(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "n.xlsx"
    fill_template(TEMPLATES / "nice_evidence_table.xlsx", rows, out, fill_map=TEMPLATES / "nice_map.yaml")
    ws = load_workbook(out)["Evidence table"]
    assert ws["K3"].value == '=IF(C3="","",IF(C3>=100,"Large","Small"))'
    assert ws["K4"].value == '=IF(C4="","",IF(C4>=100,"Large","Small"))'
    assert ws.row_dimensions[4].height == ws.row_dimensions[3].height == 60
    assert {"A1:A2", "E1:F1", "H1:I1"} <= {str(r) for r in ws.merged_cells.ranges}


def test_nice_without_a_map_uses_the_synonyms(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = fill_template(TEMPLATES / "nice_evidence_table.xlsx", rows, tmp_path / "n.xlsx")
    assert {m.column: m.fields for m in report.mapped}["F"] == ("comparison",)
    assert "G" in [letter for letter, _ in report.unmapped]


def test_plain_drop_down_is_extended_to_every_filled_row(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "p.xlsx"
    fill_template(TEMPLATES / "plain_one_row.xlsx", rows, out)
    [dv] = load_workbook(out)["Extraction"].data_validations.dataValidation
    assert "K2" in dv.sqref and "K3" in dv.sqref


def test_formula_like_values_are_written_as_text(tmp_path: Path) -> None:
    rows = [{"study_id": "=cmd|' /C calc'!A0", "design": "Other"}]
    out = tmp_path / "p.xlsx"
    fill_template(TEMPLATES / "plain_one_row.xlsx", rows, out)
    cell = load_workbook(out)["Extraction"]["A2"]
    assert cell.value == "=cmd|' /C calc'!A0" and cell.data_type == "s"


@pytest.mark.parametrize(
    ("text", "key"),
    [("Author, year", "author year"), ("Intervention(s)", "interventions"), ("Authors’ conclusions", "authors conclusions"),
     ("  STUDY   Design ", "study design"), ("Participants (n)", "participants n")],
)  # fmt: skip
def test_headers_match_case_and_punctuation_insensitively(text: str, key: str) -> None:
    assert normalise_header(text) == key


def test_refusals(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    template = TEMPLATES / "plain_one_row.xlsx"
    with pytest.raises(OutputError):
        fill_template(template, rows, template)
    with pytest.raises(TemplateError, match="no sheet 'Nope'"):
        fill_template(template, rows, tmp_path / "x.xlsx", sheet="Nope")
    blank = tmp_path / "blank.xlsx"
    from openpyxl import Workbook

    Workbook().save(blank)
    with pytest.raises(TemplateError, match="no header row"):
        fill_template(blank, rows, tmp_path / "x.xlsx")
    not_zip = tmp_path / "fake.xlsx"
    not_zip.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="not a zip"):
        fill_template(not_zip, rows, tmp_path / "x.xlsx")
    bad_map = tmp_path / "m.yaml"
    bad_map.write_text("columns:\n  Harms: no_such_field\n", encoding="utf-8")
    with pytest.raises(ReaderError, match="unknown field 'no_such_field'"):
        fill_template(template, rows, tmp_path / "x.xlsx", fill_map=bad_map)


def test_cli_fill_from_seeds_equals_fill_from_the_built_csv(tmp_path: Path) -> None:
    runner = CliRunner()
    template = str(TEMPLATES / "plain_one_row.xlsx")
    a = runner.invoke(main, ["fill", template, str(SEEDS), "--out", str(tmp_path / "a.xlsx")])
    assert a.exit_code == 0, a.output
    assert "mapped\tA\tAuthor, year\tstudy_id" in a.stdout and "unmapped\tK\tChecked?" in a.stdout
    build([SEEDS], tmp_path / "built")
    b = runner.invoke(main, ["fill", template, str(tmp_path / "built" / "evidence_table.csv"), "--out",
                             str(tmp_path / "b.xlsx"), "--format", "json"])  # fmt: skip
    assert b.exit_code == 0, b.output
    cells = [[c.value for c in r] for r in load_workbook(tmp_path / "a.xlsx")["Extraction"].iter_rows()]
    assert cells == [
        [c.value for c in r] for r in load_workbook(tmp_path / "b.xlsx")["Extraction"].iter_rows()
    ]
    assert '"rows_written": 2' in b.stdout
