"""The main job: read -> deduplicate -> extract -> validate -> write, with a summary as data.

`build` is what `evtable build` runs and what a notebook user calls. It never
prints and never raises for bad input: failures are collected in the result.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from evtable.dedupe import Merge, deduplicate
from evtable.errors import ReaderError
from evtable.extract import extract_rows
from evtable.models import EvidenceRow, Record
from evtable.readers import FileResult, read_records
from evtable.schema import load_schema
from evtable.validate import ValidationReport, validate_table

CSV_NAME = "evidence_table.csv"
XLSX_NAME = "evidence_table.xlsx"
PROVENANCE_CSV = "provenance.csv"
#: Timestamp written into workbooks when SOURCE_DATE_EPOCH is not set: outputs stay reproducible.
DEFAULT_EPOCH = 946_684_800  # 2000-01-01T00:00:00Z


@dataclass
class BuildResult:
    """What a build did: the facts the CLI summarises and the About sheet lists."""

    files: list[FileResult]
    records: list[Record]
    rows: list[EvidenceRow]
    validation: ValidationReport
    outputs: list[Path] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)

    @property
    def errors(self) -> list[ReaderError]:
        return [e for f in self.files for e in f.errors]

    @property
    def failed_files(self) -> int:
        return sum(1 for f in self.files if f.errors)

    @property
    def ok(self) -> bool:
        return not self.errors and self.validation.ok


def build_timestamp() -> datetime:
    """SOURCE_DATE_EPOCH when set (reproducible builds), else a fixed date."""
    raw = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    epoch = int(raw) if raw.isdigit() else DEFAULT_EPOCH
    return datetime.fromtimestamp(epoch, tz=UTC).replace(tzinfo=None)


def build_table(inputs: Sequence[str | Path]) -> BuildResult:
    """Read, deduplicate, extract and validate; nothing is written."""
    files = read_records(inputs)
    records = [r for f in files for r in f.records]
    records, merges = deduplicate(records)
    rows = extract_rows(records)
    report = validate_table([r.values for r in rows])
    return BuildResult(files=files, records=records, rows=rows, validation=report, merges=list(merges))


def write_outputs(result: BuildResult, out_dir: str | Path, *, excel_csv: bool = False) -> list[Path]:
    """Write the CSV, provenance CSV and workbook atomically; inputs are never overwritten."""
    from evtable.writers.csv import write_csv
    from evtable.writers.xlsx import PROVENANCE_HEADER, write_xlsx

    out = Path(out_dir)
    protected = tuple(Path(f.path) for f in result.files)
    schema = load_schema()
    paths = [
        write_csv(out / CSV_NAME, (r.values for r in result.rows), schema.names, excel=excel_csv, protected=protected),
        write_csv(out / PROVENANCE_CSV, _provenance_rows(result.rows), PROVENANCE_HEADER, excel=excel_csv, protected=protected),
        write_xlsx(out / XLSX_NAME, result.rows, schema=schema, created=build_timestamp(), protected=protected),
    ]  # fmt: skip
    result.outputs = paths
    return paths


def _provenance_rows(rows: list[EvidenceRow]) -> list[dict[str, object]]:
    return [
        {"study_id": r.values["study_id"], "field": p.field, "value": p.value, "quote": p.quote,
         "location": p.location, "start": p.start, "end": p.end, "method": p.method, "confidence": p.confidence}
        for r in rows for p in r.provenance
    ]  # fmt: skip


def build(inputs: Sequence[str | Path], out_dir: str | Path, *, excel_csv: bool = False) -> BuildResult:
    """The whole main job: build the table and write it (even when some inputs failed)."""
    result = build_table(inputs)
    write_outputs(result, out_dir, excel_csv=excel_csv)
    return result
