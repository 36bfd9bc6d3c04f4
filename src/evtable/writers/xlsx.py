"""The evidence workbook, written by xlsxwriter in constant-memory (streaming) mode.

xlsxwriter streams each row to disk as soon as the next one starts, so a
100,000-row table never sits in memory, and it writes byte-reproducible files
when the creation date is fixed. openpyxl stays for reading workbooks back and
for filling templates. Every visual convention (colours, widths, print set-up,
limits) is a table or constant at the top of this module: one formatting
definition for every sheet.

Sheets: Evidence table (a layout's columns, default the eight core ones),
Details (every schema field, schema titles), Provenance, Data dictionary,
About, and a hidden Lists sheet feeding the design drop-down. A sheet that
would pass Excel's row limit continues on "<name> (2)", "<name> (3)", ….
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

from evtable.fields import DESIGNS
from evtable.layouts import Layout, LayoutColumn, load_layout
from evtable.models import CONFIDENCE_ORDER, Confidence, EvidenceRow, Provenance
from evtable.safety import xml_safe
from evtable.schema import TableSchema, load_schema
from evtable.writers.about import BuildSummary
from evtable.writers.atomic import atomic_path

SHEET_TABLE = "Evidence table"
SHEET_DETAILS = "Details"
SHEET_PROVENANCE = "Provenance"
SHEET_DICTIONARY = "Data dictionary"
SHEET_ABOUT = "About"
SHEET_LISTS = "Lists"
#: Hidden sheets `evtable absorb` reads: the values as exported, and build facts (key, value).
SHEET_EXTRACTED = "Extracted"
SHEET_META = "evtable"
#: The Extracted sheet is written for tables up to this size (the hand-edited kind); for larger
#: ones `evtable absorb` needs the exported CSV given with --original.
MAX_EXTRACTED_ROWS = 5_000
#: Title of the per-row review status column on the Evidence table sheet.
STATUS_TITLE = "Status"

#: Excel's hard limits (Excel specifications and limits): characters per cell,
#: rows per sheet, characters per sheet name, hyperlinks per sheet.
MAX_CELL_CHARS = 32_767
EXCEL_MAX_ROWS = 1_048_576
MAX_SHEET_NAME = 31
MAX_LINKS_PER_SHEET = 65_530
#: Appended to text cut at MAX_CELL_CHARS; the CSV keeps the full text.
TRUNCATION_MARKER = " […truncated: full text in the CSV]"
#: Characters Excel forbids in sheet names.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

#: Cell comments (the supporting quote) are kept in memory until the file closes and
#: become VML shapes Excel draws one by one, and a hyperlink costs a relationship entry
#: and three times a plain cell's write time; so comments and the Study cell's link stop
#: after this many rows (a review's table is smaller; an evidence map's is not read cell
#: by cell). Provenance keeps every quote.
MAX_ANNOTATED_ROWS = 2_000
#: DOI and PMID cells link to their pages in the first this many rows of a table, then are plain
#: text. xlsxwriter holds every link of every sheet (a few hundred bytes each) until the file closes,
#: since the format puts a sheet's links after its rows; without a cap a 100,000-record
#: build's memory grew with its row count. Every review fits under it.
MAX_LINKED_ROWS = 10_000
#: Longest comment text; a quote longer than this is cut (the Provenance sheet has it whole).
MAX_COMMENT_CHARS = 1_500
#: Comment box size in pixels: wide enough to read a sentence or two without resizing.
COMMENT_BOX = {"x_scale": 3.0, "y_scale": 2.5}

#: The Provenance sheet is written only up to this many entries (about 8,000 studies at
#: evtable's ~6 per study). Past it the sheet is unreadable by eye and would cost more to
#: write than the table itself (it triples the cells); provenance.csv always has every entry.
MAX_PROVENANCE_SHEET_ROWS = 50_000

#: Row height per wrapped line (points, Calibri 11) and the tallest row we set:
#: ten lines keeps a long abstract-derived cell readable without one row filling the screen.
LINE_HEIGHT = 15.0
MAX_ROW_LINES = 10
#: The design drop-down covers at least this many rows, so rows a reviewer adds get it too.
DROPDOWN_MIN_ROWS = 1_000

#: Paper sizes xlsxwriter's set_paper() knows: 9 = A4, 1 = US Letter.
PAPER_SIZES: dict[str, int] = {"a4": 9, "letter": 1}
Paper = Literal["a4", "letter"]
#: Footer: sheet name on the left, "Page n of N" on the right.
FOOTER = "&L&A&RPage &P of &N"

HEADER_BG = "#1F4E78"
BAND_BG = "#F2F2F2"
LOW_BG, LOW_FONT = "#FFEB9C", "#9C5700"  # Excel's "Neutral" style: check this cell
MISSING_BG, MISSING_FONT = "#FFC7CE", "#9C0006"  # Excel's "Bad" style: a required cell is empty
CORRECTED_BG, CORRECTED_FONT = "#DDEBF7", "#1F3864"  # a reviewer's correction (blue: a person's value)
RECHECK_BG, RECHECK_FONT = "#F4B084", "#833C0B"  # verified once, extraction changed since: look again
VERIFIED_FONT = "#375623"  # a machine value a reviewer accepted (green text)

#: Data cells have no borders: banding and printed gridlines structure the table, and an empty
#: unbanded cell then needs no write at all (a third of a wide table's cells are empty).
_BASE = {"text_wrap": True, "valign": "top"}
STYLE: dict[str, dict[str, Any]] = {
    "header": {"bold": True, "bg_color": HEADER_BG, "font_color": "#FFFFFF", "text_wrap": True,
               "valign": "top", "border": 1},
    "cell": _BASE,
    "band": {**_BASE, "bg_color": BAND_BG},
    "link": {**_BASE, "font_color": "#0563C1", "underline": 1},
    "link_band": {**_BASE, "font_color": "#0563C1", "underline": 1, "bg_color": BAND_BG},
    "low": {**_BASE, "bg_color": LOW_BG, "font_color": LOW_FONT},
    "missing": {**_BASE, "bg_color": MISSING_BG, "font_color": MISSING_FONT},
    "corrected": {**_BASE, "bg_color": CORRECTED_BG, "font_color": CORRECTED_FONT, "italic": True},
    "recheck": {**_BASE, "bg_color": RECHECK_BG, "font_color": RECHECK_FONT, "bold": True},
    "verified": {**_BASE, "font_color": VERIFIED_FONT},
    "title": {"bold": True, "font_size": 14},
    "label": {"bold": True, "valign": "top"},
    "plain": {"text_wrap": True, "valign": "top"},
}  # fmt: skip

#: The legend printed on the About sheet: (style, what it means).
LEGEND: tuple[tuple[str, str], ...] = (
    ("low", "Low confidence: the rule that filled this cell is weak; check it against the quote."),
    ("missing", "Required but empty: the schema requires a value here."),
    ("corrected", "Corrected by a reviewer (curation file); the Provenance sheet has the machine's value."),
    ("verified", "Verified by a reviewer: the machine's value was accepted as is."),
    ("recheck", "Needs re-check: a reviewer verified another value, and the extraction has changed since."),
    ("band", "Banded rows, for reading across wide tables (no meaning)."),
    ("link", "Link to the DOI (doi.org) or PubMed record."),
)

DOI_RE = re.compile(r"10\.\d{4,9}/[^\s\"<>]+")
PMID_RE = re.compile(r"[1-9]\d{0,9}")

#: provenance.csv's header (a public contract; "method" is the rule that found the value) and the
#: Provenance sheet's widths. The sheet uses the same names, so both files read the same way.
PROVENANCE_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("study_id", "study_id", 14), ("field", "field", 16), ("value", "value", 40), ("quote", "quote", 60),
    ("location", "location", 10), ("start", "start", 7), ("end", "end", 7), ("method", "method", 30),
    ("confidence", "confidence", 11), ("reviewer", "reviewer", 12), ("original", "original", 30),
)  # fmt: skip
PROVENANCE_HEADER = tuple(name for name, _, _ in PROVENANCE_COLUMNS)

DICTIONARY_COLUMNS: tuple[tuple[str, int], ...] = (
    ("Field", 16), ("Title", 18), ("Type", 9), ("Required", 9), ("Allowed values / pattern", 40),
    ("Description", 70), ("Evidence table column", 24),
)  # fmt: skip


def utf16_len(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units: characters outside the BMP count twice)."""
    return len(text.encode("utf-16-le")) // 2


