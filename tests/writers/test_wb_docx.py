"""--format docx: a landscape Word table (header row repeated on every page) in the chosen layout."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from wb_helpers import row

from conftest import SEEDS
from evtable.layouts import load_layout
from evtable.pipeline import build
from evtable.writers.docx import write_docx


def test_build_writes_a_landscape_table_with_a_repeating_header(tmp_path: Path) -> None:
    build([SEEDS], tmp_path, formats=("docx",))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence_table.docx"]
    doc = Document(str(tmp_path / "evidence_table.docx"))
    section = doc.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and section.page_width > section.page_height
    [table] = doc.tables
    assert [c.text for c in table.rows[0].cells] == load_layout("default").titles
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [r.cells[0].text for r in table.rows[1:]] == ["Singhal 2007", "Weber 2007"]
    assert table.rows[2].cells[2].text == "Randomized controlled trial"


def test_cochrane_layout_gives_one_table_per_study(tmp_path: Path) -> None:
    rows = [row("A 2001", design="Cohort study", setting="Norway"), row("B 2002", intervention="aspirin")]
    write_docx(tmp_path / "c.docx", rows, layout="cochrane")
    doc = Document(str(tmp_path / "c.docx"))
    assert len(doc.tables) == 2
    labels = [r.cells[0].text for r in doc.tables[0].rows]
    assert labels == ["Methods", "Participants", "Interventions", "Outcomes", "Notes"]
    assert doc.tables[0].rows[0].cells[1].text == "Design: Cohort study\nSetting: Norway"
    assert [p.text for p in doc.paragraphs if p.style.name == "Heading 2"] == ["A 2001", "B 2002"]


def test_control_characters_do_not_break_the_document_and_output_is_reproducible(tmp_path: Path) -> None:
    rows = [row("C 2003", conclusion="bad\x00text\x0b here")]
    when = datetime(2021, 3, 4)
    write_docx(tmp_path / "a.docx", rows, created=when)
    write_docx(tmp_path / "b.docx", rows, created=when)
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
    assert "badtext here" in [c.text for c in Document(str(tmp_path / "a.docx")).tables[0].rows[1].cells]
