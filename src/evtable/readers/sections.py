"""Structured-abstract sections: find the labels, normalise them to NLM's roles.

Every format flattens structured abstracts differently (XML elements, MEDLINE's
inline "METHODS:", a Cochrane "Main results:" paragraph). Extraction relies on
the roles, so all readers go through `parse_structured` or `join_sections`.
"""

from __future__ import annotations

import re

from evtable.models import Section

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


def role_of(label: str) -> str:
    """NLM role of a printed label; unknown labels are UNASSIGNED."""
    key = re.sub(r"\s+", " ", label.strip().rstrip(":.").lower())
    return LABEL_ROLES.get(key, "UNASSIGNED")


def join_sections(parts: list[tuple[str | None, str | None, str]]) -> tuple[str, tuple[Section, ...]]:
    """Build the abstract text from (label, role, body) parts: 'LABEL: body' lines.

    Labels are kept in the text so reviewers see them; sections hold the offsets
    of the bodies. Unlabelled parts are joined without a label.
    """
    chunks: list[str] = []
    sections: list[Section] = []
    pos = 0
    for label, role, body in parts:
        body = " ".join(body.split())
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


def parse_structured(text: str) -> tuple[str, tuple[Section, ...]]:
    """Find section labels in flattened text; return the tidied text and its sections.

    Recognises labels at line starts in any case ("Methods:") and upper-case
    labels inline after a sentence end ("... risk. METHODS: We ..."). Text
    without at least two labels is returned as one unlabelled paragraph block.
    """
    text = text.strip()
    if not text:
        return "", ()
    hits = [(m.start(), m.end(), m.group(1)) for m in _LINE_LABEL.finditer(text)]
    if len(hits) < 2:
        hits = [(m.start(), m.end(), m.group(1)) for m in _INLINE_LABEL.finditer(text)]
    if len(hits) < 2:
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
        return "\n".join(p for p in paragraphs if p), ()
    parts: list[tuple[str | None, str | None, str]] = []
    if text[: hits[0][0]].strip():
        parts.append((None, None, text[: hits[0][0]]))
    for i, (_, end, label) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(text)
        parts.append((label, role_of(label), text[end:stop]))
    return join_sections(parts)
