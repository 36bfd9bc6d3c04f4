"""PubMed XML reader: both roots, structured abstracts, inline markup, hostile and truncated XML."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest
from reader_helpers import FIXTURES, read_all

FOLDER = FIXTURES / "pubmed_xml"
BAD = FIXTURES / "bad_inputs"


def test_structured_abstract_markup_and_ids() -> None:
    records, errors = read_all(FOLDER / "structured_inline_markup.xml")
    assert not errors and len(records) == 2
    r = records[0]
    assert r.format == "pubmed-xml"
    assert r.title == "Effect of Staphylococcus aureus on CO(2) levels."
    assert r.authors == ("Teeter WA", "REBOA Study Group")
    assert (r.journal, r.year, r.volume, r.issue, r.pages) == ("Am Surg", 2018, "84", "10", "1691-1695")
    assert r.pmid == "30747696"
    # The article's own DOI, not the one in its reference list.
    assert r.doi == "10.1177/000313481830747696"
    assert [(s.label, s.role) for s in r.sections] == [
        ("BACKGROUND", "BACKGROUND"), ("PATIENT CONCERNS", "UNASSIGNED"),
        ("METHODS", "METHODS"), ("CONCLUSIONS", "CONCLUSIONS"),
    ]  # fmt: skip
    methods = r.sections[2]
    assert r.abstract[methods.start : methods.end] == "We enrolled 51 patients; 10(6) CFU/mL."
    assert "Pain ≥7 on the VAS." in r.abstract
    assert r.publication_types == ("Journal Article", "Randomized Controlled Trial")
    assert r.mesh_terms == ("Aorta/*injuries", "Humans")
    assert (r.indexing_status, r.language, r.record_number) == ("MEDLINE", "eng", 1)


def test_medline_citation_set_root_medline_date_and_elocation_doi() -> None:
    (r,), errors = read_all(FOLDER / "medline_citation_set_2016.xml")
    assert not errors
    assert r.year == 2015  # from <MedlineDate>2015 Oct-Dec</MedlineDate>
    assert r.doi == "10.1000/j.example.2015.1"
    assert r.authors == ("García-López M",)
    assert r.abstract == "Plain, unlabelled abstract text." and r.sections == ()
    assert r.indexing_status == "PubMed-not-MEDLINE"


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    target = tmp_path / "pubmed_result.xml.gz"
    with (FOLDER / "structured_inline_markup.xml").open("rb") as src, gzip.open(target, "wb") as dst:
        shutil.copyfileobj(src, dst)
    records, errors = read_all(target)
    assert not errors and [r.pmid for r in records] == ["30747696", "30747697"]


@pytest.mark.parametrize("name", ["billion_laughs.xml", "xxe.xml"])
def test_entity_attacks_are_refused(name: str) -> None:
    records, errors = read_all(BAD / name)
    assert records == []
    (error,) = errors
    assert name in str(error) and "entities" in str(error) and "\n" not in str(error)
    assert "root:" not in str(error)  # /etc/passwd was never read


def test_truncated_xml_keeps_the_complete_records() -> None:
    records, errors = read_all(BAD / "truncated.xml")
    assert [r.pmid for r in records] == ["30747696"]
    (error,) = errors
    assert error.record == 2 and "truncated" in str(error) and "truncated.xml" in str(error)


def _citation(body: str) -> object:
    """A MedlineCitation with ``body`` in its Article, and a stray copy outside it (never read)."""
    from lxml import etree

    return etree.fromstring(f"<MedlineCitation><Article>{body}</Article>{body}</MedlineCitation>")


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (
            "<Author><LastName>Roe</LastName><Initials>J</Initials><Suffix>2nd</Suffix></Author>",
            ("Roe J 2nd",),
        ),
        # Parts in any order; the first of each tag counts; an invalid name is skipped.
        (
            "<Author><Initials>K</Initials><LastName>Poe</LastName><LastName>Xx</LastName></Author>",
            ("Poe K",),
        ),
        (
            '<Author ValidYN="N"><LastName>Wrong</LastName></Author><Author><LastName>Day</LastName></Author>',
            ("Day",),
        ),
        ("<Author><CollectiveName>TRIAL <i>Group</i></CollectiveName></Author>", ("TRIAL Group",)),
    ],
)
def test_author_names_take_the_first_of_each_part(authors: str, expected: tuple[str, ...]) -> None:
    from evtable.readers.pubmed_xml import _authors

    citation = _citation(f"<AuthorList>{authors}</AuthorList>")
    assert _authors(citation) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (
            '<MeshHeading><DescriptorName MajorTopicYN="Y">Aorta</DescriptorName>'
            '<QualifierName>injuries</QualifierName><QualifierName MajorTopicYN="Y">surgery</QualifierName>'
            "</MeshHeading>",
            ("*Aorta/injuries/*surgery",),
        ),
        # A qualifier written before its descriptor still follows it; a heading without one is skipped.
        (
            "<MeshHeading><QualifierName>therapy</QualifierName><DescriptorName>Pain</DescriptorName>"
            "<DescriptorName>Ignored</DescriptorName></MeshHeading><MeshHeading><QualifierName>x</QualifierName>"
            "</MeshHeading>",
            ("Pain/therapy",),
        ),
    ],
)
def test_mesh_headings_read_in_medline_form(headings: str, expected: tuple[str, ...]) -> None:
    from lxml import etree

    from evtable.readers.pubmed_xml import _mesh

    citation = etree.fromstring(
        f"<MedlineCitation><MeshHeadingList>{headings}</MeshHeadingList></MedlineCitation>"
    )
    assert _mesh(citation) == expected
