"""Outcomes (end points, primary first) and results (effect estimates as written).

An end point is taken only where the abstract names one, in decreasing order of how plainly
it says so: a labelled statement ("The primary end point of this trial was response rate",
"Pain was the primary outcome"), an unlabelled one ("Outcome measures included ...", a
"Main outcome measures:" section, "Efficacy was assessed by ..."), a quantity the methods
say was measured ("Visual acuity was measured at 6 months"), and last the outcome lexicon.
Each item quotes a short span of the abstract; what cannot be cut to a name is left out.
"""

from __future__ import annotations

import re

from evtable.extract.patterns import (
    OUTCOME_NEEDLES,
    OUTCOME_TERMS,
    OUTCOME_WORD_GATES,
    GateIndex,
    has_stats,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Document, Zoned
from evtable.models import Provenance

_TERMS = [(label, skip_ahead(re.compile(rf"\b(?:{rx})", re.I))) for label, rx in OUTCOME_TERMS.items()]
#: The terms filed by their gates, for a sentence's `Zoned.needles` and words.
_TERM_INDEX = GateIndex(
    [(frozenset(OUTCOME_NEEDLES[label]),) for label, _ in _TERMS],
    [OUTCOME_WORD_GATES.get(label, ()) for label, _ in _TERMS],
)


def _word_set(words: str) -> frozenset[str]:
    """A set of lower-case words from a space-separated list (keeps long vocabularies readable)."""
    return frozenset(words.split())


#: Results longer than this are cut (the full sentences stay in the provenance quotes).
MAX_RESULT_SENTENCES = 4

# --- stated end points -------------------------------------------------------------------
# patterns.PRIMARY_OUTCOME's shape, widened to the wordings trial abstracts use: a qualifier
# between kind and noun ("primary efficacy variable", "main study outcome"), a scope after
# it ("of this study", "of interest"), a participle ("the primary outcomes assessed were").
_KIND = r"(?P<kind>primary|secondary|main|co-primary|principal)"
_NOUN = (
    r"(?:end ?points?|outcomes?(?: measures?| variables?| parameters?)?"
    r"|(?:efficacy |safety |outcome |study )?(?:variables?|parameters?|measures?|criteri(?:on|a)))"
)
_STATED = re.compile(
    rf"\b{_KIND}(?: (?:efficacy|safety|study|clinical))? {_NOUN}"
    r"(?: of interest| (?:of|in|for) (?:this|the|our|the present)(?:,? [\w-]+){0,4}? (?:study|trial|analysis|RCT))?"
    r"(?: (?:assessed|used|studied|examined|chosen|selected))?"
    r"(?: (?:was|were|is|are|included|includes|consisted of|comprised)| of|\s?:)\s+(?P<what>[^.;]+)",
    re.I,
)
#: The reverse order: "<name> was the primary outcome"; the name runs from the sentence start.
_NAMED_FIRST = re.compile(
    rf"\s(?:was|were|served as) (?:the|our|a|an|their) (?:pre-?specified )?{_KIND}"
    rf"(?: (?:efficacy|safety|study|clinical))? {_NOUN}\b",
    re.I,
)
#: Unlabelled statements of what was measured: "Outcome measures were ...", "Efficacy
#: assessments included ...", "Safety outcomes are ...".
_MEASURES = re.compile(
    r"\b(?:outcome (?:measures?|variables?|parameters?|end ?points?|assessments?|criteri(?:a|on))"
    r"|(?:efficacy|safety)(?: and (?:safety|efficacy|tolerability))?"
    r" (?:measures?|variables?|parameters?|end ?points?|outcomes?|assessments?|criteri(?:a|on)))"
    r" (?:was|were|included|includes|include|consisted of|comprised|are|is)\s+(?P<what>[^.;]+)",
    re.I,
)
#: "<quantity> was measured ...": a methods sentence naming what was assessed.
_ASSESSED = re.compile(
    r",? (?:was|were) (?:(?:\w+ly|also|then|first) )?(?P<verb>assessed|measured|evaluated|recorded|monitored"
    r"|determined|quantified|documented|compared|examined|analy[sz]ed|scored|rated|calculated)\b",
    re.I,
)
#: What may follow the verb when the subject is the quantity: a time, a tool, a schedule.
_ASSESSED_AFTER = re.compile(
    r"\s*(?:$|[.,(]|(?:at|using|by|with|before|after|during|every|daily|weekly|monthly|throughout|over|on day"
    r"|pre-?\w*|post-?\w*|prior|until|from|for \d|between (?:the )?(?:\w+ )?(?:groups|arms)|in (?:both|all|each|the two)"
    r"|via|through|according to|\d|twice|once|three|four|longitudinally|continuously|regularly|repeatedly"
    r"|prospectively|blindly|serially|periodically|weekly|annually|preoperatively|postoperatively)\b)",
    re.I,
)
#: A time or a tool after the verb: with it a weak verb ("evaluated") names a measured quantity.
_TIMED = re.compile(r"\s*(?:using|at|before|after|during|every|daily|weekly|\d)\b", re.I)
#: Subjects whose *object* names the end points: "Efficacy was assessed by changes in ...".
_BY_WHAT = re.compile(
    r"\s*(?:\w+ )?(?:by|using|with|based on|according to|in terms of|through|via|on the basis of)\s+", re.I
)
_EFFICACY_SUBJECT = re.compile(
    r"(?:(?:the |overall |clinical |treatment |therapeutic )*(?:[\w-]+ ){0,2}?"
    r"(?:efficacy|effectiveness|safety|tolerability|outcomes?|response|effects?)"
    r"(?: of [^,;]{1,60})?)$",
    re.I,
)
#: Every `_EFFICACY_SUBJECT` match holds one of these words whole.
_EFFICACY_WORDS = _word_set(
    "efficacy effectiveness safety tolerability outcome outcomes response effect effects"
)
#: A "what" that is a verdict or a method, not an end point's name ("was not significantly
#: different", "was measured using ...").
_NOT_A_NAME = re.compile(
    r"(?:not|no|to|also|significantly|statistically|similar|comparable|the same|achieved|met|reached|observed"
    r"|seen|higher|lower|greater|better|worse|improved|reduced|increased|decreased|measured|assessed"
    r"|evaluated|defined|determined|calculated|analy[sz]ed|recorded|obtained|based|used|available|reported"
    r"|found|identified|collected|performed|changed|different|superior|inferior|non-?inferior|equivalent"
    r"|unchanged|taken|administered|made|completed|done|conducted|carried|in favou?r|positive|negative"
    r"|as follows|described|shown|listed|given|presented|attained|followed|\d+(?:\.\d+)?\s*%)\b",
    re.I,
)
#: Where a name turns into a clause about how it was measured or what else was measured.
_CLAUSE_CUT = re.compile(
    r",? (?:which|that|while|whereas) |,? (?:as )?(?:measured|assessed|evaluated|defined|determined"
    r"|calculated|analy[sz]ed|recorded|expressed|adjusted|obtained) (?:by|using|with|as|at|in|on|from|according"
    r"|after|before|during|over|for|via|through|throughout)\b"
    r"|,? (?:with|including) additional\b|,? (?:and )?(?:the |our |key )*(?:secondary|safety|other) (?:efficacy )?"
    r"(?:end ?points?|outcomes?|measures?|variables?|parameters?)\b|\s(?:using|by means of)\s",
    re.I,
)
#: Every `_CLAUSE_CUT` match holds one of these words whole: without them it need not run
#: (Python's regex engine tries each alternative at every space, ~0.1 µs a character).
_CLAUSE_WORDS = _word_set(
    "which that while whereas measured assessed evaluated defined determined calculated analysed analyzed"
    " recorded expressed adjusted obtained additional secondary safety other using means"
)
#: A new clause after a comma (", and pain was lower"): runs only where the name has a comma.
_COMMA_CLAUSE = re.compile(r", (?:and )?(?:[\w-]+ ){1,6}(?:was|were|is|are|occurred|showed|improved)\b", re.I)
#: A lone adjective opening a list shares the list's last noun ("Systolic, diastolic and mean ...").
_SHARED_HEAD = re.compile(r"\s*[A-Za-z]+(?:ic|al|ive|ary|ous|ar)\s*")
#: The characters `_list_items` splits at or keeps count of.
_LIST_MARKS = re.compile(r"[,;()\[\]]")


#: Words that make a listed phrase something other than an end point (people, data, methods).
_NOT_OUTCOME_WORDS = _word_set(
    "patients patient participants participant subjects children child women men volunteers infants"
    " adults individuals cases groups group arms arm studies study trials trial data samples sample"
    " records specimens animals rats mice pigs dogs eyes characteristics demographics demographic"
    " factors features findings results variables parameters properties item items questionnaire"
    " questionnaires articles reports evidence bias eligibility relationship association correlation"
    " investigations procedure procedures treatment treatments intervention interventions drug drugs"
    " dose doses we they it this these those there methods method feasibility ability placebo"
    " differences difference statistical outcome outcomes images videotapes information recordings"
    " obtained derived collected"
)
_LIST_LEAD = re.compile(r"(?:and|or|as well as|the|a|an|also|including|both)\s+", re.I)
#: Printed labels of sections that list the end points ("MAIN OUTCOME MEASURE(S)").
_MEASURES_SECTION = re.compile(
    r"outcome\s*measure|outcomes and measures|outcome measurements|end ?points?", re.I
)
#: `_FINITE`'s words, for a phrase already split into words.
_FINITE_WORDS = frozenset(
    ("was", "were", "is", "are", "has", "have", "had", "will", "did", "showed", "revealed")
)
#: A relative clause in a subject ("patients who ..."): not a list of names.
_RELATIVE = re.compile(r"\b(?:who|which|that)\b", re.I)
_RELATIVE_WORDS = frozenset(("who", "which", "that"))
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|did|showed|revealed)\b", re.I)
#: A label and colon that open a sentence ("METHODS: ", "Data collection and analysis: ").
_LEAD_LABEL = re.compile(r"[A-Za-z][\w ,()/&'-]{0,60}:\s+")
#: Openers before a subject ("In addition, ", "Secondly, ").
_OPENER = re.compile(
    r"(?:(?:in addition|additionally|also|furthermore|moreover|secondly|finally|then|further|\w+ly)\s*,?"
    r"|(?:after|before|during|at|in|on|for|from|over|throughout|within|first|second|third)(?: [^,]{1,40})?,)\s+",
    re.I,
)
#: Words a subject that names a measured quantity does not start with (adverbs, prepositions).
_NOT_SUBJECT_START = _word_set(
    "after before during at in on for from over throughout within so thus then first second third"
    " specifically therefore when while although since because if as"
)
#: Verbs that also take a method, an intervention or a sample as their subject: they count
#: only with a list of two names or more.
_WEAK_VERBS = _word_set("compared analysed analyzed examined evaluated calculated determined")
#: Words after "and" that continue a name rather than start a new one ("... of Severity and of Change").
_AND_CONTINUES = _word_set("of in for at on to with from by")

