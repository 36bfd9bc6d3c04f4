"""Meta-tests: the schema file, fields.py and the generated headers agree (one source of truth)."""

from __future__ import annotations

import json

from evtable import fields
from evtable.schema import load_schema, schema_path


def test_schema_field_order_is_the_public_csv_header() -> None:
    assert load_schema().names == list(fields.FIELDS)


def test_design_enum_matches_the_design_vocabulary() -> None:
    assert load_schema().column("design").enum == fields.DESIGNS


def test_every_column_has_title_description_and_width() -> None:
    for col in load_schema().columns:
        assert col.title and col.description and col.width > 0, col.name


def test_schema_file_is_a_frictionless_table_schema() -> None:
    descriptor = json.loads(schema_path().read_text(encoding="utf-8"))
    assert descriptor["primaryKey"] == ["study_id"]
    types = {f["type"] for f in descriptor["fields"]}
    assert types <= {"string", "integer", "number", "boolean", "date"}


def test_models_pickle_to_equal_objects() -> None:
    # Rows cross process boundaries (worker pools, Dask) and are spooled to disk as pickles.
    import pickle

    from conftest import SEEDS
    from evtable.pipeline import build_table

    for row in build_table([SEEDS]).rows:
        copy = pickle.loads(pickle.dumps(row))
        assert copy == row and copy.record == row.record and copy.provenance == row.provenance