#: zlib level for the workbook's parts. xlsxwriter leaves zipfile's default (6), where deflating
#: the sheets' XML is a large share of writing a big table; level 1 writes a 100,000-row table
#: ~10% faster for a ~20% larger file (docs/performance.md), still a fraction of the CSV's size.
ZIP_LEVEL = 1


def _workbook_class(xlsxwriter: Any) -> type:
    """xlsxwriter's Workbook, saving its zip at `ZIP_LEVEL`.

    xlsxwriter has no option for the level: it opens ``zipfile.ZipFile`` (its module's
    ``ZipFile`` name) when the workbook closes. The subclass points that name at a ZipFile
    with ``compresslevel`` for the duration of the save only. Should a later xlsxwriter
    stop using that name, the override is skipped and the workbook is saved as before.
    """
    import functools
    import zipfile

    module = xlsxwriter.workbook

    class Workbook(xlsxwriter.Workbook):
        def _store_workbook(self) -> None:
            if getattr(module, "ZipFile", None) is not zipfile.ZipFile:
                return super()._store_workbook()
            module.ZipFile = functools.partial(zipfile.ZipFile, compresslevel=ZIP_LEVEL)
            try:
                return super()._store_workbook()
            finally:
                module.ZipFile = zipfile.ZipFile

    return Workbook


