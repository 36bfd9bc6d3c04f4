"""Which sentences speak about *this* study: section roles and the background/body cut.

Extractors must not take a harm, an outcome or a sample size from a sentence
about other studies (the background) or from article body text pasted after
the abstract. This module labels each sentence once so every extractor can
ask the same question the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from evtable.extract.patterns import CITATION_MARKER, gate_text, needles_in
from evtable.models import Provenance, Record
from evtable.text import Sentence, split_sentences

_LETTERS = re.compile(r"[a-z]+")
#: Bytes table keeping a-z and turning every other byte into a space (see `words_of`).
_LETTER_BYTES = bytes(c if 0x61 <= c <= 0x7A else 0x20 for c in range(256))
_T = TypeVar("_T")


class cached_once(Generic[_T]):  # lower case like the functools decorator it stands in for
    """`functools.cached_property` without its lock.

    Python 3.11's takes a lock on every first access, which cost about 0.6 µs: a sixth of a
    sentence's keyword pass, paid for each of a sentence's cached views. A document is read
    by one thread, so the lock guards nothing here.
    """

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_once[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> cached_once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


def ascii_runs(text: str, keep: bytes) -> frozenset[str]:
    """The maximal runs of the bytes ``keep`` leaves alone in an ASCII ``text`` (a
    `bytes.translate` table turning every other byte into a space): a ``findall`` of a one-class
    run pattern, done in C without the regex engine."""
    return frozenset(text.encode("ascii").translate(keep).decode("ascii").split())


def words_of(lower: str) -> frozenset[str]:
    """The maximal runs of ASCII letters in a lower-cased text.

    A regex literal that starts (or ends) at a word boundary lies inside one such run, so
    "the run set holds the literal's first word" is a safe test before running the regex.
    """
    if lower.isascii():
        # the same runs, split in C without the regex engine: ~25% less time on every sentence
        return ascii_runs(lower, _LETTER_BYTES)
    return frozenset(_LETTERS.findall(lower))


#: Formats where article body text can follow the abstract (a pasted or saved web page);
#: database exports (MEDLINE, XML, RIS ...) hold the abstract alone.
PASTED_FORMATS = frozenset({"pubmed-page", "catalogue-page", "publisher-page", "pure-page", "text"})


@dataclass(frozen=True)
class Zoned:
    """A sentence with the role of its section and whether it describes this study.

    Not slotted: `lower` and `words` are computed once, on first use, and cached on the
    instance, so every extractor's keyword gates share one lower-cased copy of the sentence.
    """

    sentence: Sentence
    role: str  # BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS, UNASSIGNED or BODY
    index: int

    @property
    def text(self) -> str:
        return self.sentence.text

    @cached_once
    def lower(self) -> str:
        """The sentence lower-cased for the extractors' keyword pre-checks (see `gate_text`)."""
        return gate_text(self.sentence.text)

    @cached_once
    def words(self) -> frozenset[str]:
        """The ASCII letter runs of `lower`, for whole-word pre-checks (see `word_gate`)."""
        return words_of(self.lower)

    @cached_once
    def needles(self) -> frozenset[str]:
        """The gate needles the sentence holds, found in one pass (see `patterns.needles_in`)."""
        return needles_in(self.lower, self.words)

    @property
    def about_study(self) -> bool:
        """False for background and for article body text after the abstract."""
        return self.role not in {"BACKGROUND", "BODY"}


class Document:
    """A record prepared for extraction: sentences, roles and helpers to build provenance."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.text = record.abstract or ""
        self.title = record.title or ""

    @cached_once
    def body_start(self) -> int:
        """Offset where pasted article body text begins (len(text) when there is none).

        The first sentence followed by a reference-number marker ("... States. 1
        Treatment ...") opens the article's introduction, so the cut is made at
        the start of that sentence.
        """
        m = CITATION_MARKER.search(self.text) if self.record.format in PASTED_FORMATS else None
        if not m:
            return len(self.text)
        before = [s for s in split_sentences(self.text, 0, m.start()) if s.end <= m.start()]
        return before[-1].start if before else len(self.text)

    @cached_once
    def sentences(self) -> list[Zoned]:
        sections = self.record.sections
        out: list[Zoned] = []
        for sent in split_sentences(self.text):
            if sent.start >= self.body_start:
                trimmed = _drop_reference_number(self.text, sent)
                if trimmed is None:
                    continue
                sent = trimmed
            role = "UNASSIGNED"
            for sec in sections:
                # a section's first sentence starts with its printed label, before sec.start
                if sent.start < sec.end + 1 and sent.end > sec.start:
                    role = sec.role
                    break
            if sent.start >= self.body_start:
                role = "BODY"
            out.append(Zoned(sent, role, len(out)))
        return out

    @cached_once
    def title_lower(self) -> str:
        """The title lower-cased for the keyword pre-checks, as `Zoned.lower` for a sentence."""
        return gate_text(self.title)

    @cached_once
    def title_words(self) -> frozenset[str]:
        """The title's letter runs, for the whole-word pre-checks (see `patterns.WordGate`)."""
        return words_of(self.title_lower)

    @cached_once
    def title_needles(self) -> frozenset[str]:
        """The title's gate needles, shared by the design cues and design details."""
        return needles_in(self.title_lower, self.title_words)

    @cached_once
    def study_sentences(self) -> list[Zoned]:
        """Sentences that describe this study (background and body excluded)."""
        return [z for z in self.sentences if z.about_study]

    @cached_once
    def structured(self) -> bool:
        return bool(self.record.sections)

    def span(
        self,
        field: str,
        value: str,
        start: int,
        end: int,
        method: str,
        confidence: str = "high",
        *,
        location: str = "abstract",
    ) -> Provenance:
        """Provenance for text[start:end] of the abstract (or the title)."""
        source = self.title if location == "title" else self.text
        return Provenance(field, value, source[start:end], location, start, end, method, confidence)  # type: ignore[arg-type]

    def metadata(
        self, field: str, value: str, quote: str, method: str, confidence: str = "high"
    ) -> Provenance:
        """Provenance for a value taken from a bibliographic field of the record."""
        return Provenance(field, value, quote, "metadata", None, None, method, confidence)  # type: ignore[arg-type]


_LEADING_REF = re.compile(r"\d{1,3}(?:\s*[–,\-]\s*\d{1,3})*\s+(?=[A-Z])")


def _drop_reference_number(text: str, sent: Sentence) -> Sentence | None:
    """Strip a reference number that opens a body sentence ("1 Treatment with ...")."""
    m = _LEADING_REF.match(sent.text)
    if not m:
        return sent
    start = sent.start + m.end()
    return Sentence(start, sent.end, text[start : sent.end]) if start < sent.end else None
