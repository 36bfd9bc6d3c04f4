"""Reviewer decisions that survive re-runs: corrections, verifications, exclusions, same-study links.

In a real review every row is checked by a person. Their decisions live in a
curation file (YAML or CSV) beside the inputs and are applied on every build,
after extraction, so re-running evtable never throws a reviewer's work away.
A decision is keyed by study (``doi:…``, ``pmid:…`` or ``study:…``); for one
study and field the latest decision wins, and older ones stay in the file as
history. A verified value whose extraction has since changed is not silently
replaced: the cell is flagged "needs re-check".
"""

from __future__ import annotations

import csv
import dataclasses
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evtable.errors import EvtableError, ReaderError
from evtable.models import EvidenceRow, Provenance, Record
from evtable.schema import load_schema
from evtable.writers.atomic import atomic_path

DEFAULT_NAME = "curation.yaml"

CORRECT = "correct"
VERIFY = "verify"
EXCLUDE = "exclude"
SAME_STUDY = "same_study"
ACTIONS = (CORRECT, VERIFY, EXCLUDE, SAME_STUDY)

#: Cell statuses shown in the workbook.
EXTRACTED = "extracted"
VERIFIED = "verified"
CORRECTED = "corrected"
NEEDS_RECHECK = "needs re-check"

#: Columns of a curation CSV (and keys of a YAML decision), in order.
CSV_COLUMNS = ("study", "field", "action", "value", "machine_value", "by", "at", "note")
#: Key prefixes, in the order a new decision's key is chosen.
KEY_KINDS = ("doi", "pmid", "study")


class CurationError(EvtableError, ValueError):
    """A curation file cannot be read or holds a decision evtable cannot apply."""


@dataclass(frozen=True, slots=True)
class Decision:
    """One reviewer decision.

    ``value`` is the corrected or verified value (for ``same_study``: the other
    study's key); ``machine_value`` what evtable had extracted when the
    decision was made.
    """

    study: str
    action: str
    field: str | None = None
    value: Any = None
    machine_value: Any = None
    by: str | None = None
    at: str | None = None
    note: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclass
class Curation:
    """All decisions of one curation file, in file order (later wins)."""

    decisions: list[Decision] = field(default_factory=list)
    path: Path | None = None

    def latest(self) -> dict[tuple[str, str | None, str], Decision]:
        """The decision in force per (study key, field, kind); kind is 'cell', 'exclude' or 'same'."""
        out: dict[tuple[str, str | None, str], Decision] = {}
        for d in self.decisions:
            kind = "cell" if d.action in {CORRECT, VERIFY} else d.action
            out[(d.study, d.field if kind == "cell" else None, kind)] = d
        return out


@dataclass(frozen=True, slots=True)
class CurationEvent:
    """What applying one decision did, for the build summary and the About sheet."""

    study: str
    field: str | None
    outcome: str  # corrected, verified, needs re-check, excluded, merged, unmatched
    detail: str = ""


# --- keys ---------------------------------------------------------------------------------


def keys_of(values: dict[str, object]) -> list[str]:
    """Every key a row (or record) answers to, most stable first."""
    keys = []
    if values.get("doi"):
        keys.append(f"doi:{str(values['doi']).lower()}")
    if values.get("pmid"):
        keys.append(f"pmid:{values['pmid']}")
    if values.get("study_id"):
        keys.append(f"study:{values['study_id']}")
    return keys


def record_keys(record: Record) -> list[str]:
    from evtable.extract.biblio import base_study_id

    return keys_of({"doi": record.doi, "pmid": record.pmid, "study_id": base_study_id(record)})


def normalise_key(key: str) -> str:
    """'DOI:10.1/ABC' -> 'doi:10.1/abc'; a bare DOI or PMID gets its prefix."""
    key = key.strip()
    kind, sep, rest = key.partition(":")
    if sep and kind.lower() in KEY_KINDS:
        kind = kind.lower()
        return f"{kind}:{rest.strip().lower() if kind == 'doi' else rest.strip()}"
    if key.startswith("10."):
        return f"doi:{key.lower()}"
    if key.isdigit():
        return f"pmid:{key}"
    return f"study:{key}"


# --- reading and writing ------------------------------------------------------------------


