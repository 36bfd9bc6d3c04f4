"""Reading evidence tables back: our CSV, our workbook, a person's edit of either, or a filled template.

Columns are matched by schema name or title, so a workbook with "Participants (n)"
headers validates the same as a CSV with "participants_n". A team's template
filled by `evtable fill` is read through the same header matching (and map)
that filled it. `validate_file` is what `evtable validate` runs.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evtable.errors import ReaderError
from evtable.safety import ooxml_unescape, raw_csv_value
from evtable.schema import TableSchema, load_schema

if TYPE_CHECKING:
    import pandas as pd

    from evtable.fill import FillMap
    from evtable.layouts import Part
    from evtable.validate import ValidationReport

#: Sheets that hold every schema field, in the order they are looked for.
DETAIL_SHEETS = ("Details", "Evidence table")


def _to_names(headers: list[str], schema: TableSchema) -> list[str]:
    by_title = {c.title.strip().lower(): c.name for c in schema.columns}
    names = set(schema.names)
    out = []
    for h in headers:
        key = (h or "").strip()
        out.append(key if key in names else by_title.get(key.lower(), key))
    return out


def read_table(path: str | Path, *, schema: TableSchema | None = None) -> tuple[pd.DataFrame, str | None]:
    """Load a CSV or xlsx evidence table as a normalised frame; returns (frame, sheet name)."""
    import pandas as pd

    from evtable.table import normalise_frame

    schema = schema or load_schema()
    path = Path(path)
    sheet: str | None = None
    rows: list[list[object]]
    if path.suffix.lower() in {".xlsx", ".xlsm"}:
        headers, rows, sheet = _read_xlsx(path)
    else:
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                data = list(csv.reader(fh))
        except (OSError, UnicodeDecodeError) as exc:
            raise ReaderError(str(path), f"cannot read CSV ({exc})") from None
        if not data:
            raise ReaderError(str(path), "file is empty")
        # Undo the apostrophe evtable's CSV writer puts before formula-like text (see evtable.safety).
        headers, rows = data[0], [[raw_csv_value(v) for v in r] for r in data[1:]]
    names = _to_names(headers, schema)
    frame = pd.DataFrame(
        [list(r) + [None] * (len(names) - len(r)) for r in rows], columns=names, dtype=object
    )
    return normalise_frame(frame, schema), sheet


def _read_xlsx(path: Path) -> tuple[list[str], list[list[object]], str]:
    from openpyxl import load_workbook

    from evtable.workbook_guard import check_workbook

    check_workbook(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for non-workbooks
        raise ReaderError(str(path), f"not a readable xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        name = next((s for s in DETAIL_SHEETS if s in wb.sheetnames), wb.sheetnames[0])
        rows = [
            [ooxml_unescape(v) if isinstance(v, str) else v for v in r]
            for r in wb[name].iter_rows(values_only=True)
        ]
    finally:
        wb.close()
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    if not rows:
        raise ReaderError(str(path), f"sheet {name!r} is empty")
    headers = [str(h) if h is not None else "" for h in rows[0]]
    while headers and not headers[-1]:
        headers.pop()
    return headers, [r[: len(headers)] for r in rows[1:]], name


@dataclass
class TableRead:
    """An evidence table read back for validation, with where its columns came from.

    ``kind`` is "csv", "workbook" (our Details sheet) or "template" (a filled
    team template); ``headers`` maps each field found to the header as written
    in the file, so failures can name the column the reviewer sees.
    """

    frame: pd.DataFrame
    sheet: str | None
    kind: str
    headers: dict[str, str] = field(default_factory=dict)


def read_source(
    path: str | Path, *, fill_map: FillMap | str | Path | None = None, schema: TableSchema | None = None
) -> TableRead:
    """Read a CSV, our workbook (Details sheet, by header titles) or a filled template (with its map).

    An xlsx without our Details sheet, or any xlsx when a map is given, is read
    as a template: its header row is found as `evtable fill` finds it.
    """
    from evtable.fill import FillMap, load_fill_map

    schema = schema or load_schema()
    path = Path(path)
    is_xlsx = path.suffix.lower() in {".xlsx", ".xlsm"}
    if fill_map is not None and not isinstance(fill_map, FillMap):
        fill_map = load_fill_map(fill_map, schema=schema)
    if is_xlsx and (fill_map is not None or not _has_detail_sheet(path)):
        return _read_template(path, fill_map, schema)
    frame, sheet = read_table(path, schema=schema)
    if is_xlsx:
        headers, _, _ = _read_xlsx(path)
    else:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            headers = next(csv.reader(fh), [])
    names = _to_names(headers, schema)
    return TableRead(frame, sheet, "workbook" if is_xlsx else "csv", dict(zip(names, headers, strict=False)))


def validate_file(
    path: str | Path, *, fill_map: FillMap | str | Path | None = None, schema: TableSchema | None = None
) -> tuple[ValidationReport, TableRead]:
    """Validate an edited file against the schema: every failure, with spreadsheet row numbers.

    For a filled template only the columns it has are judged (a template with
    no Title column is not "missing" every title).
    """
    from evtable.validate import ValidationReport, validate_frame

    schema = schema or load_schema()
    read = read_source(path, fill_map=fill_map, schema=schema)
    report = validate_frame(read.frame, schema, sheet=read.sheet)
    if read.kind == "template":
        kept = [f for f in report.failures if f.column is None or f.column in read.headers]
        report = ValidationReport(kept, report.rows)
    return report, read


def _has_detail_sheet(path: Path) -> bool:
    from openpyxl import load_workbook

    from evtable.workbook_guard import check_workbook

    check_workbook(path)
    try:
        wb = load_workbook(path, read_only=True)
    except Exception as exc:  # openpyxl raises many types for broken workbooks
        raise ReaderError(str(path), f"not a readable xlsx workbook ({type(exc).__name__}: {exc})") from None
    try:
        return any(s in wb.sheetnames for s in DETAIL_SHEETS)
    finally:
        wb.close()


def _read_template(path: Path, fill_map: FillMap | None, schema: TableSchema) -> TableRead:
    """Rows of a filled template, keyed by field, indexed so failures carry the sheet's row numbers."""
    import pandas as pd

    from evtable.fill import FILL_SEPARATOR, find_header, open_template
    from evtable.table import normalise_frame
    from evtable.validate import FIRST_DATA_ROW

    wb = open_template(path, data_only=True)
    header = find_header(wb, fill_map=fill_map, schema=schema)
    ws = wb[header.sheet]
    records: list[dict[str, object]] = []
    index: list[int] = []
    for r in range(header.first_data_row, ws.max_row + 1):
        cells = {c: ws.cell(row=r, column=c).value for c in header.targets}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
            continue
        record: dict[str, object] = {}
        for c, value in cells.items():
            target = header.targets[c]
            text = ooxml_unescape(value) if isinstance(value, str) else value
            if target.single_field is not None:
                record[target.single_field] = text
            else:
                record.update(split_composite(text, target.parts, FILL_SEPARATOR))
        records.append(record)
        index.append(r - FIRST_DATA_ROW)
    wb.close()
    frame = pd.DataFrame([[rec.get(n) for n in schema.names] for rec in records], columns=schema.names,
                         index=index, dtype=object)  # fmt: skip
    headers = {f: header.headers[c] for c, t in header.targets.items() for f in t.fields}
    return TableRead(normalise_frame(frame, schema), header.sheet, "template", headers)


