"""Conclusion accuracy against the CONCLUSIONS section of structured PubMed XML abstracts.

The extractor is given each abstract twice without NLM's section offsets: once
as printed ("CONCLUSIONS: ..." labels in the text, which it must recognise),
and once with every label stripped, so it must find the conclusion in plain
prose. A hit is an exact match of whole sentences: the extracted text equals
the gold section, no sentence more or less. Beside it, for the stripped view, is
where the predicted conclusion started (`Placement`): at the gold start or one
sentence off ("within one"), and whether each miss started too early, too late
or at the gold start (ending wrong, or nothing found: "other").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from evtable.evaluate.corpus import pubmed_records
from evtable.evaluate.metrics import Accuracy
from evtable.extract.conclusion import Rule, extract_conclusion, plain_candidates
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


def start_shift(starts: Sequence[int], predicted: int | None, gold: int) -> int | None:
    """How many sentences the predicted conclusion starts after (> 0) or before (< 0) the gold start.

    ``starts`` are the offsets where the abstract's sentences start (sorted), ``predicted`` and
    ``gold`` the offsets where the predicted and gold conclusions start. A late start counts the
    sentence starts after the gold start up to the predicted one; an early start those from the
    predicted start up to before the gold one (a gold start inside a sentence, where the splitter
    missed a boundary, so counts the sentence it cuts as one). None when nothing was predicted
    or the gold text was not found (``gold`` < 0)."""
    if predicted is None or gold < 0:
        return None
    if predicted > gold:
        return max(1, bisect_right(starts, predicted) - bisect_right(starts, gold))
    if predicted < gold:
        return -max(1, bisect_left(starts, gold) - bisect_left(starts, predicted))
    return 0


@dataclass(frozen=True, slots=True)
class Outcome:
    """One scored abstract: exact hit or not, and the start's shift (`start_shift`)."""

    hit: bool
    shift: int | None


@dataclass(frozen=True, slots=True)
class Placement:
    """Where the predicted conclusions started, over some scored abstracts.

    ``within_one`` counts abstracts whose predicted start is the gold start or one sentence off
    (every exact hit among them). Each miss is ``too_early`` (it starts before the gold start),
    ``too_late`` (after it) or ``other`` (at the gold start but ends elsewhere, or nothing was
    found); ``early_by_one`` and ``late_by_one`` are the early and late misses off by one sentence.
    """

    within_one: Accuracy
    too_early: int
    early_by_one: int
    too_late: int
    late_by_one: int
    other: int

    @classmethod
    def of(cls, outcomes: Sequence[Outcome]) -> Placement:
        misses = [o for o in outcomes if not o.hit]
        early = [o.shift for o in misses if o.shift is not None and o.shift < 0]
        late = [o.shift for o in misses if o.shift is not None and o.shift > 0]
        near = sum(o.hit or (o.shift is not None and abs(o.shift) <= 1) for o in outcomes)
        return cls(
            Accuracy(near, len(outcomes)),
            len(early),
            early.count(-1),
            len(late),
            late.count(1),
            len(misses) - len(early) - len(late),
        )

    @property
    def misses(self) -> str:
        """The breakdown of misses in words."""
        return (
            f"too early {self.too_early} ({self.early_by_one} by one sentence), "
            f"too late {self.too_late} ({self.late_by_one} by one), other {self.other}"
        )


def stripped_outcome(
    case: ConclusionCase, weights: Mapping[str, float] | None = None, *, rule: Rule = "model"
) -> tuple[str | None, Outcome]:
    """What the extractor finds in the labels-stripped abstract (shipped weights unless given),
    and how it compares with the gold: exact or not, and how far its start is off in sentences."""
    doc = Document(labels_stripped(case.record))
    value, spans = extract_conclusion(doc, rule=rule, weights=weights)
    starts = [z.sentence.start for z in plain_candidates(doc)]
    shift = start_shift(starts, spans[0].start if spans else None, doc.text.rfind(case.gold.strip()))
    return value, Outcome(same_text(value, case.gold), shift)


