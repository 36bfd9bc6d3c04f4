"""Structured-abstract sections: find the labels, normalise them to NLM's roles.

Every format flattens structured abstracts differently (XML elements, MEDLINE's
inline "METHODS:", a Cochrane "Main results:" paragraph). Extraction relies on
the roles, so all readers go through `parse_structured` or `join_sections`.
"""

from __future__ import annotations

import re

from evtable.models import Section
from evtable.text import single_spaced

#: Section label (lower case, without the colon) -> NLM role. Data, not code.
LABEL_ROLES: dict[str, str] = {
    **dict.fromkeys(
        ["background", "introduction", "context", "rationale", "purpose", "importance",
         "background and aims", "background and purpose", "background and objectives",
         "background/aims", "aims", "aim", "objective", "objectives", "aims and objectives",
         "study objective", "study objectives", "hypothesis", "goal", "goals", "question",
         "research question", "purpose of review", "purpose of the study", "introduction and hypothesis"],
        "BACKGROUND",
    ),
    **dict.fromkeys(
        ["methods", "method", "materials and methods", "material and methods", "methodology",
         "design", "study design", "design, setting, and participants", "setting", "settings",
         "participants", "patients", "patients and methods", "subjects", "interventions",
         "intervention", "main outcome measures", "main outcomes and measures", "outcome measures",
         "measurements", "search methods", "selection criteria", "data collection and analysis",
         "data sources", "study selection", "data extraction", "eligibility criteria",
         "design and methods", "methods and results", "setting and participants", "population",
         "study design and methods", "search strategy", "case presentation", "case report",
         "case description", "case", "technique", "exposure", "exposures", "procedures",
         "registration", "trial registration", "review methods", "evidence acquisition",
         "data synthesis", "recent findings", "summary of background data"],
        "METHODS",
    ),
    **dict.fromkeys(
        ["results", "result", "findings", "main results", "outcomes", "observations",
         "evidence synthesis", "key results", "results and conclusions"],
        "RESULTS",
    ),
    **dict.fromkeys(
        ["conclusion", "conclusions", "authors' conclusions", "authors conclusions",
         "conclusions and relevance", "interpretation", "discussion", "implications",
         "clinical relevance", "significance", "summary", "conclusions and implications",
         "discussion and conclusions", "conclusion and relevance", "clinical implications",
         "level of evidence", "implications for practice", "conclusions/significance"],
        "CONCLUSIONS",
    ),
}  # fmt: skip
#: Objective-type labels keep their own NLM role.
OBJECTIVE_LABELS = (
    "aim", "aims", "objective", "objectives", "purpose", "study objective", "study objectives",
    "aims and objectives", "hypothesis", "goal", "goals",
)  # fmt: skip
LABEL_ROLES.update(dict.fromkeys(OBJECTIVE_LABELS, "OBJECTIVE"))

_LABEL_ALT = "|".join(re.escape(k) for k in sorted(LABEL_ROLES, key=len, reverse=True))
#: A label at a line start ("Methods:" / "METHODS." / "Results -") or inline in upper case.
_LINE_LABEL = re.compile(rf"(?im)^\s*({_LABEL_ALT})\s*[:.\-–]\s*")
_INLINE_LABEL = re.compile(rf"(?:(?<=^)|(?<=[.!?)\]]\s))((?:{_LABEL_ALT.upper()}))\s*:\s+")
#: `_INLINE_LABEL` without its look-behinds, which `_inline_labels` checks itself. Opening with the
#: labels, it gives ``re`` their first letters to skip ahead to; the look-behinds first made it
#: try every position of the abstract (~40 us of a MEDLINE record's ~120 us of reading).
_UPPER_LABEL = re.compile(rf"({_LABEL_ALT.upper()})\s*:\s+")
#: What `_INLINE_LABEL`'s second look-behind wants before a label: a sentence end, then a space.
_SENTENCE_ENDS = frozenset(".!?)]")
#: The longest label `_UPPER_LABEL` knows: a match starts at most this far before the spaces
#: that precede its colon (labels hold no colon and neither start nor end with a space).
_LONGEST_LABEL = max(len(label.upper()) for label in LABEL_ROLES)
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACE_RUN = re.compile(r"\s+")


def role_of(label: str) -> str:
    """NLM role of a printed label; unknown labels are UNASSIGNED."""
    key = label.strip().rstrip(":.").lower()
    if "  " in key or not (key.isascii() and key.isprintable()):
        key = _SPACE_RUN.sub(" ", key)  # printable ASCII has no other space to fold, nor runs
    return LABEL_ROLES.get(key, "UNASSIGNED")


