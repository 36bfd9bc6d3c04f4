"""evtable's speed and memory figures, each printed beside what it is measured against.

Every comparison is made in the same run on the same rows: start-up against
its target, one core against the 1,000 records/s target, ``--jobs 2`` against
``--jobs 1``, the workbook writer against ``pandas.DataFrame.to_excel``
(openpyxl), 100,000 records against 10,000. Inputs are built in a temporary
folder by repeating the development corpus's PubMed XML and MEDLINE records
with new PMIDs, DOIs and titles (the corpus is read in place, never copied into
the repository). Timings are wall-clock medians of ``--repeat`` runs: other
work on the machine shows up as spread, so the spread is printed too.

    .venv/bin/python bench/run.py                 # the figures in docs/performance.md
    .venv/bin/python bench/run.py --quick         # a smaller, faster run
    .venv/bin/python bench/run.py --out docs/performance.md
"""

from __future__ import annotations

import argparse
import gzip
import os
import pickle
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
EVTABLE = str(VENV_BIN / "evtable")
CORPUS = Path(os.environ.get("EVTABLE_CORPUS", REPO.parent / "shared" / "corpus"))

#: The issue's targets.
HELP_TARGET_S = 0.3
SEEDS_TARGET_S = 1.5
THROUGHPUT_TARGET = 1000  # records/s on one core, parse + extract + validate + write CSV
SCALING_TARGET = 1.8  # --jobs 2 over --jobs 1
#: Runs of the per-stage timing (median reported).
STAGE_RUNS = 3
MEMORY_RATIO_TARGET = 2.0  # peak at 100,000 records over peak at 10,000
XLSX_MEMORY_TARGET = 0.5  # evtable's added memory over pandas+openpyxl's
#: Records per generated input file (PubMed's own baseline files hold ~30,000).
RECORDS_PER_FILE = 1000
#: Words that make every repeated title different enough (< 95% similar) that
#: duplicate detection keeps the copies apart, as it would real distinct studies.
WORDS = [
    "alpha",
    "beta",
    "gamma",
    "delta",
    "omega",
    "sigma",
    "kappa",
    "lambda",
    "theta",
    "zeta",
    "north",
    "south",
    "east",
    "west",
    "river",
    "mountain",
    "valley",
    "harbour",
    "forest",
    "meadow",
    "copper",
    "silver",
    "amber",
    "cobalt",
    "indigo",
    "scarlet",
    "violet",
    "granite",
    "marble",
    "quartz",
    "basalt",
    "falcon",
    "heron",
    "otter",
    "badger",
    "lynx",
    "bison",
]

WORKBOOK_TIMING_SCRIPT = r"""
import pickle, resource, sys, time
from pathlib import Path
kind, rows_file, out, n = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
sample = pickle.loads(Path(rows_file).read_bytes())
from dataclasses import replace
rows = []
for i in range(n):
    base = sample[i % len(sample)]
    values = dict(base.values, study_id=f"Bench {i:07d}")
    rows.append(replace(base, values=values))
if kind == "pandas":
    import pandas as pd
    from evtable.schema import load_schema
    names = load_schema().names
    frame = pd.DataFrame([[r.values.get(c) for c in names] for r in rows], columns=names)
    del rows
    import openpyxl  # noqa: F401  (import cost is not part of the write)
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    frame.to_excel(out, engine="openpyxl", index=False)
else:
    from evtable.writers.xlsx import write_xlsx
    import xlsxwriter  # noqa: F401
    from datetime import datetime
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    write_xlsx(out, rows, created=datetime(2000, 1, 1))
elapsed = time.perf_counter() - t
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, (peak_kb - base_kb) / 1024, out.stat().st_size)
"""


# ---- inputs ---------------------------------------------------------------------


