"""`KeySet` scores each pair of titles when the later one arrives: whatever the batches the keys
come in, its candidates and study-ID bases are those of scoring every block whole."""

from __future__ import annotations

from collections import Counter, defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from evtable.dedupe import TITLE_SIMILARITY
from evtable.engine.plan import KeySet, RecordKey, _may_join, make_plan, record_key
from evtable.models import Record

TITLES = [
    "Early mobilisation after hip fracture surgery in older adults: a randomised trial",
    "Early mobilisation after hip fracture surgery in older adults: a randomized trial",
    "Early mobilisation after hip fracture surgery in older adults (part 2)",
    "Dexamethasone for postoperative nausea in day-case knee arthroscopy",
]


def whole_blocks(keys: list[RecordKey]) -> list[int]:
    """The candidates, with each block scored in one piece (the rule before keys streamed in)."""
    dois = Counter(k.doi for k in keys if k.doi)
    pmids = Counter(k.pmid for k in keys if k.pmid)
    out = {
        i
        for i, k in enumerate(keys)
        if k.flag or (k.doi and dois[k.doi] > 1) or (k.pmid and pmids[k.pmid] > 1)
    }
    blocks: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        if k.block:
            blocks[k.block].append(i)
    for block in blocks.values():
        titles = [keys[i].title or "" for i in block]
        scores = process.cdist(titles, titles, scorer=fuzz.ratio, score_cutoff=TITLE_SIMILARITY)
        for pos, i in enumerate(block):
            partners = [
                block[o] for o in scores[pos].nonzero()[0] if o != pos and _may_join(keys[i], keys[block[o]])
            ]
            if partners:
                out.update([i, *partners])
    return sorted(out)


RECORDS = st.builds(
    lambda title, author, year, doi, pmid: Record(
        source_file="x.ris", format="ris", title=title, authors=(author,), year=year, doi=doi, pmid=pmid
    ),
    st.sampled_from(TITLES),
    st.sampled_from(["Smith J", "Smith JA", "Roe K"]),
    st.sampled_from([2019, 2020]),
    st.sampled_from([None, None, "10.1/a", "10.1/b"]),
    st.sampled_from([None, None, "1", "2"]),
)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(st.lists(RECORDS, max_size=14), st.lists(st.integers(min_value=1, max_value=5), max_size=14))
def test_keys_in_batches_give_the_whole_block_candidates(records: list[Record], cuts: list[int]) -> None:
    keys = [record_key(r) for r in records]
    found = KeySet()
    start = 0
    for size in cuts:
        found.add(keys[start : start + size])
        start += size
    found.add(keys[start:])
    assert found.candidates() == whole_blocks(keys)
    assert len(found) == len(keys)
    # The plan from the batches is the plan from the whole list.
    load = lambda idx: [records[i] for i in idx]  # noqa: E731
    a, b = make_plan(found, load), make_plan(keys, load)
    assert (a.dropped, a.study_ids, [(m.kept, m.merged) for m in a.merges]) == (
        b.dropped,
        b.study_ids,
        [(m.kept, m.merged) for m in b.merges],
    )
