"""The `evtable` command: parse options, call the library, print, set the exit code.

Heavy libraries (pandas, pandera, openpyxl, xlsxwriter) are imported inside
the commands that need them, so `evtable --help` starts instantly. Library
errors become one line on stderr; `--debug` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

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
def build(inputs: tuple[Path, ...], out_dir: Path, excel_csv: bool) -> None:
    """Turn record files (and folders of them) into a validated evidence table.

    INPUTS default to seeds/. Every file is read; a file that cannot be read is
    reported on one line and the others still go through. Exit status 1 when
    any input failed or a row is invalid.

    \b
    Example:
      evtable build records/ pubmed_export.nbib --out exports
    """
    from evtable.pipeline import build as run_build

    result = run_build(inputs or (Path("seeds"),), out_dir, excel_csv=excel_csv)
    for error in result.errors:
        click.echo(f"error: {error}", err=True)
    for failure in result.validation.failures:
        click.echo(f"invalid: row {failure.row}, {failure.column}: {failure.message}", err=True)
    click.echo(
        f"{len(result.files)} files read, {len(result.records)} records, {len(result.merges)} duplicates merged, "
        f"{len(result.rows)} rows written to {out_dir}, {result.failed_files} files failed, "
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
def validate(file: Path, fmt: str) -> None:
    """Check an evidence CSV or workbook against the schema; print every failure.

    \b
    Example:
      evtable validate exports/evidence_table.xlsx --format json
    """
    from evtable.io import read_table

    frame, sheet = read_table(file)
    from evtable.validate import validate_frame

    report = validate_frame(frame, sheet=sheet)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "file": str(file),
                    "rows": report.rows,
                    "valid": report.ok,
                    "failures": [f.as_dict() for f in report.failures],
                },
                indent=2,
                ensure_ascii=False,
            )
        )
    else:
        for f in report.failures:
            where = f"{f.sheet}!" if f.sheet else ""
            click.echo(
                f"{where}row {f.row if f.row is not None else '-'}\t{f.column or '-'}\t{f.value or ''}\t{f.rule}\t{f.message}"
            )
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
