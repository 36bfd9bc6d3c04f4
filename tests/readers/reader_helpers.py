"""Helpers shared by the reader tests: read one fixture, fold text for cross-format comparison."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.readers import read_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def read_all(path: Path) -> tuple[list[Record], list[ReaderError]]:
    """Records and errors of one file, through the registry (so detection is tested too)."""
    result = read_file(path)
    return result.records, result.errors


#: Letters NFKD does not decompose, written as NLM's ASCII MEDLINE text writes them.
ASCII_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})


def fold(text: str | None) -> str:
    """Case, accents, brackets, punctuation and spacing folded: only the words are compared.

    MEDLINE text is ASCII-fied by NLM ("Guerin", "(R)", "+/-"), XML keeps Unicode
    ("Guérin", "®", "±"), so the comparison keeps letters and digits only.
    """
    if not text:
        return ""
    text = text.replace("+/-", "±").replace("®", "(R)").replace("</=", "≤").replace(">/=", "≥")
    text = unicodedata.normalize("NFKD", text.casefold()).translate(ASCII_LETTERS)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())
