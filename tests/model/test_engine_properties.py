"""Properties of the engine that must hold for any inputs (hypothesis)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PUBLIC_PAYERS
from tests.conftest import shipped_set

FAST = settings(max_examples=40, deadline=None)


def scenario(**changes) -> Scenario:
    iv = {
        "cohorts": [{"year": 2026, "participants": 40}, {"year": 2028, "participants": 25}],
        "duration_years": 2,
        "cost_per_participant_year": {"kommune": 30_000, "stat": 50_000},
        "success_rate_with": 0.45,
        "success_rate_without": 0.25,
        "lag_years": 1,
        "persistence_years": 15,
        "decay": 0.05,
    }
    iv.update(changes.pop("intervention", {}))
    base = {
        "name": "egenskaper",
        "target_group": "vgs_dropout",
        "start_age": 17,
        "start_year": 2026,
        "price_year": 2024,
        "horizon_years": 45,
        "intervention": iv,
    }
    base.update(changes)
    return Scenario.model_validate(base)


@FAST
@given(k=st.floats(0.1, 20))
def test_npv_is_linear_in_participants(k: float) -> None:
    pset = shipped_set()
    one = evaluate(scenario(), pset)
    cohorts = [{"year": 2026, "participants": 40 * k}, {"year": 2028, "participants": 25 * k}]
    scaled = evaluate(scenario(intervention={"cohorts": cohorts}), pset)
    for payer in (*PUBLIC_PAYERS, "public_total"):
        assert scaled.budget.npv[payer] == pytest.approx(k * one.budget.npv[payer], rel=1e-9)


@FAST
@given(
    without=st.floats(0, 0.6),
    group=st.sampled_from(["vgs_dropout", "aap_18_29"]),
    cost=st.floats(1_000, 400_000),
)
def test_public_npv_is_zero_at_the_break_even_rate(without, group, cost) -> None:
    pset = shipped_set()
    start_age = 18 if group == "aap_18_29" else 17
    base = scenario(target_group=group, start_age=start_age, intervention={
        "success_rate_without": without, "success_rate_with": without,
        "cost_per_participant_year": {"kommune": cost}, "persistence_years": None,
    })
    be = evaluate(base, pset).break_even
    assert be.success_rate is not None
    at_break_even = scenario(target_group=group, start_age=start_age, intervention={
        "success_rate_without": without,
        "success_rate_with": min(be.success_rate, 1.0),
        "cost_per_participant_year": {"kommune": cost}, "persistence_years": None,
    })
    result = evaluate(at_break_even, pset)
    if be.feasible:
        assert result.budget.npv["public_total"] == pytest.approx(0, abs=1e-6 * cost * 130)
    else:
        assert result.budget.npv["public_total"] < 0


@FAST
@given(rate=st.floats(0, 1), lag=st.integers(0, 5), decay=st.floats(0, 0.5))
def test_ledger_rows_sum_to_reported_npvs(rate, lag, decay) -> None:
    pset = shipped_set()
    result = evaluate(scenario(intervention={
        "success_rate_with": rate, "success_rate_without": 0.0, "lag_years": lag, "decay": decay,
    }), pset)
    rows = result.ledger.rows()
    for payer in PUBLIC_PAYERS:
        total = sum(r["discounted"] for r in rows if r["payer"] == payer)
        assert total == pytest.approx(result.budget.npv[payer], rel=1e-9, abs=1e-6)
    public = sum(r["discounted"] for r in rows if r["payer"] in PUBLIC_PAYERS)
    assert public == pytest.approx(result.budget.npv["public_total"], rel=1e-9, abs=1e-6)


def test_deadweight_only_counts_the_difference(pset) -> None:
    a = evaluate(scenario(intervention={"success_rate_with": 0.5, "success_rate_without": 0.3}),
                 pset)
    b = evaluate(scenario(intervention={"success_rate_with": 0.3, "success_rate_without": 0.1}),
                 pset)
    assert a.budget.npv["public_total"] == pytest.approx(b.budget.npv["public_total"])


def test_no_effect_means_npv_is_minus_cost(pset) -> None:
    r = evaluate(scenario(intervention={"success_rate_with": 0.25, "success_rate_without": 0.25}),
                 pset)
    assert r.budget.npv["public_total"] == pytest.approx(-r.budget.pv_cost)
    # costs: 40 and 25 participants × 80 000 kr for two years each, discounted at 4 %
    by_hand = 40 * 80_000 * (1 + 1 / 1.04) + 25 * 80_000 * (1 / 1.04**2 + 1 / 1.04**3)
    assert r.budget.pv_cost == pytest.approx(by_hand)


def test_lasting_success_gains_public_money_for_both_groups(pset) -> None:
    for group, age in (("vgs_dropout", 17), ("aap_18_29", 18)):
        lasting = {"persistence_years": None, "decay": 0.0}
        r = evaluate(scenario(target_group=group, start_age=age, intervention=lasting), pset)
        assert r.break_even.pv_gain_per_success > 0
        assert np.isfinite(r.budget.npv["public_total"])


def test_result_records_provenance(pset) -> None:
    r = evaluate(scenario(), pset)
    assert r.parameter_set["version"] == "2026.2"
    assert "macro.grunnbelop" in r.parameters_used
    assert "target_groups.vgs_dropout.trajectory" in r.parameters_used
    assert r.discounting.name == "R-109"
