"""Reading evidence tables back: our CSV, our workbook, or a person's edit of either.

Columns are matched by schema name or title, so a workbook with "Participants (n)"
headers validates the same as a CSV with "participants_n".
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import TYPE_CHECKING

from evtable.errors import ReaderError
from evtable.safety import ooxml_unescape, raw_csv_value
from evtable.schema import TableSchema, load_schema

if TYPE_CHECKING:
    import pandas as pd

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
