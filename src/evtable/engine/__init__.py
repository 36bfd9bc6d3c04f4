"""How a build runs: the streaming pipeline and the executors that run its tasks.

`run_local` uses worker processes on this machine (``--jobs``); `run_dask`
(in `evtable.engine.dask`) sends the same tasks to a Dask cluster. Both give
the same rows, in the same order, as the in-memory `evtable.pipeline.build_table`.
"""

from evtable.engine.core import DEFAULT_BATCH_SIZE, EngineOutput, default_jobs, run
from evtable.engine.local import run_local

__all__ = ["DEFAULT_BATCH_SIZE", "EngineOutput", "default_jobs", "run", "run_local"]
