"""Study design and design details: text cues first, publication types and MeSH as support.

Text evidence wins over a generic "Review" tag because PubMed tags many
reviews of trials, and many trial reports, loosely; a specific PT (RCT,
Meta-Analysis, Case Reports) on a fully indexed record is strong evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from evtable import fields as F
from evtable.extract.numbers import parse_number
from evtable.extract.patterns import (
    CASE_TITLE,
    DESIGN_CUE_GATES,
    DESIGN_CUE_NEEDLES,
    DESIGN_DETAIL_CUES,
    DESIGN_DETAIL_NEEDLES,
    DESIGN_TEXT_CUES,
    GROUP_COUNT,
    GROUP_COUNT_GATE,
    MESH_DESIGNS,
    OTHER_STUDIES,
    OTHER_STUDIES_GATE,
    PHASE,
    PUBLICATION_TYPE_DESIGNS,
    STUDY_GROUP,
    STUDY_GROUP_GATE,
    STUDY_SIGN_CHARS,
    STUDY_SIGN_WORDS,
    STUDY_SIGNS,
    Gate,
    GateIndex,
    WordGate,
    gate_found,
    has_any,
    has_count,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Document
from evtable.models import Confidence, Provenance

#: PT-derived designs specific enough to beat any text cue (NLM assigns them after reading
#: the full article); "Review", "Observational Study" and MeSH check tags are generic.
SPECIFIC_PT_DESIGNS = frozenset({F.SYSTEMATIC_REVIEW, F.RCT, F.CASE_REPORT, F.GUIDELINE, F.EDITORIAL, F.NRCT})
#: Designs whose text describes other studies: trial features there are not this study's.
REVIEW_DESIGNS = frozenset({F.SYSTEMATIC_REVIEW, F.NARRATIVE_REVIEW, F.GUIDELINE, F.EDITORIAL})
#: Designs that describe other studies by nature: their cues keep full weight in a sentence that
#: mentions other studies (OTHER_STUDIES lowers every other design's cue there).
OVERVIEW_DESIGNS = frozenset({F.SYSTEMATIC_REVIEW, F.NARRATIVE_REVIEW})
REVIEW_DETAILS = frozenset({"pooled analysis", "subgroup analysis", "post hoc analysis"})

#: Where a cue is found changes what it is worth: titles and design statements name the
#: design on purpose; a sentence about other studies mentions designs that are not this one's.
TITLE_WEIGHT = 1.5
DESIGN_SECTION_WEIGHT = 1.5
METHODS_WEIGHT = 1.2
CONCLUSIONS_WEIGHT = 0.7
OTHER_STUDIES_WEIGHT = 0.3
#: Each further sentence supporting the same label adds this much (up to MAX_EXTRA_HITS).
EXTRA_HIT_BONUS = 0.25
MAX_EXTRA_HITS = 2
#: Below this score the text does not support a design: the cell stays empty.
MIN_DESIGN_SCORE = 1.0
#: Score from which a text-derived design is high, or medium, confidence.
HIGH_SCORE, MEDIUM_SCORE = 3.0, 2.0
#: Section labels that announce the design itself ("STUDY DESIGN: A retrospective ...").
DESIGN_SECTION_LABELS = frozenset(
    {"design", "study design", "design and setting", "design, setting, and participants"}
)
#: An abstract with at least this many sentences and no sign of a study of its own is an
#: overview (narrative review); shorter texts say too little to tell.
MIN_OVERVIEW_SENTENCES = 4
#: A described group of at most this many people is a case series, a larger one a cohort.
SMALL_SERIES_MAX = 10
#: Weights of a group-count cue (it describes a group study but names no design).
SERIES_COUNT_WEIGHT, COHORT_COUNT_WEIGHT = 2.0, 1.5
#: Case-report cues count this much less in an abstract that counts a studied group of more
#: than SMALL_SERIES_MAX people (the single patient it describes is one of the group).
GROUP_CASE_REPORT_FACTOR = 0.5
#: Weight of a case-report title pattern when the record has no abstract (CASE_TITLE): with the
#: title weight it clears MIN_DESIGN_SCORE but stays a low-confidence design.
CASE_TITLE_WEIGHT = 1.0
#: The weight of a sentence by the role of its section (others: 1).
_ROLE_WEIGHTS = {"METHODS": METHODS_WEIGHT, "CONCLUSIONS": CONCLUSIONS_WEIGHT}
_ORDER = {label: i for i, (label, _, _, _) in enumerate(DESIGN_TEXT_CUES)}
#: DESIGN_TEXT_CUES with the keyword gate of each cue: its own (DESIGN_CUE_GATES), else its
#: label's needles, else none (an empty gate is always open); and its word gate.
_GATED_CUES: list[tuple[str, re.Pattern[str], float, Gate, WordGate]] = [
    (label, pattern, weight, DESIGN_CUE_GATES.get((label, weight)) or ((DESIGN_CUE_NEEDLES[label],) if label in DESIGN_CUE_NEEDLES else ()), words)
    for label, pattern, weight, words in DESIGN_TEXT_CUES
]  # fmt: skip
#: The cues' patterns in the form the regex engine finds faster (same matches, `skip_ahead`).
_CUE_PATTERNS = [skip_ahead(pattern) for _, pattern, _, _, _ in _GATED_CUES]
#: The cues filed by their gates (keyword gates as sets, for a sentence's `needles_in` set).
_CUE_INDEX = GateIndex(
    [tuple(frozenset(group) for group in gate) for _, _, _, gate, _ in _GATED_CUES],
    [word_gate for *_, word_gate in _GATED_CUES],
)
#: DESIGN_DETAIL_CUES' patterns in the form the regex engine finds faster (same matches).
_DETAIL_PATTERNS = [skip_ahead(pattern) for _, pattern in DESIGN_DETAIL_CUES]
_DETAIL_INDEX = GateIndex(
    [(frozenset(DESIGN_DETAIL_NEEDLES[label]),) for label, _ in DESIGN_DETAIL_CUES],
    [()] * len(DESIGN_DETAIL_CUES),
)
_NO_WORDS: frozenset[str] = frozenset()
#: The group-count patterns in the form the regex engine finds faster (same matches).
_GROUP_COUNT, _STUDY_GROUP = skip_ahead(GROUP_COUNT), skip_ahead(STUDY_GROUP)
_STUDY_SIGNS = skip_ahead(STUDY_SIGNS)


def _about_other_studies(text: str, words: frozenset[str]) -> bool:
    """Whether a sentence talks about other studies (OTHER_STUDIES), so its cues count less."""
    return gate_found(words, OTHER_STUDIES_GATE) and OTHER_STUDIES.search(text) is not None


@dataclass(frozen=True, slots=True)
class DesignCue:
    """One design cue found in the text, with the score its place earned it."""

    label: str
    score: float
    start: int
    end: int
    location: str
    group: int | None = None  # the number of people, for a cue that counts a studied group


def design_cues(doc: Document) -> list[DesignCue]:
    """Every design cue in the title and in this study's sentences, scored by where it sits."""
    found: list[DesignCue] = []
    places: list[tuple[str, int, str, float, frozenset[str], frozenset[str], bool | None]] = [
        (doc.title, 0, "title", TITLE_WEIGHT, doc.title_needles, doc.title_words, False)
    ]
    sections = {(s.start, s.end): s.label.lower() for s in doc.record.sections}
    design_sections = not DESIGN_SECTION_LABELS.isdisjoint(sections.values())
    for z in doc.study_sentences:
        weight = _ROLE_WEIGHTS.get(z.role, 1.0)
        if design_sections:
            label = next(
                (lab for (a, b), lab in sections.items() if z.sentence.start < b + 1 and z.sentence.end > a),
                "",
            )
            if label in DESIGN_SECTION_LABELS:
                weight = DESIGN_SECTION_WEIGHT
        # whether the sentence talks about other studies: asked only of sentences with a cue
        places.append((z.text, z.sentence.start, "abstract", weight, z.needles, z.words, None))
    for text, offset, location, weight, found_here, words, others in places:
        for i in _CUE_INDEX.open_rules(found_here, words):
            label, _, cue_weight, _, _ = _GATED_CUES[i]
            m = _CUE_PATTERNS[i].search(text)
            if m:
                if others is None:
                    others = _about_other_studies(text, words)
                # a review's own cue ("this review") sits among mentions of other studies by nature
                w = weight if not others or label in OVERVIEW_DESIGNS else weight * OTHER_STUDIES_WEIGHT
                found.append(DesignCue(label, cue_weight * w, offset + m.start(), offset + m.end(), location))
        m = None
        # both group patterns need a count of people
        if gate_found(words, GROUP_COUNT_GATE) and has_count(text, words):
            m = _GROUP_COUNT.search(text)
        if m is None and gate_found(words, STUDY_GROUP_GATE) and has_count(text, words):
            m = _STUDY_GROUP.search(text)
        n = parse_number(m.group("n")) if m else None
        if m and n:
            if others is None:
                others = _about_other_studies(text, words)
            weight = weight * OTHER_STUDIES_WEIGHT if others else weight
            small = n <= SMALL_SERIES_MAX
            label = F.CASE_SERIES if small else F.COHORT
            cue_weight = SERIES_COUNT_WEIGHT if small else COHORT_COUNT_WEIGHT
            found.append(
                DesignCue(label, cue_weight * weight, offset + m.start(), offset + m.end(), location, n)
            )
    if not doc.text.strip() and (m := CASE_TITLE.search(doc.title)):
        found.append(DesignCue(F.CASE_REPORT, CASE_TITLE_WEIGHT * TITLE_WEIGHT, m.start(), m.end(), "title"))
    if any(c.group is not None and c.group > SMALL_SERIES_MAX for c in found):
        # a report on a group of people is not a single-case report: a patient it describes
        # ("in a 54-year-old man, ...") is one of the group
        found = [
            replace(c, score=c.score * GROUP_CASE_REPORT_FACTOR) if c.label == F.CASE_REPORT else c
            for c in found
        ]
    return found


