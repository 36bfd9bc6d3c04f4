"""participants_n: how many people the study enrolled, randomised or (failing that) analysed.

Only a count tied to people by a study verb is taken ("351 patients were
randomized", "Of 351 patients", "N = 222"); counts of deaths, years, doses or
centres are not sample sizes, and unrelated numbers are never summed.
"""

from __future__ import annotations

import re

from evtable.extract.patterns import N_VERBS, NUMBER, NUMBER_SCALES, NUMBER_WORDS, PEOPLE
from evtable.extract.zones import Document
from evtable.models import Provenance

_VERB_ALT = "|".join(v for _, v in N_VERBS)
#: (strength, regex); lower strength wins. Group 'n' holds the count.
N_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("count before verb", re.compile(
        rf"(?:\b(?:a total of|total of|in total,?|overall,?|altogether,?)\s+)?\b(?P<n>{NUMBER})\s+(?:(?:[\w'-]+|\w+-\w+)\s+){{0,4}}?"
        rf"{PEOPLE}\b(?:\s+(?:\([^)]*\)|with [^,.;]{{1,60}}?|aged [^,.;]{{1,30}}?|from [^,.;]{{1,60}}?|in [^,.;]{{1,60}}?))?,?\s+"
        rf"(?:were|was|had been|have been|who were)?\s*(?:\w+ly\s+)?(?P<verb>{_VERB_ALT})\b", re.I)),
    ("verb before count", re.compile(
        rf"\b(?P<verb>{_VERB_ALT})\s+(?:a total of\s+|total of\s+)?(?P<n>{NUMBER})\s+(?:(?:[\w'-]+)\s+){{0,4}}?{PEOPLE}\b", re.I)),
    ("of N people", re.compile(rf"^(?:of|among|in)\s+(?:the\s+)?(?P<n>{NUMBER})\s+(?:(?:[\w'-]+)\s+){{0,3}}?{PEOPLE}\b", re.I)),
    ("N =", re.compile(r"\b[Nn]\s*=\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)\b")),
    ("total of N people", re.compile(rf"\b(?:a total of|total of)\s+(?P<n>{NUMBER})\s+(?:(?:[\w'-]+)\s+){{0,4}}?{PEOPLE}\b", re.I)),
]  # fmt: skip
_VERB_RANK = {name: i for i, (name, _) in enumerate(N_VERBS)}
#: Counts above this are almost always population statistics, not a sample.
MAX_PLAUSIBLE_N = 10_000_000


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


def _verb_rank(verb: str | None) -> int:
    if not verb:
        return len(N_VERBS)
    for name, pattern in N_VERBS:
        if re.fullmatch(pattern, verb, re.I):
            return _VERB_RANK[name]
    return len(N_VERBS)


def extract_participants(doc: Document) -> tuple[int | None, list[Provenance]]:
    """The best-supported sample size, preferring randomised/enrolled over analysed counts."""
    candidates: list[tuple[int, int, int, str, int, int, str]] = []
    for z in doc.study_sentences:
        if z.role in {"CONCLUSIONS"}:
            continue
        for rule_rank, (rule, pattern) in enumerate(N_PATTERNS):
            for m in pattern.finditer(z.text):
                n = parse_number(m.group("n"))
                if n is None or n < 1 or n > MAX_PLAUSIBLE_N:
                    continue
                if rule == "N =" and not re.search(
                    r"\b(?:patients|participants|subjects|total|enrolled|randomi)", z.text, re.I
                ):
                    continue
                verb = m.groupdict().get("verb")
                start = z.sentence.start + m.start()
                candidates.append(
                    (_verb_rank(verb), z.index, rule_rank, rule, start, z.sentence.start + m.end(), str(n))
                )
    if not candidates:
        return None, []
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    rank, _, _, rule, start, end, value = candidates[0]
    confidence = "high" if rank <= 1 and rule != "N =" else "medium" if rank <= 1 else "low"
    return int(value), [doc.span("participants_n", value, start, end, f"sample size: {rule}", confidence)]
