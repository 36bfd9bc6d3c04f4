"""LibreOffice opens the workbook without a repair: headless conversion to CSV and PDF.

CI installs LibreOffice (.ci/run); where `soffice` is absent the test is skipped, saying so.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SEEDS
from evtable.layouts import load_layout
from evtable.pipeline import CSV_NAME, XLSX_NAME, build

#: A cold LibreOffice start takes a few seconds; this bounds a hung conversion.
SOFFICE_TIMEOUT_S = 180


@pytest.fixture(scope="module")
def soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if not path:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    return path


def _convert(soffice: str, source: Path, target: str, out: Path, profile: Path) -> Path:
    subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
         "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=SOFFICE_TIMEOUT_S,
    )  # fmt: skip
    return out / (source.stem + "." + target.split(":")[0])


def test_libreoffice_converts_the_workbook_to_csv_and_pdf(soffice: str, tmp_path: Path) -> None:
    build([SEEDS], tmp_path)
    profile = tmp_path / "lo-profile"
    converted = _convert(
        soffice, tmp_path / XLSX_NAME, "csv:Text - txt - csv (StarCalc):44,34,76", tmp_path / "csv", profile
    )
    with converted.open(encoding="utf-8", newline="") as fh:
        got = list(csv.reader(fh))
    with (tmp_path / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    layout = load_layout("default")
    assert got[0] == [*layout.titles, "Status"]
    assert got[1:] == [[*(str(v or "") for v in layout.render_row(r)), "extracted"] for r in rows]
    pdf = _convert(soffice, tmp_path / XLSX_NAME, "pdf", tmp_path / "pdf", profile)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
