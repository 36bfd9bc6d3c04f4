"""Dual extraction: compare finds exactly the planted disagreements, with the right kappa."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from evtable.cli import main
from evtable.compare import cohens_kappa, compare_tables, field_agrees, read_reconciliation
from evtable.schema import load_schema
from evtable.writers.csv import write_csv

DESIGNS_A = ["Randomized controlled trial", "Randomized controlled trial", "Cohort study", "Case report",
             "Narrative review", "Cohort study"]  # fmt: skip
DESIGNS_B = ["Randomized controlled trial", "Cohort study", "Cohort study", "Case report",
             "Narrative review", "Randomized controlled trial"]  # fmt: skip
# By hand: observed agreement 4/6; both raters use RCT 2, cohort 2, case report 1, review 1, so
# chance agreement is (4 + 4 + 1 + 1) / 36 = 10/36 and kappa = (24/36 - 10/36) / (26/36) = 14/26.
EXPECTED_KAPPA = 14 / 26


def _tables() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    a, b = [], []
    for i, (da, db) in enumerate(zip(DESIGNS_A, DESIGNS_B, strict=True)):
        base = {"study_id": f"Author{i} 2020", "title": f"Study {i}", "source_file": "x.ris", "doi": f"10.1000/s{i}",
                "population": "Adults with type 2 diabetes, aged 40-75", "participants_n": 100 + i,
                "outcome": "HbA1c; body weight"}  # fmt: skip
        a.append(base | {"design": da})
        b.append(base | {"design": db})
    # Planted: reworded but equivalent population (agrees), different N, different outcome.
    b[1]["population"] = "adults aged 40-75 with type 2 diabetes"
    b[2]["participants_n"] = 120
    b[3]["outcome"] = "Mortality"
    # Planted: B matches study 4 by PMID+DOI, but B's row 5 is a study A does not have.
    b[5] = b[5] | {"doi": "10.1000/other", "study_id": "Else 2021"}
    return a, b


def test_exactly_the_planted_disagreements_are_found() -> None:
    a, b = _tables()
    result = compare_tables(a, b)
    found = {(d.study, d.field) for d in result.disagreements}
    assert found == {
        ("Author1 2020", "design"),
        ("Author2 2020", "participants_n"),
        ("Author3 2020", "outcome"),
        ("Author5 2020", "(study)"),
        ("Else 2021", "(study)"),
    }
    assert result.matched == 5 and result.only_a == ["Author5 2020"] and result.only_b == ["Else 2021"]
    assert result.agreement["design"].compared == 5 and result.agreement["design"].agreed == 4


def test_kappa_matches_the_hand_computation() -> None:
    assert cohens_kappa(list(zip(DESIGNS_A, DESIGNS_B, strict=True))) == pytest.approx(EXPECTED_KAPPA)
    assert cohens_kappa([("a", "a"), ("b", "b")]) == pytest.approx(1.0)
    assert cohens_kappa([]) is None


@pytest.mark.parametrize(
    ("name", "a", "b", "agree"),
    [
        ("design", "Cohort study", "cohort study", True),
        ("participants_n", 100, "100", True),
        ("participants_n", 100, 101, False),
        ("outcome", "OS; PFS", "PFS, OS", True),
        ("population", "adults with asthma", "children with asthma", False),
        ("conclusion", None, "", True),
        ("conclusion", None, "Something", False),
    ],
)
def test_field_agreement_rules(name: str, a: object, b: object, agree: bool) -> None:
    assert field_agrees(name, a, b)[0] is agree


def test_cli_writes_the_reconciliation_workbook_and_prints_statistics(tmp_path: Path) -> None:
    a, b = _tables()
    names = load_schema().names
    pa, pb = write_csv(tmp_path / "a.csv", a, names), write_csv(tmp_path / "b.csv", b, names)
    out = tmp_path / "disagreements.xlsx"
    result = CliRunner().invoke(main, ["compare", str(pa), str(pb), "--out", str(out)])
    assert result.exit_code == 0, result.output
    # 5 matched studies (the sixth differs): observed 20/25; A uses RCT 2, cohort 1, case report 1,
    # review 1 and B RCT 1, cohort 2, 1, 1, so chance is (2 + 2 + 1 + 1)/25 and kappa = 14/19.
    assert f"Cohen's kappa (design): {14 / 19:.3f}" in result.stdout
    rows = read_reconciliation(out)
    assert len(rows) == 5 and all(r["agreed_value"] is None for r in rows)
    wb = load_workbook(out)
    assert wb["Disagreements"]["G1"].value == "Agreed value"
    assert wb["Agreement"]["A1"].value == "Field"


def test_the_reconciliation_never_overwrites_a_compared_file(tmp_path: Path) -> None:
    a, b = _tables()
    names = load_schema().names
    pa, pb = write_csv(tmp_path / "a.csv", a, names), write_csv(tmp_path / "b.csv", b, names)
    before = pa.read_bytes()
    result = CliRunner().invoke(main, ["compare", str(pa), str(pb), "--out", str(pa)])
    assert result.exit_code == 1
    assert "refusing to overwrite" in result.stderr and "Traceback" not in result.output
    assert pa.read_bytes() == before