def _text_design(doc: Document) -> tuple[str, Provenance, float] | None:
    """The best-supported design in the text, its strongest quote and its score."""
    by_label: dict[str, list[DesignCue]] = {}
    for cue in design_cues(doc):
        by_label.setdefault(cue.label, []).append(cue)
    if not by_label:
        return None

    def total(cues: list[DesignCue]) -> float:
        scores = sorted((c.score for c in cues), reverse=True)
        return scores[0] + EXTRA_HIT_BONUS * min(len(scores) - 1, MAX_EXTRA_HITS)

    label, cues = max(by_label.items(), key=lambda kv: (total(kv[1]), -_ORDER[kv[0]]))
    score = total(cues)
    if score < MIN_DESIGN_SCORE:
        return None
    best = max(cues, key=lambda c: c.score)
    confidence: Confidence = "high" if score >= HIGH_SCORE else "medium" if score >= MEDIUM_SCORE else "low"
    where = "title" if best.location == "title" else "text"
    prov = doc.span(
        "design", label, best.start, best.end, f"{where} cue: {label}", confidence, location=best.location
    )
    return label, prov, score


def _overview(doc: Document) -> tuple[str, Provenance, float] | None:
    """Narrative review, at low confidence, for an abstract of general statements only.

    Reached only when no design cue was found: several sentences, none of which
    reports data, people studied, or what "we" did.
    """
    sentences = doc.study_sentences
    if len(sentences) < MIN_OVERVIEW_SENTENCES or any(_signs_a_study(z.text, z.words) for z in sentences):
        return None
    first = sentences[0].sentence
    label = F.NARRATIVE_REVIEW
    prov = doc.span("design", label, first.start, first.end, "overview: no study of its own described", "low")
    return label, prov, MIN_DESIGN_SCORE


