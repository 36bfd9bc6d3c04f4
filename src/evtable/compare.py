"""Dual extraction: compare two reviewers' tables field by field and build a reconciliation workbook.

Cochrane expects two people to extract independently and resolve their
disagreements. `compare_tables` matches the studies of two tables, compares
coded fields exactly and free text by normalised similarity, and returns every
disagreement plus agreement statistics (percent agreement per field, Cohen's
kappa for design). `write_reconciliation` writes the workbook reviewers fill
in; `evtable absorb` reads it back into the curation file.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from evtable.curation import keys_of
from evtable.schema import TableSchema, load_schema
from evtable.writers.atomic import atomic_path

#: Fields compared exactly (after trimming): codes and numbers, where "close" is still wrong.
CODED_FIELDS = frozenset({"design", "participants_n", "year", "volume", "issue", "pages", "doi", "pmid"})
#: Fields not compared: the key itself and values derived from other fields or from file names.
SKIPPED_FIELDS = frozenset({"study_id", "source", "source_file"})
#: rapidfuzz token_sort_ratio (0-100) at or above which two free-text values agree. 90 forgives
#: word order, punctuation and case ("OS; PFS" vs "PFS, OS") but not a changed number or a
#: missing clause.
TEXT_AGREEMENT = 90
SHEET_DISAGREEMENTS = "Disagreements"
SHEET_AGREEMENT = "Agreement"
RECONCILIATION_HEADER = (
    "study",
    "key",
    "field",
    "reviewer_a",
    "reviewer_b",
    "similarity",
    "agreed_value",
    "note",
)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """One field of one study on which the two tables differ (field '(study)' = study in one table only)."""

    study: str
    key: str
    field: str
    a: Any
    b: Any
    similarity: int | None


@dataclass
class FieldAgreement:
    field: str
    compared: int = 0
    agreed: int = 0

    @property
    def percent(self) -> float | None:
        return 100.0 * self.agreed / self.compared if self.compared else None


@dataclass
class Comparison:
    disagreements: list[Disagreement]
    agreement: dict[str, FieldAgreement]
    matched: int
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    design_kappa: float | None = None


def normalise_text(value: Any) -> str:
    """Case, accents, punctuation and spacing folded, for comparing free text only."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _coded(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split()).lower()


def field_agrees(name: str, a: Any, b: Any) -> tuple[bool, int | None]:
    """Whether two values agree, with the text similarity used (None for coded fields)."""
    if name in CODED_FIELDS:
        return _coded(a) == _coded(b), None
    from rapidfuzz import fuzz

    na, nb = normalise_text(a), normalise_text(b)
    if not na and not nb:
        return True, 100
    if not na or not nb:
        return False, 0
    score = round(fuzz.token_sort_ratio(na, nb))
    return score >= TEXT_AGREEMENT, score


