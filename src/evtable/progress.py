"""A progress line for long builds: records done, records/s, ETA and failures so far.

Shown only on a terminal (stderr is a TTY and ``CI`` is not set), so logs,
pipes and CI output stay clean; ``--quiet`` turns it off. The library never
prints: the CLI creates a `Progress` and hands it to `evtable.pipeline.build`,
which only calls `start`, `advance` and `finish`.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

#: Seconds between redraws: often enough to feel live, rarely enough to cost nothing.
REDRAW_SECONDS = 0.2
#: Builds shorter than this never draw: a review-sized run should not flicker a bar.
QUIET_FIRST_SECONDS = 1.0
#: Width of the bar itself, in characters.
BAR_WIDTH = 24


def wants_progress(stream: TextIO, *, quiet: bool = False) -> bool:
    """True on an interactive terminal outside CI, unless ``quiet``."""
    if quiet or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def format_eta(seconds: float | None) -> str:
    """'1:05:03', '4:09' or '--:--' when unknown."""
    if seconds is None or seconds < 0 or seconds != seconds:
        return "--:--"
    s = round(seconds)
    h, rem = divmod(s, 3600)
    m, sec = divmod(rem, 60)
    return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"


class Progress:
    """Draws one self-overwriting status line on ``stream`` (stderr by default)."""

    def __init__(self, stream: TextIO | None = None, *, clock: Callable[[], float] | None = None) -> None:
        self.stream = stream or sys.stderr
        self._clock = clock or time.monotonic
        self.records = 0
        self.failures = 0
        self.done_bytes = 0
        self.total_bytes = 0
        self._start = 0.0
        self._last_draw = 0.0
        self._drawn = False

    def start(self, *, total_bytes: int) -> None:
        self.total_bytes = total_bytes
        self._start = self._clock()

    def advance(self, records: int, done_bytes: int, failures: int) -> None:
        """``records`` more rows extracted; ``done_bytes`` more input finished; failures so far."""
        self.records += records
        self.done_bytes += done_bytes
        self.failures = failures
        now = self._clock()
        if now - self._start >= QUIET_FIRST_SECONDS and now - self._last_draw >= REDRAW_SECONDS:
            self._last_draw = now
            self._draw(now)

    def line(self, now: float | None = None) -> str:
        """The status line as it would be drawn now."""
        now = self._clock() if now is None else now
        elapsed = max(now - self._start, 1e-9)
        rate = self.records / elapsed
        fraction = self.done_bytes / self.total_bytes if self.total_bytes else 0.0
        fraction = min(fraction, 1.0)
        eta = elapsed * (1 - fraction) / fraction if fraction > 0 else None
        filled = int(BAR_WIDTH * fraction)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        return (
            f"[{bar}] {fraction:4.0%} {self.records:,} records, {rate:,.0f}/s, "
            f"ETA {format_eta(eta)}, {self.failures} failures"
        )

    def _draw(self, now: float) -> None:
        self.stream.write("\r" + self.line(now) + "\x1b[K")
        self.stream.flush()
        self._drawn = True

    def finish(self) -> None:
        """Clear the line so the summary that follows starts on a clean line."""
        if self._drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._drawn = False
