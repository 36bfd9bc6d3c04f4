"""Rows on disk between the pipeline's passes, so memory does not grow with the record count.

A build has to see every record before it can name studies (the a/b suffixes)
and merge duplicates, but it must not hold 100,000 rows in memory to do so.
Rows are pickled to a temporary folder one batch per file; `SpooledRows`
reads them back lazily as a `Sequence`, so writers that iterate rows (the
CSV and the workbook) stream from disk.
"""

from __future__ import annotations

import bisect
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from evtable.models import EvidenceRow, Provenance, Record

T = TypeVar("T")
U = TypeVar("U")


class Spool:
    """A temporary folder of pickled row batches, in order; delete it with `close`."""

    def __init__(self, parent: str | Path | None = None) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="evtable-spool-", dir=parent))
        self.paths: list[Path] = []
        self.counts: list[int] = []
        #: Where each batch written by `append` ends its rows' own data (see `data_bytes`).
        self.data_ends: dict[int, int] = {}
        self._named = 0

    def append(self, rows: list[EvidenceRow]) -> int:
        """Store one batch; returns its index."""
        path = self.new_path()
        end = write_batch(path, rows)
        index = self.adopt(path, len(rows))
        self.data_ends[index] = end
        return index

    def data_bytes(self, index: int) -> bytes:
        """A batch as `load_data` reads it, for a worker that cannot read this disk (Dask).

        The records, about half of a batch's bytes, are left out where `append` noted
        where they start: a pass-2 task never reads them.
        """
        with self.paths[index].open("rb") as fh:
            return fh.read(self.data_ends.get(index, -1))

    def new_path(self) -> Path:
        """A fresh batch file name in the folder (a worker process may write it, see `adopt`)."""
        self._named += 1
        return self.dir / f"batch-{self._named:06d}.pickle"

    def adopt(self, path: Path, count: int) -> int:
        """Take ``path`` (of `new_path`, written by `write_batch`) as the next batch; returns its index."""
        self.paths.append(path)
        self.counts.append(count)
        return len(self.paths) - 1

    def load(self, index: int) -> list[EvidenceRow]:
        return load_batch(self.paths[index])

    def __len__(self) -> int:
        return sum(self.counts)

    def batches(self) -> Iterator[list[EvidenceRow]]:
        for i in range(len(self.paths)):
            yield self.load(i)

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def write_batch(path: Path, rows: list[EvidenceRow]) -> int:
    """Pickle one batch of rows to ``path`` (the spool's file format); returns the length
    of the first pickle, the rows' own data.

    Two pickles, one after the other (one memo, so text shared by a row and
    its record is stored once): first each row's own data with its provenance
    as plain tuples (`RowData`), then the rows' records. The second pass of a
    build reads only the first (`load_data`): it never needs the records, and
    no `Provenance` object has to be made to write a provenance line. Pickling
    every entry and record through its ``__reduce__``, and making them again
    on loading, was most of the spool's cost (~1.1 s of a 20,000-record build).
    """
    data: list[RowData | EvidenceRow] = []
    records: list[Record | None] = []
    for row in rows:
        if type(row) is EvidenceRow and all(type(p) is Provenance for p in row.provenance):
            data.append(row_data(row))
            records.append(row.record)
        else:  # a subclass (a caller's own rows): stored whole
            data.append(row)
            records.append(None)
    with path.open("wb") as fh:
        pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dump(data)
        end = fh.tell()
        pickler.dump(records)
    return end


def load_batch(path: Path) -> list[EvidenceRow]:
    """The rows `write_batch` stored in ``path``."""
    with path.open("rb") as fh:
        unpickler = pickle.Unpickler(fh)
        data: list[RowData | EvidenceRow] = unpickler.load()
        records: list[Record | None] = unpickler.load()
    return [
        d
        if isinstance(d, EvidenceRow)
        else EvidenceRow(d[0], tuple(Provenance(*p) for p in d[1]), record, d[2], d[3])
        for d, record in zip(data, records, strict=True)
    ]


def load_data(source: Path | bytes) -> list[RowData]:
    """The rows `write_batch` stored in ``source`` (the file, or its bytes) as `RowData`, without
    their records."""
    data: list[RowData | EvidenceRow]
    if isinstance(source, bytes):
        data = pickle.loads(source)
    else:
        with source.open("rb") as fh:
            data = pickle.Unpickler(fh).load()
    return [row_data(d) if isinstance(d, EvidenceRow) else d for d in data]


#: A row as the spool keeps it: (values, each provenance entry's `provenance_fields`, status,
#: machine values); its record is stored apart.
RowData = tuple[dict[str, object], tuple[tuple[Any, ...], ...], dict[str, str], dict[str, object]]
#: A `Provenance` entry's fields in order (its class's ``__slots__``, which are also
#: provenance.csv's columns after the study ID): ``Provenance(*provenance_fields(p)) == p``.
provenance_fields: Callable[[Provenance], tuple[Any, ...]] = attrgetter(*Provenance.__slots__)


def row_data(row: EvidenceRow) -> RowData:
    """``row`` as `RowData`."""
    return row.values, tuple(map(provenance_fields, row.provenance)), row.status, row.machine_values


class SpooledRows(Sequence[EvidenceRow]):
    """A read-only, disk-backed sequence of rows (of all batches, or the given ones), read a batch at a time.

    Random access (``rows[i]``) loads the batch holding row ``i`` and keeps the
    last batch loaded, so sequential indexing is cheap too.
    """

    def __init__(self, spool: Spool, batches: Sequence[int] | None = None) -> None:
        self._spool = spool
        self._batches = list(range(len(spool.paths)) if batches is None else batches)
        self._starts: list[int] = []
        total = 0
        for b in self._batches:
            self._starts.append(total)
            total += spool.counts[b]
        self._len = total
        self._cached: tuple[int, list[EvidenceRow]] | None = None

    def __len__(self) -> int:
        return self._len

    def __iter__(self) -> Iterator[EvidenceRow]:
        for b in self._batches:
            yield from self._spool.load(b)

    @overload
    def __getitem__(self, index: int) -> EvidenceRow: ...

    @overload
    def __getitem__(self, index: slice) -> list[EvidenceRow]: ...

    def __getitem__(self, index: int | slice) -> EvidenceRow | list[EvidenceRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._len))]
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        k = bisect.bisect_right(self._starts, index) - 1
        if self._cached is None or self._cached[0] != k:
            self._cached = (k, self._spool.load(self._batches[k]))
        return self._cached[1][index - self._starts[k]]


class MappedSequence(Sequence[U], Generic[T, U]):
    """A lazy ``map`` that still has a length: ``records`` as a view of the spooled rows."""

    def __init__(self, items: Sequence[T], fn: Callable[[T], U]) -> None:
        self._items = items
        self._fn = fn

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[U]:
        return (self._fn(x) for x in self._items)

    @overload
    def __getitem__(self, index: int) -> U: ...

    @overload
    def __getitem__(self, index: slice) -> list[U]: ...

    def __getitem__(self, index: int | slice) -> U | list[U]:
        if isinstance(index, slice):
            return [self._fn(x) for x in self._items[index]]
        return self._fn(self._items[index])


def row_record(row: EvidenceRow) -> Record:
    """The record a row was extracted from (every row built by the engine has one)."""
    assert row.record is not None
    return row.record
