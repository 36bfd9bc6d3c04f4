"""Each formatting feature of the workbook, on synthetic rows with known quirks, checked by re-opening it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from wb_helpers import row, with_low

from evtable.writers.about import BuildSummary, InputFile
from evtable.writers.xlsx import LOW_BG, MISSING_BG, write_xlsx

LOW_QUOTE = "the drug may have reduced pain in some patients"


@pytest.fixture(scope="module")
def rows() -> list:  # type: ignore[type-arg]
    return [
        row("Alpha 2001", design="Randomized controlled trial", doi="10.1000/abc.1", pmid="123456",
            population="adults with knee pain", conclusion="It works."),
        with_low(row("Beta 2002", design="Cohort study", population="children", pmid="javascript:alert(1)",
                     doi="file:///etc/passwd", outcome="pain"), "outcome", LOW_QUOTE),
        row(None, design="Other", title="Untitled", conclusion='=HYPERLINK("http://x","click")'),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def book(rows, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fmt") / "wb.xlsx"
    summary = BuildSummary(
        built=datetime(2024, 5, 6, 7, 8, 9),
        inputs=(InputFile("records/a.nbib", "medline", "ab" * 32, 3),),
        records=4, rows=3, duplicates_merged=1, failed_files=0, validation_ok=False,
        validation_failures=("row 4, study_id: study_id is required [required]",), validation_failure_count=1,
    )  # fmt: skip
    write_xlsx(path, rows, summary=summary, created=datetime(2024, 5, 6, 7, 8, 9))
    return load_workbook(path)


def test_well_formed_identifiers_are_links_and_hostile_ones_are_not(book) -> None:  # type: ignore[no-untyped-def]
    details = book["Details"]
    header = [c.value for c in details[1]]
    doi, pmid = header.index("DOI") + 1, header.index("PMID") + 1
    assert details.cell(row=2, column=doi).hyperlink.target == "https://doi.org/10.1000/abc.1"
    assert details.cell(row=2, column=pmid).hyperlink.target == "https://pubmed.ncbi.nlm.nih.gov/123456/"
    assert details.cell(row=3, column=doi).hyperlink is None
    assert details.cell(row=3, column=pmid).hyperlink is None
    assert details.cell(row=3, column=pmid).value == "javascript:alert(1)"  # kept as plain text


def test_low_confidence_cell_is_highlighted_and_its_comment_holds_the_quote(book) -> None:  # type: ignore[no-untyped-def]
    ws = book["Evidence table"]
    outcome = ws.cell(row=3, column=6)
    assert outcome.value == "pain"
    assert outcome.fill.fgColor.rgb.endswith(LOW_BG.lstrip("#"))
    assert LOW_QUOTE in outcome.comment.text
    assert "low confidence" in outcome.comment.text
    assert not ws.cell(row=2, column=6).fill.fgColor.rgb.endswith(LOW_BG.lstrip("#"))
    assert "adults with knee pain" in ws.cell(row=2, column=4).comment.text


def test_empty_required_cell_is_highlighted(book) -> None:  # type: ignore[no-untyped-def]
    study = book["Evidence table"].cell(row=4, column=1)
    assert study.value is None
    assert study.fill.fgColor.rgb.endswith(MISSING_BG.lstrip("#"))
    assert book["Evidence table"].cell(row=4, column=3).fill.fgColor.rgb != study.fill.fgColor.rgb


def test_rows_are_banded(book) -> None:  # type: ignore[no-untyped-def]
    ws = book["Details"]
    fills = [ws.cell(row=r, column=3).fill.fgColor.rgb for r in (2, 3, 4)]
    assert fills[0] == fills[2] != fills[1]


def test_formula_like_text_is_a_string_cell(book) -> None:  # type: ignore[no-untyped-def]
    cell = book["Evidence table"].cell(row=4, column=8)
    assert cell.value.startswith("=HYPERLINK")
    assert cell.data_type == "s"


def test_print_setup(book) -> None:  # type: ignore[no-untyped-def]
    for name in ("Evidence table", "Details", "Provenance"):
        ws = book[name]
        assert ws.page_setup.orientation == "landscape"
        assert ws.page_setup.paperSize == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # 1 is the default
        assert ws.print_title_rows.replace("$", "") == "1:1"
        assert "&A" in ws.oddFooter.left.text and "&P" in ws.oddFooter.right.text


def test_letter_paper(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write_xlsx(tmp_path / "l.xlsx", rows, paper="letter")
    assert load_workbook(tmp_path / "l.xlsx")["Evidence table"].page_setup.paperSize == 1


def test_about_sheet_states_version_time_inputs_counts_validation_and_legend(book) -> None:  # type: ignore[no-untyped-def]
    from evtable import __version__

    cells = {c.value for r in book["About"].iter_rows() for c in r if c.value is not None}
    assert {__version__, "2024-05-06 07:08:09", "records/a.nbib", "ab" * 32, "medline"} <= cells
    assert {"Records read", "Duplicate records merged", "Rows", "Files that failed"} <= cells
    assert "invalid: 1 failures" in cells
    assert "row 4, study_id: study_id is required [required]" in cells
    legend = [r for r in book["About"].iter_rows() if r[0].value == "Example"]
    assert {r[0].fill.fgColor.rgb[-6:] for r in legend} >= {LOW_BG.lstrip("#"), MISSING_BG.lstrip("#")}


def test_dictionary_says_where_each_field_is_shown(book) -> None:  # type: ignore[no-untyped-def]
    rows = {r[0].value: r[6].value for r in book["Data dictionary"].iter_rows(min_row=2)}
    assert rows["design"] == "Design" and rows["doi"] is None


def test_output_is_byte_reproducible(rows, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    when = datetime(2020, 1, 2)
    write_xlsx(tmp_path / "a.xlsx", rows, created=when)
    write_xlsx(tmp_path / "b.xlsx", rows, created=when)
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
