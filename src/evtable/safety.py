"""Making untrusted text safe to put in spreadsheets (OWASP "CSV injection", XML 1.0 limits).

Evidence tables are built from text written by strangers and opened in programs
that execute formulas. Every writer passes text cells through these functions.
"""

from __future__ import annotations

import re

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

    A negative number such as ``-0.5`` is data, not a formula, and is kept as is.
    """
    if isinstance(value, str) and is_formula_like(value) and not _is_number(value):
        return CSV_ESCAPE + value
    return value


def raw_csv_value(value: str) -> str:
    """Undo `neutralise_csv` for a value read back from an evtable CSV."""
    if value.startswith(CSV_ESCAPE) and is_formula_like(value[1:]) and not _is_number(value[1:]):
        return value[1:]
    return value


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
