"""Intervention, comparator and the comparison cell: the arms as the abstract names them.

Each shape below is one way abstracts name their arms ("compared X with Y", "randomised to X
or Y", "X versus Y", "received either X or Y", "X (n = 40) or Y (n = 38)" ...). The title
is read first, then the sentences about this study (results left out: "63% in the X group
compared with 41% in the Y group" names outcomes, not arms). The first pair that survives
`_plausible` wins. A pair that only looks like arms ("compared with baseline", "efficacy and
safety") is dropped rather than guessed at, so an empty cell means "not stated plainly".

Every shape is gated by whole words of the sentence (`Zoned.words`, already computed for the
other extractors' gates), so a sentence without the shape's keywords costs one set test.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from evtable.extract.patterns import (
    ARM_STOP,
    ARMS,
    CONTROL_WORDS,
    LEADING_ARTICLE,
    has_any,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Document
from evtable.fields import VERSUS
from evtable.models import Provenance

#: Arms longer than this are clauses, not treatment names.
MAX_ARM_CHARS = 90

#: "the efficacy and safety of", "the relative effects of": what is measured, not an arm.
_MEASURE = (
    r"(?:efficacy|effects?|effectiveness|safety|tolerability|outcomes?|results|accuracy|impact|"
    r"role|value|benefits?|performance|activit(?:y|ies)|acceptability|costs?|cost-effectiveness|"
    r"feasibility|usefulness|utility|use|influence|ability|potency|action|dynamics|responses?)"
)
_MEASURE_PREFIX = (
    rf"(?:(?:the |their |its )?(?:[\w-]+ ){{0,2}}?{_MEASURE}"
    rf"(?:,? (?:and |or )?(?:the )?(?:[\w-]+ )?{_MEASURE})* (?:of|with|between) )?"
)
#: An arm, possibly followed by one parenthesis ("oral GLN ( n = 35 )", "X (n = 42; 15 men)").
_ARM = r"(?:[^.;()]|\.(?=\d)){2,80}?(?:\s*\((?:[^()]|\([^()]*\))*\))?"
_ARM_B = r"(?:[^.;]|\.(?=\d)){2,160}"  # a decimal point ("+3.0 D lens") does not end the arm


class Shape(NamedTuple):
    """One way of naming the arms: its regex, the words that gate it, the rule it reports."""

    pattern: re.Pattern[str]
    words: frozenset[str]  # the sentence must hold one of these whole words (see `Zoned.words`)
    needles: tuple[str, ...]  # ... and, when given, one of these lower-cased substrings too
    rule: str
    confidence: str  # in the abstract; a title match is never above "medium"
    lead_trim: bool  # group a may start mid-clause ("We studied the effect of X versus Y")
    title_only: bool = False
    needs_lead_in: bool = False  # in the abstract, a must follow a lead-in ("the effect of X ...")
    lists: bool = False  # group a may be a list of arms ("one of X, Y or placebo")
    needs_control: bool = False  # read only when one arm is placebo, usual care, no treatment ...


#: Every word ARMS[1] can start on ("randomly assigned" holds "assigned").
_ASSIGN_WORDS = frozenset({"randomized", "randomised", "assigned", "allocated"})
_RANDOM_WORDS = _ASSIGN_WORDS | {"randomly"}

SHAPES: tuple[Shape, ...] = (
    # "compared (the efficacy of) X with Y": the old first rule, measure words skipped
    Shape(
        re.compile(
            rf"\bcompar(?:ed|ing|es?)\s+{_MEASURE_PREFIX}(?P<a>[^.;]{{3,120}}?)\s+"
            rf"(?:with|to|versus|vs\.?|and)\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"compared", "comparing", "compares", "compare"}),
        (),
        "arms: compared X with Y",
        "high",
        False,
    ),
    Shape(ARMS[1], _ASSIGN_WORDS, (), "arms: X or Y / X versus Y", "medium", False, lists=True),
    Shape(ARMS[2], frozenset({"versus", "vs"}), (), "arms: X or Y / X versus Y", "medium", True),
    # "a comparison of (the effects of) X and Y", "comparison between X and Y"
    Shape(
        re.compile(
            rf"\bcomparison (?:of|between) {_MEASURE_PREFIX}(?P<a>[^.;]{{2,120}}?)\s+"
            rf"(?:with|to|versus|vs\.?|and)\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"comparison"}),
        (),
        "arms: comparison of X and Y",
        "medium",
        False,
        lists=True,
    ),
    # title "Oral X for pain: a double-blind comparison with Y"
    Shape(
        re.compile(
            rf"^(?P<a>[^:]{{3,90}}?)\s*:\s*(?:an? |the )?(?:[\w-]+,? ){{0,4}}?comparison "
            rf"(?:with|to|versus|vs\.?|against)\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"comparison"}),
        (),
        "arms: title subject, comparison with Y",
        "medium",
        True,
        title_only=True,
    ),
    # title "X compared with Y", "X in comparison with Y" (the subject before the verb)
    Shape(
        re.compile(
            rf"(?P<a>[^.;:,()]{{3,80}}?)\s+(?:(?:in|as) )?compar(?:ison|ed) (?:with|to)\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"comparison", "compared"}),
        (),
        "arms: X compared with Y",
        "medium",
        True,
        title_only=True,
    ),
    # "the effect of X in comparison with Y" in the abstract; a bare "X compared with Y" there is
    # mostly a finding ("failures were fewer compared with other countries"), so it is not read
    Shape(
        re.compile(
            rf"(?P<a>[^.;:,()]{{3,80}}?)\s+(?:in comparison|as compared) (?:with|to)\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"comparison", "compared"}),
        ("in comparison", "as compared"),
        "arms: X in comparison with Y",
        "medium",
        True,
        needs_lead_in=True,
    ),
    # "randomized, double-blind, to (receive) either X (n = 35) or Y", "randomly assigned (1:1) to
    # X or Y", "randomized to receive one of X, Y or placebo"
    Shape(
        re.compile(
            r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated|divided)|assigned|allocated)\b"
            r"(?:[^.;]{0,60}?[\s,)])?\b(?:in)?to\s+(?:receive\s+|be treated with\s+|undergo\s+)?"
            rf"(?:either\s+)?(?:one of\s+)?(?P<a>{_ARM})\s*,?\s+or\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        _RANDOM_WORDS,
        (),
        "arms: randomised to X or Y",
        "medium",
        False,
        lists=True,
    ),
    # "patients received either X or placebo", "were given either X or Y"
    Shape(
        re.compile(
            r"\b(?:receiv(?:e|ed|ing)|given|treated with|administered|took|underwent|undergo)\s+"
            rf"(?:(?:a|an|the|one) )?(?:[\w-]+ ){{0,2}}?either\s+(?P<a>{_ARM})\s*,?\s+or\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"either"}),
        (),
        "arms: received either X or Y",
        "medium",
        False,
        lists=True,
    ),
    # "patients received a daily dose of X (2.5 mg/kg) or placebo": read only when one arm is a
    # control, since "had received chemotherapy or radiotherapy" names history, not arms
    Shape(
        re.compile(
            r"\b(?:received|receive|receiving|were given|treated with|administered)\s+"
            rf"(?P<a>{_ARM})\s*,?\s+or\s+(?P<b>{_ARM_B})",
            re.I,
        ),
        frozenset({"received", "receive", "receiving", "given", "treated", "administered"}),
        (" or ",),
        "arms: received X or placebo",
        "medium",
        False,
        needs_control=True,
    ),
    # a structured abstract's "INTERVENTIONS: X or identical placebo" / "X versus Y"
    Shape(
        re.compile(
            r"^\s*INTERVENTIONS?\s*:?\s+(?P<a>[^.;:]{2,120}?)\s+(?:or|versus|vs\.?|compared with)\s+"
            rf"(?P<b>{_ARM_B})",
        ),
        frozenset({"interventions", "intervention"}),
        (),
        "arms: INTERVENTIONS section",
        "medium",
        False,
    ),
    # "randomized into exercise and control groups", "divided into the X group (group A) and the
    # control group"
    Shape(
        re.compile(
            r"\b(?:randomi[sz]ed|randomly (?:assigned|allocated|divided)|assigned|allocated|divided)\s+"
            r"(?:[\w-]+ ){0,3}?(?:in)?to\s+(?:(?:two|2) groups?:?\s+)?(?:an? |the )?"
            r"(?P<a>[\w-]+(?: [\w-]+){0,3}?)(?:\s+(?:group|arm)(?:\s*\([^()]{1,40}\))?)?\s+(?:and|or)\s+"
            r"(?:an? |the )?(?P<b>[\w-]+(?: [\w-]+){0,3}?)\s+(?:groups?|arms?)\b",
            re.I,
        ),
        frozenset({"groups", "arms", "group", "arm"}),
        (),
        "arms: randomised into X and Y groups",
        "medium",
        False,
    ),
    # "18 patients received X and 23 were given Y", "... received X and 20 served as controls",
    # "Group A received X and patients in Group B received Y"
    Shape(
        re.compile(
            r"\b(?:received|were given|were treated with|took)\s+(?P<a>[^.;,()]{2,80}?)(?:\s*\([^()]*\))?"
            r"\s*,?\s+(?:and|while|whereas)\s+(?:the (?:other|remaining) )?(?:\d+|[a-z]+(?:-[a-z]+)?)"
            r"(?: [\w-]+){0,3}?(?:\s*\([^()]{1,30}\))?\s+(?:received|were given|were treated with|took|"
            r"served as|acted as|"
            r"were (?=(?:the )?(?:untreated )?controls?\b))\s*(?P<b>[^.;]{2,120})",
            re.I,
        ),
        frozenset({"received", "given", "treated"}),
        (),
        "arms: N received X and M received Y",
        "medium",
        False,
    ),
    # "X (n = 40) or Y (n = 38)"
    Shape(
        re.compile(
            r"(?P<a>[^.;,()]{2,80}?)\s*\(\s*n\s*=\s*\d+[^()]{0,60}\)\s*,?\s*(?:or|and|versus|vs\.?)\s+"
            r"(?P<b>[^.;,()]{2,80}?)\s*\(\s*n\s*=\s*\d+",
            re.I,
        ),
        frozenset({"n"}),
        ("n =", "n="),
        "arms: X (n = ..) or Y (n = ..)",
        "medium",
        True,
    ),
)

#: Every shape's gate words: a sentence with none of them is passed over at once.
_ALL_WORDS: frozenset[str] = frozenset().union(*(shape.words for shape in SHAPES))
#: Each shape's pattern in the form the regex engine finds faster (same matches, `skip_ahead`).
_FAST: dict[re.Pattern[str], re.Pattern[str]] = {shape.pattern: skip_ahead(shape.pattern) for shape in SHAPES}

#: Where group a of a mid-clause shape really starts: after the last of these lead-ins
#: ("The aim was to compare the effect of | X versus Y", "Phase III study of | X versus Y").
_LEAD_IN = re.compile(
    r":\s*|(?<![\w-])(?:of|between|compare|compared|comparing|receive|received|receiving|either|undergo|"
    r"underwent|using|given|treated with|treatment with|therapy with|randomi[sz]ed (?:in)?to|assigned to|"
    r"allocated to|evaluate|evaluating|assess|assessing|study|trial|versus|vs\.?)\s+",
    re.I,
)
#: Clause words that follow an arm name in a sentence or title ("X in stage I cancer", "Y as
#: empiric therapy"); `ARM_STOP` covers the population clauses it shares with other fields.
_TAIL_STOP = re.compile(
    r"\s+(?:in|for|among|during|after|following|before|on|at|to|as|when|while|who|which|that|"
    r"because|since|until|from|by|using|is|are|was|were|has|had|have)\s+|\s+-\s+|\s+\[|"
    r",?\s+(?:and|but|or) (?:then |also )?(?:were|was|are|is|had|have|received|underwent|completed|"
    r"followed)\b|"
    r"\s+(?:administered|given|delivered|infused|applied|used|taken|presented)\b",
    re.I,
)
#: An aside followed by "of": the arm's name goes on after it ("50 hours (10 weeks) of training").
_ASIDE_THEN_OF = re.compile(r"\s+\([^()]{1,40}\)\s+of\s+")
#: What leads into a treatment in an "X in comparison with Y" sentence: "the effect of",
#: "treatment with", "receiving". Anything else ("a reduction of responses") names no arm.
_TREATMENT_LEAD = re.compile(
    rf"(?:{_MEASURE}|administration|treatment|trial|study|infusion|therapy) (?:of|with)\s+$|"
    r"(?:receiv\w+|treated with|given|compare[ds]?|comparing|evaluated?|assess(?:ed)?)\s+$|^\s*$",
    re.I,
)
#: An "or" split between two doses of one drug ("X 2.5 | or 5 mg/day or placebo").
_DOSE_SPLIT = re.compile(r"\d$")
#: A concentration that opens an arm ("5 % prilocaine"): the one "%" an arm may hold.
_CONCENTRATION = re.compile(r"^\d+(?:\.\d+)?\s?%")
#: Text that a treatment name does not hold: results, clauses and statistics.
_NOT_ARM = re.compile(
    r"%|\bpercent\b|\bp\s*[<=>]|±|\+/-|\[|"
    r"\b(?:was|were|is|are|be|been|had|has|have|did|does|do|"
    r"showed|shows|found|significant(?:ly)?|than|aim|purpose|objective|we|our|this|these|those|that|"
    r"it|they|them|study|trial|comparable|compared|comparison|differences?|versus|vs|evaluate|assess|"
    r"determine|investigate|examine|whether|baseline|previous|prior|years?|mean|median|patients|"
    r"subjects|results|when|where|which|while|types?|kinds?|conclusions?|background|objectives?|between)\b",
    re.I,
)
#: An arm does not start with a preposition or a verb, nor end with a preposition
#: ("with the original scale", "received four doses", "X with").
_BAD_EDGE = re.compile(
    r"^(?:with|without|to|in|of|for|on|at|by|from|as|and|or|but|received|receiving|receive|given|"
    r"underwent|treated|randomi[sz]ed|assigned|allocated)\b|^groups?\s+\S{1,4}$|\bgroups$|"
    r"\b(?:with|without|to|in|of|for|on|at|by|from|and|or|a|an|the|either|plus)$",
    re.I,
)
#: What often precedes the name in an arm: "use either IB", "treatment with an infusion of X",
#: "the group receiving X", "that of Y".
_ARM_LEAD = re.compile(
    r"^(?:\(\s*\d\s*\)\s*)?(?:by randomi[sz]ation )?(?:between )?"
    r"(?:(?:to )?(?:be )?(?:switched|changed) to )?"
    r"(?:(?:to )?(?:use|receive|take|undergo|continue(?: receiving)?) )?"
    r"(?:(?:one|a single|single|two|three)(?: daily| oral)? (?:dose|doses|course|courses) of )?(?:either )?"
    r"(?:one of (?:the following:? )?)?(?:(?:the )?(?:same|equal|an equal) (?:volume|amount|dose) of )?"
    r"(?:(?:that|those) (?:of|in|with|receiving) )?"
    r"(?:(?:(?:the|a|an|one|two|three) )?(?:[\w-]+ )?(?:groups?|arms?|patients|subjects|participants) "
    r"(?:to receive|receiving|who received|treated with|given|taking|on) )?"
    r"(?:(?:treatment|therapy|prophylaxis|supplementation|pretreatment) with )?"
    r"(?:(?:double|single|triple)-blind(?:ed)? |open-label )?(?:an? |the )?",
    re.I,
)
#: Words that alone name no treatment ("treatment groups", "one of three groups", "efficacy").
_GENERIC = frozenset((
    "the", "a", "an", "two", "three", "four", "both", "each", "one", "of", "all", "treatment", "treatments",
    "treated", "group", "groups", "arm", "arms", "intervention", "interventions", "active", "experimental",
    "study", "therapy", "therapies", "efficacy", "safety", "effect", "effects", "outcome", "outcomes",
    "onset", "offset", "incidence", "rate", "rates", "time", "duration", "level", "levels", "dose", "doses",
    "regimen", "regimens", "drug", "drugs", "condition", "conditions", "period", "periods", "phase", "phases",
    "others", "other", "control", "controls", "symptoms", "pain", "mortality", "survival", "score", "scores",
    "quality", "comfort", "complications", "local", "supplementation", "min", "double", "single", "triple",
    "blind", "blinded", "open", "label", "randomized", "randomised", "controlled", "crossover", "prospective",
    "pilot", "multicentre", "multicenter", "comparative", "parallel", "high", "low", "first", "second", "third",
    "natural", "oral", "intravenous", "topical", "standard",
))  # fmt: skip
#: The last word of a measured quantity, not of a treatment ("visual outcomes", "ventilatory efficacy").
_OUTCOME_HEADS = frozenset(
    ("outcome", "outcomes", "efficacy", "effectiveness", "effect", "effects", "safety", "responses",
     "results", "rates", "levels", "scores", "dynamics", "function", "tolerability", "satisfaction",
     "perspective", "perspectives")
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")


def _trim(text: str, offset: int) -> tuple[str, int] | None:
    """Drop what leads into an arm's name, then cut it at the clause that follows; keep offsets."""
    stripped = len(text) - len(text.lstrip())
    offset, text = offset + stripped, text[stripped:]
    lead = LEADING_ARTICLE.match(text)
    if lead:
        offset += lead.end()
        text = text[lead.end() :]
    lead = _ARM_LEAD.match(text)
    if lead and lead.end() < len(text):
        offset += lead.end()
        text = text[lead.end() :]
    either = text.find(" either ")  # "an OC containing either X or Y": the arm is X
    if either >= 0:
        offset += either + len(" either ")
        text = text[either + len(" either ") :]
        lead = LEADING_ARTICLE.match(text)
        if lead:
            offset += lead.end()
            text = text[lead.end() :]
    stop = ARM_STOP.search(text)
    aside = _ASIDE_THEN_OF.match(text, stop.start()) if stop else None
    if aside:  # "50 hours (10 weeks) of training": the name goes on after the aside
        stop = ARM_STOP.search(text, aside.end())
    if stop:
        text = text[: stop.start()]
    tail = _TAIL_STOP.search(text)
    if tail:
        text = text[: tail.start()]
    text = text.split(":")[0]  # a title's subtitle ("...: a randomised trial") is not the arm
    text = text.rstrip(" ,;:")
    if not text or len(text) > MAX_ARM_CHARS or not any(c.isalpha() for c in text):
        return None
    return text, offset