@dataclass
class ConclusionScore:
    """Exact-sentence accuracy of one view, with the misses for inspection (and, for the stripped
    views, where the predicted starts lay: `Placement`)."""

    view: str
    accuracy: Accuracy
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (pmid, gold, predicted)
    note: str = ""
    placement: Placement | None = None


def _scored(
    view: str, cases: list[ConclusionCase], predict: Callable[[ConclusionCase], str | None], note: str = ""
) -> ConclusionScore:
    misses = []
    for case in cases:
        value = predict(case)
        if not same_text(value, case.gold):
            misses.append((case.pmid, case.gold, value or "(empty)"))
    return ConclusionScore(view, Accuracy(len(cases) - len(misses), len(cases)), misses, note)


def _scored_stripped(
    view: str, cases: list[ConclusionCase], note: str, *, rule: Rule = "model"
) -> ConclusionScore:
    """`_scored` of the labels-stripped view with the shipped weights (or the rules), placed."""
    found = [(case, *stripped_outcome(case, rule=rule)) for case in cases]
    misses = [(c.pmid, c.gold, value or "(empty)") for c, value, o in found if not o.hit]
    outcomes = [o for _, _, o in found]
    return ConclusionScore(
        view, Accuracy(len(cases) - len(misses), len(cases)), misses, note, Placement.of(outcomes)
    )


def score_conclusions(
    records: list[Record], training: Sequence[ConclusionCase] = (), *, folds: int = 0
) -> list[ConclusionScore]:
    """Every view over the structured abstracts with one CONCLUSIONS section.

    "labels stripped" is the boundary model scored only on abstracts it was not
    trained on: fitted on one half of the corpus (plus ``training``, labelled
    abstracts that are never scored), scored on the other, both ways, pooled. With ``folds``
    (> 1), a k-fold figure follows (`conclusion_train.k_fold`). The rules it replaced and the
    shipped weights (trained on all of these abstracts, so optimistic) are reported next to it.
    """
    from evtable.evaluate.conclusion_train import cross_dataset, k_fold_outcomes

    cases = conclusion_cases(records)
    kept = _scored(VIEWS[0], cases, lambda c: extract_conclusion(Document(labels_kept(c.record)))[0])
    held_out = cross_dataset(cases, training)
    stripped = ConclusionScore(
        VIEWS[1],
        Accuracy(sum(h.accuracy.hits for h in held_out), sum(h.accuracy.total for h in held_out)),
        [m for h in held_out for m in h.misses],
        "boundary model, each abstract scored by the weights trained on the other half of the corpus",
        Placement.of([o for h in held_out for o in h.outcomes]),
    )
    directions = [
        ConclusionScore(
            f"labels stripped, held out: trained on {h.trained_on} ({h.train_cases}), scored on {h.scored_on}",
            h.accuracy,
            list(h.misses),
            "held out",
            Placement.of(h.outcomes),
        )
        for h in held_out
    ]
    if folds > 1:
        outcomes = k_fold_outcomes(cases, training, folds)
        directions.append(
            ConclusionScore(
                f"labels stripped, {folds}-fold",
                Accuracy(sum(o.hit for o in outcomes), len(outcomes)),
                [],
                f"held out: abstracts by PMID in {folds} folds, each scored by weights trained on the others",
                Placement.of(outcomes),
            )
        )
    rules = _scored_stripped(
        "labels stripped, rules (no model)", cases, "the closing-run rule the model replaced", rule="rules"
    )
    shipped = _scored_stripped(
        "labels stripped, shipped weights",
        cases,
        "trained on these same abstracts: optimistic, not a quality claim",
    )
    return [kept, stripped, *directions, rules, shipped]


#: Folds of the k-fold figure `evtable evaluate` reports (conclusion_train.FOLDS).
REPORT_FOLDS = 5


def evaluate_conclusions(corpus: Path) -> list[ConclusionScore]:
    """Conclusion scores on the corpus's structured PubMed XML abstracts."""
    records = pubmed_records(corpus)
    return score_conclusions(records, training_cases(corpus, conclusion_cases(records)), folds=REPORT_FOLDS)
