"""Design accuracy against NLM's publication types (and MeSH check tags as silver labels).

Scored twice: with the record's metadata visible (a PT-derived design is then
nearly free) and with publication types and MeSH hidden, so the text rules
alone are measured honestly.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from evtable import fields as F
from evtable.evaluate.corpus import fully_indexed, pubmed_records
from evtable.evaluate.metrics import Accuracy, Confusion
from evtable.extract.design import extract_design
from evtable.extract.zones import Document
from evtable.models import Record

#: Publication type -> (gold label, other labels that also count as right), most specific first.
#: "Clinical Trial" without "Randomized Controlled Trial": NLM would have tagged a randomised
#: trial as such, so the study is a single-arm or non-randomised trial.
PT_GOLD: list[tuple[str, str, frozenset[str]]] = [
    ("meta-analysis", F.SYSTEMATIC_REVIEW, frozenset()),
    ("systematic review", F.SYSTEMATIC_REVIEW, frozenset()),
    ("network meta-analysis", F.SYSTEMATIC_REVIEW, frozenset()),
    ("randomized controlled trial", F.RCT, frozenset()),
    ("equivalence trial", F.RCT, frozenset()),
    ("pragmatic clinical trial", F.RCT, frozenset()),
    ("controlled clinical trial", F.NRCT, frozenset()),
    ("practice guideline", F.GUIDELINE, frozenset()),
    ("guideline", F.GUIDELINE, frozenset()),
    ("consensus development conference", F.GUIDELINE, frozenset()),
    ("case reports", F.CASE_REPORT, frozenset({F.CASE_SERIES})),
    ("clinical trial, phase i", F.SINGLE_ARM, frozenset({F.NRCT})),
    ("clinical trial, phase ii", F.SINGLE_ARM, frozenset({F.NRCT})),
    ("clinical trial, phase iii", F.SINGLE_ARM, frozenset({F.NRCT})),
    ("clinical trial, phase iv", F.SINGLE_ARM, frozenset({F.NRCT})),
    ("clinical trial", F.SINGLE_ARM, frozenset({F.NRCT})),
    ("observational study", F.COHORT, frozenset({F.CASE_CONTROL, F.CROSS_SECTIONAL})),
    ("review", F.NARRATIVE_REVIEW, frozenset()),
    ("editorial", F.EDITORIAL, frozenset()),
    ("comment", F.EDITORIAL, frozenset()),
    ("letter", F.EDITORIAL, frozenset()),
    ("news", F.EDITORIAL, frozenset()),
]
#: MeSH check tags as silver labels where no design PT is present (observational designs).
#: Deliberately a copy of extract.patterns.MESH_DESIGNS, not an import: the gold must not move
#: when someone retunes the extractor's table.
MESH_GOLD: list[tuple[str, str]] = [
    ("case-control studies", F.CASE_CONTROL),
    ("cross-sectional studies", F.CROSS_SECTIONAL),
    ("cohort studies", F.COHORT),
    ("prospective studies", F.COHORT),
    ("retrospective studies", F.COHORT),
    ("longitudinal studies", F.COHORT),
    ("follow-up studies", F.COHORT),
]

#: Tags that name one design; the others (retrospective, prospective, follow-up, longitudinal)
#: mark any observational study of a group, so a case series also counts as right there.
STRICT_MESH = frozenset({"case-control studies", "cross-sectional studies", "cohort studies"})
#: Reports of a few patients are indexed "Case Reports" too: "Case series" also counts there.


@dataclass(frozen=True, slots=True)
class DesignGold:
    """The label NLM's indexing implies, where it came from, and the labels that also count."""

    pmid: str
    label: str
    source: str  # "publication type: X" or "MeSH: X"
    also: frozenset[str] = frozenset()

    def accepts(self, predicted: str | None) -> bool:
        return predicted == self.label or predicted in self.also


def design_gold(record: Record) -> DesignGold | None:
    """Gold design of a fully indexed record, or None when its indexing names no design."""
    if not fully_indexed(record) or not record.pmid:
        return None
    types = {t.lower(): t for t in record.publication_types}
    for pt, label, also in PT_GOLD:
        if pt in types:
            return DesignGold(record.pmid, label, f"publication type: {types[pt]}", also)
    mesh = {m.lstrip("*").split("/")[0].lower(): m for m in record.mesh_terms}
    for term, label in MESH_GOLD:
        if term in mesh:
            also = frozenset() if term in STRICT_MESH else frozenset({F.CASE_SERIES})
            return DesignGold(record.pmid, label, f"MeSH: {mesh[term].lstrip('*').split('/')[0]}", also)
    return None


def text_only(record: Record) -> Record:
    """The record with its publication types and MeSH terms hidden from the extractor."""
    return replace(record, publication_types=(), mesh_terms=(), keywords=())


@dataclass
class DesignScore:
    """Accuracy and confusion matrix for one view (metadata visible, or text only)."""

    view: str
    accuracy: Accuracy
    confusion: Confusion
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (pmid, gold, predicted)
    by_source: dict[str, Accuracy] = field(default_factory=dict)


def score_design(records: list[Record]) -> list[DesignScore]:
    """Score both views over the records that have a gold design."""
    cases = [(r, g) for r in records if (g := design_gold(r)) is not None]
    out = []
    for view, prepare in (("with metadata", lambda r: r), ("text only", text_only)):
        confusion = Confusion()
        hits = 0
        misses: list[tuple[str, str, str]] = []
        per_source: dict[str, list[int]] = {}
        for record, gold in cases:
            predicted, _ = extract_design(Document(prepare(record)))
            ok = gold.accepts(predicted)
            hits += ok
            confusion.add(gold.label, predicted or "(empty)")
            kind = "publication type" if gold.source.startswith("publication") else "MeSH (silver)"
            per_source.setdefault(kind, [0, 0])
            per_source[kind][0] += ok
            per_source[kind][1] += 1
            if not ok:
                misses.append((gold.pmid, gold.label, predicted or "(empty)"))
        out.append(
            DesignScore(
                view,
                Accuracy(hits, len(cases)),
                confusion,
                misses,
                {k: Accuracy(h, n) for k, (h, n) in sorted(per_source.items())},
            )
        )
    return out


def evaluate_design(corpus: Path) -> list[DesignScore]:
    """Design scores on the corpus's fully indexed PubMed records."""
    return score_design(pubmed_records(corpus))
