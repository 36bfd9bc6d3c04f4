"""Shared test helpers: repository paths and the development corpus (read in place, never copied)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from evtable.evaluate.conclusion import ConclusionCase

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def corpus_path() -> Path:
    """Where the shared corpus lives: $EVTABLE_CORPUS, else ../shared/corpus beside the repo."""
    return Path(os.environ.get("EVTABLE_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder; tests needing it are skipped, with the reason, where it is absent."""
    path = corpus_path()
    if not path.is_dir():
        pytest.skip(f"development corpus not found at {path} (set EVTABLE_CORPUS to its folder)")
    return path


@pytest.fixture(scope="session")
def seed_rows() -> dict[str, dict[str, object]]:
    """The seeds' extracted rows keyed by study_id (built once per session)."""
    from evtable.pipeline import build_table

    result = build_table([SEEDS])
    return {str(r.values["study_id"]): r.values for r in result.rows}


def structured_case(pmid: str, title: str, abstract: str) -> ConclusionCase:
    """A conclusion case from a structured abstract written inline ("CONCLUSIONS: ..."), as the
    corpus's PubMed XML gives them (the tests write their own in that shape)."""
    from evtable.evaluate.conclusion import conclusion_cases
    from evtable.models import Record
    from evtable.readers.sections import parse_structured

    text, sections = parse_structured(abstract)
    record = Record(
        source_file="x", format="pubmed-xml", pmid=pmid, title=title, abstract=text, sections=sections
    )
    return conclusion_cases([record])[0]