def _after_lead_in(text: str, offset: int) -> tuple[str, int, bool]:
    """Group a from the last lead-in on ("the effect of X" -> "X"), so a prefix is not swallowed;
    the flag says whether there was a lead-in."""
    last = None
    for found in _LEAD_IN.finditer(text):
        last = found
    if last is None or last.end() >= len(text):
        return text, offset, False
    return text[last.end() :], offset + last.end(), True


def _plausible(arm: str, comparator: bool = False) -> bool:
    """Whether ``arm`` can be a treatment name: no statistics or clause, not generic words alone.

    A comparator may be generic when it is a control ("controls", "the control group"): that is
    what the abstract says the comparison arm was.
    """
    body = _CONCENTRATION.sub("", arm, count=1)
    if _NOT_ARM.search(body) or _BAD_EDGE.search(arm) or arm.count("(") != arm.count(")"):
        return False
    words = _WORD.findall(arm.lower())
    if not words or words[-1] in _OUTCOME_HEADS:
        return False
    if all(w in _GENERIC for w in words) and not (comparator and _control_like(arm)):
        return False
    letters = sum(c.isalpha() for c in arm)
    return letters >= 4 or arm.isupper()  # "min", "S" are not arms; "IB", "BCG" are


def _list_span(text: str, offset: int) -> tuple[str, int] | None:
    """Group a of "one of X, Y or Z" when it is a list of short names: the whole list, else None.

    An item that opens with an article is an apposition ("X, an isoflavone"), not an arm.
    """
    if "(" in text:
        return None
    lead = LEADING_ARTICLE.match(text)
    if lead:
        offset, text = offset + lead.end(), text[lead.end() :]
    lead = _ARM_LEAD.match(text)
    if lead and lead.end() < len(text):
        offset, text = offset + lead.end(), text[lead.end() :]
    items = [i.strip() for i in text.split(",")]
    if len(items) < 2 or any(not i or len(i.split()) > 4 or LEADING_ARTICLE.match(i + " ") for i in items):
        return None
    first = LEADING_ARTICLE.match(text)
    start = first.end() if first else 0
    return text[start:].rstrip(" ,"), offset + start


