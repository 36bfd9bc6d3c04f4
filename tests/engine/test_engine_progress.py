"""The progress line: drawn on a terminal only, with rate, ETA and failures; cleared at the end."""

from __future__ import annotations

import io

import pytest

from evtable.progress import QUIET_FIRST_SECONDS, Progress, format_eta, wants_progress


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_only_a_terminal_outside_ci_gets_a_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wants_progress(FakeTty())
    assert not wants_progress(io.StringIO())  # a pipe or a file
    assert not wants_progress(FakeTty(), quiet=True)
    monkeypatch.setenv("CI", "true")
    assert not wants_progress(FakeTty())


@pytest.mark.parametrize(
    ("seconds", "text"), [(None, "--:--"), (59.6, "1:00"), (249, "4:09"), (3903, "1:05:03")]
)
def test_eta_format(seconds: float | None, text: str) -> None:
    assert format_eta(seconds) == text


def test_line_shows_rate_eta_and_failures_then_clears() -> None:
    stream, clock = FakeTty(), Clock()
    progress = Progress(stream, clock=clock)
    progress.start(total_bytes=1000)
    clock.now += QUIET_FIRST_SECONDS / 2
    progress.advance(10, 100, 0)
    assert stream.getvalue() == ""  # short runs never draw
    clock.now = 110.0
    progress.advance(990, 150, 2)  # 1,000 records in 10 s, a quarter of the input done
    line = stream.getvalue()
    assert "1,000 records, 100/s" in line and "25%" in line
    assert "ETA 0:30" in line and "2 failures" in line
    progress.finish()
    assert stream.getvalue().endswith("\r\x1b[K")
