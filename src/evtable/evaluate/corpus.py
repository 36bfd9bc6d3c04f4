"""Reading the development corpus in place: the records and labelled files each scorer needs.

The corpus stays outside the project (see README); these loaders take its
folder and return plain records, so the same scoring runs on any copy of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from evtable.models import Record
from evtable.readers import read_records

#: Folders of PubMed records (XML first: when a PMID is in both, the XML copy is kept,
#: because its NlmCategory section roles and Status attribute are the gold).
PUBMED_FOLDERS: tuple[str, ...] = ("pubmed_xml", "medline")
#: The indexing status of a record whose publication types and MeSH terms NLM has assigned.
FULLY_INDEXED = "MEDLINE"
EBM_NLP_TOKENS = Path("labelled/ebm_nlp/acl_lstm_crf_test.txt")
EBM_NLP_IDS = Path("labelled/ebm_nlp/acl_lstm_crf_test.json")
PIBOSO_FILES: tuple[Path, ...] = (
    Path("labelled/nicta_piboso/dev_clean.txt"),
    Path("labelled/nicta_piboso/test_clean.txt"),
)


def pubmed_records(corpus: Path) -> list[Record]:
    """Every PubMed record in the corpus, one per PMID (XML preferred), in a stable order."""
    seen: dict[str, Record] = {}
    for folder in PUBMED_FOLDERS:
        if not (corpus / folder).is_dir():
            continue
        for result in read_records([corpus / folder]):
            for record in result.records:
                if record.pmid and record.pmid not in seen:
                    seen[record.pmid] = record
    return list(seen.values())


def fully_indexed(record: Record) -> bool:
    """True when NLM has indexed the record (its PT and MeSH can serve as labels)."""
    return (record.indexing_status or "").upper() == FULLY_INDEXED


@dataclass(frozen=True, slots=True)
class TokenDoc:
    """One EBM-NLP abstract: sentences of (token, label) pairs; label in P, I, O or N (none)."""

    pmid: str
    sentences: tuple[tuple[tuple[str, str], ...], ...]


def ebm_nlp_docs(corpus: Path) -> list[TokenDoc]:
    """EBM-NLP's ACL test split; PMIDs come from the JSON's key order (same order as the text)."""
    import json

    ids = list(json.loads((corpus / EBM_NLP_IDS).read_text(encoding="utf-8")))
    docs: list[list[list[tuple[str, str]]]] = []
    for line in (corpus / EBM_NLP_TOKENS).read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([[]])
            continue
        if not line.strip():
            if docs and docs[-1][-1]:
                docs[-1].append([])
            continue
        token, _pos, label = line.rsplit(" ", 2) if line.count(" ") >= 2 else (line, "", "N")
        docs[-1][-1].append((token, label))
    return [TokenDoc(pmid, tuple(tuple(s) for s in doc if s)) for pmid, doc in zip(ids, docs, strict=False)]


@dataclass(frozen=True, slots=True)
class SentenceDoc:
    """One NICTA-PIBOSO abstract: (label, sentence) pairs in order."""

    pmid: str
    sentences: tuple[tuple[str, str], ...]


def piboso_docs(corpus: Path) -> Iterator[SentenceDoc]:
    """NICTA-PIBOSO abstracts from the dev and test files (pubmed-rct layout)."""
    for rel in PIBOSO_FILES:
        path = corpus / rel
        if not path.is_file():
            continue
        pmid: str | None = None
        rows: list[tuple[str, str]] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("###"):
                if pmid and rows:
                    yield SentenceDoc(pmid, tuple(rows))
                pmid, rows = line[3:].strip(), []
            elif "\t" in line:
                label, sentence = line.split("\t", 1)
                rows.append((label.strip(), sentence.strip()))
        if pmid and rows:
            yield SentenceDoc(pmid, tuple(rows))
