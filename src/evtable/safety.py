"""Making untrusted text safe to put in spreadsheets (OWASP "CSV injection", XML 1.0 limits).

Evidence tables are built from text written by strangers and opened in programs
that execute formulas. Every writer passes text cells through these functions:
the workbook writes every text as a string cell (never a formula) after
`xml_safe`; the CSV writes `csv_cell(value)`, which drops the same characters
and puts an apostrophe before a formula-like value. `raw_csv_value` undoes the
apostrophe exactly, so ``raw_csv_value(csv_cell(v)) == xml_safe(v)`` for every
text (a property test checks it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

#: Leading characters that make Excel, LibreOffice or Sheets treat a cell as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
#: Prefix that neutralises a formula in CSV; strip one leading apostrophe to get the raw value.
CSV_ESCAPE = "'"
#: Characters XML 1.0 forbids (tab, LF, CR are allowed), plus U+FFFE/U+FFFF and lone surrogates.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Drop characters an xlsx (XML 1.0) cannot hold, so the writer never raises on them."""
    return _XML_ILLEGAL.sub("", text)


def is_formula_like(text: str) -> bool:
    """True when a spreadsheet program would read the text as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def neutralise_csv(value: object) -> object:
    """Prefix formula-like text with an apostrophe for CSV; other values pass unchanged.

    A plain number such as ``-0.5`` is data, not a formula, and is kept as is.
    Text that already starts with apostrophes before a formula trigger gets one
    more, so `raw_csv_value` can always tell an added apostrophe from the data's own.
    """
    if isinstance(value, str) and _needs_escape(value):
        return CSV_ESCAPE + value
    return value


def raw_csv_value(value: str) -> str:
    """Undo `neutralise_csv` for a value read back from an evtable CSV (exactly: one apostrophe)."""
    if value.startswith(CSV_ESCAPE) and _needs_escape(value[1:]):
        return value[1:]
    return value


def clean_text(value: object) -> object:
    """`xml_safe` for text, other values unchanged: what every writer applies to a cell first."""
    return xml_safe(value) if isinstance(value, str) else value


def csv_cell(value: object) -> object:
    """A value as the CSV writes it: forbidden characters dropped, formula-like text neutralised.

    The same characters as in the workbook are dropped, so the CSV and the
    xlsx hold the same text (lone surrogates could not be encoded as UTF-8 anyway).
    """
    if not isinstance(value, str):
        return value
    # The common case first: one scan for a forbidden character, one look at the first one.
    if _XML_ILLEGAL.search(value) is not None:
        value = _XML_ILLEGAL.sub("", value)
    if value.startswith(_ESCAPE_STARTS) and _needs_escape(value):
        return CSV_ESCAPE + value
    return value


def csv_cells(values: Iterable[object]) -> list[object]:
    """One CSV line's cells: `csv_cell` of each value, and "" for None.

    The forbidden-character scan runs once over the line's text instead of once
    per cell (a cell holds one none the less when the line does not); the
    line's cells are then only looked at for a formula-like start. Writing the
    CSVs was ~10% of a build's time, most of it these per-cell calls.
    """
    cells = ["" if v is None else v for v in values]
    if _XML_ILLEGAL.search("\n".join([c for c in cells if isinstance(c, str)])) is not None:
        return [csv_cell(c) for c in cells]
    return [
        CSV_ESCAPE + c if isinstance(c, str) and c.startswith(_ESCAPE_STARTS) and _needs_escape(c) else c
        for c in cells
    ]


def csv_lines(lines: list[Sequence[object]]) -> list[Sequence[object]]:
    """`csv_cells` of many lines, for ``csv.writer.writerows``: the lines themselves when no cell
    needs a change.

    Almost no line of a provenance file needs one, and calling `csv_cells` on
    each of its lines was over half the time of writing them. The text cells of
    all the lines are scanned once, for a forbidden character and for a cell
    that starts like a formula (every cell starts the joined text or follows a
    newline there); only when either is found does each line go through
    `csv_cells`. A missing value stays None, which ``csv.writer`` writes as the
    empty cell that `csv_cells` gives it.
    """
    text = "\n".join([c for line in lines for c in line if isinstance(c, str)])
    if (
        _XML_ILLEGAL.search(text) is None
        and not text.startswith(_ESCAPE_STARTS)
        and _CELL_START.search(text) is None
    ):
        return lines
    return [csv_cells(line) for line in lines]


#: The first characters of a text `_needs_escape` can be true for (a trigger, or the apostrophe).
_ESCAPE_STARTS = (*FORMULA_TRIGGERS, CSV_ESCAPE)
#: A cell of `csv_lines`' joined text, after the first, that starts with one of `_ESCAPE_STARTS`.
_CELL_START = re.compile(r"\n[" + re.escape("".join(_ESCAPE_STARTS)) + "]")


def _needs_escape(text: str) -> bool:
    bare = text.lstrip(CSV_ESCAPE)
    return is_formula_like(bare) and not _NUMBER.fullmatch(bare)


#: A plain decimal number ("-0.5", "+12", "1e-3"): what a spreadsheet reads as a number, never a
#: formula. Stricter than float(), which also accepts "-inf", "nan" and "1_000".
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")

#: OOXML's escape for characters XML cannot hold ("_x000D_" is a carriage return, "_x005F_" a literal "_").
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def ooxml_unescape(text: str) -> str:
    """Decode the ``_xHHHH_`` escapes a workbook writer used for control characters and literal "_x".

    openpyxl leaves them in inline strings (xlsxwriter writes "a_x000D_b" for
    "a\\rb" and "_x005F_x0041_" for the literal text "_x0041_"), so a value read
    back would not equal the value written. Only escapes of control characters
    and of "_" are decoded, in one left-to-right pass, which is exact for
    evtable's own workbooks and leaves ordinary text such as "_x0041_" alone
    when openpyxl already removed its "_x005F_" guard (shared strings).
    """
    if "_x" not in text:
        return text
    return _OOXML_ESCAPE.sub(_unescape_one, text)


def _unescape_one(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    return chr(code) if code < 0x20 or code == 0x5F else match.group(0)
