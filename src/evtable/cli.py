"""The `evtable` command: parse options, call the library, print, set the exit code.

Heavy libraries (pandas, pandera, openpyxl, xlsxwriter) are imported inside
the commands that need them, so `evtable --help` starts instantly. Library
errors become one line on stderr; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Literal, cast

import click

from evtable import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


class EvtableGroup(click.Group):
    """Turns any exception escaping a command into one line on stderr (no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("evtable: interrupted; outputs already written are intact", err=True)
            ctx.exit(130)
        except Exception as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            from evtable.errors import EvtableError

            kind = "error" if isinstance(exc, EvtableError) else f"internal error ({type(exc).__name__})"
            click.echo(f"evtable: {kind}: {exc} (run with --debug for details)", err=True)
            ctx.exit(EXIT_FAILED)


@click.group(cls=EvtableGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evtable")
@click.option("--debug", is_flag=True, help="Show full tracebacks instead of one-line errors.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """evtable: first-pass evidence tables for systematic reviews.

    \b
    Example:
      evtable build seeds --out exports
      evtable validate exports/evidence_table.csv
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("exports"),
    show_default=True,
    help="Folder for evidence_table.csv, provenance.csv and evidence_table.xlsx.",
)
@click.option(
    "--excel-csv", is_flag=True, help="Add a UTF-8 BOM to the CSVs so Excel on Windows reads accents."
)
@click.option(
    "--curation",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Reviewer decisions to apply (YAML or CSV). Default: curation.yaml in the first input folder, if present.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction. Default: all cores (small inputs run in one process).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="local: worker processes on this machine; dask: Dask tasks (pip install 'evtable[dask]').",
)
@click.option(
    "--scheduler",
    default=None,
    metavar="ADDRESS",
    help="With --engine dask: an existing cluster's scheduler (tcp://HOST:8786). Default: a local cluster.",
)
@click.option(
    "--max-xlsx-rows",
    type=click.IntRange(min=0),
    default=None,
    help="Skip the workbook when the table has more rows than this (the CSV is always complete).",
)
@click.option(
    "--strict", is_flag=True, help="Stop at the first unreadable file or record; nothing is written."
)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar (it only shows on a terminal anyway).")
@click.option(
    "--layout",
    default="default",
    show_default=True,
    metavar="NAME",
    help="Arrangement of the Evidence table sheet and Word table: default, cochrane, nice, jbi "
    "(schemas/layouts/), or a layout .json file.",
)
@click.option(
    "--format",
    "formats",
    default="xlsx,csv",
    show_default=True,
    metavar="LIST",
    help="Outputs, comma-separated: xlsx (workbook), csv (CSVs + datapackage.json), docx (Word table).",
)
@click.option(
    "--paper",
    type=click.Choice(["a4", "letter"]),
    default="a4",
    show_default=True,
    help="Paper size of the workbook's and Word document's print set-up.",
)
def build(
    inputs: tuple[Path, ...],
    out_dir: Path,
    excel_csv: bool,
    curation: Path | None,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    max_xlsx_rows: int | None,
    strict: bool,
    quiet: bool,
    layout: str,
    formats: str,
    paper: str,
) -> None:
    """Turn record files (and folders of them) into a validated evidence table.

    INPUTS default to seeds/. Every file is read; a file that cannot be read is
    reported on one line and the others still go through. Exit status 1 when
    any input failed or a row is invalid.

    \b
    Example:
      evtable build records/ pubmed_export.nbib --out exports
    """
    from evtable.validate import lighten_pandera

    lighten_pandera()
    from evtable.pipeline import build as run_build
    from evtable.progress import Progress, wants_progress

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    chosen = _output_formats(formats)
    from evtable.layouts import load_layout

    load_layout(layout)  # an unknown layout is a one-line error before anything is read or written
    progress = Progress(sys.stderr) if wants_progress(sys.stderr, quiet=quiet) else None
    from evtable.errors import ReaderError

    try:
        result = run_build(
            inputs or (Path("seeds"),), out_dir, excel_csv=excel_csv, curation=curation,
            engine=engine, jobs=jobs, scheduler=scheduler, keep_rows=False, max_xlsx_rows=max_xlsx_rows,
            progress=progress, layout=layout, formats=chosen, paper=cast(Literal["a4", "letter"], paper),
            strict=strict,
        )  # fmt: skip
    except ReaderError as exc:
        if not strict:
            raise
        click.echo(f"error: {exc}", err=True)
        click.echo(f"stopped at the first failure (--strict): nothing written to {out_dir}", err=True)
        sys.exit(EXIT_FAILED)
    if result.skipped_xlsx:
        click.echo(
            f"note: workbook not written: {result.row_count} rows > --max-xlsx-rows {max_xlsx_rows}", err=True
        )
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    _echo_curation(result.curation_path, result.curation_events)
    for failure in result.validation.failures:
        click.echo(f"invalid: row {failure.row}, {failure.column}: {failure.message}", err=True)
    click.echo(
        f"{len(result.files)} files read, {result.record_count} records, {len(result.merges)} duplicates merged, "
        f"{result.row_count} rows written to {out_dir}, {result.failed_files} files failed, "
        f"{len(result.validation.failures)} validation failures"
    )
    sys.exit(EXIT_OK if result.ok else EXIT_FAILED)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="How to print the failures.",
)
@click.option(
    "--map",
    "map_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="YAML map of a filled template (the one given to `evtable fill`).",
)
def validate(file: Path, fmt: str, map_file: Path | None) -> None:
    """Check an evidence CSV, workbook or filled template against the schema; print every failure.

    Reads our workbook's Details sheet by its header titles, a template filled
    by `evtable fill` (its header row found as fill finds it, or as --map says),
    or a CSV. Each failure: sheet, row, column (as headed in the file), value,
    rule. Exit status 1 when anything is invalid.

    \b
    Example:
      evtable validate exports/evidence_table.xlsx --format json
      evtable validate filled.xlsx --map team_map.yaml
    """
    from evtable.io import validate_file
    from evtable.validate import lighten_pandera

    lighten_pandera()
    report, read = validate_file(file, fill_map=map_file)
    if fmt == "json":
        failures = [
            {**f.as_dict(), "header": read.headers.get(f.column or "", f.column)} for f in report.failures
        ]
        click.echo(
            json.dumps(
                {
                    "file": str(file),
                    "kind": read.kind,
                    "rows": report.rows,
                    "valid": report.ok,
                    "failures": failures,
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        if report.failures:
            click.echo("sheet\trow\tcolumn\tvalue\trule\tmessage")
        for f in report.failures:
            row = f.row if f.row is not None else "-"
            column = read.headers.get(f.column or "", f.column) or "-"
            click.echo(f"{f.sheet or '-'}\t{row}\t{column}\t{f.value or ''}\t{f.rule}\t{f.message}")
        click.echo(
            f"{file}: {report.rows} rows, {len(report.failures)} failures"
            + ("" if report.failures else " (valid)")
        )
    sys.exit(EXIT_OK if report.ok else EXIT_FAILED)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "markdown"]),
    default="table",
    show_default=True,
    help="Print as aligned text, the raw Frictionless JSON, or a Markdown table.",
)
def schema(fmt: str) -> None:
    """Print the data dictionary: every column with its title, type, rules and meaning.

    \b
    Example:
      evtable schema --format markdown > docs/data_dictionary.md
    """
    from evtable.schema import load_schema

    s = load_schema()
    if fmt == "json":
        click.echo(json.dumps(s.descriptor, indent=2, ensure_ascii=False))
        return
    if fmt == "markdown":
        click.echo("| Field | Title | Type | Rules | Description |\n|---|---|---|---|---|")
    for c in s.columns:
        rules = "; ".join(x for x in (
            "required" if c.required else "", "unique" if c.unique else "",
            f"one of: {', '.join(c.enum)}" if c.enum else "", f"pattern {c.pattern}" if c.pattern else "",
            f"min {c.minimum}" if c.minimum is not None else "", f"max {c.maximum}" if c.maximum is not None else "",
        ) if x)  # fmt: skip
        if fmt == "markdown":
            click.echo(f"| `{c.name}` | {c.title} | {c.type} | {rules} | {c.description} |")
        else:
            click.echo(f"{c.name:15} {c.title:18} {c.type:8} {rules}\n{'':15} {c.description}")


def _echo_curation(path: Path | None, events: list[Any]) -> None:
    """One summary line for the curation applied, plus a line per cell needing a re-check."""
    if path is None:
        return
    from collections import Counter

    counts = Counter(e.outcome for e in events)
    for e in events:
        if e.outcome in {"needs re-check", "unmatched"}:
            click.echo(
                f"curation: {e.study}{' ' + e.field if e.field else ''}: {e.outcome} ({e.detail})", err=True
            )
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no decisions applied"
    click.echo(f"curation {path}: {summary}")


@main.command()
@click.argument("edited", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--curation",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Curation file to add the decisions to (default: curation.yaml in the workbook's first input folder).",
)
@click.option(
    "--original",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="The table evtable exported, when EDITED lacks its hidden 'Extracted' sheet.",
)
@click.option("--by", "reviewer", default=None, help="Reviewer name or initials recorded with each decision.")
def absorb(edited: Path, curation: Path | None, original: Path | None, reviewer: str | None) -> None:
    """Record a reviewer's edits (or a completed reconciliation) in the curation file.

    Compares EDITED with what evtable wrote, validates every edit against the
    schema, and appends the valid ones as decisions (correct, verify, exclude).
    An edit that fails validation is printed and not absorbed (exit 1).

    \b
    Example:
      evtable absorb reviewed.xlsx --curation records/curation.yaml --by AB
    """
    from evtable.absorb import absorb_workbook, default_curation_for

    target = curation or default_curation_for(edited)
    result = absorb_workbook(edited, target, original=original, reviewer=reviewer)
    for failure in result.rejected:
        click.echo(
            f"not absorbed: {failure.sheet}!row {failure.row}, {failure.column}: {failure.message}", err=True
        )
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"{len(result.decisions)} decisions added to {target}, {len(result.rejected)} edits rejected")
    sys.exit(EXIT_OK if result.ok else EXIT_FAILED)


