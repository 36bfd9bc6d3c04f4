"""The streaming build: records flow read -> extract -> (plan) -> validate in batches.

Pass 1 reads the inputs and extracts rows batch by batch (in worker
processes with ``jobs > 1``, or as Dask tasks), spooling rows to disk and
keeping one small key per record. Between the passes, the duplicates and
study IDs are planned from the keys (`evtable.engine.plan`). Pass 2 reads the
spool back batch by batch: merged records replace their duplicates, study IDs
are set, each batch is validated against the schema with pandera (plus a
running check of unique columns across batches), and the final rows are
spooled again for the writers. Memory holds a few batches and the keys,
whatever the number of records.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from evtable.dedupe import Merge
from evtable.engine.plan import KeySet, Plan, RecordKey, make_plan, record_key
from evtable.engine.spool import (
    MappedSequence,
    RowData,
    Spool,
    SpooledRows,
    load_batch,
    load_data,
    row_data,
    row_record,
    write_batch,
)
from evtable.errors import ReaderError
from evtable.models import EvidenceRow, Record
from evtable.readers import FileResult, iter_input_files, stream_file
from evtable.validate import Failure, ValidationReport

#: Records per batch. Large enough that per-batch costs (a pandera call, a
#: pickle file, a round trip to a worker) are small against ~1 ms a record of
#: extraction; small enough that a batch of rows is a few MB.
DEFAULT_BATCH_SIZE = 1000
#: Tasks in flight per worker, so workers never wait for the reader while the reader never runs
#: far ahead (memory stays bounded). Results are taken in order, so while the oldest task (a
#: whole file, a second or more) runs, nothing new is sent: with 2 a worker that finished the
#: small batches after it sat idle; 4 has every batch of the last file queued by then.
WINDOW_PER_JOB = 4

RowStage = Callable[[list[EvidenceRow]], list[EvidenceRow]]
ProgressFn = Callable[[int, int], None]


class FutureLike(Protocol):
    def result(self) -> Any: ...


class Executor(Protocol):
    """What the engine needs from an executor: concurrent.futures and dask.distributed both fit."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> FutureLike: ...


class _Done:
    def __init__(self, value: Any) -> None:
        self._value = value

    def result(self) -> Any:
        return self._value


class InlineExecutor:
    """Runs each task at once in this process: ``--jobs 1``, and the default for small inputs."""

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> FutureLike:
        return _Done(fn(*args))


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


@dataclass
class TaskResult:
    """What one task returns: the rows it extracted and, for a whole-file task, the file's facts.

    A file's errors travel as plain tuples: `ReaderError` takes two arguments,
    so the exception itself does not survive pickling between processes.
    """

    rows: list[EvidenceRow]
    file: FileResult | None = None
    errors: list[tuple[type[ReaderError], str, str, int | None]] = field(default_factory=list)
    #: Set when the worker spooled its rows itself (`spooled_task`): the batch file and its row
    #: count, with the rows' planning keys; ``rows`` is then empty.
    spooled: tuple[Path, int] | None = None
    keys: list[RecordKey] | None = None

    @property
    def count(self) -> int:
        return self.spooled[1] if self.spooled else len(self.rows)

    @classmethod
    def of_file(cls, rows: list[EvidenceRow], file: FileResult) -> TaskResult:
        errors = [(type(e), e.path, e.reason, e.record) for e in file.errors]
        file.errors = []
        return cls(rows, file, errors)

    def file_result(self) -> FileResult | None:
        """The file's facts with its errors rebuilt as exceptions."""
        if self.file is not None:
            self.file.errors = [
                kind(path, reason, record=record) for kind, path, reason, record in self.errors
            ]
        return self.file


