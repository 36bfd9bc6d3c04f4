"""The conclusion boundary model: its cues, its decision, its trailers, and its training."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from helpers_extract import corpus_records, corpus_sentences, doc
from hypothesis import given
from hypothesis import strategies as st

from conftest import REPO
from evtable.evaluate.conclusion_train import Example, fit, render_weights
from evtable.extract.conclusion import extract_conclusion, is_admin_sentence, plain_candidates
from evtable.extract.conclusion_model import (
    LONG_WORDS,
    RESULT_NUMBER_FROM_DIGIT,
    RUN_CUES,
    SENTENCE_CUES,
    SHORT_WORDS,
    _ascii_tokens,
    best_start,
    candidate_starts,
    describe,
    has_ed_verb,
    read_sentence,
    score_starts,
    sentence_cues,
    start_features,
    topic_words,
)
from evtable.extract.conclusion_weights import WEIGHTS
from evtable.extract.patterns import RESULT_NUMBER
from evtable.extract.zones import Document, words_of
from evtable.readers import read_records

FIXTURES = REPO / "tests/fixtures/extract/conclusion"
EXPECTED: dict[str, str] = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


def _fixture_records() -> list[object]:
    records = []
    for path in sorted(FIXTURES.glob("*.nbib")):
        for result in read_records([path]):
            records.extend(result.records)
    return records


@pytest.mark.parametrize("record", _fixture_records(), ids=lambda r: r.pmid)  # type: ignore[attr-defined]
def test_plain_abstract_conclusion_is_the_closing_run(record: object) -> None:
    value, provenance = extract_conclusion(Document(record))  # type: ignore[arg-type]
    assert value == EXPECTED[record.pmid]  # type: ignore[attr-defined]
    prov = provenance[0]
    assert prov.method == "concluding sentences (boundary model)"
    assert record.abstract[prov.start : prov.end] == value  # type: ignore[attr-defined]


def test_every_fixture_has_an_expected_conclusion() -> None:
    assert sorted(r.pmid for r in _fixture_records()) == sorted(EXPECTED)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "on", "off"),
    [
        (
            "Mortality was 12% vs 19% (P = .03).",
            {"num1", "pct", "pval", "stats", "past"},
            {"modal", "opener"},
        ),
        ("In conclusion, early surgery may be preferred.", {"opener", "modal"}, {"num1", "past"}),
        ("Further trials are needed to confirm these findings.", {"future", "studyref", "present"}, {"num1"}),
        ("However, the effect was small.", {"contrast", "past"}, {"opener"}),
        ("The patient recovered after drainage and antibiotics.", {"case", "report", "edverb"}, {"modal"}),
        ("The difference persisted after adjustment for age.", {"followon", "edverb"}, {"present", "past"}),
        ("No treatment-related adverse events were reported.", {"safety", "past"}, {"followon"}),
        ("These findings support early surgery.", {"studyref"}, {"followon", "edverb", "safety"}),
    ],
)
def test_sentence_cues(sentence: str, on: set[str], off: set[str]) -> None:
    cues = sentence_cues(sentence)
    assert {c for c in on if cues[c]} == on
    assert not {c for c in off if cues[c]}


def test_run_cues_are_sentence_cues() -> None:
    names = set(sentence_cues("A sentence."))
    assert set(RUN_CUES) <= names
    assert {n for n, _ in SENTENCE_CUES} <= names


def test_shipped_weights_name_only_features_the_model_produces() -> None:
    cue_names = set(sentence_cues("x"))
    allowed = re.compile(
        rf"^(?:(?:first|before)_(?:{'|'.join(cue_names)})|(?:first|before)_word:[a-z]*|before_none|"
        rf"len\d(?:_(?:short|mid|long))?|all_present|tense_shift|numbers_stop|topic_(?:up|from_none|down_after|top)|"
        rf"(?:any|frac)_(?:{'|'.join(RUN_CUES)})|"
        r"first_role|before_role|run_role|sentence@bias|sentence@end\d|sentence:\w+|seq_start|"
        rf"role:[BMRC]:(?:w:\w+|cue:(?:{'|'.join(cue_names)})|end:\d|place:(?:\d|opening)|first:[a-z]*)|"
        r"role@(?:bias|start):[BMRC]|role@step:(?:B[BMRC]|M[MRC]|R[RC]|CC))$"
    )
    assert WEIGHTS, "the shipped model has no weights"
    assert [w for w in WEIGHTS if not allowed.match(w)] == []


def test_topic_cues_compare_title_words_with_the_neighbours() -> None:
    texts = [
        "We enrolled 120 adults.",
        "Pain scores fell by 2 points (P = .01).",
        "Early mobilisation after knee replacement shortens hospital stay.",
        "It is cheap.",
    ]
    title = "Early mobilisation after total knee replacement: a randomised trial"
    assert topic_words(title) == {
        "early",
        "mobilisation",
        "total",
        "knee",
        "replacement",
        "randomised",
        "trial",
    }
    described = describe(texts, title)
    assert described.topic == [0, 0, 4, 0]
    features = start_features(described, 2)
    assert {"topic_up", "topic_from_none", "topic_down_after", "topic_top"} <= set(features)
    assert not {"topic_up", "topic_top"} & set(start_features(described, 3))
    assert describe(texts).topic == [0, 0, 0, 0]


def test_probabilities_cover_the_window_and_sum_to_one() -> None:
    texts = [f"Sentence {i} was measured at {i} mm." for i in range(12)] + ["This may help."]
    scored = score_starts(texts, WEIGHTS)
    assert [k for k, _ in scored] == list(candidate_starts(len(texts)))
    assert sum(p for _, p in scored) == pytest.approx(1.0)
    assert best_start(texts, WEIGHTS) == max(scored, key=lambda kp: kp[1])
    assert best_start([], WEIGHTS) is None


@pytest.mark.parametrize(
    "trailer",
    [
        "Pfizer Inc, V Foundation for Cancer Research.",
        "National Institute for Health Research Health Technology Assessment Programme.",
        "Dr. Lind is a consultant to Optica Ltd.",
        "No author has a financial or proprietary interest in any material or method mentioned.",
        "The authors received speaker fees from two device makers.",
        "This trial was not registered.",
        "ClinicalTrials.gov NCT01234567.",
        "Level IV.",
        "Not applicable.",
    ],
)
def test_administrative_trailers_are_never_the_conclusion(trailer: str) -> None:
    assert is_admin_sentence(trailer)
    abstract = (
        f"We treated 40 adults. Pain fell by 30% (P = .01). The treatment should be offered widely. {trailer}"
    )
    value, _ = extract_conclusion(doc(abstract))
    assert value == "The treatment should be offered widely."


@pytest.mark.parametrize(
    "sentence",
    [
        "The Foundation programme was effective in reducing readmissions.",
        "Council-run clinics may improve uptake.",
    ],
)
def test_conclusions_naming_an_institution_are_not_trailers(sentence: str) -> None:
    assert not is_admin_sentence(sentence)


def test_rules_remain_available_for_comparison() -> None:
    abstract = (
        "We followed 300 workers. Injuries fell from 9% to 5% (P = .02). The programme reduced injuries. "
        "It should be extended to other sites."
    )
    value, provenance = extract_conclusion(doc(abstract), rule="rules")
    assert value is not None and value.endswith("It should be extended to other sites.")
    assert provenance[0].method == "concluding sentences after the results"


def test_fit_learns_which_start_the_gold_prefers() -> None:
    # In every example the gold start is the candidate carrying "first_opener".
    examples = [
        Example(str(i), ({"len3": 1.0}, {"len2": 1.0, "first_opener": 1.0}, {"len1": 1.0}), 1)
        for i in range(20)
    ]
    weights = fit(examples)
    assert weights["first_opener"] > 0.5
    found = best_start(["Weight was 3 kg.", "In conclusion, it works.", "It is cheap."], weights)
    assert found is not None and found[0] == 1


def test_rendered_weights_module_is_valid_python() -> None:
    source = render_weights({"first_opener": 1.25, "any_num1": -0.5}, "a test")
    namespace: dict[str, object] = {}
    exec(compile(source, "weights", "exec"), namespace)
    assert namespace["WEIGHTS"] == {"any_num1": -0.5, "first_opener": 1.25}


@pytest.mark.corpus
def test_shipped_weights_are_what_the_training_script_produces(corpus: Path) -> None:
    from evtable.evaluate.conclusion_train import train, training_set

    cases, extra = training_set(corpus)
    retrained = train([*cases, *extra])
    assert retrained == pytest.approx(WEIGHTS, abs=2e-4)


def _reference_cues(text: str) -> dict[str, bool]:
    """The slow definition of a sentence's cues: every pattern run over the whole text."""
    numbers, words = len(RESULT_NUMBER.findall(text)), text.count(" ") + 1
    return {name: pattern.search(text) is not None for name, pattern in SENTENCE_CUES} | {
        "num1": numbers >= 1,
        "num3": numbers >= 3,
        "long": words > LONG_WORDS,
        "short": words < SHORT_WORDS,
    }


