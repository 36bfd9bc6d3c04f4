"""Scores shared by every field's evaluation: accuracy, confusion matrices, precision/recall/F1.

Plain data in, plain data out, so the report renderer and the tests read the
same numbers the CLI prints.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Accuracy:
    """Hits over cases; ``value`` is None when there were no cases (never a fake 0 or 1)."""

    hits: int
    total: int

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.hits}/{self.total})" if self.total else "n/a (0 cases)"


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from true-positive, false-positive and false-negative counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


def prf_per_class(gold: Iterable[str], predicted: Iterable[str], classes: Iterable[str]) -> dict[str, PRF]:
    """Per-class P/R/F1 for aligned label sequences (one label per token or sentence)."""
    pairs = list(zip(gold, predicted, strict=True))
    out: dict[str, PRF] = {}
    for c in classes:
        tp = sum(1 for g, p in pairs if g == c and p == c)
        fp = sum(1 for g, p in pairs if g != c and p == c)
        fn = sum(1 for g, p in pairs if g == c and p != c)
        out[c] = PRF(tp, fp, fn)
    return out


@dataclass
class Confusion:
    """A confusion matrix of gold label (rows) against predicted label (columns)."""

    counts: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, gold: str, predicted: str) -> None:
        self.counts[(gold, predicted)] += 1

    @property
    def gold_labels(self) -> list[str]:
        """Gold labels, most frequent first (ties by name, so the report is reproducible)."""
        return _by_frequency(Counter(g for (g, _), n in self.counts.items() for _ in range(n)))

    @property
    def predicted_labels(self) -> list[str]:
        """Predicted labels, most frequent first (ties by name)."""
        return _by_frequency(Counter(p for (_, p), n in self.counts.items() for _ in range(n)))


def _by_frequency(totals: Counter[str]) -> list[str]:
    return sorted(totals, key=lambda label: (-totals[label], label))
