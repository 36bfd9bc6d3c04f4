"""A fresh build from seeds/ reproduces the committed exports/ byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import REPO, SEEDS
from evtable.pipeline import build

EXPORTS = REPO / "exports"
FILES = ["evidence_table.csv", "provenance.csv", "evidence_table.xlsx"]


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("rebuilt")
    build([SEEDS], out)
    return out


@pytest.mark.parametrize("name", FILES)
def test_rebuild_matches_committed_exports(rebuilt: Path, name: str) -> None:
    assert (rebuilt / name).read_bytes() == (EXPORTS / name).read_bytes(), (
        f"exports/{name} is stale: run `make run`"
    )


def test_two_builds_are_byte_identical(rebuilt: Path, tmp_path: Path) -> None:
    build([SEEDS], tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (rebuilt / name).read_bytes(), name


def test_source_date_epoch_sets_the_workbook_timestamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    build([SEEDS], tmp_path)
    created = load_workbook(tmp_path / "evidence_table.xlsx").properties.created
    assert created is not None and created.year == 2023
