"""Conclusion accuracy against the CONCLUSIONS section of structured PubMed XML abstracts.

The extractor is given each abstract twice without NLM's section offsets: once
as printed ("CONCLUSIONS: ..." labels in the text, which it must recognise),
and once with every label stripped, so it must find the conclusion in plain
prose. A hit is an exact match of whole sentences: the extracted text equals
the gold section, no sentence more or less.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from evtable.evaluate.corpus import pubmed_records
from evtable.evaluate.metrics import Accuracy
from evtable.extract.conclusion import extract_conclusion
from evtable.extract.zones import Document
from evtable.models import Record
from evtable.readers import read_records

#: The views scored, in report order.
VIEWS = ("labels kept", "labels stripped")


@dataclass(frozen=True, slots=True)
class ConclusionCase:
    """One structured abstract and the text of its CONCLUSIONS section."""

    pmid: str
    record: Record
    gold: str


def _one_conclusion(record: Record) -> str | None:
    """The text of the record's CONCLUSIONS section when it has exactly one, else None."""
    sections = [s for s in record.sections if s.role == "CONCLUSIONS"]
    return record.abstract[sections[0].start : sections[0].end] if len(sections) == 1 else None


def conclusion_cases(records: list[Record]) -> list[ConclusionCase]:
    """XML records whose abstract has exactly one CONCLUSIONS section (the gold)."""
    out = []
    for r in records:
        if r.format == "pubmed-xml" and r.pmid and (gold := _one_conclusion(r)) is not None:
            out.append(ConclusionCase(r.pmid, r, gold))
    return out


#: Corpus folders whose abstracts print their section labels inline ("CONCLUSIONS: ..."), which
#: the readers turn into sections: extra examples to train the boundary model on, never scored.
TRAINING_FOLDERS: tuple[str, ...] = ("medline", "ris", "bibtex")


def identity(record: Record) -> set[str]:
    """Keys under which two copies of one study meet: PMID, DOI and normalised title."""
    keys = {f"pmid:{record.pmid}"} if record.pmid else set()
    if record.doi:
        keys.add(f"doi:{record.doi.strip().lower()}")
    title = re.sub(r"[^a-z0-9]+", "", (record.title or "").lower())
    if title:
        keys.add(f"title:{title}")
    return keys


def training_cases(corpus: Path, scored: Sequence[ConclusionCase]) -> list[ConclusionCase]:
    """Labelled abstracts outside the scored XML set, one per study, to train on only.

    A record is dropped when its PMID, DOI or normalised title is that of a scored
    abstract (the p1m-ortho .nbib files repeat the XML's records) or of an earlier
    training record, so the held-out figure stays held out. EBM-NLP's abstracts with section
    headings follow (`conclusion_ebm.ebm_training_cases`, checked against all of these).
    """
    from evtable.evaluate.conclusion_ebm import ebm_training_cases

    seen: set[str] = set()
    for case in scored:
        seen |= identity(case.record)
    out = []
    for folder in TRAINING_FOLDERS:
        if not (corpus / folder).is_dir():
            continue
        for result in read_records([corpus / folder]):
            for r in result.records:
                keys = identity(r)
                gold = _one_conclusion(r)
                if gold is None or not keys or keys & seen:
                    continue
                seen |= keys
                out.append(ConclusionCase(r.pmid or min(keys), r, gold))
    return [*out, *ebm_training_cases(corpus, [*scored, *out])]


def through_conclusions(record: Record) -> Record:
    """The record without the sections after its Conclusions (trial registration, funding, key
    messages): for training, so that abstracts with such trailers still teach where a closing
    run starts."""
    roles = [s.role for s in record.sections]
    if "CONCLUSIONS" not in roles:
        return record
    return replace(record, sections=record.sections[: roles.index("CONCLUSIONS") + 1])


def labels_kept(record: Record) -> Record:
    """The abstract as printed, labels in the text, but no section offsets given."""
    return replace(record, sections=())


def labels_stripped(record: Record) -> Record:
    """Only the section bodies, joined into one paragraph: no label anywhere."""
    bodies = [record.abstract[s.start : s.end].strip() for s in record.sections]
    return replace(record, abstract=" ".join(b for b in bodies if b), sections=())


def _norm(text: str | None) -> str:
    return " ".join((text or "").split()).rstrip(". ")


def same_text(predicted: str | None, gold: str) -> bool:
    """The exact-sentence criterion: equal up to whitespace and a final full stop."""
    return predicted is not None and _norm(predicted) == _norm(gold)


@dataclass
class ConclusionScore:
    """Exact-sentence accuracy of one view, with the misses for inspection."""

    view: str
    accuracy: Accuracy
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (pmid, gold, predicted)
    note: str = ""


def _scored(
    view: str, cases: list[ConclusionCase], predict: Callable[[ConclusionCase], str | None], note: str = ""
) -> ConclusionScore:
    misses = []
    for case in cases:
        value = predict(case)
        if not same_text(value, case.gold):
            misses.append((case.pmid, case.gold, value or "(empty)"))
    return ConclusionScore(view, Accuracy(len(cases) - len(misses), len(cases)), misses, note)


def score_conclusions(
    records: list[Record], training: Sequence[ConclusionCase] = ()
) -> list[ConclusionScore]:
    """Every view over the structured abstracts with one CONCLUSIONS section.

    "labels stripped" is the boundary model scored only on abstracts it was not
    trained on: fitted on one half of the corpus (plus ``training``, labelled
    abstracts that are never scored), scored on the other, both ways, pooled. The rules it replaced and the shipped weights (trained on all
    of these abstracts, so optimistic) are reported next to it.
    """
    from evtable.evaluate.conclusion_train import cross_dataset, predict

    cases = conclusion_cases(records)
    kept = _scored(VIEWS[0], cases, lambda c: extract_conclusion(Document(labels_kept(c.record)))[0])
    held_out = cross_dataset(cases, training)
    stripped = ConclusionScore(
        VIEWS[1],
        Accuracy(sum(h.accuracy.hits for h in held_out), sum(h.accuracy.total for h in held_out)),
        [m for h in held_out for m in h.misses],
        "boundary model, each abstract scored by the weights trained on the other half of the corpus",
    )
    directions = [
        ConclusionScore(
            f"labels stripped, held out: trained on {h.trained_on} ({h.train_cases}), scored on {h.scored_on}",
            h.accuracy,
            list(h.misses),
            "held out",
        )
        for h in held_out
    ]
    rules = _scored(
        "labels stripped, rules (no model)",
        cases,
        lambda c: predict(c, rule="rules"),
        "the closing-run rule the model replaced",
    )
    shipped = _scored(
        "labels stripped, shipped weights",
        cases,
        predict,
        "trained on these same abstracts: optimistic, not a quality claim",
    )
    return [kept, stripped, *directions, rules, shipped]


def evaluate_conclusions(corpus: Path) -> list[ConclusionScore]:
    """Conclusion scores on the corpus's structured PubMed XML abstracts."""
    records = pubmed_records(corpus)
    return score_conclusions(records, training_cases(corpus, conclusion_cases(records)))