def _fast_route_disagreements(texts: Iterable[str]) -> list[tuple[str, str]]:
    """(cue, text) wherever `sentence_cues` differs from the patterns, ("runs", text) where
    `read_sentence`'s word runs differ from the ``\\w+`` runs of the lower-cased text, and
    ("numbers", text) where RESULT_NUMBER_FROM_DIGIT finds other numbers than RESULT_NUMBER."""
    out = []
    for text in texts:
        fast = sentence_cues(text)
        out += [(name, text) for name, on in _reference_cues(text).items() if fast[name] != on]
        lower = text.lower()
        if read_sentence(text, lower, words_of(lower))[1] != frozenset(re.findall(r"\w+", lower)):
            out.append(("runs", text))
        if RESULT_NUMBER_FROM_DIGIT.findall(text) != RESULT_NUMBER.findall(text):
            out.append(("numbers", text))
    return out


@pytest.mark.parametrize(
    "text",
    [
        "The patient was a safe and effective option.",
        "The patients were treated; treatment was well tolerated.",
        "Surgery should be considered early.",
        "It should be consideredly odd.",
        "Mortality was 12% vs 19% (P = .03) and he recovered.",
        "These data were associated with risk, which remains unclear.",
        "Overall, 2he and 3was are not words.",
        "Ça va: the Patient was superior.",
        "Café-based care is effective; naïve users were satisfied.",
        "βwas and wasβ are not words, but β-blockers may be useful (P ≤ .05).",
        "was_x, he_2 and need_to are not words; _may neither.",
        "The \u017fide effects were mild.",
        "\u0130S IT \u212aNOWN? The ri\u0131k is high.",
        "However, we conclude that further studies are needed.",
        "In conclusion, the present study suggests that surgery is safe.",
        "No differences were noted in 1,234 patients (95% CI 1.2-3.4).",
        "7 of 12 (58.3%) at 3.5 mm, T2-weighted 4, a.2 b-3 c_4 .5 -6 7- 8a 9,5 10 mm Hg 11 -weighted 1.2.3",
        "Side effects of 3 drugs were reported in 10 patients after 2 weeks; 5 % died.",
        "",
    ],
)
def test_cue_fast_route_agrees_with_the_pattern(text: str) -> None:
    assert _fast_route_disagreements([text]) == []


