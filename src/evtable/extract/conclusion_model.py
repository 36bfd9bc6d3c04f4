"""Where the conclusion of a plain-prose abstract starts: a small, explainable boundary model.

An abstract without section labels ends with the authors' conclusion, so the
question is only where that closing run starts. Each possible start (one of
the last `WINDOW` sentences) is described by a handful of yes/no cues: of the
sentence that would open the conclusion, of the sentence just before it (the
last results sentence), and of the run as a whole (does any of it carry
numbers, p values, reporting verbs?); by the opening words of those two
sentences (which words count is learned, see `FIRST_WORD`); and by how many of
the title's words each sentence repeats (a conclusion restates what the study
was about, results sentences report details). A linear score over those cues
picks the start (a conditional logit: softmax over the candidate starts).

The weights are data (`conclusion_weights.py`), fitted by
`python -m evtable.evaluate.conclusion_train` on the CONCLUSIONS sections of
structured PubMed abstracts (and the corpus's other labelled abstracts) with
every label stripped; docs/quality.md reports the model on abstracts it was
not trained on, next to the rule it replaces. Nothing here needs numpy:
scoring is a sum of a few dozen weights per candidate start.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from evtable.extract.patterns import (
    CONCLUSION_CUES,
    CONCLUSION_OPENERS,
    JUDGING_VERBS,
    REPORTING_VERBS,
    RESULT_NUMBER,
    STATS,
    Gate,
    gate_open,
    has_stats,
)

#: The conclusion starts within the last this-many sentences (structured Conclusions sections
#: in PubMed have 1-6 sentences; a longer window only adds wrong candidates).
WINDOW = 8
#: Run lengths 1..MAX_RUN_FEATURE-1 get a cue each; longer runs share the last one.
MAX_RUN_FEATURE = 6
#: Abstracts of more / fewer candidate sentences than these are "long" / "short" for the run-length
#: cue ("len2_long"): longer abstracts have longer conclusions. 12 is the corpus's median; fewer
#: than 8 is its shortest tenth or so.
LONG_ABSTRACT, SHORT_ABSTRACT = 12, 8

#: Yes/no cues of one sentence: (name, pattern). Names are the weights' keys, so renaming
#: one means retraining. Results sentences report numbers, comparisons and past events;
#: conclusions judge, hedge and advise in the present tense.
SENTENCE_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("opener", CONCLUSION_OPENERS),
    ("cue", CONCLUSION_CUES),
    ("judging", JUDGING_VERBS),
    ("stats", STATS),
    ("report", REPORTING_VERBS),
    ("modal", re.compile(r"\b(?:may|might|could|should|must|can|would|need(?:s|ed)? to)\b", re.I)),
    ("present", re.compile(r"\b(?:is|are|seems?|appears?|remains?|represents?|provides?|offers?|allows?)\b", re.I)),
    ("past", re.compile(r"\b(?:was|were|had)\b", re.I)),
    ("we", re.compile(r"\b(?:we|our)\b", re.I)),
    ("studyref", re.compile(r"\b(?:this|our|the present|the current|these) (?:\w+ )?(?:study|studies|results|findings|data|trial|report|case|series|review|analysis|work|approach|method)\b", re.I)),
    ("future", re.compile(r"\b(?:further|future|larger|more) (?:\w+ )?(?:studies|research|trials|investigation|work|evaluation)|\b(?:warrant|needed|required)\b", re.I)),
    ("eval", re.compile(r"\b(?:safe|effective|feasible|useful|promising|important|valuable|beneficial|reliable|superior|recommended|essential|necessary|appropriate|should be considered|alternative|option)\b", re.I)),
    ("hedge", re.compile(r"\b(?:suggests?|indicates?|implies|imply|likely|possibly|potential(?:ly)?|appears?|seems?)\b", re.I)),
    ("contrast", re.compile(r"^(?:however|although|but|nevertheless|despite|while)\b", re.I)),
    ("pct", re.compile(r"\d\s*%")),
    ("pval", re.compile(r"\b[Pp]\s*[<=>≤≥]")),
    ("parennum", re.compile(r"\([^)]*\d[^)]*\)")),
    ("case", re.compile(r"\b(?:the patient|he|she|his|her)\b", re.I)),
    ("followon", re.compile(r"^(?:the|this|these|such|that|a|an|no) (?:\w+ )?(?:differences?|effects?|associations?|reductions?|increases?|decreases?|improvements?|trends?|relationships?|correlations?|benefits?|changes?|patterns?|rates?)\b", re.I)),
    ("edverb", re.compile(r"\b[a-z]{3,}ed\b")),
    ("safety", re.compile(r"\b(?:adverse|complications?|side effects?|toxicit(?:y|ies)|tolerated|tolerability|morbidity|mortality)\b", re.I)),
)  # fmt: skip
#: Sentence cues summarised over the whole candidate run ("any_x" and "frac_x").
RUN_CUES = ("num1", "stats", "pval", "pct", "opener", "cue", "modal", "report", "past", "case")
#: Sentences longer / shorter than these word counts get the "long" / "short" cue.
LONG_WORDS, SHORT_WORDS = 30, 12


#: Pre-checks of sentence cues (lower-cased substrings; every match of the cue holds one).
SENTENCE_CUE_GATES: dict[str, Gate] = {
    "cue": (("conclude", "suggest", "indicate", "support", "should be", "safe", "effective", "feasible", "needed",
             "required", "warrant", "further", "may be", "useful", "important", "valuable", "reliable", "promising",
             "can be"),),
    "modal": (("may", "might", "could", "should", "must", "can", "would", "need"),),
    "studyref": (("this", "our", "present", "current", "these"),),
    "future": (("further", "future", "larger", "more", "warrant", "needed", "required"),),
    "eval": (("safe", "effective", "feasible", "useful", "promising", "important", "valuable", "beneficial",
              "reliable", "superior", "recommended", "essential", "necessary", "appropriate", "should be considered",
              "alternative", "option"),),
    "contrast": (("however", "although", "but", "nevertheless", "despite", "while"),),
    "pct": (("%",),),
    "pval": (("<", "=", ">", "≤", "≥"),),
    "parennum": (("(",),),
    "case": (("patient", "he", "his"),),
    "followon": (("the", "this", "these", "such", "that", "a", "an", "no"),),
    "edverb": (("ed",),),
    "safety": (("adverse", "complication", "side effect", "toxicit", "tolera", "morbidity", "mortality"),),
}  # fmt: skip
_TOKEN = re.compile(r"\w+")
_OPENING_WORD = re.compile(r"[^\W\d_]+")
#: Feature-name prefixes of the opening word of the would-be first conclusion sentence and of the
#: sentence before it ("first_word:these"). Which words carry a weight is learned: the trainer keeps
#: those common enough in its training abstracts (see conclusion_train.MIN_WORD_COUNT).
FIRST_WORD, BEFORE_WORD = "first_word:", "before_word:"
#: Words too common to tell what an abstract is about (topic overlap ignores them).
STOPWORDS = frozenset(
    ["the", "and", "for", "with", "from", "that", "this", "these", "those", "was", "were", "are", "been", "has",
     "have", "had", "its", "their", "our", "than", "into", "over", "under", "after", "before", "between", "among",
     "versus", "not", "all", "any", "can", "may", "more", "most", "both", "each", "such", "who", "which", "what",
     "when", "where", "how", "also", "other", "only", "same", "study", "studies", "patients", "patient", "group",
     "groups", "results", "result", "using", "used", "use", "based", "there"]
)  # fmt: skip
_PLAIN_WORD = re.compile(r"[a-z]+(?:s\?|\(\?:ly\)\?)?")
_PHRASE = re.compile(r"[a-z]+(?: [a-z]+)+")
_LEAD_GROUP = re.compile(r"\\b\(\?:([a-z|]+)\) ")


@dataclass(frozen=True, slots=True)
class WordList:
    """How to answer a cue by set lookups: it matches when the sentence holds one of ``words``,
    and can match only when it holds a ``phrases`` substring or a ``lead`` word (see `_word_list`)."""

    words: frozenset[str]
    phrases: tuple[str, ...] = ()
    lead: frozenset[str] = frozenset()


def _word_list(pattern: re.Pattern[str]) -> WordList | None:
    """The words of a case-insensitive ``\\b(?:w1|w2s?|w3(?:ly)?|two words)\\b`` pattern, else None.

    Such a pattern matches an ASCII text exactly when one of the text's ``\\w+`` runs, lower-cased,
    is one of its words (or the text holds one of its phrases): a set lookup instead of a scan. A
    further alternative ``|\\b(?:was|were) ...`` can only match where one of its lead words is a run.
    """
    m = re.fullmatch(r"\\b\(\?:(.+?)\)\\b(?:\|(.+))?", pattern.pattern)
    if not m or not pattern.flags & re.I:
        return None
    lead: frozenset[str] = frozenset()
    if m.group(2) is not None:
        rest = _LEAD_GROUP.match(m.group(2))
        if rest is None:
            return None
        lead = frozenset(rest.group(1).split("|"))
    words: set[str] = set()
    phrases = []
    for alt in m.group(1).split("|"):
        if _PHRASE.fullmatch(alt):
            phrases.append(alt)
            continue
        if not _PLAIN_WORD.fullmatch(alt):
            return None
        base = alt.removesuffix("s?").removesuffix("(?:ly)?")
        words |= {base, alt[:-1]} if alt.endswith("s?") else {base, base + "ly"} if alt != base else {base}
    return WordList(frozenset(words), tuple(phrases), lead)


#: Cues whose pattern is a plain word list (see `_word_list`).
_CUE_WORDS = {name: w for name, pattern in SENTENCE_CUES if (w := _word_list(pattern)) is not None}


def _cue(name: str, pattern: re.Pattern[str], text: str, lower: str, tokens: frozenset[str] | None) -> bool:
    """``pattern.search(text) is not None``, by the quickest exact route."""
    if name == "stats":
        return has_stats(text)
    listed = _CUE_WORDS.get(name) if tokens is not None else None
    if listed is not None and tokens is not None:
        if not tokens.isdisjoint(listed.words):
            return True
        if not (tokens.isdisjoint(listed.lead) and not any(map(lower.__contains__, listed.phrases))):
            return pattern.search(text) is not None
        return False
    gate = SENTENCE_CUE_GATES.get(name)
    if gate is not None and not gate_open(lower, gate):
        return False
    return pattern.search(text) is not None


def sentence_cues(text: str) -> dict[str, bool]:
    """The yes/no cues of one sentence (see SENTENCE_CUES), plus number counts and length."""
    lower = text.lower()
    return _sentence_cues(text, lower, frozenset(_TOKEN.findall(lower)))


def _sentence_cues(text: str, lower: str, runs: frozenset[str]) -> dict[str, bool]:
    """`sentence_cues`, given the lower-cased text and its set of ``\\w+`` runs."""
    tokens = runs if text.isascii() else None  # word lookups equal ``\\b`` patterns on ASCII only
    cues = {name: _cue(name, pattern, text, lower, tokens) for name, pattern in SENTENCE_CUES}
    numbers = len(RESULT_NUMBER.findall(text))
    words = text.count(" ") + 1
    cues |= {
        "num1": numbers >= 1,
        "num3": numbers >= 3,
        "long": words > LONG_WORDS,
        "short": words < SHORT_WORDS,
    }
    return cues


def opening_word(text: str) -> str:
    """The sentence's first word, lower-cased ("" when it opens with no letters)."""
    m = _OPENING_WORD.match(text.lstrip("([\"' "))
    return m.group().lower() if m else ""


