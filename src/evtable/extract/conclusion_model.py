"""Where the conclusion of a plain-prose abstract starts: a small, explainable boundary model.

An abstract without section labels ends with the authors' conclusion, so the
question is only where that closing run starts. Each possible start (one of
the last `WINDOW` sentences) is described by a handful of yes/no cues: of the
sentence that would open the conclusion, of the sentence just before it (the
last results sentence), and of the run as a whole (does any of it carry
numbers, p values, reporting verbs?); by the opening words of those two
sentences (which words count is learned, see `FIRST_WORD`); by how many of
the title's words each sentence repeats (a conclusion restates what the study
was about, results sentences report details); and by a per-sentence model's
log-odds that each sentence belongs to a conclusion (`SentenceModel`, a few
hundred words' weights); and by how well a role sequence with the conclusion
starting there reads (`RoleModel`: each sentence's background / methods /
results / conclusions scores, decoded in that order). A linear score over those cues
picks the start (a conditional logit: softmax over the candidate starts).

The weights are data (`conclusion_weights.py`), fitted by
`python -m evtable.evaluate.conclusion_train` on the CONCLUSIONS sections of
structured PubMed abstracts (and the corpus's other labelled abstracts) with
every label stripped; docs/quality.md reports the model on abstracts it was
not trained on, next to the rule it replaces. Nothing here needs numpy:
scoring is a sum of a few dozen weights per candidate start.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from evtable.extract.patterns import (
    CONCLUSION_CUES,
    CONCLUSION_OPENERS,
    JUDGING_VERBS,
    REPORTING_VERBS,
    RESULT_NUMBER,
    STATS,
    gate_text,
    has_stats,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Zoned, ascii_runs, words_of

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
    ("explicit", re.compile(r"^(?:in conclusions?|in summary|to conclude|to summari[sz]e|in short|we conclude)\b", re.I)),
)  # fmt: skip
#: "explicit" marks a sentence opening with a phrase that announces the conclusion ("In conclusion,",
#: "We conclude"): in plain prose the surest sign of where it starts, but the structured training
#: abstracts print a label there instead, so it is rare in them and "first_explicit" gets its weight
#: by hand (evaluate.conclusion_train.FIXED_WEIGHTS), not by the fit.
#: Sentence cues summarised over the whole candidate run ("any_x" and "frac_x").
RUN_CUES = ("num1", "stats", "pval", "pct", "opener", "cue", "modal", "report", "past", "case")
#: Sentences longer / shorter than these word counts get the "long" / "short" cue.
LONG_WORDS, SHORT_WORDS = 30, 12


@dataclass(frozen=True, slots=True)
class CueGate:
    """What every match of a cue's pattern holds, so the pattern runs only when a sentence does:
    a whole word of each ``words`` group (space-separated; with ``unless_digit``, only a match
    without a digit does), one of the ``needles`` (case-exact substrings), an opening
    (lower-cased) among ``starts``, and with ``digit`` a digit. For a word-list cue (`_word_list`)
    it gates what the listed words leave of the pattern."""

    words: tuple[str, ...] = ()
    needles: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()
    digit: bool = False
    unless_digit: bool = False


#: Pre-checks of the cues' patterns (word-list cues are read off the sentence's words, see
#: `_word_list`); "stats" is then tested by its own fast route (patterns.has_stats). A word left out would
#: silently turn a cue off: the tests match every alternative of each pattern and every corpus
#: sentence against the pattern itself.
CUE_GATES: dict[str, CueGate] = {
    "opener": CueGate(starts=("in ", "to ", "overall", "taken together", "collectively", "thus", "therefore", "hence",
                              "consequently", "accordingly", "altogether", "conclusion", "these ", "our ", "the ",
                              "such ", "this ", "present ", "we ", "it ")),
    "cue": CueGate(words=("conclude suggest suggests indicate indicates support supports should safe effective feasible "
                          "needed required further may useful important valuable reliable promising can",
                          "conclude that use considered used confined offered recommended performed included suspected "
                          "safe effective feasible needed required further "
                          "useful beneficial a an important valuable reliable promising")),
    "judging": CueGate(words=("safe effective feasible superior inferior comparable similar useful successful associated "
                              "efficacious beneficial tolerated reliable valuable accurate",)),
    "stats": CueGate(words=("hazard odds relative mean significant significantly",), unless_digit=True),
    "modal": CueGate(words=("may might could should must can would need needs needed",)),
    "studyref": CueGate(words=("this our present current these", "study studies results findings data trial report "
                               "case series review analysis work approach method")),
    "future": CueGate(words=("further future larger more warrant needed required",)),
    "contrast": CueGate(starts=("however", "although", "but", "nevertheless", "despite", "while")),
    "pct": CueGate(needles=("%",), digit=True),
    "pval": CueGate(words=("p",), needles=("<", "=", ">", "≤", "≥")),
    "parennum": CueGate(needles=("(",), digit=True),
    "followon": CueGate(starts=("the ", "this ", "these ", "such ", "that ", "a ", "an ", "no ")),
    "edverb": CueGate(needles=("ed",)),
    "safety": CueGate(words=("adverse complication complications toxicity toxicities tolerated tolerability "
                             "morbidity mortality side",)),
    "explicit": CueGate(starts=("in conclusion", "in summary", "to conclude", "to summari", "in short", "we conclude")),
}  # fmt: skip
_TOKEN = re.compile(r"\w+")
#: Bytes table keeping the ASCII word characters and turning every other byte into a space: the
#: ``\\w+`` runs of an ASCII text, split in C without the regex engine (see `_ascii_tokens`).
_WORD_BYTES = bytes(
    c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 0x20 for c in range(256)
)


def _ascii_tokens(text: str) -> frozenset[str]:
    """``frozenset(_TOKEN.findall(text))`` for an ASCII ``text``."""
    return ascii_runs(text, _WORD_BYTES)


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
    """How to answer a cue by set lookups: it matches when the sentence holds one of ``words``;
    else only ``rest`` (the pattern's phrases and trailing alternative) can match, and only where
    the sentence holds one of the ``gate`` words (see `_word_list`)."""

    words: frozenset[str]
    gate: frozenset[str] = frozenset()
    rest: re.Pattern[str] | None = None


def _word_list(pattern: re.Pattern[str]) -> WordList | None:
    """The words of a case-insensitive ``\\b(?:w1|w2s?|w3(?:ly)?|two words)\\b`` pattern, else None.

    Such a pattern matches an ASCII text exactly when one of the text's ``\\w+`` runs, lower-cased,
    is one of its words, or the text matches its phrases: a set lookup instead of a scan. A phrase
    ends in a whole word, and a further alternative ``|\\b(?:was|were) ...`` opens with one.
    """
    m = re.fullmatch(r"\\b\(\?:(.+?)\)\\b(?:\|(.+))?", pattern.pattern)
    if not m or not pattern.flags & re.I:
        return None
    gate: set[str] = set()
    rest: list[str] = []
    if m.group(2) is not None:
        lead = _LEAD_GROUP.match(m.group(2))
        if lead is None:
            return None
        gate |= set(lead.group(1).split("|"))
        rest.append(m.group(2))
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
    if phrases:
        gate |= {p.rsplit(" ", 1)[1] for p in phrases}
        rest.insert(0, rf"\b(?:{'|'.join(phrases)})\b")
    rest_pattern = re.compile("|".join(rest), pattern.flags) if rest else None
    return WordList(frozenset(words), frozenset(gate), rest_pattern)


#: Every cue of a sentence, in the order of `sentence_cues` (and of the model's features); cue i is
#: bit i of the mask `read_sentence` gives.
CUE_NAMES: tuple[str, ...] = (*(name for name, _ in SENTENCE_CUES), "num1", "num3", "long", "short")
CUE_BIT = {name: 1 << i for i, name in enumerate(CUE_NAMES)}
#: Letters that re.IGNORECASE matches to an ASCII letter (KELVIN SIGN, LONG S, dotted and dotless I):
#: a sentence with one is read by its patterns alone.
_ASCII_LOOKALIKES = ("\u212a", "\u017f", "\u0130", "\u0131")
#: Word characters outside ASCII: replaced by "_" (a word character that is no letter), they keep
#: the sentence's word boundaries and can match no word of a cue.
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_DIGITS = "0123456789_"


@dataclass(frozen=True, slots=True)
class _Check:
    """A cue whose pattern (or what its sure words leave of it) runs once its gate is open."""

    bit: int
    gate: int  # the word-group bits (and the digit bit) that must all be set
    test: Callable[[str], object]
    needles: tuple[str, ...]
    starts: tuple[str, ...]


#: The "edverb" cue's pattern, ``\\b[a-z]{3,}ed\\b``, for the text read backwards: it opens with the
#: literal "de", which the regex engine scans for, where the pattern itself was tried at every
#: word's first letter. A word boundary is the same both ways, so it matches a text's reversal
#: exactly where the cue's pattern matches the text.
_ED_VERB_BACKWARDS = re.compile(r"de(?<!\w..)[a-z]{3,}(?!\w)")


def has_ed_verb(text: str) -> bool:
    """``SENTENCE_CUES``' "edverb" pattern finds a match in ``text`` (in half the time)."""
    return _ED_VERB_BACKWARDS.search(text[::-1]) is not None


#: Cues answered by a function of their own instead of their pattern's search (same answers).
_OWN_ROUTES: dict[str, Callable[[str], object]] = {"stats": has_stats, "edverb": has_ed_verb}


def _routes() -> tuple[dict[str, int], int, int, tuple[_Check, ...]]:
    """Word -> bits (of the cues it answers and of the gate groups it opens), the sure cue bits, the
    bits a digit sets (its own and those of the groups it stands in for), and every cue still to
    check with its gate."""
    word_bits: dict[str, int] = {}
    checks: list[_Check] = []
    next_bit = 1 << len(CUE_NAMES)
    digit_bit, next_bit = next_bit, next_bit << 1
    digit_found = digit_bit
    sure = 0

    def file(words: frozenset[str], bit: int) -> None:
        for w in words:
            word_bits[w] = word_bits.get(w, 0) | bit

    for name, pattern in SENTENCE_CUES:
        bit = CUE_BIT[name]
        gate = CUE_GATES.get(name, CueGate())
        groups = [frozenset(group.split()) for group in gate.words]
        listed = _word_list(pattern)
        if listed is not None:
            file(listed.words, bit)
            sure |= bit
            if listed.rest is None:
                continue
            groups.insert(0, listed.gate)
            test: Callable[[str], object] = skip_ahead(listed.rest).search
        else:
            test = _OWN_ROUTES.get(name) or skip_ahead(pattern).search
        gate_bits = digit_bit if gate.digit else 0
        for group in groups:
            file(group, next_bit)
            gate_bits |= next_bit
            if gate.unless_digit:
                digit_found |= next_bit
            next_bit <<= 1
        checks.append(_Check(bit, gate_bits, test, gate.needles, gate.starts))
    return word_bits, sure, digit_found, tuple(checks)


_WORD_BITS, _SURE_BITS, _DIGIT_FOUND, _CHECKS = _routes()
_GATE_WORDS = frozenset(_WORD_BITS)
#: Which checks a sentence needs, by the bits its words (and digits) set; after this many
#: different sets of bits the memo starts afresh.
_PLAN_CACHE_MAX = 4096
_plans: dict[int, tuple[tuple[int, Callable[[str], object], tuple[str, ...], tuple[str, ...]], ...]] = {}


def _plan(found: int) -> tuple[tuple[int, Callable[[str], object], tuple[str, ...], tuple[str, ...]], ...]:
    plan = _plans.get(found)
    if plan is None:
        if len(_plans) >= _PLAN_CACHE_MAX:
            _plans.clear()
        plan = _plans[found] = tuple(
            (c.bit, c.test, c.needles, c.starts)
            for c in _CHECKS
            if not found & c.bit and found & c.gate == c.gate
        )
    return plan


def _pattern_mask(text: str) -> int:
    """The sentence cues by their patterns alone."""
    return sum(CUE_BIT[name] for name, pattern in SENTENCE_CUES if pattern.search(text))


def read_sentence(text: str, lower: str, words: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The sentence's cues (see `sentence_cues`) as bits, `CUE_BIT`, and its ``\\w+`` runs
    lower-cased (for topic overlap), given its lower-cased text and letter runs (`zones.words_of`,
    which every extractor's gates share).

    Word-list cues are read off the runs, the others' patterns run only when their `CUE_GATES`
    are open: about a tenth of the cost of running every pattern.
    """
    if text.isascii():
        digits = any(map(lower.__contains__, _DIGITS))
        # without digits or "_" the \w+ runs of an ASCII text are its letter runs
        runs = tokens = _ascii_tokens(lower) if digits else words
        folded = lower
    else:
        runs = frozenset(_TOKEN.findall(lower))
        if any(map(text.__contains__, _ASCII_LOOKALIKES)):
            return _pattern_mask(text) | _size_bits(text, True), runs
        folded = _NON_ASCII_WORD.sub("_", text).lower()
        digits, tokens = True, frozenset(_TOKEN.findall(folded))
    found = _DIGIT_FOUND if digits else 0
    for w in tokens & _GATE_WORDS:
        found |= _WORD_BITS[w]
    on = found & _SURE_BITS
    for bit, test, needles, starts in _plan(found):
        if (
            (not needles or any(map(text.__contains__, needles)))
            and (not starts or folded.startswith(starts))
            and test(text)
        ):
            on |= bit
    return on | _size_bits(text, digits), runs


_NUM1, _NUM3, _LONG, _SHORT = (CUE_BIT[n] for n in ("num1", "num3", "long", "short"))
#: RESULT_NUMBER with its opening look-behind moved past the first digit (where it spans that
#: digit too): the same matches, found in half the time, as the regex engine can skip to digits.
RESULT_NUMBER_FROM_DIGIT = re.compile(
    RESULT_NUMBER.pattern.replace(r"(?<![\w.-])\d+", r"\d(?<![\w.-]\d)\d*", 1), RESULT_NUMBER.flags
)


def _size_bits(text: str, digits: bool) -> int:
    """The number-count and length cues (``digits``: whether the text may hold a digit)."""
    on = 0
    if digits:
        numbers = len(RESULT_NUMBER_FROM_DIGIT.findall(text))
        on = (_NUM1 if numbers >= 1 else 0) | (_NUM3 if numbers >= 3 else 0)
    words = text.count(" ") + 1
    return on | (_LONG if words > LONG_WORDS else 0) | (_SHORT if words < SHORT_WORDS else 0)


def sentence_cues(text: str) -> dict[str, bool]:
    """The yes/no cues of one sentence (see SENTENCE_CUES), plus number counts and length."""
    lower = text.lower()
    return _cue_dict(read_sentence(text, lower, words_of(lower))[0])


def _cue_dict(mask: int) -> dict[str, bool]:
    return {name: bool(mask & bit) for name, bit in CUE_BIT.items()}


def opening_word(text: str) -> str:
    """The sentence's first word, lower-cased ("" when it opens with no letters)."""
    m = _OPENING_WORD.match(text.lstrip("([\"' "))
    return m.group().lower() if m else ""


#: Keys of the sentence model's weights, kept in the same weights dict as the boundary model's:
#: "sentence:WORD" for a word (a lower-cased ``\\w+`` run), the bias, and "sentence@endJ" for the
#: J-th sentence from the end (J up to MAX_END_FEATURE, further ones share the last).
SENTENCE_WORD, SENTENCE_BIAS, SENTENCE_END = "sentence:", "sentence@bias", "sentence@end"
MAX_END_FEATURE = 9
#: Boundary-model features the sentence model's log-odds feed: of the would-be first conclusion
#: sentence, of the sentence before it, and their sum over the run (up to a constant of the
#: abstract, the sentence model's log-likelihood of "the conclusion starts here").
FIRST_ROLE, BEFORE_ROLE, RUN_ROLE = "first_role", "before_role", "run_role"


@dataclass(frozen=True, slots=True)
class SentenceModel:
    """How much one sentence reads like a conclusion sentence, on its own: a logistic regression's
    log-odds over the words it holds and its place from the end of the abstract, fitted on every
    sentence of the training abstracts (see evaluate.conclusion_sentences)."""

    words: Mapping[str, float]
    vocabulary: frozenset[str]
    bias: float
    ends: tuple[float, ...]

    @classmethod
    def of(cls, weights: Mapping[str, float]) -> SentenceModel | None:
        """The sentence model held in a weights dict, or None when it holds none."""
        words = {f.removeprefix(SENTENCE_WORD): w for f, w in weights.items() if f.startswith(SENTENCE_WORD)}
        bias = weights.get(SENTENCE_BIAS)
        if not words and bias is None:
            return None
        ends = tuple(weights.get(f"{SENTENCE_END}{j}", 0.0) for j in range(MAX_END_FEATURE + 1))
        return cls(words, frozenset(words), bias or 0.0, ends)

    def log_odds(self, runs: frozenset[str], from_end: int) -> float:
        """The log-odds that a sentence of these ``\\w+`` runs (lower-cased), ``from_end`` sentences
        before the last, belongs to the conclusion (exactly rounded: the same in any word order)."""
        return math.fsum(
            (
                self.bias,
                self.ends[min(from_end, MAX_END_FEATURE)],
                *map(self.words.__getitem__, runs & self.vocabulary),
            )
        )


#: Sentence roles of the role model, in the order an abstract runs through them: background or
#: objective, methods, results, conclusions.
ROLES = ("B", "M", "R", "C")
_CONCLUDING = len(ROLES) - 1
#: Keys of the role model's weights, in the same weights dict: "role:C:FEATURE" for a sentence
#: feature's weight for role C (see `role_features`), "role@bias:C", "role@start:B" (log-probability
#: that an abstract opens in role B) and "role@step:BM" (that a sentence of role B is followed by
#: one of role M; only steps that keep or advance the role order exist).
ROLE_WEIGHT, ROLE_BIAS, ROLE_START, ROLE_STEP = "role:", "role@bias:", "role@start:", "role@step:"
#: The boundary-model feature the role model feeds: the log-probability, among the candidate
#: starts, that the conclusion starts here, by the best role sequence with that start.
SEQ_START = "seq_start"
#: A sentence's place: from the end (up to MAX_END_FEATURE) and in fifths of the abstract.
ROLE_PLACES = 5


def role_features(mask: int, runs: frozenset[str], opening: str, i: int, n: int) -> list[str]:
    """The role model's features of sentence i of n: its words, its cues, its opening word and
    its place."""
    out = [f"w:{w}" for w in runs]
    out += [f"cue:{name}" for j, name in enumerate(CUE_NAMES) if mask >> j & 1]
    out += [f"end:{min(n - 1 - i, MAX_END_FEATURE)}", f"place:{min(ROLE_PLACES * i // n, ROLE_PLACES - 1)}"]
    out.append(f"first:{opening}")
    if i == 0:
        out.append("place:opening")
    return out


#: The role model's weights are read in units of 1e-4 (the trainer writes them so rounded): a
#: sentence's role scores are sums of integers, exact in any order of its features.
ROLE_UNIT = 10_000
_WORD_FEATURE, _OPENING_FEATURE = "w:", "first:"


def _units(ws: Sequence[float]) -> tuple[int, ...]:
    return tuple(round(w * ROLE_UNIT) for w in ws)


#: Bits per role in a packed weight: each role's sum stays far inside +-2 ** (_FIELD - 1).
_FIELD = 48
_FIELD_MASK, _FIELD_SIGN = (1 << _FIELD) - 1, 1 << (_FIELD - 1)


def _pack(units: Sequence[int]) -> int:
    """One integer holding a weight per role: the sum of packed weights packs their sums."""
    return sum(u << (_FIELD * r) for r, u in enumerate(units))


def _unpack(packed: int) -> list[int]:
    """The per-role values `_pack` put in (of any sum of packed values)."""
    out = []
    for _ in ROLES:
        low = packed & _FIELD_MASK
        value = low - (1 << _FIELD) if low & _FIELD_SIGN else low
        out.append(value)
        packed = (packed - value) >> _FIELD
    return out


@dataclass(frozen=True, slots=True)
class RoleModel:
    """Which role each sentence of an abstract plays, as a sequence: a multinomial logistic
    regression gives each sentence's log-probability of each role (`ROLES`) from its features
    (`role_features`), and roles never go back (background, methods, results, conclusions). For
    each candidate start, the best role sequence whose conclusions run starts there (Viterbi)
    scores that start; fitted by evaluate.conclusion_roles on every sentence of the training
    abstracts, labelled by the section each lies in. Weights are held per role in `ROLE_UNIT`s:
    ``word_units`` for "w:" features (by word), ``features`` for the others."""

    word_units: Mapping[str, tuple[int, ...]]
    vocabulary: frozenset[str]
    features: Mapping[str, tuple[int, ...]]
    bias: tuple[int, ...]
    start: tuple[float, ...]
    step: tuple[tuple[float, ...], ...]
    packed_words: Mapping[str, int] = dataclasses.field(default_factory=dict, compare=False)
    packed: dict[object, int] = dataclasses.field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, weights: Mapping[str, float]) -> RoleModel | None:
        """The role model held in a weights dict, or None when it holds none."""
        per: dict[str, list[float]] = {}
        for key, w in weights.items():
            if key.startswith(ROLE_WEIGHT):
                role, feature = key[len(ROLE_WEIGHT) :].split(":", 1)
                per.setdefault(feature, [0.0] * len(ROLES))[ROLES.index(role)] = w
        bias = _units([weights.get(ROLE_BIAS + r, 0.0) for r in ROLES])
        if not per and not any(bias):
            return None
        start = tuple(weights.get(ROLE_START + r, 0.0) for r in ROLES)
        step = tuple(tuple(weights.get(f"{ROLE_STEP}{a}{b}", 0.0) for b in ROLES) for a in ROLES)
        vocabulary = {
            f.removeprefix(_WORD_FEATURE): _units(ws) for f, ws in per.items() if f.startswith(_WORD_FEATURE)
        }
        features = {f: _units(ws) for f, ws in per.items() if not f.startswith(_WORD_FEATURE)}
        packed_words = {w: _pack(units) for w, units in vocabulary.items()}
        return cls(vocabulary, frozenset(vocabulary), features, bias, start, step, packed_words)

    def _memo(self, key: object, features: Sequence[str]) -> int:
        """The packed sum (`_pack`) of these non-word features' weights, memoised by ``key``."""
        found = self.packed.get(key)
        if found is None:
            if len(self.packed) >= _MASK_CACHE_MAX:
                self.packed.clear()
            zero = (0,) * len(ROLES)
            found = self.packed[key] = sum(_pack(self.features.get(f, zero)) for f in features)
        return found

    def role_scores(self, mask: int, runs: frozenset[str], opening: str, i: int, n: int) -> list[float]:
        """Sentence i of n's score of each role: `log_probabilities` of its `role_features`, from
        its cue bits, word runs and opening word. The weights of each
        feature are packed into one integer (`_pack`), so their sum is one C-level sum."""
        total = sum(
            map(self.packed_words.__getitem__, runs & self.vocabulary), self.packed_base(mask, opening, i, n)
        )
        return [(b + t) / ROLE_UNIT for b, t in zip(self.bias, _unpack(total), strict=True)]

    def packed_base(self, mask: int, opening: str, i: int, n: int) -> int:
        """The packed sum (`_pack`) of sentence i of n's weights other than its words'."""
        packed = self.packed
        cues = packed.get(mask)
        if cues is None:
            cues = self._memo(mask, [f"cue:{name}" for j, name in enumerate(CUE_NAMES) if mask >> j & 1])
        key = (n - 1 - i, i * ROLE_PLACES // n, i == 0)
        where = packed.get(key)
        if where is None:
            end, place = min(key[0], MAX_END_FEATURE), min(key[1], ROLE_PLACES - 1)
            where = self._memo(key, [f"end:{end}", f"place:{place}", *(["place:opening"] if i == 0 else [])])
        first = packed.get(opening)
        if first is None:
            first = self._memo(opening, [_OPENING_FEATURE + opening])
        return cues + where + first

    def log_probabilities(self, features: Sequence[str]) -> list[float]:
        """A sentence's log-probability of each role given its `role_features` (the definition),
        up to a constant of the sentence: the regression's scores, not normalised, as every role
        sequence takes one role of each sentence and `start_scores` normalises over the starts."""
        totals = list(self.bias)
        for f in features:
            if f.startswith(_WORD_FEATURE):
                found = self.word_units.get(f.removeprefix(_WORD_FEATURE))
            else:
                found = self.features.get(f)
            if found is not None:
                totals = [t + u for t, u in zip(totals, found, strict=True)]
        return [t / ROLE_UNIT for t in totals]

    def start_scores(self, emit: Sequence[Sequence[float]], starts: range) -> list[float]:
        """For each candidate start k, the log-probability (normalised over ``starts``) of the
        best role sequence in which sentences k.. are the conclusions and the ones before hold
        the other roles in order. ``emit`` are the role scores (`log_probabilities`) of the last sentences,
        from the one before the first candidate start (`role_context`) to the end: an abstract
        opening earlier may open there in any role but the conclusions."""
        first = role_context(starts)
        n = first + len(emit)
        step, others = self.step, range(_CONCLUDING)
        # best[j][b]: the best sequence of sentences first..first+j ending in role b (no conclusions yet)
        opening = self.start if first == 0 else (0.0,) * len(ROLES)
        best = [[opening[b] + emit[0][b] for b in others]]
        for e in emit[1:]:
            prev = best[-1]
            best.append([max(prev[a] + step[a][b] for a in range(b + 1)) + e[b] for b in others])
        tail = [0.0] * (len(emit) + 1)
        for j in range(len(emit) - 1, -1, -1):
            tail[j] = tail[j + 1] + emit[j][_CONCLUDING]
        stay = step[_CONCLUDING][_CONCLUDING]
        scores = []
        for k in starts:
            j = k - first
            before = (
                opening[_CONCLUDING] if j == 0 else max(best[j - 1][a] + step[a][_CONCLUDING] for a in others)
            )
            scores.append(before + tail[j] + (n - 1 - k) * stay)
        return _log_softmax(scores)


#: Where `Fused` puts the sentence model's sum in a packed weight: above the roles' fields.
_SENTENCE_FIELD = _FIELD * len(ROLES)


def _exact_units(weights: Sequence[float]) -> tuple[int, Callable[[float], int]]:
    """The least ``shift`` making every weight a whole number of ``2 ** -shift``, and the function
    giving a weight in those units (a float is a whole number times a power of two)."""
    shift = max((w.as_integer_ratio()[1].bit_length() - 1 for w in weights), default=0)

    def units(w: float) -> int:
        numerator, denominator = w.as_integer_ratio()
        return numerator * ((1 << shift) // denominator)

    return shift, units


@dataclass(frozen=True, slots=True)
class Fused:
    """A sentence's role scores (`RoleModel.role_scores`) and its log-odds (`SentenceModel.log_odds`)
    from one lookup of each word and one sum: a word's weights of both models are packed into one
    integer, the sentence model's in exact units of ``2 ** -shift`` above the role fields.

    The log-odds is that sum divided by ``2 ** shift``, which Python rounds correctly: the value
    `math.fsum` gives of the same weights (an exact zero may lose fsum's sign, which no score
    can tell). Apart, the two models intersected, looked up and summed each sentence's words
    twice: a tenth of the conclusion's time."""

    roles: RoleModel
    sentences: SentenceModel
    words: dict[str, int]
    shift: int
    bias: int
    ends: tuple[int, ...]

    @classmethod
    def of(cls, sentences: SentenceModel, roles: RoleModel) -> Fused:
        shift, units = _exact_units([*sentences.words.values(), sentences.bias, *sentences.ends])
        words = dict(roles.packed_words)
        for word, w in sentences.words.items():
            words[word] = words.get(word, 0) + (units(w) << _SENTENCE_FIELD)
        ends = tuple(units(e) for e in sentences.ends)
        return cls(roles, sentences, words, shift, units(sentences.bias), ends)

    def read(
        self, mask: int, runs: frozenset[str], opening: str, i: int, n: int
    ) -> tuple[list[float], float]:
        """Sentence i of n's role scores and log-odds, from its cue bits, ``\\w+`` runs and opening word."""
        base = self.roles.packed_base(mask, opening, i, n)
        base += (self.bias + self.ends[min(n - 1 - i, MAX_END_FEATURE)]) << _SENTENCE_FIELD
        # words of neither model give None, which filter drops (as it drops a weight of 0)
        total = sum(filter(None, map(self.words.get, runs)), base)
        scores = []
        for b in self.roles.bias:
            low = total & _FIELD_MASK
            value = low - (1 << _FIELD) if low & _FIELD_SIGN else low
            scores.append((b + value) / ROLE_UNIT)
            total = (total - value) >> _FIELD
        return scores, total / (1 << self.shift)


def role_context(starts: range) -> int:
    """The first sentence the role model reads: the one before the first candidate start."""
    return max(0, starts.start - 1)


def _log_softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    total = top + math.log(math.fsum(math.exp(x - top) for x in scores))
    return [x - total for x in scores]


@dataclass(frozen=True, slots=True)
class Described:
    """What the model reads of an abstract's sentences: each one's cues, opening word, how many
        topic words (see `topic_words`) it repeats, and per sentence the RUN_CUES hits (plus
        "present or modal" sentences) from it to the end; with a sentence model, each sentence's
        log-odds (else ``roles`` is empty); with a role model, each candidate start's `SEQ_START` (else
    ``seq`` is empty). Sentences before the window stay blank."""

    cues: list[Mapping[str, bool]]
    words: list[str]
    topic: list[int]
    run_hits: list[dict[str, int]]
    roles: list[float]
    seq: list[float] = dataclasses.field(default_factory=list)


_PRESENT_RUN = "present|modal"


def topic_words(text: str) -> frozenset[str]:
    """The content words of a title: what the abstract is about."""
    return frozenset(
        w for w in _TOKEN.findall(text.lower()) if len(w) > 2 and w[0].isalpha() and w not in STOPWORDS
    )


def describe(
    texts: Sequence[str],
    topic: str = "",
    sentences: SentenceModel | None = None,
    role_model: RoleModel | None = None,
) -> Described:
    """Cues, opening words and topic overlap of the sentences the candidate starts look at (and
    their log-odds under the ``sentences`` model, and the starts' scores under the role model,
    when given: it reads every sentence)."""
    n = len(texts)
    cues: list[Mapping[str, bool]] = [{} for _ in texts]
    words = [""] * n
    overlap = [0] * n
    roles = [0.0] * n if sentences is not None else []
    emit: list[list[float]] = []
    about = topic_words(topic)
    for i in range(role_context(candidate_starts(n)), n):
        lower = gate_text(texts[i])  # as `Zoned.lower`, which the extractor reads
        mask, runs = read_sentence(texts[i], lower, words_of(lower))
        cues[i] = _cue_dict(mask)
        words[i] = opening_word(texts[i])
        overlap[i] = len(about & runs)
        if sentences is not None:
            roles[i] = sentences.log_odds(runs, n - 1 - i)
        if role_model is not None:
            emit.append(role_model.log_probabilities(role_features(mask, runs, words[i], i, n)))
    seq = [0.0] * n if role_model is not None and n else []
    if seq and role_model is not None:
        starts = candidate_starts(n)
        for k, x in zip(starts, role_model.start_scores(emit, starts), strict=True):
            seq[k] = x
    run_hits: list[dict[str, int]] = [{} for _ in texts]
    after = dict.fromkeys((*RUN_CUES, _PRESENT_RUN), 0)
    for i in range(len(texts) - 1, max(0, candidate_starts(len(texts)).start) - 1, -1):
        c = cues[i]
        after = {name: after[name] + c[name] for name in RUN_CUES} | {
            _PRESENT_RUN: after[_PRESENT_RUN] + (c["present"] or c["modal"])
        }
        run_hits[i] = after
    return Described(cues, words, overlap, run_hits, roles, seq)


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
    if described.roles:
        roles = described.roles
        out[FIRST_ROLE] = roles[k]
        if k > 0:
            out[BEFORE_ROLE] = roles[k - 1]
        out[RUN_ROLE] = math.fsum(roles[k:])
    if described.seq:
        out[SEQ_START] = described.seq[k]
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
    described = describe(texts, topic, SentenceModel.of(weights), RoleModel.of(weights))
    return _probabilities(
        [
            (k, sum(weights.get(f, 0.0) * v for f, v in start_features(described, k).items()))
            for k in candidate_starts(len(texts))
        ]
    )


def _probabilities(scores: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Softmax over the candidate starts' scores."""
    top = max(s for _, s in scores)
    total = sum(math.exp(s - top) for _, s in scores)
    return [(k, math.exp(s - top) / total) for k, s in scores]


def _most_probable(scored: list[tuple[int, float]]) -> tuple[int, float] | None:
    return max(scored, key=lambda kp: (kp[1], kp[0])) if scored else None


def best_start(
    texts: Sequence[str], weights: Mapping[str, float], topic: str = ""
) -> tuple[int, float] | None:
    """The most probable start of the conclusion and its probability (None for no sentences)."""
    return _most_probable(score_starts(texts, weights, topic))


_PAST, _PRESENT, _MODAL = CUE_BIT["past"], CUE_BIT["present"], CUE_BIT["modal"]
_RUN_BITS = tuple(CUE_BIT[name] for name in RUN_CUES)
_RUN_MASK = sum(_RUN_BITS)
#: Masks the scorer has laid out a cue sum or term list for: after this many it starts afresh.
_MASK_CACHE_MAX = 4096


class Scorer:
    """The boundary model's weights laid out by cue bit, for extraction.

    `score_starts` names every feature of every candidate start and looks each up: clear, and
    the definition, but a few hundred dict operations per abstract. Here each sentence is read
    once (`read_sentence`, from the views the extractors share) and a start's score is a run of
    float additions: the same terms in the same order, so the very same floats.
    """

    def __init__(self, weights: Mapping[str, float]) -> None:
        get = weights.get
        self._first = [get(f"first_{name}", 0.0) for name in CUE_NAMES]
        self._before = [get(f"before_{name}", 0.0) for name in CUE_NAMES]
        self._first_word = {
            f.removeprefix(FIRST_WORD): w for f, w in weights.items() if f.startswith(FIRST_WORD)
        }
        self._before_word = {
            f.removeprefix(BEFORE_WORD): w for f, w in weights.items() if f.startswith(BEFORE_WORD)
        }
        (
            self._tense_shift,
            self._numbers_stop,
            self._topic_up,
            self._topic_from_none,
            self._before_none,
            self._topic_down_after,
            self._topic_top,
            self._all_present,
        ) = (
            get(name, 0.0)
            for name in (
                "tense_shift",
                "numbers_stop",
                "topic_up",
                "topic_from_none",
                "before_none",
                "topic_down_after",
                "topic_top",
                "all_present",
            )
        )
        self._length = {
            size: [(0.0, 0.0)]
            + [(get(f"len{r}", 0.0), get(f"len{r}_{size}", 0.0)) for r in range(1, MAX_RUN_FEATURE + 1)]
            for size in ("long", "mid", "short")
        }
        self._any = [get(f"any_{name}", 0.0) for name in RUN_CUES]
        self._sentences = SentenceModel.of(weights)
        self._first_role, self._before_role, self._run_role = (
            get(f, 0.0) for f in (FIRST_ROLE, BEFORE_ROLE, RUN_ROLE)
        )
        self._frac = [get(f"frac_{name}", 0.0) for name in RUN_CUES]
        self._role_model = RoleModel.of(weights)
        self._fused = (
            Fused.of(self._sentences, self._role_model)
            if self._sentences is not None and self._role_model is not None
            else None
        )
        self._seq_start = get(SEQ_START, 0.0)
        self._first_sums: dict[int, float] = {}
        self._before_terms: dict[int, tuple[float, ...]] = {}
        self._run_indexes: dict[int, tuple[int, ...]] = {}

    def _first_sum(self, mask: int) -> float:
        """The "first_" cue terms of a sentence, added in feature order (they open the sum)."""
        s = self._first_sums.get(mask)
        if s is None:
            if len(self._first_sums) >= _MASK_CACHE_MAX:
                self._first_sums.clear()
            s = 0.0
            for i, w in enumerate(self._first):
                if mask >> i & 1:
                    s += w
            self._first_sums[mask] = s
        return s

    def _before_of(self, mask: int) -> tuple[float, ...]:
        """The "before_" cue terms of a sentence, in feature order."""
        terms = self._before_terms.get(mask)
        if terms is None:
            if len(self._before_terms) >= _MASK_CACHE_MAX:
                self._before_terms.clear()
            terms = self._before_terms[mask] = tuple(w for i, w in enumerate(self._before) if mask >> i & 1)
        return terms

    def _run_cues(self, mask: int) -> tuple[int, ...]:
        """Indexes into RUN_CUES of the run cues in ``mask``, in RUN_CUES order (memoised by those
        cues alone: at most 2 ** len(RUN_CUES) entries)."""
        mask &= _RUN_MASK
        found = self._run_indexes.get(mask)
        if found is None:
            found = self._run_indexes[mask] = tuple(j for j, bit in enumerate(_RUN_BITS) if mask & bit)
        return found

    def score_starts(self, sentences: Sequence[Zoned], topic: str = "") -> list[tuple[int, float]]:
        """`score_starts` of the sentences' texts, to the last bit."""
        n = len(sentences)
        if not n:
            return []
        starts = candidate_starts(n)
        about = topic_words(topic)
        masks, words, overlap = [0] * n, [""] * n, [0] * n
        model = self._sentences
        roles = [0.0] * n
        role_model = self._role_model
        emit: list[list[float]] = []
        fused = self._fused
        for i in range(role_context(starts), n):
            z = sentences[i]
            masks[i], runs = read_sentence(z.text, z.lower, z.words)
            words[i] = opening_word(z.text)
            overlap[i] = len(about & runs)
            if fused is not None:
                scored, roles[i] = fused.read(masks[i], runs, words[i], i, n)
                emit.append(scored)
                continue
            if model is not None:
                roles[i] = model.log_odds(runs, n - 1 - i)
            if role_model is not None:
                emit.append(role_model.role_scores(masks[i], runs, words[i], i, n))
        seq = role_model.start_scores(emit, starts) if role_model is not None else []
        length = self._length["long" if n > LONG_ABSTRACT else "short" if n < SHORT_ABSTRACT else "mid"]
        any_w, frac_w, first_word, before_word = self._any, self._frac, self._first_word, self._before_word
        counts = [0] * len(RUN_CUES)
        present_run = seen = top_after = 0
        scores = [0.0] * n
        for k in range(n - 1, starts.start - 1, -1):  # from the end, so the run's counts grow by one sentence
            mask, topic_k = masks[k], overlap[k]
            for j in self._run_cues(mask):
                counts[j] += 1
            seen |= mask & _RUN_MASK
            present_run += bool(mask & (_PRESENT | _MODAL))
            top_after = max(top_after, topic_k)
            # the terms in `start_features`' order
            s = self._first_sum(mask) + first_word.get(words[k], 0.0)
            if k:
                prev, topic_prev = masks[k - 1], overlap[k - 1]
                for w in self._before_of(prev):
                    s += w
                s += before_word.get(words[k - 1], 0.0)
                if prev & _PAST and not prev & _PRESENT and mask & _PRESENT and not mask & _PAST:
                    s += self._tense_shift
                if prev & _NUM1 and not mask & _NUM1:
                    s += self._numbers_stop
                if topic_k > topic_prev:
                    s += self._topic_up
                    if topic_prev == 0:
                        s += self._topic_from_none
            else:
                s += self._before_none
            if k + 1 < n and topic_k > overlap[k + 1]:
                s += self._topic_down_after
            if topic_k and topic_k == (max(overlap[k - 1], top_after) if k else top_after):
                s += self._topic_top
            run = n - k
            len_w, len_size_w = length[min(run, MAX_RUN_FEATURE)]
            s += len_w
            s += len_size_w
            for j in self._run_cues(seen):
                s += any_w[j]
                s += frac_w[j] * (counts[j] / run)
            if present_run == run:
                s += self._all_present
            if model is not None:
                s += self._first_role * roles[k]
                if k:
                    s += self._before_role * roles[k - 1]
                s += self._run_role * math.fsum(roles[k:])
            if seq:
                s += self._seq_start * seq[k - starts.start]
            scores[k] = s
        return _probabilities([(k, scores[k]) for k in starts])

    def best_start(self, sentences: Sequence[Zoned], topic: str = "") -> tuple[int, float] | None:
        """`best_start` of the sentences' texts."""
        return _most_probable(self.score_starts(sentences, topic))