@dataclass
class EngineOutput:
    """A finished build before writing: rows (in memory or spooled), and what happened on the way."""

    files: list[FileResult]
    rows: Sequence[EvidenceRow]
    merges: list[Merge]
    validation: ValidationReport
    #: Row counts of the final batches, in order (one batch per task: the Dask engine's partitions).
    batch_sizes: list[int] = field(default_factory=list)
    #: The spools behind ``rows`` and the files' ``records`` (when not kept in memory).
    spools: list[Spool] = field(default_factory=list)
    #: The rows' CSV lines, formatted by the workers: (evidence table, provenance) files per batch,
    #: in order, without headers; empty when the rows were finished in this process.
    csv_parts: list[tuple[Path, Path]] = field(default_factory=list)

    def close(self) -> None:
        """Delete the spooled rows and records (after the writers are done with them)."""
        for spool in self.spools:
            spool.close()
        self.spools = []


# ---- pass 1: read and extract ------------------------------------------------


def extract_batch(records: list[Record]) -> TaskResult:
    """Worker task: rows for a batch of records (study IDs are set later, in pass 2)."""
    from evtable.extract import extract_row

    return TaskResult([extract_row(r) for r in records])


def read_and_extract(path: str, label: str) -> TaskResult:
    """Worker task: read one whole file, then extract its rows.

    Reading comes first, as it does for this process's batches: with a
    record extracted as soon as the parser yields it, the parser's buffers
    and the extractors' patterns and caches took turns in the CPU caches,
    and with two workers sharing the machine a build took ~10% more CPU
    seconds (PubMed XML and MEDLINE alike). The task's records are kept
    by its rows anyway, so holding them a little earlier costs no memory.
    """
    from evtable.extract import extract_row

    result = FileResult(path=path, label=label)
    records = list(stream_file(Path(path), label, result))
    return TaskResult.of_file([extract_row(r) for r in records], result)


def spooled_task(
    fn: Callable[..., TaskResult], args: tuple[Any, ...], path: Path, flag: Callable[[Record], bool] | None
) -> TaskResult:
    """Worker task: run ``fn`` and pickle its rows to ``path`` (in the build's spool folder).

    The rows then cross no pipe: unpickling them from the worker and pickling
    them again to the spool was most of the main process's work on a
    multi-core build, and it limited how far ``--jobs`` scaled. The main
    process gets the batch's file, its count and the small planning keys.
    """
    result = fn(*args)
    keys = [record_key(r.record, flag) for r in result.rows if r.record is not None]
    write_batch(path, result.rows)
    result.spooled, result.keys = (path, len(result.rows)), keys
    result.rows = []
    return result


def _tasks(
    inputs: Iterable[str | Path],
    files: list[FileResult],
    batch_size: int,
    whole_file_max: int | None,
    split_last: int = 0,
) -> Iterator[tuple[Callable[..., TaskResult], tuple[Any, ...], int, tuple[FileResult, bool]]]:
    """Tasks in input order: (function, arguments, input bytes it completes, (file, fill)).

    ``files`` receives one FileResult per input file in input order; each task
    names the file its records come from, and a whole-file task (``fill``)
    fills that FileResult in when its result arrives. The last ``split_last``
    files are read here and sent in batches even when they could go whole:
    whole-file tasks take a second or more each, and small tasks at the end let
    the workers finish together instead of one waiting for the other's last
    file (up to a second of a 12-second build on two cores).
    """
    paths = list(iter_input_files(inputs))
    for n, (path, label) in enumerate(paths):
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        result = FileResult(path=str(path), label=label)
        files.append(result)
        whole = whole_file_max is None or size <= whole_file_max
        if whole and (whole_file_max is None or n < len(paths) - split_last):
            yield read_and_extract, (str(path), label), size, (result, True)
            continue
        # A full batch waits for the next record before it goes, so the file's last batch (which
        # completes its bytes) is never an empty one.
        batch: list[Record] = []
        for record in stream_file(path, label, result):
            if len(batch) >= batch_size:
                yield extract_batch, (batch,), 0, (result, False)
                batch = []
            batch.append(record)
        yield extract_batch, (batch,), size, (result, False)


