"""Tornado and switching values: brackets, ordering, and roots that really are roots."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import rules_date
from costbenefit.uncertainty.draws import UncertainModel
from costbenefit.uncertainty.inputs import resolve, sensitivity_inputs
from costbenefit.uncertainty.param_flows import with_values
from costbenefit.uncertainty.sensitivity import run_sensitivity, switching_value
from tests.conftest import shipped_set
from tests.uncertainty.helpers import make

SOSIAL = "param:benefits.sosialhjelp.average_per_recipient"


def test_tornado_low_and_high_bracket_the_base_and_rows_are_sorted(pset) -> None:
    sc = make({"intervention.decay": {"distribution": "uniform", "low": 0.0, "high": 0.2}})
    report = run_sensitivity(sc, pset, ["public_total", "kommune", "stat"])
    det = evaluate(sc, pset).budget.npv
    for name, t in report.tornados.items():
        assert t.base == det[name]
        swings = [r.swing for r in t.rows]
        assert swings == sorted(swings, reverse=True)
        for r in t.rows:  # every input is monotone in this model, so the base lies between
            assert min(r.at_low, r.at_high) <= t.base + 1e-6
            assert t.base - 1e-6 <= max(r.at_low, r.at_high)
            assert r.low <= r.slot.base <= r.high


def test_default_range_is_plus_minus_twenty_percent_kept_inside_bounds(pset) -> None:
    rows = {s.path: rng for s, rng in sensitivity_inputs(make(attribution=0.9), pset)}
    assert rows["intervention.success_rate_with"] == pytest.approx((0.45 * 0.8, 0.45 * 1.2))
    assert rows["intervention.attribution"] == pytest.approx((0.72, 1.0))  # 1.08 capped at 1
    assert "intervention.cost_per_participant_year.fylkeskommune" not in rows  # zero base


@settings(max_examples=15, deadline=None)
@given(path=st.sampled_from(["intervention.success_rate_with",
                             "intervention.cost_per_participant_year.stat",
                             "intervention.decay"]),
       cost=st.floats(60_000, 250_000))
def test_switching_value_put_back_into_the_model_gives_zero_npv(path, cost) -> None:
    pset = shipped_set()
    sc = make(cost_per_participant_year={"kommune": 30_000, "stat": cost},
              persistence_years=None)
    slot = resolve(path, sc, pset)
    sv = switching_value(UncertainModel(sc, pset, [slot]), path, "public_total")
    field = path.split(".", 1)[1]

    def npv_at(value: float) -> float:
        if field.startswith("cost_per_participant_year"):
            back = make(cost_per_participant_year={"kommune": 30_000, "stat": value},
                        persistence_years=None)
        else:
            back = make(cost_per_participant_year={"kommune": 30_000, "stat": cost},
                        persistence_years=None, **{field: value})
        return evaluate(back, pset).budget.npv["public_total"]

    if sv.value is None:  # no root: the engine's NPV has the reported sign at both ends
        lo, hi = sv.search_range
        assert sv.sign_in_range != 0
        assert np.sign(npv_at(lo)) == np.sign(npv_at(hi)) == sv.sign_in_range
        return
    assert npv_at(sv.value) == pytest.approx(0.0, abs=1e-6 * evaluate(sc, pset).budget.pv_cost)


def test_switching_value_for_the_success_rate_is_the_break_even_rate(pset) -> None:
    sc = make(persistence_years=None)
    slot = resolve("intervention.success_rate_with", sc, pset)
    sv = switching_value(UncertainModel(sc, pset, [slot]), slot.path, "public_total")
    assert sv.value == pytest.approx(evaluate(sc, pset).break_even.success_rate, rel=1e-9)


def test_switching_value_for_a_parameter_and_a_clear_none(pset) -> None:
    sc = make()
    name = SOSIAL.removeprefix("param:")
    base = pset.get(name).at(rules_date(sc))
    top = 25 * base  # kommune's NPV: negative without sosialhjelp saved, positive at 25 ×

    def npv_at(value: float, payer: str) -> float:
        return evaluate(sc, with_values(pset, rules_date(sc), {name: value})).budget.npv[payer]

    assert npv_at(0.0, "kommune") < 0 < npv_at(top, "kommune")  # so there is a root
    slot = resolve(SOSIAL, sc, pset)
    assert slot.base == base
    model = UncertainModel(sc, pset, [slot], {SOSIAL: (0.0, base, top)})
    kommune = switching_value(model, SOSIAL, "kommune", (0.0, top))
    assert kommune.value is not None and 0.0 < kommune.value < top
    assert npv_at(kommune.value, "kommune") == pytest.approx(0.0, abs=1e-3)
    # the state's budget does not depend on sosialhjelp (a municipal benefit): no root
    stat = switching_value(model, SOSIAL, "stat", (0.0, top))
    assert stat.value is None and stat.roots == ()
    assert np.sign(npv_at(0.0, "stat")) == np.sign(npv_at(top, "stat")) == stat.sign_in_range
