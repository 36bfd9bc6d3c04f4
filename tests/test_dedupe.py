"""Duplicate detection and merging: DOI, then PMID, then fuzzy title + year + first author."""

from __future__ import annotations

from evtable.dedupe import TITLE_SIMILARITY, deduplicate, label, normalize_title
from evtable.models import Record, Section


def rec(file: str, n: int = 1, **fields: object) -> Record:
    return Record(source_file=file, format="test", record_number=n, **fields)  # type: ignore[arg-type]


def test_same_doi_merges_and_keeps_the_richest_fields() -> None:
    pubmed = rec(
        "a.nbib", title="Drainage of psoas abscess.", doi="10.1/x", pmid="123", year=2019,
        authors=("Smith J", "Jones K", "Brown A"), abstract="Short.",
        publication_types=("Journal Article", "Randomized Controlled Trial"),
    )  # fmt: skip
    catalogue = rec(
        "b.txt", title="Drainage of psoas abscess", doi="10.1/x", year=2019, authors=("Smith J",),
        abstract="BACKGROUND: A much longer abstract.", volume="12",
        sections=(Section("BACKGROUND", "BACKGROUND", 12, 35),),
    )  # fmt: skip
    records, merges = deduplicate([pubmed, catalogue])
    (merged,) = records
    assert merged.abstract == "BACKGROUND: A much longer abstract." and merged.sections
    assert merged.authors == ("Smith J", "Jones K", "Brown A")
    assert (merged.pmid, merged.volume) == ("123", "12")
    assert merged.publication_types == ("Journal Article", "Randomized Controlled Trial")
    assert merged.source_files == ("a.nbib", "b.txt")
    (merge,) = merges
    assert sorted([merge.kept, *merge.merged]) == sorted([label(pubmed), label(catalogue)])
    assert "DOI" in merge.reason


def test_pmid_joins_when_one_side_lacks_the_doi() -> None:
    a = rec("a.xml", title="One", pmid="555", doi="10.1/a")
    b = rec("b.bib", title="One (BibTeX copy)", pmid="555")
    records, merges = deduplicate([a, b])
    assert len(records) == 1 and "PMID" in merges[0].reason


def test_fuzzy_title_year_and_first_author() -> None:
    a = rec("a.ris", title="Percutaneous drainage of psoas abscess: a randomised trial.",
            year=2020, authors=("Müller J", "Li K"))  # fmt: skip
    b = rec("b.csv", title="PERCUTANEOUS DRAINAGE OF PSOAS ABSCESS - A RANDOMIZED TRIAL",
            year=2020, authors=("Muller J",))  # fmt: skip
    records, merges = deduplicate([a, b])
    assert len(records) == 1
    assert "title" in merges[0].reason


def test_near_titles_stay_apart_when_year_author_or_ids_differ() -> None:
    title = "Percutaneous drainage of psoas abscess: a randomised trial"
    base = rec("a.ris", title=title, year=2020, authors=("Smith J",))
    other_year = rec("b.ris", title=title, year=2021, authors=("Smith J",))
    other_author = rec("c.ris", title=title, year=2020, authors=("Jones K",))
    other_doi = rec("d.ris", title=title, year=2020, authors=("Smith J",), doi="10.1/d")
    base_doi = rec("e.ris", title=title, year=2020, authors=("Smith J",), doi="10.1/e")
    part2 = rec("f.ris", title="Percutaneous drainage of psoas abscess: part 2", year=2020,
                authors=("Smith J",))  # fmt: skip
    records, _ = deduplicate([other_year, other_author, other_doi, base_doi, part2])
    assert len(records) == 5
    # The record without a DOI may join one DOI group, never bridge two different DOIs.
    records, _ = deduplicate([base, other_doi, base_doi])
    assert len(records) == 2


def test_pure_and_order_preserved() -> None:
    a, b, c = rec("a", title="Alpha study of things", doi="10.1/a"), rec("b", title="Beta"), rec(
        "c", title="Alpha study of things", doi="10.1/a")  # fmt: skip
    inputs = [a, b, c]
    records, _ = deduplicate(inputs)
    assert [r.title for r in records] == ["Alpha study of things", "Beta"]
    assert inputs == [a, b, c] and a.source_files == ()


def test_normalize_title_and_threshold() -> None:
    assert normalize_title("[Über die  Drainage]. ") == "uber die drainage"
    assert 80 < TITLE_SIMILARITY <= 100
