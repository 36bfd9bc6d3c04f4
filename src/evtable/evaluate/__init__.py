"""Measure extraction against gold labels built from the development corpus.

`evaluate` runs every scorer and returns a `QualityReport`; `render_markdown`
turns it into docs/quality.md and `render_text` into what `evtable evaluate`
prints. Nothing here prints or writes on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from evtable.evaluate.conclusion import (
    REPORT_FOLDS,
    ConclusionScore,
    conclusion_cases,
    evaluate_conclusions,
    score_conclusions,
    training_cases,
)
from evtable.evaluate.corpus import pubmed_records
from evtable.evaluate.design import DesignScore, score_design
from evtable.evaluate.participants import DEFAULT_GOLD, ParticipantsScore, evaluate_participants
from evtable.evaluate.pico import PicoScore, evaluate_pico

#: The issue's targets, as (field, view) -> minimum accuracy. The report marks each as met or not.
TARGETS: dict[tuple[str, str], float] = {
    ("design", "with metadata"): 0.90,
    ("design", "text only"): 0.90,
    ("conclusion", "labels kept"): 0.90,
    ("conclusion", "labels stripped"): 0.90,
    ("participants_n", "all"): 0.85,
}


@dataclass
class QualityReport:
    """Every figure `evtable evaluate` reports, as data."""

    corpus: Path
    design: list[DesignScore]
    conclusion: list[ConclusionScore]
    participants: ParticipantsScore
    pico: list[PicoScore]

    def figures(self) -> dict[tuple[str, str], float | None]:
        """The headline accuracies keyed like `TARGETS`."""
        out: dict[tuple[str, str], float | None] = {}
        out |= {("design", d.view): d.accuracy.value for d in self.design}
        out |= {("conclusion", c.view): c.accuracy.value for c in self.conclusion}
        out[("participants_n", "all")] = self.participants.accuracy.value
        return out


def evaluate(corpus: str | Path, *, participants_gold: str | Path = DEFAULT_GOLD) -> QualityReport:
    """Score design, conclusion, participants_n and PICO on the corpus folder."""
    corpus = Path(corpus)
    records = pubmed_records(corpus)
    return QualityReport(
        corpus=corpus,
        design=score_design(records),
        conclusion=score_conclusions(
            records, training_cases(corpus, conclusion_cases(records)), folds=REPORT_FOLDS
        ),
        participants=evaluate_participants(corpus, Path(participants_gold)),
        pico=evaluate_pico(corpus),
    )


__all__ = ["TARGETS", "QualityReport", "evaluate", "evaluate_conclusions"]
