"""The local engine: pass 1 on a pool of worker processes (``--jobs N``), the rest in this one.

Extraction is pure Python and CPU-bound, so threads would not help; worker
processes do. Small inputs run in this process: starting workers costs more
than it saves for a review-sized folder.
"""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

from evtable.engine.core import (
    DEFAULT_BATCH_SIZE,
    EngineOutput,
    Executor,
    RowStage,
    _file_sizes,
    default_jobs,
    run,
)

#: Inputs smaller than this run in this process whatever ``jobs`` says: about
#: a hundred abstracts, a fraction of a second of work, less than starting a pool.
POOL_MIN_BYTES = 512 * 1024
#: Records per task sent to a worker. Small enough that two workers stay evenly busy to the
#: end of a 3,000-record run (1,000-record tasks left one worker idle for a third of it), large
#: enough that pickling a task costs little beside extracting it.
POOL_TASK_RECORDS = 200
#: With at least one input file per worker, files up to this size are read by the workers, one
#: task each (a 1,000-record PubMed XML file is ~10 MB; a gzipped one unpacks to ~6x its size,
#: so a task holds at most a few tens of MB of rows). Bigger files, and inputs with fewer files
#: than workers, are read by this process and sent out in batches of POOL_TASK_RECORDS.
WHOLE_FILE_MAX = 16 * 1024 * 1024


def run_local(
    inputs: Sequence[str | Path],
    *,
    jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    keep_rows: bool = True,
    stages: Sequence[RowStage] = (),
    progress: Any = None,
    **hooks: Any,
) -> EngineOutput:
    """Run the streaming build with ``jobs`` worker processes (default: every core)."""
    with frozen_heap():
        return _run_local(inputs, jobs, batch_size, keep_rows, stages, progress, hooks)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the objects that exist before the build (modules, compiled patterns, the schema) out
    of the cyclic garbage collector's passes while it runs.

    Extraction allocates many short-lived objects, so the collector runs often, and each older-
    generation pass walked every imported module's objects again: ~5% of extraction time. In
    forked workers it also wrote to the parent's pages, copying them (what `gc.freeze` is for).
    The youngest generation is also collected less often (every `YOUNG_COLLECTION` new objects
    instead of 700): extraction's objects die young, by reference counting, so most of those
    passes found nothing (0.5% of a build's instructions; a build without the collector saved 1%).
    The heap is unfrozen and the thresholds restored afterwards, so a notebook that calls the
    library keeps a normal collector.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], YOUNG_COLLECTION), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


#: New objects between collections of the youngest generation during a build (`frozen_heap`).
YOUNG_COLLECTION = 20_000


def _run_local(
    inputs: Sequence[str | Path],
    jobs: int | None,
    batch_size: int,
    keep_rows: bool,
    stages: Sequence[RowStage],
    progress: Any,
    hooks: dict[str, Any],
) -> EngineOutput:
    jobs = default_jobs() if jobs is None else max(1, jobs)
    sizes = _file_sizes(inputs)
    if jobs == 1 or sum(sizes) < POOL_MIN_BYTES:
        return run(
            inputs,
            jobs=1,
            batch_size=batch_size,
            keep_rows=keep_rows,
            stages=stages,
            # In this process too: the batches are finished with their CSV lines in one pass.
            spool_in_worker=True,
            progress=progress,
            **hooks,
        )
    # fork shares the already-imported extractors with the workers (spawn would re-import them).
    method = "fork" if sys.platform.startswith("linux") else None
    context = multiprocessing.get_context(method)
    with ExitStack() as pools:
        extractors = pools.enter_context(ProcessPoolExecutor(max_workers=jobs, mp_context=context))

        def finishers() -> Executor:
            extractors.shutdown()
            return pools.enter_context(ProcessPoolExecutor(max_workers=jobs, mp_context=context))

        forked = method == "fork"
        return run(
            inputs,
            executor=extractors,
            jobs=jobs,
            batch_size=min(batch_size, POOL_TASK_RECORDS),
            # Reading in the workers takes parsing off this process, which otherwise limits scaling.
            whole_file_max=WHOLE_FILE_MAX if len(sizes) >= jobs else 0,
            # The last files go in batches, so the workers end together (see `core._tasks`).
            split_last=max(1, jobs - 1),
            spool_in_worker=True,
            keep_rows=keep_rows,
            stages=stages,
            progress=progress,
            # Forked pass-2 workers inherit what this process prepared during pass 1.
            prepare=prepare_validation if forked or stages else None,
            finish_executor=finishers if forked else None,
            **hooks,
        )


def prepare_validation() -> None:
    """Load and warm up what pass 2 needs (the schema's checks in plain Python, the CSV writer)
    in this process while the pass-1 workers extract, which need none of it; the pass-2 workers
    are forked afterwards from this process, so they inherit it. The new objects are frozen like
    the rest of the heap (see `frozen_heap`).

    pandas and pandera are not loaded: a batch goes to them only when the plain checks are in
    doubt (`evtable.validate.plainly_valid`), and its worker then imports them, once. Warming
    them up here, as before those checks, took ~0.7 s of CPU from the extracting workers of a
    two-core build: ``--jobs 2`` scaled 1.72x instead of the 1.91x the machine gave two builds.
    """
    from evtable.validate import plainly_valid
    from evtable.writers import csv  # noqa: F401  (the pass-2 workers write CSV lines)

    plainly_valid([])  # loads the schema and lays out its checks
    gc.freeze()