@main.command()
@click.argument("table_a", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("table_b", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("disagreements.xlsx"),
    show_default=True,
    help="The reconciliation workbook to write.",
)
def compare(table_a: Path, table_b: Path, out: Path) -> None:
    """Compare two reviewers' extractions of the same studies (dual extraction).

    Matches studies by DOI, PMID or study ID, compares every field (coded
    fields exactly, free text by normalised similarity), writes one row per
    disagreement with an empty 'Agreed value' column, and prints agreement per
    field and Cohen's kappa for design. Exit 0 whether or not they disagree.

    \b
    Example:
      evtable compare reviewer_a.xlsx reviewer_b.xlsx --out disagreements.xlsx
      evtable absorb disagreements.xlsx --curation curation.yaml
    """
    from evtable.compare import compare_files, write_reconciliation

    result = compare_files(table_a, table_b)
    write_reconciliation(result, out, protected=(table_a, table_b))
    click.echo(f"{'field':18} {'compared':>8} {'agreed':>7} {'agreement':>10}")
    for fa in result.agreement.values():
        pct = f"{fa.percent:.1f}%" if fa.percent is not None else "-"
        click.echo(f"{fa.field:18} {fa.compared:>8} {fa.agreed:>7} {pct:>10}")
    kappa = f"{result.design_kappa:.3f}" if result.design_kappa is not None else "undefined"
    click.echo(f"Cohen's kappa (design): {kappa}")
    click.echo(
        f"{result.matched} studies matched, {len(result.only_a)} only in A, {len(result.only_b)} only in B; "
        f"{len(result.disagreements)} disagreements written to {out}"
    )


def _output_formats(text: str) -> tuple[str, ...]:
    """Parse --format "xlsx,csv,docx" into known format names, or a usage error naming the bad one."""
    from evtable.pipeline import FORMATS

    chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    bad = [f for f in chosen if f not in FORMATS]
    if bad or not chosen:
        raise click.BadParameter(
            f"{', '.join(bad) or 'nothing'}; choose from {', '.join(FORMATS)}", param_hint="--format"
        )
    return chosen


@main.command()
@click.argument("template", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The filled copy to write (the template itself is never modified).",
)
@click.option(
    "--sheet", default=None, help="Sheet to fill. Default: the sheet whose header names the most fields."
)
@click.option(
    "--map",
    "map_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="YAML map: sheet, header_row, and columns (template header -> field, list of fields, or null).",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="How to print the report of mapped, unmapped and unused columns.")  # fmt: skip
def fill(
    template: Path,
    inputs: tuple[Path, ...],
    out_file: Path,
    sheet: str | None,
    map_file: Path | None,
    fmt: str,
) -> None:
    """Write evidence rows into a review team's own Excel template.

    INPUTS are what `build` takes (default seeds/), or an evidence_table.csv
    that `build` wrote. The header row is found by matching headers to fields
    (case and punctuation ignored, with synonyms such as "Author, year",
    "Study design", "Intervention(s)", "Harms"); --map overrides. Styles,
    widths, merged cells, drop-downs and formulas of other columns are kept.
    Exit status 1 when an input failed or the rows are invalid.

    \b
    Example:
      evtable fill team_template.xlsx records/ --out filled.xlsx --map team_map.yaml
    """
    from evtable.fill import fill_template
    from evtable.io import read_evidence_rows

    rows, problems, protected = read_evidence_rows(inputs or (Path("seeds"),))
    report = fill_template(template, rows, out_file, sheet=sheet, fill_map=map_file, protected=protected)
    for problem in problems:
        click.echo(f"error: {problem}", err=True)
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(
            f"sheet {report.sheet!r}, header row {report.header_row}, data from row {report.first_data_row}"
        )
        for m in report.mapped:
            click.echo(f"mapped\t{m.column}\t{m.header}\t{', '.join(m.fields)}")
        for letter, header in report.unmapped:
            click.echo(f"unmapped\t{letter}\t{header}\t(left as in the template)")
        click.echo(f"unused fields\t{', '.join(report.unused_fields) or '-'}")
        click.echo(f"{report.rows_written} rows written to {report.output}")
    sys.exit(EXIT_FAILED if problems else EXIT_OK)


@main.command()
@click.option(
    "--corpus",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="The development corpus folder. Default: $EVTABLE_CORPUS, else ../shared/corpus.",
)
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("docs/quality.md"),
    show_default=True,
    help="Where to write the Markdown report.",
)
@click.option(
    "--gold",
    "gold_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("tests/gold/participants_n.csv"),
    show_default=True,
    help="The hand-labelled participants_n gold file.",
)
def evaluate(corpus: Path | None, out_file: Path, gold_file: Path) -> None:
    """Score extraction against gold labels from the corpus; print a table per field.

    Design vs publication types (with metadata and text only), conclusion vs
    structured abstracts (labels kept and stripped), participants_n vs the
    hand-labelled gold, PICO vs EBM-NLP tokens and NICTA-PIBOSO sentences.

    \b
    Example:
      evtable evaluate --corpus ../shared/corpus --out docs/quality.md
    """
    import os

    from evtable.errors import EvtableError
    from evtable.evaluate import evaluate as run_evaluation
    from evtable.evaluate.report import render_markdown, render_text
    from evtable.writers.atomic import atomic_path

    folder = corpus or Path(os.environ.get("EVTABLE_CORPUS", "../shared/corpus"))
    if not folder.is_dir():
        raise EvtableError(f"{folder}: corpus folder not found (pass --corpus DIR or set EVTABLE_CORPUS)")
    report = run_evaluation(folder, participants_gold=gold_file)
    click.echo(render_text(report))
    out_file.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(out_file) as tmp:
        tmp.write_text(render_markdown(report), encoding="utf-8")
    click.echo(f"report written to {out_file}")
