"""A scenario's effect from the evidence library: rates, optimism bias, persistence, draws."""

from __future__ import annotations

import numpy as np
import pytest
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.scenario import Scenario
from costbenefit.uncertainty.inputs import sensitivity_inputs, uncertain_inputs
from costbenefit.uncertainty.montecarlo import draw_values
from tests.conftest import shipped_set

STUDY = "evidence.ips.reme_2019"


def scenario(**iv_changes) -> Scenario:
    iv = {"cohorts": [{"year": 2026, "participants": 100}], "effect": STUDY}
    iv.update(iv_changes)
    return Scenario.model_validate({
        "name": "evidens", "target_group": "aap_18_29", "start_age": 22, "start_year": 2026,
        "price_year": 2024, "horizon_years": 20, "intervention": iv})


def test_the_study_sets_outcome_rates_and_persistence_with_optimism_bias() -> None:
    """Reme 2019: 27,1 % → 36,6 % in work (RD 0,095), grade 3 → 10 % optimism bias:
    0,271 + 0,095 × 0,9 = 0,3565; persistence central: decay 0,25 for 5 years."""
    res = evaluate(scenario(), shipped_set())
    iv = res.scenario.intervention
    assert iv.success_outcome == "employed"
    assert iv.success_rate_without == pytest.approx(0.271)
    assert iv.success_rate_with == pytest.approx(0.271 + 0.095 * 0.9)
    assert (iv.decay, iv.persistence_years) == (0.25, 5)
    assert res.evidence is not None
    assert res.evidence.optimism_bias == pytest.approx(0.10)
    assert res.evidence.applied_difference == pytest.approx(0.0855)
    assert {STUDY, "evidence.optimism_bias"} <= set(res.parameters_used)


def test_what_the_scenario_gives_itself_is_kept() -> None:
    sc = scenario(success_rate_without=0.10, decay=0.5, persistence_years=3)
    iv = with_evidence(sc, shipped_set()).intervention
    assert iv.success_rate_without == 0.10
    assert iv.success_rate_with == pytest.approx(0.10 + 0.0855)
    assert (iv.decay, iv.persistence_years) == (0.5, 3)


def test_resolving_twice_changes_nothing_and_the_result_round_trips() -> None:
    once = with_evidence(scenario(), shipped_set())
    assert once.intervention.effect is None
    assert with_evidence(once, shipped_set()) is once
    again = Scenario.model_validate(once.model_dump(mode="json", by_alias=True))
    assert evaluate(again, shipped_set()).budget.npv == evaluate(once, shipped_set()).budget.npv


def test_monte_carlo_draws_the_effect_from_the_interval_and_can_draw_no_effect() -> None:
    sc = scenario()
    spec = uncertain_inputs(sc, shipped_set())
    paths = [slot.path for slot, _ in spec]
    assert {"intervention.success_rate_with", "intervention.decay"} <= set(paths)
    _, values = draw_values(sc, shipped_set(), spec, np.random.default_rng(7), 20_000)
    effect = values["intervention.success_rate_with"] - 0.271
    assert 0.0 < np.mean(effect <= 0) < 0.10  # RD 0,0855, sd 0,041: about 2 %
    # the 95 % interval of the drawn effect is the study's, scaled by 1 − optimism bias
    low, high = np.quantile(effect, [0.025, 0.975])
    assert low == pytest.approx(0.005 * 0.9, abs=0.004)
    assert high == pytest.approx(0.185 * 0.9, abs=0.004)
    decay = values["intervention.decay"]
    assert decay.max() > 0.9  # the range reaches no lasting effect (decay 1)


def test_a_declared_distribution_wins_over_the_study() -> None:
    sc = Scenario.model_validate({
        **scenario().model_dump(exclude_unset=True, by_alias=True),
        "uncertainty": {"intervention.success_rate_with": {
            "distribution": "uniform", "low": 0.3, "high": 0.4}}})
    spec = dict((slot.path, dist) for slot, dist in uncertain_inputs(sc, shipped_set()))
    assert spec["intervention.success_rate_with"].distribution == "uniform"


def test_effect_and_a_typed_rate_together_are_refused() -> None:
    with pytest.raises(ValidationError, match="enten effect"):
        scenario(success_rate_with=0.4)


def test_a_study_for_another_target_group_is_refused() -> None:
    sc = Scenario.model_validate({**scenario().model_dump(exclude_unset=True),
                                  "target_group": "vgs_dropout", "start_age": 17})
    with pytest.raises(InputError, match="gjelder ikke målgruppen 'vgs_dropout'") as err:
        evaluate(sc, shipped_set())
    assert err.value.field == "intervention.effect"


def test_an_outcome_other_than_the_studys_is_refused() -> None:
    with pytest.raises(InputError, match="måler «i arbeid»") as err:
        evaluate(scenario(success_outcome="in_education"), shipped_set())
    assert err.value.field == "intervention.success_outcome"


def test_an_unknown_study_is_named() -> None:
    with pytest.raises(InputError, match=r"ukjent studie 'evidence\.ips\.finnes_ikke'") as err:
        evaluate(scenario(effect="ips.finnes_ikke"), shipped_set())
    assert err.value.field == "intervention.effect"


def test_effect_is_profile_mode_only() -> None:
    with pytest.raises(ValidationError, match=r"intervention\.effect brukes ikke i mode: markov"):
        Scenario.model_validate({
            "name": "m", "target_group": "aap_18_29", "start_age": 22, "start_year": 2026,
            "price_year": 2024, "horizon_years": 10, "mode": "markov",
            "markov": {"start": {"aap": 1.0}},
            "intervention": {"cohorts": [{"year": 2026, "participants": 1}],
                             "effect": STUDY}})


def test_a_scenario_dumped_with_what_it_gives_reads_the_same() -> None:
    again = Scenario.model_validate(scenario().model_dump(mode="json", by_alias=True,
                                                          exclude_unset=True))
    assert again.intervention.effect == STUDY
    pset = shipped_set()
    assert evaluate(again, pset).budget.npv == evaluate(scenario(), pset).budget.npv


def test_an_explicit_default_is_the_scenarios_own_choice() -> None:
    """`decay: 0` with a study means a lasting effect, not the study's central decay."""
    iv = with_evidence(scenario(decay=0.0), shipped_set()).intervention
    assert iv.decay == 0.0
    sc = with_evidence(scenario(decay=0.0), shipped_set())
    assert "intervention.decay" not in sc.uncertainty


def test_a_study_counting_any_job_during_follow_up_is_pointed_out() -> None:
    sc = Scenario.model_validate({**scenario().model_dump(exclude_unset=True),
                                  "target_group": "neet_18_29"})
    res = evaluate(sc.model_copy(update={"intervention": sc.intervention.model_copy(
        update={"effect": "evidence.ips.seed_2020"})}), shipped_set())
    assert any("noen gang i utfallet" in w for w in res.warnings)
    assert not any("noen gang i utfallet" in w for w in evaluate(scenario(), shipped_set()
                                                                 ).warnings)


def test_the_tornado_does_not_vary_a_studys_control_level_alone() -> None:
    paths = [slot.path for slot, _ in sensitivity_inputs(scenario(), shipped_set())]
    assert "intervention.success_rate_with" in paths
    assert "intervention.success_rate_without" not in paths
