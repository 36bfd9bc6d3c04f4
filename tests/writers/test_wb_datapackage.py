"""datapackage.json describes the CSVs with the schema, so `frictionless validate` passes on the exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from frictionless import validate

from conftest import REPO, SEEDS
from evtable.pipeline import build
from evtable.schema import load_schema


@pytest.mark.parametrize("excel_csv", [False, True])
def test_frictionless_validates_the_package(tmp_path: Path, excel_csv: bool) -> None:
    build([SEEDS], tmp_path, excel_csv=excel_csv)
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_the_package_carries_the_schema_fields_and_hashes(tmp_path: Path) -> None:
    build([SEEDS], tmp_path)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    evidence, provenance = package["resources"]
    assert [f["name"] for f in evidence["schema"]["fields"]] == load_schema().names
    assert all("width" not in f for f in evidence["schema"]["fields"])
    assert provenance["path"] == "provenance.csv"
    assert evidence["hash"].startswith("sha256:")


def test_an_edited_csv_no_longer_matches_its_package(tmp_path: Path) -> None:
    build([SEEDS], tmp_path)
    csv_file = tmp_path / "evidence_table.csv"
    csv_file.write_text(csv_file.read_text(encoding="utf-8").replace("Narrative review", "Narative review"),
                        encoding="utf-8", newline="")  # fmt: skip
    assert not validate(str(tmp_path / "datapackage.json")).valid


def test_the_committed_exports_package_is_valid_and_current(tmp_path: Path) -> None:
    assert validate(str(REPO / "exports" / "datapackage.json")).valid
    build([SEEDS], tmp_path)
    assert (tmp_path / "datapackage.json").read_bytes() == (
        REPO / "exports" / "datapackage.json"
    ).read_bytes()
