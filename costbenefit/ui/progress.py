"""Run a long, vectorised computation in chunks so the app can show its progress."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

T = TypeVar("T")


def chunks(total: int, size: int) -> Iterator[tuple[int, int]]:
    """``(done_before, n)`` pairs that cover `total` items in pieces of at most `size`."""
    if total < 0 or size < 1:
        raise ValueError("total must be >= 0 and size >= 1")
    for start in range(0, total, size):
        yield start, min(size, total - start)


def run_in_chunks(run: Callable[[int, int], T], total: int, size: int,
                     report: Callable[[int, int], None]) -> list[T]:
    """Call ``run(offset, n)`` per chunk and ``report(done, total)`` after each one."""
    out = []
    for start, n in chunks(total, size):
        out.append(run(start, n))
        report(start + n, total)
    return out
