"""`run_local` keeps the objects that predate a build out of the collector's passes, and collects
the youngest generation less often, only while the build runs: a notebook that calls the library
gets its normal collector back."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from evtable.engine import core, run_local
from evtable.engine.local import YOUNG_COLLECTION

MIXED = Path(__file__).resolve().parent / "fixtures" / "mixed"


def test_the_heap_is_frozen_during_the_build_and_unfrozen_after(monkeypatch: pytest.MonkeyPatch) -> None:
    frozen_during: list[int] = []
    thresholds_during: list[tuple[int, int, int]] = []
    real_run = core.run

    def spy(*args: object, **kwargs: object) -> core.EngineOutput:
        frozen_during.append(gc.get_freeze_count())
        thresholds_during.append(gc.get_threshold())
        return real_run(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("evtable.engine.local.run", spy)
    assert gc.get_freeze_count() == 0
    before = gc.get_threshold()
    out = run_local([MIXED], jobs=1)
    assert frozen_during and frozen_during[0] > 0
    assert thresholds_during == [(max(before[0], YOUNG_COLLECTION), *before[1:])]
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
    assert out.rows


def test_the_heap_is_unfrozen_when_the_build_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*args: object, **kwargs: object) -> core.EngineOutput:
        raise RuntimeError("reader exploded")

    monkeypatch.setattr("evtable.engine.local.run", boom)
    before = gc.get_threshold()
    with pytest.raises(RuntimeError, match="reader exploded"):
        run_local([MIXED], jobs=1)
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
