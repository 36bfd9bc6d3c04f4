"""Outputs are safe to open: no formula, no forbidden character, no foreign link, no half-written file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from evtable.errors import OutputError
from evtable.extract import extract_rows
from evtable.models import EvidenceRow, Record
from evtable.pipeline import CSV_NAME, PROVENANCE_CSV, XLSX_NAME, build
from evtable.safety import FORMULA_TRIGGERS, raw_csv_value
from evtable.writers.csv import write_csv
from evtable.writers.xlsx import doi_url, pmid_url, write_xlsx

BAD = Path(__file__).resolve().parents[1] / "bad_inputs"
FORMULA_FILES = sorted(p.name for p in BAD.glob("formula_injection_*"))
#: The only link targets a workbook may hold: built by evtable from validated identifiers.
ALLOWED_LINK_PREFIXES = ("https://doi.org/10.", "https://pubmed.ncbi.nlm.nih.gov/")
#: Every C0 control character, the two XML non-characters and both halves of a surrogate pair, alone.
HOSTILE_CHARS = "".join(chr(i) for i in range(0x20)) + "\ufffe\uffff\ud800\udbff\udc00\udfff"


def _workbook_cells(path: Path) -> Iterator[tuple[str, object]]:
    from openpyxl import load_workbook

    wb = load_workbook(path)  # not read-only: hyperlinks and data types are needed
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                yield f"{ws.title}!{cell.coordinate}", cell
    wb.close()


def _csv_cells(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [v for row in csv.reader(fh) for v in row]


def test_formula_fixtures_exist() -> None:
    assert len(FORMULA_FILES) >= 4


@pytest.mark.parametrize("name", FORMULA_FILES)
def test_no_formula_reaches_an_output(name: str, tmp_path: Path) -> None:
    result = build([BAD / name], tmp_path)
    assert result.rows and not result.errors
    titles = [str(r.values["title"]) for r in result.rows]
    assert any(t.startswith(FORMULA_TRIGGERS) for t in titles), "fixture must carry a formula-like title"

    cells = dict(_workbook_cells(tmp_path / XLSX_NAME))
    formulas = [where for where, c in cells.items() if c.data_type == "f"]  # type: ignore[attr-defined]
    assert formulas == []
    strings = {c.value for c in cells.values() if c.data_type == "s"}  # type: ignore[attr-defined]
    assert set(titles) <= strings  # written as text, whole
    for where, c in cells.items():
        link = c.hyperlink  # type: ignore[attr-defined]
        if link is not None:
            assert str(link.target).startswith(ALLOWED_LINK_PREFIXES), where

    for csv_name in (CSV_NAME, PROVENANCE_CSV):
        for value in _csv_cells(tmp_path / csv_name):
            bare = value.lstrip("'")
            if value.startswith(FORMULA_TRIGGERS):
                float(value)  # the only unescaped trigger-led values are plain numbers
            if bare != value:
                assert value.startswith("'")
    with (tmp_path / CSV_NAME).open(encoding="utf-8", newline="") as fh:
        written = [raw_csv_value(r["title"]) for r in csv.DictReader(fh)]
    assert written == titles  # the apostrophe is reversible: nothing lost


def test_every_forbidden_character_survives_extract_and_write(tmp_path: Path) -> None:
    record = Record(
        source_file="hostile.txt",
        format="webpage",
        title=f"={HOSTILE_CHARS}Title{HOSTILE_CHARS}",
        authors=(f"@Evil{HOSTILE_CHARS}, E",),
        journal=f"-J{HOSTILE_CHARS}",
        year=2020,
        abstract=f"In this randomized trial,{HOSTILE_CHARS} 120 patients were enrolled.{HOSTILE_CHARS}",
    )
    rows = extract_rows([record])
    (row,) = rows
    values = dict(row.values) | {"results": HOSTILE_CHARS, "setting": "+" + HOSTILE_CHARS}
    row = EvidenceRow(values=values, provenance=row.provenance, record=record)
    write_xlsx(tmp_path / "out.xlsx", [row])
    write_csv(tmp_path / "out.csv", [row.values], list(values))
    for where, cell in _workbook_cells(tmp_path / "out.xlsx"):
        value = cell.value  # type: ignore[attr-defined]
        if isinstance(value, str):
            assert not set(value) & (set(HOSTILE_CHARS) - set("\t\n\r")), where
            assert cell.data_type != "f", where  # type: ignore[attr-defined]
    text = (tmp_path / "out.csv").read_text(encoding="utf-8")
    assert "Title" in text and not set(text) & (set(HOSTILE_CHARS) - set("\t\n\r"))


@pytest.mark.parametrize(
    "value",
    [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://evil.example/10.1000/x",
        "10.1000",
        "10.12/too-short-prefix",
        "10.1000/with space",
        '10.1000/quote"onmouseover=alert(1)',
        "10.1000/<script>",
        " 10.1000/leading-space",
        "",
        None,
        12345,
    ],
)
def test_doi_links_only_for_well_formed_dois(value: object) -> None:
    assert doi_url(value) is None


def test_doi_link_is_always_doi_org() -> None:
    assert doi_url("10.1056/nejmoa070594") == "https://doi.org/10.1056/nejmoa070594"
    url = doi_url("10.1000/a?b#c&d%e")
    assert (
        url is not None and url.startswith("https://doi.org/10.1000/") and "#" not in url and "?" not in url
    )


@pytest.mark.parametrize(
    "value", ["javascript:1", "file:///1", "0123", "12a", "1 2", "-1", "12345678901", "", None, 17, "１２３"]
)
def test_pmid_links_only_for_digits(value: object) -> None:
    assert pmid_url(value) is None


def test_pmid_link() -> None:
    assert pmid_url("17898118") == "https://pubmed.ncbi.nlm.nih.gov/17898118/"


def test_overlong_doi_is_kept_as_text(tmp_path: Path) -> None:
    """Excel refuses links over 2,079 characters and xlsxwriter then drops the whole cell: never lose it."""
    doi = "10.1000/" + "a" * 3000
    row = EvidenceRow(values={"study_id": "A 2020", "title": "T", "source_file": "f", "doi": doi})
    write_xlsx(tmp_path / "long.xlsx", [row])
    values = [c.value for _, c in _workbook_cells(tmp_path / "long.xlsx")]  # type: ignore[attr-defined]
    assert doi in values


class Boom(RuntimeError):
    """Raised mid-write to simulate a crash."""


def _rows_then_crash(n: int, exc: BaseException) -> Iterator[dict[str, object]]:
    for i in range(n):
        yield {"study_id": f"S {i}", "title": f"Title {i}", "source_file": "x"}
    raise exc


@pytest.mark.parametrize("exc", [Boom("disk on fire"), KeyboardInterrupt()])
def test_crash_mid_csv_write_keeps_previous_export(tmp_path: Path, exc: BaseException) -> None:
    target = tmp_path / "evidence_table.csv"
    write_csv(target, [{"study_id": "Old 2000", "title": "Old"}], ["study_id", "title"])
    before = target.read_bytes()
    with pytest.raises(type(exc)):
        write_csv(target, _rows_then_crash(500, exc), ["study_id", "title", "source_file"])
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence_table.csv"]


class ExplodingRow(EvidenceRow):
    """A row whose values blow up when the workbook writer reaches it."""

    @property  # type: ignore[misc]
    def values(self) -> dict[str, object]:  # type: ignore[override]
        raise Boom("crash while writing the workbook")


@pytest.mark.parametrize("exc", [Boom, KeyboardInterrupt])
def test_crash_mid_xlsx_write_keeps_previous_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc: type[BaseException]
) -> None:
    target = tmp_path / "evidence_table.xlsx"
    good = [EvidenceRow(values={"study_id": f"S {i}", "title": "T", "source_file": "f"}) for i in range(50)]
    write_xlsx(target, good[:1])
    before = target.read_bytes()
    import xlsxwriter.worksheet

    real = xlsxwriter.worksheet.Worksheet.write_string
    calls = {"n": 0}

    def crash_later(self: object, *args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] > 200:
            raise exc("crash mid-write")
        return real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(xlsxwriter.worksheet.Worksheet, "write_string", crash_later)
    with pytest.raises(exc):
        write_xlsx(target, good)
    assert calls["n"] > 200
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["evidence_table.xlsx"]


def test_output_over_an_input_is_refused(tmp_path: Path) -> None:
    """A screening export named evidence_table.csv in the output folder is an input: never overwritten."""
    inputs = tmp_path / "records"
    inputs.mkdir()
    source = inputs / CSV_NAME
    source.write_text(
        "Title,Authors,Abstract,Year\r\nA trial,Smith J,A randomized trial of 40 adults.,2020\r\n",
        encoding="utf-8",
    )
    before = source.read_bytes()
    with pytest.raises(OutputError, match="refusing to overwrite an input"):
        build([inputs], inputs)
    assert source.read_bytes() == before


def test_cli_refuses_output_over_input_in_one_line(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from evtable.cli import main

    source = tmp_path / CSV_NAME
    source.write_text("Title,Abstract,Year\r\nA trial,A cohort of 40 adults.,2020\r\n", encoding="utf-8")
    before = source.read_bytes()
    result = CliRunner().invoke(main, ["build", str(source), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "refusing to overwrite an input" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert source.read_bytes() == before


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("workbook_*")))
def test_cli_validate_refuses_hostile_workbooks_in_one_line(name: str) -> None:
    """`evtable validate` vets a workbook with check_workbook before openpyxl opens it."""
    from click.testing import CliRunner

    from evtable.cli import main

    result = CliRunner().invoke(main, ["validate", str(BAD / name)])
    assert result.exit_code == 1
    (line,) = result.stderr.strip().splitlines()
    assert name in line and "Traceback" not in result.output