def _title_tag(n: int) -> str:
    """Words that make each title new, one of them a word no other record has (``_coined``):
    real records keep bringing words never seen before (drug codes, places, names), and a
    repeated corpus alone has a vocabulary that stops growing after one pass, which hid a cost
    per new word that grew with the words seen (fixed: see `evtable.extract.patterns.needles_in`).

    No word of the tag is one the extractors look for: an earlier tag ended "cohort N:", which put
    a design cue in every title, so every generated record was read as (partly) a cohort study."""
    a, b, c = n % len(WORDS), (n // len(WORDS)) % len(WORDS), (n // len(WORDS) ** 2) % len(WORDS)
    return f"{WORDS[a].title()} {WORDS[b]} {WORDS[c]} {_coined(n)} item {n}:"


def _coined(n: int) -> str:
    """A made-up word of letters for ``n``, different for every ``n``: "qa", "qb", ... "qbaa"."""
    letters = ""
    while True:
        n, digit = divmod(n, 26)
        letters = chr(ord("a") + digit) + letters
        if n == 0:
            return "q" + letters


def _xml_articles() -> list[bytes]:
    """Every <PubmedArticle> element of the corpus's PubMed XML files, as bytes."""
    out: list[bytes] = []
    for path in sorted((CORPUS / "pubmed_xml").rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if data[:2] == b"\x1f\x8b":
            data = gzip.decompress(data)
        out += re.findall(rb"<PubmedArticle>.*?</PubmedArticle>", data, flags=re.S)
    return out


def _medline_records() -> list[str]:
    """Every record of the corpus's MEDLINE files, as text."""
    out: list[str] = []
    for path in sorted((CORPUS / "medline").rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
            out += [r.strip("\n") for r in re.split(r"\n(?=PMID- )", text) if r.strip().startswith("PMID-")]
    return out


def _new_xml(article: bytes, n: int) -> bytes:
    pmid = str(40_000_000 + n).encode()
    article = re.sub(rb"(<PMID[^>]*>)\d+(</PMID>)", rb"\g<1>" + pmid + rb"\g<2>", article, count=1)
    article = re.sub(rb'(<ArticleId IdType="pubmed">)\d+', rb"\g<1>" + pmid, article)
    article = re.sub(rb"(<ArticleTitle[^>]*>)", rb"\g<1>" + _title_tag(n).encode() + b" ", article, count=1)
    return re.sub(rb'(IdType="doi"[^>]*>)([^<]+)', rb"\g<1>\g<2>.r" + str(n).encode(), article)


def _new_medline(record: str, n: int) -> str:
    record = re.sub(r"^PMID- *\d+", f"PMID- {40_000_000 + n}", record, count=1)
    record = re.sub(r"^TI  - ", f"TI  - {_title_tag(n)} ", record, count=1, flags=re.M)
    return re.sub(r"^((?:LID|AID) - )(\S+)( \[doi\])", rf"\g<1>\g<2>.r{n}\g<3>", record, flags=re.M)


def make_inputs(fmt: str, n: int, folder: Path) -> Path:
    """``n`` records in files of RECORDS_PER_FILE, repeating the corpus with new IDs and titles."""
    folder.mkdir(parents=True, exist_ok=True)
    if fmt == "xml":
        source = _xml_articles()
        for start in range(0, n, RECORDS_PER_FILE):
            articles = b"\n".join(
                _new_xml(source[i % len(source)], i) for i in range(start, min(n, start + RECORDS_PER_FILE))
            )
            (folder / f"part{start // RECORDS_PER_FILE:04d}.xml").write_bytes(
                b'<?xml version="1.0"?>\n<PubmedArticleSet>\n' + articles + b"\n</PubmedArticleSet>\n"
            )
    else:
        records = _medline_records()
        for start in range(0, n, RECORDS_PER_FILE):
            body = "\n\n".join(
                _new_medline(records[i % len(records)], i)
                for i in range(start, min(n, start + RECORDS_PER_FILE))
            )
            (folder / f"part{start // RECORDS_PER_FILE:04d}.nbib").write_text(body + "\n", encoding="utf-8")
    return folder


# ---- measuring ------------------------------------------------------------------


def run_cmd(args: list[str], **kw: object) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, the command and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.run(args, capture_output=True, text=True, check=False, **kw)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {proc.stderr.strip()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu


def peak_rss_mib(args: list[str]) -> tuple[float, float]:
    """Run in a fresh interpreter that reports its children's peak RSS: (seconds, MiB)."""
    code = (
        "import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
        "e = time.perf_counter() - t\n"
        "print(p.returncode, e, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
    rc, elapsed, mib = out.split()
    if int(rc) not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({rc})")
    return float(elapsed), float(mib)


def verdict(ok: bool) -> str:
    return "meets target" if ok else "MISSES target"


class Report:
    """Collects lines for the console and for docs/performance.md."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str = "") -> None:
        print(line, flush=True)
        self.lines.append(line)


# ---- the figures ----------------------------------------------------------------


def startup(say: Report, repeat: int, tmp: Path) -> None:
    say(f"## 1. Start-up (wall clock, median of {repeat}; spread in brackets)")
    say()
    rows = {
        "`python -c pass` (the floor)": ([sys.executable, "-c", "pass"], None),
        "`evtable --help`": ([EVTABLE, "--help"], HELP_TARGET_S),
        "`evtable build seeds`": (
            [EVTABLE, "build", "seeds", "--out", str(tmp / "seeds"), "-q"],
            SEEDS_TARGET_S,
        ),
    }
    say("| command | wall s, median [min-max] | CPU s, median | target (wall) | |")
    say("|---|---|---|---|---|")
    for label, (args, target) in rows.items():
        runs = [run_cmd(args, cwd=REPO) for _ in range(repeat)]
        wall = sorted(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        med = statistics.median(wall)
        goal = f"< {target}" if target else ""
        mark = verdict(med < target) if target else ""
        say(f"| {label} | {med:.3f} [{wall[0]:.3f}-{wall[-1]:.3f}] | {cpu:.3f} | {goal} | {mark} |")
    imports = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import evtable.cli"],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    heavy = [m for m in ("pandas", "pandera", "openpyxl", "xlsxwriter", "lxml", "rapidfuzz", "bibtexparser", "rispy", "dask")
             if re.search(rf"\|\s+{m}$", imports, flags=re.M)]  # fmt: skip
    say()
    say(f"Heavy libraries imported by `evtable --help`: {', '.join(heavy) or 'none'}.")
    say()


def stages(say: Report, inputs: Path, label: str) -> float:
    """One core, in this process: each stage's records/s on the same records.

    Timed in CPU seconds of this process (it runs on one core), so other work on the machine
    does not count against it; the end-to-end builds below are wall clock. Each stage's
    figure is the median of STAGE_RUNS runs (the first also fills the extractors' caches).
    The stages run with the heap that predates them frozen, as `evtable build` runs them
    (`evtable.engine.local.frozen_heap`).
    """
    from evtable.engine.local import frozen_heap
    from evtable.extract import extract_row
    from evtable.readers import read_records
    from evtable.validate import validate_table
    from evtable.writers.csv import write_csv

    validate_table([])  # import pandera and build the schema before timing
    from evtable.schema import load_schema

    runs: list[list[float]] = []
    for _ in range(STAGE_RUNS):
        with frozen_heap():
            t0 = time.process_time()
            files = read_records([inputs])
            records = [r for f in files for r in f.records]
            t1 = time.process_time()
            rows = [extract_row(r) for r in records]
            t2 = time.process_time()
            report = validate_table([r.values for r in rows])
            t3 = time.process_time()
            with tempfile.TemporaryDirectory() as tmp:
                write_csv(Path(tmp) / "t.csv", (r.values for r in rows), load_schema().names)
            t4 = time.process_time()
        runs.append([t1 - t0, t2 - t1, t3 - t2, t4 - t3])
        n = len(records)
        assert report.rows == n
        del files, records, rows
    read, extract, validate, csv = (statistics.median(r[i] for r in runs) for i in range(4))
    total = n / (read + extract + validate + csv)
    say(f"| {label} | {n:,} | {n / read:,.0f} | {n / extract:,.0f} | {n / validate:,.0f} | "
        f"{n / csv:,.0f} | {total:,.0f} | {verdict(total >= THROUGHPUT_TARGET)} |")  # fmt: skip
    return total


def throughput(say: Report, repeat: int, n: int, n_build: int, tmp: Path, judged_repeat: int) -> None:
    say(f"## 2. Throughput: {n:,} generated records per format in-process, {n_build:,} end to end")
    say()
    say(f"Per stage, one core, in-process (records per CPU second, median of {STAGE_RUNS}; target for the whole: "
        f"{THROUGHPUT_TARGET:,}/s):")  # fmt: skip
    say()
    say("| input | records | read | extract | validate (pandera) | write CSV | whole | |")
    say("|---|---|---|---|---|---|---|---|")
    folders = {}
    for fmt, label in (("xml", "PubMed XML"), ("medline", "MEDLINE")):
        stages(say, make_inputs(fmt, n, tmp / f"in_{fmt}_{n}"), label)
        # End to end, the input is larger: start-up (~1 s) and the last task's tail are fixed
        # costs, which at a few thousand records hide how the per-record work scales.
        folders[fmt] = make_inputs(fmt, n_build, tmp / f"in_{fmt}_{n_build}")
    say()
    # The target is for "parse + extract + validate + write CSV", so --format csv is the row judged;
    # the full build (workbook too, written by one process) is shown beside it for information.
    for outputs, extra, judged in (("CSV only: `--format csv`", ["--format", "csv"], True),
                                   ("every output (CSV + provenance + workbook)", [], False)):  # fmt: skip
        # The judged scaling gets more runs: it is a ratio of two wall clocks on a shared machine.
        runs_each = judged_repeat if judged else repeat
        say(f"`evtable build` end to end, {outputs}, wall clock, median of {runs_each} runs of each, "
            "run in alternation (--jobs 1, --jobs 2, ...) so a change in the machine's load meets both; "
            "CPU is the seconds of every process of the build:")  # fmt: skip
        say()
        say(
            "| input | --jobs 1 s | records/s | CPU s | --jobs 2 s | records/s | CPU s | scaling | target | |"
        )
        say("|---|---|---|---|---|---|---|---|---|---|")
        for fmt, label in (("xml", "PubMed XML"), ("medline", "MEDLINE")):
            runs: dict[int, list[tuple[float, float]]] = {1: [], 2: []}
            pairs: list[tuple[float, float]] = []
            for _ in range(runs_each):
                for jobs in (1, 2):
                    args = [
                        EVTABLE,
                        "build",
                        str(folders[fmt]),
                        "--out",
                        str(tmp / f"o{jobs}"),
                        "-j",
                        str(jobs),
                    ]
                    runs[jobs].append(run_cmd([*args, "-q", *extra]))
                if judged:
                    pairs.append(run_pair(folders[fmt], tmp, extra))
            (one, cpu1), (two, cpu2) = (
                (statistics.median(w for w, _ in runs[j]), statistics.median(c for _, c in runs[j]))
                for j in (1, 2)
            )
            spread = {
                j: f"[{min(w for w, _ in runs[j]):.1f}-{max(w for w, _ in runs[j]):.1f}]" for j in (1, 2)
            }
            scale = one / two
            target = f"≥ {SCALING_TARGET}x" if judged else "(information)"
            met = verdict(scale >= SCALING_TARGET) if judged else ""
            say(f"| {label} | {one:.1f} {spread[1]} | {n_build / one:,.0f} | {cpu1:.1f} | {two:.1f} {spread[2]} | "
                f"{n_build / two:,.0f} | {cpu2:.1f} | {scale:.2f}x | {target} | {met} |")  # fmt: skip
            same = (tmp / "o1" / "evidence_table.csv").read_bytes() == (
                tmp / "o2" / "evidence_table.csv"
            ).read_bytes()
            say(f"|  | identical CSVs from --jobs 1 and 2: {'yes' if same else 'NO'} | | | | | | | | |")
            if pairs:
                pair = statistics.median(w for w, _ in pairs)
                pair_cpu = statistics.median(c for _, c in pairs)
                ceiling = 2 * one / pair
                say(f"|  | two independent --jobs 1 builds side by side: {pair:.1f} s "
                    f"[{min(w for w, _ in pairs):.1f}-{max(w for w, _ in pairs):.1f}], {pair_cpu:.1f} CPU s "
                    f"each, so this machine gave two processes {ceiling:.2f}x; --jobs 2 reached "
                    f"{scale / ceiling:.0%} of that | | | | | | | | |")  # fmt: skip
        say()


def host_probe() -> float:
    """CPU seconds of a fixed pure-Python loop, best of 5: how fast this host runs Python now.

    The host is shared with other machines: the same code has run 1.5x slower in one hour than
    in another. Measured before and after the runs, so figures from different runs can be
    compared knowing how fast the host was.
    """
    best = float("inf")
    for _ in range(5):
        t = time.process_time()
        total = 0
        for i in range(3_000_000):
            total += i
        best = min(best, time.process_time() - t)
    return best


def interpreter_build() -> str:
    """Whether this interpreter's executable holds libpython: a build linking a shared libpython
    (pyenv's default) takes 10-15% more CPU time for a one-core build than the distribution's
    (bench/interpreters.py), and longer for the host probe too, so probes of different
    interpreters are not comparable."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        return "libpython linkage unknown"
    shared = "libpython" in maps.read_text()
    return "shared libpython" if shared else "libpython in the executable"


def run_pair(folder: Path, tmp: Path, extra: list[str]) -> tuple[float, float]:
    """Wall seconds for two independent ``--jobs 1`` builds of ``folder`` started together, and
    the CPU seconds each took (their mean).

    Nothing is shared between them, so this is the most two processes can get from this
    machine at that moment: two cores that are hyper-threads of one, or a busy host, give
    less than 2x, and no ``--jobs 2`` can beat it. Shown beside the judged scaling.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    procs = [
        subprocess.Popen(
            [EVTABLE, "build", str(folder), "--out", str(tmp / f"pair{k}"), "-j", "1", "-q", *extra],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for k in (1, 2)
    ]
    codes = [p.wait() for p in procs]
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if any(code not in (0, 1) for code in codes):
        raise SystemExit(f"a side-by-side build of {folder} failed ({codes})")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed, cpu / len(procs)


def memory(say: Report, small: int, large: int, tmp: Path) -> None:
    say(f"## 4. Bounded memory: {small:,} vs {large:,} MEDLINE records")
    say()
    say("Peak resident memory of the largest process of `evtable build DIR -j 2` "
        "(main process or a worker), one run each:")  # fmt: skip
    say()
    say("| records | wall s | peak MiB |")
    say("|---|---|---|")
    peaks = []
    for n in (small, large):
        folder = make_inputs("medline", n, tmp / f"mem_{n}")
        elapsed, mib = peak_rss_mib(
            [EVTABLE, "build", str(folder), "--out", str(tmp / f"memout_{n}"), "-j", "2", "-q"]
        )
        peaks.append(mib)
        say(f"| {n:,} | {elapsed:.1f} | {mib:.0f} |")
        shutil.rmtree(folder)
    ratio = peaks[1] / peaks[0]
    say()
    say(f"Ratio {ratio:.2f} (target ≤ {MEMORY_RATIO_TARGET}): {verdict(ratio <= MEMORY_RATIO_TARGET)}.")
    say()


def workbook(say: Report, n: int, tmp: Path, repeat: int) -> None:
    say(f"## 3. Workbook: {n:,} rows, evtable's formatted workbook vs plain pandas `to_excel` (openpyxl)")
    say()
    from evtable.pipeline import build_table

    sample = build_table([make_inputs("medline", 500, tmp / "wb_sample")]).rows
    rows_file = tmp / "rows.pickle"
    rows_file.write_bytes(pickle.dumps(list(sample)))
    script = tmp / "wb.py"
    script.write_text(WORKBOOK_TIMING_SCRIPT)
    runs: dict[str, list[tuple[float, float, int]]] = {"pandas": [], "evtable": []}
    # Alternating, so a change in the shared host's speed falls on both writers alike.
    for _ in range(repeat):
        for kind in runs:
            out = subprocess.run(
                [sys.executable, str(script), kind, str(rows_file), str(tmp / f"{kind}.xlsx"), str(n)],
                capture_output=True, text=True, check=True,
            ).stdout.split()  # fmt: skip
            runs[kind].append((float(out[0]), float(out[1]), int(out[2])))
    say(f"Each writer in its own process, {repeat} alternating runs of each; medians, spread in brackets.")
    say()
    say("| writer | s [min-max] | rows/s | cells written | cells/s | added peak MiB | file MiB |")
    say("|---|---|---|---|---|---|---|")
    names = {
        "pandas": "pandas + openpyxl, no formatting",
        "evtable": "evtable (xlsxwriter constant_memory, formatted)",
    }
    results = {}
    for kind, kind_runs in runs.items():
        secs = [r[0] for r in kind_runs]
        s, mib, size = statistics.median(secs), statistics.median(r[1] for r in kind_runs), kind_runs[-1][2]
        results[kind] = (s, mib)
        cells = used_cells(tmp / f"{kind}.xlsx")
        say(
            f"| {names[kind]} | {s:.1f} [{min(secs):.1f}-{max(secs):.1f}] | {n / s:,.0f} | {cells:,} "
            f"| {cells / s:,.0f} | {mib:.0f} | {size / 2**20:.1f} |"
        )
    speed = results["pandas"][0] / results["evtable"][0]
    mem = results["evtable"][1] / max(results["pandas"][1], 1e-9)
    say()
    say(f"Speed {speed:.2f}x pandas (target ≥ 1.0x): {verdict(speed >= 1.0)}. "
        f"Memory {mem:.2f}x pandas (target ≤ {XLSX_MEMORY_TARGET}x): {verdict(mem <= XLSX_MEMORY_TARGET)}.")  # fmt: skip
    say()


def used_cells(path: Path) -> int:
    """Cells in the used range of every worksheet (from each sheet's <dimension ref>)."""
    import zipfile

    def col(letters: str) -> int:
        n = 0
        for ch in letters:
            n = n * 26 + ord(ch) - 64
        return n

    total = 0
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                with zf.open(name) as fh:
                    head = fh.read(2048).decode("utf-8", "replace")
                m = re.search(r'<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"', head)
                if m and m.group(3):
                    total += (col(m.group(3)) - col(m.group(1)) + 1) * (int(m.group(4)) - int(m.group(2)) + 1)
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a check that the bench runs")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--scaling-repeat", type=int, default=5, help="runs of each for the judged --jobs scaling (default 5)"
    )
    parser.add_argument("--out", type=Path, help="also write the report here (Markdown)")
    parser.add_argument("--records", type=int, help="records per format for throughput (default 3,000)")
    parser.add_argument(
        "--build-records", type=int, help="records per format for the end-to-end builds (default 20,000)"
    )
    parser.add_argument("--xlsx-rows", type=int, help="rows for the workbook comparison (default 100,000)")
    parser.add_argument(
        "--memory",
        type=int,
        nargs=2,
        metavar=("SMALL", "LARGE"),
        help="record counts (default 10,000 100,000)",
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=["startup", "throughput", "workbook", "memory"],
        help="run these parts only",
    )
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS} (set EVTABLE_CORPUS)")
    n_through, n_build, n_small, n_large, n_xlsx = (
        (300, 600, 500, 2_000, 2_000) if args.quick else (3_000, 20_000, 10_000, 100_000, 100_000)
    )
    n_through = args.records or n_through
    n_build = args.build_records or n_build
    n_xlsx = args.xlsx_rows or n_xlsx
    n_small, n_large = args.memory or (n_small, n_large)
    parts = set(args.only or ["startup", "throughput", "workbook", "memory"])
    # As an installed package has it (pip compiles on install): where PYTHONDONTWRITEBYTECODE
    # is set, an editable install would otherwise compile evtable's sources at every start.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "src")], check=True)
    say = Report()
    say("# evtable performance")
    say()
    command = " ".join(["bench/run.py", *(argv if argv is not None else sys.argv[1:])])
    say(f"Generated by `{command}` on {datetime.now(UTC):%Y-%m-%d} "
        f"({platform.python_implementation()} {platform.python_version()} at `{os.path.realpath(sys.executable)}`, "
        f"{interpreter_build()}; {os.cpu_count()} cores, "
        f"{platform.machine()}; other engineers' jobs share the machine, hence medians; evtable's "
        f"sources byte-compiled first, as an installed package is).")  # fmt: skip
    say()
    start_probe = host_probe()
    with tempfile.TemporaryDirectory(prefix="evtable-bench-") as name:
        tmp = Path(name)
        if "startup" in parts:
            startup(say, max(args.repeat, 5), tmp)
        if "throughput" in parts:
            throughput(say, args.repeat, n_through, n_build, tmp, args.scaling_repeat)
        if "workbook" in parts:
            workbook(say, n_xlsx, tmp, args.repeat)
        if "memory" in parts:
            memory(say, n_small, n_large, tmp)
    say(f"Host speed probe (a fixed pure-Python loop, best of 5; lower is a faster host; comparable only between runs on the same interpreter): "
        f"{start_probe:.3f} s before the runs, {host_probe():.3f} s after them.")  # fmt: skip
    say()
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(say.lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