def join_sections(
    parts: list[tuple[str | None, str | None, str]], *, spaced: bool = False
) -> tuple[str, tuple[Section, ...]]:
    """Build the abstract text from (label, role, body) parts: 'LABEL: body' lines.

    Labels are kept in the text so reviewers see them; sections hold the offsets
    of the bodies. Unlabelled parts are joined without a label. ``spaced`` says
    the bodies are single-spaced already (``single_spaced(body) == body``, as
    `pubmed_xml._text` makes them), so they are not scanned again.
    """
    chunks: list[str] = []
    sections: list[Section] = []
    pos = 0
    for label, role, body in parts:
        if not spaced:
            body = single_spaced(body)
        if not body:
            continue
        prefix = f"{label}: " if label else ""
        if chunks:
            pos += 1  # the joining newline
        start = pos + len(prefix)
        chunks.append(prefix + body)
        pos += len(prefix) + len(body)
        if label:
            sections.append(Section(label, role or role_of(label), start, start + len(body)))
    return "\n".join(chunks), tuple(sections)


def parse_structured(text: str, *, spaced: bool = False) -> tuple[str, tuple[Section, ...]]:
    """Find section labels in flattened text; return the tidied text and its sections.

    Recognises labels at line starts in any case ("Methods:") and upper-case
    labels inline after a sentence end ("... risk. METHODS: We ..."). Text
    without at least two labels is returned as one unlabelled paragraph block.
    ``spaced`` says the text is single-spaced already (``single_spaced(text) == text``,
    as `common.clean_value` leaves a MEDLINE AB): then it is its own tidied form, and
    ``strip()`` gives what `single_spaced` gives for each of its pieces.
    """
    text = text.strip()
    if not text:
        return "", ()
    hits = _line_labels(text)
    if len(hits) < 2:
        hits = _inline_labels(text)
    if len(hits) < 2:
        if "\n" not in text:  # one paragraph (a MEDLINE AB), and not empty: it was stripped
            return (text if spaced else single_spaced(text)), ()
        paragraphs = [single_spaced(p) for p in _BLANK_LINES.split(text)]
        return "\n".join(p for p in paragraphs if p), ()
    parts: list[tuple[str | None, str | None, str]] = []
    if text[: hits[0][0]].strip():
        parts.append((None, None, text[: hits[0][0]]))
    for i, (_, end, label) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        parts.append((label, role_of(label), text[end:stop]))
    if spaced:
        parts = [(label, role, body.strip()) for label, role, body in parts]
    return join_sections(parts, spaced=spaced)


def _line_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each `_LINE_LABEL` match in ``text``, as its ``finditer`` gives them.

    A match can only start where a line does, so the pattern is tried at those
    places alone (``finditer`` tried every character: a MEDLINE abstract is one
    line); after a match, at the first line start past its end.
    """
    hits: list[tuple[int, int, str]] = []
    pos = 0
    start = 0
    while start >= 0:
        if start >= pos and (m := _LINE_LABEL.match(text, start)) is not None:
            hits.append((start, m.end(), m.group(1)))
            pos = m.end()
        start = text.find("\n", start)
        start = start + 1 if start >= 0 else -1
    return hits


def _inline_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each `_INLINE_LABEL` match in ``text``, as its ``finditer`` gives them.

    ``finditer`` tries each position in turn: where a label matches but the
    look-behinds fail, the next try is one character on; after a match, at its end.
    """
    hits: list[tuple[int, int, str]] = []
    pos = 0
    while (m := _label_search(text, pos)) is not None:
        start = m.start()
        if start == 0 or (start >= 2 and text[start - 2] in _SENTENCE_ENDS and text[start - 1].isspace()):
            hits.append((start, m.end(), m.group(1)))
            pos = m.end()
        else:
            pos = start + 1
    return hits


def _label_search(text: str, pos: int) -> re.Match[str] | None:
    """``_UPPER_LABEL.search(text, pos)``, tried only just before each colon.

    A match ends its label, and the spaces after it, at a colon, the first one after
    its start (labels hold none): so a match that starts before the first colon from
    ``pos`` on ends at that colon and starts at most `_LONGEST_LABEL` characters before
    the spaces preceding it, and its ``\\s+`` ends where the spaces after the colon do.
    Searching that window alone gives the match, or says none starts before the colon.
    Without a colon (most unstructured abstracts) nothing is searched at all; the whole
    search went through the text at ~10 ns a character.
    """
    size = len(text)
    while (colon := text.find(":", pos)) >= 0:
        start = colon
        while start > pos and text[start - 1].isspace():
            start -= 1
        end = colon + 1
        while end < size and text[end].isspace():
            end += 1
        if (m := _UPPER_LABEL.search(text, max(pos, start - _LONGEST_LABEL), end)) is not None:
            return m
        pos = colon + 1
    return None
