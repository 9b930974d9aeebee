"""Benchmarks for Monte Carlo (not tests): speed, speed-up over a per-draw loop, memory.

Run: ``python bench/bench_montecarlo.py``. Targets from issue #5: 10 000 draws over a
60-year horizon in profile mode in < 0.5 s on the 2-core machine; ≥ 50× a straightforward
per-draw loop over ``engine.evaluate``; < 500 MB for 100 000 draws. The built-in outcomes
take the reduced path (``reduced.payer_npvs``); the last line times the full-ledger path
that a registered outcome takes, on the same draws.
"""

from __future__ import annotations

import time
import tracemalloc

import numpy as np

from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario, rules_date
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.uncertainty.inputs import declared
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.outcomes import payer_npv, register_outcome
from costbenefit.uncertainty.param_flows import with_values

SOSIAL = "benefits.sosialhjelp.average_per_recipient"
LOOP_DRAWS = 300


def sixty_year_scenario() -> Scenario:
    return Scenario.model_validate({
        "name": "benchmark 60 år",
        "target_group": "vgs_dropout",
        "start_age": 16,
        "start_year": 2026,
        "price_year": 2024,
        "horizon_years": 60,
        "intervention": {
            "cohorts": [{"year": 2026 + i, "participants": 50} for i in range(5)],
            "duration_years": 2,
            "cost_per_participant_year": {"kommune": 40_000, "fylkeskommune": 20_000},
            "fixed_costs": [{"year": 2026, "payer": "kommune", "amount": 500_000}],
            "success_rate_with": 0.4,
            "success_rate_without": 0.2,
            "lag_years": 1,
            "decay": 0.02,
        },
        "uncertainty": {
            "intervention.success_rate_with": {"distribution": "pert", "low": 0.3,
                                               "mode": 0.4, "high": 0.5},
            "intervention.success_rate_without": {"distribution": "beta", "alpha": 20,
                                                  "beta": 80},
            "intervention.decay": {"distribution": "uniform", "low": 0.0, "high": 0.05},
            "intervention.cost_per_participant_year.kommune": {
                "distribution": "triangular", "low": 30_000, "mode": 40_000, "high": 60_000},
            f"param:{SOSIAL}": {"distribution": "lognormal", "median": 63_600, "sigma": 0.2},
        },
    })


def with_profiles_to_age_100(pset):
    """The shipped profiles stop at 66; a 60-year horizon from 16 needs them to 75. For the
    benchmark only, the last age band of each profile is stretched to 100."""
    from costbenefit.model.structure import parse_age_band

    when = rules_date(sixty_year_scenario())
    overrides = {}
    for group in ("vgs_dropout", "reference_population"):
        name = f"target_groups.{group}.trajectory"
        bands = dict(pset.value(name, when))
        last = max(bands, key=lambda b: parse_age_band(str(b))[1])
        lo, _ = parse_age_band(str(last))
        bands[f"{lo}-100"] = bands.pop(last)
        overrides[name] = bands
    return pset.with_overrides(overrides, origin="benchmark")


def per_draw_loop(scenario: Scenario, pset, draws: int, seed: int) -> np.ndarray:
    """The straightforward way: one engine.evaluate per draw, same inputs and draws."""
    spec = declared(scenario, pset)
    u = np.random.default_rng(seed).random((draws, len(spec)))
    out = np.empty(draws)
    for d in range(draws):
        iv = scenario.intervention.model_dump()
        overrides = {}
        for i, (slot, dist) in enumerate(spec):
            value = float(dist.ppf(u[d, i]))
            if slot.is_parameter:
                overrides[slot.field] = value
            elif slot.column is None:
                iv[slot.field] = value
            else:
                iv["cost_per_participant_year"]["kommune"] = value
        sc = scenario.model_copy(update={"intervention": type(scenario.intervention)
                                         .model_validate(iv)})
        drawn = with_values(pset, rules_date(scenario), overrides)
        out[d] = evaluate(sc, drawn).budget.npv["public_total"]
    return out


def main() -> None:
    pset = with_profiles_to_age_100(load_parameter_set())
    scenario = sixty_year_scenario()
    run_montecarlo(scenario, pset, 1_000, seed=0)  # warm up (imports, caches)

    times = []
    for _ in range(5):
        start = time.perf_counter()
        mc = run_montecarlo(scenario, pset, 10_000, seed=1)
        times.append(time.perf_counter() - start)
    best = min(times)
    print(f"Monte Carlo 10 000 draws × 60 years, 5 inputs (1 parameter): best {best:.3f} s, "
          f"median {sorted(times)[2]:.3f} s (target < 0.5 s); {10_000 / best:,.0f} draws/s")

    start = time.perf_counter()
    loop = per_draw_loop(scenario, pset, LOOP_DRAWS, seed=1)
    loop_rate = LOOP_DRAWS / (time.perf_counter() - start)
    same = np.allclose(loop, mc.samples["public_total"][:LOOP_DRAWS], rtol=1e-9)
    print(f"per-draw loop over engine.evaluate: {loop_rate:,.0f} draws/s "
          f"(first {LOOP_DRAWS} draws agree with the vectorised run: {same}); "
          f"speed-up {10_000 / best / loop_rate:,.0f}× (target ≥ 50×)")

    tracemalloc.start()
    start = time.perf_counter()
    run_montecarlo(scenario, pset, 100_000, seed=2)
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"Monte Carlo 100 000 draws: {elapsed:.2f} s (with tracemalloc on), "
          f"peak traced memory {peak / 1e6:.0f} MB (target < 500 MB)")

    register_outcome("public_total_ledger", "Offentlig sum (hele regnskapet)",
                     payer_npv(PUBLIC_PAYERS))  # a registered outcome: the full-ledger path
    start = time.perf_counter()
    full = run_montecarlo(scenario, pset, 10_000, seed=1, outcomes=["public_total_ledger"])
    elapsed = time.perf_counter() - start
    same = np.allclose(full.samples["public_total_ledger"], mc.samples["public_total"],
                       rtol=1e-9)
    print(f"full-ledger path (registered outcomes), 10 000 draws: {elapsed:.3f} s "
          f"(agrees with the reduced path: {same})")


if __name__ == "__main__":
    main()
