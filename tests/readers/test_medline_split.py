"""`medline._split_records` reads a record's tag lines with one regex: it must group lines as the
line-by-line rule does (a record per PMID line; an indented or untagged line continues the value
before it; blank lines skipped)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers.medline import _split_records

TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) ?- ?(.*)$")


def line_by_line(text: str) -> Iterator[dict[str, list[str]]]:
    """The rule as a loop over lines (the reader's first implementation)."""
    fields: dict[str, list[str]] | None = None
    last: str | None = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        m = TAG_LINE.match(line) if not line[0].isspace() else None
        if m:
            if m.group(1) == "PMID":
                if fields is not None:
                    yield fields
                fields = {}
            if fields is None:
                fields = {}
            fields.setdefault(m.group(1), []).append(m.group(2).strip())
            last = m.group(1)
        elif fields is not None and last is not None:
            fields[last][-1] = f"{fields[last][-1]} {line.strip()}"
    if fields is not None:
        yield fields


LINES = st.sampled_from(
    [
        *["PMID- 1", "PMID - 2", "PMID-3", "PMIDX- 4", "AU - Roe J", "AU -", "TI - A trial", "AB - "],
        *[" continued", "  more words ", "\tindented", "\u00a0odd space", "untagged line", "Xy - no", ""],
        *[" ", "\r", "ab - lower", "AB1- digits", "ABCDE- long", "MH - x"],
    ]
)


@settings(max_examples=1000, deadline=None, derandomize=True, database=None)
@given(st.lists(LINES, max_size=14), st.sampled_from(["", "\n", "\n\n"]))
def test_split_records_groups_lines_as_the_line_rule_does(lines: list[str], end: str) -> None:
    text = "\n".join(lines) + end
    assert list(_split_records(text)) == list(line_by_line(text))


def test_a_wrapped_abstract_is_one_value_and_each_pmid_starts_a_record() -> None:
    text = "PMID- 1\nAB - First line\n      second line\n\nAU - Roe J\nAU - Poe K\nPMID- 2\nTI - T\n"
    assert list(_split_records(text)) == [
        {"PMID": ["1"], "AB": ["First line second line"], "AU": ["Roe J", "Poe K"]},
        {"PMID": ["2"], "TI": ["T"]},
    ]
