"""Plain, typed data passed between the pipeline stages (read -> extract -> validate -> write).

Frozen dataclasses keep the stages honest: an extractor cannot quietly edit the
record it was given, and every value in a row can be traced to a `Provenance`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Literal

Confidence = Literal["high", "medium", "low"]
#: Confidence levels from weakest to strongest.
CONFIDENCE_ORDER: tuple[Confidence, ...] = ("low", "medium", "high")


def _reduce_slots(obj: object) -> tuple[type, tuple[object, ...]]:
    """Pickle a slotted dataclass as (class, field values).

    The dataclasses default for slotted classes looks up the fields on every
    object, which made unpickling spooled rows (the streaming engine's disk
    store and its worker results) a fifth of a build's time. The values are
    read by one `attrgetter` of the class's fields, in C (a generator over
    ``__slots__`` was a quarter of pickling a row: 43 -> 33 ms a 1,000 rows).
    """
    cls = type(obj)
    get = _FIELD_GETTERS.get(cls)
    if get is None:
        names: tuple[str, ...] = cls.__slots__  # type: ignore[attr-defined]
        one = attrgetter(names[0])
        get = _FIELD_GETTERS[cls] = attrgetter(*names) if len(names) > 1 else lambda o: (one(o),)
    return cls, get(obj)


#: Each pickled class's fields as one getter of their values (`_reduce_slots`), made at its first pickling.
_FIELD_GETTERS: dict[type, Callable[[object], tuple[object, ...]]] = {}


@dataclass(frozen=True, slots=True)
class Section:
    """A labelled part of a structured abstract, as offsets into `Record.abstract`.

    ``label`` is the label as printed ("Main results"); ``role`` is the
    normalised role (BACKGROUND, OBJECTIVE, METHODS, RESULTS, CONCLUSIONS or
    UNASSIGNED) that extraction relies on. ``start``/``end`` delimit the
    section's body text, without its label.
    """

    __reduce__ = _reduce_slots

    label: str
    role: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Record:
    """One study as a source file describes it: bibliographic fields plus the abstract.

    Readers fill what the file states and leave the rest ``None``/empty.
    ``abstract`` is the ingested text the extractors read; provenance offsets
    with location ``"abstract"`` point into it, and ``"title"`` into ``title``.
    """

    __reduce__ = _reduce_slots

    source_file: str
    format: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    authors_truncated: bool = False
    journal: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    abstract: str = ""
    sections: tuple[Section, ...] = ()
    publication_types: tuple[str, ...] = ()
    mesh_terms: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    language: str | None = None
    indexing_status: str | None = None
    record_number: int | None = None
    source_files: tuple[str, ...] = ()

    @property
    def files(self) -> tuple[str, ...]:
        """Every file this record came from (several once duplicates are merged)."""
        return self.source_files or (self.source_file,)


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one extracted value came from, so a reviewer can check it in seconds.

    ``location`` names the text the offsets refer to: ``"abstract"`` or
    ``"title"`` (offsets into that text), or ``"metadata"`` for a value taken
    from a bibliographic field of the record (then ``start``/``end`` are None).
    """

    __reduce__ = _reduce_slots

    field: str
    value: str
    quote: str
    location: str
    start: int | None
    end: int | None
    method: str
    confidence: Confidence = "high"
    #: Who made a curation decision on this value (None for machine extraction).
    reviewer: str | None = None
    #: The machine's value a reviewer replaced or verified (None for machine extraction).
    original: str | None = None


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    """One study's row of the evidence table, with the evidence for each cell."""

    __reduce__ = _reduce_slots

    values: dict[str, object]
    provenance: tuple[Provenance, ...] = field(default_factory=tuple)
    record: Record | None = None
    #: Review status per field ("verified", "corrected", "needs re-check"); absent = extracted.
    status: dict[str, str] = field(default_factory=dict)
    #: The machine's values before a reviewer's curation was applied (empty when none was).
    machine_values: dict[str, object] = field(default_factory=dict)

    @property
    def row_status(self) -> str:
        """One word for the row: needs re-check > corrected > verified > extracted."""
        states = set(self.status.values())
        for state in ("needs re-check", "corrected", "verified"):
            if state in states:
                return state
        return "extracted"

    def confidence(self, field_name: str) -> Confidence | None:
        """The lowest confidence among the provenance entries of a field."""
        levels: list[Confidence] = [p.confidence for p in self.provenance if p.field == field_name]
        return min(levels, key=CONFIDENCE_ORDER.index) if levels else None
