"""RIS reader: exporter tag variants, BOM/CRLF, multi-line KW, placeholders, missing ER."""

from __future__ import annotations

from reader_helpers import FIXTURES, read_all

FOLDER = FIXTURES / "ris"


def test_endnote_bom_crlf_embase_tags() -> None:
    records, errors = read_all(FOLDER / "endnote_bom.ris")
    assert not errors and len(records) == 2
    r = records[0]
    assert r.format == "ris"
    assert r.title.startswith("Duplication cysts")  # T1
    assert r.authors == ("Liu R", "Adler DG")  # A1, "Adler D.G." form
    assert (r.year, r.journal, r.volume, r.issue, r.pages) == (
        2014, "Endoscopic Ultrasound", "3", "3", "152-160",
    )  # fmt: skip
    assert r.doi == "10.4103/2303-9027.138783"  # from the dx.doi.org link in L2
    assert r.abstract == "Gastrointestinal tract duplication cysts are rare."  # N2
    assert records[1].abstract == "" and records[1].record_number == 2


def test_zotero_doi_prefix_pubmed_url_and_structured_abstract() -> None:
    (r,), errors = read_all(FOLDER / "zotero_doi_url.ris")
    assert not errors
    assert r.doi == "10.1016/j.psyneuen.2019.104501"
    assert r.pmid == "31703700"
    assert r.authors == ("Labanski A", "Langhorst J")
    assert [s.role for s in r.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]


def test_rayyan_multiline_keywords() -> None:
    (r,), _ = read_all(FOLDER / "rayyan_multiline_kw.ris")
    assert r.keywords == (
        "Health Facility Administration", "Joint Commission", "Standards", "Medication Errors",
    )  # fmt: skip
    assert r.pages == "1-5" and r.authors == ()


def test_ovid_numbers_placeholder_pages_and_pubmed_accession() -> None:
    (ovid, endnote), errors = read_all(FOLDER / "ovid_leading_numbers.ris")
    assert not errors
    assert ovid.pages is None  # "No-Specified" means unknown
    assert ovid.year == 2019 and ovid.doi == "10.1002/cpp.2398"
    assert ovid.authors == ("Trindade IA", "Pinto-Gouveia J")
    assert endnote.pmid == "21553931"  # AN is a PMID when DB says NLM
