"""Loads the evidence-table schema, the one definition of the columns.

The JSON file lives in the repository's ``schemas/`` folder and is shipped
inside the wheel as ``evtable/schemas``; an editable install reads it from the
source tree. Everything column-shaped (validation, headers, widths, the data
dictionary) is derived from the objects returned here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from evtable.errors import SchemaError

SCHEMA_FILE = "evidence_table.schema.json"


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the evidence table, as the schema defines it."""

    name: str
    title: str
    type: str
    description: str
    width: int
    required: bool = False
    unique: bool = False
    enum: tuple[str, ...] | None = None
    pattern: str | None = None
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class TableSchema:
    """The parsed schema: ordered columns plus the raw Frictionless descriptor."""

    columns: tuple[Column, ...]
    #: Left out of hashing so a schema can key caches (e.g. the generated pandera schema).
    descriptor: dict[str, Any] = field(hash=False, compare=False)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def titles(self) -> list[str]:
        return [c.title for c in self.columns]

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(name)


def schema_dir() -> Path:
    """The folder holding the schema and layouts, installed or in the source tree."""
    packaged = resources.files("evtable") / "schemas"
    if packaged.is_dir():
        return Path(str(packaged))
    source_tree = Path(__file__).resolve().parents[2] / "schemas"
    if source_tree.is_dir():
        return source_tree
    raise SchemaError("schemas folder not found: reinstall evtable")


def schema_path() -> Path:
    return schema_dir() / SCHEMA_FILE


@cache
def load_schema(path: str | None = None) -> TableSchema:
    """Parse the Frictionless Table Schema into `Column` objects (cached: it never changes)."""
    file = Path(path) if path else schema_path()
    try:
        descriptor = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SchemaError(f"{file}: cannot read schema ({exc})") from exc
    columns = []
    for raw in descriptor.get("fields", []):
        cons = raw.get("constraints", {})
        try:
            columns.append(
                Column(
                    name=raw["name"],
                    title=raw.get("title", raw["name"]),
                    type=raw.get("type", "string"),
                    description=raw.get("description", ""),
                    width=int(raw.get("width", 15)),
                    required=bool(cons.get("required", False)),
                    unique=bool(cons.get("unique", False)),
                    enum=tuple(cons["enum"]) if "enum" in cons else None,
                    pattern=cons.get("pattern"),
                    minimum=cons.get("minimum"),
                    maximum=cons.get("maximum"),
                )
            )
        except KeyError as exc:
            raise SchemaError(f"{file}: a field lacks {exc}") from exc
    if not columns:
        raise SchemaError(f"{file}: no fields")
    return TableSchema(columns=tuple(columns), descriptor=descriptor)
