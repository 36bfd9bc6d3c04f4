"""Fit the conclusion role model: which role (background, methods, results, conclusions) each
sentence of an abstract plays.

Structured abstracts label every sentence, not only the conclusion's: each
training abstract (labels stripped, up to its Conclusions) gives every one of
its sentences the role of the section it lies in (background and objective are
one role; a section of no known role keeps the role before it). A multinomial
logistic regression over `conclusion_model.role_features` learns those roles,
and the role-order steps are counted from the same abstracts; the extractor
decodes the roles in order (`conclusion_model.RoleModel`) and the boundary model
reads the result (`SEQ_START`). numpy is used here only, with the sentences kept
as sparse index arrays; the weights ship in the same dict as the boundary model's.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence

from evtable.evaluate.conclusion import ConclusionCase, labels_stripped, through_conclusions
from evtable.extract.conclusion import plain_candidates
from evtable.extract.conclusion_model import (
    ROLE_BIAS,
    ROLE_START,
    ROLE_STEP,
    ROLE_WEIGHT,
    ROLES,
    opening_word,
    read_sentence,
    role_features,
)
from evtable.extract.zones import Document
from evtable.models import Record

#: NLM section roles -> index into ROLES; other roles keep the role of the section before.
SECTION_ROLES = {"BACKGROUND": 0, "OBJECTIVE": 0, "METHODS": 1, "RESULTS": 2, "CONCLUSIONS": 3}
#: Words and opening words get a weight only if sentences of at least this many training abstracts
#: hold them (rarer ones name one abstract's topic); cue and place features always do.
MIN_ROLE_FEATURE_ABSTRACTS = 5
#: L2 penalty on the feature weights (not the biases).
ROLE_L2_PENALTY = 3.0
ROLE_STEPS = 300
ROLE_LEARNING_RATE = 0.05
#: Pseudo-count added to every order-keeping step (and opening role) before they are counted.
STEP_PSEUDO_COUNT = 0.5
#: Weights are written rounded to this many decimals.
ROLE_DECIMALS = 4

#: One training abstract: each sentence's role features and role (an index into ROLES).
RoleRow = tuple[list[str], int]


def stripped_sections(record: Record) -> list[tuple[int, int]]:
    """(offset in the labels-stripped text, role index) of each non-empty section, in order."""
    out: list[tuple[int, int]] = []
    offset, role = 0, 0
    for section in record.sections:
        body = record.abstract[section.start : section.end].strip()
        if not body:
            continue
        role = SECTION_ROLES.get(section.role, role)
        out.append((offset, role))
        offset += len(body) + 1  # `labels_stripped` joins the bodies with one space
    return out


def role_rows(case: ConclusionCase) -> list[RoleRow]:
    """Every candidate sentence of the stripped abstract (up to its Conclusions) with its
    features and the role of the section its start lies in."""
    record = through_conclusions(case.record)
    doc = Document(labels_stripped(record))
    sentences = plain_candidates(doc)
    sections = stripped_sections(record)
    n = len(sentences)
    rows = []
    for i, z in enumerate(sentences):
        role = next((r for start, r in reversed(sections) if start <= z.sentence.start), 0)
        mask, runs = read_sentence(z.text, z.lower, z.words)
        rows.append((role_features(mask, runs, opening_word(z.text), i, n), role))
    return rows


def fit_roles(abstracts: Sequence[Sequence[RoleRow]]) -> dict[str, float]:
    """The role model's weights (keys as `RoleModel` reads them), fitted on these abstracts'
    rows (`role_rows`), rounded; {} when there are none."""
    import numpy as np

    abstracts = [a for a in abstracts if a]
    if not abstracts:
        return {}
    counts = Counter(f for rows in abstracts for f in {f for features, _ in rows for f in features})
    vocabulary = sorted(
        f for f, c in counts.items() if c >= MIN_ROLE_FEATURE_ABSTRACTS or not f.startswith(("w:", "first:"))
    )
    index = {f: i for i, f in enumerate(vocabulary)}
    k = len(ROLES)
    columns: list[int] = []
    row_of: list[int] = []
    labels: list[int] = []
    for rows in abstracts:
        for features, role in rows:
            cols = sorted(index[f] for f in features if f in index)
            columns += cols
            row_of += [len(labels)] * len(cols)
            labels.append(role)
    n_rows, n_features = len(labels), len(vocabulary)
    cols_a, rows_a = np.array(columns, dtype=np.int64), np.array(row_of, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(np.bincount(rows_a, minlength=n_rows))[:-1]]).astype(np.int64)
    y = np.zeros((n_rows, k))
    y[np.arange(n_rows), labels] = 1.0
    w, bias = np.zeros((n_features, k)), np.zeros(k)
    m, v = np.zeros((n_features + 1, k)), np.zeros((n_features + 1, k))
    for step in range(1, ROLE_STEPS + 1):
        s = np.add.reduceat(w[cols_a], starts, axis=0) + bias
        s -= s.max(axis=1, keepdims=True)
        p = np.exp(s)
        p /= p.sum(axis=1, keepdims=True)
        g = p - y
        gw = np.stack([np.bincount(cols_a, weights=g[rows_a, r], minlength=n_features) for r in range(k)], 1)
        grad = np.vstack([gw + ROLE_L2_PENALTY * w, g.sum(axis=0)])
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        update = ROLE_LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
        w -= update[:-1]
        bias -= update[-1]
    out = {f"{ROLE_BIAS}{r}": float(bias[i]) for i, r in enumerate(ROLES)}
    for f, i in index.items():
        out |= {f"{ROLE_WEIGHT}{r}:{f}": float(w[i, j]) for j, r in enumerate(ROLES)}
    out |= _order_weights(abstracts)
    rounded = {key: round(x, ROLE_DECIMALS) for key, x in out.items()}
    return {key: x for key, x in rounded.items() if x}


def _order_weights(abstracts: Sequence[Sequence[RoleRow]]) -> dict[str, float]:
    """Log-probabilities of the opening role and of each order-keeping step, counted."""
    k = len(ROLES)
    opening = [STEP_PSEUDO_COUNT] * k
    steps = [[STEP_PSEUDO_COUNT if b >= a else 0.0 for b in range(k)] for a in range(k)]
    for rows in abstracts:
        roles = [role for _, role in rows]
        opening[roles[0]] += 1
        for a, b in itertools.pairwise(roles):
            if b >= a:
                steps[a][b] += 1
    out = {f"{ROLE_START}{r}": math.log(opening[i] / sum(opening)) for i, r in enumerate(ROLES)}
    for a in range(k):
        total = sum(steps[a])
        out |= {f"{ROLE_STEP}{ROLES[a]}{ROLES[b]}": math.log(steps[a][b] / total) for b in range(a, k)}
    return out
