"""Pasted-page reader: the page kinds added for research portals and publisher pages."""

from __future__ import annotations

from reader_helpers import FIXTURES, read_all

FOLDER = FIXTURES / "webpages"


def test_pure_portal() -> None:
    (r,), errors = read_all(FOLDER / "pure_portal.txt")
    assert not errors
    assert r.format == "pure-page"
    assert r.title.startswith("Effect of percutaneous drainage of psoas abscess")
    assert r.authors == ("Svensson A", "Lindqvist E", "Berg MK")
    assert (r.journal, r.year, r.volume, r.issue, r.pages) == ("Spine", 2017, "42", "3", "154-163")
    assert r.doi == "10.1097/brs.0000000000001234" and r.language == "English"
    assert [s.role for s in r.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert "−1.2" in r.abstract and "Dive into" not in r.abstract


def test_publisher_html_meta_tags() -> None:
    (r,), errors = read_all(FOLDER / "publisher_meta.html")
    assert not errors
    assert r.format == "publisher-page"
    assert r.title == "Drainage versus antibiotics alone for psoas abscess: a cohort study"
    assert r.authors == ("Müller J", "Schmidt AL")
    assert (r.journal, r.year, r.volume, r.pages) == ("BMC Musculoskeletal Disorders", 2021, "22", "431")
    assert (r.doi, r.pmid) == ("10.1186/s12891-021-04300-1", "33985478")
    assert [s.role for s in r.sections] == ["BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS"]
    assert "≥65" in r.abstract and "&amp;" not in r.abstract and "Introduction" not in r.abstract


def test_publisher_pasted_text() -> None:
    (r,), errors = read_all(FOLDER / "publisher_page.txt")
    assert not errors
    assert r.title == "Outcomes of CT-guided drainage for iliopsoas abscess: a retrospective cohort study"
    assert (r.journal, r.year, r.volume, r.issue, r.pages) == (
        "Journal of Spine Surgery", 2020, "12", "3", "201-209",
    )  # fmt: skip
    assert r.doi == "10.1016/j.jss.2020.01.005"
    assert r.authors == ()  # not stated in a form we can trust: left empty
    assert r.sections[-1].role == "CONCLUSIONS" and "Keywords" not in r.abstract
