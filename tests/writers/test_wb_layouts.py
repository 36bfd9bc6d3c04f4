"""Layouts are data files: every shipped one is valid against the schema and renders as documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from wb_helpers import row

from evtable.errors import SchemaError
from evtable.fields import CORE_FIELDS
from evtable.layouts import LayoutColumn, Part, layout_names, load_layout
from evtable.schema import load_schema, schema_dir
from evtable.writers.xlsx import write_xlsx


def test_the_four_house_styles_ship() -> None:
    assert {"default", "cochrane", "nice", "jbi"} <= set(layout_names())


@pytest.mark.parametrize("name", layout_names())
def test_every_layout_names_only_schema_fields_and_starts_with_the_study(name: str) -> None:
    layout = load_layout(name)
    names = set(load_schema().names)
    assert all(f in names for c in layout.columns for f in c.fields)
    assert layout.columns[0].fields == ("study_id",)
    assert layout.name == name == json.loads((schema_dir() / "layouts" / f"{name}.json").read_text())["name"]


def test_default_is_the_eight_core_columns() -> None:
    layout = load_layout("default")
    assert [c.single_field for c in layout.columns] == list(CORE_FIELDS)


def test_labelled_parts_join_and_empty_parts_drop_out() -> None:
    col = LayoutColumn("Methods", (Part("design", "Design"), Part("setting", "Setting")), 30)
    assert (
        col.render({"design": "Cohort study", "setting": "Norway"}) == "Design: Cohort study; Setting: Norway"
    )
    assert col.render({"design": "Cohort study"}) == "Design: Cohort study"
    assert col.render({}) is None
    assert LayoutColumn("N", (Part("participants_n"),), 8).render({"participants_n": 42}) == 42


@pytest.mark.parametrize("name", ["cochrane", "nice", "jbi"])
def test_the_workbook_evidence_table_follows_the_layout(name: str, tmp_path: Path) -> None:
    write_xlsx(tmp_path / "t.xlsx", [row("A 2001", design="Cohort study", setting="Norway")], layout=name)
    ws = load_workbook(tmp_path / "t.xlsx")["Evidence table"]
    layout = load_layout(name)
    assert [c.value for c in ws[1]] == [*layout.titles, "Status"]
    methods = next(i for i, c in enumerate(layout.columns) if "setting" in c.fields)
    assert "Norway" in ws.cell(row=2, column=methods + 1).value


def test_a_team_layout_file_and_its_errors(tmp_path: Path) -> None:
    good = tmp_path / "ours.json"
    good.write_text(json.dumps({"name": "ours", "columns": [{"fields": ["study_id"]}, {"title": "Who",
                    "fields": [{"field": "population", "label": "Pop"}]}]}), encoding="utf-8")  # fmt: skip
    assert load_layout(good).titles == ["Study", "Who"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"columns": [{"fields": ["no_such_field"]}]}), encoding="utf-8")
    with pytest.raises(SchemaError, match="no_such_field"):
        load_layout(bad)
    with pytest.raises(SchemaError, match="unknown layout 'nope'"):
        load_layout("nope")