_KIND_WORDS = frozenset(("primary", "secondary", "main", "principal"))
_NOUN_WORDS = _word_set(
    "endpoint endpoints end outcome outcomes variable variables parameter parameters measure measures"
    " criterion criteria"
)
_MEASURES_WORDS = frozenset(("efficacy", "safety"))
#: The nouns `_MEASURES` puts after "outcome" (whole words: "end" of "end point").
_MEASURE_NOUNS = _word_set(
    "measure measures variable variables parameter parameters endpoint endpoints end assessment"
    " assessments criteria criterion"
)
_MEASURE_NOUNS_OR_OUTCOMES = _MEASURE_NOUNS | {"outcome", "outcomes"}
_ASSESSED_WORDS = _word_set(
    "assessed measured evaluated recorded monitored determined quantified documented compared examined"
    " analysed analyzed scored rated calculated"
)
_BE_WORDS = frozenset(("was", "were"))
#: A sentence holding none of these words opens no stated-end-point rule (see the gates below).
_STATEMENT_WORDS = _KIND_WORDS | _MEASURES_WORDS | {"outcome"}
#: The same for a methods sentence, where a measured quantity may be named too.
_ANY_WORDS = _STATEMENT_WORDS | _ASSESSED_WORDS
#: Roles whose sentences say what the study measured (not what it found or concluded).
_METHOD_ROLES = frozenset(("METHODS", "UNASSIGNED"))
#: Most names a sentence's list gives, and most words in one name.
MAX_LIST_ITEMS = 8
MAX_NAME_WORDS = 14


