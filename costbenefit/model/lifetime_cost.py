"""Lifetime public cost per person of a target group: what one person in the group costs
public budgets more than the average person, year by year and in present value.

It is the gain of one full, permanent success from the group's first covered age (the
reference-minus-baseline public flows of the engine), so it checks the target-group
trajectories against the per-person figures the sources give (KS Utenfor-regnskapet,
Falch, Vista Analyse). Pure: takes a parameter set, never reads files.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.discounting import DiscountSchedule
from costbenefit.model.lifecourse import REFERENCE_GROUP, load_trajectory, profile_gap
from costbenefit.model.prepare import gap_flows, r109_schedule, unit_flows_for
from costbenefit.model.scenario import rules_date
from costbenefit.model.structure import PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.model.unit_flows import group_service_flows
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet

WORKING_LIFE_END = 66


@dataclass(frozen=True)
class LifetimeCost:
    """Public cost of one group member over the average person, NOK of `price_year`."""

    group: str
    start_age: int
    end_age: int
    price_year: int
    annual: np.ndarray  # extra public cost per year of age, start_age .. end_age
    by_payer: dict[str, float]  # undiscounted, per public payer
    undiscounted: float
    present_value: float
    discounting: str

    def average_per_year(self, first_age: int, last_age: int) -> float:
        """Mean extra cost per year over ages first_age..last_age (undiscounted)."""
        lo, hi = first_age - self.start_age, last_age - self.start_age
        return float(self.annual[lo : hi + 1].mean())


def lifetime_public_cost(pset: ParameterSet, group: str, *, price_year: int,
                         rules_year: int | None = None, start_age: int | None = None,
                         end_age: int = WORKING_LIFE_END,
                         schedule: DiscountSchedule | None = None) -> LifetimeCost:
    """Reference-minus-baseline public flows of `group` from `start_age` (default: the first
    age both trajectories cover) to `end_age`, undiscounted and discounted from start_age
    (R-109 from the set unless `schedule` is given)."""
    view = ParamView(pset, rules_date(rules_year or price_year), kpi_index(pset))
    baseline = load_trajectory(view, group)
    reference = load_trajectory(view, REFERENCE_GROUP)
    if start_age is None:
        start_age = max(baseline.covered_ages()[0], reference.covered_ages()[0])
    horizon = end_age - start_age + 1
    gap = profile_gap(baseline, reference, start_age, horizon)
    ages = start_age + np.arange(horizon)
    flows = unit_flows_for(pset, view, price_year)
    gain = gap_flows(gap, flows.values[ages])  # as prepare.full_effect_flows
    extra = group_service_flows(view, group, price_year)
    if extra is not None:
        gain = gain - extra.flows[ages]
    public = gain[:, [PAYER_INDEX[p] for p in PUBLIC_PAYERS], :].sum(axis=2)
    schedule = schedule or r109_schedule(view)
    annual = public.sum(axis=1)
    return LifetimeCost(
        group=group,
        start_age=start_age,
        end_age=end_age,
        price_year=price_year,
        annual=annual,
        by_payer={p: float(public[:, i].sum()) for i, p in enumerate(PUBLIC_PAYERS)},
        undiscounted=float(annual.sum()),
        present_value=float(annual @ schedule.factors(horizon)),
        discounting=schedule.name,
    )
