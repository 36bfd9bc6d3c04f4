"""Fill a review team's own Excel template with evidence rows, keeping everything else as it was.

Teams have data-collection workbooks they trust (a Cochrane-style form, a
NICE evidence table with two-row headers, a plain sheet). Rather than asking
them to copy cells across, `fill_template` finds the template's header row,
matches its headers to evtable's fields (case- and punctuation-insensitive,
with synonyms reviewers use; a YAML map overrides), writes one study per row
below the header into a copy, and reports what it mapped and what it left
alone. Styles, column widths, merged cells, data validations and formulas in
columns evtable does not fill are preserved; the template file is only read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evtable.errors import EvtableError, ReaderError
from evtable.layouts import LayoutColumn, Part
from evtable.safety import xml_safe
from evtable.schema import TableSchema, load_schema
from evtable.workbook_guard import check_workbook
from evtable.writers.atomic import atomic_path
from evtable.writers.xlsx import cell_text

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

#: Rows searched for the header: templates put a title, instructions and a
#: review name above the table, but never pages of them.
MAX_HEADER_SCAN_ROWS = 30
#: A row is a header only if at least this many of its cells name a field;
#: one match could be a title cell that happens to say "Outcomes".
MIN_MATCHED_HEADERS = 2
#: Joins labelled parts of a composite column ("Design: …; Setting: …").
FILL_SEPARATOR = "; "

#: Header synonyms reviewers use, per field (compared after `normalise_header`).
#: Schema names and titles match too; this table adds the house-style words.
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "study_id": ("study", "study id", "studyid", "author year", "author and year", "first author year",
                 "first author and year", "authors year", "study reference", "study identifier", "trial"),
    "source": ("reference", "bibliographic reference", "full reference", "citation", "citation details",
               "bibliographic details", "bibliographic citation"),
    "design": ("study design", "study type", "type of study", "design of study"),
    "population": ("participants", "patients", "patient characteristics", "participant characteristics",
                   "population characteristics", "population and setting", "inclusion criteria"),
    "intervention": ("interventions", "intervention", "intervention group", "experimental intervention",
                     "treatment", "exposure", "description of interventions"),
    "comparator": ("comparator", "comparators", "control", "control group", "comparison group",
                   "control intervention"),
    "comparison": ("comparison", "intervention vs comparator", "intervention versus comparator"),
    "outcome": ("outcomes", "outcome measures", "outcomes measured", "end points", "endpoints",
                "outcome measure", "primary outcome", "outcomes assessed"),
    "adverse_events": ("harms", "adverse effects", "side effects", "safety", "toxicity", "adverse event",
                       "safety outcomes", "harms adverse events"),
    "conclusion": ("conclusions", "authors conclusions", "author conclusions", "authors conclusion",
                   "conclusion of authors", "authors' conclusions"),
    "participants_n": ("n", "sample size", "number of participants", "number of patients", "no of participants",
                       "no of patients", "total n", "number randomised", "number randomized", "participants n",
                       "n randomised", "n randomized", "total participants"),
    "design_details": ("design details", "methods details"),
    "setting": ("setting", "country", "countries", "setting country", "setting and country", "setting context",
                "location"),
    "results": ("results", "main results", "key findings", "findings", "effect size", "effect sizes",
                "effect estimates", "key results"),
    "title": ("title", "article title", "paper title"),
    "authors": ("authors", "author", "author s"),
    "journal": ("journal", "journal name", "source title"),
    "year": ("year", "publication year", "year of publication", "pub year"),
    "doi": ("doi", "digital object identifier"),
    "pmid": ("pmid", "pubmed id", "pubmed"),
    "source_file": ("source file", "file"),
}  # fmt: skip

#: Headers that take several fields joined with labels (Cochrane's "Methods" column).
COMPOSITE_HEADERS: dict[str, tuple[Part, ...]] = {
    "methods": (Part("design", "Design"), Part("design_details", "Details"), Part("setting", "Setting")),
    "study characteristics": (Part("design", "Design"), Part("participants_n", "N"), Part("setting", "Setting")),
    "interventions and comparators": (Part("intervention", "Intervention"), Part("comparator", "Comparator")),
}  # fmt: skip


class TemplateError(EvtableError, ValueError):
    """A template (or its map) cannot be used: no header row found, unknown sheet, bad map."""


def normalise_header(text: object) -> str:
    """Case, accents, apostrophes, punctuation and spacing folded away; "(s)" plurals joined."""
    if text is None:
        return ""
    s = unicodedata.normalize("NFKD", str(text))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    s = s.replace("(s)", "s").replace("&", " and ")
    s = re.sub(r"['’`]", "", s)
    return " ".join(re.sub(r"[^0-9a-z]+", " ", s).split())


def _without_brackets(text: str) -> str:
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)


def match_table(schema: TableSchema | None = None) -> dict[str, LayoutColumn]:
    """Normalised header -> what fills it, from the schema's names and titles and the synonyms."""
    schema = schema or load_schema()
    table: dict[str, LayoutColumn] = {}
    for key, parts in COMPOSITE_HEADERS.items():
        table[normalise_header(key)] = LayoutColumn(key, parts, 0)
    for name, words in HEADER_SYNONYMS.items():
        for word in words:
            table.setdefault(normalise_header(word), LayoutColumn(word, (Part(name),), 0))
    for c in schema.columns:
        for word in (c.name, c.title):
            table[normalise_header(word)] = LayoutColumn(c.title, (Part(c.name),), 0)
    return table


