"""The evidence workbook, written by xlsxwriter in constant-memory mode.

xlsxwriter streams rows to disk (a 100,000-row table does not sit in memory)
and writes reproducible files when the creation date is fixed. openpyxl
stays for reading workbooks back and for filling templates. Every visual
convention lives in `STYLE` and the helpers below: one formatting definition.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from evtable.fields import DESIGNS
from evtable.models import EvidenceRow
from evtable.schema import TableSchema, load_schema
from evtable.writers.atomic import atomic_path

SHEET_TABLE = "Evidence table"
SHEET_PROVENANCE = "Provenance"
SHEET_DICTIONARY = "Data dictionary"
SHEET_LISTS = "Lists"

#: Excel's hard limits.
MAX_CELL_CHARS = 32_767
TRUNCATION_MARKER = " […truncated: full text in the CSV]"

STYLE: dict[str, dict[str, Any]] = {
    "header": {"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF", "text_wrap": True,
               "valign": "top", "border": 1},
    "cell": {"text_wrap": True, "valign": "top"},
    "link": {"text_wrap": True, "valign": "top", "font_color": "#0563C1", "underline": 1},
}  # fmt: skip

DOI_RE = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
PMID_RE = re.compile(r"[1-9]\d{0,9}")

PROVENANCE_HEADER = (
    "study_id",
    "field",
    "value",
    "quote",
    "location",
    "start",
    "end",
    "method",
    "confidence",
)


def cell_text(value: object) -> object:
    """A value as a cell holds it: text within Excel's limit, numbers as numbers."""
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[: MAX_CELL_CHARS - len(TRUNCATION_MARKER)] + TRUNCATION_MARKER
    return value


def doi_url(doi: object) -> str | None:
    """https://doi.org/ link for a well-formed DOI only; anything else gets no link."""
    if isinstance(doi, str) and DOI_RE.fullmatch(doi):
        return "https://doi.org/" + quote(doi, safe="/:;()._-")
    return None


def pmid_url(pmid: object) -> str | None:
    if isinstance(pmid, str) and PMID_RE.fullmatch(pmid):
        return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
    return None


LINKS = {"doi": doi_url, "pmid": pmid_url}


def write_xlsx(
    path: str | Path,
    rows: Sequence[EvidenceRow],
    *,
    schema: TableSchema | None = None,
    created: datetime | None = None,
    protected: tuple[Path, ...] = (),
) -> Path:
    """Write the evidence workbook atomically; ``created`` fixes the timestamp for reproducibility."""
    import xlsxwriter

    schema = schema or load_schema()
    path = Path(path)
    with atomic_path(path, protected=protected) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        wb.set_properties(
            {"title": "Evidence table", "creator": "evtable", "created": created or datetime(2000, 1, 1)}
        )
        fmt = {name: wb.add_format(spec) for name, spec in STYLE.items()}
        _write_table(wb, fmt, rows, schema)
        _write_provenance(wb, fmt, rows)
        _write_dictionary(wb, fmt, schema)
        _write_lists(wb)
        wb.close()
    return path


def _write_lists(wb: Any) -> None:
    """A hidden sheet holding the design labels: the drop-down's source (too long for an inline list)."""
    sheet = wb.add_worksheet(SHEET_LISTS)
    for i, design in enumerate(DESIGNS):
        sheet.write_string(i, 0, design)
    sheet.hide()


def _write_table(wb: Any, fmt: dict[str, Any], rows: Sequence[EvidenceRow], schema: TableSchema) -> None:
    sheet = wb.add_worksheet(SHEET_TABLE)
    sheet.activate()
    sheet.set_first_sheet()
    for col, column in enumerate(schema.columns):
        sheet.set_column(col, col, column.width)
        sheet.write_string(0, col, column.title, fmt["header"])
    for r, row in enumerate(rows, start=1):
        for col, column in enumerate(schema.columns):
            _write_cell(sheet, r, col, row.values.get(column.name), fmt, link=LINKS.get(column.name))
    last = max(len(rows), 1)
    ncols = len(schema.columns)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, last, ncols - 1)
    design_col = schema.names.index("design")
    sheet.data_validation(1, design_col, max(last, 1000), design_col, {
        "validate": "list", "source": f"='{SHEET_LISTS}'!$A$1:$A${len(DESIGNS)}",
        "error_title": "Design", "error_message": "Choose one of the allowed designs (see the Data dictionary).",
    })  # fmt: skip


def _write_cell(sheet: Any, r: int, c: int, value: object, fmt: dict[str, Any], *, link: Any = None) -> None:
    if value is None or value == "":
        sheet.write_blank(r, c, None, fmt["cell"])
        return
    url = link(value) if link else None
    if url:
        sheet.write_url(r, c, url, fmt["link"], str(value))
    elif isinstance(value, int | float) and not isinstance(value, bool):
        sheet.write_number(r, c, value, fmt["cell"])
    else:
        sheet.write_string(r, c, str(cell_text(value)), fmt["cell"])


def _header(sheet: Any, fmt: dict[str, Any], titles: Iterable[str], widths: Iterable[int]) -> None:
    for col, (title, width) in enumerate(zip(titles, widths, strict=True)):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, title, fmt["header"])
    sheet.freeze_panes(1, 0)


def _write_provenance(wb: Any, fmt: dict[str, Any], rows: Sequence[EvidenceRow]) -> None:
    sheet = wb.add_worksheet(SHEET_PROVENANCE)
    _header(sheet, fmt, PROVENANCE_HEADER, (14, 16, 40, 60, 10, 7, 7, 30, 11))
    r = 0
    for row in rows:
        for p in row.provenance:
            r += 1
            values = (
                row.values["study_id"],
                p.field,
                p.value,
                p.quote,
                p.location,
                p.start,
                p.end,
                p.method,
                p.confidence,
            )
            for c, v in enumerate(values):
                _write_cell(sheet, r, c, v, fmt)
    sheet.autofilter(0, 0, max(r, 1), len(PROVENANCE_HEADER) - 1)


def _write_dictionary(wb: Any, fmt: dict[str, Any], schema: TableSchema) -> None:
    sheet = wb.add_worksheet(SHEET_DICTIONARY)
    _header(
        sheet,
        fmt,
        ("Field", "Title", "Type", "Required", "Allowed values / pattern", "Description"),
        (16, 18, 9, 9, 40, 70),
    )
    for r, c in enumerate(schema.columns, start=1):
        allowed = "; ".join(c.enum) if c.enum else (c.pattern or "")
        for col, v in enumerate(
            (c.name, c.title, c.type, "yes" if c.required else "", allowed, c.description)
        ):
            _write_cell(sheet, r, col, v, fmt)
