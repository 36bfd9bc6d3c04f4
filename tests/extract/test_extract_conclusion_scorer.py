"""The boundary model's scorer for extraction gives `score_starts`' very floats (issue 7, speed).

`conclusion_model.Scorer` adds each candidate start's weights from per-sentence cue bits;
`score_starts`, the definition the trainer also reads, names every feature and looks it up.
Both must give the same probabilities to the last bit, with the shipped weights and with
weights on every feature the model can produce, on sample abstracts and on every corpus record.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest
from helpers_extract import corpus_records, doc
from hypothesis import given
from hypothesis import strategies as st

from evtable.extract.conclusion import extract_conclusion, plain_candidates, topic_of
from evtable.extract.conclusion_model import (
    BEFORE_ROLE,
    BEFORE_WORD,
    CUE_NAMES,
    FIRST_ROLE,
    FIRST_WORD,
    MAX_END_FEATURE,
    MAX_RUN_FEATURE,
    ROLE_BIAS,
    ROLE_PLACES,
    ROLE_START,
    ROLE_STEP,
    ROLE_WEIGHT,
    ROLES,
    RUN_CUES,
    RUN_ROLE,
    SENTENCE_BIAS,
    SENTENCE_END,
    SENTENCE_WORD,
    SEQ_START,
    Fused,
    RoleModel,
    Scorer,
    SentenceModel,
    opening_word,
    score_starts,
)
from evtable.extract.conclusion_weights import WEIGHTS
from evtable.extract.zones import Document

ABSTRACTS = [
    ("A single sentence is not enough.", ""),
    ("We treated 40 adults. The drug is safe.", "A safe drug"),
    (
        "Early mobilisation was studied in 120 adults. Pain scores fell by 2 points (P = .01). Stay was "
        "shorter by 1.5 days (95% CI 0.8-2.2). Early mobilisation after knee replacement shortens "
        "hospital stay. It is cheap.",
        "Early mobilisation after total knee replacement: a randomised trial",
    ),
    (
        " ".join(f"Sentence {i} was measured at {i} mm in the knee." for i in range(12))
        + " In conclusion, knee surgery may help. Further trials are needed. These findings support it.",
        "Knee surgery measured",
    ),
    (
        "However, the patients were treated. These differences were significant (p < 0.05). "
        "Ça va: the β-blocker was superior. Side effects occurred in 5%. We conclude that it works. "
        "The ſide effects were mild. Our data suggest benefit.",
        "β-blocker side effects",
    ),
]


#: Words the sentence model weighs in the every-feature weights (words of the sample abstracts).
SENTENCE_SAMPLE_WORDS = ("the", "was", "is", "may", "safe", "p", "95", "we", "knee", "surgery", "β")


def _every_feature_weights(words: Iterable[str]) -> dict[str, float]:
    """A weight on every feature the model can produce (the shipped weights leave some out)."""
    names = [f"{where}_{cue}" for where in ("first", "before") for cue in CUE_NAMES]
    names += [f"{prefix}{w}" for prefix in (FIRST_WORD, BEFORE_WORD) for w in {"", *words}]
    names += [
        f"len{r}{size}" for r in range(1, MAX_RUN_FEATURE + 1) for size in ("", "_long", "_mid", "_short")
    ]
    names += [f"{kind}_{cue}" for kind in ("any", "frac") for cue in RUN_CUES]
    names += ["before_none", "tense_shift", "numbers_stop", "all_present"]
    names += [f"topic_{t}" for t in ("up", "from_none", "down_after", "top")]
    names += [FIRST_ROLE, BEFORE_ROLE, RUN_ROLE, SENTENCE_BIAS]
    names += [f"{SENTENCE_END}{j}" for j in range(MAX_END_FEATURE + 1)]
    names += [SENTENCE_WORD + w for w in SENTENCE_SAMPLE_WORDS]
    role_features = [f"w:{w}" for w in SENTENCE_SAMPLE_WORDS] + [f"first:{w}" for w in {"", *words}]
    role_features += [f"cue:{cue}" for cue in CUE_NAMES] + [f"end:{j}" for j in range(MAX_END_FEATURE + 1)]
    role_features += [f"place:{j}" for j in range(ROLE_PLACES)] + ["place:opening"]
    names += [f"{ROLE_WEIGHT}{r}:{f}" for r in ROLES for f in role_features]
    names += [f"{ROLE_BIAS}{r}" for r in ROLES] + [f"{ROLE_START}{r}" for r in ROLES]
    names += [f"{ROLE_STEP}{a}{b}" for i, a in enumerate(ROLES) for b in ROLES[i:]] + [SEQ_START]
    draw = random.Random(7)
    return {name: round(draw.uniform(-2, 2), 4) for name in names}


def _differences(documents: Iterable[Document], weights: Mapping[str, float] | None) -> list[str]:
    """Where the scorer and `score_starts` differ (a record's title and abstract opening)."""
    out = []
    for d in documents:
        sentences = plain_candidates(d)
        texts = [z.text for z in sentences]
        w = weights if weights is not None else _every_feature_weights(opening_word(t) for t in texts)
        if Scorer(w).score_starts(sentences, topic_of(d)) != score_starts(texts, w, topic_of(d)):
            out.append(f"{d.title[:40]} | {d.text[:60]}")
    return out


@pytest.mark.parametrize("weights", [WEIGHTS, None], ids=["shipped", "every feature"])
@pytest.mark.parametrize(("abstract", "title"), ABSTRACTS)
def test_scorer_gives_the_floats_of_score_starts(
    abstract: str, title: str, weights: Mapping[str, float] | None
) -> None:
    d = doc(abstract, title)
    assert len(plain_candidates(d)) == len(d.sentences), "no sentence was dropped or cut"
    assert _differences([d], weights) == []


def test_scorer_on_no_sentences() -> None:
    assert Scorer(WEIGHTS).score_starts([]) == []
    assert Scorer(WEIGHTS).best_start([]) is None


def test_extraction_with_other_weights_uses_them() -> None:
    """Weights given for evaluation are laid out afresh, not confused with the shipped ones."""
    d = doc("We treated 40 adults. Pain fell by 30% (P = .01). The drug is safe. It is cheap.")
    last = {"len1": 50.0}
    assert extract_conclusion(d, weights=last)[0] == "It is cheap."
    assert (
        extract_conclusion(d, weights={"len3": 50.0})[0]
        == "Pain fell by 30% (P = .01). The drug is safe. It is cheap."
    )


@pytest.mark.corpus
@pytest.mark.parametrize("weights", [WEIGHTS, None], ids=["shipped", "every feature"])
def test_scorer_gives_the_floats_of_score_starts_on_corpus_records(
    corpus: Path, weights: Mapping[str, float] | None
) -> None:
    documents = [Document(r) for r in corpus_records(corpus)]
    assert len(documents) > 1_000
    assert _differences(documents, weights) == []


_VOCABULARY = ("the", "was", "is", "may", "safe", "knee")
#: Weights of any size, a few decimals or none: the sentence model's fsum must come out the same.
_WEIGHT = st.one_of(
    st.floats(-5, 5, allow_nan=False, allow_infinity=False),
    st.sampled_from([0.0, -0.0, 1e-300, -3e-17, 2.0**-60, 0.1, -0.3, 12345.6789]),
)


@given(
    sentence=st.dictionaries(st.sampled_from(_VOCABULARY), _WEIGHT, min_size=1),
    role=st.dictionaries(st.sampled_from(_VOCABULARY), st.integers(-30_000, 30_000), min_size=1),
    bias=_WEIGHT,
    end=_WEIGHT,
    runs=st.frozensets(st.sampled_from((*_VOCABULARY, "other"))),
    i=st.integers(0, 11),
)
def test_fused_reads_what_the_two_models_give(
    sentence: dict[str, float], role: dict[str, int], bias: float, end: float, runs: frozenset[str], i: int
) -> None:
    weights = {SENTENCE_WORD + w: x for w, x in sentence.items()} | {SENTENCE_BIAS: bias}
    weights[f"{SENTENCE_END}{11 - i if 11 - i <= MAX_END_FEATURE else MAX_END_FEATURE}"] = end
    weights |= {
        f"{ROLE_WEIGHT}{r}:w:{w}": (u + j) / 10_000 for w, u in role.items() for j, r in enumerate(ROLES)
    }
    weights |= {f"{ROLE_BIAS}B": 0.25, f"{ROLE_WEIGHT}C:cue:past": -1.5}
    sentences, roles = SentenceModel.of(weights), RoleModel.of(weights)
    assert sentences is not None and roles is not None
    mask = 1 << CUE_NAMES.index("past")
    fused = Fused.of(sentences, roles).read(mask, runs, "the", i, 12)
    assert fused == (roles.role_scores(mask, runs, "the", i, 12), sentences.log_odds(runs, 11 - i))
