"""House styles for the Evidence table sheet and the Word table, defined as data files.

Review teams think in the table shapes they already know (Cochrane's
Characteristics of included studies, NICE and JBI evidence tables). A layout is
a small JSON file under ``schemas/layouts/`` that maps each of its columns to one
or more schema fields; several fields are joined into one cell with labels
("Design: …; Setting: …"). A team adds its own layout by dropping a file there
(or passing a path), with no code change.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from evtable.errors import SchemaError
from evtable.fields import LIST_SEPARATOR
from evtable.schema import TableSchema, load_schema, schema_dir

LAYOUT_DIR = "layouts"
DEFAULT_LAYOUT = "default"
#: Width of a column that names no schema field (a column the reviewer fills in).
EMPTY_COLUMN_WIDTH = 20
#: Joins labelled parts inside one cell when a layout does not say otherwise.
DEFAULT_SEPARATOR = LIST_SEPARATOR
#: How the Word document arranges studies: a row each, or a two-column table each.
WordMode = Literal["rows", "per_study"]
WORD_MODES: tuple[WordMode, ...] = ("rows", "per_study")


@dataclass(frozen=True, slots=True)
class Part:
    """One schema field inside a layout column, with the label printed before it (if any)."""

    field: str
    label: str | None = None


@dataclass(frozen=True, slots=True)
class LayoutColumn:
    """One column of a layout: a title, the fields it shows, its width and link source."""

    title: str
    parts: tuple[Part, ...]
    width: int
    link: tuple[str, ...] = ()

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(p.field for p in self.parts)

    @property
    def single_field(self) -> str | None:
        """The field name when the column shows exactly one unlabelled field, else None."""
        if len(self.parts) == 1 and self.parts[0].label is None:
            return self.parts[0].field
        return None

    def render(self, values: Mapping[str, object], separator: str = DEFAULT_SEPARATOR) -> object:
        """The cell value: the field itself for a one-field column, else labelled parts joined.

        Empty parts are left out, so a cell never reads "Setting: " with nothing after it;
        a column whose parts are all empty is None (an empty cell).
        """
        if self.single_field is not None:
            value = values.get(self.single_field)
            return None if value == "" else value
        pieces = []
        for part in self.parts:
            value = values.get(part.field)
            if value is None or value == "":
                continue
            pieces.append(f"{part.label}: {value}" if part.label else str(value))
        return separator.join(pieces) if pieces else None


@dataclass(frozen=True, slots=True)
class Layout:
    """A named arrangement of the Evidence table (and the Word table)."""

    name: str
    title: str
    description: str
    columns: tuple[LayoutColumn, ...]
    separator: str = DEFAULT_SEPARATOR
    word: WordMode = "rows"

    @property
    def titles(self) -> list[str]:
        return [c.title for c in self.columns]

    def render_row(self, values: Mapping[str, object]) -> list[object]:
        """One study's cells in this layout's column order."""
        return [c.render(values, self.separator) for c in self.columns]


def layout_names() -> list[str]:
    """The layouts shipped with evtable (file stems under schemas/layouts/), sorted."""
    folder = schema_dir() / LAYOUT_DIR
    return sorted(p.stem for p in folder.glob("*.json"))


def load_layout(name_or_path: str | Path = DEFAULT_LAYOUT, *, schema: TableSchema | None = None) -> Layout:
    """Load a shipped layout by name, or a team's own layout file by path.

    Raises SchemaError naming the file when it is malformed or names a field the
    schema does not have.
    """
    schema = schema or load_schema()
    candidate = Path(name_or_path)
    if candidate.suffix.lower() == ".json" and candidate.is_file():
        file = candidate
    else:
        file = schema_dir() / LAYOUT_DIR / f"{name_or_path}.json"
        if not file.is_file():
            raise SchemaError(
                f"unknown layout {str(name_or_path)!r}; choose one of: {', '.join(layout_names())}"
            )
    try:
        raw = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SchemaError(f"{file}: cannot read layout ({exc})") from None
    return parse_layout(raw, schema=schema, origin=str(file))


def parse_layout(raw: Mapping[str, Any], *, schema: TableSchema, origin: str = "layout") -> Layout:
    """Check a layout descriptor against the schema and turn it into a `Layout`."""
    names = set(schema.names)
    columns = []
    raw_columns = raw.get("columns")
    if not isinstance(raw_columns, list) or not raw_columns:
        raise SchemaError(f"{origin}: a layout needs a non-empty 'columns' list")
    for i, col in enumerate(raw_columns, start=1):
        if not isinstance(col, Mapping):
            raise SchemaError(f"{origin}: column {i} is not an object")
        parts = tuple(_part(p, origin, i) for p in col.get("fields", []))
        for part in parts:
            if part.field not in names:
                raise SchemaError(f"{origin}: column {i} names unknown field {part.field!r}")
        link = tuple(col.get("link", ()))
        for field in link:
            if field not in names:
                raise SchemaError(f"{origin}: column {i} links from unknown field {field!r}")
        first = schema.column(parts[0].field) if parts else None
        title = col.get("title") or (first.title if first else None)
        if not title:
            raise SchemaError(f"{origin}: column {i} needs a title")
        width = int(col.get("width") or (first.width if first else EMPTY_COLUMN_WIDTH))
        columns.append(LayoutColumn(title=str(title), parts=parts, width=width, link=link))
    word = raw.get("word", "rows")
    if word not in WORD_MODES:
        raise SchemaError(f"{origin}: 'word' must be one of {', '.join(WORD_MODES)}")
    return Layout(
        name=str(raw.get("name") or Path(origin).stem),
        title=str(raw.get("title") or "Evidence table"),
        description=str(raw.get("description", "")),
        columns=tuple(columns),
        separator=str(raw.get("separator", DEFAULT_SEPARATOR)),
        word=word,
    )


def _part(raw: object, origin: str, column: int) -> Part:
    if isinstance(raw, str):
        return Part(raw)
    if isinstance(raw, Mapping) and isinstance(raw.get("field"), str):
        label = raw.get("label")
        return Part(raw["field"], str(label) if label else None)
    raise SchemaError(f"{origin}: column {column} has a malformed field entry {raw!r}")
