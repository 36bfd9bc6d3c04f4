"""Round trips: build -> edit the workbook -> absorb -> rebuild keeps the edits."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from conftest import SEEDS
from evtable.absorb import absorb_workbook
from evtable.cli import main
from evtable.compare import compare_files, write_reconciliation
from evtable.curation import load_curation
from evtable.pipeline import CSV_NAME, XLSX_NAME, build, build_table
from evtable.schema import load_schema


def _edit(workbook: Path, edits: dict[tuple[str, str], object], out: Path) -> Path:
    """Change cells of the sheet holding every field, addressed by (study_id, field name)."""
    wb = load_workbook(workbook)
    ws = wb["Details"] if "Details" in wb.sheetnames else wb["Evidence table"]
    titles = {c.title: c.name for c in load_schema().columns}
    cols = {titles.get(str(c.value), c.value): c.column for c in ws[1]}
    rows = {ws.cell(row=r, column=cols["study_id"]).value: r for r in range(2, ws.max_row + 1)}
    for (study, field), value in edits.items():
        ws.cell(row=rows[study], column=cols[field]).value = value
    wb.save(out)
    return out


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    out = tmp_path / "exports"
    build([SEEDS], out)
    return out


def test_edits_are_absorbed_and_survive_a_rebuild(exported: Path, tmp_path: Path) -> None:
    edited = _edit(
        exported / XLSX_NAME,
        {
            ("Weber 2007", "participants_n"): 705,
            ("Weber 2007", "setting"): "United States; Canada (multicentre)",
        },
        tmp_path / "edited.xlsx",
    )
    curation = tmp_path / "curation.yaml"
    result = absorb_workbook(
        edited, curation, original=exported / CSV_NAME, reviewer="AB", today="2026-11-21"
    )
    assert result.ok
    assert sorted((d.study, d.field, d.action, d.value) for d in result.decisions) == [
        ("doi:10.1056/nejmoa070596", "participants_n", "correct", 705),
        ("doi:10.1056/nejmoa070596", "setting", "correct", "United States; Canada (multicentre)"),
    ]
    assert [d.machine_value for d in load_curation(curation).decisions if d.field == "setting"] == [
        "United States; Canada"
    ]
    rebuilt = {r.values["study_id"]: r for r in build_table([SEEDS], curation=curation).rows}
    assert rebuilt["Weber 2007"].values["participants_n"] == 705
    assert rebuilt["Weber 2007"].status["setting"] == "corrected"
    assert rebuilt["Singhal 2007"].status == {}


def test_an_invalid_edit_is_reported_and_not_absorbed(exported: Path, tmp_path: Path) -> None:
    edited = _edit(
        exported / XLSX_NAME,
        {("Singhal 2007", "design"): "Review", ("Weber 2007", "participants_n"): 705},
        tmp_path / "edited.xlsx",
    )
    result = absorb_workbook(edited, tmp_path / "c.yaml", original=exported / CSV_NAME, today="2026-11-21")
    assert [(f.row, f.column, f.rule) for f in result.rejected] == [(2, "design", "enum")]
    assert [(d.field, d.value) for d in result.decisions] == [("participants_n", 705)]


def test_cli_absorb_exit_code_and_message(exported: Path, tmp_path: Path) -> None:
    edited = _edit(exported / XLSX_NAME, {("Singhal 2007", "doi"): "not a doi"}, tmp_path / "edited.xlsx")
    curation = tmp_path / "c.yaml"
    res = CliRunner().invoke(
        main, ["absorb", str(edited), "--curation", str(curation), "--original", str(exported / CSV_NAME)]
    )
    assert res.exit_code == 1
    assert "not absorbed" in res.stderr and "doi" in res.stderr and "Traceback" not in res.output
    assert not curation.exists()  # nothing valid to record


def test_completed_reconciliation_is_absorbed(exported: Path, tmp_path: Path) -> None:
    b = _edit(exported / XLSX_NAME, {("Weber 2007", "participants_n"): 705,
                                     ("Singhal 2007", "design"): "Systematic review or meta-analysis"},
              tmp_path / "b.xlsx")  # fmt: skip
    recon = write_reconciliation(compare_files(exported / XLSX_NAME, b), tmp_path / "recon.xlsx")
    wb = load_workbook(recon)
    ws = wb["Disagreements"]
    for r in range(2, ws.max_row + 1):
        field = ws.cell(row=r, column=3).value
        ws.cell(row=r, column=7).value = 705 if field == "participants_n" else "Not a design"
    wb.save(recon)
    curation = tmp_path / "c.yaml"
    result = absorb_workbook(recon, curation, reviewer="AB", today="2026-11-21")
    assert [(d.study, d.field, d.value) for d in result.decisions] == [
        ("doi:10.1056/nejmoa070596", "participants_n", 705)
    ]
    assert [(f.column, f.rule) for f in result.rejected] == [("design", "enum")]
    rebuilt = {r.values["study_id"]: r for r in build_table([SEEDS], curation=curation).rows}
    assert rebuilt["Weber 2007"].values["participants_n"] == 705


def test_edits_on_the_evidence_table_sheet_and_status_words_use_the_hidden_extracted_sheet(
    exported: Path, tmp_path: Path
) -> None:
    wb = load_workbook(exported / XLSX_NAME)
    ws = wb["Evidence table"]
    header = [c.value for c in ws[1]]
    rows = {ws.cell(row=r, column=1).value: r for r in range(2, ws.max_row + 1)}
    ws.cell(row=rows["Weber 2007"], column=header.index("Outcome") + 1).value = "time to progression"
    ws.cell(row=rows["Weber 2007"], column=header.index("Status") + 1).value = "verified"
    ws.cell(row=rows["Singhal 2007"], column=header.index("Status") + 1).value = "exclude"
    wb.save(tmp_path / "edited.xlsx")
    curation = tmp_path / "curation.yaml"
    result = absorb_workbook(tmp_path / "edited.xlsx", curation, reviewer="AB", today="2026-11-21")
    assert result.ok, result.rejected
    actions = {(d.study, d.field, d.action) for d in result.decisions}
    assert ("doi:10.1056/nejmoa070596", "outcome", "correct") in actions
    assert ("doi:10.1056/nejmoa070596", "design", "verify") in actions
    assert ("doi:10.1007/s11864-007-0011-7", None, "exclude") in actions
    rebuilt = build([SEEDS], tmp_path / "again", curation=curation)
    [weber] = rebuilt.rows
    assert weber.values["outcome"] == "time to progression"
    assert weber.status["outcome"] == "corrected" and weber.status["design"] == "verified"
    wb2 = load_workbook(tmp_path / "again" / XLSX_NAME)
    table = wb2["Evidence table"]
    header2 = [c.value for c in table[1]]
    assert table.cell(row=2, column=header2.index("Status") + 1).value == "corrected"
    assert table.cell(row=2, column=header2.index("Outcome") + 1).font.i  # corrected cells are italic blue
    prov = wb2["Provenance"]
    cols = [c.value for c in prov[1]]
    reviewed = [r for r in prov.iter_rows(min_row=2, values_only=True) if r[cols.index("reviewer")] == "AB"]
    assert any(r[cols.index("original")] == "time to progression; overall survival" for r in reviewed)


def test_conflicting_edits_on_both_sheets_are_rejected(exported: Path, tmp_path: Path) -> None:
    edited = _edit(exported / XLSX_NAME, {("Weber 2007", "design"): "Cohort study"}, tmp_path / "e1.xlsx")
    wb = load_workbook(edited)
    ws = wb["Evidence table"]
    header = [c.value for c in ws[1]]
    ws.cell(row=3, column=header.index("Design") + 1).value = "Case series"
    wb.save(tmp_path / "e2.xlsx")
    result = absorb_workbook(tmp_path / "e2.xlsx", tmp_path / "c.yaml", today="2026-11-21")
    assert [(f.column, f.rule) for f in result.rejected] == [("design", "conflict")]
    assert all(d.field != "design" for d in result.decisions)


def test_default_curation_path_comes_from_the_workbook_inputs(exported: Path) -> None:
    from evtable.absorb import default_curation_for

    assert default_curation_for(exported / XLSX_NAME) == Path("seeds") / "curation.yaml"
