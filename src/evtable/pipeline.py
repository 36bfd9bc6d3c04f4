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
from typing import Any, Literal

from evtable.curation import (
    Curation,
    CurationEvent,
    apply_to_records,
    apply_to_rows,
    default_curation_path,
    load_curation,
)
from evtable.dedupe import Merge, deduplicate
from evtable.errors import OutputError, ReaderError
from evtable.extract import extract_rows
from evtable.models import EvidenceRow, Record
from evtable.readers import FileResult, read_records
from evtable.schema import load_schema
from evtable.validate import ValidationReport, validate_table

CSV_NAME = "evidence_table.csv"
XLSX_NAME = "evidence_table.xlsx"
PROVENANCE_CSV = "provenance.csv"
DOCX_NAME = "evidence_table.docx"
#: Output formats `write_outputs` knows, and those written when none are asked for.
FORMATS = ("xlsx", "csv", "docx")
DEFAULT_FORMATS = ("xlsx", "csv")
#: Timestamp written into workbooks when SOURCE_DATE_EPOCH is not set: outputs stay reproducible.
DEFAULT_EPOCH = 946_684_800  # 2000-01-01T00:00:00Z


@dataclass
class BuildResult:
    """What a build did: the facts the CLI summarises and the About sheet lists."""

    files: list[FileResult]
    #: Lists from `build_table`; from a streaming `build`, disk-backed sequences (see `evtable.engine`).
    records: Sequence[Record]
    rows: Sequence[EvidenceRow]
    validation: ValidationReport
    outputs: list[Path] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    #: The curation file applied (None when there was none) and what each decision did.
    curation_path: Path | None = None
    curation_events: list[CurationEvent] = field(default_factory=list)
    curation_errors: list[ReaderError] = field(default_factory=list)
    #: Row and record counts (set by `build`, which may not keep the rows themselves).
    row_count: int = 0
    record_count: int = 0
    #: True when the workbook was not written because the rows exceed ``max_xlsx_rows``.
    skipped_xlsx: bool = False

    def __post_init__(self) -> None:
        self.row_count = self.row_count or len(self.rows)
        self.record_count = self.record_count or len(self.records)

    @property
    def errors(self) -> list[ReaderError]:
        return [e for f in self.files for e in f.errors] + self.curation_errors

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


def build_table(inputs: Sequence[str | Path], *, curation: str | Path | None = None) -> BuildResult:
    """Read, deduplicate, extract, apply reviewer curation and validate; nothing is written.

    ``curation`` defaults to ``curation.yaml`` in the first input folder, used when present.
    """
    files = read_records(inputs)
    records = [r for f in files for r in f.records]
    records, merges = deduplicate(records)
    cur, cur_path, cur_errors = _load_curation(inputs, curation)
    events: list[CurationEvent] = []
    if cur is not None:
        records, events = apply_to_records(records, cur)
    rows = extract_rows(records)
    if cur is not None:
        rows, row_events = apply_to_rows(rows, cur)
        events += row_events
    report = validate_table([r.values for r in rows])
    return BuildResult(
        files=files, records=records, rows=rows, validation=report, merges=list(merges),
        curation_path=cur_path, curation_events=events, curation_errors=cur_errors,
    )  # fmt: skip


def _load_curation(
    inputs: Sequence[str | Path], curation: str | Path | None
) -> tuple[Curation | None, Path | None, list[ReaderError]]:
    path = Path(curation) if curation else default_curation_path(inputs)
    if path is None or (curation is None and not path.is_file()):
        return None, None, []
    try:
        return load_curation(path), path, []
    except ReaderError as exc:
        return None, path, [exc]