def _control_like(arm: str) -> bool:
    """Whether an arm reads as the comparator: placebo, usual care, "no health message", "Y alone"."""
    return CONTROL_WORDS.search(arm) is not None


def _pair(
    shape: Shape, m: re.Match[str], offset: int, location: str
) -> tuple[tuple[str, int], tuple[str, int], str] | None:
    """The (intervention, comparator, confidence) a match names, or None when it names no arms."""
    raw_a, a_off = m.group("a"), offset + m.start("a")
    if shape.lead_trim:
        raw_a, a_off, _ = _after_lead_in(raw_a, a_off)
        if shape.needs_lead_in and location == "abstract":
            before = m.string[: a_off - offset]
            if not _TREATMENT_LEAD.search(before):
                return None  # "a reduction of responses in comparison with Y": no arm named
        if _NOT_ARM.search(raw_a):
            return None  # a clause before the keyword: a finding ("X was better compared with Y")
    confidence = shape.confidence if location == "abstract" else "medium"
    b = _trim(m.group("b"), offset + m.start("b"))
    listed = _list_span(raw_a, a_off) if shape.lists and "," in raw_a else None
    a = listed or _trim(raw_a, a_off)
    if not a or not b:
        return None
    if _DOSE_SPLIT.search(a[0]) and " or " in b[0]:
        return None  # "X 2.5 or 5 mg or placebo": the pair is not the arms
    if shape.needs_control and not (_control_like(a[0]) or _control_like(b[0])):
        return None
    if _control_like(a[0]) and not _control_like(b[0]):
        if listed:
            return None  # "one of placebo, X or Y": which is the comparator is unclear
        a, b = b, a
    elif listed and not _control_like(b[0]):
        confidence = "low"  # three active arms: the last is not necessarily the comparator
    if not _plausible(a[0]) or not _plausible(b[0], comparator=True):
        return None
    return a, b, confidence