def _kind_label(kind: str) -> str:
    return "Primary" if kind.lower() in {"primary", "main", "co-primary", "principal"} else "Secondary"


def _trim(text: str, start: int, end: int, words: frozenset[str]) -> tuple[int, int]:
    """The name in text[start:end]: cut before a clause on how (or what else) was measured.

    ``words`` are the letter runs of the sentence holding the span, for the cut's gate.
    """
    if text.find(",", start, end) != -1 and (cut := _COMMA_CLAUSE.search(text, start, end)):
        end = cut.start()
    if not words.isdisjoint(_CLAUSE_WORDS) and (cut := _CLAUSE_CUT.search(text, start, end)):
        end = cut.start()
    while end > start and text[end - 1] in " ,:-–":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if text.count("(", start, end) > text.count(")", start, end):  # a cut left a bracket open
        end = text.rfind("(", start, end)
        while end > start and text[end - 1] == " ":
            end -= 1
    return start, end


def _top_level_and(text: str, start: int, end: int) -> int:
    """Offset of the last " and " in text[start:end] outside brackets, or -1."""
    at = text.rfind(" and ", start, end)
    while at != -1 and (
        text.count("(", start, at) != text.count(")", start, at) or _joins_a_name(text, start, at, end)
    ):
        at = text.rfind(" and ", start, at)
    return at


