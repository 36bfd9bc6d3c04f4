"""A multi-core local build forks its pass-1 workers at once and its pass-2 workers after the main
process has prepared pass 2; pandas and pandera are imported by no process of a build whose rows
the schema's checks pass in plain Python (the main process no longer warms them up: that took CPU
from the extracting workers).

Each case runs in a fresh interpreter, because this test process has long since imported pandas.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"

SCRIPT = textwrap.dedent(
    """
    import functools, json, os, sys
    from evtable.engine import core, local

    log = []
    path = sys.argv[2]

    def spy(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            with open(path, "a") as out:
                out.write(json.dumps([fn.__name__, os.getpid(), "pandera.pandas" in sys.modules]) + "\\n")
            return fn(*args)
        return wrapper

    for name in ("read_and_extract", "extract_batch", "finish_batch"):
        setattr(core, name, spy(getattr(core, name)))
    local.POOL_MIN_BYTES = 0  # the fixture is small: use the pool anyway
    out = local.run_local([sys.argv[1]], jobs=2)
    print(json.dumps({"rows": len(out.rows), "main_pid": os.getpid(),
                      "pandera_in_main": "pandera.pandas" in sys.modules}))
    """
)


def _run(tmp_path: Path, code: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_pass_two_workers_are_forked_after_pass_two_is_prepared(tmp_path: Path) -> None:
    log = tmp_path / "tasks.jsonl"
    summary = json.loads(_run(tmp_path, SCRIPT, str(MIXED), str(log)))
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    pass1 = [c for c in calls if c[0] != "finish_batch"]
    pass2 = [c for c in calls if c[0] == "finish_batch"]
    assert pass1 and pass2 and summary["rows"] > 0
    # The fixture's rows are valid: no process imported pandera, the main process included.
    assert not summary["pandera_in_main"]
    assert not any(has_pandera for _, _, has_pandera in calls)
    # No task ran in the main process, and every pass-2 worker was a new process (forked after
    # the main process prepared pass 2), not a pass-1 worker reused.
    pids1, pids2 = {pid for _, pid, _ in pass1}, {pid for _, pid, _ in pass2}
    assert summary["main_pid"] not in pids1 | pids2
    assert not pids1 & pids2


def test_a_batch_in_doubt_is_validated_by_pandera_in_its_pass_two_worker(tmp_path: Path) -> None:
    """Where the plain checks are in doubt, the pass-2 worker imports pandera itself (nothing
    warmed it up) and the build's rows and failures are those of a one-process build."""
    code = textwrap.dedent(
        """
        import functools, json, os, sys
        from evtable import validate
        from evtable.engine import core, local

        validate.plainly_valid = lambda rows, schema=None: False  # every batch in doubt
        path = sys.argv[2]
        finish = core.finish_batch

        @functools.wraps(finish)
        def spy(*args):
            result = finish(*args)
            with open(path, "a") as out:
                out.write(json.dumps([os.getpid(), "pandera.pandas" in sys.modules]) + "\\n")
            return result

        core.finish_batch = spy
        local.POOL_MIN_BYTES = 0
        two = local.run_local([sys.argv[1]], jobs=2)
        one = local.run_local([sys.argv[1]], jobs=1)
        print(json.dumps({"same_rows": [r.values for r in two.rows] == [r.values for r in one.rows],
                          "same_failures": two.validation.failures == one.validation.failures,
                          "main_pid": os.getpid()}))
        """
    )
    log = tmp_path / "finish.jsonl"
    summary = json.loads(_run(tmp_path, code, str(MIXED), str(log)))
    calls = [json.loads(line) for line in log.read_text().splitlines()]
    workers = [has_pandera for pid, has_pandera in calls if pid != summary["main_pid"]]
    assert workers and all(workers)
    assert summary["same_rows"] and summary["same_failures"]


def test_lighten_pandera_keeps_hypothesis_out_of_the_first_import(tmp_path: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from evtable.validate import lighten_pandera, validate_table
        lighten_pandera()
        validate_table([])
        print("hypothesis" in sys.modules, "pandera.pandas" in sys.modules)
        """
    )
    assert _run(tmp_path, code).split() == ["False", "True"]


def test_without_lighten_pandera_its_strategies_load_as_usual(tmp_path: Path) -> None:
    code = "import sys\nfrom evtable.validate import validate_table\nvalidate_table([])\nprint('hypothesis' in sys.modules)"
    assert _run(tmp_path, code).split() == ["True"]
