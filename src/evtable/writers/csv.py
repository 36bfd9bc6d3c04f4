"""CSV output: RFC 4180 (CRLF, minimal quoting), UTF-8, headers from the schema."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from evtable.writers.atomic import atomic_path


def write_csv(
    path: str | Path,
    rows: Iterable[Mapping[str, object]],
    header: Sequence[str],
    *,
    excel: bool = False,
    protected: tuple[Path, ...] = (),
) -> Path:
    """Write rows (dicts keyed by header names) atomically; ``excel`` adds a UTF-8 BOM.

    Missing values are written as empty cells, never as 'None' or 'nan'.
    """
    path = Path(path)
    encoding = "utf-8-sig" if excel else "utf-8"
    with atomic_path(path, protected=protected) as tmp, tmp.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if row.get(h) is None else row.get(h) for h in header])
    return path
