"""The facts a workbook's About sheet states, gathered from a build as plain data.

A reviewer who receives an evidence table months later must be able to tell
which evtable made it, from which exact input files (SHA-256), and whether it
was valid when it was written. The writers take a `BuildSummary` instead of the
whole pipeline result, so they stay independent of how the build ran.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from evtable import __version__

if TYPE_CHECKING:
    from evtable.pipeline import BuildResult

#: Validation failures listed on the About sheet; the rest are counted (the CLI prints them all).
MAX_LISTED_FAILURES = 1_000


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file as the About sheet lists it."""

    path: str
    format: str | None
    sha256: str | None
    #: None when the build streamed the file without keeping its records.
    records: int | None
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BuildSummary:
    """What went into a build and what came out, for the About sheet."""

    built: datetime
    inputs: tuple[InputFile, ...] = ()
    records: int = 0
    rows: int = 0
    duplicates_merged: int = 0
    failed_files: int = 0
    validation_ok: bool = True
    validation_failures: tuple[str, ...] = ()
    validation_failure_count: int = 0
    merges: tuple[str, ...] = ()
    version: str = __version__


def summary_of(result: BuildResult, *, built: datetime) -> BuildSummary:
    """Summarise a pipeline `BuildResult` (inputs with hashes, counts, validation outcome)."""
    failures = result.validation.failures
    merged = sum(len(m.merged) for m in result.merges)
    kept = sum(len(f.records) for f in result.files)
    # A streaming build keeps no records on its FileResults: per-file counts are then unknown.
    records_kept = bool(kept) or not result.record_count
    return BuildSummary(
        built=built,
        inputs=tuple(
            InputFile(
                path=f.label or f.path,
                format=f.format,
                sha256=f.sha256,
                records=len(f.records) if records_kept else None,
                errors=tuple(str(e) for e in f.errors),
            )
            for f in result.files
        ),
        records=kept or result.record_count + merged,
        rows=result.row_count or len(result.rows),
        duplicates_merged=merged,
        failed_files=result.failed_files,
        validation_ok=result.validation.ok,
        validation_failures=tuple(
            f"row {f.row if f.row is not None else '-'}, {f.column or '-'}: {f.message} [{f.rule}]"
            for f in failures[:MAX_LISTED_FAILURES]
        ),
        validation_failure_count=len(failures),
        merges=tuple(f"{m.kept} <- {', '.join(m.merged)} ({m.reason})" for m in result.merges),
    )
