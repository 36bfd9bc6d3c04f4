"""The evidence table as a landscape Word document, ready to paste into a review manuscript.

Journals and Cochrane reviews print the characteristics of included studies
as tables; reviewers draft them in Word. The layout decides the columns (the
same `Layout` as the workbook's Evidence table) and whether studies are rows of
one table, whose header row repeats on every page, or one two-column table each
(Cochrane's "Characteristics of included studies").
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from evtable.layouts import Layout, load_layout
from evtable.models import EvidenceRow
from evtable.safety import xml_safe
from evtable.schema import TableSchema, load_schema
from evtable.writers.atomic import atomic_path

#: Body text size in the tables (points): eight columns of prose fit a landscape page at 8 pt.
TABLE_FONT_PT = 8
#: Page margins (cm); narrow, as evidence tables in manuscripts use.
MARGIN_CM = 1.5
#: Page size in cm (width, height) before turning to landscape.
PAGE_SIZES_CM: dict[str, tuple[float, float]] = {"a4": (21.0, 29.7), "letter": (21.59, 27.94)}
#: Share of the page width given to the label column of a per-study table.
LABEL_COLUMN_SHARE = 0.2


def write_docx(
    path: str | Path,
    rows: Sequence[EvidenceRow],
    *,
    layout: Layout | str = "default",
    schema: TableSchema | None = None,
    created: datetime | None = None,
    paper: str = "a4",
    protected: tuple[Path, ...] = (),
) -> Path:
    """Write the layout's table as a .docx atomically; ``created`` fixes timestamps (reproducible)."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    schema = schema or load_schema()
    lay = load_layout(layout, schema=schema) if isinstance(layout, str) else layout
    created = created or datetime(2000, 1, 1)
    doc = Document()
    section = doc.sections[0]
    short, long_ = PAGE_SIZES_CM[paper]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(long_), Cm(short)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(MARGIN_CM))
    usable = Cm(long_ - 2 * MARGIN_CM)
    doc.styles["Normal"].font.size = Pt(TABLE_FONT_PT)
    props = doc.core_properties
    props.title, props.author, props.last_modified_by = lay.title, "evtable", "evtable"
    props.created = props.modified = created
    props.revision = 1
    doc.add_heading(xml_safe(lay.title), level=1)
    if lay.word == "per_study":
        _per_study_tables(doc, lay, rows, usable)
    else:
        _one_table(doc, lay, rows, usable)
    path = Path(path)
    with atomic_path(path, protected=protected) as tmp:
        buffer = io.BytesIO()
        doc.save(buffer)
        _fix_zip_times(buffer.getvalue(), tmp, created)
    return path


def _text(value: object) -> str:
    return "" if value is None else xml_safe(str(value))


def _one_table(doc: Any, lay: Layout, rows: Sequence[EvidenceRow], usable: int) -> None:
    table = doc.add_table(rows=1, cols=len(lay.columns))
    table.style = "Table Grid"
    total = sum(c.width for c in lay.columns)
    widths = [int(usable * c.width / total) for c in lay.columns]
    header = table.rows[0]
    _repeat_as_header(header)
    for cell, col, width in zip(header.cells, lay.columns, widths, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(xml_safe(col.title)).bold = True
    for row in rows:
        cells = table.add_row().cells
        for cell, value, width in zip(cells, lay.render_row(row.values), widths, strict=True):
            cell.width = width
            cell.text = _text(value)


def _per_study_tables(doc: Any, lay: Layout, rows: Sequence[EvidenceRow], usable: int) -> None:
    """One table per study: the first layout column is its heading, the rest are labelled rows."""
    label_width = int(usable * LABEL_COLUMN_SHARE)
    for row in rows:
        values = lay.render_row(row.values)
        doc.add_heading(_text(values[0]) or "(no study ID)", level=2)
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for col, value in zip(lay.columns[1:], values[1:], strict=True):
            label, body = table.add_row().cells
            label.width, body.width = label_width, usable - label_width
            label.paragraphs[0].add_run(xml_safe(col.title)).bold = True
            body.text = _text(value)


def _repeat_as_header(row: Any) -> None:
    """Mark a table row as a header row, which Word repeats at the top of every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _fix_zip_times(data: bytes, target: Path, when: datetime) -> None:
    """Re-pack the .docx with every entry dated ``when``, so equal inputs give equal bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, when.hour, when.minute, when.second)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
