"""Build records for rule tests: a title and an abstract, as a reader would hand them over."""

from __future__ import annotations

from evtable.extract.zones import Document
from evtable.models import Record
from evtable.readers.sections import parse_structured


def doc(abstract: str, title: str = "", *, pts: tuple[str, ...] = (), mesh: tuple[str, ...] = ()) -> Document:
    """A Document for a MEDLINE-like record; inline section labels become sections."""
    text, sections = parse_structured(abstract)
    record = Record(
        source_file="test", format="medline", title=title, abstract=text, sections=sections,
        publication_types=pts, mesh_terms=mesh,
    )  # fmt: skip
    return Document(record)
