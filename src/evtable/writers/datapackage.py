"""datapackage.json: the CSVs described with the schema (Frictionless Data Package).

A Data Package lets anyone check the exported CSVs without evtable
(`frictionless validate exports/datapackage.json`) and load them with typed
columns in R, Python or a data portal. The evidence table's schema is the
project's schema file itself; provenance.csv's is defined here, beside the
writer of that file.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from evtable import __version__
from evtable.schema import TableSchema, load_schema
from evtable.writers.atomic import atomic_path
from evtable.writers.csv import ENCODING, EXCEL_ENCODING

DATAPACKAGE_NAME = "datapackage.json"
#: Keys of the schema file that are evtable extensions or comments, not Table Schema.
_NON_STANDARD_KEYS = ("$comment", "width")

#: provenance.csv's Table Schema (its header is a public contract, see writers.xlsx.PROVENANCE_COLUMNS).
PROVENANCE_SCHEMA: dict[str, Any] = {
    "fields": [
        {"name": "study_id", "type": "string", "title": "Study", "constraints": {"required": True}},
        {"name": "field", "type": "string", "title": "Field", "constraints": {"required": True}},
        {"name": "value", "type": "string", "title": "Value"},
        {"name": "quote", "type": "string", "title": "Quote"},
        {"name": "location", "type": "string", "title": "Location",
         "description": "'abstract' or 'title' (start/end are character offsets into it) or 'metadata'."},
        {"name": "start", "type": "integer", "title": "Start", "constraints": {"minimum": 0}},
        {"name": "end", "type": "integer", "title": "End", "constraints": {"minimum": 0}},
        {"name": "method", "type": "string", "title": "Rule", "description": "The extraction rule that found the value."},
        {"name": "confidence", "type": "string", "title": "Confidence",
         "constraints": {"enum": ["high", "medium", "low"]}},
        {"name": "reviewer", "type": "string", "title": "Reviewer",
         "description": "Who corrected or verified the value (curation file); empty for machine extraction."},
        {"name": "original", "type": "string", "title": "Machine value",
         "description": "The value evtable had extracted before a reviewer corrected or verified it."},
    ],
    "missingValues": [""],
}  # fmt: skip


def table_schema_descriptor(schema: TableSchema) -> dict[str, Any]:
    """The schema file as a standard Table Schema (evtable's extensions removed)."""
    descriptor = {k: v for k, v in schema.descriptor.items() if k not in _NON_STANDARD_KEYS}
    descriptor["fields"] = [
        {k: v for k, v in f.items() if k not in _NON_STANDARD_KEYS} for f in schema.descriptor["fields"]
    ]
    descriptor.setdefault("missingValues", [""])
    return descriptor


#: Bytes hashed at a time: the CSVs of an evidence map run to gigabytes and are never read whole.
HASH_CHUNK = 1 << 20


def _size_and_sha256(path: Path) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def write_datapackage(
    path: str | Path,
    resources: Mapping[str, Path],
    *,
    schema: TableSchema | None = None,
    excel: bool = False,
    protected: tuple[Path, ...] = (),
) -> Path:
    """Describe the written CSVs in ``path`` (datapackage.json), with their SHA-256 and size.

    ``resources`` maps resource names ("evidence_table", "provenance") to the CSV
    files, which must sit in the same folder as ``path`` (paths are relative).
    """
    schema = schema or load_schema()
    path = Path(path)
    schemas = {"evidence_table": table_schema_descriptor(schema), "provenance": PROVENANCE_SCHEMA}
    described = []
    for name, file in resources.items():
        size, digest = _size_and_sha256(Path(file))
        described.append(
            {
                "name": name,
                "path": Path(file).name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": EXCEL_ENCODING if excel else ENCODING,
                "bytes": size,
                "hash": "sha256:" + digest,
                "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True,
                            "header": True},
                "schema": schemas[name],
            }
        )  # fmt: skip
    package = {
        "name": "evidence-table",
        "title": "Systematic-review evidence table",
        "profile": "tabular-data-package",
        "description": "Rows extracted by evtable, one per study, with the provenance of every extracted cell.",
        "created_by": f"evtable {__version__}",
        "resources": described,
    }
    with atomic_path(path, protected=protected) as tmp:
        tmp.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path