def cohens_kappa(pairs: Sequence[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of two raters' labels (empty counts as a category); None when undefined."""
    n = len(pairs)
    if not n:
        return None
    labels_a = Counter(_coded(a) for a, _ in pairs)
    labels_b = Counter(_coded(b) for _, b in pairs)
    observed = sum(_coded(a) == _coded(b) for a, b in pairs) / n
    expected = sum(labels_a[k] * labels_b.get(k, 0) for k in labels_a) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else None
    return (observed - expected) / (1 - expected)


def _match(
    rows_a: list[dict[str, Any]], rows_b: list[dict[str, Any]]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair studies by DOI, then PMID, then study ID; unpaired indexes are returned too."""
    index_b: dict[str, int] = {}
    for j, row in enumerate(rows_b):
        for key in keys_of(row):
            index_b.setdefault(key, j)
    pairs: list[tuple[int, int]] = []
    taken: set[int] = set()
    unmatched_a: list[int] = []
    for i, row in enumerate(rows_a):
        match = next((index_b[k] for k in keys_of(row) if k in index_b and index_b[k] not in taken), None)
        if match is None:
            unmatched_a.append(i)
        else:
            pairs.append((i, match))
            taken.add(match)
    return pairs, unmatched_a, [j for j in range(len(rows_b)) if j not in taken]


def compare_tables(
    rows_a: list[dict[str, Any]], rows_b: list[dict[str, Any]], *, schema: TableSchema | None = None
) -> Comparison:
    """Every disagreement between two tables of rows keyed by schema field names."""
    schema = schema or load_schema()
    fields = [n for n in schema.names if n not in SKIPPED_FIELDS]
    pairs, only_a, only_b = _match(rows_a, rows_b)
    agreement = {f: FieldAgreement(f) for f in fields}
    out: list[Disagreement] = []
    for i, j in pairs:
        a, b = rows_a[i], rows_b[j]
        study, key = str(a.get("study_id") or b.get("study_id")), keys_of(a)[0]
        for f in fields:
            ok, score = field_agrees(f, a.get(f), b.get(f))
            agreement[f].compared += 1
            agreement[f].agreed += ok
            if not ok:
                out.append(Disagreement(study, key, f, a.get(f), b.get(f), score))
    for i in only_a:
        out.append(
            Disagreement(
                str(rows_a[i].get("study_id")), keys_of(rows_a[i])[0], "(study)", "present", None, None
            )
        )
    for j in only_b:
        out.append(
            Disagreement(
                str(rows_b[j].get("study_id")), keys_of(rows_b[j])[0], "(study)", None, "present", None
            )
        )
    kappa = cohens_kappa([(rows_a[i].get("design"), rows_b[j].get("design")) for i, j in pairs])
    return Comparison(
        disagreements=out, agreement=agreement, matched=len(pairs),
        only_a=[str(rows_a[i].get("study_id")) for i in only_a],
        only_b=[str(rows_b[j].get("study_id")) for j in only_b], design_kappa=kappa,
    )  # fmt: skip


def compare_files(path_a: str | Path, path_b: str | Path) -> Comparison:
    """Compare two evidence workbooks or CSVs (read as `evtable validate` reads them)."""
    from evtable.io import read_table

    frames = [read_table(p)[0] for p in (path_a, path_b)]
    rows = [f.to_dict("records") for f in frames]
    return compare_tables(rows[0], rows[1])


def write_reconciliation(
    comparison: Comparison,
    path: str | Path,
    *,
    labels: tuple[str, str] = ("A", "B"),
    protected: tuple[Path, ...] = (),
) -> Path:
    """The workbook reviewers complete: one row per disagreement and an empty 'agreed value' column.

    ``protected``: the compared files, which must never be overwritten.
    """
    import xlsxwriter

    from evtable.safety import xml_safe
    from evtable.writers.xlsx import STYLE

    path = Path(path)
    with atomic_path(path, protected=protected) as tmp:
        wb = xlsxwriter.Workbook(
            str(tmp), {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
        )
        wb.set_properties({"title": "Reconciliation", "creator": "evtable", "created": datetime(2000, 1, 1)})
        header = wb.add_format(STYLE["header"])
        cell = wb.add_format(STYLE["cell"])
        todo = wb.add_format({**STYLE["cell"], "bg_color": "#FFF2CC"})
        ws = wb.add_worksheet(SHEET_DISAGREEMENTS)
        titles = (
            "Study",
            "Key",
            "Field",
            f"Reviewer {labels[0]}",
            f"Reviewer {labels[1]}",
            "Similarity",
            "Agreed value",
            "Note",
        )
        for c, (title, width) in enumerate(zip(titles, (16, 26, 16, 40, 40, 10, 40, 30), strict=True)):
            ws.set_column(c, c, width)
            ws.write_string(0, c, title, header)
        for r, d in enumerate(comparison.disagreements, start=1):
            for c, v in enumerate((d.study, d.key, d.field, d.a, d.b, d.similarity)):
                if v is None:
                    ws.write_blank(r, c, None, cell)
                elif isinstance(v, int) and not isinstance(v, bool):
                    ws.write_number(r, c, v, cell)
                else:
                    ws.write_string(r, c, xml_safe(str(v)), cell)
            ws.write_blank(r, 6, None, todo)
            ws.write_blank(r, 7, None, cell)
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, max(len(comparison.disagreements), 1), len(titles) - 1)
        stats = wb.add_worksheet(SHEET_AGREEMENT)
        for c, (title, width) in enumerate(
            zip(("Field", "Compared", "Agreed", "Percent agreement"), (18, 10, 10, 18), strict=True)
        ):
            stats.set_column(c, c, width)
            stats.write_string(0, c, title, header)
        for r, fa in enumerate(comparison.agreement.values(), start=1):
            stats.write_string(r, 0, fa.field, cell)
            stats.write_number(r, 1, fa.compared, cell)
            stats.write_number(r, 2, fa.agreed, cell)
            if fa.percent is not None:
                stats.write_number(r, 3, round(fa.percent, 1), cell)
        r = len(comparison.agreement) + 2
        stats.write_string(r, 0, "Cohen's kappa (design)", header)
        if comparison.design_kappa is not None:
            stats.write_number(r, 1, round(comparison.design_kappa, 3), cell)
        stats.write_string(r + 1, 0, "Studies matched", header)
        stats.write_number(r + 1, 1, comparison.matched, cell)
        wb.close()
    return path


def read_reconciliation(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a completed reconciliation workbook, keyed by RECONCILIATION_HEADER names."""
    from openpyxl import load_workbook

    wb = load_workbook(Path(path), read_only=True, data_only=True)
    try:
        rows = list(wb[SHEET_DISAGREEMENTS].iter_rows(values_only=True))
    finally:
        wb.close()
    return [
        dict(zip(RECONCILIATION_HEADER, r, strict=False)) for r in rows[1:] if any(v is not None for v in r)
    ]
