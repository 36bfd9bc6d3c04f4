"""EBM-NLP's difficulty sample as extra conclusion training abstracts (issue 4).

Its documents are one token a line with no sentence breaks: a sentence ends at a
full-stop token, headings open sentences as in the ACL split, and a study already
taken (scored, an earlier training case, or the ACL split's copy) is left out.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import structured_case
from evtable.evaluate.conclusion_ebm import (
    EBM_NLP_DOCUMENTS,
    difficulty_docs,
    ebm_training_cases,
    token_sentences,
)
from evtable.evaluate.corpus import EBM_NLP_IDS, EBM_NLP_TOKENS


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["Cats", "purr", ".", "Dogs", "bark", "."], [("Cats", "purr", "."), ("Dogs", "bark", ".")]),
        (["Why", "?", "Because", "!"], [("Why", "?"), ("Because", "!")]),
        (["P", "<", "0.05", "and", "e.g.", "more"], [("P", "<", "0.05", "and", "e.g.", "more")]),  # no end
        (["A", ".", "."], [("A", "."), (".",)]),
        ([], []),
    ],
)
def test_token_sentences_end_at_full_stop_tokens(tokens: list[str], expected: list[tuple[str, ...]]) -> None:
    assert list(token_sentences(tokens)) == expected


def _write_document(corpus: Path, pmid: str, text: str) -> None:
    folder = corpus / EBM_NLP_DOCUMENTS
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{pmid}.tokens").write_text("\n".join(text.split()) + "\n", encoding="utf-8")


def test_difficulty_documents_become_sentences_in_pmid_order(tmp_path: Path) -> None:
    _write_document(tmp_path, "72", "Knitting and sleep . RESULTS Knitters slept well . CONCLUSIONS Knit .")
    _write_document(tmp_path, "71", "Tea . Tea was drunk .")
    docs = difficulty_docs(tmp_path)
    assert [d.pmid for d in docs] == ["71", "72"]
    assert [[t for t, _ in s] for s in docs[1].sentences] == [
        ["Knitting", "and", "sleep", "."],
        ["RESULTS", "Knitters", "slept", "well", "."],
        ["CONCLUSIONS", "Knit", "."],
    ]
    assert difficulty_docs(tmp_path / "nowhere") == []


def test_difficulty_documents_train_unless_their_study_is_taken(tmp_path: Path) -> None:
    conclusion = "CONCLUSIONS Gardening calms the mind ."
    _write_document(
        tmp_path,
        "401",
        f"Gardening and calm . RESULTS Gardeners rested longer than the others . {conclusion}",
    )
    _write_document(
        tmp_path,
        "402",
        f"Painting and calm . RESULTS Painters rested longer than everyone else . {conclusion}",
    )
    _write_document(
        tmp_path,
        "403",
        f"Singing and calm . RESULTS Singers rested far longer than all others . {conclusion}",
    )
    _write_document(tmp_path, "404", "Reading and calm . Readers rested .")  # no headings: no case
    _write_document(
        tmp_path, "405", f"Fishing and calm . RESULTS Anglers rested much longer than most . {conclusion}"
    )
    # the ACL split holds 405's study under another PMID: its copy there is taken first
    (tmp_path / EBM_NLP_TOKENS).parent.mkdir(parents=True, exist_ok=True)
    acl = "Fishing and calm .|RESULTS Anglers rested much longer than most .|CONCLUSIONS It calms ."
    lines = ["-DOCSTART- -X- N", ""]
    for sentence in acl.split("|"):
        lines += [f"{t} NN N" for t in sentence.split()] + [""]
    (tmp_path / EBM_NLP_TOKENS).write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / EBM_NLP_IDS).write_text(json.dumps({"900": []}), encoding="utf-8")
    scored = [structured_case("402", "Another title", "RESULTS: Paint dried. CONCLUSIONS: It calms.")]
    cases = ebm_training_cases(tmp_path, scored)
    assert [c.pmid for c in cases] == ["900", "401", "403"]
    assert [c.gold for c in cases[1:]] == ["Gardening calms the mind.", "Gardening calms the mind."]
    assert cases[1].record.source_file.endswith("401.tokens")
