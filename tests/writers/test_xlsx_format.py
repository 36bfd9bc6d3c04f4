"""The workbook's conventions on a real build of the seeds, checked by re-opening the file with openpyxl.

Updated deliberately for issue 5: the Evidence table sheet holds the eight core
columns (the default layout); every schema field moved to the Details sheet.
"""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import SEEDS
from evtable.fields import CORE_FIELDS, DESIGNS
from evtable.pipeline import XLSX_NAME, build
from evtable.schema import load_schema


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("xlsx")
    build([SEEDS], out)
    return load_workbook(out / XLSX_NAME)


def test_sheets_in_order(workbook) -> None:  # type: ignore[no-untyped-def]
    assert workbook.sheetnames == [
        "Evidence table",
        "Details",
        "Provenance",
        "Data dictionary",
        "About",
        "Lists",
        "Extracted",
        "evtable",
    ]
    hidden = [ws.title for ws in workbook.worksheets if ws.sheet_state == "hidden"]
    assert hidden == ["Lists", "Extracted", "evtable"]


def test_evidence_table_is_the_core_columns_and_details_every_field(workbook) -> None:  # type: ignore[no-untyped-def]
    schema = load_schema()
    core = [schema.column(n).title for n in CORE_FIELDS]
    assert [c.value for c in workbook["Evidence table"][1]] == [*core, "Status"]
    assert [c.value for c in workbook["Details"][1]] == schema.titles
    assert all(c.font.bold for c in workbook["Evidence table"][1])
    assert workbook["Evidence table"]["A1"].fill.fgColor.rgb.endswith("1F4E78")


def test_frozen_header_and_study_column_autofilter_and_widths(workbook) -> None:  # type: ignore[no-untyped-def]
    schema = load_schema()
    for name in ("Evidence table", "Details"):
        ws = workbook[name]
        assert ws.freeze_panes == "B2"
        assert ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width == pytest.approx(schema.columns[0].width, abs=1)
        assert ws["D2"].alignment.wrap_text
    details = workbook["Details"]
    assert details.column_dimensions["H"].width == pytest.approx(schema.column("conclusion").width, abs=1)


def test_doi_is_a_hyperlink_on_details_and_on_the_study_cell(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Details"]
    doi_col = load_schema().names.index("doi") + 1
    dois = [ws.cell(row=r, column=doi_col).hyperlink.target for r in (2, 3)]
    assert dois == ["https://doi.org/10.1007/s11864-007-0011-7", "https://doi.org/10.1056/nejmoa070596"]
    study = workbook["Evidence table"]["A3"]
    assert study.value == "Weber 2007" and study.hyperlink.target == dois[1]


def test_design_column_has_the_drop_down(workbook) -> None:  # type: ignore[no-untyped-def]
    for name, letter in (("Evidence table", "C"), ("Details", "C")):
        [dv] = workbook[name].data_validations.dataValidation
        assert dv.type == "list"
        assert str(dv.sqref).startswith(f"{letter}2:")
    lists = workbook["Lists"]
    assert [lists.cell(row=i + 1, column=1).value for i in range(len(DESIGNS))] == list(DESIGNS)
    assert lists.sheet_state == "hidden"


def test_provenance_and_dictionary_sheets(workbook) -> None:  # type: ignore[no-untyped-def]
    prov = workbook["Provenance"]
    assert [c.value for c in prov[1]] == [
        "study_id", "field", "value", "quote", "location", "start", "end", "method", "confidence",
        "reviewer", "original",
    ]  # fmt: skip
    assert prov.max_row > 10
    dictionary = workbook["Data dictionary"]
    assert [r[0].value for r in dictionary.iter_rows(min_row=2)] == load_schema().names
