"""The conclusion role model: each sentence's role (background, methods, results, conclusions)
from its section, a multinomial regression over its features, and a role sequence decoded in
order whose start scores feed the boundary model (issue 4)."""

from __future__ import annotations

import math
import random

import pytest

from evtable.evaluate.conclusion import ConclusionCase
from evtable.evaluate.conclusion_roles import fit_roles, role_rows, stripped_sections
from evtable.extract.conclusion_model import (
    CUE_NAMES,
    ROLE_BIAS,
    ROLE_START,
    ROLE_STEP,
    ROLE_WEIGHT,
    ROLES,
    SEQ_START,
    RoleModel,
    _pack,
    _unpack,
    candidate_starts,
    describe,
    opening_word,
    read_sentence,
    role_features,
    start_features,
)
from evtable.extract.conclusion_weights import WEIGHTS
from evtable.extract.zones import words_of
from evtable.models import Record, Section
from evtable.readers.sections import parse_structured


def _case(abstract: str, pmid: str = "1") -> ConclusionCase:
    text, sections = parse_structured(abstract)
    record = Record(source_file="t.xml", format="pubmed-xml", pmid=pmid, abstract=text, sections=sections)
    section = next(s for s in sections if s.role == "CONCLUSIONS")
    return ConclusionCase(pmid, record, text[section.start : section.end])


ABSTRACT = (
    "BACKGROUND: Knees hurt. OBJECTIVE: To test rowing. METHODS: We enrolled 40 adults. They rowed daily. "
    "RESULTS: Pain fell by 20% (P = .01). CONCLUSIONS: Rowing helps. It is cheap. "
    "TRIAL REGISTRATION: NCT01234567."
)


def test_role_rows_take_each_sentence_role_from_its_section() -> None:
    rows = role_rows(_case(ABSTRACT))
    # background and objective are one role; the registration after the conclusions is dropped
    assert [ROLES[role] for _, role in rows] == ["B", "B", "M", "M", "R", "C", "C"]
    features = rows[0][0]
    assert "w:knees" in features and "place:opening" in features and "first:knees" in features
    assert "end:6" in features and "place:0" in features
    assert "end:0" in rows[-1][0] and "place:4" in rows[-1][0] and "cue:present" in rows[-1][0]


def test_a_section_of_no_known_role_keeps_the_role_before() -> None:
    text = "We enrolled adults. Pain fell. Odd note. It helps."
    record = Record(
        source_file="t.xml",
        format="pubmed-xml",
        abstract=text,
        sections=(
            Section("METHODS", "METHODS", 0, 19),
            Section("RESULTS", "RESULTS", 20, 30),
            Section("NOTE", "UNASSIGNED", 31, 40),
            Section("CONCLUSIONS", "CONCLUSIONS", 41, 50),
        ),
    )
    assert stripped_sections(record) == [(0, 1), (20, 2), (31, 2), (41, 3)]


def _weights(
    steps: dict[str, float] | None = None, **features: tuple[float, float, float, float]
) -> dict[str, float]:
    """A role model weighing each named word ("w:" features) per role B, M, R, C."""
    out = {f"{ROLE_WEIGHT}{r}:w:{word}": ws[i] for word, ws in features.items() for i, r in enumerate(ROLES)}
    out |= {f"{ROLE_BIAS}{r}": 0.0001 for r in ROLES}
    return out | (steps or {})


def test_start_scores_follow_the_roles_in_order() -> None:
    model = RoleModel.of(_weights(results=(0, 0, 5, 0), judged=(0, 0, 0, 5)))
    assert model is not None
    texts = ["results here", "results again", "judged now", "judged too"]
    emit = [
        model.role_scores(*read_sentence(t, t, words_of(t)), opening_word(t), i, 4)
        for i, t in enumerate(texts)
    ]
    scores = model.start_scores(emit, candidate_starts(4))
    assert max(range(4), key=scores.__getitem__) == 2
    assert math.isclose(math.fsum(math.exp(x) for x in scores), 1.0)
    # before the conclusions, roles never go back: a results sentence then a background one are
    # read as both results or both background (5), not as results then background (10)
    model = RoleModel.of(_weights(results=(0, 0, 5, 0), background=(5, 0, 0, -1), judged=(0, 0, 0, 6)))
    assert model is not None
    texts = ["results here", "background here", "judged now"]
    emit = [model.role_scores(*read_sentence(t, t, words_of(t)), "", i, 3) for i, t in enumerate(texts)]
    scores = model.start_scores(emit, candidate_starts(3))
    assert math.isclose(scores[2] - scores[1], (5 + 6) - (5 - 1 + 6))