@dataclass(frozen=True, slots=True)
class FillMap:
    """A team's explicit mapping (from YAML): sheet, header row, and header -> fields."""

    sheet: str | None = None
    header_row: int | None = None
    columns: Mapping[str, tuple[Part, ...] | None] = field(default_factory=dict)
    auto: bool = True


def load_fill_map(path: str | Path, *, schema: TableSchema | None = None) -> FillMap:
    """Read a YAML map. Keys: sheet, header_row, auto (default true), columns.

    ``columns`` maps a template header (as written, or a column letter) to a field
    name, a list of fields ({field, label} entries join with labels), or null to
    leave that column alone.
    """
    import yaml

    schema = schema or load_schema()
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ReaderError(str(path), f"cannot read map ({exc.__class__.__name__}: {exc})") from None
    if not isinstance(raw, Mapping):
        raise ReaderError(str(path), "a map must be a YAML mapping with a 'columns' key")
    names = set(schema.names)
    columns: dict[str, tuple[Part, ...] | None] = {}
    for header, target in (raw.get("columns") or {}).items():
        if target is None:
            columns[str(header)] = None
            continue
        items = target if isinstance(target, list) else [target]
        parts = []
        for item in items:
            if isinstance(item, str):
                part = Part(item)
            elif isinstance(item, Mapping) and isinstance(item.get("field"), str):
                part = Part(item["field"], item.get("label"))
            else:
                raise ReaderError(
                    str(path), f"column {header!r}: {item!r} is not a field name or {{field, label}}"
                )
            if part.field not in names:
                raise ReaderError(str(path), f"column {header!r}: unknown field {part.field!r}")
            parts.append(part)
        columns[str(header)] = tuple(parts)
    header_row = raw.get("header_row")
    if header_row is not None and (not isinstance(header_row, int) or header_row < 1):
        raise ReaderError(str(path), "header_row must be a positive row number")
    sheet = raw.get("sheet")
    return FillMap(str(sheet) if sheet else None, header_row, columns, bool(raw.get("auto", True)))


@dataclass(frozen=True, slots=True)
class MappedColumn:
    """A template column evtable fills: letter, header as written, and the fields it shows."""

    column: str
    header: str
    fields: tuple[str, ...]


@dataclass
class TemplateHeader:
    """Where a template's table is and which of its columns evtable fills."""

    sheet: str
    header_row: int
    first_data_row: int
    targets: dict[int, LayoutColumn]
    headers: dict[int, str]

    @property
    def unmapped(self) -> list[int]:
        return [c for c in sorted(self.headers) if c not in self.targets]


@dataclass
class FillReport:
    """What `fill_template` did: the header it found, mapped/unmapped columns, unused fields."""

    template: str
    output: str
    sheet: str
    header_row: int
    first_data_row: int
    rows_written: int
    mapped: list[MappedColumn]
    unmapped: list[tuple[str, str]]
    unused_fields: list[str]
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def open_template(path: str | Path, *, data_only: bool = False) -> Workbook:
    """Open a workbook with openpyxl after `check_workbook` vetted it (zip bombs, macros, encryption)."""
    from openpyxl import load_workbook

    check_workbook(path)
    try:
        return load_workbook(path, data_only=data_only)
    except Exception as exc:  # openpyxl raises many types for broken workbooks
        raise ReaderError(str(path), f"not a readable xlsx workbook ({type(exc).__name__}: {exc})") from None


