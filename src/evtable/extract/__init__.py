"""Extraction: a source `Record` becomes an `EvidenceRow` whose every cell has provenance.

Each field family lives in its own module; this one runs them in order and
assembles the row. Rules are offline and explainable: the provenance `method`
names the rule that produced each value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from evtable.extract.arms import extract_arms
from evtable.extract.biblio import assign_study_ids, vancouver_source
from evtable.extract.conclusion import extract_conclusion
from evtable.extract.design import extract_design, extract_design_details
from evtable.extract.harms import extract_harms
from evtable.extract.numbers import extract_participants
from evtable.extract.outcomes import extract_outcomes, extract_results
from evtable.extract.population import extract_population, extract_setting
from evtable.extract.zones import Document
from evtable.fields import FIELDS, LIST_SEPARATOR
from evtable.models import EvidenceRow, Provenance, Record

#: Bibliographic fields copied from the record as they are.
BIBLIO_FIELDS = ("title", "journal", "year", "volume", "issue", "pages", "doi", "pmid")
#: Extraction reads at most this much of the abstract (and title). The longest real abstracts
#: (Cochrane reviews) are ~20,000 characters; past that the text is a pasted full text or a
#: hostile file, and the rules' cost grows faster than linearly with one unbroken sentence
#: (a 10 MB single-line abstract took over 5 minutes). Offsets stay valid: it is a prefix.
MAX_EXTRACT_CHARS = 60_000


def extract_row(record: Record, study_id: str | None = None) -> EvidenceRow:
    """Extract one row; ``study_id`` comes from `extract_rows` so clashes get a, b suffixes."""
    from evtable.extract.biblio import base_study_id

    doc = Document(_bounded(record))
    values: dict[str, object] = dict.fromkeys(FIELDS)
    provenance: list[Provenance] = []

    def put(name: str, found: tuple[object, list[Provenance]]) -> None:
        value, provs = found
        if value is not None and value != "":
            values[name] = value
            provenance.extend(provs)

    values["study_id"] = study_id or base_study_id(record)
    values["source"] = vancouver_source(record)
    for name in BIBLIO_FIELDS:
        values[name] = getattr(record, name)
    values["authors"] = (
        LIST_SEPARATOR.join(record.authors) + ("; et al." if record.authors_truncated else "") or None
    )
    values["source_file"] = LIST_SEPARATOR.join(record.files)

    design, design_prov = extract_design(doc)
    put("design", (design, design_prov))
    put("design_details", extract_design_details(doc, design))
    put("population", extract_population(doc))
    put("setting", extract_setting(doc))
    arms = extract_arms(doc)
    for name in ("intervention", "comparator", "comparison"):
        put(name, arms[name])
    put("participants_n", extract_participants(doc))
    put("outcome", extract_outcomes(doc))
    put("results", extract_results(doc))
    put("adverse_events", extract_harms(doc))
    put("conclusion", extract_conclusion(doc))
    return EvidenceRow(values=values, provenance=tuple(provenance), record=record)


def _bounded(record: Record) -> Record:
    """The record as extraction sees it: abstract and title cut at MAX_EXTRACT_CHARS (see there)."""
    if len(record.abstract) <= MAX_EXTRACT_CHARS and len(record.title or "") <= MAX_EXTRACT_CHARS:
        return record
    cut = MAX_EXTRACT_CHARS
    sections = tuple(replace(s, end=min(s.end, cut)) for s in record.sections if s.start < cut)
    title = record.title[:cut] if record.title else record.title
    return replace(record, abstract=record.abstract[:cut], sections=sections, title=title)


def extract_rows(records: Iterable[Record]) -> list[EvidenceRow]:
    """Rows for all records, with study IDs made unique across the set."""
    records = list(records)
    ids = assign_study_ids(records)
    return [extract_row(r, sid) for r, sid in zip(records, ids, strict=True)]


__all__ = ["Document", "extract_row", "extract_rows"]
