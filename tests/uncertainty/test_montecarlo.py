"""Monte Carlo: reproducible, exact at zero width, unbiased for a linear model."""

from __future__ import annotations

import numpy as np
import pytest

from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import rules_date
from costbenefit.model.structure import PAYER_INDEX
from costbenefit.uncertainty import outcomes
from costbenefit.uncertainty.draws import REDUCED_CHUNK_DRAWS, UncertainModel
from costbenefit.uncertainty.inputs import resolve
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.param_flows import with_values
from tests.uncertainty.helpers import make

SOSIAL = "benefits.sosialhjelp.average_per_recipient"
PAYER_OUTCOMES = ("public_total", "kommune", "fylkeskommune", "stat")
WIDE = {
    "intervention.success_rate_with": {"distribution": "pert", "low": 0.35, "mode": 0.45,
                                       "high": 0.6},
    "intervention.decay": {"distribution": "uniform", "low": 0.0, "high": 0.15},
    "intervention.cost_per_participant_year.stat": {"distribution": "normal", "mean": 50_000,
                                                    "sd": 8_000, "low": 0},
    f"param:{SOSIAL}": {"distribution": "lognormal", "median": 63_600, "sigma": 0.25},
}


def test_same_seed_same_result_and_another_seed_differs(pset) -> None:
    sc = make(WIDE)
    a = run_montecarlo(sc, pset, 3_000, seed=42)
    b = run_montecarlo(sc, pset, 3_000, seed=42)
    c = run_montecarlo(sc, pset, 3_000, seed=43)
    for name in PAYER_OUTCOMES:
        assert np.array_equal(a.samples[name], b.samples[name])
        assert a.summaries[name] == b.summaries[name]
        assert not np.array_equal(a.samples[name], c.samples[name])


def test_zero_width_distributions_give_exactly_the_deterministic_result(pset) -> None:
    zero = {
        "intervention.success_rate_with": {"distribution": "pert", "low": 0.45, "mode": 0.45,
                                           "high": 0.45},
        "intervention.decay": {"distribution": "uniform", "low": 0.05, "high": 0.05},
        "intervention.cohorts.1.participants": {"distribution": "normal", "mean": 25, "sd": 0},
        "intervention.fixed_costs.0.amount": {"distribution": "triangular", "low": 250_000,
                                              "mode": 250_000, "high": 250_000},
        f"param:{SOSIAL}": {"distribution": "lognormal", "median": 63_600, "sigma": 0},
    }
    sc = make(zero)
    result = evaluate(sc, pset)
    det = {**result.budget.npv, "societal": result.societal.npv}
    draws = REDUCED_CHUNK_DRAWS + 7  # crosses a chunk boundary
    mc = run_montecarlo(sc, pset, draws, seed=1)
    for name in (*PAYER_OUTCOMES, "societal"):
        assert np.all(mc.samples[name] == det[name]), name
        assert mc.summaries[name].deterministic == det[name]
        assert mc.summaries[name].p5 == mc.summaries[name].p95 == det[name]


def test_mean_converges_to_the_deterministic_value_for_a_linear_model(pset) -> None:
    # NPV is linear in the cost, the success rate and sosialhjelp per recipient, so with
    # distributions whose means equal the base values, E[NPV] = NPV(base values).
    linear = {
        "intervention.success_rate_with": {"distribution": "uniform", "low": 0.35, "high": 0.55},
        "intervention.cost_per_participant_year.stat": {"distribution": "triangular",
                                                        "low": 30_000, "mode": 50_000,
                                                        "high": 70_000},
        f"param:{SOSIAL}": {"distribution": "normal", "mean": 63_600, "sd": 10_000,
                            "low": 23_600, "high": 103_600},
    }
    sc = make(linear)
    mc = run_montecarlo(sc, pset, 40_000, seed=5)
    for name in PAYER_OUTCOMES:
        x = mc.samples[name]
        standard_error = x.std() / np.sqrt(x.size)
        assert abs(x.mean() - mc.summaries[name].deterministic) < 4 * standard_error + 1e-6


def test_linear_parameter_path_matches_rebuilding_the_flows(pset) -> None:
    sc = make({f"param:{SOSIAL}": {"distribution": "uniform", "low": 40_000, "high": 90_000}})
    slot = resolve(f"param:{SOSIAL}", sc, pset)
    model = UncertainModel(sc, pset, [slot], {slot.path: (40_000.0, 90_000.0)})
    assert SOSIAL in model.param_flows.linear
    value = 81_234.5
    got = model.outcomes({slot.path: np.array([value])}, ["kommune"])["kommune"][0]
    rebuilt = with_values(pset, rules_date(sc), {SOSIAL: value})
    assert got == pytest.approx(evaluate(sc, rebuilt).budget.npv["kommune"], rel=1e-10)


def test_nonlinear_parameter_takes_the_grouping_path_and_stays_exact(pset) -> None:
    # grunnbeløp sets benefit levels *and* tax thresholds: not linear in the unit flows
    name = "macro.grunnbelop"
    sc = make({f"param:{name}": {"distribution": "uniform", "low": 100_000, "high": 150_000}})
    mc = run_montecarlo(sc, pset, 4, seed=3)
    assert mc.grouped_parameters == (name,)
    slot = resolve(f"param:{name}", sc, pset)
    model = UncertainModel(sc, pset, [slot])
    for value in (100_000.0, 137_500.0):
        got = model.outcomes({slot.path: np.array([value])}, ["stat"])["stat"][0]
        rebuilt = with_values(pset, rules_date(sc), {name: value})
        assert got == pytest.approx(evaluate(sc, rebuilt).budget.npv["stat"], rel=1e-10)


