"""The authors' conclusion: the labelled Conclusions section, else the concluding sentence."""

from __future__ import annotations

from evtable.extract.patterns import CONCLUSION_CUES
from evtable.extract.zones import Document
from evtable.models import Provenance

#: How many closing sentences of an unstructured abstract may hold the conclusion.
CLOSING_WINDOW = 2


def extract_conclusion(doc: Document) -> tuple[str | None, list[Provenance]]:
    labelled = [z for z in doc.sentences if z.role == "CONCLUSIONS"]
    if labelled:
        start, end = labelled[0].sentence.start, labelled[-1].sentence.end
        value = doc.text[start:end]
        return value, [doc.span("conclusion", value, start, end, "Conclusions section", "high")]
    candidates = [
        z for z in doc.sentences if z.role not in {"BODY", "BACKGROUND", "METHODS", "RESULTS", "OBJECTIVE"}
    ]
    if len(candidates) < 2:
        return None, []
    window = candidates[-CLOSING_WINDOW:]
    cued = [z for z in window if CONCLUSION_CUES.search(z.text)]
    chosen = cued[-1] if cued else window[-1]
    confidence = "medium" if cued else "low"
    rule = "concluding sentence (cue)" if cued else "last sentence of the abstract"
    s = chosen.sentence
    return s.text, [doc.span("conclusion", s.text, s.start, s.end, rule, confidence)]
