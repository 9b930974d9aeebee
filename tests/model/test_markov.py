"""Markov mode: validation, hand-computed cases, profile equivalence, Monte Carlo."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from costbenefit.errors import InputError
from costbenefit.files.scenarios import load_scenario, scenario_from_mapping
from costbenefit.model.engine import evaluate
from costbenefit.model.lifecourse import REFERENCE_GROUP, load_trajectory
from costbenefit.model.markov import (
    Effect,
    annual_occupancy,
    effect_factors,
    matrices_from_profile,
    propagate,
    scale_transition,
    table_from_value,
)
from costbenefit.model.structure import STATES
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import Parameter
from costbenefit.report.as_json import to_json_dict
from costbenefit.uncertainty.montecarlo import run_montecarlo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml"
PROFILE_EXAMPLE = ROOT / "tests" / "fixtures" / "ips_typed_rates.yaml"
BAD_TABLES = Path(__file__).resolve().parents[1] / "fixtures" / "bad_transitions"
BAD_SCENARIOS = Path(__file__).resolve().parents[1] / "fixtures" / "bad_markov"
WHEN = dt.date(2020, 1, 1)

# fixture -> words the message must contain besides the file name (the row or band)
BAD_TABLE_MESSAGES = {
    "row_sum_not_one.yaml": ("18-29 · rad aap", "summere til 1"),
    "negative_probability.yaml": ("18-29 · rad aap", "negativ sannsynlighet til disability"),
    "unknown_target_state.yaml": ("18-29 · rad aap", "ukjent tilstand ['retired']"),
    "unknown_row_state.yaml": ("18-29", "ukjent tilstand ['retired']"),
    "missing_row.yaml": ("18-29", "mangler rad for neet"),
    "probability_not_a_number.yaml": ("18-29 · rad aap", "må være et tall"),
    "overlapping_bands.yaml": ("25-40", "overlapper"),
    "bad_age_band.yaml": ("29-18", "ugyldig aldersintervall"),
}
BAD_SCENARIO_MESSAGES = {
    "markov_without_section.yaml": "krever en seksjon `markov:`",
    "profile_field_in_markov.yaml": "intervention.success_rate_with brukes ikke i mode: markov",
    "unknown_effect_state.yaml": "ukjent tilstand 'retired'",
    "start_not_summing_to_one.yaml": "summere til 1",
    "effect_on_diagonal.yaml": "ulike tilstander",
    "markov_section_in_profile_mode.yaml": "brukes bare med mode: markov",
    "per_success_wellbeing.yaml": "per_success brukes ikke i mode: markov",
    "negative_relative_risk.yaml": "relative_risk",
    "max_age_below_start.yaml": "markov.max_age",
    "unknown_transitions.yaml": "fant ikke overgangsmatrisene",
    "horizon_beyond_matrices.yaml": "dekker bare alder 18–66",
}


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in BAD_TABLES.glob("*.yaml")} == set(BAD_TABLE_MESSAGES)
    assert {p.name for p in BAD_SCENARIOS.glob("*.yaml")} == set(BAD_SCENARIO_MESSAGES)


@pytest.mark.parametrize("fixture", sorted(BAD_TABLE_MESSAGES))
def test_malformed_transition_file_names_file_and_row(tmp_path: Path, fixture: str) -> None:
    root = tmp_path / "set"
    (root / "transitions" / "test").mkdir(parents=True)
    (root / "index.yaml").write_text('name: test\nversion: "0.1"\n', encoding="utf-8")
    shutil.copy(BAD_TABLES / fixture, root / "transitions" / "test" / fixture)
    name = f"transitions.test.{fixture.removesuffix('.yaml')}"
    pset = load_parameter_set(root)  # the generic loader accepts it; the table check does not
    with pytest.raises(InputError) as info:
        table_from_value(name, pset.get(name).at(WHEN))
    message = str(info.value)
    assert f"transitions/test/{fixture}" in message
    for words in BAD_TABLE_MESSAGES[fixture]:
        assert words in message


@pytest.mark.parametrize("fixture", sorted(BAD_SCENARIO_MESSAGES))
def test_malformed_markov_scenario_is_refused(fixture: str, pset) -> None:
    with pytest.raises(InputError) as info:
        evaluate(load_scenario(BAD_SCENARIOS / fixture), pset)
    assert BAD_SCENARIO_MESSAGES[fixture] in str(info.value)


def test_shipped_baseline_is_calibrated_to_bragstad(pset) -> None:
    """About 60 % of 18-year-old AAP entrants are on uføretrygd ten years later."""
    view = ParamView(pset, WHEN, kpi_index(pset))
    table = table_from_value("transitions.aap_18_29.baseline",
                             view.plain("transitions.aap_18_29.baseline"))
    m = table.matrices[table.band_indices(18, 27)]
    start = np.zeros((1, len(STATES)))
    start[0, STATES.index("aap")] = 1.0
    after_ten = propagate(start, m, 10)[0, 10, STATES.index("disability")]
    assert 0.57 <= after_ten <= 0.63


# --- hand-computed 2-state cases ------------------------------------------------------------

M2 = np.array([[0.8, 0.2], [0.1, 0.9]])  # states A, B; the same matrix every year


def test_two_state_golden_case() -> None:
    """Start in A. Without: occ0 = [1, 0]; occ1 = [0.8, 0.2];
    occ2 = [0.8·0.8 + 0.2·0.1, 0.8·0.2 + 0.2·0.9] = [0.66, 0.34].
    With relative risk 1.5 on A→B in cycle 0 only (years 1, decay 1): row A becomes
    [1 − 0.3, 0.2·1.5] = [0.7, 0.3], so occ1 = [0.7, 0.3] and
    occ2 = [0.7·0.8 + 0.3·0.1, 0.7·0.2 + 0.3·0.9] = [0.59, 0.41]."""
    start = np.array([[1.0, 0.0]])
    cycles = np.stack([M2, M2])
    without = propagate(start, cycles, 2)[0]
    effect = Effect(0, 1, effect_factors(np.array([1.5]), 1, 1.0, 2))
    with_ = propagate(start, cycles, 2, (effect,))[0]
    assert without == pytest.approx(np.array([[1, 0], [0.8, 0.2], [0.66, 0.34]]), abs=1e-15)
    assert with_ == pytest.approx(np.array([[1, 0], [0.7, 0.3], [0.59, 0.41]]), abs=1e-15)
    alive = np.array([True, True])
    change = annual_occupancy(with_[None], False, alive) - annual_occupancy(
        without[None], False, alive)
    # year 0 is the start (no change); year 1: [0.7 − 0.8, 0.3 − 0.2]
    assert change[0] == pytest.approx(np.array([[0, 0], [-0.1, 0.1]]), abs=1e-15)


def test_half_cycle_correction_by_hand() -> None:
    """Half-cycle: year k counts (occ[k] + occ[k+1]) / 2.
    Without: year 0 (1 + 0.8)/2 = 0.9 in A, year 1 (0.8 + 0.66)/2 = 0.73 in A.
    With (numbers above): year 0 (1 + 0.7)/2 = 0.85, year 1 (0.7 + 0.59)/2 = 0.645.
    Change in A: −0.05 and −0.085 (B mirrors it). With max_age reached after year 0
    (alive = [True, False]) year 1 counts nothing."""
    without = np.array([[[1, 0], [0.8, 0.2], [0.66, 0.34]]])
    with_ = np.array([[[1, 0], [0.7, 0.3], [0.59, 0.41]]])
    alive = np.array([True, True])
    assert annual_occupancy(without, True, alive)[0] == pytest.approx(
        np.array([[0.9, 0.1], [0.73, 0.27]]))
    change = annual_occupancy(with_, True, alive) - annual_occupancy(without, True, alive)
    assert change[0] == pytest.approx(np.array([[-0.05, 0.05], [-0.085, 0.085]]))
    ended = annual_occupancy(with_, True, np.array([True, False]))[0]
    assert ended[1] == pytest.approx([0.0, 0.0])


def test_effect_decays_after_its_years() -> None:
    """rr 1.5 for 2 years, then the excess 0.5 halves: 1.5, 1.5, 1.25, 1.125, 1.0625."""
    got = effect_factors(np.array([1.5]), 2, 0.5, 5)[0]
    assert got == pytest.approx([1.5, 1.5, 1.25, 1.125, 1.0625])


def test_scaling_a_transition_renormalises_the_row() -> None:
    """Row [0.7, 0.2, 0.1], ×1.5 on 0→1: 0.3, and the rest (0.7, 0.1) × 0.7/0.8."""
    m = np.array([[0.7, 0.2, 0.1], [0, 1, 0], [0, 0, 1]])
    got = scale_transition(m, 0, 1, np.array(1.5))
    assert got[0] == pytest.approx([0.6125, 0.3, 0.0875])
    assert got[1:] == pytest.approx(m[1:])


stochastic = arrays(np.float64, (5, 4, 4), elements=st.floats(0.01, 1.0))


@settings(max_examples=40, deadline=None)
@given(raw=stochastic, rr=st.floats(0.0, 5.0))
def test_occupancy_stays_a_distribution(raw: np.ndarray, rr: float) -> None:
    m = raw / raw.sum(axis=2, keepdims=True)
    start = np.array([[0.25, 0.25, 0.25, 0.25]])
    effect = Effect(0, 2, effect_factors(np.array([rr]), 3, 0.3, 5))
    occ = propagate(start, m, 5, (effect,))
    assert (occ >= -1e-15).all()
    assert occ.sum(axis=2) == pytest.approx(np.ones((1, 6)))


@settings(max_examples=40, deadline=None)
@given(raw=arrays(np.float64, (6, 4), elements=st.floats(0.0, 1.0)))
def test_matrices_from_profile_reproduce_it(raw: np.ndarray) -> None:
    raw[:, 0] += 0.01  # every row has some mass
    occupancy = raw / raw.sum(axis=1, keepdims=True)
    m = matrices_from_profile(occupancy)
    assert (m >= 0).all()
    assert m.sum(axis=2) == pytest.approx(np.ones((5, 4)))
    occ = propagate(occupancy[None, 0], m, 5)[0]
    assert occ == pytest.approx(occupancy, abs=1e-12)


def test_draws_are_propagated_like_single_runs() -> None:
    rng = np.random.default_rng(3)
    m = rng.random((4, 3, 6, 6))
    m /= m.sum(axis=3, keepdims=True)
    start = np.tile(np.eye(6)[2], (4, 1))
    batch = propagate(start, m, 3)
    for d in range(4):
        assert batch[d] == pytest.approx(propagate(start[d:d + 1], m[d], 3)[0], rel=1e-12)


# --- profile mode is a special case ----------------------------------------------------------

def _table_param(name: str, matrices: np.ndarray, first_age: int) -> Parameter:
    value = {
        str(first_age + k): {s: {t: float(m[i, j]) for j, t in enumerate(STATES)}
                             for i, s in enumerate(STATES)}
        for k, m in enumerate(matrices)
    }
    return Parameter.model_validate({
        "name": name, "description": "avledet fra profilen i testen", "unit": "share",
        "confidence": "assumption",
        "reference": [{"title": "test", "href": "https://example.org/test"}],
        "values": {WHEN: value},
    })


def test_markov_built_to_reproduce_a_profile_gives_identical_results(pset) -> None:
    """Profile mode with lag 1, no decay, no end: a participant's expected occupancy is
    base + δ·(reference − base) from year 1, δ = 0.366 − 0.271, times attribution 0.8.
    Transition matrices that reproduce the baseline, and the mixture, exactly
    (matrices_from_profile) give Markov mode the same change in occupancy per participant;
    the kernel applies attribution in both modes, so every NPV must agree."""
    profile = load_scenario(PROFILE_EXAMPLE).model_copy(deep=True)
    start_age, horizon = 22, 44  # ages 22–65; the profile covers 66 for the last transition
    iv = profile.intervention.model_copy(update={
        "lag_years": 1, "persistence_years": None, "decay": 0.0, "effect_share": 1.0,
        "attribution": 0.8})
    profile = profile.model_copy(update={"intervention": iv, "start_age": start_age,
                                         "horizon_years": horizon})
    view = ParamView(pset, WHEN, kpi_index(pset))
    ages = np.arange(start_age, start_age + horizon + 1)
    base = load_trajectory(view, profile.target_group).occupancy[ages]
    reference = load_trajectory(view, REFERENCE_GROUP).occupancy[ages]
    delta = iv.success_rate_with - iv.success_rate_without
    mixture = base + delta * (reference - base)
    mixture[0] = base[0]  # lag 1: nothing changes in year 0
    params = dict(pset.parameters)
    params["transitions.test.without"] = _table_param(
        "transitions.test.without", matrices_from_profile(base), start_age)
    params["transitions.test.with"] = _table_param(
        "transitions.test.with", matrices_from_profile(mixture), start_age)
    markov_set = pset.model_copy(update={"parameters": params})

    raw = profile.model_dump(mode="json", exclude={"mode", "markov"})
    for field in ("success_rate_with", "success_rate_without", "effect_share", "lag_years",
                  "persistence_years", "decay"):
        raw["intervention"].pop(field)
    raw["mode"] = "markov"
    raw["markov"] = {"start": dict(zip(STATES, map(float, base[0]), strict=True)),
                     "transitions": "transitions.test.without",
                     "with_measure": "transitions.test.with"}
    markov = scenario_from_mapping(raw, "test")  # attribution 0.8: the kernel applies it

    p = to_json_dict(evaluate(profile, pset), pset)
    m = to_json_dict(evaluate(markov, markov_set), markov_set)
    assert (p["mode"], m["mode"]) == ("profile", "markov")
    assert abs(p["break_even"]["pv_gain_per_success"]) > 1e5  # a real effect is compared
    for payer in ("kommune", "fylkeskommune", "stat", "public_total"):
        assert m["budget"][payer]["npv"] == pytest.approx(p["budget"][payer]["npv"], rel=1e-9)
    assert m["societal"]["npv"] == pytest.approx(p["societal"]["npv"], rel=1e-9)
    assert m["wellbeing"]["wellbys"] == pytest.approx(p["wellbeing"]["wellbys"], rel=1e-9)
    def by_key(rows: list[dict]) -> dict[tuple, float]:
        return {(r["year"], r["payer"], r["category"]): r["amount"] for r in rows}

    mk, pk = by_key(m["ledger"]), by_key(p["ledger"])
    for key in mk.keys() | pk.keys():  # a row rounding to exactly 0 in one mode is left out
        assert mk.get(key, 0.0) == pytest.approx(pk.get(key, 0.0), rel=1e-9, abs=1e-6), key


# --- the example and Monte Carlo ---------------------------------------------------------------

def test_markov_example_has_a_break_even_multiplier_not_successes(pset) -> None:
    out = to_json_dict(evaluate(load_scenario(EXAMPLE), pset), pset)
    be = out["break_even"]
    assert out["mode"] == "markov"
    assert be["successes_needed"] is None and be["success_rate"] is None
    # at the multiplier the gain equals the cost: m · gain = cost
    gain = be["pv_gain_per_success"] * 300
    assert be["effect_multiplier"] * gain == pytest.approx(out["budget"]["public_total"]["pv_cost"])
    assert "hvor mange må lykkes" in be["note"]


def test_montecarlo_over_transitions_is_reproducible(pset) -> None:
    scenario = load_scenario(EXAMPLE)
    a = run_montecarlo(scenario, pset, 300, seed=11)
    b = run_montecarlo(scenario, pset, 300, seed=11)
    c = run_montecarlo(scenario, pset, 300, seed=12)
    assert np.array_equal(a.samples["public_total"], b.samples["public_total"])
    assert not np.array_equal(a.samples["public_total"], c.samples["public_total"])
    assert a.samples["public_total"].std() > 0


def test_zero_variance_montecarlo_is_the_deterministic_result(pset) -> None:
    scenario = load_scenario(EXAMPLE)
    from costbenefit.model.markov_setup import markov_setup
    from costbenefit.model.prepare import prepare

    rr = markov_setup(scenario, prepare(scenario, pset).view).calibration.relative_risk
    point = {"markov.transition_effects.0.relative_risk":
             {"distribution": "uniform", "low": rr, "high": rr},
             "transition:aap.disability": {"distribution": "uniform", "low": 1.0, "high": 1.0}}
    raw = scenario.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raw["uncertainty"] = point
    fixed = scenario_from_mapping(raw, "test")
    mc = run_montecarlo(fixed, pset, 50, seed=1)
    result = evaluate(scenario, pset)
    for payer in ("kommune", "stat", "public_total"):
        assert mc.samples[payer] == pytest.approx(
            np.full(50, result.budget.npv[payer]), rel=1e-9)


def test_drawn_transitions_and_parameters_are_refused_together(pset) -> None:
    raw = load_scenario(EXAMPLE).model_dump(mode="json", by_alias=True, exclude_unset=True)
    raw["uncertainty"]["param:benefits.sosialhjelp.average_per_recipient"] = {
        "distribution": "uniform", "low": 50000, "high": 70000}
    with pytest.raises(InputError, match="kombineres"):
        run_montecarlo(scenario_from_mapping(raw, "test"), pset, 10, seed=1)


def test_markov_example_refuses_live_formula_workbook(pset) -> None:
    from costbenefit.excel.workbook import build_workbook

    with pytest.raises(InputError, match="profilmodus"):
        build_workbook(evaluate(load_scenario(EXAMPLE), pset), pset)