def test_societal_outcome_is_the_society_rows_of_the_same_ledger(pset) -> None:
    sc = make(WIDE)
    mc = run_montecarlo(sc, pset, 500, seed=2)
    assert mc.summaries["societal"].deterministic == pytest.approx(
        evaluate(sc, pset).societal.npv, rel=1e-12)
    assert mc.summaries["societal"].p5 <= mc.summaries["societal"].p95


def test_a_registered_outcome_plugs_in_by_name(pset, monkeypatch) -> None:
    monkeypatch.setitem(outcomes.OUTCOMES, "person",
                        lambda disc: disc[:, :, PAYER_INDEX["person"], :].sum(axis=(1, 2)))
    monkeypatch.setitem(outcomes.OUTCOME_LABELS_NB, "person", "Personen (nåverdi)")
    mc = run_montecarlo(make(WIDE), pset, 500, seed=2)
    assert "person" in mc.summaries
    assert mc.summaries["person"].p5 <= mc.summaries["person"].p95
    from costbenefit.uncertainty import draws

    monkeypatch.setattr(draws, "CHUNK_DRAWS", 37)  # the full ledger, in other chunks
    again = run_montecarlo(make(WIDE), pset, 500, seed=2)
    for name, samples in mc.samples.items():
        np.testing.assert_array_equal(again.samples[name], samples, err_msg=name)


def test_probability_and_percentiles_are_consistent(pset) -> None:
    mc = run_montecarlo(make(WIDE), pset, 5_000, seed=9)
    for name in PAYER_OUTCOMES:
        s, x = mc.summaries[name], mc.samples[name]
        assert s.p5 <= s.p50 <= s.p95
        assert s.prob_positive == pytest.approx((x > 0).mean())


def test_no_uncertainty_section_or_bad_draws_is_an_input_error(pset) -> None:
    with pytest.raises(InputError, match="uncertainty"):
        run_montecarlo(make(), pset, 100, seed=1)
    with pytest.raises(InputError, match="--draws"):
        run_montecarlo(make(WIDE), pset, 0, seed=1)


def test_group_services_and_drawn_service_costs_match_the_engine(pset) -> None:
    """A group with its own extra services (removed by a success), with a drawn unit cost
    of one of those services: every draw equals the engine rebuilt at that value."""
    import copy

    from costbenefit.files.scenarios import scenario_from_mapping
    from tests.uncertainty.helpers import BASE

    service = "services.barnevern.home_measures_per_child"
    raw = copy.deepcopy(BASE)
    raw.update(target_group="behavioural_disorders", start_age=12, horizon_years=50)
    raw["uncertainty"] = {f"param:{service}": {"distribution": "uniform", "low": 30_000,
                                                "high": 60_000}}
    sc = scenario_from_mapping(raw, "test")
    slot = resolve(f"param:{service}", sc, pset)
    model = UncertainModel(sc, pset, [slot])
    for value in (30_000.0, 51_000.0):
        got = model.outcomes({slot.path: np.array([value])}, ["public_total", "societal"])
        rebuilt = evaluate(sc, with_values(pset, rules_date(sc), {service: value}))
        assert got["public_total"][0] == pytest.approx(rebuilt.budget.npv["public_total"],
                                                       rel=1e-10)
        assert got["societal"][0] == pytest.approx(rebuilt.societal.npv, rel=1e-10)



def test_drawn_markov_inputs_give_the_same_draws_in_any_chunk_size(pset, monkeypatch) -> None:
    """Markov draws go in smaller chunks (memory); each draw's numbers must not depend on
    which chunk it falls in."""
    from pathlib import Path

    from costbenefit.files.scenarios import load_scenario
    from costbenefit.uncertainty import draws

    example = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_markov_illustrasjon.yaml"
    scenario = load_scenario(example)
    whole = run_montecarlo(scenario, pset, 60, seed=3)
    monkeypatch.setattr(draws, "MARKOV_CHUNK_DRAWS", 7)
    chunked = run_montecarlo(scenario, pset, 60, seed=3)
    for name, samples in whole.samples.items():
        np.testing.assert_array_equal(chunked.samples[name], samples, err_msg=name)


def test_threads_change_no_draw_and_progress_comes_in_order_from_the_caller(
        pset, monkeypatch) -> None:
    """Chunks run on worker threads; the draws must be the same bits as on one thread,
    and the progress callback (the app's updates Streamlit) must run in the calling thread,
    chunk by chunk in order."""
    import threading

    from costbenefit.uncertainty import draws

    monkeypatch.setattr(draws, "REDUCED_CHUNK_DRAWS", 97)
    monkeypatch.setattr(draws, "WORKERS", 1)
    alone = run_montecarlo(make(WIDE), pset, 1_000, seed=4)
    monkeypatch.setattr(draws, "WORKERS", 3)
    calls: list[tuple[int, bool]] = []
    caller = threading.current_thread()
    threaded = run_montecarlo(make(WIDE), pset, 1_000, seed=4, progress=lambda done, _total:
                              calls.append((done, threading.current_thread() is caller)))
    for name, samples in alone.samples.items():
        np.testing.assert_array_equal(threaded.samples[name], samples, err_msg=name)
    assert [done for done, _ in calls] == [*range(97, 1_000, 97), 1_000]
    assert all(in_caller for _, in_caller in calls)
