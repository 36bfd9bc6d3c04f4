"""Text hygiene shared by every reader: decoding, Unicode normalisation, sentence splitting.

Records arrive in every encoding reviewers' tools produce; extraction must see
one clean, NFC-normalised text whatever the input, or offsets and lexicons
drift apart between formats.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

#: Presentation forms that NFC keeps but that break word matching.
_LIGATURES = {"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"}
#: Space-like characters folded to a plain space (NBSP, narrow NBSP, thin spaces ...).
_SPACES = "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u205f\u3000"
#: Invisible characters removed outright (zero-width, soft hyphen, BOM).
_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_TRANSLATE = {ord(c): " " for c in _SPACES} | {ord(c): None for c in _INVISIBLE}
_TRANSLATE |= {ord(k): v for k, v in _LIGATURES.items()}
#: Control characters XML 1.0 forbids (tab, LF and CR are allowed).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
#: Typical UTF-8-read-as-cp1252 sequences ("Ã©", "â€™"): a sign of mojibake.
_MOJIBAKE = re.compile(r"(?:Ã[\x80-\xbf©-¿]|â€[\x80-\xbf™œ˜“”•–—]|Â[\xa0-\xbf])")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a file's bytes, returning ``(text, encoding)``.

    BOMs decide first (UTF-8/UTF-16), then strict UTF-8, then
    charset-normalizer's guess, and Windows-1252 as the last resort. Raises
    ``UnicodeDecodeError`` when the bytes are not text at all (the caller turns
    that into a one-line ReaderError).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_like_utf16_without_bom(data):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        return data.decode(codec), codec
    if b"\x00" in data[:4096]:
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "NUL bytes: binary, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding in {"ascii", "latin_1", "iso8859_1"}:
        encoding = "cp1252"  # cp1252 is a superset for printable text and what Windows tools write
    return data.decode(encoding, errors="replace"), encoding


def _looks_like_utf16_without_bom(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    return max(even_nuls, odd_nuls) > 0.4 * half and min(even_nuls, odd_nuls) < 0.05 * half


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Windows-1252 (``CafÃ©`` -> ``Café``), when sure.

    Applied only when tell-tale sequences are present and the round trip
    decodes cleanly; otherwise the text is returned unchanged. ASCII text has
    none (every tell-tale starts with Ã, â or Â), and is not searched.
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def normalize(text: str) -> str:
    """NFC, ligatures split, exotic spaces folded, control characters dropped.

    Greek letters, ≥ ≤ ± and smart quotes are kept as the text has them.
    Line breaks are kept (readers rely on them); runs of spaces collapse.
    """
    text = repair_mojibake(text)
    if len(text) <= NORMALIZE_CHUNK_CHARS:
        return _normalize_piece(text)
    return "".join([_normalize_piece(piece) for piece in _line_chunks(text, NORMALIZE_CHUNK_CHARS)])


#: Long texts are normalised in pieces of about this many characters, cut after a line break
#: (every step below is line-local). Whole, a 200 MB file made `re.sub` hold tens of millions of
#: small pieces at once (2.6 GB peak); in 1 MiB pieces it costs about two copies of the text.
NORMALIZE_CHUNK_CHARS = 2**20


#: The characters `_TRANSLATE` changes, as one class: on non-ASCII text a regex finds the few
#: there are ~10x faster than ``str.translate`` looks up every character.
_FOLD = re.compile("[" + re.escape("".join(map(chr, _TRANSLATE))) + "]")
#: `_CONTROL`'s ASCII characters, deleted by ``str.translate`` (its ASCII fast path).
_ASCII_CONTROL = {c: None for c in range(128) if _CONTROL.match(chr(c))}
_SPACES_2 = re.compile("  +")


def _fold(match: re.Match[str]) -> str:
    return _TRANSLATE[ord(match.group())] or ""


def _normalize_piece(text: str) -> str:
    """NFC, folds, line ends, control characters, space runs: in that order.

    Each step skips the text it cannot change (nothing but the control
    characters and space runs can change printable ASCII), because reading a
    MEDLINE file went through each step's regex once per character: the space
    collapse alone was ~10% of a MEDLINE build.
    """
    ascii_only = text.isascii()
    if not ascii_only:
        text = _FOLD.sub(_fold, unicodedata.normalize("NFC", text))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_ASCII_CONTROL) if ascii_only else _CONTROL.sub("", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    return _SPACES_2.sub(" ", text) if "  " in text else text


def _line_chunks(text: str, size: int) -> Iterator[str]:
    """Consecutive pieces of ``text`` of at least ``size`` characters, each ending after a newline."""
    start = 0
    while start < len(text):
        end = text.find("\n", start + size)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


def single_spaced(text: str) -> str:
    """``" ".join(text.split())``, without splitting a text that is single-spaced already.

    Every character ``str.split`` splits at but the space is unprintable (a
    control or a separator), so a printable text without a double, leading or
    trailing space is its own result: most values and bodies, which the readers
    have cleaned once already.
    """
    if text.isprintable() and "  " not in text and not text.startswith(" ") and not text.endswith(" "):
        return text
    return " ".join(text.split())


def clean_inline(text: str | None) -> str | None:
    """Normalise a one-line field value: whitespace collapsed, empty becomes None."""
    if text is None:
        return None
    if text.isascii() and text.isprintable():
        # Nothing for normalize() to do on printable ASCII (no mojibake, NFC, ligatures,
        # exotic spaces or control characters): the fast path most bibliographic fields take.
        return single_spaced(text) or None
    value = " ".join(normalize(text).split())
    return value or None


_TAG = re.compile(r"<[^>]{0,2000}>")


def strip_html(text: str) -> str:
    """Remove tags and decode entities; block-level tags become line breaks."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", text)
    text = re.sub(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr|/section|/article)\b[^>]*>", "\n", text)
    return html.unescape(_TAG.sub("", text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into the text it was split from."""

    start: int
    end: int
    text: str


#: Words after which a full stop does not end a sentence. Units (mg, kg, yr ...) are not
#: here: "The dose was 2.5 mg. Adherence was high." ends a sentence after "mg.".
ABBREVIATIONS = frozenset(
    [
        "vs",
        "v",
        "al",
        "e.g",
        "i.e",
        "etc",
        "fig",
        "figs",
        "no",
        "nos",
        "approx",
        "ca",
        "cf",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "vol",
        "ref",
        "resp",
        "incl",
        "min",
        "max",
        "inc",
        "ltd",
        "co",
        "jr",
        "sr",
        "eq",
    ]
)
_BOUNDARY = re.compile(r"[.!?](?:[\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9α-ωΑ-Ω])")
#: The characters of a word a full stop can close ("al.", "e.g.", "Fig.").
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."


def _word_before_stop(before: str) -> str | None:
    """The word a final full stop closes: what ``([A-Za-z][A-Za-z.]*)\\.$`` captures in ``before``.

    Read from the end, because searching with that regex rescanned the sentence so far at every
    boundary (two fifths of the splitting time): the match is the trailing run of letters and
    dots, from its first letter, less the final stop.
    """
    if not before.endswith("."):
        return None
    return before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")[:-1] or None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences, careful with "vs.", "et al.", "P < .001", decimals.

    Line breaks that end a paragraph also end a sentence. Offsets are into the
    whole ``text``, so provenance built from a sentence points at the source.
    """
    end = len(text) if end is None else end
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+", text[start:end]):
        p_start = start + para.start()
        chunk = para.group()
        cursor = 0
        for m in _BOUNDARY.finditer(chunk):
            word = _word_before_stop(chunk[cursor : m.start() + 1])
            if word and word.lower().rstrip(".") in ABBREVIATIONS:
                continue
            if word and len(word) == 1 and word.isupper():
                continue  # an initial: "Rajkumar S. Vincent"
            _add(sentences, text, p_start + cursor, p_start + m.end())
            cursor = m.end()
        _add(sentences, text, p_start + cursor, p_start + len(chunk))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()  # str.strip drops exactly the characters str.isspace accepts
    if stripped:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(start, start + len(stripped), stripped))