def _signs_a_study(text: str, words: frozenset[str]) -> bool:
    """Whether a sentence shows a study of its own (STUDY_SIGNS), behind its cheap pre-check."""
    if words.isdisjoint(STUDY_SIGN_WORDS) and not has_any(text, STUDY_SIGN_CHARS):
        return False
    return _STUDY_SIGNS.search(text) is not None


def _metadata_design(doc: Document) -> tuple[str, Provenance, bool] | None:
    """The design NLM's indexing implies, and whether it is specific (see SPECIFIC_PT_DESIGNS)."""
    types = {t.lower(): t for t in doc.record.publication_types}
    for pt, label in PUBLICATION_TYPE_DESIGNS:
        if pt in types:
            specific = label in SPECIFIC_PT_DESIGNS
            prov = doc.metadata(
                "design", label, types[pt], f"publication type: {types[pt]}", "high" if specific else "medium"
            )
            return label, prov, specific
    mesh = {m.lstrip("*").split("/")[0].lower(): m for m in doc.record.mesh_terms}
    for term, label in MESH_DESIGNS:
        if term in mesh:
            quote = mesh[term].lstrip("*").split("/")[0]
            return label, doc.metadata("design", label, quote, f"MeSH check tag: {quote}", "medium"), False
    return None


def extract_design(doc: Document) -> tuple[str | None, list[Provenance]]:
    """One design label with its evidence; None when neither text nor metadata supports one.

    A specific publication type (RCT, meta-analysis, case report ...) wins; text evidence
    wins over generic indexing (a "Review" tag, an observational MeSH check tag).
    """
    text = _text_design(doc)
    meta = _metadata_design(doc)
    if not text and not meta:
        text = _overview(doc)
    if text and meta:
        if text[0] == meta[0]:
            return text[0], [text[1], meta[1]]
        if meta[2]:
            return meta[0], [meta[1]]
        return text[0], [text[1]]
    if text:
        return text[0], [text[1]]
    return (meta[0], [meta[1]]) if meta else (None, [])