@dataclass(frozen=True, slots=True)
class Described:
    """What the model reads of an abstract's sentences: each one's cues, opening word, how many
    topic words (see `topic_words`) it repeats, and per sentence the RUN_CUES hits (plus
    "present or modal" sentences) from it to the end. Sentences before the window stay blank."""

    cues: list[Mapping[str, bool]]
    words: list[str]
    topic: list[int]
    run_hits: list[dict[str, int]]


_PRESENT_RUN = "present|modal"


def topic_words(text: str) -> frozenset[str]:
    """The content words of a title: what the abstract is about."""
    return frozenset(
        w for w in _TOKEN.findall(text.lower()) if len(w) > 2 and w[0].isalpha() and w not in STOPWORDS
    )


def describe(texts: Sequence[str], topic: str = "") -> Described:
    """Cues, opening words and topic overlap of the sentences the candidate starts look at."""
    cues: list[Mapping[str, bool]] = [{} for _ in texts]
    words = [""] * len(texts)
    overlap = [0] * len(texts)
    about = topic_words(topic)
    for i in range(max(0, candidate_starts(len(texts)).start - 1), len(texts)):
        lower = texts[i].lower()
        runs = frozenset(_TOKEN.findall(lower))
        cues[i] = _sentence_cues(texts[i], lower, runs)
        words[i] = opening_word(texts[i])
        overlap[i] = len(about & runs)
    run_hits: list[dict[str, int]] = [{} for _ in texts]
    after = dict.fromkeys((*RUN_CUES, _PRESENT_RUN), 0)
    for i in range(len(texts) - 1, max(0, candidate_starts(len(texts)).start) - 1, -1):
        c = cues[i]
        after = {name: after[name] + c[name] for name in RUN_CUES} | {
            _PRESENT_RUN: after[_PRESENT_RUN] + (c["present"] or c["modal"])
        }
        run_hits[i] = after
    return Described(cues, words, overlap, run_hits)


