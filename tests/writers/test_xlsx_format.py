"""The workbook's conventions, checked by re-opening the file with openpyxl."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from conftest import SEEDS
from evtable.fields import DESIGNS
from evtable.pipeline import XLSX_NAME, build
from evtable.schema import load_schema


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    out = tmp_path_factory.mktemp("xlsx")
    build([SEEDS], out)
    return load_workbook(out / XLSX_NAME)


def test_headers_are_schema_titles_bold_with_fill(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Evidence table"]
    titles = [c.value for c in ws[1]]
    assert titles == load_schema().titles
    assert all(c.font.bold for c in ws[1])
    assert ws["A1"].fill.fgColor.rgb.endswith("1F4E78")


def test_frozen_header_and_study_column_autofilter_and_widths(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Evidence table"]
    assert ws.freeze_panes == "B2"
    assert ws.auto_filter.ref.startswith("A1:")
    assert ws.column_dimensions["A"].width == pytest.approx(load_schema().columns[0].width, abs=1)
    assert ws["D2"].alignment.wrap_text


def test_doi_is_a_hyperlink(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Evidence table"]
    doi_col = load_schema().names.index("doi") + 1
    links = [ws.cell(row=r, column=doi_col).hyperlink for r in (2, 3)]
    assert [link.target for link in links] == [
        "https://doi.org/10.1007/s11864-007-0011-7",
        "https://doi.org/10.1056/nejmoa070596",
    ]


def test_design_column_has_the_drop_down(workbook) -> None:  # type: ignore[no-untyped-def]
    ws = workbook["Evidence table"]
    [dv] = ws.data_validations.dataValidation
    assert dv.type == "list"
    design_letter = "C"
    assert str(dv.sqref).startswith(f"{design_letter}2:")
    lists = workbook["Lists"]
    assert [lists.cell(row=i + 1, column=1).value for i in range(len(DESIGNS))] == list(DESIGNS)
    assert lists.sheet_state == "hidden"


def test_provenance_and_dictionary_sheets(workbook) -> None:  # type: ignore[no-untyped-def]
    prov = workbook["Provenance"]
    assert [c.value for c in prov[1]][:7] == [
        "study_id",
        "field",
        "value",
        "quote",
        "location",
        "start",
        "end",
    ]
    assert prov.max_row > 10
    dictionary = workbook["Data dictionary"]
    assert [r[0].value for r in dictionary.iter_rows(min_row=2)] == load_schema().names
