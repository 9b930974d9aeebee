"""Re-render time of the calculator after one widget change (target < 300 ms).

Drives the app with streamlit.testing.v1.AppTest: change the number of participants,
`.run()`, time it. This is the whole script run (inputs, engine, the three views, tornado and
switching value, chart specs, provenance) without the browser's drawing. Then one Monte Carlo
run on request (default draws), and widget changes after it: Monte Carlo must not run again
on those (the page only says the kept result is stale).
Run: `python bench/bench_app_rerender.py`.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from costbenefit.ui.texts import t

APP = Path(__file__).resolve().parent.parent / "streamlit_app.py"
ROUNDS = 30
TARGET_MS = 300.0


def rerenders(at: AppTest, rounds: int) -> list[float]:
    times = []
    for i in range(rounds):
        widget = at.number_input(key="in_participants").set_value(100 + (i % 2) * 50)
        start = time.perf_counter()
        widget.run()
        times.append((time.perf_counter() - start) * 1000)
    return sorted(times)


def report(what: str, times: list[float]) -> float:
    median = statistics.median(times)
    p90 = times[int(0.9 * (len(times) - 1))]
    print(f"{what}: median {median:.0f} ms, p90 {p90:.0f} ms, min {times[0]:.0f} ms over "
          f"{len(times)} runs (target < {TARGET_MS:.0f} ms: "
          f"{'ok' if median < TARGET_MS else 'MISSED'})")
    return median


def main() -> None:
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    if at.exception:
        raise SystemExit(f"the app failed: {at.exception[0].message}")
    report("re-render after a widget change (deterministic)", rerenders(at, ROUNDS))

    at.checkbox(key="in_unc_success_with_pct_on").check().run()
    start = time.perf_counter()
    at.button(key="mc_run").click().run()
    print(f"Monte Carlo on request (2 000 draws, whole script run): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    after = rerenders(at, ROUNDS)
    at.number_input(key="in_participants").set_value(123).run()  # differs from the run's inputs
    if t("mc_stale") not in [i.value for i in at.info]:
        raise SystemExit("Monte Carlo ran again on a widget change")
    report("re-render after a widget change, Monte Carlo kept (not rerun)", after)


if __name__ == "__main__":
    main()
