"""The whole-set decisions of a build, made from a few keys per record instead of the records.

Two things in a build depend on every record at once: which records are
duplicates (and merge), and the study IDs ("Weber 2007a", "Weber 2007b"). The
streaming engine keeps one small `RecordKey` per record while rows go to
disk, then plans both here. Only the records that *could* be duplicates (a
shared DOI or PMID, or a shared year + first-author block for the fuzzy title
match) are loaded back and given to `evtable.dedupe`, so the result is the
same as deduplicating the whole list in memory.
"""

from __future__ import annotations

import dataclasses
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from evtable.dedupe import MIN_TITLE_CHARS, TITLE_SIMILARITY, Merge, deduplicate, normalize_title
from evtable.extract.biblio import assign_study_ids, base_study_id
from evtable.models import Record
from evtable.readers.names import surname_of


@dataclass(frozen=True, slots=True)
class RecordKey:
    """What planning needs to know about one record: its identifiers and citation name."""

    doi: str | None
    pmid: str | None
    block: tuple[int, str] | None
    title: str | None
    first_author: str | None
    year: int | None
    #: Set by a caller's predicate (curation links): load this record for the whole-set step.
    flag: bool = False


def record_key(record: Record, flag: Callable[[Record], bool] | None = None) -> RecordKey:
    """The record's key; ``block`` mirrors the blocking rule of `evtable.dedupe` (year + surname)."""
    block = None
    title = folded(record.title)
    if record.year is not None and record.authors and len(title) >= MIN_TITLE_CHARS:
        block = (record.year, folded(surname_of(record.authors[0])))
    return RecordKey(
        doi=record.doi,
        pmid=record.pmid,
        block=block,
        title=title if block else None,
        first_author=record.authors[0] if record.authors else None,
        year=record.year,
        flag=bool(flag and flag(record)),
    )


def folded(text: str | None) -> str:
    """`normalize_title`, with a shortcut for ASCII text (most titles and names).

    For ASCII text, case folding is lower-casing, and NFKD decomposition and
    the dropping of combining marks change nothing, so only the punctuation
    (one `str.translate`) and the spacing are left to fold. Walking each
    title's characters for combining marks was most of `record_key`'s time.
    """
    if text and text.isascii():
        return " ".join(text.lower().translate(_ASCII_PUNCTUATION).split())
    return normalize_title(text)


#: The ASCII characters `normalize_title` turns into a space (its pattern ``[^\w\s]``).
_ASCII_PUNCTUATION = str.maketrans({chr(c): " " for c in range(128) if re.fullmatch(r"[^\w\s]", chr(c))})


@dataclass
class Plan:
    """Which rows survive, which are replaced by a merged record, and every row's study ID.

    ``merged`` maps the index of a group's first record to the merged record;
    ``dropped`` holds the indices of the other members; ``study_ids`` lists the
    IDs of the surviving rows in order.
    """

    merged: dict[int, Record] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    merges: list[Merge] = field(default_factory=list)
    study_ids: list[str] = field(default_factory=list)


def candidates(keys: Sequence[RecordKey]) -> list[int]:
    """Indices of records that share a DOI or PMID with another, or whose title fuzzily matches one.

    The fuzzy test is `evtable.dedupe`'s (same block, same scorer, same
    threshold), so every record it could join is a candidate. A title match
    between two different DOIs (or PMIDs) is not counted: dedupe never joins
    such a pair, and a record joins a group only through a pair of its own, so a
    record whose every match is such a pair stays alone (series of papers, and
    generated benchmark copies, have many).
    """
    found = KeySet()
    found.add(keys)
    return found.candidates()


class KeySet:
    """A build's record keys as they arrive, with the planning that can be done before the last.

    The streaming engine adds each task's keys while its workers extract the
    next ones, so the title comparisons (and the study-ID bases) are done while
    the main process would otherwise wait, and the plan made after the last
    batch has little left to do. Each pair of titles in a block is scored once:
    when the later of the two arrives (ratio is symmetric), so the candidates
    are those of scoring every block whole.

    What is kept of a key is what planning still reads, as compactly as it can
    be held, since the main process keeps it for every record of a build (an
    evidence map has millions): its study-ID base, the hashes of its DOI and
    PMID (for the counts and for `_may_join`; two identifiers with one hash
    would at worst make a record a candidate that need not be, which loading and
    deduplicating it settles), and a block member's title. Whole keys took
    about twice the memory.
    """

    def __init__(self) -> None:
        self.bases: list[str] = []
        self._doi = array("q")
        self._pmid = array("q")
        self._flagged: list[int] = []
        self._dois: Counter[int] = Counter()
        self._pmids: Counter[int] = Counter()
        self._blocks: dict[tuple[int, str], tuple[list[int], list[str]]] = {}
        self._fuzzy: set[int] = set()

    def __len__(self) -> int:
        return len(self.bases)

    def add(self, keys: Sequence[RecordKey]) -> None:
        """Take the next records' keys (in record order)."""
        from rapidfuzz import fuzz, process

        start = len(self.bases)
        self.bases.extend(base_study_id(_skeleton(k)) for k in keys)
        dois, pmids = [_id_hash(k.doi) for k in keys], [_id_hash(k.pmid) for k in keys]
        self._doi.extend(dois)
        self._pmid.extend(pmids)
        self._dois.update(h for h in dois if h)
        self._pmids.update(h for h in pmids if h)
        self._flagged.extend(i for i, k in enumerate(keys, start) if k.flag)
        arrived: dict[tuple[int, str], list[int]] = defaultdict(list)
        for i, k in enumerate(keys, start):
            if k.block:
                arrived[k.block].append(i)
        for block, new in arrived.items():
            members, choices = self._blocks.setdefault(block, ([], []))
            members.extend(new)
            choices.extend(keys[i - start].title or "" for i in new)
            if len(members) < 2:
                continue
            # One C++ call per block for the new titles against all of the block's (what dedupe's
            # process.extract computes one title at a time); scores under the cutoff come back as 0.
            scores = process.cdist(
                choices[len(members) - len(new) :], choices, scorer=fuzz.ratio, score_cutoff=TITLE_SIMILARITY
            )
            for row, i in zip(scores, new, strict=True):
                partners = [
                    members[o] for o in row.nonzero()[0] if members[o] != i and self._may_join(i, members[o])
                ]
                if partners:
                    self._fuzzy.add(i)
                    self._fuzzy.update(partners)

    def _may_join(self, i: int, j: int) -> bool:
        """`_may_join` of records i and j, by their identifiers' hashes."""
        doi, pmid = self._doi, self._pmid
        return not ((doi[i] and doi[j] and doi[i] != doi[j]) or (pmid[i] and pmid[j] and pmid[i] != pmid[j]))

    def candidates(self) -> list[int]:
        """`candidates` of every key added so far."""
        dois, pmids = self._dois, self._pmids
        shared = {
            i
            for i, (doi, pmid) in enumerate(zip(self._doi, self._pmid, strict=True))
            if (doi and dois[doi] > 1) or (pmid and pmids[pmid] > 1)
        }
        return sorted(shared | self._fuzzy | set(self._flagged))


