"""The "multicentre" design detail from a count of centres: the count must be a number, in
figures or words, never any word that happens to end like one ("University Hospitals")."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable import fields as F
from evtable.extract.design import extract_design_details


@pytest.mark.parametrize(
    ("abstract", "multicentre"),
    [
        ("Patients were enrolled at 14 centres in Europe.", True),
        ("Patients were enrolled at twelve sites in Europe.", True),
        ("Patients were enrolled at thirteen hospitals in Europe.", True),
        ("Patients were enrolled at twenty-one centers in Europe.", True),
        ("Patients were enrolled at forty sites in Europe.", True),
        ("Patients were treated at Zagazig University Hospitals in Egypt.", False),
        ("Patients were recruited from community sites and county hospitals.", False),
        ("Patients were enrolled at one centre in Europe.", False),
    ],
)
def test_a_count_of_centres_makes_a_multicentre_study(abstract: str, multicentre: bool) -> None:
    details, provenance = extract_design_details(doc(abstract), F.RCT)
    assert ("multicentre" in (details or "")) is multicentre, details
    if multicentre:
        quote = next(p.quote for p in provenance if "multicentre" in p.value or p.value == details)
        assert quote.split()[-1] in {"centres", "centers", "sites", "hospitals"}, quote
