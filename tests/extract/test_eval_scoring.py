"""The scorers behind `evtable evaluate`, on small labelled sets written by the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evtable import fields as F
from evtable.evaluate.conclusion import labels_stripped, score_conclusions
from evtable.evaluate.corpus import ebm_nlp_docs, piboso_docs
from evtable.evaluate.design import design_gold, score_design, text_only
from evtable.evaluate.metrics import PRF, Accuracy, prf_per_class
from evtable.evaluate.participants import GoldFileError, load_gold
from evtable.evaluate.pico import score_ebm_nlp, score_piboso
from evtable.models import Record
from evtable.readers.sections import parse_structured


def _record(
    abstract: str, *, pts: tuple[str, ...] = (), mesh: tuple[str, ...] = (), status: str = "MEDLINE"
) -> Record:
    text, sections = parse_structured(abstract)
    return Record(source_file="x.xml", format="pubmed-xml", pmid="1", title="T", abstract=text,
                  sections=sections, publication_types=pts, mesh_terms=mesh, indexing_status=status)  # fmt: skip


def test_prf_and_accuracy_arithmetic() -> None:
    scores = prf_per_class(["P", "P", "N", "I"], ["P", "N", "P", "I"], ["P", "I"])
    assert (scores["P"].tp, scores["P"].fp, scores["P"].fn) == (1, 1, 1)
    assert scores["P"].f1 == pytest.approx(0.5) and scores["I"].f1 == 1.0
    assert PRF(0, 0, 3).precision == 0.0
    assert Accuracy(0, 0).value is None and str(Accuracy(3, 4)).startswith("0.750")


@pytest.mark.parametrize(
    ("pts", "mesh", "status", "label"),
    [
        (("Journal Article", "Randomized Controlled Trial", "Review"), (), "MEDLINE", F.RCT),
        (("Review", "Meta-Analysis"), (), "MEDLINE", F.SYSTEMATIC_REVIEW),
        (("Journal Article",), ("*Retrospective Studies",), "MEDLINE", F.COHORT),
        (("Journal Article",), ("Humans",), "MEDLINE", None),
        (("Case Reports",), (), "In-Process", None),
    ],
)
def test_design_gold_from_indexing(
    pts: tuple[str, ...], mesh: tuple[str, ...], status: str, label: str | None
) -> None:
    gold = design_gold(_record("Text.", pts=pts, mesh=mesh, status=status))
    assert (gold.label if gold else None) == label


def test_text_only_view_hides_metadata_and_scores_both_views() -> None:
    rct = _record("Adults were randomly assigned to A or B.", pts=("Randomized Controlled Trial",))
    vague = _record("Outcomes were recorded.", pts=("Randomized Controlled Trial",))
    assert text_only(rct).publication_types == ()
    with_meta, text = score_design([rct, vague])
    assert with_meta.accuracy.hits == 2 and text.accuracy.hits == 1
    assert text.confusion.counts[(F.RCT, "(empty)")] == 1


def test_conclusion_views_strip_labels_and_score_exact_sentences() -> None:
    record = _record(
        "METHODS: We enrolled 40 adults. RESULTS: Pain fell by 20% (P = .01). CONCLUSIONS: The drug helps."
    )
    stripped = labels_stripped(record)
    assert "CONCLUSIONS" not in stripped.abstract and stripped.sections == ()
    views = {s.view: s.accuracy for s in score_conclusions([record])}
    assert views["labels kept"].hits == 1 and views["labels stripped"].hits == 1
    assert views["labels stripped, rules (no model)"].hits == 1
    # one abstract: one half of the cross-dataset split is empty, the other scores it
    assert sum(a.total for v, a in views.items() if v.startswith("labels stripped, held out")) == 1


def test_gold_loader_reads_comments_and_rejects_bad_rows(tmp_path: Path) -> None:
    good = tmp_path / "gold.csv"
    good.write_text(
        "# how it was labelled\npmid,file,participants_n,note\n1,a.xml,30,x\n2,a.xml,,none\n",
        encoding="utf-8",
    )
    rows = load_gold(good)
    assert [(r.pmid, r.n) for r in rows] == [("1", 30), ("2", None)]
    bad = tmp_path / "bad.csv"
    bad.write_text("pmid,file,participants_n,note\n1,a.xml,thirty,x\n", encoding="utf-8")
    with pytest.raises(GoldFileError, match="row 1"):
        load_gold(bad)


def test_ebm_nlp_and_piboso_loaders_and_scores(tmp_path: Path) -> None:
    ebm = tmp_path / "labelled/ebm_nlp"
    ebm.mkdir(parents=True)
    lines = ["-DOCSTART- -X- N", "", "Aspirin NN I", "in IN N", "adults NNS P", "", "Adults NNS P", "with IN P",
             "asthma NN P", "received VBD N", "aspirin NN I", ". . N", ""]  # fmt: skip
    (ebm / "acl_lstm_crf_test.txt").write_text("\n".join(lines), encoding="utf-8")
    (ebm / "acl_lstm_crf_test.json").write_text(json.dumps({"123": []}), encoding="utf-8")
    docs = ebm_nlp_docs(tmp_path)
    assert docs[0].pmid == "123" and len(docs[0].sentences) == 2
    quoted = score_ebm_nlp(docs)[0]
    assert set(quoted.per_class) == {"P", "I", "O"}
    assert quoted.per_class["P"].tp + quoted.per_class["P"].fn == 4  # every gold P token is counted

    piboso = tmp_path / "labelled/nicta_piboso"
    piboso.mkdir(parents=True)
    (piboso / "test_clean.txt").write_text(
        "###9\nbackground\tAsthma is common .\npopulation\tWe enrolled 60 adults with asthma .\n"
        "outcome\tSymptoms fell by 20 % ( P = .02 ) .\n\n",
        encoding="utf-8",
    )
    score = score_piboso(list(piboso_docs(tmp_path)))
    assert score.documents == 1 and score.per_class["population"].tp == 1
