"""Excel's hard limits: 32,767 characters per cell, 31-character sheet names, 1,048,576 rows per sheet."""

from __future__ import annotations

import csv
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from wb_helpers import row

from evtable.schema import load_schema
from evtable.writers.csv import write_csv
from evtable.writers.xlsx import MAX_CELL_CHARS, TRUNCATION_MARKER, cell_text, safe_sheet_name, write_xlsx

LONG = "Background. " + "x" * 40_000  # a 40,000-character abstract-derived cell


def test_a_40000_character_cell_is_truncated_with_a_marker_and_the_csv_keeps_it(tmp_path: Path) -> None:
    rows = [row("Long 2020", results=LONG, population=LONG)]
    write_xlsx(tmp_path / "t.xlsx", rows)
    write_csv(tmp_path / "t.csv", [r.values for r in rows], load_schema().names)
    details = load_workbook(tmp_path / "t.xlsx")["Details"]
    results = details.cell(row=2, column=load_schema().names.index("results") + 1).value
    assert len(results) == MAX_CELL_CHARS and results.endswith(TRUNCATION_MARKER)
    assert results.startswith("Background. xxx")
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as fh:
        assert next(csv.DictReader(fh))["results"] == LONG


def test_truncation_counts_characters_as_excel_does() -> None:
    astral = "😀" * 20_000  # 40,000 UTF-16 units
    cut = cell_text(astral)
    assert isinstance(cut, str) and len(cut.encode("utf-16-le")) // 2 <= MAX_CELL_CHARS


def test_a_40_character_sheet_name_is_cut_to_31_and_still_opens(tmp_path: Path) -> None:
    name = "Characteristics of included studies 2024"
    assert len(name) == 40
    write_xlsx(tmp_path / "t.xlsx", [row("A 2001")], table_sheet=name)
    sheets = load_workbook(tmp_path / "t.xlsx").sheetnames
    assert sheets[0] == name[:31] and len(sheets[0]) == 31


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a/b:c*d?e[f]g\\h", "a_b_c_d_e_f_g_h"), ("'quoted'", "quoted"), ("", "Sheet"), ("x" * 40, "x" * 31)],
)
def test_safe_sheet_names(name: str, expected: str) -> None:
    assert safe_sheet_name(name) == expected


def test_continuation_names_stay_within_31_and_unique() -> None:
    base = "y" * 40
    first = safe_sheet_name(base)
    second = safe_sheet_name(base, [first], suffix=" (2)")
    assert len(second) == 31 and second.endswith(" (2)") and second != first
    assert safe_sheet_name("Details", ["details"]) == "Details (2)"


def test_past_the_row_limit_the_table_continues_on_further_sheets(tmp_path: Path) -> None:
    # max_rows stands in for Excel's 1,048,576 (header included): 3 rows per sheet -> 2 data rows.
    rows = [row(f"S{i} 2000") for i in range(5)]
    write_xlsx(tmp_path / "t.xlsx", rows, max_rows=3)
    wb = load_workbook(tmp_path / "t.xlsx")
    table = ["Evidence table", "Evidence table (2)", "Evidence table (3)"]
    assert wb.sheetnames[:3] == table
    ids = [ws.cell(row=r, column=1).value for ws in (wb[n] for n in table) for r in range(2, ws.max_row + 1)]
    assert ids == [f"S{i} 2000" for i in range(5)]
    for n in table:
        assert wb[n].cell(row=1, column=1).value == "Study" and wb[n].freeze_panes == "B2"
    assert {"Details", "Details (2)", "Details (3)", "Provenance"} <= set(wb.sheetnames)


def test_past_the_provenance_cap_the_sheet_points_to_the_csv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import evtable.writers.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_PROVENANCE_SHEET_ROWS", 3)
    monkeypatch.setattr(xlsx, "MAX_ANNOTATED_ROWS", 1)
    rows = [row(f"S{i} 2000", population="adults", doi=f"10.1000/{i}") for i in range(3)]  # 3 entries each
    write_xlsx(tmp_path / "t.xlsx", rows)
    wb = load_workbook(tmp_path / "t.xlsx")
    prov = wb["Provenance"]
    assert (
        prov.max_row == 2
        and "provenance.csv" in prov["A2"].value
        and "9 provenance entries" in prov["A2"].value
    )
    table = wb["Evidence table"]
    assert table["A2"].hyperlink is not None and table["D2"].comment is not None  # annotated rows
    assert table["A3"].hyperlink is None and table["D3"].comment is None  # past the cap: plain cells
    assert wb["Details"].cell(row=4, column=load_schema().names.index("doi") + 1).hyperlink is not None


def test_past_the_link_cap_dois_and_pmids_are_plain_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import evtable.writers.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_LINKED_ROWS", 2)
    rows = [row(f"S{i} 2000", doi=f"10.1000/{i}", pmid=str(1000 + i)) for i in range(4)]
    write_xlsx(tmp_path / "t.xlsx", rows)
    wb = load_workbook(tmp_path / "t.xlsx")
    details, names = wb["Details"], load_schema().names
    doi, pmid = names.index("doi") + 1, names.index("pmid") + 1
    linked = [details.cell(row=r, column=doi).hyperlink is not None for r in range(2, 6)]
    assert linked == [True, True, False, False]
    assert [details.cell(row=r, column=pmid).hyperlink is not None for r in range(2, 6)] == linked
    assert [details.cell(row=r, column=doi).value for r in range(2, 6)] == [f"10.1000/{i}" for i in range(4)]
    assert [wb["Evidence table"].cell(row=r, column=1).hyperlink is not None for r in range(2, 6)] == linked
    about = {c.value for r in wb["About"].iter_rows() for c in r}
    assert "DOI and PMID cells link to their pages in the first 2 rows." in about


def _sheet_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_forgetting_written_rows_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Heights of written rows are dropped past the commented rows; the bytes must not change."""
    import evtable.writers.xlsx as xlsx

    monkeypatch.setattr(xlsx, "MAX_ANNOTATED_ROWS", 20)
    monkeypatch.setattr(xlsx, "KEEP_ROW_SIZES", 30)
    text = "a long population description that wraps over several lines " * 3
    rows = [row(f"S{i} 2000", population=text[: 40 + i], doi=f"10.1000/{i}") for i in range(120)]
    held: list[int] = []
    real_meta = xlsx._write_meta

    def count_held(wb: Any, summary: Any) -> None:  # just before the workbook closes
        held.extend(len(ws.row_info) for ws in wb.worksheets())
        real_meta(wb, summary)

    monkeypatch.setattr(xlsx, "_write_meta", count_held)
    write_xlsx(tmp_path / "forget.xlsx", rows, created=datetime(2020, 1, 1))
    assert max(held) <= 30 + 2  # the kept rows, the header and the row still being written
    monkeypatch.setattr(xlsx, "_forget_row", lambda sheet, r: None)
    write_xlsx(tmp_path / "keep.xlsx", rows, created=datetime(2020, 1, 1))
    assert max(held) > 120  # without forgetting every row's height is held
    assert _sheet_parts(tmp_path / "forget.xlsx") == _sheet_parts(tmp_path / "keep.xlsx")