def load_curation(path: str | Path) -> Curation:
    """Read a curation file (.yaml/.yml or .csv); a missing file is an empty curation."""
    path = Path(path)
    if not path.exists():
        return Curation(path=path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ReaderError(str(path), f"cannot read curation file ({exc})") from None
    raw = _parse_csv(text) if path.suffix.lower() == ".csv" else _parse_yaml(path, text)
    decisions = []
    for number, item in enumerate(raw, start=1):
        decisions.append(_decision(path, number, item))
    return Curation(decisions=decisions, path=path)


def _parse_yaml(path: Path, text: str) -> list[dict[str, Any]]:
    import yaml

    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise ReaderError(str(path), f"not valid YAML ({str(exc).splitlines()[0]})") from None
    items = data.get("decisions", []) if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise ReaderError(str(path), "expected a list under 'decisions:'")
    return items


def _parse_csv(text: str) -> list[dict[str, Any]]:
    return [
        {k: (v if v != "" else None) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))
    ]


def _decision(path: Path, number: int, item: Any) -> Decision:
    if not isinstance(item, dict):
        raise ReaderError(str(path), "each decision must be a mapping", record=number)
    action = str(item.get("action") or "").strip().lower().replace("-", "_").replace(" ", "_")
    action = {"verified": VERIFY, "corrected": CORRECT, "excluded": EXCLUDE, "same": SAME_STUDY}.get(
        action, action
    )
    if action not in ACTIONS:
        raise ReaderError(
            str(path), f"unknown action {item.get('action')!r} (use {', '.join(ACTIONS)})", record=number
        )
    study = item.get("study")
    if not study:
        raise ReaderError(str(path), "a decision needs 'study' (doi:…, pmid:… or study:…)", record=number)
    fld = item.get("field")
    if action in {CORRECT, VERIFY} and fld not in load_schema().names:
        raise ReaderError(str(path), f"unknown field {fld!r}", record=number)
    value = item.get("value")
    if action == SAME_STUDY:
        if not value:
            raise ReaderError(str(path), "'same_study' needs the other study's key as 'value'", record=number)
        value = normalise_key(str(value))
    elif fld and value is not None:
        value = typed_value(fld, value)
    return Decision(
        study=normalise_key(str(study)), action=action, field=fld, value=value,
        machine_value=typed_value(fld, item.get("machine_value")) if fld else item.get("machine_value"),
        by=_str(item.get("by")), at=_str(item.get("at")), note=_str(item.get("note")),
    )  # fmt: skip


def _str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def typed_value(fld: str | None, value: Any) -> Any:
    """Integers for integer columns (as the schema says), text otherwise."""
    if value is None or value == "":
        return None
    if fld and load_schema().column(fld).type == "integer":
        try:
            return int(str(value).strip())
        except ValueError:
            return str(value)
    return str(value)


def save_curation(curation: Curation, path: str | Path | None = None) -> Path:
    """Write the curation file atomically (YAML or CSV by extension)."""
    path = Path(path or curation.path or DEFAULT_NAME)
    with atomic_path(path) as tmp:
        if path.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, CSV_COLUMNS, lineterminator="\r\n")
                writer.writeheader()
                for d in curation.decisions:
                    writer.writerow({k: "" if v is None else v for k, v in dataclasses.asdict(d).items()})
        else:
            import yaml

            header = (
                "# evtable curation file: reviewer decisions, applied on every build.\n"
                "# action: correct | verify | exclude | same_study; for one study and field the last one wins.\n"
            )
            body = yaml.safe_dump(
                {"decisions": [d.as_dict() for d in curation.decisions]},
                sort_keys=False, allow_unicode=True, width=100,
            )  # fmt: skip
            tmp.write_text(header + body, encoding="utf-8")
    return path


def default_curation_path(inputs: Sequence[str | Path]) -> Path | None:
    """``curation.yaml`` in the first input folder (or beside the first input file)."""
    if not inputs:
        return None
    first = Path(inputs[0])
    folder = first if first.is_dir() else first.parent
    return folder / DEFAULT_NAME


# --- applying -----------------------------------------------------------------------------


