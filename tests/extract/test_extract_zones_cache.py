"""A sentence's cached views (`zones.cached_once`) are computed once and then read as attributes."""

from __future__ import annotations

import pytest
from helpers_extract import doc

from evtable.extract.zones import Zoned, cached_once


@pytest.mark.parametrize("name", ["lower", "words", "needles"])
def test_a_sentence_view_is_computed_once(name: str) -> None:
    zoned = doc("Forty patients were randomly assigned. The primary end point was survival.").sentences[0]
    first = getattr(zoned, name)
    assert name in vars(zoned)  # stored on the instance: later reads skip the descriptor
    assert getattr(zoned, name) is first


def test_the_class_attribute_is_the_descriptor_with_its_docstring() -> None:
    view = vars(Zoned)["needles"]
    assert isinstance(view, cached_once)
    assert Zoned.needles is view
    assert view.__doc__ and "one pass" in view.__doc__


def test_views_follow_the_sentence() -> None:
    zoned = doc("We report a Case of TB in 3 men.").sentences[0]
    assert zoned.lower == "we report a case of tb in 3 men."
    assert {"report", "case", "men"} <= zoned.words
    folded = doc("A RANDOMİZED, randomızed caſe.").sentences[0]
    assert folded.lower == "a randomized, randomized case."  # as re.I matches them (gate_text)
    assert {"randomi", "case"} <= folded.needles
