"""Study design and design details: text cues first, publication types and MeSH as support.

Text evidence wins over a generic "Review" tag because PubMed tags many
reviews of trials, and many trial reports, loosely; a specific PT (RCT,
Meta-Analysis, Case Reports) on a fully indexed record is strong evidence.
"""

from __future__ import annotations

from evtable import fields as F
from evtable.extract.patterns import (
    DESIGN_DETAIL_CUES,
    DESIGN_TEXT_CUES,
    MESH_DESIGNS,
    PHASE,
    PUBLICATION_TYPE_DESIGNS,
)
from evtable.extract.zones import Document
from evtable.models import Provenance

#: PT-derived designs that are specific enough to beat a weaker text cue.
SPECIFIC_PT_DESIGNS = frozenset({F.SYSTEMATIC_REVIEW, F.RCT, F.CASE_REPORT, F.GUIDELINE, F.EDITORIAL, F.NRCT})
#: Designs whose text describes other studies: trial features there are not this study's.
REVIEW_DESIGNS = frozenset({F.SYSTEMATIC_REVIEW, F.NARRATIVE_REVIEW, F.GUIDELINE, F.EDITORIAL})
REVIEW_DETAILS = frozenset({"pooled analysis", "subgroup analysis", "post hoc analysis"})
#: Text cues that must yield to a specific publication type (they are often mentions, not designs).
WEAK_TEXT_DESIGNS = frozenset({F.NARRATIVE_REVIEW, F.COHORT, F.SINGLE_ARM, F.CASE_SERIES})


def _text_design(doc: Document) -> tuple[str, Provenance] | None:
    """The first design cue, searching the title, then methods-like sentences, then the rest."""
    for label, pattern, confidence in DESIGN_TEXT_CUES:
        m = pattern.search(doc.title)
        if m:
            return label, doc.span(
                "design", label, m.start(), m.end(), f"title cue: {label}", confidence, location="title"
            )
    ordered = sorted(doc.study_sentences, key=lambda z: z.role not in {"METHODS", "OBJECTIVE", "UNASSIGNED"})
    for label, pattern, confidence in DESIGN_TEXT_CUES:
        for z in ordered:
            m = pattern.search(z.text)
            if m:
                s = z.sentence.start
                return label, doc.span(
                    "design", label, s + m.start(), s + m.end(), f"text cue: {label}", confidence
                )
    return None


def _metadata_design(doc: Document) -> tuple[str, Provenance] | None:
    types = {t.lower(): t for t in doc.record.publication_types}
    for pt, label in PUBLICATION_TYPE_DESIGNS:
        if pt in types:
            return label, doc.metadata(
                "design",
                label,
                types[pt],
                f"publication type: {types[pt]}",
                "high" if label in SPECIFIC_PT_DESIGNS else "medium",
            )
    mesh = {m.lower().rstrip("*"): m for m in doc.record.mesh_terms}
    for term, label in MESH_DESIGNS:
        if term in mesh:
            return label, doc.metadata("design", label, mesh[term], f"MeSH check tag: {mesh[term]}", "medium")
    return None


def extract_design(doc: Document) -> tuple[str | None, list[Provenance]]:
    """One design label with its evidence; None when neither text nor metadata supports one."""
    text = _text_design(doc)
    meta = _metadata_design(doc)
    if text and meta:
        if text[0] == meta[0]:
            return text[0], [text[1], meta[1]]
        if meta[0] in SPECIFIC_PT_DESIGNS and text[0] in WEAK_TEXT_DESIGNS:
            return meta[0], [meta[1]]
        if (
            meta[0] == F.NARRATIVE_REVIEW
            and text[0] == F.RCT
            and "review" in (doc.title + doc.text[:300]).lower()
        ):
            return F.NARRATIVE_REVIEW, [meta[1]]  # a review that discusses trials
        return text[0], [text[1]]
    best = text or meta
    return (best[0], [best[1]]) if best else (None, [])


def extract_design_details(doc: Document, design: str | None) -> tuple[str | None, list[Provenance]]:
    """Design features (blinding, control, phase, centres ...) stated in this study's sentences."""
    found: list[tuple[str, Provenance]] = []
    texts = [(doc.title, 0, "title")] + [(z.text, z.sentence.start, "abstract") for z in doc.study_sentences]
    for label, pattern in DESIGN_DETAIL_CUES:
        if label == "non-randomized" and design == F.RCT:
            continue
        for text, offset, location in texts:
            m = pattern.search(text)
            if m:
                if label == "randomized" and "non-randomized" in {f[0] for f in found}:
                    break
                found.append(
                    (
                        label,
                        doc.span(
                            "design_details",
                            label,
                            offset + m.start(),
                            offset + m.end(),
                            f"detail cue: {label}",
                            location=location,
                        ),
                    )
                )
                break
    for text, offset, location in texts:
        m = PHASE.search(text)
        if m:
            label = "phase " + m.group(0)[6:].strip()
            found.append(
                (
                    label,
                    doc.span(
                        "design_details",
                        label,
                        offset + m.start(),
                        offset + m.end(),
                        "detail cue: phase",
                        location=location,
                    ),
                )
            )
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
