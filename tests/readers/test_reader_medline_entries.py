"""MEDLINE tag lines are found by a pattern that opens with the line break before them
(`_ENTRY_AFTER_BREAK`, searched after a "\\n"): the entries must be those of the ``(?m)^``
pattern (`_ENTRY`) on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers.medline import _ENTRY, _ENTRY_AFTER_BREAK, _chunks


def _same(text: str) -> None:
    assert _ENTRY_AFTER_BREAK.findall("\n" + text) == _ENTRY.findall(text), text


TEXTS = [
    "PMID- 1\nTI  - A title\n      that goes on\nAB  - Text.\n\n      More.\nAU  - Roe J\n",
    "PMID-1\nTI - x\nnot a tag line\n  indented\nXY-\nX - one letter is no tag\nABCDE- five\n",
    "\n\nPMID- 2\n\n\nTI  - after blank lines\n",
    "TI  - no newline at the end",
    "",
    "\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_entries_on_our_texts(text: str) -> None:
    _same(text)


PIECES = st.sampled_from(["PMID", "TI", "AB", "X", "  ", " ", "-", "- ", "\n", "\n\n", "      ", "a", "Q9"])


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(st.lists(PIECES, max_size=16).map("".join))
def test_same_entries_on_any_mix(text: str) -> None:
    _same(text)


@pytest.mark.corpus
def test_same_entries_in_every_corpus_medline_record(corpus: Path) -> None:
    from evtable.text import normalize

    files = sorted(p for p in (corpus / "medline").rglob("*") if p.is_file())
    assert files
    records = 0
    for path in files:
        for chunk in _chunks(normalize(path.read_text(encoding="utf-8", errors="replace"))):
            _same(chunk)
            records += 1
    assert records > 500
