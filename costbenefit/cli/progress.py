"""A progress bar on stderr for long Monte Carlo runs (``montecarlo``, ``portfolio --draws``).

tqdm draws it, and only when stderr is a terminal and the run has taken more than
``DELAY_SECONDS``: short runs, pipes and log files see nothing. The bar is removed when the
run ends, so stderr holds only what the command itself writes. tqdm is imported here, inside
the command's run, never when the parser is built.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

DELAY_SECONDS = 2.0


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Callable[[int, int], None]]:
    """A ``progress(done, total)`` callback for ``run_montecarlo`` and
    ``portfolio_montecarlo``, drawing a bar of `total` draws."""
    from tqdm import tqdm

    bar = tqdm(total=total, desc=description, unit=" trekk", file=sys.stderr,
               delay=DELAY_SECONDS, disable=None, leave=False, dynamic_ncols=True)

    def update(done: int, _total: int) -> None:
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        bar.close()