def _gate_words() -> list[str]:
    """Every word the fast route looks up or gates on, and every opening it checks."""
    from evtable.extract.conclusion_model import _WORD_BITS, CUE_GATES

    return sorted({*_WORD_BITS, *(s.strip() for g in CUE_GATES.values() for s in g.starts)})


@pytest.mark.parametrize(
    "template",
    ["{} it.", "It {} 2 of them.", "Then {}.", "Then {}2.", "Then 2{}.", "Then {}_.", "Then é{}.", "{}é."],
)
def test_cue_fast_route_agrees_with_the_pattern_on_each_word_it_looks_for(template: str) -> None:
    """Each word alone, and glued to a digit, "_" or a non-ASCII letter (no longer a word)."""
    texts = [template.format(w) for w in _gate_words()]
    assert _fast_route_disagreements([*texts, *(t.upper() for t in texts)]) == []


#: Per cue, one text for each way its pattern can match (" | " between texts): each opens the
#: cue's gate with as few gate words as it can, so a gate word left out is caught here.
ALTERNATIVES = {
    "opener": "In conclusion, x | In summary x | To conclude, x | To summarise x | In short, x | Overall, x | "
    "Taken together, x | Collectively, x | Thus x | Therefore x | Hence x | Consequently x | Accordingly x | "
    "Altogether x | Conclusions x | These results show x | Our data suggest x | The present study shows x | "
    "The findings may x | Such cases are the first | This trial showed x | Present data confirm x | "
    "We conclude x | It is concluded x",
    "cue": "we conclude so | conclude that | suggests that | suggest that | indicate that | indicates that | "
    "supports the use | support the use | should be considered | should be confined | should be offered | "
    "should be recommended | should be performed | should be included | should be suspected | is safe | "
    "may be beneficial | may be a | should be used | "
    "is a safe | is needed | are needed | is required | warranted further | further trials | may be an | "
    "are useful | remains important | were valuable | is reliable | was promising | is feasible | is effective | "
    "can be used",
    "judging": "was safe | were well tolerated | was effective | was feasible | was superior | was inferior | "
    "was not inferior | was comparable | was similar | was useful | was successful | was associated | "
    "were efficacious | was beneficial | was reliable | was valuable | was accurate",
    "stats": "hazard ratio | odds ratio | relative risk | mean difference | significant | significantly | HR 2 | "
    "OR=1.5 | 95% CI | 95 % confidence | P < .05 | p=0.3 | median of 5 | 12.5 % | 3%",
    "modal": "it may | it might | it could | it should | it must | it can | it would | needs to | need to | needed to",
    "studyref": "this study | our findings | the present results | the current trial | these data | this studies | "
    "this report | this case | this series | this review | this analysis | this work | this approach | this method",
    "future": "further studies | future research | larger trials | more work | warrant | needed | required",
    "eval": "should be considered",
    "contrast": "However x | Although x | But x | Nevertheless x | Despite x | While x",
    "pct": "5% | 5 %",
    "pval": "P<.05 | p = 0.1 | P > 0.2 | p ≤ .05 | P≥0.1",
    "parennum": "(n = 3)",
    "case": "the patient",
    "followon": "The differences x | This effect x | These associations x | Such changes x | That trend x | "
    "A reduction x | An increase x | No benefit x",
    "edverb": "treated",
    "safety": "adverse | complication | complications | side effect | side effects | toxicity | toxicities | "
    "tolerated | tolerability | morbidity | mortality",
}


