"""Curation files: read in both formats, applied after extraction, surviving re-runs."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES, SEEDS
from evtable.curation import (
    CORRECTED,
    NEEDS_RECHECK,
    VERIFIED,
    Curation,
    Decision,
    load_curation,
    normalise_key,
    save_curation,
)
from evtable.errors import ReaderError
from evtable.pipeline import build_table

CURATION = FIXTURES / "curation"


@pytest.mark.parametrize("name", ["seeds_decisions.yaml", "seeds_decisions.csv"])
def test_yaml_and_csv_hold_the_same_decisions(name: str) -> None:
    cur = load_curation(CURATION / name)
    assert [(d.study, d.field, d.action, d.value, d.by) for d in cur.decisions] == [
        ("doi:10.1056/nejmoa070596", "participants_n", "correct", 705, "AB"),
        ("doi:10.1056/nejmoa070596", "design", "verify", "Randomized controlled trial", "AB"),
        ("doi:10.1007/s11864-007-0011-7", "conclusion", "verify",
         "An older wording of the conclusion that the extractor no longer gives.", "CD"),
        ("pmid:99999999", "design", "correct", "Case report", "CD"),
    ]  # fmt: skip


@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_save_then_load_round_trips(tmp_path: Path, suffix: str) -> None:
    original = load_curation(CURATION / "seeds_decisions.yaml")
    path = save_curation(original, tmp_path / f"curation{suffix}")
    assert load_curation(path).decisions == original.decisions


@pytest.mark.parametrize(
    ("name", "reason"), [("bad_action.yaml", "unknown action"), ("bad_field.yaml", "unknown field")]
)
def test_bad_decisions_name_the_file_and_record(name: str, reason: str) -> None:
    with pytest.raises(ReaderError) as err:
        load_curation(CURATION / name)
    assert name in str(err.value) and "record 1" in str(err.value) and reason in str(err.value)


@pytest.mark.parametrize(
    ("raw", "key"),
    [("DOI:10.1056/NEJMoa070596", "doi:10.1056/nejmoa070596"), ("10.1/ABC", "doi:10.1/abc"),
     ("123", "pmid:123"), ("Weber 2007", "study:Weber 2007"), ("study:Weber 2007", "study:Weber 2007")],
)  # fmt: skip
def test_keys_are_normalised(raw: str, key: str) -> None:
    assert normalise_key(raw) == key


def _rows_by_id(result) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {r.values["study_id"]: r for r in result.rows}


def test_corrections_and_verifications_apply_with_status_and_reviewer_provenance() -> None:
    result = build_table([SEEDS], curation=CURATION / "seeds_decisions.yaml")
    rows = _rows_by_id(result)
    weber = rows["Weber 2007"]
    assert weber.values["participants_n"] == 705
    assert weber.status == {"participants_n": CORRECTED, "design": VERIFIED}
    assert weber.machine_values["participants_n"] is None  # the machine had left it empty
    [prov] = [p for p in weber.provenance if p.field == "participants_n"]
    assert prov.reviewer == "AB" and prov.location == "reviewer" and prov.original is None
    assert "full text" in prov.method
    assert weber.row_status == CORRECTED
    assert result.validation.ok


def test_a_verified_value_whose_extraction_changed_is_flagged_not_replaced() -> None:
    result = build_table([SEEDS], curation=CURATION / "seeds_decisions.yaml")
    singhal = _rows_by_id(result)["Singhal 2007"]
    assert singhal.status["conclusion"] == NEEDS_RECHECK
    assert singhal.row_status == NEEDS_RECHECK
    # the cell keeps what the text supports now; the older verified wording is in the provenance
    assert str(singhal.values["conclusion"]).startswith("The most appropriate use")
    assert any("older wording" in p.method for p in singhal.provenance if p.field == "conclusion")


def test_decisions_for_absent_studies_are_reported_as_unmatched() -> None:
    result = build_table([SEEDS], curation=CURATION / "seeds_decisions.yaml")
    assert [(e.study, e.outcome) for e in result.curation_events if e.outcome == "unmatched"] == [
        ("pmid:99999999", "unmatched")
    ]


def test_exclusion_and_latest_decision_wins(tmp_path: Path) -> None:
    cur = Curation([
        Decision("study:Weber 2007", "correct", "setting", "USA", by="AB"),
        Decision("study:Weber 2007", "correct", "setting", "United States and Canada", by="CD"),
        Decision("doi:10.1007/s11864-007-0011-7", "exclude", note="not primary research"),
    ])  # fmt: skip
    path = save_curation(cur, tmp_path / "c.yaml")
    result = build_table([SEEDS], curation=path)
    assert [r.values["study_id"] for r in result.rows] == ["Weber 2007"]
    assert result.rows[0].values["setting"] == "United States and Canada"
    assert ("Singhal 2007", "excluded") in {(e.study, e.outcome) for e in result.curation_events}


def test_same_study_decision_merges_two_records(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    cur = Curation(
        [Decision("study:Weber 2007", "same_study", value="doi:10.1007/s11864-007-0011-7", by="AB")]
    )
    result = build_table([folder], curation=save_curation(cur, tmp_path / "c.yaml"))
    assert len(result.rows) == 1
    assert len(str(result.rows[0].values["source_file"]).split("; ")) == 2


def test_default_curation_file_in_the_first_input_folder_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "records"
    shutil.copytree(SEEDS, folder)
    shutil.copy(CURATION / "seeds_decisions.yaml", folder / "curation.yaml")
    result = build_table([folder])
    assert result.curation_path == folder / "curation.yaml"
    assert _rows_by_id(result)["Weber 2007"].values["participants_n"] == 705
    assert len(result.files) == 2  # the curation file is not read as a record


def test_a_broken_curation_file_is_a_one_line_error_not_a_crash() -> None:
    result = build_table([SEEDS], curation=CURATION / "bad_action.yaml")
    assert not result.ok
    assert any("bad_action.yaml" in str(e) for e in result.errors)
    assert len(result.rows) == 2  # the table is still built, uncurated