def extract_arms(doc: Document) -> dict[str, tuple[str | None, list[Provenance]]]:
    """intervention, comparator and comparison from the first two-arm phrase in the study's sentences."""
    empty: dict[str, tuple[str | None, list[Provenance]]] = {
        k: (None, []) for k in ("intervention", "comparator", "comparison")
    }
    sources = [
        (z.text, z.lower, z.words, z.sentence.start, "abstract")
        for z in doc.study_sentences
        if z.role != "RESULTS"
    ]
    sources.insert(0, (doc.title, doc.title_lower, doc.title_words, 0, "title"))
    for text, lower, words, offset, location in sources:
        hits = _ALL_WORDS.intersection(words)
        if not hits:
            continue  # the usual sentence: one set operation, no shape's keyword in it
        for shape in SHAPES:
            if shape.words.isdisjoint(hits):
                continue
            if shape.needles and not has_any(lower, shape.needles):
                continue
            if shape.title_only and location != "title":
                continue
            m = _FAST[shape.pattern].search(text)
            if not m:
                continue
            found = _pair(shape, m, offset, location)
            if not found:
                continue
            (a, a_at), (b, b_at), conf = found
            rule = shape.rule
            pa = doc.span("intervention", a, a_at, a_at + len(a), rule, conf, location=location)
            pb = doc.span("comparator", b, b_at, b_at + len(b), rule, conf, location=location)
            comparison = f"{a}{VERSUS}{b}"
            start, end = min(a_at, b_at), max(a_at + len(a), b_at + len(b))
            return {
                "intervention": (a, [pa]),
                "comparator": (b, [pb]),
                "comparison": (comparison, [
                    doc.span("comparison", comparison, start, end, rule, conf, location=location)
                ]),
            }  # fmt: skip
    return empty
