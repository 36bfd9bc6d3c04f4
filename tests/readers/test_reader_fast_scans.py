"""Readers try their label and tag-line patterns only where a match can start: section labels
(`sections._line_labels`, `sections._inline_labels`) and MEDLINE tag lines (`_ENTRY_AFTER_BREAK`,
searched after a "\\n"). Each must find exactly what its reference pattern's own ``finditer`` or
``findall`` finds, on our texts, on generated mixes and on the corpus. `join_sections` leaves a
single-spaced body as it is (`text.single_spaced`): it must give what splitting and joining gives."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers.medline import _ENTRY, _ENTRY_AFTER_BREAK, _chunks
from evtable.readers.sections import _INLINE_LABEL, _LINE_LABEL, _inline_labels, _line_labels
from evtable.text import single_spaced as _single_spaced


def _finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def _same_labels(text: str) -> None:
    assert _line_labels(text) == _finditer(_LINE_LABEL, text), text
    assert _inline_labels(text) == _finditer(_INLINE_LABEL, text), text


def _same_entries(text: str) -> None:
    assert _ENTRY_AFTER_BREAK.findall("\n" + text) == _ENTRY.findall(text), text


#: Each scan: its check against the reference, our own wording, and the pieces generated texts
#: are made of. Labels: at the start, after each kind of sentence end and space, after a word or a
#: comma (not labels then), inside longer labels, across lines, in lower case, at the end. Tag
#: lines: continued, blank lines between, not tags, no newline at the end.
SCANS: dict[str, tuple[Callable[[str], None], list[str], list[str]]] = {
    "labels": (
        _same_labels,
        [
            "BACKGROUND: Pain is common. METHODS: We did a trial. RESULTS: It worked. CONCLUSIONS: Good.",
            "Objective: to test.\nMethods - a trial\n\n  Results. fine\nConclusion: yes\n",
            "x METHODS: not a label here. MAIN RESULTS: one. (see RESULTS: two) RESULTS:  three",
            "DESIGN, SETTING, AND PARTICIPANTS: cohort? RESULTS:\tone! CONCLUSIONS AND RELEVANCE:\u00a0ok",
            "AUTHORS' CONCLUSIONS: done.] METHODS: x.) RESULTS: y.\u2003RESULTS: z",
            "METHODSMETHODS: a. RESULTSRESULTS: b. RESULTS : c. RESULTS:",
            "\n\n\nMethods:\n\nResults:\n",
            "",
            "no labels at all in this abstract.",
        ],
        ["METHODS", "RESULTS", "MAIN ", "Methods", "results", ":", " ", "  ", "\n", ". ", ") ", "]\t", "x", ".",
         "-", "\u00a0"],
    ),
    "MEDLINE tag lines": (
        _same_entries,
        [
            "PMID- 1\nTI  - A title\n      that goes on\nAB  - Text.\n\n      More.\nAU  - Roe J\n",
            "PMID-1\nTI - x\nnot a tag line\n  indented\nXY-\nX - one letter is no tag\nABCDE- five\n",
            "\n\nPMID- 2\n\n\nTI  - after blank lines\n",
            "TI  - no newline at the end",
            "",
            "\n",
        ],
        ["PMID", "TI", "AB", "X", "  ", " ", "-", "- ", "\n", "\n\n", "      ", "a", "Q9"],
    ),
}  # fmt: skip


@pytest.mark.parametrize(
    ("scan", "text"), [(name, t) for name, (_, texts, _) in SCANS.items() for t in texts]
)
def test_same_as_the_reference_on_our_texts(scan: str, text: str) -> None:
    SCANS[scan][0](text)


@pytest.mark.parametrize("scan", SCANS)
def test_same_as_the_reference_on_any_mix(scan: str) -> None:
    check, _, pieces = SCANS[scan]

    @settings(max_examples=2000, deadline=None, derandomize=True, database=None)
    @given(st.lists(st.sampled_from(pieces), max_size=16).map("".join))
    def mixes(text: str) -> None:
        check(text)

    mixes()


@pytest.mark.corpus
def test_same_labels_on_every_corpus_abstract(corpus: Path) -> None:
    from evtable.readers import read_records

    texts = {
        r.abstract
        for f in read_records([d for d in sorted(corpus.iterdir()) if d.is_dir()])
        for r in f.records
        if r.abstract
    }
    assert len(texts) > 1_000
    for text in texts:
        _same_labels(text)
        _same_labels(" ".join(text.split()))  # as MEDLINE gives it: one line


@pytest.mark.corpus
def test_same_entries_in_every_corpus_medline_record(corpus: Path) -> None:
    from evtable.text import normalize

    files = sorted(p for p in (corpus / "medline").rglob("*") if p.is_file())
    assert files
    records = 0
    for path in files:
        for chunk in _chunks(normalize(path.read_text(encoding="utf-8", errors="replace"))):
            _same_entries(chunk)
            records += 1
    assert records > 500


def test_single_spaced_is_split_and_join_around_every_character() -> None:
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        for text in (f"a{c}b", f"{c}a", f"a {c}", c):
            assert _single_spaced(text) == " ".join(text.split()), hex(code)


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(
    st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "\t", "\xa0", "\u2003", "\x85", "."]), max_size=12)
)
def test_single_spaced_is_split_and_join(text: str) -> None:
    assert _single_spaced(text) == " ".join(text.split())
