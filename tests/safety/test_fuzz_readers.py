"""Property: ingest (and extraction) never raise on any input; failures are evtable's own ReaderError.

One strategy per parser builds files in that format's shape (tags, records,
braces, headers, page chrome) with hostile values: control characters,
formula triggers, unbalanced brackets, huge numbers, odd encodings. A
``ReaderError`` collected in the result is a correct answer; any other
exception escaping `read_file` or `extract_rows` is a bug (pin it in
tests/bad_inputs/). The budget is modest here and large in bench/reliability.py
(``EVTABLE_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evtable.errors import ReaderError
from evtable.extract import extract_rows
from evtable.readers import FileResult, read_file

#: Examples per property: small enough for every test run, raised by bench/reliability.py.
FUZZ_EXAMPLES = int(os.environ.get("EVTABLE_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same examples on every run, so CI is deterministic
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: Text that breaks naive parsers: formula triggers, separators, brackets, escapes, controls.
NASTY = [
    "=1+1", "@SUM(A1)", "-", "+", "{", "}", "\\", "\\'{e}", "$", "%", "&amp;", "<b>", "</i>", "]]>", '"', "'",
    ",", ";", "\t", "\x00", "\x1b", "\x0c", "\ufeff", "\u200b", "\ufffd", "ﬁ", "é", "β", "≥", "±", "Ã©",
    "PMID- 1", "ER  -", "TY  - JOUR", "@article{x,", "Abstract", "Conclusions:", "Results:", "N = 0",
    "99999999999999999999", "10.1000/", "doi:", "1,204", "n=-5", "P < .001", "vs.", "et al.", "(", ")",
]  # fmt: skip
_chars = st.characters(blacklist_categories=("Cs",))
_piece = st.one_of(st.text(_chars, max_size=30), st.sampled_from(NASTY))
LINE = st.lists(_piece, max_size=6).map("".join).map(lambda s: s.replace("\n", " ").replace("\r", " "))
TEXT = st.lists(st.one_of(LINE, st.just("\n")), max_size=8).map("".join)


def _ingest(data: bytes, suffix: str) -> FileResult:
    """Read the bytes as a file and extract its records; only ReaderErrors may come back."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_bytes(data)
        result = read_file(path)
        extract_rows(result.records)
    assert all(isinstance(e, ReaderError) for e in result.errors)
    assert all("\n" not in str(e) for e in result.errors), "errors must be one line"
    return result


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])

MEDLINE_TAGS = ["PMID", "TI", "AB", "AU", "FAU", "TA", "JT", "DP", "VI", "IP", "PG", "LID", "AID", "PT", "MH", "LA",
                "OT", "STAT", "XX"]  # fmt: skip


@st.composite
def medline_files(draw: st.DrawFn) -> bytes:
    records = []
    for _ in range(draw(st.integers(1, 3))):
        lines = [f"PMID- {draw(st.integers(0, 10**12))}"]
        for _ in range(draw(st.integers(0, 12))):
            tag = draw(st.sampled_from(MEDLINE_TAGS))
            lines.append(f"{tag:<4}- {draw(LINE)}")
            if draw(st.booleans()):
                lines.append("      " + draw(LINE))  # continuation line
        records.append("\n".join(lines))
    return _encode("\n\n".join(records) + draw(st.sampled_from(["", "\n", "\n\n"])), draw(ENCODINGS))


RIS_TAGS = ["AU", "A1", "TI", "T1", "JO", "JF", "T2", "PY", "Y1", "VL", "IS", "SP", "EP", "DO", "AB", "N2", "KW",
            "UR", "AN", "ID", "ZZ"]  # fmt: skip


@st.composite
def ris_files(draw: st.DrawFn) -> bytes:
    records = []
    for _ in range(draw(st.integers(1, 3))):
        lines = [f"TY  - {draw(st.sampled_from(['JOUR', 'ABST', 'BOOK', 'GEN', '', 'X' * 3]))}"]
        for _ in range(draw(st.integers(0, 12))):
            lines.append(f"{draw(st.sampled_from(RIS_TAGS))}  - {draw(LINE)}")
            if draw(st.integers(0, 5)) == 0:
                lines.append(draw(LINE))  # a wrapped line without a tag
        if draw(st.integers(0, 4)):
            lines.append("ER  - ")
        records.append("\n".join(lines))
    return _encode("\n\n".join(records), draw(ENCODINGS))


