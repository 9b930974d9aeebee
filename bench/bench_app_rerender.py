"""Re-render time of the calculator after one widget change (target < 300 ms).

Drives the app with streamlit.testing.v1.AppTest: change the number of participants,
`.run()`, time it. This is the whole script run (inputs, engine, tables, chart spec,
provenance) without the browser's drawing. Run: `python bench/bench_app_rerender.py`.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
ROUNDS = 30
TARGET_MS = 300.0


def main() -> None:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception[0].message}")
    times = []
    for i in range(ROUNDS):
        widget = at.number_input(key="in_participants").set_value(100 + (i % 2) * 50)
        start = time.perf_counter()
        widget.run()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    median = statistics.median(times)
    p90 = times[int(0.9 * (len(times) - 1))]
    print(f"re-render after a widget change: median {median:.0f} ms, p90 {p90:.0f} ms, "
          f"min {times[0]:.0f} ms over {ROUNDS} runs (target < {TARGET_MS:.0f} ms: "
          f"{'ok' if median < TARGET_MS else 'MISSED'})")


if __name__ == "__main__":
    main()
