"""tests/bad_inputs/: every hostile or crashing file found, each pinned by its name.

Workbooks (``workbook_*``) must be refused by `check_workbook` with a one-line
error naming the file; record files must be read without an uncaught
exception, giving exactly the records and the one-line error listed here.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from evtable.errors import ReaderError
from evtable.readers import read_file
from evtable.workbook_guard import check_workbook

BAD = Path(__file__).resolve().parents[1] / "bad_inputs"

#: Workbook -> words its refusal must contain.
WORKBOOKS: dict[str, str] = {
    "workbook_zip_bomb_ratio.xlsx": "zip bomb",
    "workbook_zip_bomb_declared_size.xlsx": "declares 1102 MiB uncompressed",
    "workbook_not_a_zip_renamed_csv.xlsx": "not a zip archive",
    "workbook_truncated_zip.xlsx": "broken zip",
    "workbook_zip_without_workbook_part.xlsx": "no workbook part",
    "workbook_with_macros.xlsm": "never runs or copies macros",
    "workbook_macros_renamed_to_xlsx.xlsx": "contains VBA macros",
    "workbook_password_protected.xlsx": "password-protected",
    "workbook_legacy_ole2_not_encrypted.xlsx": "legacy .xls",
}
#: Record file -> (records expected, words the single error must contain; None = no error).
RECORD_FILES: dict[str, tuple[int, str | None]] = {
    "xml_entities_hidden_after_comment_naming_root.xml": (0, "declares its own entities"),
    "xml_parameter_entity_remote_dtd.xml": (0, "declares its own entities"),
    "xml_external_dtd_never_fetched.xml": (1, None),
    "xml_xinclude_never_processed.xml": (1, None),
    "formula_injection_titles_authors.ris": (2, None),
    "formula_injection_medline.nbib": (1, None),
    "formula_injection_bibtex.bib": (1, None),
    "formula_injection_screening_export.csv": (1, None),
    "control_chars_every_c0_code_point.ris": (1, None),
    "control_chars_lone_surrogate_bytes.ris": (1, None),
    # Found by test_fuzz_readers: a lone CR in the first line crashed table detection with csv.Error.
    "crash_csv_error_on_nul_cr_tab_header.txt": (0, "no text left"),
    "csv_old_mac_cr_line_endings.csv": (2, None),
}


def test_every_bad_input_has_an_expectation() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(WORKBOOKS | RECORD_FILES)


@pytest.mark.parametrize("name", sorted(WORKBOOKS))
def test_hostile_workbook_is_refused(name: str) -> None:
    with pytest.raises(ReaderError) as caught:
        check_workbook(BAD / name)
    message = str(caught.value)
    assert name in message and WORKBOOKS[name] in message and "\n" not in message


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Any attempt to open a connection is recorded and fails."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.mark.parametrize("name", sorted(RECORD_FILES))
def test_hostile_record_file(name: str, no_network: list[object]) -> None:
    result = read_file(BAD / name)
    count, words = RECORD_FILES[name]
    assert len(result.records) == count
    if words is None:
        assert result.errors == []
    else:
        (error,) = result.errors
        assert name in str(error) and words in str(error) and "\n" not in str(error)
    assert no_network == []


@pytest.mark.parametrize("name", [n for n in sorted(RECORD_FILES) if n.startswith("xml_")])
def test_xml_never_reads_local_files(name: str) -> None:
    """XXE/XInclude payloads point at /etc/passwd; nothing of it may reach a record."""
    for record in read_file(BAD / name).records:
        assert "root:" not in repr(record) and "/bin/" not in repr(record)