def extract_design_details(doc: Document, design: str | None) -> tuple[str | None, list[Provenance]]:
    """Design features (blinding, control, phase, centres ...) stated in this study's sentences."""
    found: list[tuple[str, Provenance]] = []
    texts = [(doc.title, 0, "title")] + [(z.text, z.sentence.start, "abstract") for z in doc.study_sentences]
    founds = [doc.title_needles] + [z.needles for z in doc.study_sentences]
    open_in: dict[int, list[int]] = {}  # detail -> the places whose needles open its gate, in order
    for place, found_here in enumerate(founds):
        for detail in _DETAIL_INDEX.open_rules(found_here, _NO_WORDS):
            open_in.setdefault(detail, []).append(place)
    for detail, ((label, _), pattern) in enumerate(zip(DESIGN_DETAIL_CUES, _DETAIL_PATTERNS, strict=True)):
        if label == "non-randomized" and design == F.RCT:
            continue
        for place in open_in.get(detail, ()):
            text, offset, location = texts[place]
            m = pattern.search(text)
            if m:
                if label == "randomized" and "non-randomized" in {f[0] for f in found}:
                    break
                found.append(_detail(doc, label, offset, m, f"detail cue: {label}", location))
                break
    for (text, offset, location), found_here in zip(texts, founds, strict=True):
        m = PHASE.search(text) if "phase" in found_here else None
        if m:
            label = "phase " + m.group(0)[6:].strip()
            found.append(_detail(doc, label, offset, m, "detail cue: phase", location))
            break
    if any(t.lower() == "multicenter study" for t in doc.record.publication_types) and "multicentre" not in {
        f[0] for f in found
    }:
        found.append(
            (
                "multicentre",
                doc.metadata(
                    "design_details",
                    "multicentre",
                    "Multicenter Study",
                    "publication type: Multicenter Study",
                ),
            )
        )
    if design in REVIEW_DESIGNS:
        found = [f for f in found if f[0] in REVIEW_DETAILS]
    if not found:
        return None, []
    return "; ".join(f[0] for f in found), [f[1] for f in found]


def _detail(
    doc: Document, label: str, offset: int, m: re.Match[str], rule: str, location: str
) -> tuple[str, Provenance]:
    """A design detail with the span of the cue that found it."""
    return label, doc.span(
        "design_details", label, offset + m.start(), offset + m.end(), rule, location=location
    )
