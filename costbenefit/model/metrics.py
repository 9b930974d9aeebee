"""Decision metrics from a ledger: NPV, ROI, payback year, break-even."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.ledger import Ledger
from costbenefit.model.structure import CATEGORY_INDEX, PUBLIC_PAYERS


@dataclass(frozen=True)
class BudgetMetrics:
    npv: dict[str, float]  # per public payer and "public_total"
    pv_cost: float  # present value of the measure's public cost (positive)
    roi: float | None  # NPV / PV of public cost: net kroner back per krone spent
    payback_year: int | None  # first year from which the discounted cumulative net stays >= 0


@dataclass(frozen=True)
class BreakEven:
    pv_gain_per_success: float  # public, average over cohorts
    successes_needed: float | None  # additional successes for public NPV = 0
    success_rate: float | None  # success rate with the measure at which public NPV = 0
    feasible: bool  # False when the break-even rate is above 1 or no gain exists
    # Markov mode: multiplier on the effect at which public NPV = 0, and why no successes
    effect_multiplier: float | None = None
    note: str | None = None
    # additional successes each payer needs for its own NPV = 0 (kommune, fylkeskommune,
    # stat, public_total): 0 when it gains already, None when a success does not help it
    by_payer: dict[str, float | None] | None = None


def payback_year(ledger: Ledger, payers: tuple[str, ...] = PUBLIC_PAYERS) -> int | None:
    cumulative = np.cumsum(ledger.net_by_year(payers, discounted=True))
    negative = np.flatnonzero(cumulative < 0)
    if negative.size == 0:
        return int(ledger.years[0])
    last_negative = int(negative[-1])
    if last_negative + 1 >= len(cumulative):
        return None
    return int(ledger.years[last_negative + 1])


def budget_metrics(ledger: Ledger) -> BudgetMetrics:
    npv = {p: ledger.npv((p,)) for p in PUBLIC_PAYERS}
    npv["public_total"] = ledger.npv(PUBLIC_PAYERS)
    public = ledger.payer_index(PUBLIC_PAYERS)
    pv_cost = 0.0 - float(ledger.discounted[:, public, CATEGORY_INDEX["measure"]].sum())
    roi = npv["public_total"] / pv_cost if pv_cost > 0 else None
    return BudgetMetrics(npv=npv, pv_cost=pv_cost, roi=roi, payback_year=payback_year(ledger))


def successes_to_cover(cost: float, gain_per_success: float) -> float | None:
    """Successes whose gain covers `cost` (the NPV lost without any effect): 0 when there
    is nothing to cover, None when a success gains nothing."""
    if cost <= 0:
        return 0.0
    return cost / gain_per_success if gain_per_success > 0 else None


def break_even(cost: float, pv_gain_per_success: float, participants: float,
               attribution: float, success_rate_without: float,
               by_payer: dict[str, float | None] | None = None) -> BreakEven:
    """Hvor mange må lykkes: successes (beyond deadweight) whose public gain covers `cost`,
    the public NPV lost without any effect (the measure's cost, less what a rule change
    saves)."""
    if pv_gain_per_success <= 0 or participants <= 0 or attribution <= 0:
        return BreakEven(pv_gain_per_success, None, None, False, by_payer=by_payer)
    needed = max(cost, 0.0) / pv_gain_per_success
    rate = success_rate_without + needed / (participants * attribution)
    return BreakEven(pv_gain_per_success, needed, rate, rate <= 1.0, by_payer=by_payer)
