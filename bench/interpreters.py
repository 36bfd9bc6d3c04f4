"""The judged one-core build under different Python interpreters, side by side.

evtable's reading and extraction are pure Python, so how the interpreter itself
was built counts: a distribution's CPython (Debian's, Ubuntu's) is compiled with
profile-guided optimisation and its executable holds libpython itself, while a
pyenv build with default options links a shared libpython and has no PGO. Each
``--venv`` is a virtual environment with evtable installed (as ``make`` makes
``.venv``); the build ``evtable build DIR --jobs 1 --format csv`` runs under
each in turn, in alternation, on the same generated inputs, with each
interpreter's host probe (`run.host_probe`) beside it.

    .venv/bin/python bench/interpreters.py --venv .venv --venv /tmp/pyenv-venv
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import make_inputs, run_cmd

#: What each interpreter says of itself (run under it): version, executable, whether its
#: executable holds libpython (no libpython in its memory map) and its host probe.
_DESCRIBE = """
import json, os, platform, sys
sys.path.insert(0, sys.argv[1])
from run import host_probe
maps = open("/proc/self/maps").read() if os.path.exists("/proc/self/maps") else ""
print(json.dumps({"version": platform.python_version(), "executable": os.path.realpath(sys.executable),
                  "static": "libpython" not in maps if maps else None, "probe": host_probe()}))
"""


def describe(venv: Path) -> dict[str, object]:
    out = subprocess.run(
        [str(venv / "bin" / "python"), "-c", _DESCRIBE, str(Path(__file__).resolve().parent)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    facts: dict[str, object] = json.loads(out)
    return facts


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--venv", type=Path, action="append", required=True, help="a venv with evtable (repeat)"
    )
    parser.add_argument("--records", type=int, default=6000, help="records per format (default 6,000)")
    parser.add_argument("--repeat", type=int, default=3, help="runs under each interpreter (median shown)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="evtable-interp-") as tmp_name:
        tmp = Path(tmp_name)
        print(
            f"`evtable build --jobs 1 --format csv`, {args.records:,} generated records per format, "
            f"median of {args.repeat} runs under each interpreter, in alternation:"
        )
        print()
        print(
            "| interpreter | libpython in the executable | probe s | input | wall s [min-max] | CPU s | records/s |"
        )
        print("|---|---|---|---|---|---|---|")
        facts = {venv: describe(venv) for venv in args.venv}
        for fmt, label in (("xml", "PubMed XML"), ("medline", "MEDLINE")):
            folder = make_inputs(fmt, args.records, tmp / f"in_{fmt}")
            runs: dict[Path, list[tuple[float, float]]] = {venv: [] for venv in args.venv}
            outputs: dict[Path, bytes] = {}
            for _ in range(args.repeat):
                for n, venv in enumerate(args.venv):
                    out = tmp / f"out{n}"
                    command = [str(venv / "bin" / "evtable"), "build", str(folder), "--out", str(out)]
                    runs[venv].append(run_cmd([*command, "-j", "1", "--format", "csv", "-q"]))
                    outputs[venv] = (out / "evidence_table.csv").read_bytes()
            for venv in args.venv:
                f = facts[venv]
                walls = [w for w, _ in runs[venv]]
                wall, cpu = statistics.median(walls), statistics.median(c for _, c in runs[venv])
                static = {True: "yes", False: "no (shared libpython)", None: "unknown"}[f["static"]]  # type: ignore[index]
                print(
                    f"| {f['version']} `{f['executable']}` | {static} | {f['probe']:.3f} | {label} | "
                    f"{wall:.1f} [{min(walls):.1f}-{max(walls):.1f}] | {cpu:.1f} | {args.records / wall:,.0f} |"
                )
            same = len(set(outputs.values())) == 1
            print(
                f"| | | | {label}: identical CSVs under every interpreter: {'yes' if same else 'NO'} | | | |"
            )


if __name__ == "__main__":
    main()
