"""`skip_ahead` may only make a pattern faster: the rewritten pattern must find exactly the same
matches (spans and groups) as the original, on our own texts and on every corpus sentence."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from evtable.extract import Document
from evtable.extract.arms import SHAPES
from evtable.extract.conclusion_model import SENTENCE_CUES, _word_list
from evtable.extract.numbers import N_PATTERNS
from evtable.extract.patterns import (
    ARM_SENTENCE,
    DESIGN_DETAIL_CUES,
    DESIGN_TEXT_CUES,
    GROUP_COUNT,
    HARM_CONTEXT,
    OUTCOME_TERMS,
    PEOPLE,
    STUDY_GROUP,
    STUDY_SIGNS,
)
from evtable.extract.skip_ahead import _branches, folds, rewrite, skip_ahead

#: The patterns the extractors run in their skip-ahead form (the outcome terms as outcomes.py builds them).
USED = [
    *(p for _, p, _, _ in DESIGN_TEXT_CUES),
    *(p for _, p in DESIGN_DETAIL_CUES),
    *(p for _, p in N_PATTERNS),
    *(p for _, p in SENTENCE_CUES),
    *(s.pattern for s in SHAPES),
    GROUP_COUNT,
    STUDY_GROUP,
    ARM_SENTENCE,
    *(re.compile(rf"\b(?:{rx})", re.I) for rx in OUTCOME_TERMS.values()),
    STUDY_SIGNS,
    HARM_CONTEXT,
    re.compile(rf"\b{PEOPLE}\b", re.I),
    *(w.rest for _, p in SENTENCE_CUES if (w := _word_list(p)) is not None and w.rest is not None),
]
REWRITTEN = [p for p in USED if skip_ahead(p) is not p]

#: Our own wording, with the characters that fold to ASCII letters under re.I and words that
#: start inside other words ("xcohort"), at the very start and end of the text.
TEXTS = [
    "Cohort study of 40 patients; a prospective cohort and a xcohort study.",
    "İn a ſeries of twelve cases we report a Kelvin-sign \u212aey case, in one patient.",
    "This randomised, double-blind trial randomly assigned 120 adults to drug or placebo.",
    "compared with placebo, COMPARED TO usual care; Overall survival (OS) and PFS improved.",
    "multicentre, multi-site, open-label phase II study in 3 centres",
    "À propos of twelve patients, à propos de 3 cas: twenty-one centres and eleven sites, not University Hospitals.",
    "We conclude that it may be safe. Further studies are needed.",
    "",
    "a",
]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            r"\b(?:cohort|prospective) study",
            r"(?-i:[CPcp])(?<=\b.)(?:(?<=[cC])ohort|(?<=[pP])rospective) study",
        ),
        (r"\bcase\b|\bseries\b", r"(?-i:[CScsſ])(?<=\b.)(?:(?<=[cC])ase\b|(?<=[sSſ])eries\b)"),
        (
            r"\b(?:(?:in|of) a|one)\b",
            r"(?-i:[IOioİı])(?<=\b.)(?:(?:(?<=[iIİı])n|(?<=[oO])f) a|(?<=[oO])ne)\b",
        ),
        # an optional opening part: "(?:A)?R" is "(?:AR|R)"
        (r"\b(?:(?:the )?x|y)", r"(?-i:[TXYtxy])(?<=\b.)(?:(?:(?:(?<=[tT])he )x|(?<=[xX]))|(?<=[yY]))"),
        # counts: the class consumes the first digit, the quantifier takes one digit fewer
        (r"\b\d+ patients", r"(?-i:[\d])(?<=\b.)(?:(?<=[\d])\d* patients)"),
        (r"\b(?:\d{2,3}|ten) cases", r"(?-i:[T\dt])(?<=\b.)(?:(?<=[\d])\d{1,2}|(?<=[tT])en) cases"),
        # an opening class without letters (or any class without re.I), edge "-" escaped
        (r"\b[0-9-]+x", r"(?-i:[0-9\-])(?<=\b.)(?:(?<=[0-9\-])[0-9\-]*x)"),
        # an opening capturing group keeps its span: the consumed character is inside it
        (r"\b(?P<n>\d+|ten) x", r"(?P<n>(?-i:[T\dt])(?<=\b.)(?:(?<=[\d])\d*|(?<=[tT])en)) x"),
        # top-level alternatives, one without a boundary: each checks its own; an escaped literal
        (r"\bcase|series", r"(?-i:[CScsſ])(?:(?<=\b.)(?<=[cC])ase|(?<=[sSſ])eries)"),
        (r"\bgroups?\b|\(\s*n =", r"(?-i:[G\(g])(?:(?<=\b.)(?<=[gG])roups?\b|(?<=[\(])\s*n =)"),
        # an opening look-behind is checked one character later, taking that character in
        (
            r"\b(?:(?<!and )review|narrative review)",
            r"(?-i:[NRnr])(?<=\b.)(?:(?<!and [\s\S])(?<=[rR])eview|(?<=[nN])arrative review)",
        ),
        # a class of single letters under re.I: their folds
        (r"\b[Pp]\s*<", r"(?-i:[pP])(?<=\b.)(?:(?<=[pP])\s*<)"),
        (r"\b[kx]\d", "(?-i:[kK\u212axX])(?<=\\b.)(?:(?<=[kK\u212axX])\\d)"),  # the Kelvin sign
        # a letter beyond ASCII, with its folds
        (r"\b(?:à propos|about)", r"(?-i:[AaÀà])(?<=\b.)(?:(?<=[àÀ]) propos|(?<=[aA])bout)"),
        # alternatives opening with the same letter share one look-behind, in their order
        (
            r"\b(?:case report|series|case series)\b",
            r"(?-i:[CScsſ])(?<=\b.)(?:(?<=[cC])(?:ase report|ase series)|(?<=[sSſ])eries)\b",
        ),
        (
            r"\b(?:(?:ab|c|ad) x)",
            r"(?-i:[ACac])(?<=\b.)(?:(?:(?<=[aA])(?:b|d)|(?<=[cC])) x)",
        ),
        # ... but never across an alternative of another opening, which keeps its place
        (
            r"\b(?:cat|\d+|cow)",
            r"(?-i:[C\dc])(?<=\b.)(?:(?<=[cC])at|(?<=[\d])\d*|(?<=[cC])ow)",
        ),
    ],
)
def test_rewrites_word_alternatives(source: str, expected: str) -> None:
    assert rewrite(source, True) == expected


def test_alternatives_whose_letters_overlap_keep_their_own_look_behinds() -> None:
    # no letter's folds overlap another's without being the same (so rewrite() never meets
    # this), but a run of such alternatives must not be reordered: "b" would try y before x
    overlapping = [(("a", "b"), "(?<=[ab])x"), (("b", "c"), "(?<=[bc])y"), (("a", "b"), "(?<=[ab])z")]
    assert _branches(overlapping) == "(?<=[ab])x|(?<=[bc])y|(?<=[ab])z"
    apart = [(("a", "b"), "(?<=[ab])x"), (("c",), "(?<=[c])y"), (("a", "b"), "(?<=[ab])z")]
    assert _branches(apart) == "(?<=[ab])(?:x|z)|(?<=[c])y"


def test_rewrites_a_class_of_letters_without_ignore_case() -> None:
    assert rewrite(r"\b[a-z]{3,}ed\b", False) == r"(?-i:[a-z])(?<=\b.)(?:(?<=[a-z])[a-z]{2,}ed\b)"


@pytest.mark.parametrize(
    "source",
    [
        r"\b(ab|cd)?x",  # an optional capturing group
        r"\b(?:the )?trial",  # the opening group itself optional: not split
        r"\b(?:a|b)?x",
        r"\bs?tudy",  # a quantifier on the first letter
        r"\b[a-c] <",  # a range of letters under re.I (it would need their folds)
        r"\b[p\d] <",  # letters beside other items under re.I
        r"\b[^a]x",  # a negated class
        r"\b\w+",  # an escape other than \d
        r"\b\d* x",  # digits that may be none
        r"\b\d{0,2} x",
        r"\b\d+? x",  # a lazy run
        r"\b(?:(?P<a>the )?x|y)",  # an optional part holding a capturing group is not copied
        r"cohort",  # no opening boundary: re already skips to a literal
        r"\bx|(?:\by|z)",  # a \b inside an alternative that checks no boundary of its own
        r"\bx|(?<!a)\by",
    ],
)
def test_leaves_other_shapes_alone(source: str) -> None:
    assert rewrite(source, True) is None
    pattern = re.compile(source, re.I)
    assert skip_ahead(pattern) is pattern


def test_unbalanced_source_is_not_rewritten() -> None:
    assert rewrite(r"\b(?:a|b", True) is None
    assert rewrite(r"\b(?:a|[b)", True) is None


def test_verbose_patterns_are_left_alone() -> None:
    pattern = re.compile(r"\b(?:cohort | series)", re.I | re.X)
    assert skip_ahead(pattern) is pattern


def test_folds_are_those_of_re() -> None:
    """Every character a case-insensitive ASCII letter matches, found by `re` itself."""
    any_letter = re.compile("[a-z]", re.I)
    folding = [chr(i) for i in range(sys.maxunicode + 1) if any_letter.fullmatch(chr(i))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        matched = {c for c in folding if re.fullmatch(letter, c, re.I)}
        assert matched == set(folds(letter, True)), letter
        assert folds(letter, False) == letter


#: Letters beyond ASCII: those the extractors' patterns open alternatives with ("à propos"), and
#: some whose folds are unusual (the Angstrom sign is å, "ß" upper-cases to two letters, "ǅ" is a
#: title case between two others, "µ" folds to Greek mu).
OTHER_LETTERS = "àÀåÅéÉñöüßÿǅµ"


def _opening_letters(source: str) -> set[str]:
    """The letters that open an alternative in ``source`` (after "(", "|" or "\\b")."""
    return {m.group(1) for m in re.finditer(r"(?:^|[(|:]|\\b)([^\W\d_])", source) if not m.group(1).isascii()}


def test_folds_of_other_letters_are_those_of_re() -> None:
    letters = set(OTHER_LETTERS)
    for pattern in REWRITTEN:
        letters |= _opening_letters(pattern.pattern)
    assert "à" in letters  # the case-series cue's "à propos"
    code_points = [chr(i) for i in range(sys.maxunicode + 1)]
    for letter in sorted(letters):
        one = re.compile(re.escape(letter), re.I)
        assert set(folds(letter, True)) == {c for c in code_points if one.fullmatch(c)}, letter
        assert folds(letter, False) == letter


def test_most_patterns_the_extractors_run_are_rewritten() -> None:
    # A change to a pattern's shape can silently lose the rewrite (and its speed): this says so.
    assert len(REWRITTEN) >= 40, len(REWRITTEN)


def _matches(pattern: re.Pattern[str], text: str, pos: int = 0) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text, pos)]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_on_our_texts(text: str) -> None:
    for pattern in REWRITTEN:
        fast = skip_ahead(pattern)
        assert _matches(fast, text) == _matches(pattern, text), pattern.pattern
        for pos in range(0, len(text), 7):
            assert _matches(fast, text, pos) == _matches(pattern, text, pos), (pattern.pattern, pos)


@pytest.mark.corpus
def test_same_matches_on_every_corpus_sentence(corpus: Path) -> None:
    from evtable.readers import read_records

    pairs = [(pattern, skip_ahead(pattern)) for pattern in REWRITTEN]
    texts: set[str] = set()
    for result in read_records([d for d in (corpus / "medline", corpus / "pubmed_xml") if d.is_dir()]):
        for record in result.records:
            doc = Document(record)
            texts.add(doc.title)
            texts.update(z.text for z in doc.sentences)
    assert len(texts) > 5_000
    for text in texts:
        for pattern, fast in pairs:
            assert _matches(fast, text) == _matches(pattern, text), (pattern.pattern, text)
