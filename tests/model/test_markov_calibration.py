"""Markov calibration: the arms reproduce a study's levels at follow-up (issue #13 item 4).

The shipped example is calibrated to Reme et al. 2019 (27.1 % vs 36.6 % in work at 12
months); toy chains check the arithmetic by hand; malformed `markov.calibrate` inputs are
refused with the field named; a property test hits random reachable targets.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.files.scenarios import load_scenario, scenario_from_mapping
from costbenefit.model.engine import evaluate
from costbenefit.model.markov import Effect, effect_factors, propagate, scale_transition
from costbenefit.model.markov_calibration import TOLERANCE, Study, calibrate
from costbenefit.model.markov_setup import MarkovSetup, markov_setup
from costbenefit.model.prepare import prepare
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import STATE_INDEX
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.inputs import resolve
from costbenefit.uncertainty.markov_slots import relative_risk_paths
from costbenefit.uncertainty.montecarlo import run_montecarlo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml"
BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_markov" / "calibrate"
EMPLOYED, AAP = STATE_INDEX["employed"], STATE_INDEX["aap"]
RR_PATH = "markov.transition_effects.0.relative_risk"


def setup_of(scenario: Scenario, pset: ParameterSet) -> MarkovSetup:
    return markov_setup(scenario, prepare(scenario, pset).view)


def example_with(**markov: object) -> Scenario:
    """The shipped example with `markov:` entries replaced (None removes one)."""
    raw = load_scenario(EXAMPLE).model_dump(mode="json", by_alias=True, exclude_unset=True)
    for key, value in markov.items():
        if value is None:
            raw["markov"].pop(key, None)
        else:
            raw["markov"][key] = value
    raw["uncertainty"] = {}
    return scenario_from_mapping(raw, "test")


# --- (a) the shipped example reproduces Reme et al. 2019 ----------------------------------------

def test_the_ips_example_reproduces_both_arms_of_the_trial_at_12_months(pset) -> None:
    """Through the public path (shipped set, example file, evaluate): the arm without the
    measure has 27.1 % in work after one year, the arm with it 36.6 %, each within one
    point (in fact to the solver's precision)."""
    scenario = load_scenario(EXAMPLE)
    result = evaluate(scenario, load_parameter_set())  # runs end to end
    assert result.budget.npv["public_total"] != 0
    setup = setup_of(scenario, pset)
    without, with_measure = setup.arms()
    assert without[0, 1, EMPLOYED] == pytest.approx(0.271, abs=0.01)
    assert with_measure[0, 1, EMPLOYED] == pytest.approx(0.366, abs=0.01)
    assert without[0, 1, EMPLOYED] == pytest.approx(0.271, abs=1e-9)
    assert with_measure[0, 1, EMPLOYED] == pytest.approx(0.366, abs=1e-9)
    cal = setup.calibration
    assert cal is not None
    assert (cal.state, cal.follow_up, cal.origin, cal.target) == ("employed", 1, "aap",
                                                                  "employed")
    assert (cal.control_model, cal.treatment_model) == pytest.approx((0.271, 0.366), abs=1e-9)
    # everyone starts on AAP and the follow-up is one cycle: m·0.04 = 0.271, r = 0.366/0.271
    assert cal.multiplier == pytest.approx(0.271 / 0.04, rel=1e-9)
    assert cal.relative_risk == pytest.approx(0.366 / 0.271, rel=1e-9)
    assert setup.effects[-1] == ((AAP, EMPLOYED), cal.relative_risk, 2, 0.5)


def test_without_half_cycle_the_first_effect_year_shows_the_trial_difference(pset) -> None:
    """The level is the point-in-time share after F transitions, the same with and without
    the half-cycle correction; without it, year 1 of the occupancy change is +9.5 points."""
    corrected = setup_of(example_with(half_cycle_correction=True), pset)
    plain = setup_of(example_with(half_cycle_correction=False), pset)
    assert corrected.calibration == plain.calibration
    change = prepare(example_with(half_cycle_correction=False), pset).gap
    assert change[1, EMPLOYED] == pytest.approx(0.366 - 0.271, abs=1e-9)
    assert change[0] == pytest.approx(np.zeros(change.shape[1]))


def test_multiplier_applies_in_the_follow_up_cycles_only(pset) -> None:
    """Both arms use m in cycles 0 … F − 1 and the baseline afterwards."""
    calibrated = setup_of(example_with(), pset)
    baseline = setup_of(example_with(calibrate=None, transition_effects=[]), pset)
    m = calibrated.calibration.multiplier
    assert calibrated.without[0, AAP, EMPLOYED] == pytest.approx(0.04 * m)
    assert calibrated.without[0, AAP].sum() == pytest.approx(1.0)
    assert np.array_equal(calibrated.without[1:], baseline.without[1:])
    assert np.array_equal(calibrated.with_measure, calibrated.without)


def test_longer_follow_up_and_other_effects_are_calibrated_together(pset) -> None:
    """Two-year follow-up, a mixed start, and another transition effect in the measure arm:
    the levels after two transitions are still hit."""
    calibrate_two = {"state": "employed", "follow_up_years": 2, "control": 0.35,
                     "treatment": 0.45, "transition": {"from": "aap", "to": "employed"}}
    scenario = example_with(
        start={"aap": 0.8, "neet": 0.2}, calibrate=calibrate_two,
        transition_effects=[{"from": "aap", "to": "in_education", "relative_risk": 1.5,
                             "years": 3}])
    setup = setup_of(scenario, pset)
    without, with_measure = setup.arms()
    assert without[0, 2, EMPLOYED] == pytest.approx(0.35, abs=TOLERANCE)
    assert with_measure[0, 2, EMPLOYED] == pytest.approx(0.45, abs=TOLERANCE)
    assert [e[0] for e in setup.effects] == [(AAP, STATE_INDEX["in_education"]),
                                             (AAP, EMPLOYED)]
    assert relative_risk_paths(scenario) == [RR_PATH, "markov.transition_effects.1.relative_risk"]


# --- Monte Carlo on a calibrated scenario ------------------------------------------------------

def test_calibrated_relative_risk_is_drawn_as_the_last_transition_effect(pset) -> None:
    scenario = load_scenario(EXAMPLE)
    cal = setup_of(scenario, pset).calibration
    slot = resolve(RR_PATH, scenario, pset)
    assert slot.base == cal.relative_risk and "kalibrert" in slot.label
    with pytest.raises(InputError, match="nr fra 0 til 0"):
        resolve("markov.transition_effects.1.relative_risk", scenario, pset)
    # a multiplier on the calibrated transition keeps every probability ≤ 1
    upper = resolve("transition:aap.employed", scenario, pset).bounds[1]
    assert upper == pytest.approx(1 / 0.271)


def test_zero_variance_montecarlo_is_the_calibrated_result(pset) -> None:
    scenario = load_scenario(EXAMPLE)
    rr = setup_of(scenario, pset).calibration.relative_risk
    raw = scenario.model_dump(mode="json", by_alias=True, exclude_unset=True)
    raw["uncertainty"] = {
        RR_PATH: {"distribution": "uniform", "low": rr, "high": rr},
        "transition:aap.disability": {"distribution": "uniform", "low": 1.0, "high": 1.0}}
    mc = run_montecarlo(scenario_from_mapping(raw, "test"), pset, 20, seed=1)
    result = evaluate(scenario, pset)
    for payer in ("kommune", "stat", "public_total"):
        assert mc.samples[payer] == pytest.approx(np.full(20, result.budget.npv[payer]),
                                                  rel=1e-9)


# --- (b) hand-checked toy chains -----------------------------------------------------------

M2 = np.array([[0.8, 0.2], [0.1, 0.9]])  # states A, B
NAMES = ("A", "B")


def toy(start: list[float], cycles: int, effects: tuple[Effect, ...] = ()) -> Study:
    return Study(start=np.array(start), matrices=np.stack([M2] * cycles), state=1, origin=0,
                 target=1, effects=effects)


def test_one_cycle_by_hand() -> None:
    """Start in A, one cycle: the share in B is 0.2·m, so 0.3 needs m = 1.5; with the
    measure 0.2·1.5·r = 0.45 needs r = 1.5."""
    cal = calibrate(toy([1.0, 0.0], 1), 0.3, 0.45, NAMES)
    assert cal.multiplier == pytest.approx(1.5, rel=1e-12)
    assert cal.relative_risk == pytest.approx(1.5, rel=1e-12)
    assert (cal.control_model, cal.treatment_model) == pytest.approx((0.3, 0.45), abs=1e-12)
    assert (cal.state, cal.origin, cal.target, cal.follow_up) == ("B", "A", "B", 1)


def test_two_cycles_by_hand() -> None:
    """Start in A, two cycles, x = 0.2·m in both: B after two cycles is
    (1 − x)·x + x·0.9 = x·(1.9 − x). For 0.5: x² − 1.9x + 0.5 = 0, the root below 1 is
    x = (1.9 − √1.61)/2 = 0.3155711…, so m = 5x = 1.5778557…"""
    cal = calibrate(toy([1.0, 0.0], 2), 0.5, 0.6, NAMES)
    x = (1.9 - np.sqrt(1.61)) / 2
    assert cal.multiplier == pytest.approx(5 * x, rel=1e-10)
    assert cal.control_model == pytest.approx(0.5, abs=1e-12)
    # with the measure: y = x·r in both cycles, y·(1.9 − y) = 0.6
    y = (1.9 - np.sqrt(1.9**2 - 2.4)) / 2
    assert cal.relative_risk == pytest.approx(y / x, rel=1e-10)


def test_other_effects_act_while_the_relative_risk_is_solved() -> None:
    """A second effect halves B → A in the measure arm; one cycle from a 50/50 start.
    Without: B = 0.5·0.2·m + 0.5·0.9, so 0.6 needs m = 1.5. With: row B is [0.05, 0.95]
    and A → B is 0.3·r, so B = 0.15·r + 0.475, and 0.7 needs r = 0.225 / 0.15 = 1.5."""
    other = Effect(1, 0, np.array([[0.5]]))
    cal = calibrate(toy([0.5, 0.5], 1, (other,)), 0.6, 0.7, NAMES)
    assert cal.multiplier == pytest.approx(1.5, rel=1e-12)
    assert cal.relative_risk == pytest.approx(0.225 / 0.15, rel=1e-12)


# --- (c) unreachable targets and malformed inputs --------------------------------------------

def test_unreachable_control_names_the_field_and_the_range() -> None:
    """From a 50/50 start B after one cycle is 0.45 + 0.1·m ∈ [0.45, 0.95]."""
    with pytest.raises(InputError) as info:
        calibrate(toy([0.5, 0.5], 1), 0.99, 0.99, NAMES)
    assert info.value.field == "markov.calibrate.control"
    assert "45,0 % til 95,0 %" in info.value.message
    assert "Velg en kontrollandel" in info.value.message


def test_treatment_needing_a_negative_relative_risk_is_refused() -> None:
    with pytest.raises(InputError) as info:
        calibrate(toy([0.5, 0.5], 1), 0.6, 0.4, NAMES)
    assert info.value.field == "markov.calibrate.treatment"
    assert "kan ikke være negativ" in info.value.message


def test_a_transition_that_is_zero_cannot_be_calibrated() -> None:
    study = Study(start=np.array([1.0, 0.0]), matrices=np.stack([np.eye(2)]), state=1,
                  origin=0, target=1)
    with pytest.raises(InputError) as info:
        calibrate(study, 0.3, 0.4, NAMES)
    assert info.value.field == "markov.calibrate.transition"


# fixture -> (field named in the error, words the message must contain)
BAD_CALIBRATIONS = {
    "control_unreachable.yaml": ("markov.calibrate.control", "kan ikke nås"),
    "treatment_below_reach.yaml": ("markov.calibrate.treatment", "kan ikke være negativ"),
    "control_above_one.yaml": ("markov.calibrate.control", "høyst 1"),
    "missing_transition.yaml": ("markov.calibrate.transition", "feltet mangler"),
    "unknown_state.yaml": ("markov.calibrate.state", "ukjent tilstand 'retired'"),
    "diagonal_transition.yaml": ("markov.calibrate.transition", "ulike tilstander"),
    "zero_transition.yaml": ("markov.calibrate.transition", "er 0 i grunnlagsmatrisene"),
    "fractional_follow_up.yaml": ("markov.calibrate.follow_up_years", "helt antall år"),
    "years_shorter_than_follow_up.yaml": ("markov.calibrate.years", "minst follow_up_years"),
    "follow_up_beyond_horizon.yaml": ("markov.calibrate.follow_up_years", "forleng horisonten"),
    "with_measure.yaml": ("markov.with_measure", "kan ikke kombineres"),
    "effect_on_same_transition.yaml": ("markov.transition_effects.0", "samme overgang"),
    "unknown_field.yaml": ("markov.calibrate.folow_up_years", "ukjent felt"),
}


def test_every_calibration_fixture_is_covered() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(BAD_CALIBRATIONS)


@pytest.mark.parametrize("fixture", sorted(BAD_CALIBRATIONS))
def test_malformed_calibration_is_refused(fixture: str, pset, capsys) -> None:
    field, words = BAD_CALIBRATIONS[fixture]
    with pytest.raises(InputError) as info:
        evaluate(load_scenario(BAD / fixture), pset)
    assert field in str(info.value) and words in str(info.value)
    assert main(["evaluate", str(BAD / fixture)]) == 2  # the command names the file too
    err = capsys.readouterr().err
    assert fixture in err and field in err and words in err


# --- (d) random reachable targets are hit ----------------------------------------------------

@settings(max_examples=40, deadline=None)
@given(raw=arrays(np.float64, (3, 3, 3), elements=st.floats(0.02, 1.0)),
       start_raw=arrays(np.float64, 3, elements=st.floats(0.0, 1.0)),
       follow_up=st.integers(1, 3),
       m0=st.floats(0.0, 4.0), r0=st.floats(0.0, 4.0),
       state=st.integers(0, 2))
def test_reachable_targets_are_hit(raw: np.ndarray, start_raw: np.ndarray, follow_up: int,
                                   m0: float, r0: float, state: int) -> None:
    """The control target is made by some multiplier m0, the treatment target by some
    relative risk r0 on the multiplier the calibration picks (when the share is not
    monotone in m, m0 need not be the one picked). The calibrated arms, recomputed here
    with propagate, hit both within the tolerance."""
    matrices = (raw / raw.sum(axis=2, keepdims=True))[:follow_up]
    start = start_raw + 0.01
    start /= start.sum()
    study = Study(start=start, matrices=matrices, state=state, origin=0, target=1)
    names = ("A", "B", "C")
    control = float(study.control(np.array([m0]))[0])
    multiplier = calibrate(study, control, control, names).multiplier  # r = 1 reaches it
    treatment = float(study.treatment(multiplier, np.array([r0]))[0])
    cal = calibrate(study, control, treatment, names)
    assert cal.multiplier == multiplier
    assert 0 <= cal.multiplier <= 100 and 0 <= cal.relative_risk <= 100
    scaled = scale_transition(matrices, 0, 1, np.array(cal.multiplier))
    rr = effect_factors(np.array([cal.relative_risk]), follow_up, 1.0, follow_up)
    without = propagate(start[None], scaled, follow_up)[0, -1, state]
    with_ = propagate(start[None], scaled, follow_up, (Effect(0, 1, rr),))[0, -1, state]
    assert abs(without - control) <= TOLERANCE
    assert abs(with_ - treatment) <= TOLERANCE
    assert (cal.control_model, cal.treatment_model) == pytest.approx((without, with_))
