"""A progress bar on stderr for long Monte Carlo runs (``montecarlo``, ``portfolio --draws``).

tqdm draws it, and only when stderr is a terminal and the run has taken more than
``DELAY_SECONDS``: short runs, pipes and log files see nothing. The bar is removed when the
run ends, so stderr holds only what the command itself writes. tqdm (which brings
multiprocessing and logging with it, tens of milliseconds) is imported only when the bar
is about to be drawn.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DELAY_SECONDS = 2.0


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback for ``run_montecarlo`` and
    ``portfolio_montecarlo``, drawing a bar of `total` draws once the run has taken
    ``DELAY_SECONDS`` (tqdm is imported then, so a short run never loads it)."""
    if not sys.stderr.isatty():  # what tqdm's disable=None decides, without importing it
        yield lambda _done, _total: None
        return
    started = time.monotonic()
    bar = None

    def update(done: int, _total: int) -> None:
        nonlocal bar
        if bar is None:
            if time.monotonic() - started < DELAY_SECONDS:
                return
            from tqdm import tqdm

            bar = tqdm(total=total, desc=description, unit=" trekk", file=sys.stderr,
                       leave=False, dynamic_ncols=True)
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()