def _ordered(
    executor: Executor,
    tasks: Iterator[tuple[Any, ...]],
    window: int,
    spool_to: Callable[[], Path] | None = None,
    flag: Callable[[Record], bool] | None = None,
    prepare: Callable[[], None] | None = None,
) -> Iterator[tuple[Any, int, Any]]:
    """Results in task order with at most ``window`` tasks in flight.

    With ``spool_to`` (a new batch path per call) each task spools its own rows (`spooled_task`).
    ``prepare`` runs once, when the first window of tasks is out and this process would
    otherwise wait for the first result.
    """
    pending: deque[tuple[FutureLike, int, Any]] = deque()
    for fn, args, size, slot in tasks:
        if spool_to is not None:
            fn, args = spooled_task, (fn, args, spool_to(), flag)
        pending.append((executor.submit(fn, *args), size, slot))
        if len(pending) >= window:
            if prepare is not None:
                prepare()
                prepare = None
            future, done, slot_ = pending.popleft()
            yield future.result(), done, slot_
    if prepare is not None:
        prepare()
    while pending:
        future, done, slot_ = pending.popleft()
        yield future.result(), done, slot_


# ---- pass 2: plan, finish, validate --------------------------------------------


def run(
    inputs: Sequence[str | Path],
    *,
    executor: Executor | None = None,
    jobs: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    whole_file_max: int | None = 0,
    split_last: int = 0,
    keep_rows: bool = True,
    stages: Sequence[RowStage] = (),
    record_stage: Callable[[list[Record]], list[Record]] | None = None,
    flag: Callable[[Record], bool] | None = None,
    progress: Any = None,
    strict: bool = False,
    spool_in_worker: bool = False,
    prepare: Callable[[], None] | None = None,
    finish_executor: Callable[[], Executor] | None = None,
    finish_in_tasks: bool = False,
) -> EngineOutput:
    """Build the table from ``inputs``: extract, deduplicate, name, validate; nothing is written.

    ``executor`` runs the pass-1 tasks (default: in this process); ``jobs``
    sizes the window of tasks in flight. By default this process reads the
    files (parsing is a small share of the work) and sends their records out
    in batches of ``batch_size``, which keeps every worker busy even on one
    big file; files up to ``whole_file_max`` bytes (None: every file) are
    instead one task each, read by the worker (the Dask engine's partitions), but
    for the last ``split_last`` files (see `_tasks`). With ``keep_rows`` the rows come back
    as a list, otherwise as a `SpooledRows` view of the spool (call
    `EngineOutput.close` when done). ``stages`` are applied to each batch of
    finished rows before validation (hooks such as curation);
    ``record_stage`` runs on the whole-set merge candidates, which include
    the records ``flag`` picks (see `evtable.engine.plan.make_plan`). ``progress``
    is an `evtable.progress.Progress` (or None). With ``strict`` the first
    unreadable file or record raises its `ReaderError` and the build stops.
    With ``spool_in_worker`` each task writes its rows to the spool itself
    (the executor's workers must share this machine's disk: a process pool).
    ``prepare`` is work for this process while the first tasks run (see
    `_ordered`); ``finish_executor``, when given, makes the executor for the
    pass-2 tasks once pass 1 is over (default: ``executor`` again). With
    ``finish_in_tasks`` pass 2 runs as ``executor`` tasks too, each sent its pass-1
    batch's bytes: for workers that do not share this machine's disk (a Dask cluster),
    which then also validate.
    """
    executor = executor or InlineExecutor()
    files: list[FileResult] = []
    spool = Spool()
    keys = KeySet()
    try:
        if progress is not None:
            progress.start(total_bytes=_total_bytes(inputs))
        tasks = _tasks(inputs, files, batch_size, whole_file_max, split_last)
        batches_of: dict[int, list[int]] = {}
        window = max(jobs, 1) * WINDOW_PER_JOB
        spool_to = spool.new_path if spool_in_worker else None
        for task, done_bytes, (slot, fill) in _ordered(executor, tasks, window, spool_to, flag, prepare):
            if strict and task.errors:
                kind, path, reason, record = task.errors[0]
                raise kind(path, reason, record=record)
            file = task.file_result()
            if fill and file is not None:
                vars(slot).update(vars(file))
            index = spool.adopt(*task.spooled) if task.spooled else spool.append(task.rows)
            batches_of.setdefault(id(slot), []).append(index)
            if task.keys is not None:
                keys.add(task.keys)
            else:
                keys.add([record_key(r.record, flag) for r in task.rows if r.record is not None])
            if progress is not None:
                progress.advance(task.count, done_bytes, sum(len(f.errors) for f in files))
        plan = make_plan(keys, lambda idx: _load_records(spool, idx), record_stage)
        del keys
        csv_parts: list[tuple[Path, Path]] = []
        if (spool_in_worker or finish_in_tasks) and not stages:
            finisher = finish_executor() if finish_executor is not None else executor
            final, failures, sizes, csv_parts = _finish_in_workers(
                finisher, spool, plan, window, csv=spool_in_worker and not keep_rows, ship=finish_in_tasks
            )
        else:
            final, failures, sizes = _finish(spool, plan, stages)
    except BaseException:
        spool.close()
        raise
    finally:
        if progress is not None:
            progress.finish()
    report = ValidationReport(sorted(failures, key=lambda f: (f.row or 0, f.column or "")), len(final))
    for f in files:  # each file's records, as read (before merging), from the pass-1 spool
        view = MappedSequence(SpooledRows(spool, batches_of.get(id(f), [])), row_record)
        f.records = list(view) if keep_rows else view  # type: ignore[assignment]
    if keep_rows:
        rows: Sequence[EvidenceRow] = [r for batch in final.batches() for r in batch]
        final.close()
        spool.close()
        return EngineOutput(files, rows, plan.merges, report, sizes)
    return EngineOutput(
        files, SpooledRows(final), plan.merges, report, sizes, spools=[spool, final], csv_parts=csv_parts
    )