def cell_text(value: object) -> object:
    """A value as a cell holds it: XML-safe text within Excel's limit, numbers as numbers."""
    if not isinstance(value, str):
        return value
    text = xml_safe(value)
    if len(text) <= MAX_CELL_CHARS // 2 or utf16_len(text) <= MAX_CELL_CHARS:  # short: no need to count
        return text
    keep = MAX_CELL_CHARS - len(TRUNCATION_MARKER)
    cut = text[:keep]
    while (excess := utf16_len(cut) - keep) > 0:  # astral characters count twice: trim until it fits
        cut = cut[: len(cut) - max(1, (excess + 1) // 2)]
    return cut + TRUNCATION_MARKER


#: Excel refuses longer hyperlinks (xlsxwriter then drops the whole cell); such a DOI is written as text.
MAX_URL_CHARS = 2079


def doi_url(doi: object) -> str | None:
    """https://doi.org/ link for a well-formed DOI only; anything else gets no link."""
    if isinstance(doi, str) and DOI_RE.fullmatch(doi):
        url = "https://doi.org/" + quote(doi, safe="/:;()._-")
        return url if len(url) <= MAX_URL_CHARS else None
    return None


def pmid_url(pmid: object) -> str | None:
    """PubMed link for a well-formed PMID only."""
    if isinstance(pmid, str) and PMID_RE.fullmatch(pmid):
        return f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"
    return None


#: Fields whose values become links, and how. Links are built here from validated
#: identifiers, never taken from input, so no javascript:/file: URL can get in.
LINKS: dict[str, Callable[[object], str | None]] = {"doi": doi_url, "pmid": pmid_url}


def safe_sheet_name(name: str, taken: Sequence[str] = (), *, suffix: str = "") -> str:
    """A sheet name Excel accepts: no []:*?/\\, no edge apostrophes, ≤31 chars, unique.

    ``suffix`` (e.g. " (2)") is kept whole; the base is shortened to make room.
    """
    base = _SHEET_FORBIDDEN.sub("_", xml_safe(name)).strip().strip("'") or "Sheet"
    lowered = {t.lower() for t in taken}
    n = 1
    while True:
        tail = suffix if n == 1 else f"{suffix} ({n})"
        candidate = base[: MAX_SHEET_NAME - len(tail)].rstrip().rstrip("'") + tail
        if candidate.lower() not in lowered:
            return candidate
        n += 1


@dataclass(frozen=True, slots=True)
class _Col:
    """A column as a sheet writes it: title, width, and how to get and present the value."""

    title: str
    width: int
    fields: tuple[str, ...]
    get: Callable[[EvidenceRow], object]
    link: tuple[str, ...] = ()
    required: bool = False
    dropdown: bool = False


#: Rows whose heights xlsxwriter keeps until the workbook closes: it places the comments
#: (all on the first MAX_ANNOTATED_ROWS rows, each box a few rows tall) by them then.
KEEP_ROW_SIZES = MAX_ANNOTATED_ROWS + 100


def _forget_row(sheet: Any, r: int) -> None:
    """Drop xlsxwriter's record of a row's height once the row is written.

    In constant_memory mode a row is written to the file as soon as the next one
    starts, but ``set_row`` also stores its height in two dicts for the whole life of
    the workbook: about 5 MB for every 10,000 rows of the Evidence and Details sheets.
    Past the rows that comments are placed over, nothing reads them again. Should a
    later xlsxwriter keep them elsewhere, nothing is dropped and the file is the same.
    """
    for kept in (getattr(sheet, "row_info", None), getattr(sheet, "row_sizes", None)):
        if isinstance(kept, dict):
            kept.pop(r, None)


class _SplitSheet:
    """A logical sheet spread over as many worksheets as Excel's row limit needs.

    All worksheets are created up front (the row count is known), so they sit
    next to each other in the tab order; each has the header, widths, frozen
    panes, autofilter, print set-up and drop-down of the first.
    """

    def __init__(
        self, wb: Any, fmt: dict[str, Any], name: str, cols: Sequence[_Col], total: int, *,
        taken: list[str], max_rows: int, paper: Paper, freeze_cols: int,
    ) -> None:  # fmt: skip
        self.fmt = fmt
        self.cols = cols
        self.per_sheet = max(max_rows - 1, 1)
        count = max(1, math.ceil(total / self.per_sheet))
        self.sheets = []
        for i in range(count):
            title = safe_sheet_name(name, taken, suffix="" if i == 0 else f" ({i + 1})")
            taken.append(title)
            sheet = wb.add_worksheet(title)
            _header_row(sheet, fmt, [c.title for c in cols], [c.width for c in cols])
            sheet.freeze_panes(1, freeze_cols)
            _print_setup(sheet, paper)
            self.sheets.append(sheet)
        self.rows = [0] * count
        self.links = [0] * count
        self.max_rows = max_rows

    def place(self, index: int) -> tuple[int, Any, int]:
        """(worksheet number, worksheet, 0-based row) for the index-th data row."""
        n = index // self.per_sheet
        r = index % self.per_sheet + 1
        self.rows[n] = r
        sheet = self.sheets[n]
        if r - 2 >= KEEP_ROW_SIZES:
            _forget_row(sheet, r - 2)
        return n, sheet, r

    def finish(self) -> None:
        """Autofilter and design drop-down over the rows each worksheet received."""
        for n, sheet in enumerate(self.sheets):
            last = max(self.rows[n], 1)
            sheet.autofilter(0, 0, last, len(self.cols) - 1)
            for c, col in enumerate(self.cols):
                if col.dropdown:
                    end = min(max(last, DROPDOWN_MIN_ROWS), self.max_rows - 1)
                    sheet.data_validation(1, c, end, c, {
                        "validate": "list", "source": f"='{SHEET_LISTS}'!$A$1:$A${len(DESIGNS)}",
                        "error_title": "Design",
                        "error_message": "Choose one of the allowed designs (see the Data dictionary).",
                    })  # fmt: skip


def write_xlsx(
    path: str | Path,
    rows: Sequence[EvidenceRow],
    *,
    schema: TableSchema | None = None,
    layout: Layout | str = "default",
    created: datetime | None = None,
    summary: BuildSummary | None = None,
    paper: Paper = "a4",
    table_sheet: str = SHEET_TABLE,
    max_rows: int = EXCEL_MAX_ROWS,
    protected: tuple[Path, ...] = (),
) -> Path:
    """Write the evidence workbook atomically.

    Args:
        path: the .xlsx to write (replaced only once the new file is complete).
        rows: the evidence rows, with their provenance.
        layout: a `Layout` or the name of a shipped one; arranges the Evidence table sheet.
        created: the timestamp stored in the file; fix it for byte-reproducible output.
        summary: build facts for the About sheet (inputs with SHA-256, counts, validation).
        paper: "a4" (default) or "letter" for the print set-up.
        table_sheet: name of the first sheet (made safe: ≤31 chars, no forbidden characters).
        max_rows: rows per worksheet including the header (Excel's limit; lower only in tests).
        protected: inputs and templates that must never be overwritten.
    """
    import xlsxwriter

    schema = schema or load_schema()
    lay = load_layout(layout, schema=schema) if isinstance(layout, str) else layout
    created = created or datetime(2000, 1, 1)
    path = Path(path)
    with atomic_path(path, protected=protected) as tmp:
        wb = _workbook_class(xlsxwriter)(
            str(tmp),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        wb.set_properties({"title": lay.title, "creator": "evtable", "created": created})
        fmt = {name: wb.add_format(spec) for name, spec in STYLE.items()}
        taken: list[str] = []
        n_prov = sum(len(r.provenance) for r in rows)

        def split(name: str, cols: Sequence[_Col], total: int) -> _SplitSheet:
            return _SplitSheet(
                wb, fmt, name, cols, total, taken=taken, max_rows=max_rows, paper=paper, freeze_cols=1
            )

        table = split(table_sheet, [*_layout_cols(lay, schema), _status_col()], len(rows))
        details = split(SHEET_DETAILS, _schema_cols(schema), len(rows))
        full_provenance = n_prov <= MAX_PROVENANCE_SHEET_ROWS
        prov = split(SHEET_PROVENANCE, _provenance_cols(), n_prov if full_provenance else 1)
        table.sheets[0].activate()
        table.sheets[0].set_first_sheet()
        p = 0
        for i, row in enumerate(rows):
            conf = _confidences(row.provenance)
            _write_row(table, i, row, conf, annotate=i < MAX_ANNOTATED_ROWS)
            _write_row(details, i, row, conf, annotate=False)
            if full_provenance:
                for entry in row.provenance:
                    _write_provenance_row(prov, p, row, entry)
                    p += 1
        if not full_provenance:
            prov.sheets[0].write_string(1, 0, f"{n_prov:,} provenance entries: more than this sheet shows "
                                        f"({MAX_PROVENANCE_SHEET_ROWS:,}); every one is in provenance.csv.")  # fmt: skip
            prov.rows[0] = 1
        for part in (table, details, prov):
            part.finish()
        dictionary = safe_sheet_name(SHEET_DICTIONARY, taken)
        taken.append(dictionary)
        _write_dictionary(wb, fmt, schema, lay, paper, dictionary)
        _write_about(wb, fmt, lay, summary, created, len(rows), paper, table_sheet=table.sheets[0].name)
        _write_lists(wb)
        if len(rows) <= MAX_EXTRACTED_ROWS:
            extracted = _ExtractedSheet(wb, schema)
            for row in rows:
                extracted.write(row)
        _write_meta(wb, summary)
        wb.close()
    return path


def _layout_cols(layout: Layout, schema: TableSchema) -> list[_Col]:
    required = {c.name for c in schema.columns if c.required}
    cols = []
    for col in layout.columns:
        cols.append(
            _Col(
                title=col.title,
                width=col.width,
                fields=col.fields,
                get=_renderer(col, layout.separator),
                link=col.link or ((col.single_field,) if col.single_field in LINKS else ()),
                required=any(f in required for f in col.fields),
                dropdown=col.single_field == "design",
            )
        )
    return cols


def _renderer(col: LayoutColumn, separator: str) -> Callable[[EvidenceRow], object]:
    def get(row: EvidenceRow) -> object:
        return col.render(row.values, separator)

    return get


def _schema_cols(schema: TableSchema) -> list[_Col]:
    return [
        _Col(
            title=c.title,
            width=c.width,
            fields=(c.name,),
            get=_field_getter(c.name),
            link=(c.name,) if c.name in LINKS else (),
            required=c.required,
            dropdown=c.name == "design",
        )
        for c in schema.columns
    ]


def _field_getter(name: str) -> Callable[[EvidenceRow], object]:
    def get(row: EvidenceRow) -> object:
        return row.values.get(name)

    return get


def _provenance_cols() -> list[_Col]:
    return [_Col(title, width, (), _field_getter(name)) for name, title, width in PROVENANCE_COLUMNS]


def _confidences(provenance: Sequence[Provenance]) -> dict[str, Confidence]:
    """The lowest confidence per field (as `EvidenceRow.confidence`), computed once per row."""
    out: dict[str, Confidence] = {}
    for p in provenance:
        old = out.get(p.field)
        if old is None or CONFIDENCE_ORDER.index(p.confidence) < CONFIDENCE_ORDER.index(old):
            out[p.field] = p.confidence
    return out


def _write_row(
    part: _SplitSheet, index: int, row: EvidenceRow, conf: Mapping[str, Confidence], *, annotate: bool
) -> None:
    """One row: highlight, band, link and (when ``annotate``) comment each cell."""
    n, sheet, r = part.place(index)
    linked = index < MAX_LINKED_ROWS
    band = r % 2 == 0
    lows = {f for f, level in conf.items() if level == "low"}
    values = [cell_text(col.get(row)) for col in part.cols]
    sheet.set_row(r, _row_height(values, part.cols))
    for c, (col, value) in enumerate(zip(part.cols, values, strict=True)):
        review = _review_style(row, col)
        if value is None or value == "":
            if review:
                sheet.write_blank(r, c, None, part.fmt[review])
            elif col.required:
                sheet.write_blank(r, c, None, part.fmt["missing"])
            elif band:
                sheet.write_blank(r, c, None, part.fmt["band"])
            continue
        low = bool(lows) and not lows.isdisjoint(col.fields)
        style = review or ("low" if low else ("band" if band else "cell"))
        own_link = col.link == col.fields  # a DOI/PMID column links itself; others only when annotated
        may_link = (own_link or annotate) and linked and part.links[n] < MAX_LINKS_PER_SHEET
        url = _link(col, row) if may_link else None
        if url:
            part.links[n] += 1
            sheet.write_url(
                r, c, url, part.fmt["low" if low else ("link_band" if band else "link")], str(value)
            )
        elif isinstance(value, int | float) and not isinstance(value, bool):
            sheet.write_number(r, c, value, part.fmt[style])
        else:
            sheet.write_string(r, c, str(value), part.fmt[style])
        if annotate and col.fields:
            note = _comment(row.provenance, col.fields)
            if note:
                sheet.write_comment(r, c, note, COMMENT_BOX)


#: Cell style per review status, strongest first (a cell joining several fields shows the strongest).
REVIEW_STYLES: tuple[tuple[str, str], ...] = (
    ("needs re-check", "recheck"), ("corrected", "corrected"), ("verified", "verified"),
)  # fmt: skip


def _review_style(row: EvidenceRow, col: _Col) -> str | None:
    """The style showing a reviewer's decision on this cell (the Status column shows the row's)."""
    if not row.status:
        return None
    states = {row.status[f] for f in col.fields if f in row.status} if col.fields else {row.row_status}
    return next((style for state, style in REVIEW_STYLES if state in states), None)


def _status_col() -> _Col:
    """The per-row review status: extracted, verified, corrected or needs re-check."""
    return _Col(STATUS_TITLE, 14, (), _row_status)


def _row_status(row: EvidenceRow) -> object:
    return row.row_status


class _ExtractedSheet:
    """Hidden copy of every field as exported, so `evtable absorb` can tell a reviewer's edits apart."""

    def __init__(self, wb: Any, schema: TableSchema) -> None:
        self.sheet = wb.add_worksheet(SHEET_EXTRACTED)
        self.sheet.hide()
        self.names = schema.names
        for c, title in enumerate(schema.titles):
            self.sheet.write_string(0, c, title)
        self.r = 0

    def write(self, row: EvidenceRow) -> None:
        self.r += 1
        for c, name in enumerate(self.names):
            value = cell_text(row.values.get(name))
            if isinstance(value, int | float) and not isinstance(value, bool):
                self.sheet.write_number(self.r, c, value)
            elif value is not None and value != "":
                self.sheet.write_string(self.r, c, str(value))


def _write_meta(wb: Any, summary: BuildSummary | None) -> None:
    """Hidden build facts as (key, value) rows: the inputs, for `evtable absorb`'s default curation path."""
    sheet = wb.add_worksheet(SHEET_META)
    sheet.hide()
    rows = [("version", summary.version if summary else "")]
    if summary:
        rows += [("input", xml_safe(f.path)) for f in summary.inputs]
    for r, (key, value) in enumerate(rows):
        sheet.write_string(r, 0, key)
        sheet.write_string(r, 1, value)


def _link(col: _Col, row: EvidenceRow) -> str | None:
    for field in col.link:
        url = LINKS[field](row.values.get(field))
        if url:
            return url
    return None


def _comment(provenance: Sequence[Provenance], fields: Sequence[str]) -> str:
    """The supporting quotes of a cell's fields: what a reviewer checks the value against."""
    lines = []
    for p in provenance:
        if p.field in fields and p.quote:
            where = p.location if p.start is None else f"{p.location} {p.start}-{p.end}"
            prefix = f"{p.field}: " if len(fields) > 1 else ""
            lines.append(f'{prefix}"{p.quote}" ({where}; {p.method}; {p.confidence} confidence)')
    text = xml_safe("\n".join(lines))
    if len(text) > MAX_COMMENT_CHARS:
        text = text[: MAX_COMMENT_CHARS - 1] + "…"
    return text


def _row_height(values: Sequence[object], cols: Sequence[_Col]) -> float:
    """Points for a row: enough wrapped lines for its fullest cell, at most MAX_ROW_LINES.

    Lines are estimated (characters / column width, plus one per line break): a
    cheap guess, since Excel does not re-fit the rows of a file it did not write.
    """
    lines = 1
    for value, col in zip(values, cols, strict=True):
        if isinstance(value, str):
            n = len(value) // max(col.width - 1, 1) + value.count("\n") + 1
            if n > lines:
                lines = n
                if lines >= MAX_ROW_LINES:
                    return LINE_HEIGHT * MAX_ROW_LINES
    return LINE_HEIGHT * lines


def _write_provenance_row(part: _SplitSheet, index: int, row: EvidenceRow, p: Provenance) -> None:
    _, sheet, r = part.place(index)
    style = part.fmt["band" if r % 2 == 0 else "cell"]
    values = (row.values.get("study_id"), p.field, p.value, p.quote, p.location, p.start, p.end, p.method,
              p.confidence, p.reviewer, p.original)  # fmt: skip
    for c, v in enumerate(values):
        value = cell_text(v)
        if value is None or value == "":
            sheet.write_blank(r, c, None, style)
        elif isinstance(value, int):
            sheet.write_number(r, c, value, style)
        else:
            sheet.write_string(r, c, str(value), part.fmt["low"] if c == 8 and value == "low" else style)


def _header_row(sheet: Any, fmt: dict[str, Any], titles: Sequence[str], widths: Sequence[int]) -> None:
    lines = 1
    for col, (title, width) in enumerate(zip(titles, widths, strict=True)):
        sheet.set_column(col, col, width)
        lines = max(lines, math.ceil(len(title) / max(width - 1, 1)))
    sheet.set_row(0, LINE_HEIGHT * min(lines, 3))
    for col, title in enumerate(titles):
        sheet.write_string(0, col, xml_safe(title), fmt["header"])


def _print_setup(sheet: Any, paper: Paper) -> None:
    """Landscape, one page wide, header row on every page, sheet name and page numbers in the footer."""
    sheet.set_landscape()
    sheet.set_paper(PAPER_SIZES[paper])
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    sheet.set_footer(FOOTER)
    sheet.set_margins(left=0.4, right=0.4, top=0.5, bottom=0.6)
    sheet.hide_gridlines(0)  # shown on screen (the default) and printed


def _write_dictionary(
    wb: Any, fmt: dict[str, Any], schema: TableSchema, layout: Layout, paper: Paper, name: str
) -> None:
    sheet = wb.add_worksheet(name)
    _header_row(sheet, fmt, [t for t, _ in DICTIONARY_COLUMNS], [w for _, w in DICTIONARY_COLUMNS])
    sheet.freeze_panes(1, 1)
    _print_setup(sheet, paper)
    shown: dict[str, list[str]] = {}
    for lc in layout.columns:
        for field in lc.fields:
            shown.setdefault(field, []).append(lc.title)
    for r, c in enumerate(schema.columns, start=1):
        allowed = "; ".join(c.enum) if c.enum else (c.pattern or "")
        values = (c.name, c.title, c.type, "yes" if c.required else "", allowed, c.description,
                  "; ".join(shown.get(c.name, [])))  # fmt: skip
        for i, v in enumerate(values):
            if v:
                sheet.write_string(r, i, xml_safe(v), fmt["cell"])
            else:
                sheet.write_blank(r, i, None, fmt["cell"])
    sheet.autofilter(0, 0, len(schema.columns), len(DICTIONARY_COLUMNS) - 1)


def _write_about(
    wb: Any, fmt: dict[str, Any], layout: Layout, summary: BuildSummary | None, created: datetime,
    n_rows: int, paper: Paper, *, table_sheet: str,
) -> None:  # fmt: skip
    """Who made this file, from what, and whether it was valid: provenance for the whole table."""
    from evtable import __version__

    sheet = wb.add_worksheet(SHEET_ABOUT)
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 1, 70)
    sheet.set_column(2, 4, 16)
    _print_setup(sheet, paper)
    r = 0

    def line(label: str, value: object = None, style: str = "plain") -> None:
        nonlocal r
        sheet.write_string(r, 0, xml_safe(label), fmt["label"] if value is not None else fmt[style])
        if isinstance(value, int):
            sheet.write_number(r, 1, value, fmt["plain"])
        elif value is not None:
            sheet.write_string(r, 1, str(cell_text(str(value))), fmt["plain"])
        r += 1

    sheet.write_string(r, 0, "About this evidence table", fmt["title"])
    r += 2
    line("evtable version", summary.version if summary else __version__)
    line("Build time (UTC)", (summary.built if summary else created).strftime("%Y-%m-%d %H:%M:%S"))
    line("Layout", f"{layout.name}: {layout.title}")
    line("Paper", f"{paper.upper()} landscape, one page wide (write_xlsx(..., paper=\"letter\") or "
                  f"`evtable build --paper letter` for US Letter)")  # fmt: skip
    if summary:
        line("Input files", len(summary.inputs))
        line("Records read", summary.records)
        line("Duplicate records merged", summary.duplicates_merged)
        line("Rows", summary.rows)
        line("Files that failed", summary.failed_files)
        verdict = (
            "valid" if summary.validation_ok else f"invalid: {summary.validation_failure_count} failures"
        )
        line("Validation against the schema", verdict)
    else:
        line("Rows", n_rows)
    r += 1
    sheet.write_string(r, 0, "Legend", fmt["label"])
    r += 1
    for style, meaning in LEGEND:
        sheet.write_string(r, 0, "Example", fmt[style])
        sheet.write_string(r, 1, meaning, fmt["plain"])
        r += 1
    line(f"Comments on the {table_sheet} sheet hold the supporting quote (first {MAX_ANNOTATED_ROWS:,} rows;"
         " the Provenance sheet has every quote).")  # fmt: skip
    line(f"DOI and PMID cells link to their pages in the first {MAX_LINKED_ROWS:,} rows.")
    line(f"Text longer than {MAX_CELL_CHARS:,} characters ends with '{TRUNCATION_MARKER.strip()}'.")
    if not summary:
        return
    r += 1
    for c, title in enumerate(("Input file", "SHA-256", "Format", "Records", "Errors")):
        sheet.write_string(r, c, title, fmt["header"])
    r += 1
    for f in summary.inputs:
        sheet.write_string(r, 0, xml_safe(f.path), fmt["cell"])
        sheet.write_string(r, 1, f.sha256 or "", fmt["cell"])
        sheet.write_string(r, 2, f.format or "", fmt["cell"])
        if f.records is None:
            sheet.write_blank(r, 3, None, fmt["cell"])
        else:
            sheet.write_number(r, 3, f.records, fmt["cell"])
        sheet.write_string(r, 4, str(cell_text("; ".join(f.errors))), fmt["cell"])
        r += 1
    for heading, items in (
        ("Duplicates merged", summary.merges),
        ("Validation failures", summary.validation_failures),
    ):
        if items:
            r += 1
            sheet.write_string(r, 0, heading, fmt["label"])
            r += 1
            for item in items:
                sheet.write_string(r, 0, str(cell_text(item)), fmt["plain"])
                r += 1
    if summary.validation_failure_count > len(summary.validation_failures):
        line(
            f"… and {summary.validation_failure_count - len(summary.validation_failures)} more (run evtable validate)"
        )


def _write_lists(wb: Any) -> None:
    """A hidden sheet holding the design labels: the drop-down's source (too long for an inline list)."""
    sheet = wb.add_worksheet(SHEET_LISTS)
    for i, design in enumerate(DESIGNS):
        sheet.write_string(i, 0, design)
    sheet.hide()
