"""The Dask engine: the local engine's tasks on a Dask cluster.

Pass 1 reads and extracts, one task per input file; pass 2 applies the plan and
validates, one task per batch.

Without a scheduler address it starts a `LocalCluster` on this machine (one
worker per core, threads when only one); with ``tcp://HOST:8786`` it runs on
an existing cluster started with Dask's own ``dask scheduler`` and ``dask
worker`` commands. Workers read the input files by path, so on a real
cluster the inputs must be on a filesystem every worker mounts at the same
path. Planning (duplicates, study IDs) needs every record's keys, so it
happens here, on the client, exactly as in the local engine; then each batch
goes back to the cluster as a pass-2 task (its part of the plan applied, and
validated against the schema, as the local engine's workers do), so the rows
and the validation report are identical.

Outputs beyond the usual ones: one CSV shard per partition (input file) in
``shards/``, plus Parquet shards when pyarrow is installed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from evtable.engine.core import EngineOutput, FutureLike, default_jobs, run
from evtable.errors import EvtableError
from evtable.models import EvidenceRow

#: Folder (inside the output folder) for the per-partition shards.
SHARDS_DIR = "shards"


class DaskExecutor:
    """Adapts a `distributed.Client` to the engine's executor protocol."""

    def __init__(self, client: Any) -> None:
        self.client = client

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> FutureLike:
        # A pass-2 batch's bytes go to the workers by scatter: as an argument they would
        # be part of the task graph, which Dask warns about past 10 MB.
        sent = [self.client.scatter(a, hash=False) if isinstance(a, bytes) else a for a in args]
        future: FutureLike = self.client.submit(fn, *sent, pure=False)
        return future


@contextlib.contextmanager
def dask_client(scheduler: str | None, jobs: int | None) -> Iterator[Any]:
    """A client on ``scheduler``, or on a fresh local cluster closed afterwards."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise EvtableError("the Dask engine needs dask.distributed: pip install 'evtable[dask]'") from None
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except OSError as exc:
            raise EvtableError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    workers = default_jobs() if jobs is None else max(1, jobs)
    # One single-threaded worker process per core: extraction holds the GIL. With one
    # worker, threads in this process start faster and behave the same.
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=workers > 1,
        dashboard_address=None,
        silence_logs=50,  # logging.CRITICAL: the CLI's own lines are the output
    )
    with cluster, Client(cluster) as client:
        yield client


def run_dask(
    inputs: Sequence[str | Path], *, scheduler: str | None = None, jobs: int | None = None, **options: Any
) -> EngineOutput:
    """Run the streaming build on Dask: read + extract one task per input file, then apply the
    plan and validate one task per batch."""
    with dask_client(scheduler, jobs) as client:
        n = len(client.scheduler_info().get("workers", {})) or 1
        return run(
            inputs,
            executor=DaskExecutor(client),
            jobs=n,
            whole_file_max=None,
            finish_in_tasks=True,
            **options,
        )


def write_shards(rows: Sequence[EvidenceRow], sizes: Sequence[int], out_dir: Path) -> list[Path]:
    """One CSV (and Parquet, with pyarrow) shard per partition, in ``out_dir/shards``."""
    from evtable.schema import load_schema
    from evtable.writers.csv import write_csv

    names = load_schema().names
    folder = out_dir / SHARDS_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*"):
        old.unlink()
    try:
        import pyarrow  # noqa: F401

        parquet = True
    except ImportError:
        parquet = False
    paths: list[Path] = []
    it = iter(rows)
    for part, size in enumerate(sizes):
        values = [next(it).values for _ in range(size)]
        paths.append(write_csv(folder / f"part-{part:05d}.csv", values, names))
        if parquet:
            from evtable.table import to_frame

            target = folder / f"part-{part:05d}.parquet"
            to_frame(values).astype("string").to_parquet(target, index=False)
            paths.append(target)
    return paths