def start_features(described: Described, k: int) -> dict[str, float]:
    """Features of "the conclusion is sentences k..end" given what was read of every sentence."""
    cues, words, topic = described.cues, described.words, described.topic
    out: dict[str, float] = {f"first_{name}": 1.0 for name, on in cues[k].items() if on}
    out[FIRST_WORD + words[k]] = 1.0
    if k > 0:
        before = cues[k - 1]
        out |= {f"before_{name}": 1.0 for name, on in before.items() if on}
        out[BEFORE_WORD + words[k - 1]] = 1.0
        if before["past"] and not before["present"] and cues[k]["present"] and not cues[k]["past"]:
            out["tense_shift"] = 1.0
        if before["num1"] and not cues[k]["num1"]:
            out["numbers_stop"] = 1.0
        if topic[k] > topic[k - 1]:
            out["topic_up"] = 1.0
            if topic[k - 1] == 0:
                out["topic_from_none"] = 1.0
    else:
        out["before_none"] = 1.0
    if k + 1 < len(topic) and topic[k] > topic[k + 1]:
        out["topic_down_after"] = 1.0
    if topic[k] and topic[k] == max(topic[k - 1 if k else 0 :]):
        out["topic_top"] = 1.0
    run = len(cues) - k
    out[f"len{min(run, MAX_RUN_FEATURE)}"] = 1.0
    size = "long" if len(cues) > LONG_ABSTRACT else "short" if len(cues) < SHORT_ABSTRACT else "mid"
    out[f"len{min(run, MAX_RUN_FEATURE)}_{size}"] = 1.0
    hits = described.run_hits[k]
    for name in RUN_CUES:
        if hits[name]:
            out[f"any_{name}"] = 1.0
            out[f"frac_{name}"] = hits[name] / run
    if hits[_PRESENT_RUN] == run:
        out["all_present"] = 1.0
    return out


def candidate_starts(n: int) -> range:
    """The sentence indexes where the conclusion may start in an abstract of n sentences."""
    return range(max(0, n - WINDOW), n)


def score_starts(
    texts: Sequence[str], weights: Mapping[str, float], topic: str = ""
) -> list[tuple[int, float]]:
    """Each candidate start with the model's probability that the conclusion starts there.

    ``topic`` is the abstract's title (see `topic_words`)."""
    if not texts:
        return []
    described = describe(texts, topic)
    scores = [
        (k, sum(weights.get(f, 0.0) * v for f, v in start_features(described, k).items()))
        for k in candidate_starts(len(texts))
    ]
    top = max(s for _, s in scores)
    total = sum(math.exp(s - top) for _, s in scores)
    return [(k, math.exp(s - top) / total) for k, s in scores]


def best_start(
    texts: Sequence[str], weights: Mapping[str, float], topic: str = ""
) -> tuple[int, float] | None:
    """The most probable start of the conclusion and its probability (None for no sentences)."""
    scored = score_starts(texts, weights, topic)
    return max(scored, key=lambda kp: (kp[1], kp[0])) if scored else None
