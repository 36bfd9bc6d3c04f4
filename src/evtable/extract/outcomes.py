"""Outcomes (end points, primary first) and results (effect estimates as written)."""

from __future__ import annotations

import re

from evtable.extract.patterns import (
    OUTCOME_NEEDLES,
    OUTCOME_TERMS,
    OUTCOME_WORD_GATES,
    PRIMARY_OUTCOME,
    PRIMARY_OUTCOME_GATE,
    GateIndex,
    gate_found,
    has_stats,
)
from evtable.extract.zones import Document, Zoned
from evtable.models import Provenance

_TERMS = [(label, re.compile(rf"\b(?:{rx})", re.I)) for label, rx in OUTCOME_TERMS.items()]
#: The terms filed by their gates, for a sentence's `Zoned.needles` and words.
_TERM_INDEX = GateIndex(
    [(frozenset(OUTCOME_NEEDLES[label]),) for label, _ in _TERMS],
    [OUTCOME_WORD_GATES.get(label, ()) for label, _ in _TERMS],
)
_PRIMARY_GATE = tuple(frozenset(group) for group in PRIMARY_OUTCOME_GATE)
#: Results longer than this are cut (the full sentences stay in the provenance quotes).
MAX_RESULT_SENTENCES = 4


def extract_outcomes(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Labelled primary/secondary end points first, then named outcomes in order of mention."""
    items: list[tuple[str, Provenance]] = []
    covered: list[tuple[int, int]] = []
    for z in doc.study_sentences:
        for m in PRIMARY_OUTCOME.finditer(z.text) if gate_found(z.needles, _PRIMARY_GATE) else ():
            kind = m.group("kind").lower()
            what = m.group("what").strip().rstrip(",")
            label = f"{'Primary' if kind in {'primary', 'main', 'co-primary'} else 'Secondary'}: {what}"
            start = z.sentence.start + m.start("what")
            items.append(
                (label, doc.span("outcome", label, start, start + len(what), f"{kind} end point", "high"))
            )
            covered.append((start, start + len(what)))
    seen = {i[0].lower() for i in items}
    hits: list[tuple[int, str, Provenance]] = []
    for z in doc.study_sentences:
        taken: list[tuple[int, int]] = []
        for term in _TERM_INDEX.open_rules(z.needles, z.words):
            label, rx = _TERMS[term]
            for m in rx.finditer(z.text):
                s, e = z.sentence.start + m.start(), z.sentence.start + m.end()
                if any(a <= s < b or a < e <= b for a, b in covered + taken):
                    continue
                taken.append((s, e))
                if label not in seen:
                    seen.add(label)
                    hits.append((s, label, doc.span("outcome", label, s, e, "outcome lexicon", "medium")))
    items += [(label, prov) for _, label, prov in sorted(hits, key=lambda h: h[0])]
    if not items:
        return None, []
    return "; ".join(i[0] for i in items), [i[1] for i in items]


def extract_results(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Result sentences as written: the RESULTS section, or sentences carrying statistics."""
    stats_of: dict[int, bool] = {}

    def stats(z: Zoned) -> bool:
        if z.index not in stats_of:
            stats_of[z.index] = has_stats(z.text)
        return stats_of[z.index]

    chosen = [z for z in doc.study_sentences if z.role == "RESULTS"]
    if not chosen:
        chosen = [z for z in doc.study_sentences if z.role not in {"CONCLUSIONS", "OBJECTIVE"} and stats(z)]
    chosen = [z for z in chosen if stats(z)] or chosen if doc.structured else chosen
    chosen = chosen[:MAX_RESULT_SENTENCES]
    if not chosen:
        return None, []
    provs = [
        doc.span("results", z.text, z.sentence.start, z.sentence.end, "results sentence", "medium")
        for z in chosen
    ]
    return " ".join(z.text for z in chosen), provs
