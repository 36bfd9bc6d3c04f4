"""`stream_table`: the streaming engine behind `evtable.pipeline.build`, with curation hooked in.

`evtable.pipeline.build_table` is the in-memory reference (every record in
a list); this gives the same `BuildResult` while rows stream through
batches on disk. Reviewer curation runs at the same points as there: "same
study" links with the duplicate merges (they need the whole set), and cell
decisions on each batch of rows before it is validated.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evtable.engine.core import DEFAULT_BATCH_SIZE, EngineOutput, RowStage
from evtable.engine.spool import MappedSequence, row_record
from evtable.models import EvidenceRow, Record

if TYPE_CHECKING:
    from evtable.curation import Curation, CurationEvent
    from evtable.pipeline import BuildResult

#: Engines `stream_table` knows.
ENGINES = ("local", "dask")
#: The detail text `apply_to_rows` gives a decision whose study is not in the rows it saw.
UNMATCHED = "unmatched"


def stream_table(
    inputs: Sequence[str | Path],
    *,
    curation: str | Path | None = None,
    engine: str = "local",
    jobs: int | None = None,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    keep_rows: bool = True,
    progress: Any = None,
    strict: bool = False,
) -> tuple[BuildResult, EngineOutput]:
    """Read, deduplicate, extract, curate and validate in batches; nothing is written.

    Returns the result and the engine output; call ``output.close()`` once the
    writers are done (with ``keep_rows=False`` the rows live in a spool on disk).
    """
    from evtable.pipeline import BuildResult, _load_curation

    cur, cur_path, cur_errors = _load_curation(inputs, curation)
    if strict and cur_errors:
        raise cur_errors[0]
    hooks = _CurationHooks(cur)
    options: dict[str, Any] = {
        "batch_size": batch_size,
        "keep_rows": keep_rows,
        "stages": hooks.stages,
        "progress": progress,
        "record_stage": hooks.record_stage,
        # None without "same study" links: nothing to flag, and nothing to send to worker processes.
        "flag": hooks.flag if hooks.link_keys else None,
        "strict": strict,
    }
    if engine == "dask":
        from evtable.engine.dask import run_dask

        output = run_dask(inputs, scheduler=scheduler, jobs=jobs, **options)
    elif engine == "local":
        from evtable.engine.local import run_local

        output = run_local(inputs, jobs=jobs, **options)
    else:
        raise ValueError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    rows = output.rows
    records: Sequence[Record] = (
        [row_record(r) for r in rows] if isinstance(rows, list) else MappedSequence(rows, row_record)
    )
    result = BuildResult(
        files=output.files, records=records, rows=rows, validation=output.validation,
        merges=list(output.merges), curation_path=cur_path, curation_events=hooks.finish(),
        curation_errors=cur_errors,
    )  # fmt: skip
    return result, output


class _CurationHooks:
    """Curation as engine hooks; row events from every batch are gathered into one list."""

    def __init__(self, curation: Curation | None) -> None:
        self.curation = curation
        self.record_events: list[CurationEvent] = []
        self.row_events: list[CurationEvent] = []
        #: Per study key: the first "unmatched" event and in how many batches it was unmatched.
        self.unmatched: dict[str, tuple[CurationEvent, int]] = {}
        self.batches = 0
        self.link_keys: frozenset[str] = frozenset()
        self.stages: list[RowStage] = []
        if curation is not None:
            from evtable.curation import SAME_STUDY

            links = [d for d in curation.latest().values() if d.action == SAME_STUDY]
            self.link_keys = frozenset(k for d in links for k in (d.study, str(d.value)))
            self.stages = [self._rows]

    def flag(self, record: Record) -> bool:
        """Records a "same study" link names must be loaded for the whole-set merge."""
        if not self.link_keys:
            return False
        from evtable.curation import record_keys

        return any(k in self.link_keys for k in record_keys(record))

    def record_stage(self, records: list[Record]) -> list[Record]:
        if self.curation is None or not self.link_keys:
            return records
        from evtable.curation import apply_to_records

        out, events = apply_to_records(records, self.curation)
        self.record_events += events
        return out

    def _rows(self, rows: list[EvidenceRow]) -> list[EvidenceRow]:
        from evtable.curation import apply_to_rows

        assert self.curation is not None
        out, events = apply_to_rows(rows, self.curation)
        self.batches += 1
        for e in events:
            if e.outcome == UNMATCHED:
                first, n = self.unmatched.get(e.study, (e, 0))
                self.unmatched[e.study] = (first, n + 1)
            else:
                self.row_events.append(e)
        return out

    def finish(self) -> list[CurationEvent]:
        """Events in build_table's order; a decision is unmatched only if every batch missed it."""
        if self.curation is None:
            return []
        if self.batches == 0:
            self._rows([])
        unmatched = [e for e, n in self.unmatched.values() if n == self.batches]
        return self.record_events + self.row_events + unmatched
