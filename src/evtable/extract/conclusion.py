"""The authors' conclusion: the labelled Conclusions section, else the concluding sentences.

Three cases, most reliable first: the reader found a Conclusions section; the
abstract prints a conclusions label the reader did not turn into a section
("CONCLUSIONS: ..."); or the abstract is plain prose, where the conclusion is
the run of closing sentences after the results. Where that run starts is
decided by a small boundary model (`conclusion_model`, weights shipped as
data); the older hand-written rule (`_closing_run`) stays available as
``rule="rules"`` so docs/quality.md can show both side by side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from evtable.extract.conclusion_model import WINDOW, Scorer
from evtable.extract.conclusion_weights import WEIGHTS
from evtable.extract.patterns import (
    ADMIN_SENTENCE,
    CONCLUSION_CUES,
    CONCLUSION_LABEL,
    CONCLUSION_OPENERS,
    FINITE_VERB,
    FUNDER_WORDS,
    JUDGING_VERBS,
    MAX_FUNDER_LIST_WORDS,
    PRINTED_LABEL,
    REPORTING_VERBS,
    RESULT_NUMBER,
)
from evtable.extract.zones import Document, Zoned, words_of
from evtable.models import Confidence, Provenance
from evtable.text import Sentence

#: At most this many closing sentences are taken as the conclusion of a plain abstract
#: (structured Conclusions sections in PubMed have 1-4 sentences in nine cases out of ten).
MAX_CONCLUSION_SENTENCES = 4
#: Plain abstracts shorter than this have no separate conclusion to find.
MIN_ABSTRACT_SENTENCES = 2
#: The boundary model's start is "medium" confidence from this probability on, else "low"
#: (on held-out abstracts, two-way, starts it gives >= 0.5 are right in 225 of 262, lower ones in 12 of 25).
MODEL_MEDIUM_PROBABILITY = 0.5
#: Section roles whose sentences are never the conclusion of a plain abstract.
NOT_CONCLUSION_ROLES = frozenset({"BODY", "BACKGROUND", "METHODS", "RESULTS", "OBJECTIVE"})

Rule = Literal["model", "rules"]
#: The shipped weights laid out for scoring (other weights, for evaluation, are laid out per call).
_SHIPPED = Scorer(WEIGHTS)

#: Full stops the sentence splitter keeps inside a sentence that, in an abstract's closing
#: sentences, end one: where a stripped section label leaves a lower-case opening ("... of
#: work. the extension of follow-up confirms ..."; "... problematic. www.clinicaltrials.gov"),
#: after an upper-case acronym ("... using PS and MS. A cryopreservation method ...") and after
#: a group letter ("... than Group B. Posterior-only surgery is ..."), which the splitter reads
#: as "Ms." or an initial. Abbreviations that take a lower-case word after them, and initials
#: after any other word ("by J. Smith"), are left alone. Each alternative names its gap.
MISSED_BOUNDARY = re.compile(
    r"(?:(?<![\w.])(?!(?:approx|resp|incl|subsp|suppl|ibid)\.)[a-z]{4,}|\))\.(?P<lower>\s+)(?=[a-z])"
    r"|(?<![\w.])[A-Z][A-Z0-9]{1,5}\.(?P<acronym>\s+)(?=[A-Z])"
    r"|\b(?i:groups?|arms?|and|or|type|vitamin|grade|class|stage|phase|degrees) [A-Z]\.(?P<letter>\s+)(?=[A-Z])"
)
#: A funding statement naming its sponsor ("This research was supported by Peking University
#: Research Fund."): a sponsor word (patterns.FUNDER_WORDS) in the same sentence is also needed.
SPONSORED = re.compile(
    r"\b(?:study|research|work|trial|project)\b.{0,40}?\b(?:was|were|is) (?:\w+ )?(?:supported|sponsored|financed) by\b",
    re.I,
)
#: A bare title left by the splitter where a disclosure trailer starts ("Drs." + "Steinert, ...
#: are consultants to ..."): the disclosure runs from here to the end.
DISCLOSURE_TITLE = re.compile(r"^(?:Drs?|Mr|Mrs|Ms|Prof|Profs)\.$")
#: A disclosure trailer's title is looked for among this many closing sentences.
MAX_DISCLOSURE_SENTENCES = 6


def _label_key(label: str) -> str:
    return re.sub(r"\(s\)", "s", label.strip(), flags=re.I).strip()


#: Every label CONCLUSION_LABEL accepts holds one of these, lower-cased (and a colon follows it).
CONCLUSION_LABEL_NEEDLES = (
    "conclusion", "interpretation", "discussion", "comment", "implication", "relevance", "significance", "summary",
)  # fmt: skip
#: Every match of ADMIN_SENTENCE in an ASCII sentence holds one of these lower-cased, or the
#: sentence has at most one space (the whole-sentence alternatives, "Level IV."); "©" is no ASCII.
ADMIN_NEEDLES = (
    "interest", "clinicaltrials.gov", "nct", "isrctn", "eudract", "registered", "registration", "funded by",
    "supported by", "level of evidence", "copyright", "all rights reserved", "(c)", "consultant", "employee",
    "royalt", "intellectual property", "receive", "protocol was not published", "review board",
)  # fmt: skip
#: FUNDER_WORDS lower-cased: each of its matches is one of these whole words.
FUNDER_GATE = frozenset(
    {"foundation", "institute", "institutes", "programme", "program", "council", "fund", "inc", "ltd", "ministry",
     "agency", "trust", "gmbh", "corporation"}
)  # fmt: skip


def _printed_section(doc: Document) -> tuple[int, int] | None:
    """Offsets of the body after a printed conclusions label, up to the next label.

    Most plain abstracts have no colon, or no word of a conclusions label: they are not scanned
    for labels (the scan cost more than the rest of a plain abstract's conclusion)."""
    head = doc.text[: doc.body_start]
    if ":" not in head or (
        head.isascii() and not any(map(head.lower().__contains__, CONCLUSION_LABEL_NEEDLES))
    ):
        return None
    return _label_section(doc)


def _label_section(doc: Document) -> tuple[int, int] | None:
    labels = list(PRINTED_LABEL.finditer(doc.text[: doc.body_start]))
    for i, m in enumerate(labels):
        if CONCLUSION_LABEL.match(_label_key(m.group("label"))):
            end = labels[i + 1].start() if i + 1 < len(labels) else doc.body_start
            body = doc.text[m.end() : end]
            start = m.end() + len(body) - len(body.lstrip())
            stop = m.end() + len(body.rstrip())
            if stop > start:
                return start, stop
    return None


def conclusion_score(text: str) -> int:
    """How much a sentence reads like a conclusion (> 0) rather than a result (< 0).

    Openers ("In conclusion", "These findings suggest") and judging or advising
    verbs ("is safe", "should be considered") count for; standalone numbers and
    reporting verbs ("was observed", "died") count against.
    """
    score = 3 * bool(CONCLUSION_OPENERS.search(text)) + 2 * bool(CONCLUSION_CUES.search(text))
    score += bool(JUDGING_VERBS.search(text))
    score -= 2 * bool(RESULT_NUMBER.search(text)) + bool(REPORTING_VERBS.search(text))
    return score


def _closing_run(sentences: list[Zoned]) -> tuple[list[Zoned], Confidence, str]:
    """The concluding sentences of a plain abstract, with a confidence and the rule's name.

    From the last sentence backwards, sentences are taken while they read as
    conclusions; an opener sentence ("In conclusion, ...") starts the run.
    """
    if len(sentences) < MIN_ABSTRACT_SENTENCES:
        return [], "low", ""
    window = sentences[-MAX_CONCLUSION_SENTENCES:]
    for i in range(len(window) - 1, -1, -1):
        if CONCLUSION_OPENERS.search(window[i].text):
            return window[i:], "medium", "concluding sentences (opener)"
    run = [window[-1]]
    for z in reversed(window[:-1]):
        if conclusion_score(z.text) < 0:
            break
        run.insert(0, z)
    else:
        run = run[-1:]  # no results sentence marks where the conclusion starts: the last one only
    cued = any(CONCLUSION_CUES.search(z.text) for z in run)
    return run, "medium" if cued else "low", "concluding sentences after the results"


def is_admin_sentence(text: str) -> bool:
    """A disclosure, registration, funding or level-of-evidence trailer: never the conclusion."""
    lower = text.lower()
    return _is_admin(text, lower, words_of(lower))


def _is_admin(text: str, lower: str, words: frozenset[str]) -> bool:
    """`is_admin_sentence` given the sentence's lower-cased text and letter runs: the patterns run
    only where ADMIN_NEEDLES or FUNDER_GATE say they can match."""
    if (
        not text.isascii() or text.count(" ") <= 1 or any(map(lower.__contains__, ADMIN_NEEDLES))
    ) and ADMIN_SENTENCE.search(text):
        return True
    if words.isdisjoint(FUNDER_GATE) or FUNDER_WORDS.search(text) is None:
        return False
    if SPONSORED.search(text):
        return True
    return FINITE_VERB.search(text) is None and text.count(" ") < MAX_FUNDER_LIST_WORDS


def _resplit(z: Zoned) -> list[Zoned]:
    """The sentence cut at the boundaries the splitter missed (see MISSED_BOUNDARY)."""
    text, start = z.text, z.sentence.start
    if ". " not in text:
        return [z]
    out, cursor = [], 0
    for m in MISSED_BOUNDARY.finditer(text):
        gap_start, gap_end = m.span(m.lastgroup or 0)
        out.append(
            Zoned(Sentence(start + cursor, start + gap_start, text[cursor:gap_start]), z.role, z.index)
        )
        cursor = gap_end
    if not out:
        return [z]
    out.append(Zoned(Sentence(start + cursor, z.sentence.end, text[cursor:]), z.role, z.index))
    return out


def plain_candidates(doc: Document) -> list[Zoned]:
    """The sentences a plain abstract's conclusion is looked for in: closing sentences cut where
    the splitter missed a boundary, administrative trailers and sentences of non-conclusion
    sections dropped."""
    candidates = [z for z in doc.sentences if z.role not in NOT_CONCLUSION_ROLES]
    first = max(0, len(candidates) - WINDOW - MAX_DISCLOSURE_SENTENCES)
    candidates[first:] = [piece for z in candidates[first:] for piece in _resplit(z)]
    tail = len(candidates) - MAX_DISCLOSURE_SENTENCES
    for i in range(max(0, tail), len(candidates)):
        if DISCLOSURE_TITLE.match(candidates[i].text):
            del candidates[i:]
            break
    while candidates and _is_admin(candidates[-1].text, candidates[-1].lower, candidates[-1].words):
        candidates.pop()
    return candidates


def topic_of(doc: Document) -> str:
    """What the abstract is about, for the boundary model: its title."""
    return doc.title


_other: list[tuple[Mapping[str, float], Scorer]] = []


def _scorer_of(weights: Mapping[str, float]) -> Scorer:
    """The scorer of weights given for evaluation, laid out once for the last such weights (an
    evaluation scores many abstracts with one dict; a dict changed in place is not noticed)."""
    if not _other or _other[0][0] is not weights:
        _other[:] = [(weights, Scorer(weights))]
    return _other[0][1]


def _model_run(
    doc: Document, sentences: list[Zoned], weights: Mapping[str, float]
) -> tuple[list[Zoned], Confidence, str]:
    """The closing run the boundary model picks, with a confidence from its probability."""
    if len(sentences) < MIN_ABSTRACT_SENTENCES:
        return [], "low", ""
    scorer = _SHIPPED if weights is WEIGHTS else _scorer_of(weights)
    found = scorer.best_start(sentences, topic_of(doc))
    if found is None:
        return [], "low", ""
    k, probability = found
    confidence: Confidence = "medium" if probability >= MODEL_MEDIUM_PROBABILITY else "low"
    return sentences[k:], confidence, "concluding sentences (boundary model)"


def extract_conclusion(
    doc: Document, *, rule: Rule = "model", weights: Mapping[str, float] | None = None
) -> tuple[str | None, list[Provenance]]:
    """The conclusion text with a provenance span covering it.

    ``rule`` chooses how a plain abstract's closing run is found: the boundary
    model (default; ``weights`` overrides the shipped ones, for held-out
    evaluation) or the hand-written rules it replaced.
    """
    labelled = [z for z in doc.sentences if z.role == "CONCLUSIONS"]
    if labelled:
        sec = next(s for s in doc.record.sections if s.role == "CONCLUSIONS")
        start, end = max(sec.start, labelled[0].sentence.start), labelled[-1].sentence.end
        value = doc.text[start:end]
        return value, [doc.span("conclusion", value, start, end, "Conclusions section", "high")]
    if not doc.structured:
        printed = _printed_section(doc)
        if printed:
            start, end = printed
            value = doc.text[start:end]
            return value, [doc.span("conclusion", value, start, end, "printed Conclusions label", "high")]
    candidates = plain_candidates(doc)
    if rule == "rules":
        run, confidence, method = _closing_run(candidates)
    else:
        run, confidence, method = _model_run(doc, candidates, WEIGHTS if weights is None else weights)
    if not run:
        return None, []
    start, end = run[0].sentence.start, run[-1].sentence.end
    value = doc.text[start:end]
    return value, [doc.span("conclusion", value, start, end, method, confidence)]
