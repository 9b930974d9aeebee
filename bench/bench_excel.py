"""Benchmark (not a test): export a 60-year scenario to the live-formula workbook.

Run: ``python bench/bench_excel.py``. Target from issue #6: under 1 s. The shipped
profiles end at age 66, so for 60 years from age 16 the bench extends the trajectories
of the two groups it uses to age 75 by repeating their last band (an override tagged as
an assumption; the figure is about speed, not about the numbers).
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from bench_core import fifty_year_scenario  # beside this script

from costbenefit.excel.compare import build_comparison
from costbenefit.excel.workbook import build_workbook
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.loader import load_parameter_set

HORIZON = 60
GROUPS = ("vgs_dropout", "reference_population")


def extended_set():
    base = load_parameter_set()
    overrides = {}
    for group in GROUPS:
        name = f"target_groups.{group}.trajectory"
        bands = dict(base.value(name, dt.date(2024, 7, 1)))
        last = max(bands, key=lambda b: int(str(b).replace("–", "-").split("-")[-1]))
        bands["67-75"] = bands[last]
        overrides[name] = bands
    return base.with_overrides(overrides, origin="bench")


def scenario() -> Scenario:
    """bench_core's scenario over 60 years, with a fixed cost as well."""
    data = fifty_year_scenario().model_dump()
    data["name"] = "benchmark 60 år"
    data["horizon_years"] = HORIZON
    data["intervention"]["fixed_costs"] = [{"year": 2026, "payer": "kommune",
                                            "amount": 1_000_000}]
    return Scenario.model_validate(data)


def best_of(fn, repeat: int) -> tuple[float, int]:
    best, size = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        size = len(fn())
        best = min(best, time.perf_counter() - start)
    return best, size


def main() -> None:
    pset = extended_set()
    result = evaluate(scenario(), pset)
    best, size = best_of(lambda: build_workbook(result, pset), 10)
    print(f"export {HORIZON}-year workbook (bytes, live formulas): best {best * 1e3:.0f} ms, "
          f"{size / 1e3:.0f} kB (target < 1000 ms)")
    best, size = best_of(lambda: build_comparison([result, result, result]), 5)
    print(f"export comparison of 3 × {HORIZON}-year scenarios: best {best * 1e3:.0f} ms, "
          f"{size / 1e3:.0f} kB")
    out = Path("/tmp/bench_excel_60.xlsx")
    out.write_bytes(build_workbook(result, pset))
    print(f"wrote {out} (open in LibreOffice to time a recalculation)")


if __name__ == "__main__":
    main()
