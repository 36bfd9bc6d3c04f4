"""The conclusion's pre-checks never change a result (issue 7, speed).

A plain abstract is scanned for a printed conclusions label, and its closing sentences are
tested for administrative trailers, only where a cheap substring or word test says a pattern
can match. Each gated function must equal its patterns alone: on texts spelling out every
alternative of the patterns, and on every corpus record, labels kept and stripped too.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from helpers_extract import corpus_records

from evtable.evaluate.conclusion import labels_kept, labels_stripped
from evtable.extract.conclusion import (
    SPONSORED,
    _label_section,
    _printed_section,
    is_admin_sentence,
    plain_candidates,
)
from evtable.extract.patterns import ADMIN_SENTENCE, FINITE_VERB, FUNDER_WORDS, MAX_FUNDER_LIST_WORDS
from evtable.extract.zones import Document
from evtable.models import Record


def _admin_by_patterns(text: str) -> bool:
    """The definition of `is_admin_sentence`: its patterns, run on every sentence."""
    if ADMIN_SENTENCE.search(text):
        return True
    if FUNDER_WORDS.search(text) is None:
        return False
    if SPONSORED.search(text):
        return True
    return FINITE_VERB.search(text) is None and text.count(" ") < MAX_FUNDER_LIST_WORDS


#: One text per alternative of ADMIN_SENTENCE and per FUNDER_WORDS word, each with as few
#: needles as it can have, and variants the gates must not be fooled by.
TRAILERS = [
    "No financial interest.", "No financial or proprietary interest.", "Conflicts of interest: none.",
    "A proprietary interest.", "Competing interests: none.", "See ClinicalTrials.gov.", "Trial NCT01234567.",
    "ISRCTN1234.", "EudraCT 2010.", "It was registered at a registry.", "Registration number 12.",
    "Funded by a charity.", "Supported by grants.", "Supported by a grant.", "Level of evidence: 2.",
    "Copyright 2020.", "All rights reserved.", "(c) 2019 the authors.", "Two consultants to industry.",
    "Dr X is an employee of Y.", "They are employees of Y.", "Royalty income.", "Royalties.",
    "Intellectual property rights.", "He receives grants from Z.", "She received speaker fees from Z.",
    "He has received honoraria from Z.", "The trial was not registered.", "The protocol was not published.",
    "Institutional review board no 5.", "© 2021 Elsevier.", "Level IV.", "IV.", "2b.", "Level 3.",
    "Not applicable.", "not applicable", "LEVEL II", "Pfizer Inc.", "V Foundation.", "National Institutes.",
    "A Programme.", "A Program.", "Research Council.", "Fund.", "Acme Ltd.", "Ministry of Health.",
    "Agency.", "Wellcome Trust.", "Bayer GmbH.", "Acme Corporation.", "This study was supported by the Fund.",
    "The Foundation programme was effective.", "Council-run clinics may improve uptake.",
    "Sponsored by the Ministry of Health and the Wellcome Trust and others with long names and more words "
    "than a list of sponsors would ever have in a trailer at all.",
    "See the ClinicalTrials.gov site.", "Trial number NCT01234567 here.", "Trial ISRCTN1234 was listed.",
    "The EudraCT 2010 number.", "Copyright to the authors 2020.", "Text(c) 2019 the authors.",
    "The royalty income here.", "Image © 2021 by Elsevier.", "The National Institute of Health.",
    "No \u017financial interest.", "\u0130SRCTN 12.", "Fundé.", "Fund2.", "The drug is safe.", "",
]  # fmt: skip


@pytest.mark.parametrize("text", TRAILERS)
def test_admin_gate_agrees_with_the_patterns(text: str) -> None:
    assert is_admin_sentence(text) == _admin_by_patterns(text)


#: One printed label per alternative of CONCLUSION_LABEL, and a few that are no conclusion.
LABELS = [
    "CONCLUSION", "Conclusions", "CONCLUSION(S)", "AUTHORS' CONCLUSIONS", "Authors conclusions",
    "CONCLUSIONS AND RELEVANCE", "Conclusions and implications", "CONCLUSIONS AND CLINICAL RELEVANCE",
    "INTERPRETATION", "Interpretations", "DISCUSSION", "DISCUSSION AND CONCLUSIONS", "RESULTS AND DISCUSSION",
    "COMMENT", "Comments", "IMPLICATIONS", "IMPLICATIONS FOR PRACTICE", "CLINICAL RELEVANCE",
    "CLINICAL IMPLICATIONS", "SIGNIFICANCE", "CONCLUSIONS/SIGNIFICANCE", "SUMMARY", "MAIN CONCLUSIONS",
    "RESULTS", "OUTCOME", "\u017dUMMARY", "\u017fUMMARY",
]  # fmt: skip


def _printed(label: str) -> Document:
    text = f"METHODS: We enrolled 50 adults.\nRESULTS: Pain fell by 30%.\n{label}: The drug works."
    return Document(Record(source_file="test", format="medline", title="", abstract=text))


def _section_differences(documents: Iterable[Document]) -> list[str]:
    return [d.text[:80] for d in documents if _printed_section(d) != _label_section(d)]


@pytest.mark.parametrize("label", LABELS)
def test_printed_label_gate_agrees_with_the_scan(label: str) -> None:
    assert _section_differences([_printed(label)]) == []


def _views(corpus: Path) -> Iterator[Document]:
    for record in corpus_records(corpus):
        yield Document(record)
        if record.sections:
            yield Document(labels_kept(record))
            yield Document(labels_stripped(record))


@pytest.mark.corpus
def test_conclusion_gates_agree_with_the_patterns_on_corpus_records(corpus: Path) -> None:
    documents = list(_views(corpus))
    assert len(documents) > 2_000
    assert _section_differences(documents) == []
    texts = [z.text for d in documents for z in [*d.sentences, *plain_candidates(d)]]
    assert [t for t in texts if is_admin_sentence(t) != _admin_by_patterns(t)] == []
