"""Where extraction's time goes: CPU milliseconds a record for each field family.

The one-core target (1,000 records/s for parse + extract + validate + write CSV)
is decided by extraction, which takes most of a record's time; this splits it
by extractor, so work on speed starts where the time is. Inputs are the same
generated records as ``bench/run.py``'s (the corpus repeated with new IDs and
titles, read in place).

Each record's `Document` is built first and its shared, lazily computed parts
(sentences, their lower-cased text, words and gate needles) are filled in and
timed as "shared text zones"; then every extractor runs on it in
`extract_row`'s order. The last line compares the sum with `extract_row` on
the same records (run in alternation with the steps), so an extractor this script does not know
shows up as a gap; the rest of `extract_row` (study ID, source line, copying the bibliographic
fields) is a few percent.

    .venv/bin/python bench/extract_breakdown.py            # PubMed XML and MEDLINE, 3,000 each
    .venv/bin/python bench/extract_breakdown.py --records 1000 --formats xml
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evtable.extract import _bounded, extract_row
from evtable.extract.arms import extract_arms
from evtable.extract.conclusion import extract_conclusion
from evtable.extract.design import extract_design, extract_design_details
from evtable.extract.harms import extract_harms
from evtable.extract.numbers import extract_participants
from evtable.extract.outcomes import extract_outcomes, extract_results
from evtable.extract.population import extract_population, extract_setting
from evtable.extract.zones import Document
from evtable.models import Record
from evtable.readers import read_records
from run import CORPUS, make_inputs

ZONES = "shared text zones"
#: The field families after the design, in `extract_row`'s order (design_details reads the design).
STEPS: dict[str, Callable[[Document, str | None], object]] = {
    "design_details": extract_design_details,
    "population": lambda doc, _: extract_population(doc),
    "setting": lambda doc, _: extract_setting(doc),
    "intervention / comparator / comparison": lambda doc, _: extract_arms(doc),
    "participants_n": lambda doc, _: extract_participants(doc),
    "outcome": lambda doc, _: extract_outcomes(doc),
    "results": lambda doc, _: extract_results(doc),
    "adverse_events": lambda doc, _: extract_harms(doc),
    "conclusion": lambda doc, _: extract_conclusion(doc),
}
#: Records extracted before timing: the extractors' caches (word gates, pattern plans) fill up.
WARM_UP = 500


def zoned(record: Record) -> Document:
    """The record's Document with the parts every extractor shares already computed."""
    doc = Document(_bounded(record))
    doc.title_needles  # noqa: B018  (lazy attributes: reading them computes them)
    doc.study_sentences  # noqa: B018
    for z in doc.sentences:
        z.words  # noqa: B018
        z.needles  # noqa: B018
    return doc


def breakdown(records: list[Record]) -> dict[str, float]:
    """CPU seconds spent in each step over all records."""
    clock = time.process_time
    spent = dict.fromkeys([ZONES, "design", *STEPS], 0.0)
    for record in records:
        t = clock()
        doc = zoned(record)
        spent[ZONES] += clock() - t
        t = clock()
        design, _ = extract_design(doc)
        spent["design"] += clock() - t
        for name, step in STEPS.items():
            t = clock()
            step(doc, design)
            spent[name] += clock() - t
    return spent


def whole(records: list[Record]) -> float:
    """CPU seconds of `extract_row` over all records."""
    t = time.process_time()
    for record in records:
        extract_row(record)
    return time.process_time() - t


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=3_000, help="records per format (default 3,000)")
    parser.add_argument("--formats", nargs="+", choices=("xml", "medline"), default=["xml", "medline"])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement; medians printed")
    args = parser.parse_args(argv)
    if not CORPUS.is_dir():
        raise SystemExit(f"corpus not found at {CORPUS} (set EVTABLE_CORPUS)")
    names = {"xml": "PubMed XML", "medline": "MEDLINE"}
    with tempfile.TemporaryDirectory(prefix="evtable-breakdown-") as tmp:
        for fmt in args.formats:
            records = [
                r for f in read_records([make_inputs(fmt, args.records, Path(tmp) / fmt)]) for r in f.records
            ]
            for record in records[:WARM_UP]:
                extract_row(record)
            # Alternating, so a change in the shared host's speed falls on both alike.
            runs, rows = [], []
            for _ in range(args.repeat):
                runs.append(breakdown(records))
                rows.append(whole(records))
            spent = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
            total = sum(spent.values())
            n = len(records)
            print(f"## {names[fmt]}: {n:,} records, CPU ms a record (median of {args.repeat})")
            print()
            print("| step | ms/record | share |")
            print("|---|---|---|")
            for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
                print(f"| {name} | {seconds / n * 1000:.3f} | {seconds / total:.0%} |")
            row = statistics.median(rows)
            ratio = statistics.median(sum(r.values()) / w for r, w in zip(runs, rows, strict=True))
            print(f"| **sum of steps** | {total / n * 1000:.3f} | |")
            print(f"| `extract_row` as a whole | {row / n * 1000:.3f} | sum of steps {ratio:.0%} of it |")
            print()


if __name__ == "__main__":
    main()