@pytest.mark.parametrize(
    ("name", "text"), [(name, text) for name, texts in ALTERNATIVES.items() for text in texts.split(" | ")]
)
def test_cue_fast_route_finds_every_alternative(name: str, text: str) -> None:
    pattern = dict(SENTENCE_CUES)[name]
    assert pattern.search(text), "the sample must match, else it tests nothing"
    assert sentence_cues(text)[name]


def _corpus_model_sentences(corpus: Path) -> Iterator[str]:
    """Every corpus sentence and title, and the pieces the conclusion's candidates are cut into."""
    yield from corpus_sentences(corpus)
    for record in corpus_records(corpus):
        yield from (z.text for z in plain_candidates(Document(record)))


@pytest.mark.corpus
def test_cue_fast_route_agrees_with_the_pattern_on_corpus_sentences(corpus: Path) -> None:
    texts = list(_corpus_model_sentences(corpus))
    assert len(texts) > 10_000
    assert _fast_route_disagreements(texts) == []


@pytest.mark.parametrize(
    "text",
    ["p < 0.05 in 12 of 40 (30%) patients", "snake_case and CamelCase, x1y2", "tab\tand\x1c\x00controls", ""],
)
def test_ascii_tokens_are_the_word_runs(text: str) -> None:
    assert _ascii_tokens(text) == frozenset(re.findall(r"\w+", text))


#: Where "edverb" can go wrong read backwards: at the text's ends, beside digits, capitals,
#: underscores, hyphens and letters beyond ASCII, and words of 4, 5 and 6 letters.
ED_VERB_TEXTS = [
    "treated", "xtreated", "Treated", "treated1", "1treated", "_treated", "treated_", "re-treated", "treated-",
    "used", "based", "aimed ", " fixed.", "tREATED", "treatED", "naïved", "éaimed", "aimedé", "ſaimed",
    "the patients were treated and followed", "bed", "ed", "", "reed seed", "Reed seed",
]  # fmt: skip


@pytest.mark.parametrize("text", ED_VERB_TEXTS)
def test_has_ed_verb_equals_its_pattern(text: str) -> None:
    assert has_ed_verb(text) == (dict(SENTENCE_CUES)["edverb"].search(text) is not None)


@given(st.text(alphabet="abcdeEDXd _-1é.ſ", max_size=16))
def test_has_ed_verb_equals_its_pattern_on_any_text(text: str) -> None:
    assert has_ed_verb(text) == (dict(SENTENCE_CUES)["edverb"].search(text) is not None)
