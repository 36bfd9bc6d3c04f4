"""Build records for rule tests: a title and an abstract, as a reader would hand them over."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

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


def corpus_records(corpus: Path) -> Iterator[Record]:
    """The records of the corpus's database exports, read in place."""
    from evtable.readers import read_records

    dirs = [corpus / d for d in ("medline", "pubmed_xml", "ris", "bibtex")]
    for result in read_records([d for d in dirs if d.is_dir()]):
        yield from result.records


def corpus_sentences(corpus: Path) -> Iterator[str]:
    """Every title and sentence of those records, as the extractors see them (gate tests)."""
    for record in corpus_records(corpus):
        doc = Document(record)
        if doc.title:
            yield doc.title
        yield from (z.text for z in doc.sentences)


def check_corpus_sentences(corpus: Path, check: Callable[[str], None]) -> None:
    """Run ``check`` on every `corpus_sentences` text; the corpus must have given plenty."""
    checked = 0
    for text in corpus_sentences(corpus):
        check(text)
        checked += 1
    assert checked > 10_000