BIB_FIELDS = ["title", "author", "journal", "year", "volume", "number", "pages", "doi", "pmid", "abstract",
              "keywords", "note", "month"]  # fmt: skip


@st.composite
def bibtex_files(draw: st.DrawFn) -> bytes:
    entries = []
    for i in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["article", "ARTICLE", "inproceedings", "misc", "string", "comment"]))
        fields = []
        for _ in range(draw(st.integers(0, 8))):
            value = draw(LINE)
            opener, closer = draw(
                st.sampled_from([("{", "}"), ('"', '"'), ("{{", "}}"), ("{", ""), ("", "")])
            )
            fields.append(f"  {draw(st.sampled_from(BIB_FIELDS))} = {opener}{value}{closer}")
        end = draw(st.sampled_from(["\n}", "\n}\n", "", "\n)"]))
        entries.append(f"@{kind}{{key{i},\n" + ",\n".join(fields) + end)
    return _encode("\n\n".join(entries), draw(ENCODINGS))


CSV_HEADERS = ["Title", "Abstract", "Authors", "Author", "Journal", "Year", "DOI", "PMID", "PubMed ID",
               "Publication Year", "Notes", "Covidence #", "title", "ABSTRACT", ""]  # fmt: skip


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(st.sampled_from(CSV_HEADERS), min_size=1, max_size=7))
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=draw(st.sampled_from(["\r\n", "\n"])))
    writer.writerow(header)
    for _ in range(draw(st.integers(0, 4))):
        width = len(header) + draw(st.integers(-2, 2))
        writer.writerow([draw(st.one_of(LINE, TEXT)) for _ in range(max(width, 0))])
    text = out.getvalue()
    if draw(st.booleans()):
        text += draw(LINE)  # a trailing broken row: unbalanced quotes and all
    return _encode(text, draw(ENCODINGS))


PAGE_CHROME = ["PubMed", "Abstract", "Similar articles", "Cited by", "PMID: 17898118", "DOI: 10.1056/NEJMoa070594",
               "Affiliations", "Expand", "Conclusions:", "Results:", "Methods:", "Background:", "Keywords:",
               "Research output: Contribution to journal", "Original language", "Pages (from-to)",
               "Publication status", "N Engl J Med. 2007 Nov 22;357(21):2133-42.", "Copyright ©",
               "<html><body>", "<p>", "</p>", "&nbsp;", "<script>alert(1)</script>"]  # fmt: skip


@st.composite
def pasted_pages(draw: st.DrawFn) -> tuple[bytes, str]:
    lines = draw(st.lists(st.one_of(st.sampled_from(PAGE_CHROME), LINE), max_size=25))
    suffix = draw(st.sampled_from([".txt", ".html", ".htm"]))
    return _encode("\n".join(lines), draw(ENCODINGS)), suffix


@FUZZ
@given(medline_files())
def test_fuzz_medline(data: bytes) -> None:
    _ingest(data, ".nbib")


@FUZZ
@given(ris_files())
def test_fuzz_ris(data: bytes) -> None:
    _ingest(data, ".ris")


@FUZZ
@given(bibtex_files())
def test_fuzz_bibtex(data: bytes) -> None:
    _ingest(data, ".bib")


@FUZZ
@given(csv_files(), st.sampled_from([".csv", ".tsv", ".txt"]))
def test_fuzz_csv(data: bytes, suffix: str) -> None:
    _ingest(data, suffix)


@FUZZ
@given(pasted_pages())
def test_fuzz_pasted_text(page: tuple[bytes, str]) -> None:
    _ingest(*page)


@FUZZ
@given(
    st.binary(max_size=2000), st.sampled_from([".txt", ".xml", ".ris", ".nbib", ".bib", ".csv", ".gz", ""])
)
def test_fuzz_arbitrary_bytes(data: bytes, suffix: str) -> None:
    _ingest(data, suffix)