def find_header(
    wb: Workbook,
    *,
    sheet: str | None = None,
    fill_map: FillMap | None = None,
    schema: TableSchema | None = None,
) -> TemplateHeader:
    """Find the header row (the row whose cells name the most fields) and map its columns.

    With two-row headers (a merged group cell above sub-headers), a sub-header is
    matched alone first, then as "group sub-header"; a header merged down over
    both rows counts for the lower one. Data starts below the lowest merged header cell.
    """
    fill_map = fill_map or FillMap()
    sheet = sheet or fill_map.sheet
    if sheet is not None and sheet not in wb.sheetnames:
        raise TemplateError(f"no sheet {sheet!r} in the template; sheets: {', '.join(wb.sheetnames)}")
    table = match_table(schema) if fill_map.auto else {}
    candidates = [wb[sheet]] if sheet else [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
    best: tuple[int, TemplateHeader] | None = None
    for ws in candidates:
        rows = (
            [fill_map.header_row]
            if fill_map.header_row
            else range(1, min(ws.max_row, MAX_HEADER_SCAN_ROWS) + 1)
        )
        for r in rows:
            header = _header_at(ws, r, table, fill_map)
            score = len({p.field for t in header.targets.values() for p in t.parts})
            if best is None or score > best[0]:
                best = (score, header)
    if best is None or (best[0] < MIN_MATCHED_HEADERS and not fill_map.header_row):
        where = f"sheet {sheet!r}" if sheet else "any sheet"
        raise TemplateError(
            f"no header row naming at least {MIN_MATCHED_HEADERS} evidence fields found in {where} "
            f"(first {MAX_HEADER_SCAN_ROWS} rows); pass --map with header_row and columns"
        )
    return best[1]


def _header_at(ws: Worksheet, r: int, table: Mapping[str, LayoutColumn], fill_map: FillMap) -> TemplateHeader:
    from openpyxl.utils import get_column_letter

    merged = list(ws.merged_cells.ranges)
    first_data = r + 1
    headers: dict[int, str] = {}
    targets: dict[int, LayoutColumn] = {}
    used: set[tuple[str, ...]] = set()
    for c in range(1, ws.max_column + 1):
        own, group = _labels(ws, merged, r, c)
        for rng in merged:
            if rng.min_row <= r <= rng.max_row and rng.min_col <= c <= rng.max_col:
                first_data = max(first_data, rng.max_row + 1)
        if not own:
            continue
        headers[c] = own
        letter = get_column_letter(c)
        explicit = _explicit(fill_map, own, group, letter)
        if explicit is not None:
            target: LayoutColumn | None = explicit[0]
        else:
            target = _lookup(table, own, group)
        if target is not None and target.fields and target.fields not in used:
            used.add(target.fields)
            targets[c] = target
    return TemplateHeader(ws.title, r, first_data, targets, headers)


def _labels(ws: Worksheet, merged: Sequence[Any], r: int, c: int) -> tuple[str, str]:
    """(the header's own text, the group header above it) for a cell of a candidate header row."""
    own = ws.cell(row=r, column=c).value
    group = None
    for rng in merged:
        if rng.min_col <= c <= rng.max_col and rng.min_row <= r <= rng.max_row:
            top = ws.cell(row=rng.min_row, column=rng.min_col).value
            # A header merged down over several rows names its column; a cell merged
            # across several columns is named once, in its first column.
            own = top if c == rng.min_col else None
        spans_columns = rng.max_col > rng.min_col
        if spans_columns and rng.max_row == r - 1 and rng.min_col <= c <= rng.max_col:
            group = ws.cell(row=rng.min_row, column=rng.min_col).value
    return ("" if own is None else str(own).strip(), "" if group is None else str(group).strip())


def _lookup(table: Mapping[str, LayoutColumn], own: str, group: str) -> LayoutColumn | None:
    for text in (own, _without_brackets(own), f"{group} {own}" if group else ""):
        key = normalise_header(text)
        if key and key in table:
            return table[key]
    return None


def _explicit(fill_map: FillMap, own: str, group: str, letter: str) -> tuple[LayoutColumn | None] | None:
    """The map's entry for this column (by letter or header), wrapped so None means 'leave alone'."""
    wanted = {normalise_header(own), normalise_header(f"{group} {own}"), letter.casefold()}
    for key, parts in fill_map.columns.items():
        if normalise_header(key) in wanted or key.casefold() in wanted:
            return (LayoutColumn(own, parts, 0) if parts else None,)
    return None


def fill_template(
    template: str | Path,
    rows: Sequence[Mapping[str, object]],
    out: str | Path,
    *,
    sheet: str | None = None,
    fill_map: FillMap | str | Path | None = None,
    protected: Iterable[Path] = (),
    schema: TableSchema | None = None,
) -> FillReport:
    """Write ``rows`` (dicts keyed by field name) into a copy of ``template`` saved as ``out``.

    The template is only read; ``out`` is written atomically and may not be the
    template or an input. Returns what was mapped, left unmapped and unused.
    """
    schema = schema or load_schema()
    template = Path(template)
    if fill_map is not None and not isinstance(fill_map, FillMap):
        fill_map = load_fill_map(fill_map, schema=schema)
    wb = open_template(template)
    header = find_header(wb, sheet=sheet, fill_map=fill_map, schema=schema)
    ws = wb[header.sheet]
    warnings = _fill_rows(ws, header, rows)
    out = Path(out)
    with atomic_path(out, protected=(template, *protected)) as tmp:
        wb.save(tmp)
    from openpyxl.utils import get_column_letter

    filled = {f for t in header.targets.values() for f in t.fields}
    return FillReport(
        template=str(template),
        output=str(out),
        sheet=header.sheet,
        header_row=header.header_row,
        first_data_row=header.first_data_row,
        rows_written=len(rows),
        mapped=[
            MappedColumn(get_column_letter(c), header.headers[c], t.fields)
            for c, t in sorted(header.targets.items())
        ],
        unmapped=[(get_column_letter(c), header.headers[c]) for c in header.unmapped],
        unused_fields=[n for n in schema.names if n not in filled],
        warnings=warnings,
    )


def _fill_rows(ws: Worksheet, header: TemplateHeader, rows: Sequence[Mapping[str, object]]) -> list[str]:
    """Write the values; new rows copy the first data row's styles, height and unmapped formulas."""
    from openpyxl.cell.cell import MergedCell
    from openpyxl.formula.translate import Translator
    from openpyxl.utils import get_column_letter

    warnings: list[str] = []
    base = header.first_data_row
    last_col = max([ws.max_column, *header.targets])
    base_height = ws.row_dimensions[base].height
    for i, values in enumerate(rows):
        r = base + i
        if i and base_height is not None and ws.row_dimensions[r].height is None:
            ws.row_dimensions[r].height = base_height
        for c in range(1, last_col + 1):
            cell = ws.cell(row=r, column=c)
            model = ws.cell(row=base, column=c)
            if isinstance(cell, MergedCell):
                if c in header.targets:
                    warnings.append(f"{cell.coordinate} is inside a merged range; left empty")
                continue
            if i and not cell.has_style and model.has_style:
                cell._style = copy(model._style)
            target = header.targets.get(c)
            if target is None:
                if i and cell.value is None and isinstance(model.value, str) and model.data_type == "f":
                    cell.value = Translator(model.value, origin=model.coordinate).translate_formula(
                        cell.coordinate
                    )
                continue
            _set(cell, target.render(values, FILL_SEPARATOR))
    if rows:
        _extend_validations(ws, header, base, base + len(rows) - 1, get_column_letter)
    return warnings


def _set(cell: Any, value: object) -> None:
    """A value as a literal cell: numbers as numbers, text always a string (never a formula)."""
    if value is None or value == "":
        cell.value = None
    elif isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
    else:
        cell.value = str(cell_text(xml_safe(str(value))))
        cell.data_type = "s"  # openpyxl would otherwise store text starting with "=" as a formula


def _extend_validations(ws: Worksheet, header: TemplateHeader, first: int, last: int, letter: Any) -> None:
    """A drop-down the template put on its first data row also covers every row filled."""
    for dv in ws.data_validations.dataValidation:
        for c in range(1, ws.max_column + 1):
            coord = f"{letter(c)}{first}"
            if coord in dv.sqref and f"{letter(c)}{last}" not in dv.sqref:
                dv.sqref.add(f"{letter(c)}{first}:{letter(c)}{last}")
