"""Population, intervention and outcome against EBM-NLP tokens and NICTA-PIBOSO sentences.

evtable quotes short phrases, while EBM-NLP labels every token of every
mention; so two token views are scored: the quoted spans themselves, and the
extracted values marked wherever they occur in the abstract. PIBOSO labels
whole sentences; a sentence is predicted for a class when a quote of that
class falls in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from evtable.evaluate.corpus import SentenceDoc, TokenDoc, ebm_nlp_docs, piboso_docs
from evtable.evaluate.metrics import PRF, prf_per_class
from evtable.extract import extract_row
from evtable.models import EvidenceRow, Record

#: Record format for rebuilt labelled abstracts (not a pasted page: no body cut applies).
LABELLED_FORMAT = "labelled-abstract"
#: EBM-NLP classes and the evtable fields whose quotes predict them, strongest label first
#: (EBM-NLP's packaging keeps the highest of P > I > O on a token).
EBM_CLASSES: dict[str, tuple[str, ...]] = {
    "P": ("population",),
    "I": ("intervention", "comparator"),
    "O": ("outcome",),
}
#: PIBOSO sentence labels and the evtable fields whose quotes predict them.
#: PIBOSO's "outcome" also covers result sentences, so results quotes count there.
PIBOSO_CLASSES: dict[str, tuple[str, ...]] = {
    "population": ("population", "participants_n"),
    "intervention": ("intervention", "comparator", "comparison"),
    "outcome": ("outcome", "results"),
    "study design": ("design", "design_details"),
}
NONE_LABEL = "N"


@dataclass(frozen=True, slots=True)
class PicoScore:
    """Per-class P/R/F1 for one view of one labelled set."""

    dataset: str
    view: str
    unit: str  # "tokens" or "sentences"
    per_class: dict[str, PRF]
    documents: int


def _rebuild_tokens(doc: TokenDoc) -> tuple[Record, list[tuple[str, int, int, str]]]:
    """A record whose title is the first sentence and abstract the rest, with token offsets."""
    title_tokens = doc.sentences[0]
    title = " ".join(t for t, _ in title_tokens)
    spans: list[tuple[str, int, int, str]] = []
    pos = 0
    for token, label in title_tokens:
        spans.append(("title", pos, pos + len(token), label))
        pos += len(token) + 1
    parts: list[str] = []
    pos = 0
    for sentence in doc.sentences[1:]:
        for token, label in sentence:
            parts.append(token)
            spans.append(("abstract", pos, pos + len(token), label))
            pos += len(token) + 1
    record = Record(
        source_file="ebm_nlp", format=LABELLED_FORMAT, title=title, abstract=" ".join(parts), pmid=doc.pmid
    )
    return record, spans


def _quoted(row: EvidenceRow, fields: tuple[str, ...]) -> list[tuple[str, int, int]]:
    return [
        (p.location, p.start, p.end)
        for p in row.provenance
        if p.field in fields and p.start is not None and p.end is not None
    ]


def _mentions(row: EvidenceRow, record: Record, fields: tuple[str, ...]) -> list[tuple[str, int, int]]:
    """Every occurrence, in title and abstract, of each quote of the given fields."""
    out = []
    for p in row.provenance:
        if p.field not in fields or p.location == "metadata" or not p.quote.strip():
            continue
        needle = re.compile(re.escape(p.quote), re.I)
        for location, text in (("title", record.title or ""), ("abstract", record.abstract)):
            out += [(location, m.start(), m.end()) for m in needle.finditer(text)]
    return out


def score_ebm_nlp(docs: list[TokenDoc]) -> list[PicoScore]:
    """Token-level P/R/F1 per class for the quoted-span view and the every-mention view."""
    gold: list[str] = []
    views: dict[str, list[str]] = {"quoted spans": [], "values at every mention": []}
    for doc in docs:
        if not doc.sentences:
            continue
        record, tokens = _rebuild_tokens(doc)
        row = extract_row(record)
        found = {
            "quoted spans": {c: _quoted(row, fields) for c, fields in EBM_CLASSES.items()},
            "values at every mention": {
                c: _mentions(row, record, fields) for c, fields in EBM_CLASSES.items()
            },
        }
        for view, marks in found.items():
            for location, start, end, _ in tokens:
                label = NONE_LABEL
                for c in EBM_CLASSES:  # P, then I, then O: the strongest label wins
                    if any(loc == location and s < end and start < e for loc, s, e in marks[c]):
                        label = c
                        break
                views[view].append(label)
        gold += [label for *_, label in tokens]
    return [
        PicoScore("EBM-NLP", view, "tokens", prf_per_class(gold, predicted, EBM_CLASSES), len(docs))
        for view, predicted in views.items()
    ]


def score_piboso(docs: list[SentenceDoc]) -> PicoScore:
    """Sentence-level P/R/F1 per PIBOSO class (one-vs-rest: a sentence may get several)."""
    counts = {c: PRF(0, 0, 0) for c in PIBOSO_CLASSES}
    for doc in docs:
        offsets = []
        pos = 0
        for _, sentence in doc.sentences:
            offsets.append((pos, pos + len(sentence)))
            pos += len(sentence) + 1
        text = " ".join(s for _, s in doc.sentences)
        record = Record(source_file="nicta_piboso", format=LABELLED_FORMAT, abstract=text, pmid=doc.pmid)
        row = extract_row(record)
        for c, fields in PIBOSO_CLASSES.items():
            quotes = _quoted(row, fields)
            for (gold_label, _), (start, end) in zip(doc.sentences, offsets, strict=True):
                predicted = any(loc == "abstract" and s < end and start < e for loc, s, e in quotes)
                counts[c] += PRF(
                    int(predicted and gold_label == c),
                    int(predicted and gold_label != c),
                    int(not predicted and gold_label == c),
                )
    return PicoScore("NICTA-PIBOSO", "quoted spans", "sentences", counts, len(docs))


def evaluate_pico(corpus: Path) -> list[PicoScore]:
    """Both labelled sets, read from the corpus in place."""
    return [*score_ebm_nlp(ebm_nlp_docs(corpus)), score_piboso(list(piboso_docs(corpus)))]
