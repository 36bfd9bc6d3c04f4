"""Extra training abstracts for the conclusion boundary model from EBM-NLP's token files.

EBM-NLP's ACL test split (`corpus.ebm_nlp_docs`) stores RCT abstracts one token
a line, and about half of them keep their section headings as upper-case
tokens opening a sentence ("CONCLUSIONS The drug ..."). So do the documents of
EBM-NLP's difficulty sample (`difficulty_docs`: one file of tokens per abstract,
no sentence breaks, so a sentence ends at a full-stop token). Rebuilt as text
with those headings as sections, they are labelled abstracts like the corpus's
MEDLINE ones: the CONCLUSIONS section is the gold, to train on only (never
scored).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from evtable.evaluate.conclusion import ConclusionCase, identity
from evtable.evaluate.corpus import EBM_NLP_TOKENS, TokenDoc, ebm_nlp_docs
from evtable.models import Record
from evtable.readers.sections import LABEL_ROLES, join_sections, role_of

#: The record format of abstracts rebuilt from EBM-NLP tokens.
EBM_FORMAT = "ebm-nlp"
#: EBM-NLP's difficulty sample: one ``PMID.tokens`` file a document, a token a line.
EBM_NLP_DOCUMENTS = Path("labelled/ebm_nlp/ebm_nlp_difficulty_sample/documents")
#: Tokens that end a sentence of a difficulty-sample document (the files keep no sentence breaks).
SENTENCE_END_TOKENS = frozenset(".?!")
#: Upper-case words a heading is made of: every word of a known section label.
HEADING_WORDS = frozenset(w.upper() for label in LABEL_ROLES for w in re.findall(r"[a-z]+", label))
#: Tokens written without a space before them / after them.
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%")
_NO_SPACE_AFTER = frozenset("([{")


def detokenise(tokens: Sequence[str]) -> str:
    """The tokens as text: spaces between them, none before closing or after opening punctuation."""
    out: list[str] = []
    for token in tokens:
        if out and token not in _NO_SPACE_BEFORE and out[-1] not in _NO_SPACE_AFTER:
            out.append(" ")
        out.append(token)
    return "".join(out)


def heading(tokens: Sequence[str]) -> tuple[str, str, int] | None:
    """The section heading opening a sentence's tokens: (label, role, tokens it spans), else None.

    A heading is a run of upper-case words of known labels ("CONCLUSIONS AND RELEVANCE"); its role
    is that of the longest leading part that is a known label ("DESIGN SETTING AND PATIENTS" is
    METHODS, as "DESIGN" is)."""
    n = 0
    while n < len(tokens) and tokens[n].isalpha() and tokens[n].isupper() and tokens[n] in HEADING_WORDS:
        n += 1
    while n and tokens[n - 1] == "AND":
        n -= 1  # "AND" joins two words of a label, it never ends one
    for k in range(n, 0, -1):
        role = role_of(" ".join(tokens[:k]))
        if role != "UNASSIGNED":
            return " ".join(tokens[:n]), role, n
    return None


def ebm_record(doc: TokenDoc, source: str = "ebm_nlp") -> Record:
    """The abstract rebuilt as text, with its headings as sections (sentences before the first
    heading are the title). A document without headings is one unlabelled paragraph."""
    sentences = [[t for t, _ in s] for s in doc.sentences]
    parts: list[tuple[str | None, str | None, list[str]]] = []
    title: list[str] = []
    for tokens in sentences:
        found = heading(tokens)
        if found is not None:
            label, role, n = found
            parts.append((label, role, [detokenise(tokens[n:])] if tokens[n:] else []))
        elif parts:
            parts[-1][2].append(detokenise(tokens))
        else:
            title.append(detokenise(tokens))
    if not parts:
        return Record(source_file=source, format=EBM_FORMAT, pmid=doc.pmid, abstract=" ".join(title))
    text, sections = join_sections([(label, role, " ".join(body)) for label, role, body in parts])
    return Record(
        source_file=source,
        format=EBM_FORMAT,
        pmid=doc.pmid,
        title=" ".join(title) or None,
        abstract=text,
        sections=sections,
    )


def ebm_case(record: Record) -> ConclusionCase | None:
    """A training case when the abstract has exactly one CONCLUSIONS section, after another one."""
    roles = [s.role for s in record.sections]
    if roles.count("CONCLUSIONS") != 1 or roles[0] == "CONCLUSIONS" or not record.pmid:
        return None
    section = record.sections[roles.index("CONCLUSIONS")]
    return ConclusionCase(record.pmid, record, record.abstract[section.start : section.end])


#: A first sentence shorter than this (normalised) names no study.
MIN_FIRST_SENTENCE = 20


def _first_sentence(record: Record) -> set[str]:
    """The opening sentence of the abstract's first section, normalised: a second key for one
    study (none when it is too short to tell studies apart)."""
    body = record.abstract[record.sections[0].start : record.sections[0].end] if record.sections else ""
    first = re.sub(r"[^a-z0-9]+", "", body.split(". ")[0].lower())
    return {f"first:{first}"} if len(first) >= MIN_FIRST_SENTENCE else set()


def token_sentences(tokens: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    """Tokens cut into sentences after each sentence-ending token (`SENTENCE_END_TOKENS`)."""
    out: list[tuple[str, ...]] = []
    sentence: list[str] = []
    for token in tokens:
        sentence.append(token)
        if token in SENTENCE_END_TOKENS:
            out.append(tuple(sentence))
            sentence = []
    if sentence:
        out.append(tuple(sentence))
    return tuple(out)


def difficulty_docs(corpus: Path) -> list[TokenDoc]:
    """EBM-NLP's difficulty-sample documents (by file name, the PMID), cut into sentences; none
    when the corpus has no such folder. Their tokens carry no P/I/O label here ("N")."""
    folder = corpus / EBM_NLP_DOCUMENTS
    if not folder.is_dir():
        return []
    docs = []
    for path in sorted(folder.glob("*.tokens")):
        tokens = [t.strip() for t in path.read_text(encoding="utf-8").splitlines() if t.strip()]
        sentences = tuple(tuple((t, "N") for t in s) for s in token_sentences(tokens))
        docs.append(TokenDoc(path.stem, sentences))
    return docs


def ebm_training_cases(corpus: Path, taken: Sequence[ConclusionCase]) -> list[ConclusionCase]:
    """EBM-NLP abstracts with a CONCLUSIONS heading (the ACL test split's, then the difficulty
    sample's), one per study, none of them a study of ``taken`` (the scored abstracts and the
    other training cases) or an earlier one by PMID, DOI, normalised title or normalised first
    sentence."""
    sources = (
        [(doc, EBM_NLP_TOKENS) for doc in ebm_nlp_docs(corpus)] if (corpus / EBM_NLP_TOKENS).is_file() else []
    )
    sources += [(doc, EBM_NLP_DOCUMENTS / f"{doc.pmid}.tokens") for doc in difficulty_docs(corpus)]
    seen: set[str] = set()
    for taken_case in taken:
        seen |= identity(taken_case.record) | _first_sentence(taken_case.record)
    out = []
    for doc, source in sources:
        case = ebm_case(ebm_record(doc, str(source)))
        if case is None:
            continue
        keys = identity(case.record) | _first_sentence(case.record)
        if keys & seen:
            continue
        seen |= keys
        out.append(case)
    return out
