"""`parse_structured` finds labels by trying the label patterns only where a match can start
(`_line_labels`, `_inline_labels`): it must find exactly what the patterns' own ``finditer`` finds.
`join_sections` leaves a single-spaced body as it is (`_single_spaced`): it must give what
splitting and joining it gives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers.sections import _INLINE_LABEL, _LINE_LABEL, _inline_labels, _line_labels, _single_spaced


def _finditer(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def _same(text: str) -> None:
    assert _line_labels(text) == _finditer(_LINE_LABEL, text), text
    assert _inline_labels(text) == _finditer(_INLINE_LABEL, text), text


#: Our own wording: labels at the start, after each kind of sentence end and space, after a word
#: or a comma (not labels then), inside longer labels, across lines, in lower case, at the end.
TEXTS = [
    "BACKGROUND: Pain is common. METHODS: We did a trial. RESULTS: It worked. CONCLUSIONS: Good.",
    "Objective: to test.\nMethods - a trial\n\n  Results. fine\nConclusion: yes\n",
    "x METHODS: not a label here. MAIN RESULTS: one. (see RESULTS: two) RESULTS:  three",
    "DESIGN, SETTING, AND PARTICIPANTS: cohort? RESULTS:\tone! CONCLUSIONS AND RELEVANCE:\u00a0ok",
    "AUTHORS' CONCLUSIONS: done.] METHODS: x.) RESULTS: y.\u2003RESULTS: z",
    "METHODSMETHODS: a. RESULTSRESULTS: b. RESULTS : c. RESULTS:",
    "\n\n\nMethods:\n\nResults:\n",
    "",
    "no labels at all in this abstract.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_labels_as_the_patterns_on_our_texts(text: str) -> None:
    _same(text)


PIECES = st.sampled_from(
    [
        "METHODS",
        "RESULTS",
        "MAIN ",
        "Methods",
        "results",
        ":",
        " ",
        "  ",
        "\n",
        ". ",
        ") ",
        "]\t",
        "x",
        ".",
        "-",
        "\u00a0",
    ]
)


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(st.lists(PIECES, max_size=14).map("".join))
def test_same_labels_as_the_patterns_on_any_mix(text: str) -> None:
    _same(text)


@pytest.mark.corpus
def test_same_labels_as_the_patterns_on_every_corpus_abstract(corpus: Path) -> None:
    from evtable.readers import read_records

    texts = {
        r.abstract
        for f in read_records([d for d in sorted(corpus.iterdir()) if d.is_dir()])
        for r in f.records
        if r.abstract
    }
    assert len(texts) > 1_000
    for text in texts:
        _same(text)
        _same(" ".join(text.split()))  # as MEDLINE gives it: one line


def test_single_spaced_is_split_and_join_around_every_character() -> None:
    import sys

    for code in range(sys.maxunicode + 1):
        c = chr(code)
        for text in (f"a{c}b", f"{c}a", f"a {c}", c):
            assert _single_spaced(text) == " ".join(text.split()), hex(code)


@settings(max_examples=2000, deadline=None, derandomize=True, database=None)
@given(
    st.text(
        alphabet=st.sampled_from(["a", "é", " ", "\n", "\t", "\xa0", "\u2003", "\x85", "."]),
        max_size=12,
    )
)
def test_single_spaced_is_split_and_join(text: str) -> None:
    assert _single_spaced(text) == " ".join(text.split())