def apply_to_records(records: list[Record], curation: Curation) -> tuple[list[Record], list[CurationEvent]]:
    """Merge records a reviewer declared the same study (before extraction)."""
    from evtable.dedupe import merge_records

    links = [d for d in curation.latest().values() if d.action == SAME_STUDY]
    if not links:
        return records, []
    events: list[CurationEvent] = []
    index = {k: i for i, r in enumerate(records) for k in record_keys(r)}
    parent = list(range(len(records)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for d in links:
        a, b = index.get(d.study), index.get(str(d.value))
        if a is None or b is None:
            events.append(
                CurationEvent(d.study, None, "unmatched", f"same study as {d.value}: not both found")
            )
            continue
        parent[find(b)] = find(a)
        events.append(
            CurationEvent(d.study, None, "merged", f"same study as {d.value} (by {d.by or 'reviewer'})")
        )
    groups: dict[int, list[Record]] = {}
    for i, r in enumerate(records):
        groups.setdefault(find(i), []).append(r)
    return [merge_records(g) if len(g) > 1 else g[0] for g in groups.values()], events


def apply_to_rows(
    rows: Iterable[EvidenceRow], curation: Curation
) -> tuple[list[EvidenceRow], list[CurationEvent]]:
    """Apply exclusions, corrections and verifications to extracted rows.

    Returns new rows (the inputs are not modified) and one event per decision
    used, plus an 'unmatched' event for each decision that found no study.
    """
    latest = curation.latest()
    by_study: dict[str, list[Decision]] = {}
    for (study, _, _), d in latest.items():
        if d.action != SAME_STUDY:
            by_study.setdefault(study, []).append(d)
    used: set[str] = set()
    out: list[EvidenceRow] = []
    events: list[CurationEvent] = []
    for row in rows:
        keys = keys_of(row.values)
        decisions = [d for k in keys for d in by_study.get(k, [])]
        used.update(k for k in keys if k in by_study)
        if any(d.action == EXCLUDE for d in decisions):
            d = next(d for d in decisions if d.action == EXCLUDE)
            events.append(CurationEvent(str(row.values["study_id"]), None, "excluded", d.note or ""))
            continue
        if not decisions:
            out.append(row)
            continue
        new_row, row_events = _apply_cells(row, decisions)
        out.append(new_row)
        events.extend(row_events)
    for study in by_study:
        if study not in used:
            events.append(CurationEvent(study, None, "unmatched", "no study in this build has this key"))
    return out, events


def _apply_cells(row: EvidenceRow, decisions: list[Decision]) -> tuple[EvidenceRow, list[CurationEvent]]:
    values = dict(row.values)
    status = dict(row.status)
    machine = dict(row.machine_values)
    provenance = list(row.provenance)
    events = []
    sid = str(row.values["study_id"])
    seen: set[str] = set()
    for d in decisions:
        if d.field is None or d.field in seen:
            continue
        seen.add(d.field)
        current = row.values.get(d.field)
        machine.setdefault(d.field, current)
        reviewer = d.by or "reviewer"
        when = f" on {d.at}" if d.at else ""
        if d.action == CORRECT:
            values[d.field] = d.value
            status[d.field] = CORRECTED
            provenance = [p for p in provenance if p.field != d.field]
            provenance.append(_reviewer_prov(d, f"corrected by {reviewer}{when}", current))
            events.append(CurationEvent(sid, d.field, CORRECTED, f"{current!r} -> {d.value!r}"))
        elif _same(current, d.value):
            status[d.field] = VERIFIED
            provenance.append(_reviewer_prov(d, f"verified by {reviewer}{when}", current))
            events.append(CurationEvent(sid, d.field, VERIFIED))
        else:
            status[d.field] = NEEDS_RECHECK
            provenance.append(
                _reviewer_prov(
                    d,
                    f"verified by {reviewer}{when} as {d.value!r}; extraction now differs",
                    current,
                    confidence="low",
                )
            )
            events.append(
                CurationEvent(sid, d.field, NEEDS_RECHECK, f"verified {d.value!r}, now extracted {current!r}")
            )
    new_row = dataclasses.replace(
        row, values=values, status=status, machine_values=machine, provenance=tuple(provenance)
    )
    return new_row, events


def _reviewer_prov(d: Decision, method: str, original: object, *, confidence: str = "high") -> Provenance:
    value = "" if d.value is None else str(d.value)
    note = f" ({d.note})" if d.note else ""
    return Provenance(
        field=str(d.field), value=value, quote=value, location="reviewer", start=None, end=None,
        method=method + note, confidence=confidence,  # type: ignore[arg-type]
        reviewer=d.by, original=None if original is None else str(original),
    )  # fmt: skip


def _norm(value: object) -> str | None:
    return None if value is None or value == "" else " ".join(str(value).split())


def _same(a: object, b: object) -> bool:
    return _norm(a) == _norm(b)


def study_key(values: dict[str, object]) -> str:
    """The key a new decision is filed under: DOI, else PMID, else study ID."""
    keys = keys_of(values)
    if not keys:
        raise CurationError("a row without DOI, PMID or study ID cannot be curated")
    return keys[0]
