"""Benchmarks for the core (not tests): load time, evaluate time, whole CLI process.

Run: ``python bench/bench_core.py``. Prints the figures; targets from issue #2 and DESIGN §5:
parameter set loads in < 200 ms; one 50-year scenario evaluates in < 5 ms (aim 1 ms);
``costbenefit evaluate … --format json`` as a whole process in < 0.4 s.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from costbenefit.model import engine, prepare
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.loader import load_parameter_set

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def best_of(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def fifty_year_scenario() -> Scenario:
    return Scenario.model_validate({
        "name": "benchmark",
        "target_group": "vgs_dropout",
        "start_age": 16,
        "start_year": 2026,
        "price_year": 2024,
        "horizon_years": 50,
        "intervention": {
            "cohorts": [{"year": 2026 + i, "participants": 50} for i in range(10)],
            "duration_years": 2,
            "cost_per_participant_year": {"kommune": 40_000, "fylkeskommune": 20_000},
            "success_rate_with": 0.4,
            "success_rate_without": 0.2,
            "lag_years": 1,
            "decay": 0.02,
        },
    })


def main() -> None:
    best, median = best_of(load_parameter_set, 20)
    print(f"load parameter set: best {best * 1e3:.1f} ms, median {median * 1e3:.1f} ms "
          "(target < 200 ms)")

    pset = load_parameter_set()
    scenario = fifty_year_scenario()

    def cold() -> None:
        prepare._FLOW_CACHE.clear()
        engine.evaluate(scenario, pset)

    best, median = best_of(cold, 50)
    print(f"evaluate 50 years, unit flows rebuilt: best {best * 1e3:.2f} ms, "
          f"median {median * 1e3:.2f} ms")
    engine.evaluate(scenario, pset)
    best, median = best_of(lambda: engine.evaluate(scenario, pset), 200)
    print(f"evaluate 50 years, unit flows cached: best {best * 1e3:.2f} ms, "
          f"median {median * 1e3:.2f} ms (target < 5 ms, aim 1 ms)")

    cmd = [sys.executable, "-m", "costbenefit", "evaluate", str(EXAMPLE), "--format", "json"]

    def process() -> None:
        subprocess.run(cmd, check=True, capture_output=True)

    best, median = best_of(process, 10)
    print(f"whole process `evaluate --format json`: best {best * 1e3:.0f} ms, "
          f"median {median * 1e3:.0f} ms (target < 400 ms)")


if __name__ == "__main__":
    main()
