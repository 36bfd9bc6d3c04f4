"""Every record of the shared development corpus, read in place and checked against its own file.

Each check parses the raw file independently and minimally (tag lines, ElementTree,
regexes), so a reader bug cannot hide behind itself. Skipped with a reason when the
corpus is absent (set EVTABLE_CORPUS).
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from reader_helpers import fold

from evtable.models import Record
from evtable.readers import read_file

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("EVTABLE_CORPUS", REPO.parent / "shared" / "corpus"))

pytestmark = pytest.mark.corpus


def files(folder: str, *patterns: str) -> list[str]:
    base = CORPUS / folder
    if not base.is_dir():
        return ["(corpus absent)"]
    return sorted(str(p.relative_to(CORPUS)) for pat in patterns for p in base.rglob(pat))


def squash(text: str | None) -> str:
    """fold() without spaces: '10<sup>6</sup>' flattened by ElementTree ('106') equals '10(6)'."""
    return fold(text).replace(" ", "")


def load(corpus: Path, rel: str) -> tuple[list[Record], list[str]]:
    result = read_file(corpus / rel)
    return result.records, [str(e) for e in result.errors]


def raw_text(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8-sig")


# --- MEDLINE ----------------------------------------------------------------------------


def medline_fields(text: str) -> list[dict[str, list[str]]]:
    """Minimal MEDLINE parse: 4-character tag, '- ', continuation lines indented."""
    records: list[dict[str, list[str]]] = []
    last = ""
    for line in text.splitlines():
        if line.startswith("PMID-"):
            records.append({})
        if not records or not line.strip():
            continue
        if line[:1] != " " and len(line) > 5 and line[4] == "-":
            last = line[:4].strip()
            records[-1].setdefault(last, []).append(line[6:].strip())
        else:
            records[-1][last][-1] += " " + line.strip()
    return records


@pytest.mark.parametrize("rel", files("medline", "*.txt", "*.nbib", "*.medline"))
def test_medline_file(corpus: Path, rel: str) -> None:
    raw = medline_fields(raw_text(corpus / rel))
    records, errors = load(corpus, rel)
    assert errors == []
    assert (
        len(records)
        == len(raw)
        == raw_text(corpus / rel).count("\nPMID- ") + raw_text(corpus / rel).startswith("PMID- ")
    )
    for record, fields in zip(records, raw, strict=True):
        assert record.format == "medline"
        assert record.pmid == fields["PMID"][0]
        assert fold(record.title) == fold(fields["TI"][0])
        assert record.year == int(fields["DP"][0][:4])
        first = fields.get("AU") or fields.get("FAU") or fields.get("CN")
        assert fold(record.authors[0] if record.authors else None) == fold(
            first[0].replace(",", "") if first and "AU" not in fields else (first or [None])[0]
        ) or (first and fold(first[0]).startswith(fold(record.authors[0]).split()[0]))
        assert fold(record.abstract) == fold(fields.get("AB", [""])[0])
        dois = [v[:-5].strip().lower() for v in fields.get("LID", []) + fields.get("AID", [])
                if v.endswith("[doi]")]  # fmt: skip
        assert record.doi == (dois[0] if dois else None)


# --- PubMed XML -------------------------------------------------------------------------


def xml_citations(path: Path) -> list[tuple[ET.Element, ET.Element | None]]:
    """(MedlineCitation, PubmedData or None) pairs, with the stdlib parser (trusted corpus)."""
    root = ET.parse(io.StringIO(raw_text(path))).getroot()
    pairs = []
    for article in root:
        if article.tag == "PubmedArticle":
            pairs.append((article.find("MedlineCitation"), article.find("PubmedData")))
        elif article.tag == "MedlineCitation":
            pairs.append((article, None))
    return pairs  # type: ignore[return-value]


@pytest.mark.parametrize("rel", files("pubmed_xml", "*.xml", "*.xml.gz"))
def test_pubmed_xml_file(corpus: Path, rel: str) -> None:
    raw = xml_citations(corpus / rel)
    records, errors = load(corpus, rel)
    assert errors == []
    assert len(records) == len(raw)
    for record, (citation, pubmed_data) in zip(records, raw, strict=True):
        assert record.pmid == citation.findtext("PMID")
        title = "".join(citation.find("Article/ArticleTitle").itertext())
        assert squash(record.title) == squash(title)
        date = citation.find("Article/Journal/JournalIssue/PubDate")
        year = date.findtext("Year") or date.findtext("MedlineDate")[:4]
        assert record.year == int(year)
        first = citation.find("Article/AuthorList/Author")
        if first is not None:
            name = first.findtext("LastName") or first.findtext("CollectiveName")
            assert fold(record.authors[0]).startswith(fold(name))
        parts = ["".join(p.itertext()) for p in citation.iterfind("Article/Abstract/AbstractText")]
        assert squash(record.abstract).endswith(squash(parts[-1]) if parts else "")
        for part in parts:
            assert squash(part) in squash(record.abstract)
        ids = [] if pubmed_data is None else [
            a.text.lower() for a in pubmed_data.iterfind("ArticleIdList/ArticleId")
            if a.get("IdType") == "doi"]  # fmt: skip
        ids += [e.text.lower() for e in citation.iterfind("Article/ELocationID")
                if e.get("EIdType") == "doi"]  # fmt: skip
        assert record.doi == (ids[0].strip() if ids else None)
        assert record.indexing_status == citation.get("Status")


# --- RIS and WoS ------------------------------------------------------------------------


@pytest.mark.parametrize("rel", [f for f in files("ris", "*.ris", "*.txt") if "example_wos" not in f])
def test_ris_file(corpus: Path, rel: str) -> None:
    text = raw_text(corpus / rel).lstrip("\ufeff")
    chunks = re.split(r"(?m)^TY  - ", text)[1:]
    records, errors = load(corpus, rel)
    assert errors == []
    assert len(records) == len(chunks)
    for record, chunk in zip(records, chunks, strict=True):
        title = re.search(r"(?m)^(?:TI|T1)  - (.*)$", chunk)
        assert fold(record.title) == fold(title.group(1)) if title else record.title is None
        year = re.search(r"(?m)^(?:PY|Y1)  - (\d{4})", chunk)
        assert record.year == (int(year.group(1)) if year else record.year)
        author = re.search(r"(?m)^(?:AU|A1)  - (.*)$", chunk)
        if author:
            assert fold(record.authors[0]).split()[0] == fold(author.group(1)).split()[0]
        abstract = re.search(r"(?m)^(?:AB|N2)  - (.*)$", chunk)
        if abstract:
            assert squash(record.abstract).startswith(squash(abstract.group(1))[:200])
        doi = re.search(r"(?m)^DO  - (?:https?://(?:dx\.)?doi\.org/)?(10\.\S+)", chunk)
        if doi:
            assert record.doi == doi.group(1).lower()


def test_wos_file(corpus: Path) -> None:
    rel = "ris/rispy/example_wos.ris"
    records, errors = load(corpus, rel)
    text = raw_text(corpus / rel)
    assert errors == [] and len(records) == len(re.findall(r"(?m)^ER\s*$", text)) == 2
    assert [r.pmid for r in records] == re.findall(r"(?m)^PM (\d+)", text)
    assert [r.doi for r in records] == [d.lower() for d in re.findall(r"(?m)^DI (\S+)", text)]


# --- BibTeX -----------------------------------------------------------------------------


@pytest.mark.parametrize("rel", files("bibtex", "*.bib"))
def test_bibtex_file(corpus: Path, rel: str) -> None:
    text = raw_text(corpus / rel)
    titles = re.findall(r"(?mi)^\s*title\s*=\s*\{(.*)\},?\s*$", text)
    records, errors = load(corpus, rel)
    assert errors == []
    assert len(records) == len(re.findall(r"(?m)^@\w+\{", text)) == len(titles)
    for record, title in zip(records, titles, strict=True):
        assert fold(record.title) == fold(title.replace("\\", ""))
        assert record.year is not None


# --- Tables -----------------------------------------------------------------------------


@pytest.mark.parametrize("rel", ["ris/asreview/embase.csv", "labelled/screening_asreview_cohen/ADHD.csv"])
def test_table_file(corpus: Path, rel: str) -> None:
    rows = list(csv.DictReader(io.StringIO(raw_text(corpus / rel))))
    title_key = "Title" if "Title" in rows[0] else "title"
    abstract_key = "Abstract" if "Abstract" in rows[0] else "abstract"
    usable = [r for r in rows if r[title_key].strip() or r[abstract_key].strip()]
    records, errors = load(corpus, rel)
    assert len(records) == len(usable)
    # ADHD.csv holds 24 rows with a PMID but no title or abstract: one error each.
    assert len(errors) == len(rows) - len(usable)
    for record, row in zip(records, usable, strict=True):
        assert fold(record.title) == fold(row[title_key])


# --- The same 292 records in three formats ----------------------------------------------


def by_pmid(corpus: Path, *rels: str) -> dict[str, Record]:
    out: dict[str, Record] = {}
    for rel in rels:
        for record in read_file(corpus / rel).records:
            if record.pmid:
                out[record.pmid] = record
    return out


def test_p1m_ortho_three_formats_agree(corpus: Path) -> None:
    """MEDLINE text, PubMed XML and BibTeX give the same title/year/doi/pmid/first author.

    Real differences between the sources, normalised away or allowed here:
    - NLM's MEDLINE text is ASCII ("Guerin", "(R)", "+/-"); XML and BibTeX keep Unicode.
    - Translated titles are bracketed in MEDLINE/XML and in Rayyan's BibTeX; readers drop them.
    - Rayyan's BibTeX has no doi field, so DOIs are compared only where BibTeX has one.
    - BibTeX author initials come from given names (Rayyan writes "Roujeau, J-C").
    """
    medline = by_pmid(corpus, "medline/p1m-ortho/citations.nbib", "medline/p1m-ortho/citations_1.nbib")
    xml = by_pmid(corpus, "pubmed_xml/p1m-ortho/pubmed_result.xml.gz")
    bib = by_pmid(corpus, *files("bibtex/p1m-ortho", "*.bib"))
    assert len(medline) == len(xml) == 292 and set(medline) == set(xml)
    joined = set(bib) & set(medline)
    assert len(joined) >= 280, len(joined)
    for pmid, m in medline.items():
        x = xml[pmid]
        assert fold(m.title) == fold(x.title), pmid
        assert (m.year, m.doi, m.pmid) == (x.year, x.doi, x.pmid), pmid
        assert fold(m.authors[0] if m.authors else "") == fold(x.authors[0] if x.authors else ""), pmid
    for pmid in joined:
        m, b = medline[pmid], bib[pmid]
        assert fold(m.title) == fold(b.title), pmid
        assert m.year == b.year, pmid
        if b.doi:
            assert b.doi == m.doi, pmid
        if m.authors and b.authors:
            assert fold(m.authors[0]).split()[0] == fold(b.authors[0]).split()[0], pmid
