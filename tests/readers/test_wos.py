"""Web of Science tagged text reader."""

from __future__ import annotations

from reader_helpers import FIXTURES, read_all


def test_clarivate_tagged_record() -> None:
    (r,), errors = read_all(FIXTURES / "wos" / "clarivate_tagged.txt")
    assert not errors
    assert r.format == "wos"
    assert r.title == (
        "Interactions stabilizing the structure of the core light-harvesting complex (LH1) "
        "of photosynthetic bacteria"
    )
    assert r.authors == ("Parkes-Loach PS", "Majeed AP")
    assert (r.year, r.volume, r.issue, r.pages) == (2004, "43", "22", "7003-7016")
    assert (r.doi, r.pmid) == ("10.1021/bi049798f", "15170338")
    assert r.keywords == ("light harvesting", "bacteriochlorophyll")
    assert r.abstract.endswith("beta-polypeptide are reported.")
