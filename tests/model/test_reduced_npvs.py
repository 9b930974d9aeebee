"""The reduced NPV path (``reduced.payer_npvs``) equals the full ledger path.

The Monte Carlo computes the built-in outcomes without building the ledger; these tests
draw random inputs and check every payer's NPV, and each built-in outcome, against the
discounted ledger that ``ledger_amounts`` + ``add_society_rows`` build for the same draws:
profile mode with a linear drawn parameter, a group with its own extra services, both
residual-value rules and several analysis periods, and Markov mode with drawn transitions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from costbenefit.files.scenarios import load_scenario, scenario_from_mapping
from costbenefit.model.structure import PAYER_INDEX, PAYERS
from costbenefit.uncertainty import outcomes
from costbenefit.uncertainty.draws import UncertainModel, check_points_for
from costbenefit.uncertainty.inputs import declared
from costbenefit.uncertainty.outcomes import OUTCOMES, payers_of
from tests.conftest import shipped_set

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MARKOV_EXAMPLE = EXAMPLES / "ips_ung_markov_illustrasjon.yaml"
DRAWS = 4
BUILT_IN = ("public_total", "kommune", "fylkeskommune", "stat", "societal")
PROFILE_UNCERTAINTY = {
    "intervention.success_rate_with": {"distribution": "uniform", "low": 0.3, "high": 0.6},
    "intervention.success_rate_without": {"distribution": "uniform", "low": 0.0, "high": 0.25},
    "intervention.decay": {"distribution": "uniform", "low": 0.0, "high": 0.2},
    "intervention.attribution": {"distribution": "uniform", "low": 0.5, "high": 1.0},
    "intervention.cohorts.1.participants": {"distribution": "uniform", "low": 0, "high": 60},
    "intervention.cost_per_participant_year.kommune": {"distribution": "uniform",
                                                       "low": 10_000, "high": 90_000},
    "intervention.transfer_per_participant_year.stat": {"distribution": "uniform",
                                                        "low": 0, "high": 40_000},
    "intervention.fixed_costs.0.amount": {"distribution": "uniform", "low": 0,
                                          "high": 900_000},
    "param:benefits.sosialhjelp.average_per_recipient": {"distribution": "uniform",
                                                         "low": 40_000, "high": 90_000},
}


def profile_scenario(group: str, societal: dict[str, Any], flat_rate: float | None) -> Any:
    return scenario_from_mapping({
        "name": "redusert",
        "target_group": group,
        "start_age": 18,
        "start_year": 2026,
        "price_year": 2024,
        "horizon_years": 45,
        "discounting": ({"schedule": "R-109"} if flat_rate is None
                        else {"schedule": "flat", "rate": flat_rate}),
        "societal": societal,
        "intervention": {
            "cohorts": [{"year": 2026, "participants": 30}, {"year": 2029, "participants": 20},
                        {"year": 2031, "participants": 10}],
            "duration_years": 3,
            "cost_per_participant_year": {"kommune": 50_000, "fylkeskommune": 10_000},
            "transfer_per_participant_year": {"stat": 20_000},
            "fixed_costs": [{"year": 2027, "payer": "stat", "amount": 300_000}],
            "success_rate_with": 0.45,
            "success_rate_without": 0.1,
            "lag_years": 2,
            "persistence_years": 20,
            "decay": 0.05,
        },
        "uncertainty": PROFILE_UNCERTAINTY,
    }, "test")


def model_and_values(scenario: Any, u: np.ndarray) -> tuple[UncertainModel, dict]:
    pset = shipped_set()
    spec = declared(scenario, pset)
    model = UncertainModel(scenario, pset, [s for s, _ in spec],
                           check_points_for({s.path: d for s, d in spec if s.is_parameter}))
    values = {slot.path: dist.ppf(u[:, i]) for i, (slot, dist) in enumerate(spec)}
    return model, values


def assert_reduced_equals_full(model: UncertainModel, values: dict) -> None:
    discounted = model.amounts(values) * model.df[:, None, None]
    scale = np.abs(discounted).sum(axis=(1, 2, 3))  # a draw's size: round-off is relative to it
    reduced = model.payer_npvs(values, PAYERS)
    for q, payer in enumerate(PAYERS):
        full = discounted[:, :, PAYER_INDEX[payer], :].sum(axis=(1, 2))
        assert np.all(np.abs(reduced[:, q] - full) <= 1e-12 * scale), payer
    got = model.outcomes(values, BUILT_IN)
    for name in BUILT_IN:
        assert np.all(np.abs(got[name] - OUTCOMES[name](discounted)) <= 1e-12 * scale), name


# what np.random.Generator.random gives: multiples of 2⁻⁵³ in [0, 1)
RNG_UNIFORM = st.integers(0, 2**53 - 1).map(lambda k: k / 2**53)


def uniforms(inputs: int) -> st.SearchStrategy[np.ndarray]:
    return arrays(np.float64, (DRAWS, inputs), elements=RNG_UNIFORM)


@settings(max_examples=25, deadline=None)
@given(u=uniforms(len(PROFILE_UNCERTAINTY)),
       group=st.sampled_from(["aap_18_29", "behavioural_disorders"]),
       period=st.sampled_from([None, 1, 12, "R-109"]),
       residual=st.sampled_from(["none", "remaining"]),
       flat_rate=st.sampled_from([None, 0.0, 0.04]))
def test_reduced_path_equals_the_full_ledger_in_profile_mode(u, group, period, residual,
                                                             flat_rate) -> None:
    societal = {"analysis_period": period, "residual_value": residual}
    model, values = model_and_values(profile_scenario(group, societal, flat_rate), u)
    assert model.param_flows.linear  # sosialhjelp takes the linear path
    assert_reduced_equals_full(model, values)


@settings(max_examples=10, deadline=None)
@given(u=uniforms(2),
       period=st.sampled_from([None, 20]),
       residual=st.sampled_from(["none", "remaining"]))
def test_reduced_path_equals_the_full_ledger_in_markov_mode(u, period, residual) -> None:
    raw = load_scenario(MARKOV_EXAMPLE).model_dump(mode="json", by_alias=True,
                                                   exclude_unset=True)
    raw["societal"] = {"analysis_period": period, "residual_value": residual}
    raw["intervention"]["transfer_per_participant_year"] = {"kommune": 5_000}
    model, values = model_and_values(scenario_from_mapping(raw, "test"), u)
    assert model.markov is not None  # drawn transitions take MarkovFlows
    assert_reduced_equals_full(model, values)


def test_reduced_path_with_no_draw_axis_is_the_base_ledger() -> None:
    model, _ = model_and_values(profile_scenario("behavioural_disorders", {}, None),
                                np.zeros((1, len(PROFILE_UNCERTAINTY))))
    assert_reduced_equals_full(model, {})


def test_a_built_in_name_given_a_new_function_reads_the_full_ledger(monkeypatch) -> None:
    """Replacing a built-in outcome's function takes it off the reduced path."""
    model, values = model_and_values(profile_scenario("aap_18_29", {}, None),
                                     np.full((DRAWS, len(PROFILE_UNCERTAINTY)), 0.3))
    assert payers_of("kommune") == ("kommune",)
    person = PAYER_INDEX["person"]
    monkeypatch.setitem(outcomes.OUTCOMES, "kommune",
                        lambda disc: disc[:, :, person, :].sum(axis=(1, 2)))
    assert payers_of("kommune") is None
    got = model.outcomes(values, ["kommune"])["kommune"]
    expected = model.payer_npvs(values, ("person",))[:, 0]
    assert got == pytest.approx(expected, rel=1e-12)
