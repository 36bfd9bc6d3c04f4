"""CSV output: RFC 4180 (CRLF, minimal quoting), UTF-8, headers from the schema.

Every text value goes through `evtable.safety.csv_cell`: characters the
workbook cannot hold (and UTF-8 cannot encode: lone surrogates) are dropped, and a value a
spreadsheet would run as a formula gets one leading apostrophe. Strip it to get
the raw value back (`evtable.safety.raw_csv_value`); `evtable validate` and
`evtable fill` do so when they read a CSV.
"""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evtable.safety import csv_cells, csv_lines
from evtable.writers.atomic import atomic_path

if TYPE_CHECKING:
    from evtable.models import EvidenceRow

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
        _write_rows(writer, rows, header)
    return path


def write_csv_part(path: Path, rows: Iterable[Mapping[str, object]], header: Sequence[str]) -> None:
    """The lines `write_csv` would write for ``rows``, without the header (UTF-8, no BOM).

    A worker process formats its batch with this; `write_csv_from_parts` joins
    the parts, so the file is byte for byte what `write_csv` writes.
    """
    with path.open("w", encoding=ENCODING, newline="") as fh:
        _write_rows(csv.writer(fh, lineterminator="\r\n"), rows, header)


def write_csv_part_lines(path: Path, lines: Iterable[Sequence[object]]) -> None:
    """`write_csv_part` of lines already in the header's order (`provenance_lines`): no dict a line."""
    with path.open("w", encoding=ENCODING, newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        it = iter(lines)
        while block := list(islice(it, BLOCK_LINES)):
            writer.writerows(csv_lines(block))


#: Provenance lines made safe together (`csv_lines`): enough that the joint scan costs little
#: a line, few enough that a block is a few MB.
BLOCK_LINES = 1000


def write_csv_from_parts(
    path: str | Path,
    parts: Iterable[Path],
    header: Sequence[str],
    *,
    excel: bool = False,
    protected: tuple[Path, ...] = (),
) -> Path:
    """`write_csv` of rows already formatted by `write_csv_part`: the header, then each part's bytes."""
    path = Path(path)
    encoding = EXCEL_ENCODING if excel else ENCODING
    with atomic_path(path, protected=protected) as tmp:
        with tmp.open("w", encoding=encoding, newline="") as fh:
            csv.writer(fh, lineterminator="\r\n").writerow(header)
        with tmp.open("ab") as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out)
    return path


def _write_rows(writer: Any, rows: Iterable[Mapping[str, object]], header: Sequence[str]) -> None:
    for row in rows:
        writer.writerow(csv_cells([row.get(h) for h in header]))


def provenance_lines(rows: Iterable[EvidenceRow]) -> Iterator[list[object]]:
    """provenance.csv's lines as lists in its column order: the row's study ID, then the
    entry's attributes named by the rest of `PROVENANCE_HEADER` (generated: a large build
    never holds them all)."""
    from evtable.writers.xlsx import PROVENANCE_HEADER

    entry = attrgetter(*PROVENANCE_HEADER[1:])
    for r in rows:
        study_id = r.values["study_id"]
        for p in r.provenance:
            yield [study_id, *entry(p)]


def provenance_rows(rows: Iterable[EvidenceRow]) -> Iterator[dict[str, object]]:
    """One dict per provenance entry (provenance.csv's lines, keyed by its header)."""
    from evtable.writers.xlsx import PROVENANCE_HEADER

    return (dict(zip(PROVENANCE_HEADER, line, strict=True)) for line in provenance_lines(rows))
