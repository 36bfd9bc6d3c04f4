"""CSV output: RFC 4180 (CRLF, minimal quoting), UTF-8, headers from the schema.

Every text value goes through `evtable.safety.csv_cell`: characters the
workbook cannot hold (and UTF-8 cannot encode: lone surrogates) are dropped, and a value a
spreadsheet would run as a formula gets one leading apostrophe. Strip it to get
the raw value back (`evtable.safety.raw_csv_value`); `evtable validate` and
`evtable fill` do so when they read a CSV.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from evtable.safety import csv_cell
from evtable.writers.atomic import atomic_path

#: Encoding of the CSVs; ``excel=True`` writes the same with a byte-order mark.
ENCODING = "utf-8"
EXCEL_ENCODING = "utf-8-sig"


def write_csv(
    path: str | Path,
    rows: Iterable[Mapping[str, object]],
    header: Sequence[str],
    *,
    excel: bool = False,
    protected: tuple[Path, ...] = (),
) -> Path:
    """Write rows (dicts keyed by header names) atomically; ``excel`` adds a UTF-8 BOM.

    Missing values are written as empty cells, never as 'None' or 'nan'; text is
    kept whole (the workbook truncates at Excel's cell limit, the CSV never does).
    """
    path = Path(path)
    encoding = EXCEL_ENCODING if excel else ENCODING
    with atomic_path(path, protected=protected) as tmp, tmp.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if row.get(h) is None else csv_cell(row.get(h)) for h in header])
    return path