def _id_hash(identifier: str | None) -> int:
    """A DOI's or PMID's hash for `KeySet` (0: none; a string hashing to 0 takes 1 instead)."""
    if not identifier:
        return 0
    return hash(identifier) or 1


def _may_join(a: RecordKey, b: RecordKey) -> bool:
    """False when the two records name different works by DOI or by PMID (see `dedupe._Groups.union`)."""
    return not ((a.doi and b.doi and a.doi != b.doi) or (a.pmid and b.pmid and a.pmid != b.pmid))


def make_plan(
    keys: Sequence[RecordKey] | KeySet,
    load: Callable[[list[int]], list[Record]],
    record_stage: Callable[[list[Record]], list[Record]] | None = None,
) -> Plan:
    """Plan the merges and the study IDs; ``load`` fetches full records by index (candidates only).

    ``keys``: every record's key, or a `KeySet` they were added to. ``record_stage`` is a
    whole-set step run after deduplication on the same candidates (curation's "same study"
    links); it must merge with `evtable.dedupe.merge_records` so its groups can be traced.
    """
    if not isinstance(keys, KeySet):
        found = KeySet()
        found.add(keys)
        keys = found
    plan = Plan()
    cand = keys.candidates()
    if cand:
        records = load(cand)
        for members, record in _merge(records, plan, record_stage):
            if len(members) > 1:
                plan.merged[cand[members[0]]] = record
                plan.dropped.update(cand[m] for m in members[1:])
    bases = []
    for i, base in enumerate(keys.bases):
        if i in plan.dropped:
            continue
        merged = plan.merged.get(i)
        bases.append(base if merged is None else base_study_id(_skeleton(record_key(merged))))
    plan.study_ids = _suffixed(bases)
    return plan


def _skeleton(key: RecordKey) -> Record:
    """The smallest record `base_study_id` can name (first author and year)."""
    authors = (key.first_author,) if key.first_author else ()
    return Record(source_file="", format="", authors=authors, year=key.year)


def _suffixed(bases: list[str]) -> list[str]:
    """`assign_study_ids` from the base IDs alone, without a record per row in memory.

    A clashing base's suffixes depend only on how many rows share it, so
    `assign_study_ids` is asked once per clashing base, on that many copies
    of one skeleton record.
    """
    stand_in = Record(source_file="", format="", authors=("Stand",), year=2000)
    stand_base = base_study_id(stand_in)
    named: dict[str, Iterator[str]] = {}
    for base, n in Counter(bases).items():
        if n > 1:
            named[base] = iter([base + i[len(stand_base) :] for i in assign_study_ids([stand_in] * n)])
    return [next(named[b]) if b in named else b for b in bases]


#: Marks a position tag in ``source_files`` (never a real file name).
TAG = "\x00"


def _merge(
    records: list[Record], plan: Plan, record_stage: Callable[[list[Record]], list[Record]] | None
) -> list[tuple[list[int], Record]]:
    """Deduplicate (then ``record_stage``) the candidates; each result with its members' positions.

    Each record is tagged with its position in ``source_files``, which merging
    concatenates, so the merged records say which inputs they absorbed; the
    real file lists are put back afterwards. (The tag counts as one filled
    field in dedupe's richness ranking for every candidate alike.)
    """
    tagged = [dataclasses.replace(r, source_files=(f"{TAG}{i}",)) for i, r in enumerate(records)]
    out, plan.merges = deduplicate(tagged)
    if record_stage is not None:
        out = record_stage(out)
    result = []
    for rec in out:
        members = [int(f[1:]) for f in rec.source_files if f.startswith(TAG)]
        if len(members) == 1:
            result.append((members, records[members[0]]))
        else:
            files = tuple(dict.fromkeys(f for m in members for f in records[m].files))
            result.append((members, dataclasses.replace(rec, source_files=files)))
    result.sort(key=lambda item: item[0][0])
    return result
