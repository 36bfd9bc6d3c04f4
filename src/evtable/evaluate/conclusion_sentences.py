"""Fit the conclusion sentence model: does one sentence, on its own, belong to the conclusion?

Each training abstract (labels stripped, up to its Conclusions) labels every one
of its sentences, not just where the conclusion starts: about ten times the
signal of the boundary model's one start per abstract. A logistic regression
over the words a sentence holds (lower-cased ``\\w+`` runs, present or not) and
its place from the end learns that signal; the boundary model then reads the
sentence's log-odds (`evtable.extract.conclusion_model.SentenceModel`). numpy is
used here only, with the sentences kept as sparse index arrays; the weights
ship in the same dict as the boundary model's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from evtable.evaluate.conclusion import ConclusionCase, labels_stripped, through_conclusions
from evtable.extract.conclusion import plain_candidates
from evtable.extract.conclusion_model import (
    MAX_END_FEATURE,
    SENTENCE_BIAS,
    SENTENCE_END,
    SENTENCE_WORD,
    read_sentence,
)
from evtable.extract.zones import Document

#: A word gets a weight only if sentences of at least this many training abstracts hold it (rarer
#: words name one abstract's topic rather than a conclusion's wording).
MIN_SENTENCE_WORD_ABSTRACTS = 5
#: At most this many words keep a weight: those of the largest weights of a first fit, refitted.
MAX_SENTENCE_WORDS = 1500
#: L2 penalty on the word and place weights (not the bias).
SENTENCE_L2_PENALTY = 10.0
SENTENCE_STEPS = 300
SENTENCE_LEARNING_RATE = 0.05
#: Weights are written rounded to this many decimals.
SENTENCE_DECIMALS = 4

#: One training sentence: its words, its place from the end, and whether it is in the conclusion.
Row = tuple[frozenset[str], int, bool]


def sentence_rows(case: ConclusionCase) -> list[Row]:
    """Every candidate sentence of the stripped abstract (up to its Conclusions), labelled by
    whether it lies in the gold conclusion; none when the gold starts inside a sentence."""
    doc = Document(labels_stripped(through_conclusions(case.record)))
    sentences = plain_candidates(doc)
    gold_start = doc.text.rfind(case.gold.strip())
    if gold_start < 0 or not any(z.sentence.start == gold_start for z in sentences):
        return []
    n = len(sentences)
    return [
        (read_sentence(z.text, z.lower, z.words)[1], n - 1 - i, z.sentence.start >= gold_start)
        for i, z in enumerate(sentences)
    ]


def _logistic(rows: Sequence[Row], vocabulary: Sequence[str]) -> tuple[dict[str, float], list[float], float]:
    """Word weights, place weights and bias of an L2-penalised logistic regression (Adam)."""
    import numpy as np

    index = {w: i for i, w in enumerate(vocabulary)}
    n_words = len(vocabulary)
    n_features = n_words + MAX_END_FEATURE + 1
    columns: list[int] = []
    lengths: list[int] = []
    for words, from_end, _ in rows:
        cols = [*sorted(index[w] for w in words if w in index), n_words + min(from_end, MAX_END_FEATURE)]
        columns += cols
        lengths.append(len(cols))
    cols_a = np.array(columns, dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]).astype(np.int64)
    y = np.array([label for _, _, label in rows], dtype=float)
    w = np.zeros(n_features)
    bias = 0.0
    m, v = np.zeros(n_features + 1), np.zeros(n_features + 1)
    for step in range(1, SENTENCE_STEPS + 1):
        z = np.add.reduceat(w[cols_a], starts) + bias
        p = 1.0 / (1.0 + np.exp(-z))
        g = p - y
        grad = np.append(
            np.bincount(cols_a, weights=g[row_of], minlength=n_features) + SENTENCE_L2_PENALTY * w, g.sum()
        )
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        update = SENTENCE_LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        w -= update[:-1]
        bias -= float(update[-1])
    return {word: float(w[i]) for word, i in index.items()}, [float(x) for x in w[n_words:]], bias


def fit_sentences(abstracts: Sequence[Sequence[Row]]) -> dict[str, float]:
    """The sentence model's weights (keys as `SentenceModel` reads them), fitted on the rows of
    these abstracts (`sentence_rows`), rounded; {} when no rows hold both labels."""
    rows = [r for some in abstracts for r in some]
    if len({label for _, _, label in rows}) < 2:
        return {}
    counts = Counter(w for some in abstracts for w in frozenset().union(*(words for words, _, _ in some)))
    vocabulary = sorted(w for w, n in counts.items() if n >= MIN_SENTENCE_WORD_ABSTRACTS)
    words, _, _ = _logistic(rows, vocabulary)
    kept = sorted(sorted(words, key=lambda w: (-abs(words[w]), w))[:MAX_SENTENCE_WORDS])
    words, ends, bias = _logistic(rows, kept)
    out = {SENTENCE_BIAS: bias} | {f"{SENTENCE_END}{j}": x for j, x in enumerate(ends)}
    out |= {SENTENCE_WORD + word: x for word, x in words.items()}
    rounded = {k: round(x, SENTENCE_DECIMALS) for k, x in out.items()}
    return {k: x for k, x in rounded.items() if x}
