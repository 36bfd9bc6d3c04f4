"""Atomic output: write to a temporary file beside the target, then rename over it.

A crash or Ctrl-C mid-write leaves the previous export intact, and readers of
the folder never see a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from evtable.errors import OutputError


@contextlib.contextmanager
def atomic_path(target: str | Path, *, protected: tuple[Path, ...] = ()) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; on success it replaces ``target``.

    ``protected`` lists inputs and templates: writing over one of them is refused.
    """
    target = Path(target)
    resolved = target.resolve()
    if any(resolved == p.resolve() for p in protected):
        raise OutputError(f"{target}: refusing to overwrite an input or template file; choose another --out")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o666 & ~umask)  # mkstemp creates 0600; outputs are ordinary shared files
    try:
        yield tmp
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
