"""Population (who was studied) and setting (where), quoted from this study's sentences."""

from __future__ import annotations

import re

from evtable.extract.patterns import (
    CONDITION,
    CONDITION_NEEDLES,
    CONDITION_STOP_WORDS,
    PEOPLE_TOKENS,
    POPULATION,
    POPULATION_RELATION_WORDS,
    SETTING,
    SETTING_WORDS,
)
from evtable.extract.zones import Document
from evtable.models import Provenance

#: CONDITION_NEEDLES as a set, met by a sentence's `needles_in` set (which finds all of them).
_CONDITION_GATE = frozenset(CONDITION_NEEDLES)
#: Longest population quote kept; longer matches are usually run-on clauses.
MAX_POPULATION_CHARS = 220


def search_start(text: str, lower: str, held: frozenset[str], words_ahead: int = 3) -> int:
    """Where CONDITION's or POPULATION's search of ``text`` may start and find the same matches:
    at the ``words_ahead``-th word (white-space separated) before the word holding the first
    of the needles ``held`` in ``lower`` (``text`` lower-cased); 0 when there are fewer words.

    A CONDITION match ends in a term holding a needle (CONDITION_NEEDLES) in its first word,
    with at most three words before it; a POPULATION match holds a people noun (PEOPLE_TOKENS)
    at most three words after its start (two modifiers, "healthy" of "healthy volunteers").
    So no match starts before that word, and searched from the text's start, these patterns
    (tried at every word, with their leading words) cost most of the population step.
    Non-ASCII text is searched whole: its lower-casing may move offsets.
    """
    if not text.isascii():
        return 0
    first = min(map(lower.find, held))
    before = text[:first].rsplit(None, words_ahead + 1)
    return len(before[0]) if len(before) == words_ahead + 2 else 0


def _condition(doc: Document) -> tuple[str, Provenance] | None:
    """The condition the study is about: from the title first, else the first study sentence."""
    sources = [(doc.title, 0, "title", doc.title_lower, doc.title_needles)] + [
        (z.text, z.sentence.start, "abstract", z.lower, z.needles) for z in doc.study_sentences[:3]
    ]
    for text, offset, location, lower, needles in sources:
        held = needles & _CONDITION_GATE
        for m in CONDITION.finditer(text, search_start(text, lower, held)) if held else ():
            words = m.group(0).split()
            while words and (words[0].lower() in CONDITION_STOP_WORDS or not words[0][0].isalpha()):
                words.pop(0)
            if not words:
                continue
            phrase = " ".join(words)
            start = offset + m.end() - len(phrase)
            return phrase, doc.span(
                "population",
                phrase,
                start,
                offset + m.end(),
                "condition named in " + location,
                "medium",
                location=location,
            )
    return None


def extract_population(doc: Document) -> tuple[str | None, list[Provenance]]:
    """'<people> with/who had <condition ...>' from the first study sentence that says it.

    The condition from the title is added when the quoted phrase does not name it.
    """
    found: tuple[str, Provenance] | None = None
    ordered = sorted(doc.study_sentences, key=lambda z: z.role not in {"METHODS", "UNASSIGNED", "OBJECTIVE"})
    for z in ordered:
        people = z.words & PEOPLE_TOKENS
        if not people or z.words.isdisjoint(POPULATION_RELATION_WORDS):
            continue  # POPULATION needs both words
        for m in POPULATION.finditer(z.text, search_start(z.text, z.lower, people)):
            quote = m.group(0)
            if len(quote) > MAX_POPULATION_CHARS:
                continue
            start = z.sentence.start + m.start()
            found = (
                quote,
                doc.span("population", quote, start, start + len(quote), "population phrase", "medium"),
            )
            break
        if found:
            break
    condition = _condition(doc)
    items: list[tuple[str, Provenance]] = []
    if condition and not (found and condition[0].split()[-1].lower() in found[0].lower()):
        items.append(condition)
    if found:
        items.append(found)
    if not items:
        return None, []
    return "; ".join(i[0] for i in items), [i[1] for i in items]


def extract_setting(doc: Document) -> tuple[str | None, list[Provenance]]:
    """Countries and care settings named in this study's sentences, in order of mention."""
    seen: dict[str, Provenance] = {}
    for z in doc.study_sentences:
        if z.role == "CONCLUSIONS" or z.words.isdisjoint(SETTING_WORDS):
            continue
        for m in SETTING.finditer(z.text):
            value = m.group(0)
            key = re.sub(r"\W", "", value.lower())
            if key in {re.sub(r"\W", "", k.lower()) for k in seen}:
                continue
            start = z.sentence.start + m.start()
            seen[value] = doc.span("setting", value, start, start + len(value), "setting lexicon", "medium")
    if not seen:
        return None, []
    return "; ".join(seen), list(seen.values())