def _joins_a_name(text: str, start: int, at: int, end: int) -> bool:
    """Whether the " and " at ``at`` is inside a name: between capitalised words ("Positive and
    Negative Syndrome Scale") or before a preposition ("Impression of Severity and of Change")."""
    before = text[start:at].rsplit(None, 1)
    after = text[at + 5 : end].split(None, 1)
    if not before or not after:
        return False
    prev, nxt = before[-1], after[0]
    return nxt.lower() in _AND_CONTINUES or (prev[:1].isupper() and nxt[:1].isupper() and prev.isalpha())


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a list of names ("A, B, and C") at its top-level commas, semicolons and last "and".

    A lone "A and B" is split only when both sides have two words or more ("miscarriage rate
    and live birth rate"), so "signs and symptoms" stays whole; and "levels of A, B and C"
    stays whole, its short tail items being the objects of "of", not names of their own.
    """
    pieces: list[tuple[int, int]] = []
    depth, s = 0, start
    for mark in _LIST_MARKS.finditer(text, start, end):
        c, i = mark.group(), mark.start()
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append((s, i))
            s = i + 1
    pieces.append((s, end))
    a, b = pieces[-1]
    at = _top_level_and(text, a, b)
    if at != -1 and (len(pieces) > 1 or (len(text[a:at].split()) > 1 and len(text[at + 5 : b].split()) > 1)):
        pieces[-1:] = [(a, at), (at + 5, b)]
    if len(pieces) > 1 and _SHARED_HEAD.fullmatch(text, *pieces[0]):
        return [(start, end)]  # "systolic, diastolic and mean blood pressure": one head shared
    tail_short = all(len(text[x:y].split()) <= 2 for x, y in pieces[1:])
    if len(pieces) > 1 and tail_short and " of " in text[pieces[0][0] : pieces[0][1]]:
        return [(start, end)]
    return pieces


def _name_span(text: str, start: int, end: int, *, strict: bool) -> tuple[int, int] | None:
    """A listed phrase tidied to a name, or None when it is not one (too long, people, data)."""
    while start < end and text[start].isspace():
        start += 1
    while (lead := _LIST_LEAD.match(text, start, end)) is not None:
        start = lead.end()
    while end > start and text[end - 1] in " .,:":
        end -= 1
    if start >= end:
        return None
    words = text[start:end].lower().split()
    if len(words) > MAX_NAME_WORDS or words[0] in {"other", "any", "all", "each", "some", "several"}:
        return None
    if strict:
        clean = {w.strip("(),'\"") for w in words}
        if (
            words[0][0].isdigit()
            or words[0] in _NOT_SUBJECT_START
            or not _NOT_OUTCOME_WORDS.isdisjoint(clean)
            or not _FINITE_WORDS.isdisjoint(clean)
        ):
            return None
    return start, end


class _Collector:
    """The end points found so far, with the spans they cover (so no phrase is quoted twice)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.labelled: list[tuple[int, int, str, Provenance]] = []  # (rank, start, value, quote)
        self.stated: list[tuple[int, str, Provenance]] = []  # (start, value, quote)
        self.covered: list[tuple[int, int]] = []
        self.sentences: set[int] = set()  # sentences a stated end point was taken from

    def free(self, s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in self.covered)

    def add_labelled(self, z: Zoned, kind: str, s: int, e: int, method: str) -> None:
        if s >= e or not self.free(s, e):
            return
        label = _kind_label(kind)
        value = f"{label}: {self.doc.text[s:e]}"
        prov = self.doc.span("outcome", value, s, e, method, "high")
        self.labelled.append((0 if label == "Primary" else 1, s, value, prov))
        self.covered.append((s, e))
        self.sentences.add(z.index)

    def add_names(
        self, z: Zoned, s: int, e: int, method: str, confidence: str, *, strict: bool, at_least: int = 1
    ) -> None:
        """Quote each name of the list in doc.text[s:e]; none unless ``at_least`` of them are names."""
        text = self.doc.text
        names = [n for a, b in _list_items(text, s, e) if (n := _name_span(text, a, b, strict=strict))]
        if len(names) < at_least:
            return
        for a, b in names[:MAX_LIST_ITEMS]:
            if self.free(a, b):
                self.stated.append(
                    (a, text[a:b], self.doc.span("outcome", text[a:b], a, b, method, confidence))
                )
                self.covered.append((a, b))
                self.sentences.add(z.index)


def _subject_start(text: str) -> int:
    """Where a sentence's subject starts: after a printed label and an opener ("In addition,")."""
    pos = 0
    lead = _LEAD_LABEL.match(text)
    if lead and lead.group().rstrip(": \t").replace(" ", "").isupper():
        pos = lead.end()
    opener = _OPENER.match(text, pos)
    return opener.end() if opener else pos


def _stated(c: _Collector, z: Zoned) -> None:
    """Labelled end points: "the primary outcome was X", "X was the primary end point"."""
    text, base = z.text, z.sentence.start
    pos = 0
    while (m := _STATED.search(text, pos)) is not None:
        joint = text[m.start() : m.start("what")].rstrip().lower()
        if joint.endswith(":") and _STATED.search(text, m.start("what")):
            pos = m.start("what")  # "Main outcome measures: The primary outcome was ...": take the inner one
            continue
        s, e = _trim(text, m.start("what"), m.end("what"), z.words)
        pos = max(e, m.start("what") + 1)
        if joint.endswith(":") and text[m.start() : m.start("what")].isupper():
            # a printed label ("MAIN OUTCOME MEASURES: ..."): a list of names, labelled only
            # when the label says primary or secondary, and nothing when the body is a clause
            if not _FINITE.search(text, s, e) and not has_stats(text[s:e]):
                kind = m.group("kind").lower()
                if kind in {"primary", "secondary", "co-primary", "principal"}:
                    c.add_labelled(z, kind, base + s, base + e, "end point label")
                else:
                    c.add_names(z, base + s, base + e, "outcome measures label", "medium", strict=False)
            continue
        if (
            s < e
            and not _NOT_A_NAME.match(text, s)
            and not (joint.endswith(" of") and _FINITE.search(text, m.start("what"), m.end("what")))
        ):
            c.add_labelled(z, m.group("kind"), base + s, base + e, f"{m.group('kind').lower()} end point")
    m = _NAMED_FIRST.search(text)
    if m:
        s0 = _subject_start(text)
        span = _name_span(text, s0, m.start(), strict=False)
        if span and not _FINITE.search(text, *span) and text[span[0] : span[1]].split()[0].lower() not in {
            "this", "it", "that", "there", "which", "these"
        }:  # fmt: skip
            c.add_labelled(z, m.group("kind"), base + span[0], base + span[1], "named as an end point")


def _measures(c: _Collector, z: Zoned) -> None:
    """Unlabelled statements: "Outcome measures included A, B and C"."""
    text, base = z.text, z.sentence.start
    for m in _MEASURES.finditer(text):
        if _NOT_A_NAME.match(text, m.start("what")):
            continue
        s, e = _trim(text, m.start("what"), m.end("what"), z.words)
        c.add_names(z, base + s, base + e, "stated outcome measures", "medium", strict=False)


def _assessed(c: _Collector, z: Zoned) -> None:
    """A methods sentence naming what was measured, or (for "efficacy") what it was judged by."""
    text, base = z.text, z.sentence.start
    m = _ASSESSED.search(text)
    if m is None:
        return
    s0 = _subject_start(text)
    subject = text[s0 : m.start()]
    if not z.words.isdisjoint(_EFFICACY_WORDS) and _EFFICACY_SUBJECT.fullmatch(subject):
        by = _BY_WHAT.match(text, m.end())
        if by and not has_stats(text):
            end = len(text.rstrip(". "))
            s, e = _trim(text, by.end(), end, z.words)
            c.add_names(z, base + s, base + e, "what efficacy was judged by", "medium", strict=True)
        return
    after = text[m.end() :].lstrip()
    verb = m.group("verb").lower()
    if verb == "compared":
        if after and not after.lower().startswith(("between", "among", "across", ".")):
            return
    elif not _ASSESSED_AFTER.match(text, m.end()):
        return
    if (
        not subject
        or subject.rstrip().lower().endswith((" and", " or"))
        or (not z.words.isdisjoint(_RELATIVE_WORDS) and _RELATIVE.search(subject))
        or has_stats(text)  # a result, not a method
    ):
        return
    one_is_enough = verb not in _WEAK_VERBS or (verb != "compared" and _TIMED.match(text, m.end()))
    at_least = 1 if one_is_enough else 2
    c.add_names(z, base + s0, base + m.start(), "quantity measured", "low", strict=True, at_least=at_least)


def _section(c: _Collector, z: Zoned, start: int) -> None:
    """A sentence of a "Main outcome measures:" section that is a list of names."""
    text = c.doc.text
    end = z.sentence.end
    while end > start and text[end - 1] in " .":
        end -= 1
    if start >= end or _FINITE.search(text, start, end) or has_stats(text[start:end]):
        return
    c.add_names(z, start, end, "outcome measures section", "medium", strict=False)


# Whole-word pre-checks on a sentence's letter runs (`Zoned.words`): every match of a rule's
# regex holds one word of each of its groups whole, so a rule whose gate is closed cannot match.
STATED_RULE, MEASURES_RULE, ASSESSED_RULE = 1, 2, 4


def _open_rules(words: frozenset[str]) -> int:
    """The rules (a bit set) a sentence with these letter runs may match.

    STATED_RULE: `_STATED` or `_NAMED_FIRST` (a kind word and a noun word); MEASURES_RULE:
    `_MEASURES` ("outcome" and a noun other than "outcome", or efficacy/safety and a noun);
    ASSESSED_RULE: `_ASSESSED` ("was"/"were" and a measuring verb).
    """
    rules = 0
    if not words.isdisjoint(_KIND_WORDS) and not words.isdisjoint(_NOUN_WORDS):
        rules |= STATED_RULE
    if ("outcome" in words and not words.isdisjoint(_MEASURE_NOUNS)) or (
        not words.isdisjoint(_MEASURES_WORDS) and not words.isdisjoint(_MEASURE_NOUNS_OR_OUTCOMES)
    ):
        rules |= MEASURES_RULE
    if not words.isdisjoint(_ASSESSED_WORDS) and not words.isdisjoint(_BE_WORDS):
        rules |= ASSESSED_RULE
    return rules


#: Section label -> whether it is one that lists the end points (labels repeat: "METHODS").
_LISTING_LABELS: dict[str, bool] = {}
_LISTING_LABELS_MAX = 10_000


def _lists_end_points(label: str) -> bool:
    """Whether a section's printed label is one whose body lists the end points."""
    known = _LISTING_LABELS.get(label)
    if known is None:
        if len(_LISTING_LABELS) >= _LISTING_LABELS_MAX:
            _LISTING_LABELS.clear()
        known = _LISTING_LABELS[label] = _MEASURES_SECTION.search(label) is not None
    return known


def extract_outcomes(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Labelled end points (primary first), stated ones, then named outcomes in order of mention."""
    sentences = doc.study_sentences
    # one set test a sentence: most hold none of the words a stated-end-point rule needs
    cands = [
        z
        for z in sentences
        if not z.words.isdisjoint(_ANY_WORDS if z.role in _METHOD_ROLES else _STATEMENT_WORDS)
    ]
    listing = [sec for sec in doc.record.sections if _lists_end_points(sec.label)]
    items: list[tuple[str, Provenance]] = []
    covered: list[tuple[int, int]] = []
    if cands or listing:
        c = _Collector(doc)
        rules = [(z, _open_rules(z.words)) for z in cands]
        for z, r in rules:
            if r & STATED_RULE:
                _stated(c, z)
        for z, r in rules:
            if r & MEASURES_RULE and z.index not in c.sentences:
                _measures(c, z)
        for sec in listing:
            for z in sentences:  # the section's first sentence: where the list is
                if z.sentence.start <= sec.start < z.sentence.end and z.index not in c.sentences:
                    _section(c, z, max(z.sentence.start, sec.start))
        for z, r in rules:
            if r & ASSESSED_RULE and z.role in _METHOD_ROLES and z.index not in c.sentences:
                _assessed(c, z)
        items = [(v, p) for _, _, v, p in sorted(c.labelled, key=lambda h: h[:2])]
        items += [(v, p) for _, v, p in sorted(c.stated, key=lambda h: h[0])]
        covered = c.covered
    seen = {i[0].lower() for i in items}
    hits: list[tuple[int, str, Provenance]] = []
    for z in sentences:
        taken: list[tuple[int, int]] = []
        for term in _TERM_INDEX.open_rules(z.needles, z.words):
            label, rx = _TERMS[term]
            for m in rx.finditer(z.text):
                s, e = z.sentence.start + m.start(), z.sentence.start + m.end()
                if any(a <= s < b or a < e <= b for a, b in covered + taken):
                    continue
                taken.append((s, e))
                if label not in seen:
                    seen.add(label)
                    hits.append((s, label, doc.span("outcome", label, s, e, "outcome lexicon", "medium")))
    items += [(label, prov) for _, label, prov in sorted(hits, key=lambda h: h[0])]
    if not items:
        return None, []
    return "; ".join(i[0] for i in items), [i[1] for i in items]


def extract_results(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Result sentences as written: the RESULTS section, or sentences carrying statistics."""
    stats_of: dict[int, bool] = {}

    def stats(z: Zoned) -> bool:
        if z.index not in stats_of:
            stats_of[z.index] = has_stats(z.text)
        return stats_of[z.index]

    chosen = [z for z in doc.study_sentences if z.role == "RESULTS"]
    if not chosen:
        chosen = [z for z in doc.study_sentences if z.role not in {"CONCLUSIONS", "OBJECTIVE"} and stats(z)]
    chosen = [z for z in chosen if stats(z)] or chosen if doc.structured else chosen
    chosen = chosen[:MAX_RESULT_SENTENCES]
    if not chosen:
        return None, []
    provs = [
        doc.span("results", z.text, z.sentence.start, z.sentence.end, "results sentence", "medium")
        for z in chosen
    ]
    return " ".join(z.text for z in chosen), provs
