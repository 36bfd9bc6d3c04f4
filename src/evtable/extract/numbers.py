"""participants_n: how many people the study enrolled, randomised or (failing that) analysed.

Only a count tied to people by a study verb or phrase is taken ("351 patients
were randomized", "Of 351 patients", "N = 222", "a study of 36 children");
counts of deaths, years, doses or centres are not sample sizes. Counts are
added up only when one sentence gives the arms or groups of one sample
("Twenty-seven boys with ADHD and 18 comparison boys participated"); subgroup
counts ("All 3 patients in the LA group") never beat a count of the whole sample.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from evtable.extract.patterns import (
    ARM_COUNT,
    ARM_SENTENCE,
    N_GATES,
    N_VERBS,
    NUMBER,
    NUMBER_SCALES,
    NUMBER_WORDS,
    PEOPLE,
    PEOPLE_TOKENS,
    SAMPLE_NOUNS,
    Gate,
    WordGate,
    gate_found,
    gate_open,
    has_count,
    indexed_gate,
    word_gate,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Document
from evtable.models import Confidence, Provenance

_VERB_ALT = "|".join(v for _, v in N_VERBS)
#: Verbs saying a study or comparison was done, whose "in N people" further on names the sample
#: ("sevoflurane was compared with isoflurane in 47 healthy women"; "a trial was conducted in 50
#: children"). Verbs of findings ("observed", "occurred", "developed") are not among them: their
#: "in N patients" counts the patients with that finding.
#: How a count opens (a digit, "a"/"an" or a number word up to twelve), for a cheap look-ahead.
_COUNT_START = r"(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_STUDY_DONE = (
    "compared|conducted|carried out|performed|studied|investigated|evaluated|examined|tested|undertaken"
)
#: Words allowed before the people noun ("49 acutely psychotic, neuroleptic-naive patients").
_MODIFIERS = r"(?:(?!(?:of|in)\s|\d)(?:[\w'-]+),?\s+){0,4}?"
#: Body parts counted before their people ("30 eyes of 16 patients"): the people are the sample.
_PARTS_OF = (
    r"(?:(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:eyes|knees|hips|limbs|feet|hands|teeth|fingers|shoulders|ears|kidneys)\s+"
    r"(?:of|from|in)\s+)?"
)
#: A clause between the people noun and its verb ("who met DSM-IV criteria ..."); decimals allowed.
_CLAUSE = r"(?:\s*(?:(?!,?\s+\d[\d,]*\s+(?:were|was)\b)(?:[^.;]|\.\d)){0,200}?)"
#: (rule, regex); group 'n' holds the count, 'verb' the study verb when there is one.
N_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("count before verb", re.compile(
        rf"(?:\b(?:a total of|total of|in total,?|in all,?|overall,?|altogether,?)\s+)?(?<![\w.,-])(?P<n>{NUMBER})\s+{_MODIFIERS}"
        rf"{PEOPLE}\b{_CLAUSE}\s(?:were|was|had been|have been|who were)?\s*(?:\w+ly\s+)*(?P<verb>{_VERB_ALT})\b", re.I)),
    ("verb before count", re.compile(
        rf"\b(?P<verb>{_VERB_ALT})\s+(?:(?:for|in|on|of|from|data (?:of|from|on))\s+)?(?:a total of\s+|total of\s+)?(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("study of N people", re.compile(
        rf"\b(?:study|studies|trials?|RCTs|analysis|survey|series|review|data|records|charts|sample|cohort),?\s+(?:of|in|with|involving|including|enrolling|comprised|comprising|involved|on|from)\s+{_PARTS_OF}(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("sample of N", re.compile(
        rf"\b{SAMPLE_NOUNS}\s+(?:includes|included|consisted of|consists of|comprised|comprises|was|of)\s+{_PARTS_OF}(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("of N people", re.compile(
        rf"^(?:[A-Z][A-Za-z ()/]+:\s*)?(?:of|among|in)\s+(?:the\s+|all\s+)?(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("N were randomized", re.compile(
        rf"(?<![\w.,-])(?P<n>{NUMBER})\s+(?:were|was)\s+(?P<verb>randomi[sz]ed|randomly (?:assigned|allocated)|enrolled|included)\b", re.I)),
    ("N =", re.compile(r"\b[Nn]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b(?!\s*(?:per|in each|each))")),
    ("total of N people", re.compile(rf"\b(?:a total of|total of)\s+(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("out of N people", re.compile(rf"\b(?:out of|of the|of all)\s+(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("participants were N people", re.compile(
        rf"\b(?:participants|subjects)\s+(?:were|included|comprised)\s+(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
    ("study done in N people", re.compile(
        rf"\b(?:{_STUDY_DONE})\b[^.;]{{0,160}}?\bin\s+(?:a total of\s+)?(?P<n>{NUMBER})\s+{_MODIFIERS}{PEOPLE}\b", re.I)),
]  # fmt: skip
#: Rules that name no people noun; every other rule needs one as a whole word (PEOPLE_TOKENS)
#: and a count (see `people_count_gate`).
N_PEOPLELESS = frozenset({"N were randomized", "N ="})
#: Whole-word pre-checks for N_PATTERNS (see `WordGate`): "N were randomized" is tried on every
#: sentence, and two set tests cost less than scanning it for needles.
N_WORD_GATES: dict[str, WordGate] = {
    "N were randomized": word_gate("randomized randomised randomly enrolled included", "were was"),
}
#: N_PATTERNS with their rank and gates (empty: open): all of them for a sentence that passes
#: `people_count_gate`, else only those in N_PEOPLELESS (most sentences count no people). A
#: gate whose needles `needles_in` finds is met by the sentence's needle set (`Zoned.needles`,
#: a set test); the others ("=" and the phrases, "total of") are looked for in its text.
_GATED_RULES: list[tuple[int, str, re.Pattern[str], Gate, WordGate, WordGate]] = [
    (
        rank,
        rule,
        skip_ahead(pattern),
        () if (found := indexed_gate(N_GATES.get(rule, ()))) is not None else N_GATES[rule],
        found or (),
        N_WORD_GATES.get(rule, ()),
    )
    for rank, (rule, pattern) in enumerate(N_PATTERNS)
]
_PEOPLELESS_RULES = [r for r in _GATED_RULES if r[1] in N_PEOPLELESS]


def people_count_gate(text: str, words: frozenset[str]) -> bool:
    """Whether a rule not in N_PEOPLELESS can match: a people noun and a count."""
    return not words.isdisjoint(PEOPLE_TOKENS) and has_count(text, words)


#: Rules that name no verb rank as strongly as an enrolment verb (they describe the sample).
SAMPLE_RULES = frozenset(
    {"study of N people", "sample of N", "of N people", "total of N people", "participants were N people"}
)
#: A finding, not a sample: "secondary meningitis was observed in 3 patients".
FINDING_IN = re.compile(r"(?:observed|identified)\s+in\b", re.I)
#: A rate or a number needed to treat, not a sample: "13 fewer infections per 1000 people
#: treated", "four people need to be treated".
RATE_BEFORE = re.compile(r"\bper\s*$", re.I)
NNT_AFTER = re.compile(r"\s+(?:would\s+)?needs?(?:ed)?\s+to\s+(?:be\s+)?treat", re.I)
#: A second cohort after a study's "in N people" ("studied prospectively in 5 patients and
#: retrospectively in 4"): the first count alone is not the sample.
ANOTHER_COHORT = re.compile(rf"[^.;]{{0,60}}?\band\b[^.;]{{0,40}}?\bin\s+{_COUNT_START}", re.I)
#: Rules not tried on results sentences, where "surgery was performed in 2 patients" counts a subgroup.
NOT_IN_RESULTS = frozenset({"study done in N people"})
#: Rules without a verb group ranked as one of N_VERBS' tiers: a study done "in N people" names
#: the sample less surely than an enrolment verb, and more surely than an analysed count.
RULE_RANKS = {"study done in N people": 2}
#: A subgroup, not the sample: "All 3 patients in the LA group", "6 of the 10 patients".
_SUBGROUP_BEFORE = re.compile(r"(?:(?<!\bin )\ball|\bthe|\bthese|\bboth|\bremaining|\bother)\s*$", re.I)
_PEOPLE_RX = skip_ahead(re.compile(rf"\b{PEOPLE}\b", re.I))
#: ARM_SENTENCE in its skip-ahead form (`_arm_sum` asks it first of a sentence).
_ARM_SENTENCE = skip_ahead(ARM_SENTENCE)
#: Counts above this are almost always population statistics, not a sample.
MAX_PLAUSIBLE_N = 10_000_000
#: Sentence roles searched first (methods describe the sample; results often give subgroups).
ROLE_RANK = {"METHODS": 0, "UNASSIGNED": 0, "OBJECTIVE": 1, "RESULTS": 1}


def _people_end(text: str, m: re.Match[str]) -> int:
    """Where the people noun after the count ends (the match's end for rules that end there)."""
    people = _PEOPLE_RX.search(text, m.end("n"))
    return people.end() if people else m.end()


def parse_number(text: str) -> int | None:
    """'1,204' -> 1204; 'two thousand' -> 2000; 'twenty-four' -> 24; None if not a number."""
    text = text.strip().lower()
    digits = re.sub(r"[,\u2009 ]", "", text)
    if digits.isdigit():
        return int(digits)
    total = current = 0
    seen = False
    for word in re.split(r"[\s-]+", text):
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
            seen = True
        elif word == "a":
            current += 1 if not seen else 0
        elif word in NUMBER_SCALES:
            current = max(current, 1) * NUMBER_SCALES[word]
            if NUMBER_SCALES[word] >= 1000:
                total += current
                current = 0
            seen = True
        elif word == "and":
            continue
        else:
            return None
    return total + current if seen else None


def _verb_rank(verb: str | None, rule: str) -> int:
    if not verb:
        return 1 if rule in SAMPLE_RULES else RULE_RANKS.get(rule, len(N_VERBS))
    for rank, (_, pattern) in enumerate(N_VERBS):
        if re.fullmatch(pattern, verb, re.I):
            return rank
    return len(N_VERBS)


@dataclass(frozen=True, slots=True)
class _Candidate:
    key: tuple[int, int, int, int]
    n: int
    start: int
    end: int
    rule: str


#: What stands between a total and the first count of its breakdown: "438 patients (220 ...".
_BREAKDOWN_OPENS = re.compile(r"\s*[(:]\s*")


def _arm_sum(text: str, offset: int, key: tuple[int, int, int, int]) -> _Candidate | None:
    """The sum of the arm or group counts of one sentence, when it lists two or more; or, when
    one count is the total of the others ("353 children were randomised to A (n = 177) or B
    (n = 176)", "438 patients (220 ..."), that total: adding it to its own parts would double it."""
    if not _ARM_SENTENCE.search(text):
        return None
    counts = []
    for m in ARM_COUNT.finditer(text):
        if m.group("n") and _SUBGROUP_BEFORE.search(text[: m.start()]):
            continue
        raw = m.group("eq") or m.group("n")
        n = parse_number(raw) if raw else None
        if n:
            counts.append((n, m.start(), m.end()))
    if len(counts) < 2:
        return None
    total = sum(c[0] for c in counts)
    whole = next((c for c in counts if len(counts) >= 3 and 2 * c[0] == total), None)
    first, second = counts[0], counts[1]
    if whole is None and first[0] > second[0] and _BREAKDOWN_OPENS.fullmatch(text, first[2], second[1]):
        whole = first
    if whole is not None:
        return _Candidate(
            key, whole[0], offset + whole[1], offset + whole[2], "total beside its arms or groups"
        )
    return _Candidate(key, total, offset + counts[0][1], offset + counts[-1][2], "sum of arms or groups")


def extract_participants(doc: Document) -> tuple[int | None, list[Provenance]]:
    """The best-supported sample size, preferring randomised/enrolled over analysed counts."""
    candidates: list[_Candidate] = []
    for z in doc.study_sentences:
        if z.role == "CONCLUSIONS":
            continue
        role_rank = ROLE_RANK.get(z.role, 2)
        found: list[_Candidate] = []
        rules = _GATED_RULES if people_count_gate(z.text, z.words) else _PEOPLELESS_RULES
        for rule_rank, rule, pattern, gate, needles, words in rules:
            if (
                not gate_found(z.needles, needles)
                or not gate_found(z.words, words)
                or not gate_open(z.lower, gate)
            ):
                continue
            if z.role == "RESULTS" and rule in NOT_IN_RESULTS:
                continue
            for m in pattern.finditer(z.text):
                n = parse_number(m.group("n"))
                if n is None or n < 1 or n > MAX_PLAUSIBLE_N or FINDING_IN.match(m.group()):
                    continue
                if RATE_BEFORE.search(z.text, 0, m.start("n")) or NNT_AFTER.match(
                    z.text, _people_end(z.text, m)
                ):
                    continue
                if rule in NOT_IN_RESULTS and ANOTHER_COHORT.match(z.text, m.end()):
                    continue
                if _SUBGROUP_BEFORE.search(z.text[: m.start("n")]) and rule not in {
                    "of N people",
                    "out of N people",
                }:
                    continue
                if (
                    rule == "N ="
                    and not _PEOPLE_RX.search(z.text)
                    and not re.search(r"\b(?:total|enrolled|randomi)", z.text, re.I)
                ):
                    continue
                rank = _verb_rank(m.groupdict().get("verb"), rule)
                key = (rank, role_rank, z.index, rule_rank)
                found.append(
                    _Candidate(key, n, z.sentence.start + m.start(), z.sentence.start + m.end(), rule)
                )
        if found:
            best = min(found, key=lambda c: c.key)
            arms = _arm_sum(z.text, z.sentence.start, best.key)
            if arms and arms.n > max(c.n for c in found):
                found = [arms]
        candidates.extend(found)
    if not candidates:
        return None, []
    best = min(candidates, key=lambda c: c.key)
    rank = best.key[0]
    confidence: Confidence = (
        "low" if best.rule == "sum of arms or groups" or rank >= len(N_VERBS) - 1
        else "high" if rank <= 1 and best.rule != "N =" else "medium"
    )  # fmt: skip
    value = str(best.n)
    return best.n, [
        doc.span("participants_n", value, best.start, best.end, f"sample size: {best.rule}", confidence)
    ]
