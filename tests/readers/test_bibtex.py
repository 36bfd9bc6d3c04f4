"""BibTeX reader: Wiley CDSR junk lines and author pairs, Rayyan brackets, LaTeX escapes."""

from __future__ import annotations

from reader_helpers import FIXTURES, read_all

FOLDER = FIXTURES / "bibtex"


def test_cdsr_record_lines_spaced_key_and_cochrane_sections() -> None:
    records, errors = read_all(FOLDER / "cdsr_record_lines.bib")
    assert not errors and len(records) == 2
    r = records[0]
    assert r.authors == ("Alves Galvão MG", "Iheozor\u2010Ejiofor Z", "Hill J")
    assert r.doi == "10.1002/14651858.cd008203.pub3"
    labels = [s.label for s in r.sections]
    assert labels[0] == "Background" and labels[-1] == "Authors' conclusions"
    assert r.sections[-1].role == "CONCLUSIONS"
    assert r.abstract[r.sections[-1].start : r.sections[-1].end] == "Evidence is weak."
    assert records[1].doi == "10.1002/14651858.cd011193.pub2"  # from the dx.doi.org URL


def test_rayyan_bracketed_title_and_pmid_key() -> None:
    (r,), _ = read_all(FOLDER / "rayyan_brackets.bib")
    assert r.title == "Two cases of psoas abscesses caused by group A streptococcal infection."
    assert r.pmid == "20470918"
    assert r.authors == ("Routier E", "Bularca S", "Roujeau JC")
    assert r.sections[0].label == "Background"


def test_latex_escapes_string_macros_and_fields() -> None:
    (r,), errors = read_all(FOLDER / "latex_escapes.bib")
    assert not errors
    assert r.title == "Secondary femur fracture after Gamma nailing: Müller's series"
    assert "1.2%" in r.abstract and "Zürich" in r.abstract and "café" in r.abstract
    assert r.authors == ("Lang NW", "Müller J", "Platzer P")
    assert (r.doi, r.pmid, r.pages, r.year) == ("10.1007/s00402-017-2748-1", "28721591", "1271-1278", 2017)
    assert [s.role for s in r.sections] == ["OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"]
