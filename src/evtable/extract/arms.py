"""Intervention, comparator and the comparison cell: the arms as the abstract names them."""

from __future__ import annotations

from evtable.extract.patterns import (
    ARM_NEEDLES,
    ARM_STOP,
    ARMS,
    CONTROL_WORDS,
    LEADING_ARTICLE,
    has_any,
)
from evtable.extract.zones import Document
from evtable.fields import VERSUS
from evtable.models import Provenance

#: Arms longer than this are clauses, not treatment names.
MAX_ARM_CHARS = 90


def _trim(text: str, offset: int) -> tuple[str, int] | None:
    """Cut an arm at the clause that follows it and drop a leading article; keep offsets."""
    stop = ARM_STOP.search(text)
    if stop:
        text = text[: stop.start()]
    text = text.split(":")[0]  # a title's subtitle ("...: a randomised trial") is not the arm
    text = text.rstrip(" ,;:")
    lead = LEADING_ARTICLE.match(text)
    if lead:
        offset += lead.end()
        text = text[lead.end() :]
    if not text or len(text) > MAX_ARM_CHARS or not any(c.isalpha() for c in text):
        return None
    return text, offset


def extract_arms(doc: Document) -> dict[str, tuple[str | None, list[Provenance]]]:
    """intervention, comparator and comparison from the first two-arm phrase in the study's sentences."""
    empty: dict[str, tuple[str | None, list[Provenance]]] = {
        k: (None, []) for k in ("intervention", "comparator", "comparison")
    }
    sources = [
        (z.text, z.lower, z.sentence.start, "abstract") for z in doc.study_sentences if z.role != "RESULTS"
    ]
    sources.insert(0, (doc.title, doc.title_lower, 0, "title"))
    for text, lower, offset, location in sources:
        for pattern, needles in zip(ARMS, ARM_NEEDLES, strict=True):
            if not has_any(lower, needles):
                continue
            m = pattern.search(text)
            if not m:
                continue
            a = _trim(m.group("a"), offset + m.start("a"))
            b = _trim(m.group("b"), offset + m.start("b"))
            if not a or not b:
                continue
            if CONTROL_WORDS.search(a[0]) and not CONTROL_WORDS.search(b[0]):
                a, b = b, a
            rule = "arms: " + (
                "compared X with Y" if "compar" in pattern.pattern[:12] else "X or Y / X versus Y"
            )
            conf = "high" if location == "abstract" and "compar" in pattern.pattern[:12] else "medium"
            pa = doc.span("intervention", a[0], a[1], a[1] + len(a[0]), rule, conf, location=location)
            pb = doc.span("comparator", b[0], b[1], b[1] + len(b[0]), rule, conf, location=location)
            comparison = f"{a[0]}{VERSUS}{b[0]}"
            return {
                "intervention": (a[0], [pa]),
                "comparator": (b[0], [pb]),
                "comparison": (comparison, [
                    doc.span("comparison", comparison, a[1], b[1] + len(b[0]), rule, conf, location=location)
                ]),
            }  # fmt: skip
    return empty
