"""What every reader shares: the `Source` it is handed and the `Reader` protocol.

A reader turns one file's content into records. It yields a `ReaderError`
(instead of raising) for a broken record inside a multi-record file, so one bad
record never costs the reviewer the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Protocol

from evtable.errors import ReaderError
from evtable.models import Record
from evtable.text import decode_bytes, normalize


@dataclass
class Source:
    """One input file's bytes, decoded lazily (XML readers want the bytes, the rest text)."""

    path: Path
    data: bytes
    encoding: str | None = None
    label: str | None = None
    sha256: str | None = None

    @property
    def name(self) -> str:
        """How records and errors name this file (see `iter_input_files`)."""
        return self.label or str(self.path)

    @cached_property
    def text(self) -> str:
        """The decoded, normalised text; raises ReaderError when the bytes are not text."""
        try:
            raw, self.encoding = decode_bytes(self.data)
        except UnicodeDecodeError as exc:
            raise ReaderError(self.name, f"not a text file ({exc.reason})") from None
        return normalize(raw)

    @cached_property
    def head(self) -> str:
        """The first few kilobytes as text, for cheap format detection."""
        try:
            raw, _ = decode_bytes(self.data[:8192])
        except UnicodeDecodeError:
            return ""
        return raw.lstrip("\ufeff").lstrip()


ReadItem = Record | ReaderError


class Reader(Protocol):
    """A format: ``detect`` says whether the content is this format, ``read`` parses it."""

    name: str

    def detect(self, source: Source) -> bool: ...

    def read(self, source: Source) -> Iterator[ReadItem]: ...
