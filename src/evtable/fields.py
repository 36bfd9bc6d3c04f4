"""Vocabularies as data: field names, design labels and separators, in one place.

The schema file is the source of truth; this module names the pieces code
refers to directly, and a meta-test checks the two agree.
"""

from __future__ import annotations

from typing import Final

#: The CSV header, in order (a public contract: scripts rely on these names).
FIELDS: Final[tuple[str, ...]] = (
    "study_id", "source", "design", "population", "comparison", "outcome",
    "adverse_events", "conclusion", "intervention", "comparator", "participants_n",
    "design_details", "setting", "results", "title", "authors", "journal", "year",
    "volume", "issue", "pages", "doi", "pmid", "source_file",
)  # fmt: skip

#: The eight columns of the core evidence table reviewers read first.
CORE_FIELDS: Final[tuple[str, ...]] = FIELDS[:8]

RCT: Final = "Randomized controlled trial"
NRCT: Final = "Non-randomized controlled trial"
SINGLE_ARM: Final = "Single-arm trial"
COHORT: Final = "Cohort study"
CASE_CONTROL: Final = "Case-control study"
CROSS_SECTIONAL: Final = "Cross-sectional study"
CASE_SERIES: Final = "Case series"
CASE_REPORT: Final = "Case report"
SYSTEMATIC_REVIEW: Final = "Systematic review or meta-analysis"
NARRATIVE_REVIEW: Final = "Narrative review"
GUIDELINE: Final = "Guideline or consensus statement"
EDITORIAL: Final = "Editorial or commentary"
OTHER: Final = "Other"

#: The allowed design labels, in the schema's order.
DESIGNS: Final[tuple[str, ...]] = (
    RCT, NRCT, SINGLE_ARM, COHORT, CASE_CONTROL, CROSS_SECTIONAL, CASE_SERIES,
    CASE_REPORT, SYSTEMATIC_REVIEW, NARRATIVE_REVIEW, GUIDELINE, EDITORIAL, OTHER,
)  # fmt: skip

#: Joins list-valued cells (outcomes, adverse events, authors, source files).
LIST_SEPARATOR: Final = "; "

#: Joins the two arms of the comparison cell.
VERSUS: Final = " vs "
