"""Instructions a record for each one-core stage, counted by valgrind: figures the host cannot move.

The shared machine's speed changes by up to 2x within minutes, which hides a
5-10% change in the time figures of ``bench/run.py`` unless many alternating
runs are made. ``valgrind --tool=callgrind`` counts the instructions executed
instead: the same count for the same code and inputs, whatever else the
machine is doing. Use it to tell whether a change to the one-core path made it
cheaper, then ``bench/run.py`` for what that is in records per second.

Each stage runs in a fresh interpreter under callgrind, once on N generated
records and once on 2N (the first N the same records; inputs as
``bench/run.py`` builds them). The difference is the cost of N more records
with imports, set-up and the caches' warm-up subtracted out. Stages:

- read: parse the input files into records;
- extract: read, then `extract_row` each record;
- whole: read, extract, validate with pandera, write the CSV (the one-core target's path).

    .venv/bin/python bench/instructions.py                   # both formats, 300 / 600 records
    .venv/bin/python bench/instructions.py --records 200 --formats xml

Needs valgrind on PATH. Under callgrind code runs ~50x slower: a default run takes
several minutes (two runs at a time, one per core).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import CORPUS, make_inputs

STAGES = ("read", "extract", "whole")
#: What each stage's interpreter runs (argv: stage, input folder).
STAGE_SCRIPT = r"""
import sys, tempfile
from pathlib import Path
stage, folder = sys.argv[1], Path(sys.argv[2])
from evtable.readers import read_records
records = [r for f in read_records([folder]) for r in f.records]
if stage != "read":
    from evtable.extract import extract_row
    rows = [extract_row(r) for r in records]
if stage == "whole":
    from evtable.schema import load_schema
    from evtable.validate import validate_table
    from evtable.writers.csv import write_csv
    assert validate_table([r.values for r in rows]).rows == len(rows)
    with tempfile.TemporaryDirectory() as tmp:
        write_csv(Path(tmp) / "t.csv", (r.values for r in rows), load_schema().names)
print(len(records))
"""
_TOTAL = re.compile(r"^(?:summary|totals):\s*(\d+)", re.MULTILINE)


def instructions(stage: str, folder: Path, work: Path) -> int:
    """Instructions executed by one stage's interpreter on the records in ``folder``."""
    out = work / f"callgrind.{stage}.{folder.name}"
    script = work / "stage.py"
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
         sys.executable, str(script), stage, str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    if proc.returncode:
        raise SystemExit(f"{stage} on {folder.name} failed under valgrind: {proc.stderr.strip()[-500:]}")
    found = _TOTAL.search(out.read_text(encoding="utf-8", errors="replace"))
    if not found:
        raise SystemExit(f"no instruction total in {out}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=300, help="N: runs on N and 2N records (default 300)")
    parser.add_argument("--formats", nargs="+", choices=("xml", "medline"), default=["xml", "medline"])
    parser.add_argument("--stages", nargs="+", choices=STAGES, default=list(STAGES))
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS} (set EVTABLE_CORPUS)")
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind not found on PATH")
    n = args.records
    names = {"xml": "PubMed XML", "medline": "MEDLINE"}
    with tempfile.TemporaryDirectory(prefix="evtable-instructions-") as name:
        work = Path(name)
        (work / "stage.py").write_text(STAGE_SCRIPT, encoding="utf-8")
        jobs = []
        for fmt in args.formats:
            small, large = (
                make_inputs(fmt, n, work / f"{fmt}_{n}"),
                make_inputs(fmt, 2 * n, work / f"{fmt}_{2 * n}"),
            )
            jobs += [(fmt, stage, small, large) for stage in args.stages]
        with ThreadPoolExecutor(max_workers=2) as pool:
            counts = {
                (fmt, stage): (
                    pool.submit(instructions, stage, small, work),
                    pool.submit(instructions, stage, large, work),
                )
                for fmt, stage, small, large in jobs
            }
            per_record = {key: (b.result() - a.result()) / n for key, (a, b) in counts.items()}
    print(f"Instructions a record (callgrind; runs on {n:,} and {2 * n:,} records, the difference / {n:,}):")
    print()
    print("| input | " + " | ".join(args.stages) + " | stage costs |")
    print("|---|" + "---|" * (len(args.stages) + 1))
    for fmt in args.formats:
        cells = [f"{per_record[fmt, s] / 1e6:.2f} M" for s in args.stages]
        parts = []
        if {"read", "extract"} <= set(args.stages):
            parts.append(f"extract {(per_record[fmt, 'extract'] - per_record[fmt, 'read']) / 1e6:.2f} M")
        if {"extract", "whole"} <= set(args.stages):
            parts.append(
                f"validate + CSV {(per_record[fmt, 'whole'] - per_record[fmt, 'extract']) / 1e6:.2f} M"
            )
        print(f"| {names[fmt]} | " + " | ".join(cells) + f" | {'; '.join(parts)} |")


if __name__ == "__main__":
    main()
