"""`plan.folded` (record_key's title and surname folding) equals `dedupe.normalize_title`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from evtable.dedupe import normalize_title
from evtable.engine.plan import folded


def test_every_ascii_character_folds_as_normalize_title() -> None:
    for c in map(chr, range(128)):
        for text in (c, f"a{c}b", f" {c}{c} Z"):
            assert folded(text) == normalize_title(text), repr(text)


def test_titles_fold_as_normalize_title() -> None:
    titles = [None, "", "   ", "Effect of X-ray (CT) on [children]: a RANDOMISED trial.", "O'Brien-Smith",
              "Café au lait spots", "Straße", "ﬁbrosis", "naïve Bayes", "\u00c5ngstr\u00f6m\tunits\x1fx"]  # fmt: skip
    for title in titles:
        assert folded(title) == normalize_title(title), repr(title)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_normalize_title(text: str) -> None:
    assert folded(text) == normalize_title(text)


@given(st.text())
def test_any_text_folds_as_normalize_title(text: str) -> None:
    assert folded(text) == normalize_title(text)