def split_composite(value: Any, parts: tuple[Part, ...], separator: str) -> dict[str, object]:
    """Undo `LayoutColumn.render` for labelled parts: "Design: X; Setting: Y" -> {design: X, setting: Y}.

    Text before the first label belongs to the one unlabelled part, if there is one.
    """
    if value is None or not isinstance(value, str):
        return {}
    labelled = {p.label: p.field for p in parts if p.label}
    bare = [p.field for p in parts if not p.label]
    if not labelled:
        return {bare[0]: value} if len(bare) == 1 else {}
    pattern = re.compile(
        r"(?:\A|" + re.escape(separator) + r"|\n)(" + "|".join(re.escape(k) for k in labelled) + r"): "
    )
    out: dict[str, object] = {}
    matches = list(pattern.finditer(value))
    lead = value[: matches[0].start()] if matches else value
    if lead.strip() and len(bare) == 1:
        out[bare[0]] = lead.strip()
    ends = [m.start() for m in matches[1:]] + ([len(value)] if matches else [])
    for m, end in zip(matches, ends, strict=True):
        out[labelled[m.group(1)]] = value[m.end() : end].strip()
    return out


def read_evidence_rows(
    inputs: Sequence[str | Path], *, schema: TableSchema | None = None
) -> tuple[list[dict[str, object]], list[str], tuple[Path, ...]]:
    """Rows for `evtable fill`: an evidence_table.csv that build wrote, or anything build reads.

    Returns (rows keyed by field name, one-line problems: unreadable inputs and
    invalid rows, the input paths an output must never overwrite).
    """
    schema = schema or load_schema()
    paths = tuple(Path(p) for p in inputs)
    if len(paths) == 1 and paths[0].is_file() and _is_evidence_csv(paths[0], schema):
        frame, _ = read_table(paths[0], schema=schema)
        report = validate_frame_lazy(frame, schema)
        rows = [{k: v for k, v in r.items() if v is not None} for r in frame.to_dict("records")]
        return rows, report, paths
    from evtable.pipeline import build_table

    result = build_table(paths)
    problems = [str(e) for e in result.errors] + [
        f"invalid: row {f.row}, {f.column}: {f.message}" for f in result.validation.failures
    ]
    return [dict(r.values) for r in result.rows], problems, tuple(Path(f.path) for f in result.files)


def validate_frame_lazy(frame: pd.DataFrame, schema: TableSchema) -> list[str]:
    """Validation failures of a frame as one-line problems."""
    from evtable.validate import validate_frame

    return [f"invalid: row {f.row}, {f.column}: {f.message}" for f in validate_frame(frame, schema).failures]


def _is_evidence_csv(path: Path, schema: TableSchema) -> bool:
    """True for a CSV whose header is exactly the schema's field names (what `build` writes)."""
    if path.suffix.lower() != ".csv":
        return False
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            header = next(csv.reader(fh), [])
    except (OSError, UnicodeDecodeError):
        return False
    return header == schema.names
