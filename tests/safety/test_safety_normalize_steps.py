"""`normalize` skips the steps that cannot change a text: it must give what running every step gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from evtable import text as text_module
from evtable.text import normalize


def every_step(text: str) -> str:
    """The rule written out step by step, each step over the whole text (the old implementation)."""
    text = unicodedata.normalize("NFC", text).translate(text_module._TRANSLATE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text_module._CONTROL.sub("", text)
    return re.sub(r"[ \t]{2,}|\t", " ", text)


#: Every character class a step looks at: folded spaces, invisibles, ligatures, controls (ASCII
#: and not), line ends, tabs, combining marks, surrogates, plus plain text around them.
ALPHABET = st.sampled_from(
    [
        *"ab .\n\r\t",
        *["  ", "\r\n", "\x00", "\x01", "\x0b", "\x0c", "\x1f", "\x7f", "\ufffe", "\ud800"],
        *["\u00a0", "\u2009", "\u3000", "\u200b", "\u00ad", "\ufeff", "ﬁ", "ﬃ", "e\u0301", "é", "μ"],
    ]
)


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_normalize_equals_every_step(sample: str) -> None:
    assert normalize(sample) == every_step(text_module.repair_mojibake(sample))


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=40))
def test_normalize_equals_every_step_on_any_text(sample: str) -> None:
    assert normalize(sample) == every_step(text_module.repair_mojibake(sample))


def test_an_ascii_medline_line_keeps_its_words_and_loses_its_padding() -> None:
    assert normalize("AU  - Weber DM\n      continued\tline\x07\r\n") == "AU - Weber DM\n continued line\n"
