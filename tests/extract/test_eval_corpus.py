"""`evtable evaluate` on the shared corpus: the figures reached, and docs/quality.md kept current.

Targets the rules reach are asserted at the issue's level. Where they are not
reached (conclusion with labels stripped, PICO), the
figure measured when this test was written is asserted as a floor so a
regression shows; docs/quality.md reports them as not met.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from evtable.cli import main
from evtable.evaluate import QualityReport, evaluate
from evtable.evaluate.report import render_markdown

GOLD = REPO / "tests/gold/participants_n.csv"
#: Floors (not the issue's targets, which these views do not reach yet). The stripped-label
#: conclusion floor is just under the boundary model's held-out figure (0.826 with EBM-NLP's
#: difficulty sample in training; 0.815 with the role model, 0.794 before it, 0.774 before the
#: sentence model; 0.662 before the splitter repairs, trailers, opening words and title overlap;
#: rules 0.620).
STRIPPED_CONCLUSION_FLOOR = 0.81
EBM_P_F1_FLOOR = 0.30


@pytest.fixture(scope="module")
def report(corpus: Path) -> QualityReport:
    return evaluate(corpus, participants_gold=GOLD)


@pytest.mark.corpus
def test_targets_reached(report: QualityReport) -> None:
    figures = report.figures()
    assert figures[("design", "with metadata")] >= 0.90  # type: ignore[operator]
    assert figures[("design", "text only")] >= 0.90  # type: ignore[operator]
    assert figures[("conclusion", "labels kept")] >= 0.90  # type: ignore[operator]
    assert figures[("participants_n", "all")] >= 0.85  # type: ignore[operator]
    assert (
        report.participants.not_stated.hits == report.participants.not_stated.total
    )  # never invents a number


@pytest.mark.corpus
def test_views_below_target_do_not_regress(report: QualityReport) -> None:
    figures = report.figures()
    assert figures[("conclusion", "labels stripped")] >= STRIPPED_CONCLUSION_FLOOR  # type: ignore[operator]
    ebm = next(s for s in report.pico if s.dataset == "EBM-NLP" and s.view == "quoted spans")
    assert ebm.per_class["P"].f1 >= EBM_P_F1_FLOOR


@pytest.mark.corpus
def test_conclusion_model_beats_the_rules_on_abstracts_it_was_not_trained_on(report: QualityReport) -> None:
    views = {c.view: c for c in report.conclusion}
    held_out = views["labels stripped"].accuracy
    rules = views["labels stripped, rules (no model)"].accuracy
    assert held_out.total == rules.total
    assert held_out.hits >= rules.hits + 10
    directions = [c for c in report.conclusion if c.note == "held out"]
    assert len(directions) == 2 and sum(c.accuracy.total for c in directions) == held_out.total


@pytest.mark.corpus
def test_committed_quality_report_is_current(report: QualityReport) -> None:
    committed = (REPO / "docs/quality.md").read_text(encoding="utf-8")
    assert render_markdown(report) == committed, "docs/quality.md is stale: rerun `evtable evaluate`"


@pytest.mark.corpus
def test_cli_prints_tables_and_writes_the_same_markdown(
    corpus: Path, report: QualityReport, tmp_path: Path
) -> None:
    out = tmp_path / "quality.md"
    result = CliRunner().invoke(
        main, ["evaluate", "--corpus", str(corpus), "--out", str(out), "--gold", str(GOLD)]
    )
    assert result.exit_code == 0, result.output
    assert "design" in result.output and "participants_n" in result.output
    assert out.read_text(encoding="utf-8") == render_markdown(report)


def test_cli_names_a_missing_corpus_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["evaluate", "--corpus", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "corpus folder not found" in result.output and "Traceback" not in result.output
