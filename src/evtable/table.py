"""Rows <-> DataFrame, in the schema's column order and types.

Both `build` (rows it extracted) and `validate` (a CSV or workbook a person
edited) go through `to_frame`/`normalise_frame`, so the checks see the same
shapes whatever the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from evtable.schema import TableSchema, load_schema

if TYPE_CHECKING:
    import pandas as pd


def to_frame(rows: Iterable[Mapping[str, object]], schema: TableSchema | None = None) -> pd.DataFrame:
    """A DataFrame with exactly the schema's columns, missing values as NA."""
    import pandas as pd

    schema = schema or load_schema()
    records = [[r.get(n) for n in schema.names] for r in rows]
    frame = pd.DataFrame(records, columns=schema.names, dtype=object)
    return normalise_frame(frame, schema)


def normalise_frame(frame: pd.DataFrame, schema: TableSchema | None = None) -> pd.DataFrame:
    """Blank strings become None and integer columns become ints where they parse.

    Values that do not parse stay as they are, so validation can report them.
    Works column by column on plain Python objects, so pandas never turns an
    integer into a float on the way.
    """
    import pandas as pd

    schema = schema or load_schema()
    integer = {c.name for c in schema.columns if c.type == "integer"}
    data = {}
    for col in frame.columns:
        values = [None if _is_na(v) else _blank_to_none(v) for v in frame[col].tolist()]
        if col in integer:
            values = [_as_int(v) for v in values]
        data[col] = pd.Series(values, dtype=object, index=frame.index)
    return pd.DataFrame(data, columns=list(frame.columns), index=frame.index)


def _is_na(value: Any) -> bool:
    try:
        return value is None or bool(value != value)  # NaN and NA are not equal to themselves
    except (TypeError, ValueError):
        return False


def _blank_to_none(value: Any) -> Any:
    if isinstance(value, str):
        return value if value.strip() else None
    return value


def _as_int(value: Any) -> Any:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return value
