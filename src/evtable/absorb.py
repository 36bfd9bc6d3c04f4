"""Absorb a reviewer's hand edits (or a completed reconciliation) into the curation file.

Reviewers edit the exported workbook in Excel and send it back. `absorb_workbook`
compares it with what evtable wrote (the hidden "Extracted" sheet holds the
values as exported; an original CSV/workbook can be given instead), validates
each edit against the schema, and records the valid ones as decisions. An edit
that fails validation is reported and not absorbed; nothing else is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from evtable.compare import SHEET_DISAGREEMENTS, read_reconciliation
from evtable.curation import (
    CORRECT,
    DEFAULT_NAME,
    EXCLUDE,
    VERIFY,
    Curation,
    Decision,
    keys_of,
    load_curation,
    normalise_key,
    save_curation,
    study_key,
)
from evtable.errors import EvtableError, ReaderError
from evtable.schema import TableSchema, load_schema
from evtable.validate import Failure, validate_frame
from evtable.writers.xlsx import SHEET_EXTRACTED, SHEET_META, SHEET_TABLE

#: Words a reviewer may type in a row's status column.
STATUS_VERIFIED = frozenset({"verified", "verify", "ok", "checked"})
STATUS_EXCLUDED = frozenset({"exclude", "excluded"})
#: Column titles that hold a row's review status in the edited sheet.
STATUS_HEADERS = ("status", "review status")
#: Fields never absorbed: they are derived, not extracted or corrected.
NOT_ABSORBED = frozenset({"source", "source_file", "study_id"})


@dataclass
class AbsorbResult:
    """What absorbing one workbook did."""

    decisions: list[Decision] = field(default_factory=list)
    rejected: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    curation_path: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.rejected


def default_curation_for(workbook: str | Path) -> Path:
    """Where absorb writes by default: curation.yaml in the first input folder the workbook records.

    evtable's workbook lists its inputs in the hidden "evtable" sheet; without
    it, curation.yaml in the current folder.
    """
    from openpyxl import load_workbook

    try:
        wb = load_workbook(Path(workbook), read_only=True)
    except Exception:  # reported properly when absorb opens it
        return Path(DEFAULT_NAME)
    try:
        if SHEET_META in wb.sheetnames:
            for key, value, *_ in wb[SHEET_META].iter_rows(values_only=True):
                if key == "input" and value:
                    first = Path(str(value))
                    return (first if first.suffix == "" else first.parent) / DEFAULT_NAME
    finally:
        wb.close()
    return Path(DEFAULT_NAME)


def _sheet_rows(path: Path, sheet: str | None) -> tuple[str, list[str], list[list[Any]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for non-workbooks
        raise ReaderError(str(path), f"not a readable xlsx workbook ({type(exc).__name__})") from None
    try:
        if sheet is None:
            sheet = next((s for s in ("Details", "Evidence table") if s in wb.sheetnames), wb.sheetnames[0])
        if sheet not in wb.sheetnames:
            raise ReaderError(str(path), f"no sheet named {sheet!r}")
        rows = [list(r) for r in wb[sheet].iter_rows(values_only=True)]
    finally:
        wb.close()
    if not rows:
        raise ReaderError(str(path), f"sheet {sheet!r} is empty")
    return sheet, [str(h).strip() if h is not None else "" for h in rows[0]], rows[1:]


def _as_records(
    headers: list[str], rows: list[list[Any]], schema: TableSchema
) -> tuple[list[dict[str, Any]], list[str | None]]:
    """Rows keyed by schema field name (headers may be names or titles), plus each row's status word."""
    by_title = {c.title.lower(): c.name for c in schema.columns}
    names = [h if h in schema.names else by_title.get(h.lower(), "") for h in headers]
    status_col = next((i for i, h in enumerate(headers) if h.lower() in STATUS_HEADERS), None)
    records, statuses = [], []
    for row in rows:
        if all(v is None or str(v).strip() == "" for v in row):
            continue
        rec = {n: row[i] if i < len(row) else None for i, n in enumerate(names) if n}
        records.append(rec)
        statuses.append(
            str(row[status_col]).strip().lower()
            if status_col is not None and status_col < len(row) and row[status_col]
            else None
        )
    return records, statuses