def _file_sizes(inputs: Sequence[str | Path]) -> list[int]:
    """The size of every input file (0 when it cannot be read: its task reports why)."""
    sizes = []
    for path, _ in iter_input_files(inputs):
        try:
            sizes.append(path.stat().st_size)
        except OSError:
            sizes.append(0)
    return sizes


def _total_bytes(inputs: Sequence[str | Path]) -> int:
    return sum(_file_sizes(inputs))


def _load_records(spool: Spool, indices: list[int]) -> list[Record]:
    wanted = set(indices)
    out: list[Record] = []
    start = 0
    for b, n in enumerate(spool.counts):
        if any(start <= i < start + n for i in wanted):
            rows = spool.load(b)
            out.extend(row.record for j, row in enumerate(rows, start) if j in wanted and row.record)
        start += n
    return out


def _apply_plan(
    batch: list[EvidenceRow],
    start: int,
    plan: Plan | BatchPlan,
    ids: Iterator[str],
    merged_rows: dict[int, EvidenceRow] | None = None,
) -> list[EvidenceRow]:
    """A pass-1 batch (its first row is record ``start``) as final rows: duplicates out, merged
    records re-extracted, study IDs set from ``ids``. ``merged_rows`` receives the merged rows."""
    from evtable.extract import extract_row

    rows: list[EvidenceRow] = []
    for i, row in enumerate(batch, start):
        if i in plan.dropped:
            continue
        if i in plan.merged:
            row = extract_row(plan.merged[i])
            if merged_rows is not None:
                merged_rows[i] = row
        row.values["study_id"] = next(ids)
        rows.append(row)
    return rows


def _finish(spool: Spool, plan: Plan, stages: Sequence[RowStage]) -> tuple[Spool, list[Failure], list[int]]:
    """Pass 2: apply the plan, run the stages, validate each batch; returns the final spool."""
    from evtable.schema import load_schema

    schema = load_schema()
    unique = UniqueCheck(schema)
    final = Spool()
    failures: list[Failure] = []
    sizes: list[int] = []
    ids = iter(plan.study_ids)
    start = 0
    written = 0
    try:
        for batch in spool.batches():
            rows = _apply_plan(batch, start, plan, ids)
            start += len(batch)
            for stage in stages:
                rows = stage(rows)
            values = [r.values for r in rows]
            failures += _validate_batch(values, written, schema)
            failures += unique.check(unique.values_of(values), written)
            final.append(rows)
            sizes.append(len(rows))
            written += len(rows)
    except BaseException:
        final.close()
        raise
    return final, failures, sizes


