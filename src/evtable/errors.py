"""evtable's exceptions: one base class so callers can catch everything evtable raises on purpose.

Each subclass also inherits the builtin it resembles, so code that already
catches ``ValueError`` or ``OSError`` keeps working.
"""

from __future__ import annotations

from typing import Any


class EvtableError(Exception):
    """Base class of every error evtable raises deliberately."""


class ReaderError(EvtableError, ValueError):
    """An input file (or one record inside it) cannot be read.

    The message is one line that names the file (and record number, when the
    file holds several) and says what is wrong, so the CLI can print it as is.
    """

    def __init__(self, path: str, reason: str, *, record: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.record = record
        where = f"{path} (record {record})" if record is not None else path
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[type[ReaderError], tuple[str, str], dict[str, int | None]]:
        """Rebuild from (path, reason) so errors cross process boundaries (worker pools, Dask)."""
        return (type(self), (self.path, self.reason), {"record": self.record})

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.record = (state or {}).get("record")
        where = f"{self.path} (record {self.record})" if self.record is not None else self.path
        self.args = (f"{where}: {self.reason}",)


class UnsupportedFormatError(ReaderError):
    """No registered reader recognises the file's content."""


class SchemaError(EvtableError, ValueError):
    """The schema file itself is malformed (a developer error, not user input)."""


class OutputError(EvtableError, OSError):
    """An output cannot be written (e.g. it would overwrite an input)."""
