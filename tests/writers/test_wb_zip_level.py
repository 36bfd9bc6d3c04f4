"""The workbook's zip parts are deflated at `ZIP_LEVEL`, and xlsxwriter is left as it was."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import pytest
import xlsxwriter.workbook

from evtable.models import EvidenceRow
from evtable.writers.xlsx import ZIP_LEVEL, write_xlsx


def _rows(n: int) -> list[EvidenceRow]:
    return [
        EvidenceRow(
            values={"study_id": f"Study {i:05d}", "title": f"A trial of drug {i} in adults", "year": 2000}
        )
        for i in range(n)
    ]


def test_sheets_are_deflated_at_the_chosen_level_and_the_module_is_restored(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "t.xlsx", _rows(3000))
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
        data = archive.read(info)
    assert info.compress_type == zipfile.ZIP_DEFLATED
    # Raw deflate of the same bytes at each level: the part's size is that of ZIP_LEVEL's.
    sizes = {}
    for level in (ZIP_LEVEL, 6):
        packer = zlib.compressobj(level, zlib.DEFLATED, -15)
        sizes[level] = len(packer.compress(data) + packer.flush())
    assert sizes[ZIP_LEVEL] != sizes[6]
    assert info.compress_size == sizes[ZIP_LEVEL]


def test_a_failed_save_restores_the_module_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def failing_save(self: object) -> None:
        seen.append(xlsxwriter.workbook.ZipFile)
        raise RuntimeError("disk full")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", failing_save)
    with pytest.raises(RuntimeError, match="disk full"):
        write_xlsx(tmp_path / "t.xlsx", _rows(1))
    assert seen and seen[0] is not zipfile.ZipFile  # the level was in force during the save
    assert xlsxwriter.workbook.ZipFile is zipfile.ZipFile
    assert not (tmp_path / "t.xlsx").exists()