def write_outputs(
    result: BuildResult, out_dir: str | Path, *, excel_csv: bool = False, layout: str = "default",
    formats: Sequence[str] = DEFAULT_FORMATS, paper: Literal["a4", "letter"] = "a4",
    csv_parts: Sequence[tuple[Path, Path]] = (),
) -> list[Path]:  # fmt: skip
    """Write the chosen formats atomically; inputs are never overwritten.

    ``csv_parts``: the streaming engine's CSV lines of exactly ``result.rows``,
    formatted by its workers (`evtable.engine.core.EngineOutput.csv_parts`);
    the CSVs are then joined from them instead of formatted again here.

    ``formats``: "csv" (evidence_table.csv, provenance.csv and datapackage.json),
    "xlsx" (the workbook), "docx" (the Word table). ``layout`` arranges the
    workbook's Evidence table sheet and the Word table.
    """
    from evtable.writers.about import summary_of
    from evtable.writers.csv import provenance_rows, write_csv, write_csv_from_parts
    from evtable.writers.datapackage import DATAPACKAGE_NAME, write_datapackage
    from evtable.writers.xlsx import PROVENANCE_HEADER, write_xlsx

    unknown = set(formats) - set(FORMATS)
    if unknown:
        choices = ", ".join(FORMATS)
        raise OutputError(f"unknown output format {', '.join(sorted(unknown))}; choose from {choices}")
    out = Path(out_dir)
    protected = tuple(Path(f.path) for f in result.files)
    schema = load_schema()
    created = build_timestamp()
    paths = []
    if "csv" in formats:
        if csv_parts:
            evidence, provenance = ([p[i] for p in csv_parts] for i in (0, 1))
            csvs = {
                "evidence_table": write_csv_from_parts(
                    out / CSV_NAME, evidence, schema.names, excel=excel_csv, protected=protected
                ),
                "provenance": write_csv_from_parts(
                    out / PROVENANCE_CSV, provenance, PROVENANCE_HEADER, excel=excel_csv, protected=protected
                ),
            }
        else:
            csvs = {
                "evidence_table": write_csv(
                    out / CSV_NAME, (r.values for r in result.rows), schema.names, excel=excel_csv,
                    protected=protected,
                ),
                "provenance": write_csv(
                    out / PROVENANCE_CSV, provenance_rows(result.rows), PROVENANCE_HEADER, excel=excel_csv,
                    protected=protected,
                ),
            }  # fmt: skip
        package = write_datapackage(out / DATAPACKAGE_NAME, csvs, excel=excel_csv, protected=protected)
        paths += [*csvs.values(), package]
    if "xlsx" in formats:
        summary = summary_of(result, built=created)
        xlsx = out / XLSX_NAME
        paths.append(
            write_xlsx(
                xlsx,
                result.rows,
                layout=layout,
                created=created,
                summary=summary,
                paper=paper,
                protected=protected,
            )
        )
    if "docx" in formats:
        from evtable.writers.docx import write_docx

        docx = out / DOCX_NAME
        paths.append(
            write_docx(docx, result.rows, layout=layout, created=created, paper=paper, protected=protected)
        )
    result.outputs = paths
    return paths


def build(
    inputs: Sequence[str | Path], out_dir: str | Path, *, excel_csv: bool = False, curation: str | Path | None = None,
    layout: str = "default", formats: Sequence[str] = DEFAULT_FORMATS, paper: Literal["a4", "letter"] = "a4",
    engine: str = "local", jobs: int | None = None, scheduler: str | None = None, keep_rows: bool = True,
    max_xlsx_rows: int | None = None, progress: Any = None, strict: bool = False,
) -> BuildResult:  # fmt: skip
    """The whole main job: build the table and write it (even when some inputs failed).

    Records stream through the engine in batches (`evtable.engine`): ``jobs``
    worker processes (default: every core; small inputs run in-process), or
    Dask with ``engine="dask"`` (``scheduler`` an address such as
    ``tcp://host:8786``; default: a local cluster). ``keep_rows=False``
    leaves the rows on disk while the writers stream them (bounded memory);
    the returned result then holds counts, not rows. Above ``max_xlsx_rows``
    rows the workbook is skipped (``result.skipped_xlsx``); the CSV is always complete.
    ``progress`` is an `evtable.progress.Progress`. With ``strict`` the first
    unreadable file or record raises its `ReaderError` and nothing is written.
    """
    from evtable.engine.build import stream_table

    result, output = stream_table(
        inputs, curation=curation, engine=engine, jobs=jobs, scheduler=scheduler, keep_rows=keep_rows,
        progress=progress, strict=strict,
    )  # fmt: skip
    try:
        if max_xlsx_rows is not None and len(result.rows) > max_xlsx_rows and "xlsx" in formats:
            formats = [f for f in formats if f != "xlsx"]
            result.skipped_xlsx = True
        write_outputs(
            result, out_dir, excel_csv=excel_csv, layout=layout, formats=formats, paper=paper,
            csv_parts=output.csv_parts,
        )  # fmt: skip
        if engine == "dask":
            from evtable.engine.dask import write_shards

            result.outputs += write_shards(result.rows, output.batch_sizes, Path(out_dir))
    finally:
        if not keep_rows:
            result.rows, result.records = [], []
        output.close()
    return result
