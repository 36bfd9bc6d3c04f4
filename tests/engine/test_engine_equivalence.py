"""The streaming engine gives build_table's rows, merges, IDs and failures, whatever the batching."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from conftest import FIXTURES
from evtable.engine import run
from evtable.engine.core import EngineOutput
from evtable.models import EvidenceRow
from evtable.pipeline import BuildResult, build, build_table

HERE = Path(__file__).resolve().parent
MIXED = HERE / "fixtures" / "mixed"
#: Input sets: our duplicate/clash fixture, and every reader fixture (bad inputs included).
INPUT_SETS = {"mixed": [MIXED], "reader_fixtures": [FIXTURES]}


def assert_same(expected: BuildResult, got: EngineOutput | BuildResult) -> None:
    assert [r.values for r in got.rows] == [r.values for r in expected.rows]
    assert [list(f.records) for f in got.files] == [f.records for f in expected.files]
    assert [r.provenance for r in got.rows] == [r.provenance for r in expected.rows]
    assert got.merges == expected.merges
    assert [(f.label, f.format, f.sha256, [str(e) for e in f.errors]) for f in got.files] == [
        (f.label, f.format, f.sha256, [str(e) for e in f.errors]) for f in expected.files
    ]
    assert got.validation.failures == expected.validation.failures


@pytest.fixture(scope="module", params=sorted(INPUT_SETS))
def case(request: pytest.FixtureRequest) -> tuple[list[Path], BuildResult]:
    inputs = INPUT_SETS[request.param]
    return inputs, build_table(inputs)


def test_the_mixed_fixture_exercises_merges_and_id_clashes() -> None:
    expected = build_table([MIXED])
    ids = [r.values["study_id"] for r in expected.rows]
    assert {"Smith 2019a", "Smith 2019b", "Smith 2019c"} <= set(ids)
    assert {m.reason.split(" ")[0] for m in expected.merges} == {"same", "title,"}


@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_in_process_batches_match_build_table(case: tuple[list[Path], BuildResult], batch_size: int) -> None:
    inputs, expected = case
    out = run(inputs, batch_size=batch_size)
    assert_same(expected, out)


@pytest.mark.parametrize("whole_file_max", [None, 0])
@pytest.mark.parametrize("spool_in_worker", [False, True])
@pytest.mark.parametrize("keep_rows", [True, False])
def test_worker_processes_match_build_table(
    case: tuple[list[Path], BuildResult], whole_file_max: int | None, spool_in_worker: bool, keep_rows: bool
) -> None:
    inputs, expected = case
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        out = run(
            inputs, executor=pool, jobs=2, batch_size=2, whole_file_max=whole_file_max,
            spool_in_worker=spool_in_worker, keep_rows=keep_rows,
        )  # fmt: skip
    try:
        assert_same(expected, out)
        # Workers finish the batches (and format their CSV lines) only when they spool their rows.
        assert bool(out.csv_parts) == (spool_in_worker and not keep_rows)
        if out.csv_parts:
            # The final rows are the pass-1 batches with the plan applied on reading: no second pickle.
            final = out.spools[1]
            assert not list(final.dir.glob("*.pickle"))
            assert [r.values for r in out.rows] == [r.values for r in expected.rows]  # a second read
    finally:
        out.close()


@pytest.mark.parametrize("excel_csv", [False, True])
def test_csvs_joined_from_worker_parts_are_the_files_write_outputs_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, excel_csv: bool
) -> None:
    from evtable.engine import local
    from evtable.pipeline import write_outputs
    from evtable.writers import csv as csv_writer

    monkeypatch.setattr(local, "POOL_MIN_BYTES", 0)  # the fixtures are small: use the pool anyway
    monkeypatch.setattr(local, "POOL_TASK_RECORDS", 2)
    joined: list[Path] = []
    original = csv_writer.write_csv_from_parts

    def spy(path: Path, *args: object, **kwargs: object) -> Path:
        joined.append(Path(path))
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(csv_writer, "write_csv_from_parts", spy)
    inputs = [MIXED, FIXTURES]
    write_outputs(build_table(inputs), tmp_path / "memory", excel_csv=excel_csv, formats=["csv"])
    build(inputs, tmp_path / "workers", jobs=2, keep_rows=False, excel_csv=excel_csv, formats=["csv"])
    assert [p.name for p in joined] == ["evidence_table.csv", "provenance.csv"]
    for name in ("evidence_table.csv", "provenance.csv", "datapackage.json"):
        assert (tmp_path / "workers" / name).read_bytes() == (tmp_path / "memory" / name).read_bytes(), name


def test_spooled_rows_stream_from_disk_and_are_deleted_on_close() -> None:
    out = run([MIXED], batch_size=2, keep_rows=False)
    expected = build_table([MIXED])
    assert len(out.rows) == len(expected.rows) and not isinstance(out.rows, list)
    assert [r.values for r in out.rows] == [r.values for r in expected.rows]
    assert out.rows[-1].values == expected.rows[-1].values
    assert [r.values for r in out.rows[1:3]] == [r.values for r in expected.rows[1:3]]
    folders = [s.dir for s in out.spools]
    assert len(folders) == 2 and all(f.exists() for f in folders)
    assert sum(len(f.records) for f in out.files) == 8  # as read, before the two merges (6 rows)
    out.close()
    assert not any(f.exists() for f in folders)


def test_build_writes_the_same_files_as_write_outputs(tmp_path: Path) -> None:
    from evtable.pipeline import write_outputs

    write_outputs(build_table([MIXED]), tmp_path / "memory")
    result = build([MIXED], tmp_path / "stream", jobs=1, keep_rows=False)
    assert result.row_count == 6 and result.rows == []
    for name in ("evidence_table.csv", "provenance.csv", "evidence_table.xlsx"):
        assert (tmp_path / "stream" / name).read_bytes() == (tmp_path / "memory" / name).read_bytes(), name


def _duplicate_first_id(rows: list[EvidenceRow]) -> list[EvidenceRow]:
    for row in rows:
        row.values["study_id"] = "Same 2000"
    return rows


def test_duplicate_study_ids_are_caught_across_batches() -> None:
    out = run([MIXED], batch_size=1, stages=[_duplicate_first_id])
    unique = [f for f in out.validation.failures if f.rule == "unique"]
    assert [f.row for f in unique] == list(range(2, 2 + len(out.rows)))
    assert all(f.column == "study_id" and f.value == "Same 2000" for f in unique)


def test_the_last_files_go_in_batches_and_the_rows_do_not_change(
    case: tuple[list[Path], BuildResult],
) -> None:
    from evtable.engine.core import _tasks, extract_batch, read_and_extract
    from evtable.readers import FileResult

    inputs, expected = case
    files: list[FileResult] = []
    tasks = list(_tasks(inputs, files, 2, 1 << 30, split_last=2))
    kinds = [(fn, slot[0].label) for fn, _, _, slot in tasks]
    labels = [f.label for f in files]
    assert {label for fn, label in kinds if fn is extract_batch} == set(labels[-2:])
    assert {label for fn, label in kinds if fn is read_and_extract} == set(labels[:-2])
    with ProcessPoolExecutor(2, mp_context=multiprocessing.get_context("fork")) as pool:
        out = run(inputs, executor=pool, jobs=2, batch_size=2, whole_file_max=1 << 30, split_last=2,
                  spool_in_worker=True, keep_rows=False)  # fmt: skip
    try:
        assert_same(expected, out)
    finally:
        out.close()


def test_a_file_read_in_batches_makes_no_empty_batch(case: tuple[list[Path], BuildResult]) -> None:
    from evtable.engine.core import _tasks, extract_batch
    from evtable.readers import FileResult

    inputs, expected = case
    files: list[FileResult] = []
    sizes: dict[str, list[int]] = {}
    for fn, args, _, slot in _tasks(inputs, files, 2, 0):
        if fn is extract_batch:  # an empty file (0 bytes) is one whole-file task
            sizes.setdefault(slot[0].label, []).append(len(args[0]))
    for f in expected.files:
        if f.label not in sizes:
            continue
        n = len(f.records)
        # ceil(n / 2) batches of at most 2; a file without records still gets its one (empty) task.
        assert sizes[f.label] == ([2] * (n // 2) + [n % 2] * (n % 2) if n else [0]), f.label
