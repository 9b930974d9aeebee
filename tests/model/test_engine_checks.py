"""What the engine points out or refuses: warnings on allowed but doubtful inputs, gaps in
age profiles, and a provenance list that depends only on the scenario evaluated."""

from __future__ import annotations

import pytest

from costbenefit.errors import InputError
from costbenefit.model import engine, prepare
from costbenefit.model.lifetime_cost import lifetime_public_cost
from costbenefit.model.scenario import Scenario
from tests.model.test_engine_properties import scenario


def _warnings(**intervention) -> tuple[str, ...]:
    from tests.conftest import shipped_set

    return engine.evaluate(scenario(intervention=intervention), shipped_set()).warnings


def test_success_rate_with_below_without_is_pointed_out() -> None:
    assert any("lavere enn uten" in w for w in _warnings(success_rate_with=0.2,
                                                          success_rate_without=0.3))
    assert not any("lavere enn uten" in w for w in _warnings())


def test_an_effect_that_never_fades_is_pointed_out() -> None:
    lasting = _warnings(persistence_years=None, decay=0.0)
    assert any("hele analyseperioden" in w for w in lasting)
    assert not any("hele analyseperioden" in w for w in _warnings(persistence_years=None,
                                                                  decay=0.1))
    assert not any("hele analyseperioden" in w for w in _warnings(persistence_years=10,
                                                                  decay=0.0))


def test_an_age_profile_with_a_gap_names_the_parameter_and_ages(pset) -> None:
    gappy = pset.with_overrides({"labour.monthly_wage_by_age": {"0-24": 30_000,
                                                               "30-100": 50_000}})
    with pytest.raises(InputError, match=r"labour\.monthly_wage_by_age.*25–29"):
        engine.evaluate(scenario(), gappy)


def test_parameters_used_depend_only_on_the_scenario(pset) -> None:
    prepare._FLOW_CACHE.clear()
    sc: Scenario = scenario(target_group="aap_18_29", start_age=20)
    alone = engine.evaluate(sc, pset).parameters_used
    prepare._FLOW_CACHE.clear()
    # lifetime cost reads another group's trajectory before it builds the unit flows
    lifetime_public_cost(pset, "anxiety_depression", price_year=2024)
    after_other_work = engine.evaluate(sc, pset).parameters_used
    assert after_other_work == alone
    assert "target_groups.anxiety_depression.trajectory" not in after_other_work


def test_flow_cache_is_bounded(pset) -> None:
    prepare._FLOW_CACHE.clear()
    for i in range(prepare.FLOW_CACHE_SIZE + 5):
        changed = pset.with_overrides({"benefits.sosialhjelp.average_per_recipient": 60_000 + i})
        engine.evaluate(scenario(), changed)
    assert len(prepare._FLOW_CACHE) == prepare.FLOW_CACHE_SIZE