@dataclass
class BatchPlan:
    """The part of a `Plan` one pass-1 batch needs, sent with it to a worker (`finish_batch`)."""

    dropped: set[int]
    merged: dict[int, Record]
    ids: list[str]


@dataclass
class FinishedBatch:
    """What a worker's pass-2 task returns: the rows' failures and unique-column values, and the
    batch's merged rows (the only final rows its pass-1 rows and plan cannot give again cheaply)."""

    count: int
    failures: list[Failure]
    unique_values: dict[str, list[object]]
    merged_rows: dict[int, EvidenceRow] = field(default_factory=dict)


def finish_batch(
    source: Path | bytes, start: int, part: BatchPlan, offset: int, csv_parts: tuple[Path, Path] | None
) -> FinishedBatch:
    """Worker task, pass 2 of one batch: apply the plan, validate, and write the final rows'
    evidence-table and provenance CSV lines to ``csv_parts``.

    Only for builds without row stages (curation runs in the main process), so
    the rows are final here and their CSV lines can be written now: the main
    process then only joins the parts, and a multi-core build no longer waits
    on one process to format every cell. The final rows are not spooled again:
    `PlannedSpool` rebuilds them from the pass-1 batch when a writer reads them.
    """
    from evtable.schema import load_schema
    from evtable.writers.csv import write_csv_part, write_csv_part_lines

    schema = load_schema()
    merged_rows: dict[int, EvidenceRow] = {}
    rows = _apply_plan_data(load_data(source), start, part, iter(part.ids), merged_rows)
    values = [r[0] for r in rows]
    failures = _validate_batch(values, offset, schema)
    if csv_parts is not None:
        write_csv_part(csv_parts[0], values, schema.names)
        write_csv_part_lines(csv_parts[1], provenance_data_lines(rows))
    return FinishedBatch(len(rows), failures, UniqueCheck(schema).values_of(values), merged_rows)


def _apply_plan_data(
    batch: list[RowData], start: int, plan: BatchPlan, ids: Iterator[str], merged_rows: dict[int, EvidenceRow]
) -> list[RowData]:
    """`_apply_plan` of a batch as `load_data` gives it; ``merged_rows`` receives the merged rows."""
    from evtable.extract import extract_row

    rows: list[RowData] = []
    for i, data in enumerate(batch, start):
        if i in plan.dropped:
            continue
        if i in plan.merged:
            row = merged_rows[i] = extract_row(plan.merged[i])
            data = row_data(row)
        data[0]["study_id"] = next(ids)
        rows.append(data)
    return rows


def provenance_data_lines(rows: Iterable[RowData]) -> Iterator[tuple[object, ...]]:
    """`evtable.writers.csv.provenance_lines` of rows as `RowData` (as tuples)."""
    for values, provenance, _, _ in rows:
        study_id = values["study_id"]
        for fields in provenance:
            yield (study_id, *fields)


class PlannedSpool(Spool):
    """The final rows of a build finished in workers: each batch is a pass-1 batch file plus its
    part of the plan, applied again whenever the batch is loaded.

    Pickling every final row to a second spool cost about as much as the
    pass-2 work itself (~8% of a build's CPU); applying a batch's plan to its
    pass-1 rows is only dropping duplicates and setting study IDs, because the
    merged rows (the ones that need extracting again) are kept from pass 2.
    The folder holds the batches' CSV parts; the pass-1 files stay the pass-1
    spool's.
    """

    def __init__(self) -> None:
        super().__init__()
        self.plans: list[tuple[int, BatchPlan, dict[int, EvidenceRow]]] = []

    def adopt_planned(
        self, source: Path, start: int, part: BatchPlan, merged_rows: dict[int, EvidenceRow], count: int
    ) -> int:
        """Take pass-1 batch ``source`` (first record ``start``) as the next final batch."""
        self.plans.append((start, part, merged_rows))
        return self.adopt(source, count)

    def load(self, index: int) -> list[EvidenceRow]:
        start, part, merged_rows = self.plans[index]
        ids = iter(part.ids)
        rows: list[EvidenceRow] = []
        for i, row in enumerate(load_batch(self.paths[index]), start):
            if i in part.dropped:
                continue
            study_id = next(ids)
            if i in merged_rows:
                row = merged_rows[i]
            row.values["study_id"] = study_id
            rows.append(row)
        return rows


