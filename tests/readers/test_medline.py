"""MEDLINE (.nbib) reader: one fixture per quirk of PubMed's tagged text."""

from __future__ import annotations

from reader_helpers import FIXTURES, read_all

FOLDER = FIXTURES / "medline"


def test_continuation_lines_structured_abstract_and_translated_title() -> None:
    records, errors = read_all(FOLDER / "continuation_lines.nbib")
    assert not errors
    first, second = records
    assert first.format == "medline"
    assert first.title == (
        "Feasibility study of preoperative percutaneous catheter drainage in the treatment "
        "of lumbar tuberculosis with psoas abscess."
    )
    assert first.pmid == "30514039" and first.year == 2018
    assert first.doi == "10.3969/j.issn.1003-0034.2018.11.004"
    assert first.authors == ("Lai Z", "Shi SY")
    assert (first.journal, first.volume, first.issue, first.pages) == (
        "Zhongguo Gu Shang", "31", "11", "998-1004",
    )  # fmt: skip
    assert [s.role for s in first.sections] == ["OBJECTIVE", "METHODS", "RESULTS", "CONCLUSIONS"]
    conclusion = first.sections[-1]
    assert first.abstract[conclusion.start : conclusion.end] == "Preoperative drainage is effective."
    assert first.publication_types == ("Journal Article", "Randomized Controlled Trial")
    assert first.mesh_terms == ("Abscess/*surgery", "Humans")
    assert first.keywords == ("psoas abscess",)
    assert (first.language, first.indexing_status, first.record_number) == ("chi", "In-Process", 1)
    # AID [doi] is used when there is no LID; the [pii] is not a DOI.
    assert second.doi == "10.1097/md.0000000000010693"
    assert second.record_number == 2


def test_publisher_record_without_abstract_or_au() -> None:
    (record,), errors = read_all(FOLDER / "publisher_no_abstract.txt")
    assert not errors
    assert record.abstract == "" and record.sections == ()
    # FAU is inverted to Vancouver form when AU is missing; CN is a group author.
    assert record.authors == ("Gadzalski M", "Ciesielska A", "Dermatophyte Genomics Consortium")
    assert record.publication_types == ("JOURNAL ARTICLE",)  # as printed
    assert record.indexing_status == "Publisher"
    assert record.doi is None
