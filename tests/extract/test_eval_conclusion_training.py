"""Training the conclusion boundary model: extra labelled abstracts stay out of the scored set."""

from __future__ import annotations

from pathlib import Path

from evtable.evaluate.conclusion import conclusion_cases, training_cases
from evtable.evaluate.conclusion_train import example, through_conclusions
from evtable.models import Record
from evtable.readers.sections import parse_structured

ABSTRACT = (
    "METHODS: We enrolled {n} adults. RESULTS: Pain fell by 20% (P = .01). "
    "CONCLUSIONS: The drug helps. TRIAL REGISTRATION: NCT01234567."
)


def _record(
    pmid: str | None, title: str, *, doi: str | None = None, fmt: str = "medline", n: int = 40
) -> Record:
    text, sections = parse_structured(ABSTRACT.format(n=n))
    return Record(
        source_file="x", format=fmt, pmid=pmid, doi=doi, title=title, abstract=text, sections=sections
    )


def _write_medline(path: Path, records: list[Record]) -> None:
    lines = []
    for r in records:
        lines += [""]
        if r.pmid:
            lines += [f"PMID- {r.pmid}"]
        lines += [f"TI  - {r.title}", f"AB  - {ABSTRACT.format(n=40)}"]
        if r.doi:
            lines += [f"AID - {r.doi} [doi]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_training_cases_skip_studies_that_are_scored_or_already_taken(tmp_path: Path) -> None:
    scored = conclusion_cases([_record("1", "Drug A for knee pain.", fmt="pubmed-xml")])
    (tmp_path / "medline").mkdir()
    _write_medline(
        tmp_path / "medline" / "export.txt",
        [
            _record("1", "Another title, same PMID."),
            _record("2", "DRUG A FOR KNEE PAIN"),  # the scored study's title, other case and punctuation
            _record("3", "Drug B for hip pain.", doi="10.1000/b"),
            _record("4", "Drug B for hip pain, again.", doi="10.1000/B"),  # same DOI as PMID 3
            _record("5", "Drug C for back pain."),
        ],
    )
    assert [c.pmid for c in training_cases(tmp_path, scored)] == ["3", "5"]


def test_training_gold_start_ignores_sections_after_the_conclusions() -> None:
    case = conclusion_cases([_record("1", "T", fmt="pubmed-xml")])[0]
    assert [s.role for s in through_conclusions(case.record).sections][-1] == "CONCLUSIONS"
    ex = example(case)
    assert ex.gold is not None and len(ex.candidates) == 3  # the registration trailer is no candidate