def _normalised(records: list[dict[str, Any]], schema: TableSchema) -> list[dict[str, Any]]:
    import pandas as pd

    from evtable.table import normalise_frame

    frame = pd.DataFrame(
        [{n: r.get(n) for n in schema.names} for r in records], columns=schema.names, dtype=object
    )
    return normalise_frame(frame, schema).to_dict("records")


def absorb_workbook(
    path: str | Path,
    curation_path: str | Path,
    *,
    original: str | Path | None = None,
    reviewer: str | None = None,
    today: str | None = None,
) -> AbsorbResult:
    """Turn the edits in a workbook into curation decisions and save them (atomically)."""
    path = Path(path)
    curation = load_curation(curation_path)
    when = today or date.today().isoformat()
    result = AbsorbResult(curation_path=Path(curation_path))
    from openpyxl import load_workbook

    try:
        sheetnames = load_workbook(path, read_only=True).sheetnames
    except Exception as exc:  # openpyxl raises many types for non-workbooks
        raise ReaderError(str(path), f"not a readable xlsx workbook ({type(exc).__name__})") from None
    if SHEET_DISAGREEMENTS in sheetnames:
        _absorb_reconciliation(path, result, reviewer, when)
    else:
        _absorb_edits(path, sheetnames, result, original, reviewer, when)
    if result.decisions:
        curation.decisions.extend(result.decisions)
        save_curation(curation, curation_path)
    return result


def _validate_cells(values: dict[str, Any], schema: TableSchema, row: int, sheet: str) -> list[Failure]:
    """Schema failures for one edited row (uniqueness is a table property, so it is not checked here)."""
    import pandas as pd

    frame = pd.DataFrame([{n: values.get(n) for n in schema.names}], columns=schema.names, dtype=object)
    report = validate_frame(frame, schema, sheet=sheet)
    return [
        Failure(row, f.column, f.value, f.rule, f.message, sheet)
        for f in report.failures
        if f.rule != "unique"
    ]


def _absorb_edits(
    path: Path,
    sheetnames: list[str],
    result: AbsorbResult,
    original: str | Path | None,
    reviewer: str | None,
    when: str,
) -> None:
    """Edits may be made on the Details sheet (every field) or the Evidence table (core columns + Status)."""
    schema = load_schema()
    sheet, headers, rows = _sheet_rows(path, None)
    edited, statuses = _as_records(headers, rows, schema)
    edited = _normalised(edited, schema)
    table_edits = _table_sheet_edits(path, sheetnames, sheet, schema)
    if original is not None:
        from evtable.io import read_table

        before = read_table(original)[0].to_dict("records")
    elif SHEET_EXTRACTED in sheetnames:
        _, h, r = _sheet_rows(path, SHEET_EXTRACTED)
        before = _normalised(_as_records(h, r, schema)[0], schema)
    else:
        raise EvtableError(
            f"{path}: no '{SHEET_EXTRACTED}' sheet to compare with; give the exported table with --original"
        )
    index = {k: i for i, row in enumerate(before) for k in keys_of(row)}
    seen: set[int] = set()
    for n, (row, word) in enumerate(zip(edited, statuses, strict=True), start=2):
        i = next((index[k] for k in keys_of(row) if k in index), None)
        if i is None:
            result.notes.append(
                f"{sheet} row {n}: study {row.get('study_id')!r} is not in the export; not absorbed"
            )
            continue
        seen.add(i)
        old = before[i]
        key = study_key(old)
        other, other_word = table_edits.get(str(old.get("study_id")), ({}, None))
        word = word or other_word
        if word in STATUS_EXCLUDED:
            result.decisions.append(
                Decision(key, EXCLUDE, by=reviewer, at=when, note="excluded in the edited workbook")
            )
            continue
        merged: dict[str, Any] = {}
        for f in schema.names:
            mine, theirs, was = row.get(f), other.get(f, old.get(f)), old.get(f)
            if _text(mine) != _text(was) and _text(theirs) != _text(was) and _text(mine) != _text(theirs):
                result.rejected.append(Failure(n, f, str(mine), "conflict",
                    f"edited differently on {sheet} ({mine!r}) and {SHEET_TABLE} ({theirs!r})", sheet))  # fmt: skip
                merged[f] = was
            else:
                merged[f] = mine if _text(mine) != _text(was) else theirs
        failures = _validate_cells(merged, schema, n, sheet)
        bad = {f.column for f in failures} | {
            f.column for f in result.rejected if f.row == n and f.rule == "conflict"
        }
        result.rejected.extend(failures)
        for f in schema.names:
            if f in NOT_ABSORBED or f in bad:
                continue
            new, was = merged.get(f), old.get(f)
            if _text(new) != _text(was):
                result.decisions.append(Decision(key, CORRECT, f, new, was, reviewer, when))
            elif word in STATUS_VERIFIED and was is not None:
                result.decisions.append(Decision(key, VERIFY, f, was, was, reviewer, when))
    for i, row in enumerate(before):
        if i not in seen:
            result.notes.append(
                f"study {row.get('study_id')!r} was removed from the edited workbook; not absorbed (add an 'exclude' decision to drop it)"
            )


