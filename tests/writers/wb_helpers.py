"""Helpers shared by the workbook tests: synthetic evidence rows with known quirks."""

from __future__ import annotations

from evtable.models import Confidence, EvidenceRow, Provenance


def prov(field: str, value: str, confidence: Confidence = "high", quote: str | None = None) -> Provenance:
    """A provenance entry whose quote is the value itself unless given."""
    text = quote if quote is not None else value
    return Provenance(field, value, text, "abstract", 0, len(text), "test rule", confidence)


def row(study_id: str | None, **values: object) -> EvidenceRow:
    """A row with the required fields filled (unless overridden) and high-confidence provenance."""
    data: dict[str, object] = {"study_id": study_id, "title": f"Title of {study_id}", "source_file": "t.txt"}
    data.update(values)
    entries = tuple(
        prov(k, str(v)) for k, v in data.items() if v is not None and k not in {"study_id", "source_file"}
    )
    return EvidenceRow(values=data, provenance=entries)


def with_low(r: EvidenceRow, field: str, quote: str) -> EvidenceRow:
    """The same row with one field's provenance at low confidence and a given quote."""
    others = tuple(p for p in r.provenance if p.field != field)
    return EvidenceRow(values=r.values, provenance=(*others, prov(field, str(r.values[field]), "low", quote)))
