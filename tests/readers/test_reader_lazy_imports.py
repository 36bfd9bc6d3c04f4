"""Readers import their heavy parsers only when a file needs them: every build paid ~50 ms of
start-up for bibtexparser (and pyparsing) when the readers were imported together."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from conftest import FIXTURES

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from evtable.readers import read_records
    files = read_records([sys.argv[1]])
    heavy = ("bibtexparser", "pyparsing", "pandas", "pandera", "openpyxl")
    print(json.dumps({"records": sum(len(f.records) for f in files),
                      "loaded": [m for m in heavy if m in sys.modules]}))
    """
)


@pytest.mark.parametrize(
    ("folder", "loaded"),
    [("medline", []), ("pubmed_xml", []), ("ris", []), ("bibtex", ["bibtexparser", "pyparsing"])],
)
def test_a_parser_is_imported_only_for_its_files(folder: str, loaded: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(FIXTURES / folder)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["records"] > 0
    assert out["loaded"] == loaded
