"""Benchmarks for Markov mode (not tests): occupancy propagation over draws, and a Monte
Carlo run of the Markov IPS example.

Run: ``python bench/bench_markov.py``. Target from issue #19 (was 2 s in issue #9):
10 000 draws × 60 years × 8 states in at most 0.5 s on the 2-core machine. The model has
7 states; the benchmark uses a synthetic 8-state chain (random row-stochastic matrices per
draw and age band, drawn Dirichlet-style by normalising gamma variates) with a transition
effect, so it measures
the same code path (costbenefit.model.markov.propagate) at the size the issue names.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.markov import Effect, annual_occupancy, effect_factors, propagate
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.uncertainty.montecarlo import run_montecarlo

DRAWS, YEARS, STATES, BANDS = 10_000, 60, 8, 6
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ips_ung_markov_illustrasjon.yaml"


def best_of(fn, repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def synthetic_propagation() -> float:
    return best_of(propagation_case())


def propagation_case() -> Callable[[], None]:
    """The synthetic chain, drawn once; the returned function propagates it."""
    rng = np.random.default_rng(1)
    bands = rng.gamma(2.0, size=(DRAWS, BANDS, STATES, STATES))
    bands /= bands.sum(axis=3, keepdims=True)
    band_of_year = np.minimum(np.arange(YEARS) // 10, BANDS - 1)
    start = np.zeros((DRAWS, STATES))
    start[:, 5] = 1.0
    rr = rng.uniform(1.0, 1.6, DRAWS)

    def run() -> None:
        effect = Effect(5, 1, effect_factors(rr, 2, 0.5, YEARS))
        with_ = propagate(start, bands, YEARS, (effect,), band_of_year)
        without = propagate(start, bands, YEARS, matrix_of_cycle=band_of_year)
        alive = np.ones(YEARS, dtype=bool)
        annual_occupancy(with_, True, alive) - annual_occupancy(without, True, alive)

    return run


def main() -> None:
    t = synthetic_propagation()
    print(f"Markov propagation, {DRAWS:,} draws × {YEARS} years × {STATES} states "
          f"(with and without the measure, half-cycle): {t:.3f} s (target ≤ 0.5 s, issue #19)")
    pset = load_parameter_set()
    scenario = load_scenario(EXAMPLE)
    run_montecarlo(scenario, pset, 100, seed=1)  # warm caches
    t = best_of(lambda: run_montecarlo(scenario, pset, DRAWS, seed=1), repeats=2)
    print(f"costbenefit montecarlo, Markov IPS example, {DRAWS:,} draws × "
          f"{scenario.horizon_years} years × 7 states, NPVs per payer and societal: {t:.3f} s")


if __name__ == "__main__":
    main()
