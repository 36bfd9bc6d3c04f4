"""check_workbook: hostile workbooks are refused on one line before openpyxl sees them; real ones pass."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from evtable import workbook_guard
from evtable.errors import ReaderError
from evtable.workbook_guard import check_workbook

REPO = Path(__file__).resolve().parents[2]


def _openpyxl_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["study_id", "title"])
    wb.save(path)
    return path


def test_real_workbooks_pass(tmp_path: Path) -> None:
    check_workbook(REPO / "exports" / "evidence_table.xlsx")
    check_workbook(_openpyxl_workbook(tmp_path / "template.xlsx"))


def test_too_many_entries_is_refused_by_the_directory_alone(tmp_path: Path) -> None:
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(workbook_guard.MAX_ENTRIES):
            archive.writestr(f"xl/media/{i}.bin", b"")
    with pytest.raises(ReaderError, match=r"many\.xlsx: zip holds 10002 entries"):
        check_workbook(path)


def test_workbook_over_the_file_size_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _openpyxl_workbook(tmp_path / "big.xlsx")
    monkeypatch.setattr(workbook_guard, "MAX_WORKBOOK_BYTES", path.stat().st_size - 1)
    with pytest.raises(ReaderError, match="over the 0 MiB limit"):
        check_workbook(path)


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ReaderError, match=r"absent\.xlsx: cannot read workbook"):
        check_workbook(tmp_path / "absent.xlsx")
    (tmp_path / "empty.xlsx").write_bytes(b"")
    with pytest.raises(ReaderError, match=r"empty\.xlsx: workbook file is empty"):
        check_workbook(tmp_path / "empty.xlsx")


@pytest.mark.parametrize("suffix", [".xlsm", ".XLTM", ".xlam", ".xlsb"])
def test_macro_extensions_refused_whatever_the_content(tmp_path: Path, suffix: str) -> None:
    path = _openpyxl_workbook(tmp_path / "plain.xlsx").rename(tmp_path / f"book{suffix}")
    with pytest.raises(ReaderError, match="never runs or copies macros"):
        check_workbook(path)


def test_macro_content_type_without_vba_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "flagged.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml", '<Types><Override ContentType="sheet.macroEnabled.main+xml"/></Types>'
        )
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ReaderError, match="macros"):
        check_workbook(path)


def test_declared_size_bounds_real_decompression() -> None:
    """Why checking declared sizes is enough: zipfile never inflates an entry past what it declares."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.xml", b"0" * 2**20)
    data = bytearray(buffer.getvalue())
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24 : cd + 28] = (10).to_bytes(4, "little")  # the directory now claims 10 bytes
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive, archive.open("big.xml") as fh:
        try:
            got = fh.read()
        except zipfile.BadZipFile:
            got = b""
    assert len(got) <= 10


def test_guard_reads_no_entry_of_a_bomb(monkeypatch: pytest.MonkeyPatch) -> None:
    """The verdict on a bomb comes from the central directory: no entry is ever opened."""
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(str(name))
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    with pytest.raises(ReaderError, match="zip bomb"):
        check_workbook(REPO / "tests" / "bad_inputs" / "workbook_zip_bomb_ratio.xlsx")
    assert opened == []
