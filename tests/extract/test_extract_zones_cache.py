"""Cached views of a sentence and of the title (`zones.cached_once`): computed once, then read as attributes."""

from __future__ import annotations

import re

import pytest
from helpers_extract import doc

from evtable.extract.zones import Zoned, cached_once, words_of


@pytest.mark.parametrize("name", ["lower", "words", "needles"])
def test_a_sentence_view_is_computed_once(name: str) -> None:
    zoned = doc("Forty patients were randomly assigned. The primary end point was survival.").sentences[0]
    first = getattr(zoned, name)
    assert name in vars(zoned)  # stored on the instance: later reads skip the descriptor
    assert getattr(zoned, name) is first


@pytest.mark.parametrize("name", ["title_lower", "title_words", "title_needles"])
def test_a_title_view_is_computed_once(name: str) -> None:
    document = doc("We enrolled 40 adults.", "A RANDOMİZED Trial of Surgery")
    first = getattr(document, name)
    assert name in vars(document)
    assert getattr(document, name) is first


def test_title_views_follow_the_title() -> None:
    document = doc("We enrolled 40 adults.", "A RANDOMİZED Trial of Surgery")
    assert document.title_lower == "a randomized trial of surgery"
    assert {"randomized", "trial"} <= document.title_words
    assert "randomi" in document.title_needles


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


@pytest.mark.parametrize(
    "text",
    [
        "forty patients (n = 40) were randomly assigned; sf-36 and eq-5d at 12 weeks.",
        "tabs\tand\x1cseparators\x00between_words-and1digits",
        "Upper Case Letters Split Runs",  # only a-z are letters here, as in the regex
        "naïve patients: non-ascii text takes the regex route",
        "",
    ],
)
def test_words_of_are_the_letter_runs(text: str) -> None:
    assert words_of(text) == frozenset(re.findall(r"[a-z]+", text))