def test_step_weights_shape_the_sequence() -> None:
    texts = ["results here", "judged now", "judged too"]
    steps = {f"{ROLE_STEP}RC": -30.0}  # results are (almost) never followed by conclusions
    for weights, best in ((_weights(), 1), (_weights(steps), 0)):
        model = RoleModel.of(weights | _weights(results=(0, 0, 5, 0), judged=(0, 0, 0, 5)))
        assert model is not None
        emit = [model.role_scores(*read_sentence(t, t, words_of(t)), "", i, 3) for i, t in enumerate(texts)]
        scores = model.start_scores(emit, candidate_starts(3))
        assert max(range(3), key=scores.__getitem__) == best


def test_role_scores_are_the_definition_on_its_features() -> None:
    model = RoleModel.of(WEIGHTS)
    assert model is not None
    sentences = [
        "We enrolled 40 adults with knee pain.",
        "Pain fell by 20% (P = .01) and 3 patients withdrew.",
        "In conclusion, rowing is safe and may help.",
        "",
        "Ça va: the β-blocker was superior.",
    ]
    for i, text in enumerate(sentences):
        lower = text.lower()
        mask, runs = read_sentence(text, lower, words_of(lower))
        features = role_features(mask, runs, opening_word(text), i, len(sentences))
        assert model.role_scores(
            mask, runs, opening_word(text), i, len(sentences)
        ) == model.log_probabilities(features)


def test_packed_weights_add_per_role() -> None:
    draw = random.Random(3)
    for _ in range(500):
        values = [[draw.randint(-(10**7), 10**7) for _ in ROLES] for _ in range(draw.randint(0, 60))]
        assert _unpack(sum(map(_pack, values))) == [sum(v[r] for v in values) for r in range(len(ROLES))]


def test_fit_roles_learns_roles_and_counts_order_steps() -> None:
    rows = [
        [(["w:enrolled", "cue:past"], 1), (["w:fell", "cue:pct"], 2), (["w:helps", "cue:present"], 3)]
    ] * 6
    weights = fit_roles(rows)
    model = RoleModel.of(weights)
    assert model is not None
    for features, role in rows[0]:
        scores = model.log_probabilities(features)
        assert max(range(len(ROLES)), key=scores.__getitem__) == role
    steps = {k for k in weights if k.startswith(ROLE_STEP)}
    assert all(ROLES.index(k[-2]) <= ROLES.index(k[-1]) for k in steps)  # never backwards
    assert weights[f"{ROLE_STEP}MR"] > weights[f"{ROLE_STEP}MM"]  # M is always followed by R here
    assert weights[f"{ROLE_START}M"] > weights[f"{ROLE_START}B"]
    assert fit_roles([]) == {} and fit_roles([[]]) == {}


def test_boundary_features_read_the_role_sequence() -> None:
    weights = _weights(results=(0, 0, 5, 0), judged=(0, 0, 0, 5))
    model = RoleModel.of(weights)
    texts = ["results here", "results again", "judged now", "judged too"]
    described = describe(texts, "", None, model)
    values = [start_features(described, k)[SEQ_START] for k in candidate_starts(len(texts))]
    assert max(range(4), key=values.__getitem__) == 2
    assert SEQ_START not in start_features(describe(texts), 2)
    assert {f"cue:{name}" for name in CUE_NAMES} >= {
        f for f in role_features(-1, frozenset(), "", 0, 1) if f.startswith("cue:")
    }


@pytest.mark.parametrize("weights", [{}, {"len1": 1.0}, {"sentence@bias": 1.0}])
def test_no_role_model_without_its_weights(weights: dict[str, float]) -> None:
    assert RoleModel.of(weights) is None


def test_rendered_weights_module_rebuilds_the_role_weights() -> None:
    from evtable.evaluate.conclusion_train import render_weights

    weights = {"first_opener": 1.25, f"{ROLE_BIAS}B": 0.3, f"{ROLE_WEIGHT}B:w:knee": 0.5}
    weights |= {f"{ROLE_WEIGHT}C:w:knee": -0.0001, f"{ROLE_WEIGHT}M:cue:past": 2.0}
    source = render_weights(weights, "a test")
    assert "ROLE_TABLE" in source and '"role:B:w:knee"' not in source
    namespace: dict[str, object] = {}
    exec(compile(source, "weights", "exec"), namespace)
    assert namespace["WEIGHTS"] == weights
