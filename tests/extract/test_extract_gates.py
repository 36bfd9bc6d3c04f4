"""Keyword gates and fast exact routes must never change a result (issue 7, extraction speed).

Every gate is checked the strong way: wherever a gate is closed, the regex it
guards has no match. On our own sentences here, and on every sentence of the
shared corpus in the corpus test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers_extract import check_corpus_sentences

from evtable.extract.conclusion_model import SENTENCE_CUES, sentence_cues
from evtable.extract.design import _GATED_CUES
from evtable.extract.harms import _HARM_TERM, _OCCURRED_WORDS
from evtable.extract.numbers import (
    N_PATTERNS,
    N_PEOPLELESS,
    N_VERBS,
    N_WORD_GATES,
    people_count_gate,
)
from evtable.extract.outcomes import _TERMS
from evtable.extract.patterns import (
    CONCERN,
    CONCERN_NEEDLES,
    GROUP_COUNT,
    GROUP_COUNT_GATE,
    HARM_CONTEXT,
    HARM_CONTEXT_NEEDLES,
    HARM_LIST,
    HARM_LIST_NEEDLES,
    HARM_OCCURRED,
    HARM_TERM_NAMES,
    HARM_TERM_NEEDLES,
    N_GATES,
    NEGATED_HARM,
    NEGATED_HARM_NEEDLES,
    NEGATION_WORDS,
    OCCURRED_NEEDLES,
    OTHER_STUDIES,
    OTHER_STUDIES_GATE,
    OUTCOME_NEEDLES,
    OUTCOME_WORD_GATES,
    PEOPLE_TOKENS,
    POPULATION,
    POPULATION_RELATION_WORDS,
    PRIMARY_OUTCOME,
    PRIMARY_OUTCOME_GATE,
    SETTING,
    SETTING_WORDS,
    STATS,
    STUDY_GROUP,
    STUDY_GROUP_GATE,
    STUDY_SIGN_CHARS,
    STUDY_SIGN_WORDS,
    STUDY_SIGNS,
    VERB_NEEDLES,
    WordGate,
    gate_found,
    gate_open,
    gate_text,
    has_any,
    has_count,
    has_stats,
    lead_words,
    literal_prefixes,
)
from evtable.extract.zones import words_of

#: Sentences in the shapes the gated patterns are written for (our own wording).
SENTENCES = [
    "We report a case of a 54-year-old man with spinal abscess who presented with fever.",
    "A 7-year-old girl was admitted; the present case shows that the patient recovered.",
    "We describe a series of 12 patients; in 3 children the disease recurred.",
    "Previous studies have shown benefit, and it has been reported in the literature.",
    "Forty-two patients with spinal abscess were operated on in a study of 33 women.",
    "A total of 351 patients were randomized; 120 were enrolled; N = 222 in total.",
    "Adults with type 2 diabetes admitted to intensive care units in the United States and U.S. hospitals.",
    "There was no increase in bleeding, stroke or death, and nausea occurred in 24 women.",
    "Safety remains a concern; the most common adverse events were nausea and rash.",
    "The primary end point was overall survival; secondary outcomes were PFS and QoL.",
    "Median survival was 14 months (HR 0.71, 95% CI 0.6-0.8; P < .001), significantly longer.",
    "The odds ratio and the relative risk fell; mean difference 3.2 (OR, 1.4).",
    "In conclusion, further studies are needed; this approach may be useful and is safe.",
    "However, these findings suggest that the treatment seems effective and should be considered.",
    "She had a fever; his symptoms resolved, and they were observed to improve.",
    "Sample text without any of the signs at all",
    "A systematic review and meta-analysis; the clinical practice guidelines for care are given.",
    "A non-randomized controlled trial and a randomized, double-blind trial; patients were randomly assigned.",
    "A case-control study with age-matched controls, compared with healthy controls.",
    "A cross-sectional questionnaire survey and a retrospective cohort study of consecutive patients.",
    "Data were retrospectively reviewed from a national database; a single-arm phase 2 trial.",
    "This review summarizes the literature; in this editorial we discuss it.",
    "We enrolled 40 adults; the sample included 413 men; out of 90 patients, a total of 12 women.",
    "Of 120 patients, 30 were treated.",
    "Participants were 20 children; the trial was conducted in 44 adults with asthma.",
]

#: One sentence per alternative of the patterns behind a word gate (design cues 8-10, 12,
#: 14-16, other studies, group counts, study signs, two outcome terms, "N were randomized"),
#: by the name the gate has in GATED: a word missing from a gate leaves its alternative's
#: sentence with a closed gate and a match.
ALTERNATIVES = [
    ("design cue 8 Cohort study", "This cohort analysis was large."),
    ("design cue 8 Cohort study", "An inception cohort was assembled."),
    ("design cue 8 Cohort study", "Registry-based data were used."),
    ("design cue 8 Cohort study", "A database study was done."),
    ("design cue 8 Cohort study", "A population-based study was done."),
    ("design cue 8 Cohort study", "A longitudinal study was done."),
    ("design cue 8 Cohort study", "An observational study was done."),
    ("design cue 8 Cohort study", "A follow-up study was done."),
    ("design cue 9 Cohort study", "Retrospectively reviewed charts."),
    ("design cue 9 Cohort study", "Prospectively enrolled adults."),
    ("design cue 9 Cohort study", "A chart review was done."),
    ("design cue 9 Cohort study", "Medical records of all adults."),
    ("design cue 9 Cohort study", "Adults were followed prospectively."),
    ("design cue 10 Cohort study", "Twelve consecutive adult cases."),
    ("design cue 10 Cohort study", "Subjects treated by surgery were compared with others."),
    ("design cue 10 Cohort study", "We used claims data."),
    ("design cue 10 Cohort study", "Electronic health records data were used."),
    ("design cue 10 Cohort study", "A nationwide register was used."),
    ("design cue 10 Cohort study", "A population-based national sample."),
    ("design cue 12 Case report", "Case presentation follows."),
    ("design cue 12 Case report", "We present a woman with fever."),
    ("design cue 12 Case report", "We describe one boy with fever."),
    ("design cue 12 Case report", "A 7-month-old infant is shown."),
    ("design cue 12 Case report", "This is the first reported description of it."),
    ("design cue 12 Case report", "Only report of it."),
    ("design cue 12 Case report", "A previously healthy woman was admitted."),
    ("design cue 12 Case report", "The immunocompetent patient presented."),
    ("design cue 12 Case report", "A middle-aged man presented."),
    ("design cue 12 Case report", "An older woman developed fever."),
    ("design cue 12 Case report", "The female neonate developed fever."),
    ("design cue 14 Case series", "A case series."),
    ("design cue 14 Case series", "The series of twelve."),
    ("design cue 14 Case series", "Apropos of 3 cases."),
    ("design cue 14 Case series", "À propos of 3 patients."),
    ("design cue 14 Case series", "Presentation of two patients."),
    ("design cue 14 Case series", "Here, three case reports."),
    ("design cue 14 Case series", "We report on two identical twins."),
    ("design cue 14 Case series", "We describe four siblings."),
    ("design cue 15 Case series", "Seen in 3 brothers."),
    ("design cue 16 Narrative review", "Our short overview."),
    ("design cue 16 Narrative review", "We summarise it."),
    ("design cue 16 Narrative review", "We outline it."),
    ("design cue 16 Narrative review", "This chapter describes it."),
    ("design cue 16 Narrative review", "The present manuscript examines it."),
    ("design cue 16 Narrative review", "Treatments are briefly reviewed."),
    ("design cue 16 Narrative review", "The state of the art."),
    ("design cue 16 Narrative review", "An update on it."),
    ("design cue 16 Narrative review", "Current understanding of it."),
    ("other studies", "Several published investigators agree."),
    ("other studies", "It has been shown."),
    ("other studies", "Trials have found it."),
    ("other studies", "Evidence from randomised work."),
    ("other studies", "Data from several trials."),
    ("other studies", "As noted in the English literature."),
    ("group count", "Twelve eyes of adults were examined."),
    ("group count", "40 women underwent surgery."),
    ("group count", "Eight boys had a diagnosis of asthma."),
    ("study group", "A total of 13 girls."),
    ("outcome overall survival", "Overall survival was longer."),
    ("outcome overall survival", "OS was longer."),
    ("outcome pain", "Pain scores fell."),
    ("outcome pain", "The VAS fell."),
    ("outcome pain", "A visual analogue scale."),
    ("study signs", "It was 5 %."),
    ("study signs", "It fell (P < .05)."),
    ("study signs", "It fell (p≤0.05)."),
    ("study signs", "The objective of the present work."),
    ("sample size N were randomized", "In all, 12 were randomised."),
    ("sample size N were randomized", "In all, 12 were randomized."),
    ("sample size N were randomized", "In all, 12 was randomly allocated."),
    ("sample size N were randomized", "In all, 12 were enrolled."),
    ("sample size N were randomized", "In all, 12 were included."),
    ("study group", "An investigation involving 20 persons."),
]

SAMPLES = SENTENCES + [text for _, text in ALTERNATIVES]


def _gated() -> list[tuple[str, re.Pattern[str], Callable[[str, str, frozenset[str]], bool]]]:
    """(name, pattern, gate(text, lower, words)) for every gate the extractors use."""

    def substrings(*groups: tuple[str, ...]) -> Callable[[str, str, frozenset[str]], bool]:
        return lambda text, lower, words: gate_open(lower, groups)

    def whole_words(gate: WordGate, *, count: bool = False) -> Callable[[str, str, frozenset[str]], bool]:
        return lambda text, lower, words: gate_found(words, gate) and (not count or has_count(text, words))

    out: list[tuple[str, re.Pattern[str], Callable[[str, str, frozenset[str]], bool]]] = [
        (
            f"design cue {i} {label}",
            pattern,
            lambda t, lo, w, g=gate, wg=word_gate: substrings(*g)(t, lo, w) and whole_words(wg)(t, lo, w),
        )
        for i, (label, pattern, _, gate, word_gate) in enumerate(_GATED_CUES)
    ]
    out += [
        ("other studies", OTHER_STUDIES, whole_words(OTHER_STUDIES_GATE)),
        ("group count", GROUP_COUNT, whole_words(GROUP_COUNT_GATE, count=True)),
        ("study group", STUDY_GROUP, whole_words(STUDY_GROUP_GATE, count=True)),
        ("concern", CONCERN, substrings(CONCERN_NEEDLES)),
        ("harm context", HARM_CONTEXT, substrings(HARM_CONTEXT_NEEDLES)),
        ("primary outcome", PRIMARY_OUTCOME, substrings(*PRIMARY_OUTCOME_GATE)),
        (
            "negated harm",
            NEGATED_HARM,
            lambda t, lo, w: not w.isdisjoint(NEGATION_WORDS) and has_any(lo, NEGATED_HARM_NEEDLES),
        ),
        ("harm list", HARM_LIST, substrings(HARM_LIST_NEEDLES)),
        ("named harm", _HARM_TERM, substrings(HARM_TERM_NEEDLES)),
        (
            "study signs",
            STUDY_SIGNS,
            lambda t, lo, w: not w.isdisjoint(STUDY_SIGN_WORDS) or has_any(t, STUDY_SIGN_CHARS),
        ),
        *(
            (
                f"outcome {label}",
                rx,
                lambda t, lo, w, n=OUTCOME_NEEDLES[label], wg=gate: has_any(lo, n) and gate_found(w, wg),
            )
            for label, rx in _TERMS
            if (gate := OUTCOME_WORD_GATES.get(label))
        ),
        (
            "harm occurred",
            HARM_OCCURRED,
            lambda t, lo, w: (
                gate_open(lo, (HARM_TERM_NEEDLES, OCCURRED_NEEDLES)) and bool(_OCCURRED_WORDS.search(t))
            ),
        ),
        ("setting", SETTING, lambda t, lo, w: not w.isdisjoint(SETTING_WORDS)),
        (
            "population",
            POPULATION,
            lambda t, lo, w: not w.isdisjoint(PEOPLE_TOKENS) and not w.isdisjoint(POPULATION_RELATION_WORDS),
        ),
    ]
    out += [(f"sample size {rule}", pattern, _sample_size_gate(rule)) for rule, pattern in N_PATTERNS]
    return out


def _sample_size_gate(rule: str) -> Callable[[str, str, frozenset[str]], bool]:
    """The gate `extract_participants` puts before a sample-size rule."""
    gate, word_gate = N_GATES.get(rule, ()), N_WORD_GATES.get(rule, ())
    if rule in N_PEOPLELESS:
        return lambda text, lower, words: gate_open(lower, gate) and gate_found(words, word_gate)
    return lambda text, lower, words: (
        gate_open(lower, gate) and gate_found(words, word_gate) and people_count_gate(text, words)
    )


GATED = _gated()


def _reference_cues(text: str) -> dict[str, bool]:
    return {name: pattern.search(text) is not None for name, pattern in SENTENCE_CUES}


def _check(text: str) -> None:
    lower = gate_text(text)
    words = words_of(lower)
    for name, pattern, gate in GATED:
        if not gate(text, lower, words):
            assert pattern.search(text) is None, (name, text)
    assert has_stats(text) == (STATS.search(text) is not None), text
    cues = sentence_cues(text)
    assert {k: cues[k] for k, _ in SENTENCE_CUES} == _reference_cues(text), text


@pytest.mark.parametrize("text", SAMPLES)
def test_gates_and_fast_routes_agree_with_the_regexes(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(("name", "text"), ALTERNATIVES)
def test_word_gates_open_on_every_alternative(name: str, text: str) -> None:
    """Each sample matches its pattern (else it tests nothing) and so must open its gate."""
    pattern, gate = next((p, g) for n, p, g in GATED if n == name)
    assert pattern.search(text), (name, text)
    assert gate(text, gate_text(text), words_of(gate_text(text))), (name, text)


#: Letters ``re.I`` equates with i and s though str.lower does not give them (see `gate_text`).
FOLDED_LETTERS = [
    "A RANDOMİZED TRİAL: THE CASE OF 40 PATİENTS WHO WERE İNCLUDED.",
    "A randomızed trial; a caſe report of a ſingle-centre ſtudy.",
    "Nauſea occurred in 3 women; no ſerious adverse events.",
]


@pytest.mark.parametrize("text", FOLDED_LETTERS)
def test_gates_see_letters_that_ignorecase_matching_folds(text: str) -> None:
    assert any(pattern.search(text) for _, pattern, _ in GATED), "the sample must match something"
    _check(text)


def test_gate_text() -> None:
    assert gate_text("RANDOMİZED ı ſ Äb") == "randomized i s äb"
    assert len(gate_text("İ")) == 1


def test_every_gate_is_exercised_open_and_matching() -> None:
    """A gate that no sample opens onto a match would make the test above prove nothing."""
    missing = [
        name
        for name, pattern, gate in GATED
        if not any(gate(t, gate_text(t), words_of(gate_text(t))) and pattern.search(t) for t in SAMPLES)
    ]
    assert not missing, f"no sample sentence exercises {missing}"


def test_stats_fast_route_covers_every_alternative() -> None:
    for text in ["5 %", "95% CI", "P = .04", "p<0.05", "median of 4", "HR 0.7", "aOR=2", "hazard ratio"]:
        assert has_stats(text) and STATS.search(text), text
    for text in ["significance", "5.%", "P < 5", "a median.", "OR ratio", "xhazard ratio"]:
        assert has_stats(text) == (STATS.search(text) is not None), text


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex source (split at "|" outside parentheses)."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


def _spelt_out(alternative: str) -> list[str]:
    """The texts a simple regex alternative matches: "analy[sz]ed" -> analysed, analyzed;
    "previous(?:ly)?" -> previous, previously; "injection[- ]site" -> with "-" and " "."""
    variants = [alternative]
    for rx, options in (
        (r"\[(.)(.)\]", (r"\1", r"\2")),
        (r"\(\?:(\w+)\)\?", ("", r"\1")),
        (r"(\w)\?", ("", r"\1")),
    ):
        while any(re.search(rx, v) for v in variants):
            variants = [re.sub(rx, o, v, count=1) for v in variants for o in options]
    return variants


def _lexicon(pattern: str, first: str) -> list[str]:
    """The words of the alternation in ``pattern`` that starts ``(?:first``, spelt out."""
    start = pattern.index(f"(?:{first}") + 3
    depth, end = 0, start
    while depth >= 0:
        depth += {"(": 1, ")": -1}.get(pattern[end], 0)
        end += 1
    return [word for alt in _alternatives(pattern[start : end - 1]) for word in _spelt_out(alt)]


#: (gate name in GATED, pattern, how a lexicon in it starts, a sentence for each word): the
#: gate must open on every word of the lexicon, read from the regex itself, not from the gate.
LEXICONS = [
    ("group count", GROUP_COUNT, "patients", "12 {} were included."),
    ("group count", GROUP_COUNT, "included", "12 patients were {}."),
    ("study group", STUDY_GROUP, "patients", "A total of 13 {}."),
    ("design cue 15 Case series", _GATED_CUES[15][1], "patients", "Seen in 3 {}."),
    ("design cue 14 Case series", _GATED_CUES[14][1], "cases|patients|infants", "We describe 3 {}."),
    ("design cue 14 Case series", _GATED_CUES[14][1], "report", "{} of 3 cases."),
    ("design cue 12 Case report", _GATED_CUES[12][1], "young", "A {} woman was admitted."),
    ("design cue 12 Case report", _GATED_CUES[12][1], "report", "We {} a woman."),
    ("design cue 12 Case report", _GATED_CUES[12][1], "male", "The {} infant was seen."),
    ("design cue 16 Narrative review", _GATED_CUES[16][1], "article", "This {} reviews it."),
    ("design cue 16 Narrative review", _GATED_CUES[16][1], "review|summari", "We {} it."),
    ("design cue 10 Cohort study", _GATED_CUES[10][1], "national", "A {} registry."),
    ("design cue 10 Cohort study", _GATED_CUES[10][1], "database", "A national {}."),
    (
        "design cue 10 Cohort study",
        _GATED_CUES[10][1],
        "patients|subjects",
        "All {} treated by surgery were compared with others.",
    ),
    ("design cue 10 Cohort study", _GATED_CUES[10][1], "health", "Its {} records data."),
    ("study signs", STUDY_SIGNS, "we|our", "{} mainly studied it."),
    ("study signs", STUDY_SIGNS, "patients|participants", "Some {} were treated."),
    ("study signs", STUDY_SIGNS, "aim|purpose", "The {} of our work."),
    ("other studies", OTHER_STUDIES, "previous(?:ly)?", "{} trials agree."),
    ("other studies", OTHER_STUDIES, "studies", "Several {} agree."),
]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (name, template.format(word))
        for name, rx, first, template in LEXICONS
        for word in _lexicon(rx.pattern, first)
    ]
    + [("named harm", f"Some {word} was seen.") for name in HARM_TERM_NAMES for word in _spelt_out(name)]
    + [
        ("harm occurred", f"{word} occurred in 3 women.")
        for name in HARM_TERM_NAMES
        for word in _spelt_out(name)
    ],
)
def test_word_gates_open_on_every_lexicon_word(name: str, text: str) -> None:
    test_word_gates_open_on_every_alternative(name, text)


@pytest.mark.parametrize("verb", [alt for _, rx in N_VERBS for alt in _alternatives(rx)])
def test_every_study_verb_holds_a_verb_needle(verb: str) -> None:
    """A verb added to N_VERBS without a needle would be hidden by the verb rules' gate."""
    literal = re.split(r"[\\[(?*+{]", verb)[0]
    assert has_any(literal, VERB_NEEDLES), verb


def test_literal_prefixes() -> None:
    assert literal_prefixes(("infections?", "hypoglyc(?:a)?emia", "injection[- ]site", "Rash")) == (
        "infection",
        "hypoglyc",
        "injection",
        "rash",
    )
    with pytest.raises(ValueError, match="no literal start"):
        literal_prefixes(("(?:a|b)ch",))


def test_lead_words_refuses_an_entry_without_a_plain_first_word() -> None:
    assert lead_words(("hospitals?", "U\\.S\\.", "long-term care")) == {"hospital", "hospitals", "u", "long"}
    with pytest.raises(ValueError, match="plain word"):
        lead_words(("(?:a|b) care",))


def test_has_any() -> None:
    assert has_any("a randomised trial", ("quasi", "randomi"))
    assert not has_any("a cohort", ("quasi", "randomi"))


@pytest.mark.corpus
def test_gates_hide_no_match_in_the_corpus(corpus: Path) -> None:
    check_corpus_sentences(corpus, _check)