def _table_sheet_edits(
    path: Path, sheetnames: list[str], read_sheet: str, schema: TableSchema
) -> dict[str, tuple[dict[str, Any], str | None]]:
    """Values and status words on the Evidence table sheet, by study ID (columns that are one field)."""
    if SHEET_TABLE not in sheetnames or read_sheet == SHEET_TABLE:
        return {}
    _, headers, rows = _sheet_rows(path, SHEET_TABLE)
    records, statuses = _as_records(headers, rows, schema)
    records = _normalised(records, schema)
    present = {n for n in (_as_name(h, schema) for h in headers) if n}
    return {
        str(r.get("study_id")): ({f: r.get(f) for f in present}, word)
        for r, word in zip(records, statuses, strict=True)
        if r.get("study_id")
    }


def _as_name(header: str, schema: TableSchema) -> str | None:
    by_title = {c.title.lower(): c.name for c in schema.columns}
    return header if header in schema.names else by_title.get(header.lower())


def _absorb_reconciliation(path: Path, result: AbsorbResult, reviewer: str | None, when: str) -> None:
    schema = load_schema()
    for n, item in enumerate(read_reconciliation(path), start=2):
        agreed = item.get("agreed_value")
        if agreed is None or str(agreed).strip() == "":
            continue
        fld = str(item.get("field") or "")
        key = normalise_key(str(item.get("key") or item.get("study") or ""))
        if fld not in schema.names:
            result.notes.append(
                f"{SHEET_DISAGREEMENTS} row {n}: field {fld!r} is not a schema field; not absorbed"
            )
            continue
        failures = _validate_cells(
            {"study_id": "x", "title": "x", "source_file": "x", fld: agreed}, schema, n, SHEET_DISAGREEMENTS
        )
        failures = [f for f in failures if f.column == fld]
        if failures:
            result.rejected.extend(failures)
            continue
        from evtable.curation import typed_value

        result.decisions.append(
            Decision(key, CORRECT, fld, typed_value(fld, agreed), item.get("reviewer_a"), reviewer or "reconciliation", when,
                     note=str(item.get("note")) if item.get("note") else "agreed in reconciliation")
        )  # fmt: skip


def _text(value: Any) -> str | None:
    return None if value is None or value == "" else " ".join(str(value).split())


__all__ = ["SHEET_EXTRACTED", "AbsorbResult", "Curation", "absorb_workbook"]
