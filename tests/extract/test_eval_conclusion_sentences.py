"""The conclusion sentence model and the EBM-NLP training abstracts (issue 4).

EBM-NLP abstracts are rebuilt from tokens with their headings as sections and
become training cases unless they repeat a study already taken; the sentence
model's log-odds are a sum of weights, fitted by a logistic regression on every
sentence of the training abstracts, and the boundary model reads them.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from conftest import structured_case
from evtable.evaluate.conclusion import ConclusionCase, labels_stripped
from evtable.evaluate.conclusion_ebm import (
    detokenise,
    ebm_case,
    ebm_record,
    ebm_training_cases,
    heading,
)
from evtable.evaluate.conclusion_sentences import Row, fit_sentences, sentence_rows
from evtable.evaluate.conclusion_train import k_fold, predict, train
from evtable.evaluate.corpus import EBM_NLP_IDS, EBM_NLP_TOKENS, TokenDoc
from evtable.extract.conclusion_model import (
    BEFORE_ROLE,
    FIRST_ROLE,
    MAX_END_FEATURE,
    RUN_ROLE,
    SENTENCE_BIAS,
    SENTENCE_END,
    SENTENCE_WORD,
    SentenceModel,
    describe,
    start_features,
)


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["Pain", "fell", "."], "Pain fell."),
        (
            ["by", "20", "%", "(", "P", "=", ".01", ")", ";", "it", "helps", "."],
            "by 20% (P = .01); it helps.",
        ),
        (["aims", ":", "[", "a", "]", ",", "b", "!"], "aims: [a], b!"),
        ([], ""),
    ],
)
def test_detokenise(tokens: list[str], text: str) -> None:
    assert detokenise(tokens) == text


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["CONCLUSIONS", "The", "drug", "helps"], ("CONCLUSIONS", "CONCLUSIONS", 1)),
        (
            ["CONCLUSION", "AND", "RELEVANCE", "Among", "adults"],
            ("CONCLUSION AND RELEVANCE", "CONCLUSIONS", 3),
        ),
        (["DESIGN", "SETTING", "AND", "PATIENTS", "We"], ("DESIGN SETTING AND PATIENTS", "METHODS", 4)),
        (["RESULTS"], ("RESULTS", "RESULTS", 1)),
        (["OBJECTIVE", "To", "test"], ("OBJECTIVE", "OBJECTIVE", 1)),
        (["METHODS", "AND", "we"], ("METHODS", "METHODS", 1)),  # a trailing AND is no part of it
        (["FOBT", "was", "done"], None),  # an acronym opening a sentence
        (["The", "RESULTS", "were"], None),
        (["Results", "were", "good"], None),  # not upper case
        (["AND", "then"], None),
    ],
)
def test_heading(tokens: list[str], expected: tuple[str, str, int] | None) -> None:
    assert heading(tokens) == expected


def _doc(pmid: str, title: str, *sentences: str) -> TokenDoc:
    """A token document: the title, then sentences, each split on spaces with a final full stop."""
    return TokenDoc(pmid, tuple(tuple((t, "N") for t in [*s.split(), "."]) for s in (title, *sentences)))


SAMPLE = _doc(
    "101",
    "Walking for low mood: a randomised trial",
    "BACKGROUND Low mood is common",
    "METHODS We randomised 60 adults to walking or rest",
    "RESULTS Mood scores rose by 4 points in walkers",
    "Nobody was harmed",
    "CONCLUSIONS Walking lifts mood",
    "It costs nothing",
    "TRIAL REGISTRATION NCT00000101",
)


def test_ebm_record_rebuilds_sections_and_gold() -> None:
    record = ebm_record(SAMPLE)
    assert record.title == "Walking for low mood: a randomised trial."
    assert [(s.label, s.role) for s in record.sections] == [
        ("BACKGROUND", "BACKGROUND"),
        ("METHODS", "METHODS"),
        ("RESULTS", "RESULTS"),
        ("CONCLUSIONS", "CONCLUSIONS"),
        ("TRIAL REGISTRATION", "METHODS"),
    ]
    case = ebm_case(record)
    assert case is not None and case.gold == "Walking lifts mood. It costs nothing."
    stripped = labels_stripped(record).abstract
    assert "CONCLUSIONS" not in stripped and "RESULTS" not in stripped
    assert stripped.startswith("Low mood is common. We randomised 60 adults")


@pytest.mark.parametrize(
    "doc",
    [
        _doc("102", "A plain title", "Walking helps", "We think so"),  # no heading at all
        _doc("103", "T", "METHODS We walked", "RESULTS Mood rose"),  # no conclusions
        _doc("104", "T", "CONCLUSIONS Walking helps", "RESULTS Mood rose"),  # conclusions open it
        _doc("105", "T", "RESULTS Mood rose", "CONCLUSIONS It helps", "CONCLUSION Again"),  # two
    ],
)
def test_abstracts_without_one_closing_conclusions_section_are_no_case(doc: TokenDoc) -> None:
    assert ebm_case(ebm_record(doc)) is None


def _write_ebm(corpus: Path, docs: list[TokenDoc]) -> None:
    (corpus / EBM_NLP_TOKENS).parent.mkdir(parents=True)
    lines = []
    for d in docs:
        lines += ["-DOCSTART- -X- N", ""]
        for sentence in d.sentences:
            lines += [f"{t} NN {label}" for t, label in sentence] + [""]
    (corpus / EBM_NLP_TOKENS).write_text("\n".join(lines), encoding="utf-8")
    (corpus / EBM_NLP_IDS).write_text(json.dumps({d.pmid: [] for d in docs}), encoding="utf-8")


def test_ebm_training_cases_skip_studies_already_taken(tmp_path: Path) -> None:
    body = ("RESULTS Mood rose by 4 points", "CONCLUSIONS Walking helps")
    _write_ebm(
        tmp_path,
        [
            _doc("201", "Walking and mood", *body),  # the scored study's PMID
            _doc("202", "Cycling and mood: a trial", *body),  # the scored study's title
            _doc("203", "Rowing and mood", "RESULTS Rowers slept longer than the rest of them", body[1]),
            _doc("204", "Dancing and mood", "RESULTS Dancers slept longer than the rest of them", body[1]),
            _doc("205", "Running and mood", "RESULTS Runners ate more", body[1]),
            _doc("206", "Running and mood", "RESULTS Runners ate less", body[1]),  # the title of 205
            _doc("207", "Swimming and mood", "Swimming helps"),  # no headings
        ],
    )
    scored = [
        structured_case("201", "Another title", "RESULTS: Mood rose. CONCLUSIONS: It helps."),
        structured_case("999", "CYCLING AND MOOD - A TRIAL", "RESULTS: Mood rose. CONCLUSIONS: It helps."),
    ]
    # 204 opens with 203's first sentence but for one word: another study
    assert [c.pmid for c in ebm_training_cases(tmp_path, scored)] == ["203", "204", "205"]
    assert ebm_training_cases(tmp_path / "nowhere", scored) == []


def test_a_repeated_first_sentence_is_the_same_study(tmp_path: Path) -> None:
    first = "RESULTS Rowers slept longer than the rest of them"
    _write_ebm(tmp_path, [_doc("301", "Rowing", first, "CONCLUSIONS Rowing helps")])
    taken = [structured_case("9", "Other", f"{first.replace(' ', ': ', 1)}. CONCLUSIONS: Rowing helps.")]
    assert ebm_training_cases(tmp_path, taken) == []


WEIGHTS = {
    SENTENCE_BIAS: -1.0,
    f"{SENTENCE_END}0": 2.0,
    f"{SENTENCE_END}{MAX_END_FEATURE}": -3.0,
    SENTENCE_WORD + "suggest": 1.5,
    SENTENCE_WORD + "p": -2.0,
}


@pytest.mark.parametrize(
    ("words", "from_end", "expected"),
    [
        (frozenset({"we", "suggest"}), 0, -1.0 + 2.0 + 1.5),
        (frozenset({"p", "suggest", "other"}), 1, -1.0 - 2.0 + 1.5),  # no weight for the 2nd from end
        (frozenset(), MAX_END_FEATURE + 5, -1.0 - 3.0),  # far sentences share the last place
    ],
)
def test_sentence_log_odds_add_the_weights(words: frozenset[str], from_end: int, expected: float) -> None:
    model = SentenceModel.of(WEIGHTS)
    assert model is not None and model.log_odds(words, from_end) == expected


def test_no_sentence_model_without_its_weights() -> None:
    assert SentenceModel.of({"len1": 1.0}) is None
    texts = ["We treated adults.", "Pain fell by 20%.", "We suggest walking."]
    described = describe(texts)
    assert described.roles == [] and not {FIRST_ROLE, BEFORE_ROLE, RUN_ROLE} & set(
        start_features(described, 2)
    )


def test_boundary_features_read_the_log_odds() -> None:
    texts = ["We treated adults.", "Pain fell (p = 0.01).", "We suggest walking."]
    model = SentenceModel.of(WEIGHTS)
    described = describe(texts, "", model)
    assert described.roles == [-1.0, -1.0 - 2.0, -1.0 + 2.0 + 1.5]
    features = start_features(described, 2)
    assert (features[FIRST_ROLE], features[BEFORE_ROLE], features[RUN_ROLE]) == (2.5, -3.0, 2.5)
    assert start_features(described, 1)[RUN_ROLE] == math.fsum([-3.0, 2.5])
    assert BEFORE_ROLE not in start_features(described, 0)


def _rows(n: int) -> list[list[Row]]:
    """Abstracts whose closing sentence says "suggest" and whose others say "measured"."""
    return [
        [
            (frozenset({"we", "measured", f"topic{i}"}), 2, False),
            (frozenset({"it", "measured"}), 1, False),
            (frozenset({"we", "suggest", f"topic{i}"}), 0, True),
        ]
        for i in range(n)
    ]


def test_fit_sentences_learns_the_closing_words() -> None:
    weights = fit_sentences(_rows(12))
    assert weights[SENTENCE_WORD + "suggest"] > 0 > weights[SENTENCE_WORD + "measured"]
    assert not any(k.startswith(SENTENCE_WORD + "topic") for k in weights), "words of one abstract get none"
    assert fit_sentences(_rows(12)) == weights, "the same rows give the same weights"


@pytest.mark.parametrize("rows", [[], [[(frozenset({"a"}), 0, True)]]], ids=["no rows", "one label"])
def test_fit_sentences_needs_both_labels(rows: list[list[Row]]) -> None:
    assert fit_sentences(rows) == {}


def _case(pmid: str, n: int) -> ConclusionCase:
    results = " ".join(f"Score {k} rose by {k + n} points (P = .0{k + 1})." for k in range(3))
    return structured_case(
        pmid,
        f"Walking study {pmid}",
        f"METHODS: We randomised {n} adults. RESULTS: {results} CONCLUSIONS: Walking may help. We suggest it.",
    )


def test_sentence_rows_label_the_gold_sentences() -> None:
    rows = sentence_rows(_case("1", 30))
    assert [label for _, _, label in rows] == [False, False, False, False, True, True]
    assert [from_end for _, from_end, _ in rows] == [5, 4, 3, 2, 1, 0]
    assert "suggest" in rows[-1][0]


def test_training_fits_both_models_and_finds_the_conclusion() -> None:
    cases = [_case(str(i), 20 + i) for i in range(1, 16)]
    weights = train(cases)
    assert SENTENCE_BIAS in weights and {FIRST_ROLE, RUN_ROLE} <= set(weights)
    assert not any(k.startswith("sentence") for k in train(cases, sentence_model=False))
    assert all(predict(c, weights) == c.gold for c in cases[:3])
    assert k_fold(cases, k=3).total == len(cases)
