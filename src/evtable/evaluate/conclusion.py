"""Conclusion accuracy against the CONCLUSIONS section of structured PubMed XML abstracts.

The extractor is given each abstract twice without NLM's section offsets: once
as printed ("CONCLUSIONS: ..." labels in the text, which it must recognise),
and once with every label stripped, so it must find the conclusion in plain
prose. A hit is an exact match of whole sentences: the extracted text equals
the gold section, no sentence more or less.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from evtable.evaluate.corpus import pubmed_records
from evtable.evaluate.metrics import Accuracy
from evtable.extract.conclusion import extract_conclusion
from evtable.extract.zones import Document
from evtable.models import Record

#: The views scored, in report order.
VIEWS = ("labels kept", "labels stripped")


@dataclass(frozen=True, slots=True)
class ConclusionCase:
    """One structured abstract and the text of its CONCLUSIONS section."""

    pmid: str
    record: Record
    gold: str


def conclusion_cases(records: list[Record]) -> list[ConclusionCase]:
    """XML records whose abstract has exactly one CONCLUSIONS section (the gold)."""
    out = []
    for r in records:
        if r.format != "pubmed-xml" or not r.pmid:
            continue
        sections = [s for s in r.sections if s.role == "CONCLUSIONS"]
        if len(sections) == 1:
            s = sections[0]
            out.append(ConclusionCase(r.pmid, r, r.abstract[s.start : s.end]))
    return out


def labels_kept(record: Record) -> Record:
    """The abstract as printed, labels in the text, but no section offsets given."""
    return replace(record, sections=())


def labels_stripped(record: Record) -> Record:
    """Only the section bodies, joined into one paragraph: no label anywhere."""
    bodies = [record.abstract[s.start : s.end].strip() for s in record.sections]
    return replace(record, abstract=" ".join(b for b in bodies if b), sections=())


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).rstrip(". ")


@dataclass
class ConclusionScore:
    """Exact-sentence accuracy of one view, with the misses for inspection."""

    view: str
    accuracy: Accuracy
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (pmid, gold, predicted)


def score_conclusions(records: list[Record]) -> list[ConclusionScore]:
    """Both views over every structured abstract with a CONCLUSIONS section."""
    cases = conclusion_cases(records)
    out = []
    for view, prepare in zip(VIEWS, (labels_kept, labels_stripped), strict=True):
        hits = 0
        misses = []
        for case in cases:
            value, _ = extract_conclusion(Document(prepare(case.record)))
            if _norm(value) == _norm(case.gold):
                hits += 1
            else:
                misses.append((case.pmid, case.gold, value or "(empty)"))
        out.append(ConclusionScore(view, Accuracy(hits, len(cases)), misses))
    return out


def evaluate_conclusions(corpus: Path) -> list[ConclusionScore]:
    """Conclusion scores on the corpus's structured PubMed XML abstracts."""
    return score_conclusions(pubmed_records(corpus))
