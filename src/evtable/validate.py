"""Validate evidence rows against the schema, lazily: every failure at once, as data.

The pandera schema is generated from the Frictionless schema file, so a new
column or allowed value needs no code change. Failures come back as a list of
`Failure` (row, column, value, rule, message) for printing as a table or JSON.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import cache
from itertools import chain
from typing import TYPE_CHECKING, Any

from evtable.schema import Column, TableSchema, load_schema

if TYPE_CHECKING:
    import pandas as pd
    import pandera.pandas as pa

#: Spreadsheet row of the first data row (row 1 holds the header).
FIRST_DATA_ROW = 2
#: Whether pandera may load its data-synthesis strategies (see `lighten_pandera`).
_pandera_strategies = True
#: The module whose loading, at the first validation, finishes pandera's set-up.
_PANDAS_BACKEND = "pandera.backends.pandas.builtin_checks"


def lighten_pandera() -> None:
    """Have pandera's first import in this process skip its data-synthesis strategies.

    pandera loads them whenever hypothesis is installed (it is, with the test
    extra), which costs ~0.25 s of a 1.5 s build; evtable only validates. The
    command line calls this; a notebook keeps pandera's strategies. A setting
    rather than an import, so that a build still loads pandera only for a batch
    its plain checks are in doubt about (`plainly_valid`).
    """
    global _pandera_strategies
    _pandera_strategies = False


@contextmanager
def _loading_pandera() -> Iterator[None]:
    """Block hypothesis while pandera loads, after `lighten_pandera`.

    pandera reaches for its strategies twice: at import, and at the first
    validation, which registers its pandas backend and that backend's built-in
    checks. A None entry in sys.modules makes its ``import hypothesis`` fail
    fast; once the backend is loaded, nothing is blocked any more.
    """
    block = not (_pandera_strategies or "hypothesis" in sys.modules or _PANDAS_BACKEND in sys.modules)
    if block:
        sys.modules["hypothesis"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if block:
            sys.modules.pop("hypothesis", None)


@dataclass(frozen=True, slots=True)
class Failure:
    """One broken rule: where (row as a spreadsheet/CSV line number, column) and what."""

    row: int | None
    column: str | None
    value: str | None
    rule: str
    message: str
    sheet: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ValidationReport:
    """All failures of one table; ``ok`` when there are none."""

    failures: list[Failure]
    rows: int

    @property
    def ok(self) -> bool:
        return not self.failures


def _is_int(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


def element_checks(column: Column) -> list[tuple[str, Callable[[object], bool]]]:
    """The schema's value checks of one column, as (rule name, test of one normalised value).

    `pandera_schema` runs each as a pandera check over the column (``Series.map``);
    `plainly_valid` runs the same tests without pandas. A missing value (None) passes
    every test: only ``required`` rejects it.
    """
    checks: list[tuple[str, Callable[[object], bool]]] = []
    if column.type == "integer":
        checks.append(("type:integer", _is_int))
    if column.enum:
        allowed = frozenset(column.enum)
        checks.append(("enum", lambda v: v is None or v in allowed))
    if column.pattern:
        rx = re.compile(rf"(?:{column.pattern})\Z")
        checks.append(("pattern", lambda v: v is None or (isinstance(v, str) and bool(rx.match(v)))))
    if column.minimum is not None:
        low = column.minimum
        checks.append(("minimum", lambda v: not isinstance(v, int) or v >= low))
    if column.maximum is not None:
        high = column.maximum
        checks.append(("maximum", lambda v: not isinstance(v, int) or v <= high))
    return checks


@cache
def pandera_schema(schema: TableSchema | None = None) -> pa.DataFrameSchema:
    """Build the pandera DataFrameSchema from the Frictionless field definitions."""
    with _loading_pandera():
        import pandera.pandas as pa

    schema = schema or load_schema()
    columns = {}
    for c in schema.columns:
        checks = [pa.Check(lambda s, test=test: s.map(test), name=name) for name, test in element_checks(c)]
        columns[c.name] = pa.Column(None, checks, nullable=not c.required, unique=c.unique, required=True)
    return pa.DataFrameSchema(columns, strict=True, ordered=True)


#: The value types `plainly_valid` decides on; a row holding any other goes to pandera.
_PLAIN_TYPES = frozenset({str, int, type(None)})


@cache
def _plain_columns(
    schema: TableSchema,
) -> list[tuple[str, bool, bool, bool, list[Callable[[object], bool]]]]:
    """The columns `plainly_valid` looks at: (name, integer, required, unique, tests); columns
    with no rule at all are left out (pandera finds nothing wrong with any value in them)."""
    out = []
    for c in schema.columns:
        tests = [test for _, test in element_checks(c)]
        if c.required or c.unique or tests:
            out.append((c.name, c.type == "integer", c.required, c.unique, tests))
    return out


def plainly_valid(rows: Sequence[Mapping[str, object]], schema: TableSchema | None = None) -> bool:
    """True only when `validate_frame` of ``to_frame(rows, schema)`` would find no failure.

    The same tests as `pandera_schema`'s (`element_checks`, ``required``,
    ``unique``) on the values as `evtable.table.normalise_frame` makes them,
    without building a frame or loading pandas: a build's rows almost
    always pass, and importing pandas and pandera for that (~0.6 s) and
    validating every batch with them cost ~4% of a one-core build. False
    when in any doubt (a value of another type than text, a whole number or
    None; a repeated value in a unique column; any failed test): the caller
    then validates with pandera, which reports the failures. The frame's
    columns are the schema's, in order, by construction (`to_frame`), so
    pandera's column rules cannot fail either.
    """
    from evtable.table import _as_int, _blank_to_none

    schema = schema or load_schema()
    if not _PLAIN_TYPES.issuperset(map(type, chain.from_iterable(r.values() for r in rows))):
        return False
    for name, integer, required, unique, tests in _plain_columns(schema):
        column = [r.get(name) for r in rows]
        distinct = set(column)
        normal = {_as_int(_blank_to_none(v)) if integer else _blank_to_none(v) for v in distinct}
        if unique and not len(column) == len(distinct) == len(normal):
            return False
        if required and None in normal:
            return False
        for test in tests:
            if not all(map(test, normal)):
                return False
    return True


_RULE_NAMES = {"not_nullable": "required", "field_uniqueness": "unique", "column_in_dataframe": "missing column",
               "column_in_schema": "unknown column", "column_ordered": "column order"}  # fmt: skip


def validate_frame(
    frame: pd.DataFrame, schema: TableSchema | None = None, *, sheet: str | None = None
) -> ValidationReport:
    """Check a normalised frame (see `evtable.table`) against the schema, collecting every failure."""
    with _loading_pandera():
        import pandera.errors as pe

        try:
            pandera_schema(schema).validate(frame, lazy=True)
        except pe.SchemaErrors as exc:
            return ValidationReport(
                _failures(exc.failure_cases, frame, schema or load_schema(), sheet), len(frame)
            )
    return ValidationReport([], len(frame))


def _failures(
    cases: pd.DataFrame, frame: pd.DataFrame, schema: TableSchema, sheet: str | None
) -> list[Failure]:
    out: list[Failure] = []
    for case in cases.to_dict("records"):
        check = str(case.get("check"))
        column = case.get("column")
        index = case.get("index")
        value = case.get("failure_case")
        if check.startswith("column_in_dataframe") or check.startswith("column_in_schema"):
            column, index = value, None
        rule = _RULE_NAMES.get(check.split("(")[0], check.split("(")[0])
        row = int(index) + FIRST_DATA_ROW if index is not None and str(index).isdigit() else None
        message = _message(rule, column, value, schema)
        if rule == "column order":
            message, column, value = "columns are not in the schema's order", None, None
        out.append(Failure(row, column, None if value is None else str(value), rule, message, sheet))
    out.sort(key=lambda f: (f.row or 0, f.column or ""))
    return _dedupe(out)


def _dedupe(failures: list[Failure]) -> list[Failure]:
    seen = set()
    out = []
    for f in failures:
        key = (f.row, f.column, f.rule)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _message(rule: str, column: Any, value: Any, schema: TableSchema) -> str:
    try:
        col = schema.column(str(column))
    except KeyError:
        col = None
    if rule == "enum" and col and col.enum:
        return f"{value!r} is not an allowed {column}; allowed: {', '.join(col.enum)}"
    if rule == "pattern" and col:
        return f"{value!r} is not a valid {col.title}"
    if rule == "required":
        return f"{column} is required"
    if rule == "unique":
        return f"{value!r} appears more than once in {column}"
    if rule == "type:integer":
        return f"{value!r} is not a whole number"
    if rule in {"minimum", "maximum"} and col:
        bound = col.minimum if rule == "minimum" else col.maximum
        return f"{value!r} is {'below' if rule == 'minimum' else 'above'} {bound}"
    if rule == "missing column":
        return f"column {value!r} is missing"
    if rule == "unknown column":
        return f"column {value!r} is not in the schema"
    return f"{rule} failed for {value!r}"


def validate_table(rows: list[dict[str, object]], schema: TableSchema | None = None) -> ValidationReport:
    """Validate rows (dicts keyed by field name), as `build` does before writing."""
    from evtable.table import to_frame

    return validate_frame(to_frame(rows, schema), schema)
