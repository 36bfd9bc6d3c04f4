"""Adverse events of the studied intervention, with negated harms kept as negated.

Harms the background attributes to other drugs or earlier studies are not
this study's: only sentences about this study are read (see `zones`).
"""

from __future__ import annotations

import re

from evtable.extract.patterns import (
    CONCERN,
    HARM_CONTEXT,
    HARM_CONTEXT_NEEDLES,
    HARM_LIST,
    HARM_LIST_NEEDLES,
    HARM_NON_HARMS,
    HARM_OCCURRED,
    HARM_TERM_NEEDLES,
    HARM_TERMS,
    NEGATED_HARM,
    NEGATED_HARM_NEEDLES,
    NEGATION_WORDS,
    OCCURRED_NEEDLES,
)
from evtable.extract.skip_ahead import skip_ahead
from evtable.extract.zones import Document
from evtable.models import Provenance

_HARM_TERM = re.compile(rf"\b{HARM_TERMS}\b", re.I)
#: HARM_OCCURRED's verb and the word after it, looked for before its long harm alternation.
_OCCURRED_WORDS = re.compile(r"\b(?:occurred|developed|reported|observed|seen|noted)\s+(?:in|among)\b", re.I)
#: The gates as sets, for a sentence's `Zoned.needles`.
_CONTEXT, _LIST, _TERM = (
    frozenset(HARM_CONTEXT_NEEDLES),
    frozenset(HARM_LIST_NEEDLES),
    frozenset(HARM_TERM_NEEDLES),
)
_NEGATED, _OCCURRED = frozenset(NEGATED_HARM_NEEDLES), frozenset(OCCURRED_NEEDLES)
#: A harm joined to a negated one ("no bleeding, stroke or death"; "not with X or with Y").
_COORDINATED_HARM = re.compile(
    rf"\s*(?:,\s*(?:or\s+|nor\s+|and\s+)?|\s(?:or|nor|and)\s+)(?:with\s+|in\s+)?(?:\w+\s+)?(?P<harm>{HARM_TERMS})\b",
    re.I,
)
_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|;\s*")
_EXAMPLE = re.compile(r"\((?:for example|e\.g\.|such as|including),?\s*(?P<ex>[^)]+)\)", re.I)
#: A listed item longer than this is a clause, not a harm name.
MAX_HARM_CHARS = 80


#: HARM_CONTEXT in the form the regex engine finds faster (same matches, `skip_ahead`).
_HARM_CONTEXT = skip_ahead(HARM_CONTEXT)


def _items(text: str, offset: int) -> list[tuple[str, int]]:
    """Split 'a, b, and c' into items with their offsets (parentheses kept whole)."""
    out: list[tuple[str, int]] = []
    depth = pos = 0
    bounds = []
    for m in _SPLIT.finditer(text):
        depth = text[: m.start()].count("(") - text[: m.start()].count(")")
        if depth == 0:
            bounds.append((pos, m.start()))
            pos = m.end()
    bounds.append((pos, len(text)))
    for s, e in bounds:
        item = text[s:e]
        lead = len(item) - len(item.lstrip())
        item = item.strip().rstrip(".")
        if item:
            out.append((item, offset + s + lead))
    return out


def _clean(value: str) -> str:
    value = re.sub(r"\s*\((?:\d+(?:\.\d+)?%?|n\s*=\s*\d+)[^)]*\)$", "", value).strip()
    return value[0].lower() + value[1:] if value[:1].isupper() and value[1:2].islower() else value


def extract_harms(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Listed, named, concern-sentence and negated harms from this study's sentences."""
    found: dict[str, Provenance] = {}

    def add(value: str, start: int, quote_len: int, rule: str, confidence: str) -> None:
        value = _clean(value)
        if value and value.lower() not in {k.lower() for k in found} and len(value) <= MAX_HARM_CHARS:
            found[value] = doc.span("adverse_events", value, start, start + quote_len, rule, confidence)

    for z in doc.study_sentences:
        text, base = z.text, z.sentence.start
        negated_spans = []
        held = z.needles
        harm_context = not held.isdisjoint(_CONTEXT) and _HARM_CONTEXT.search(text) is not None
        negation = not z.words.isdisjoint(NEGATION_WORDS) and not held.isdisjoint(_NEGATED)
        for m in NEGATED_HARM.finditer(text) if negation else ():
            negated_spans.append((m.start(), m.end()))
            add(f"{m.group(0)} (negated)", base + m.start(), m.end() - m.start(), "negated harm", "medium")
            pos = m.end()
            while more := _COORDINATED_HARM.match(text, pos):  # "no bleeding or stroke": both negated
                negated_spans.append((more.start(), more.end()))
                h = more.group("harm")
                add(f"{h} (negated)", base + more.start("harm"), len(h), "negated harm", "medium")
                pos = more.end()
        for m in HARM_LIST.finditer(text) if not held.isdisjoint(_LIST) else ():
            for item, at in _items(m.group("list"), m.start("list")):
                if any(a <= at < b for a, b in negated_spans) or item.lower().startswith(("no ", "none")):
                    continue
                if re.search(r"\b(?:were|was|occurred|reported|observed|in \d)", item):
                    item = re.split(r"\s+(?:were|was|occurred|reported|observed)\b", item)[0]
                add(item, base + at, len(item), "harm list", "high")
        named = not held.isdisjoint(_TERM)
        occurred = named and not held.isdisjoint(_OCCURRED) and _OCCURRED_WORDS.search(text)
        for m in HARM_OCCURRED.finditer(text) if occurred else ():
            if not any(a <= m.start() < b for a, b in negated_spans):
                add(
                    m.group("harm"),
                    base + m.start("harm"),
                    len(m.group("harm")),
                    "harm reported as occurring",
                    "medium",
                )
        concern = CONCERN.match(text) if "concern" in held else None
        if concern and harm_context:
            for item, at in _items(concern.group("subject"), 0):
                ex = _EXAMPLE.search(item)
                if ex:
                    add(
                        ex.group("ex"),
                        base + at + ex.start("ex"),
                        len(ex.group("ex")),
                        "harm of concern (example)",
                        "low",
                    )
                elif item.lower() not in HARM_NON_HARMS and _HARM_TERM.search(item):
                    add(item, base + at, len(item), "harm of concern", "medium")
        if harm_context and not concern and named:
            for m in _HARM_TERM.finditer(text):
                if any(a <= m.start() < b for a, b in negated_spans):
                    continue
                if any(m.group(0).lower() in k.lower() for k in found):
                    continue
                add(m.group(0), base + m.start(), len(m.group(0)), "named harm in a safety sentence", "low")
    if not found:
        return None, []
    return "; ".join(found), list(found.values())
