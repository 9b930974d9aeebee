"""Drawn parameters (`param:` in `uncertainty:`): only those that move the model are
accepted, and their base value is the one the scenario evaluates with (overrides applied)."""

from __future__ import annotations

import numpy as np
import pytest

from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import rules_date
from costbenefit.uncertainty.draws import UncertainModel
from costbenefit.uncertainty.inputs import resolve
from costbenefit.uncertainty.montecarlo import run_montecarlo
from costbenefit.uncertainty.sensitivity import tornado
from tests.uncertainty.helpers import make

SOSIAL = "benefits.sosialhjelp.long_term_per_recipient"
# moves the kommune only below the compensation threshold; Trondheim (0,97) is above it
BELOW_THRESHOLD_ONLY = "kommune_sector.income_equalisation.kommune.supplementary_rate"


def _numeric(pset, sc) -> list[str]:
    out = []
    when = rules_date(sc)
    for name, param in pset.parameters.items():
        if min(param.values) > when:
            continue
        value = param.at(when)
        if isinstance(value, int | float) and not isinstance(value, bool):
            out.append(name)
    return out


def test_every_accepted_parameter_moves_the_tornado_and_the_rest_are_rejected(pset) -> None:
    sc = make()
    accepted = 0
    for name in _numeric(pset, sc):
        path = f"param:{name}"
        try:
            slot = resolve(path, sc, pset)
        except InputError as err:
            assert "Fjern den fra `uncertainty:`" in str(err)
            assert err.field == f"uncertainty.{path}"
            continue
        accepted += 1
        # the probe range of parameter_slots.PROBE_FACTORS: a cap may not bind at ±20 %
        low, high = (0.5 * slot.base, 2.0 * slot.base) if slot.base else (0.0, 1.0)
        if pset.get(name).unit == "share":  # an equalisation rate above 1 is refused
            high = min(high, 1.0)
        model = UncertainModel(sc, pset, [slot], {path: (low, slot.base, high)})
        # the inntektsutjevning moves money inside the public sector: the kommune's NPV
        rows = tornado(model, [(slot, (low, high))], ["public_total", "societal", "kommune"])
        swings = [t.rows[0].swing for t in rows.values()]
        assert (max(swings) > 0) == (name != BELOW_THRESHOLD_ONLY), name
    assert accepted >= 10  # taxes, benefits and service costs are all drawable


@pytest.mark.parametrize("name", ["r109.tax_financing_cost", "labour.labour_cost_factor",
                                  "macro.gdp_per_capita_growth"])
def test_parameters_outside_the_unit_flows_are_rejected_with_the_fix(pset, name) -> None:
    with pytest.raises(InputError, match="parameter_overrides") as err:
        resolve(f"param:{name}", make(), pset)
    assert err.value.field == f"uncertainty.param:{name}"


def test_slot_base_is_the_overridden_value_and_zero_width_mc_equals_evaluate(pset) -> None:
    raw = pset.get(SOSIAL).at(rules_date(make()))
    override = 2 * raw
    dist = {f"param:{SOSIAL}": {"distribution": "uniform", "low": override, "high": override}}
    sc = make(dist).model_copy(update={"parameter_overrides": {SOSIAL: override}})
    slot = resolve(f"param:{SOSIAL}", sc, pset)
    assert slot.base == override != raw
    result = evaluate(sc, pset)
    mc = run_montecarlo(sc, pset, 5, seed=1)
    assert np.all(mc.samples["public_total"] == pytest.approx(result.budget.npv["public_total"],
                                                                rel=1e-12))
    assert np.all(mc.samples["societal"] == pytest.approx(result.societal.npv, rel=1e-12))