def _finish_in_workers(
    executor: Executor, spool: Spool, plan: Plan, window: int, *, csv: bool, ship: bool = False
) -> tuple[Spool, list[Failure], list[int], list[tuple[Path, Path]]]:
    """`_finish` as worker tasks, one per batch (see `finish_batch`); with ``csv``, also the CSV parts.

    With ``ship`` each task is sent its batch's bytes (`Spool.data_bytes`) rather than the
    batch file's path, for workers on other machines; only ``window`` batches are read at a time."""
    from evtable.schema import load_schema

    final = PlannedSpool()
    unique = UniqueCheck(load_schema())
    failures: list[Failure] = []
    sizes: list[int] = []
    parts: list[tuple[Path, Path]] = []

    def tasks() -> Iterator[tuple[Any, ...]]:
        start = written = 0
        for b, (path, count) in enumerate(zip(spool.paths, spool.counts, strict=True)):
            span = range(start, start + count)
            dropped = {i for i in span if i in plan.dropped}
            part = BatchPlan(dropped, {i: plan.merged[i] for i in span if i in plan.merged}, [])
            part.ids = plan.study_ids[written : written + count - len(dropped)]
            lines = None
            if csv:
                lines = (
                    final.new_path().with_suffix(".evidence.csv"),
                    final.new_path().with_suffix(".prov.csv"),
                )
                parts.append(lines)
            source = spool.data_bytes(b) if ship else path
            yield finish_batch, (source, start, part, written, lines), written, (path, start, part)
            start += count
            written += len(part.ids)

    try:
        for done, offset, (path, start, part) in _ordered(executor, tasks(), window):
            final.adopt_planned(path, start, part, done.merged_rows, done.count)
            sizes.append(done.count)
            failures += done.failures
            failures += unique.check(done.unique_values, offset)
    except BaseException:
        final.close()
        raise
    return final, failures, sizes, parts


def _validate_batch(values: list[dict[str, object]], offset: int, schema: Any) -> list[Failure]:
    """Pandera on one batch; the frame's index continues from earlier batches, so rows are global.

    A batch `evtable.validate.plainly_valid` passes has no failure to report, and skips pandera."""
    if not values:
        return []
    from evtable.validate import plainly_valid

    if plainly_valid(values, schema):  # the usual case: pandera (and pandas) are not needed
        return []
    from evtable.table import to_frame
    from evtable.validate import validate_frame

    frame = to_frame(values, schema)
    frame.index = range(offset, offset + len(values))
    return validate_frame(frame, schema).failures


class UniqueCheck:
    """Unique columns across batches: pandera sees one batch, this remembers the values of the others."""

    def __init__(self, schema: Any) -> None:
        self.columns = [c.name for c in schema.columns if c.unique]
        self.seen: dict[str, dict[object, int]] = {c: {} for c in self.columns}
        self.reported: set[tuple[int, str]] = set()

    def values_of(self, values: list[dict[str, object]]) -> dict[str, list[object]]:
        """Each unique column's values, row by row (what `check` needs of a batch); ``values``:
        the rows' values."""
        return {c: [v.get(c) for v in values] for c in self.columns}

    def check(self, batch: dict[str, list[object]], offset: int) -> list[Failure]:
        """Failures for values of this batch (its first row is ``offset``) seen in earlier batches."""
        from evtable.validate import FIRST_DATA_ROW

        out: list[Failure] = []
        for column, values in self.seen.items():
            batch_values: dict[object, int] = {}
            for n, value in enumerate(batch[column], offset + FIRST_DATA_ROW):
                if value is None or value == "":
                    continue
                first = values.get(value)
                if first is not None:
                    for where in (first, n):
                        if (where, column) not in self.reported:
                            self.reported.add((where, column))
                            message = f"{value!r} appears more than once in {column}"
                            out.append(Failure(where, column, str(value), "unique", message))
                batch_values.setdefault(value, n)
            for value, n in batch_values.items():
                values.setdefault(value, n)
        return out
