"""participants_n against a hand-labelled gold file (tests/gold/participants_n.csv).

The gold names each abstract by PMID and corpus file; empty gold means the
abstract states no number of participants, so an extracted number there is a
false positive and counts as a miss.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from evtable.errors import EvtableError
from evtable.evaluate.metrics import Accuracy
from evtable.extract.numbers import extract_participants
from evtable.extract.zones import Document
from evtable.models import Record
from evtable.readers import read_records

#: Where the gold lives in a source checkout (the command's default).
DEFAULT_GOLD = Path("tests/gold/participants_n.csv")


class GoldFileError(EvtableError, ValueError):
    """The gold file is missing, malformed, or names a record the corpus does not hold."""


@dataclass(frozen=True, slots=True)
class NGold:
    """One hand-labelled abstract: where it is and the number read from it (None: none stated)."""

    pmid: str
    file: str
    n: int | None
    note: str


def load_gold(path: Path) -> list[NGold]:
    """Rows of the gold CSV; '#' lines are the labelling notes and are skipped."""
    if not path.is_file():
        raise GoldFileError(f"{path}: participants_n gold file not found")
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    out = []
    for i, row in enumerate(csv.DictReader(lines), start=1):
        try:
            value = row["participants_n"].strip()
            out.append(
                NGold(row["pmid"].strip(), row["file"].strip(), int(value) if value else None, row["note"])
            )
        except (KeyError, ValueError, AttributeError) as exc:
            raise GoldFileError(f"{path}: row {i} is malformed ({exc})") from exc
    return out


@dataclass
class ParticipantsScore:
    """Exact-match accuracy overall and split by whether the gold states a number."""

    accuracy: Accuracy
    stated: Accuracy
    not_stated: Accuracy
    misses: list[tuple[str, int | None, int | None, str]] = field(default_factory=list)


def score_participants(gold: list[NGold], records: dict[tuple[str, str], Record]) -> ParticipantsScore:
    """Compare extraction with the gold; ``records`` maps (file, pmid) to the record."""
    hits = stated_hits = stated = empty_hits = 0
    misses = []
    for g in gold:
        record = records.get((g.file, g.pmid))
        if record is None:
            raise GoldFileError(f"gold names PMID {g.pmid} in {g.file}, which the corpus does not hold")
        predicted, _ = extract_participants(Document(record))
        ok = predicted == g.n
        hits += ok
        if g.n is None:
            empty_hits += ok
        else:
            stated += 1
            stated_hits += ok
        if not ok:
            misses.append((g.pmid, g.n, predicted, g.note))
    total = len(gold)
    return ParticipantsScore(
        Accuracy(hits, total), Accuracy(stated_hits, stated), Accuracy(empty_hits, total - stated), misses
    )


def evaluate_participants(corpus: Path, gold_path: Path = DEFAULT_GOLD) -> ParticipantsScore:
    """Read the files the gold names and score participants_n on them."""
    gold = load_gold(gold_path)
    records: dict[tuple[str, str], Record] = {}
    for rel in sorted({g.file for g in gold}):
        for result in read_records([corpus / rel]):
            for record in result.records:
                if record.pmid:
                    records.setdefault((rel, record.pmid), record)
    return score_participants(gold, records)
