"""`readers._blank` tells an empty file as ``not data.strip()`` did, without copying the data."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from evtable.readers import _blank


@settings(max_examples=500, deadline=None, derandomize=True, database=None)
@given(
    st.binary(max_size=6)
    | st.lists(
        st.sampled_from(
            [b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c", b"\x1c", b"\x85", b"\xa0", b"\x00", b"a"]
        ),
        max_size=6,
    ).map(b"".join)
)
def test_blank_is_nothing_left_after_strip(data: bytes) -> None:
    assert _blank(data) == (not data.strip())
