"""Benchmark for programme uncertainty (not a test): 12 projects × 10 000 draws.

Run: ``python bench/bench_portfolio.py``. Target from issue #19: under 3 s on the 2-core
machine (the whole run: evaluating the programme, drawing and summing). The programme is
12 copies of the shipped examples with uncertainty (IPS Ung, UngInvest AiB, IPS moderat–
alvorlig, Et enklere NAV), one starting each year from 2026, written to a temporary folder.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from costbenefit.files.portfolios import load_portfolio
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.programme.portfolio import portfolio_montecarlo

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PROJECTS = ("ips_ung_usikkerhet.yaml", "unginvest_aib.yaml", "ips_ung_moderat_alvorlig.yaml",
            "nav_enklere.yaml")
DRAWS, TARGET = 10_000, 3.0


def programme(folder: Path) -> Path:
    lines = ["name: benk – tolv prosjekter", "start_year: 2026", "projects:"]
    for i in range(12):
        scenario = (EXAMPLES / PROJECTS[i % len(PROJECTS)]).as_posix()
        lines.append(f"  - {{scenario: '{scenario}', start_year: {2026 + i}}}")
    path = folder / "benk.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    pset = load_parameter_set()
    with tempfile.TemporaryDirectory() as tmp:
        spec, scenarios = load_portfolio(programme(Path(tmp)))
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            portfolio_montecarlo(spec, scenarios, pset, DRAWS, seed=1)
            times.append(time.perf_counter() - t0)
    median = statistics.median(times)
    print(f"portfolio Monte Carlo, 12 projects × {DRAWS:,} draws: median of 5 {median:.2f} s "
          f"(target ≤ {TARGET:.0f} s, ratio to target {median / TARGET:.2f})")


if __name__ == "__main__":
    main()
