"""The societal view (R-109 / DFØ): real resource effects, booked as `society` rows.

Pure: arrays in, arrays out. Per year, society gains
- production: the person's gross earnings (`production` rows) × the labour cost factor,
  i.e. wage plus employer costs, the value of what the person produces;
- services: the real resources the public payers save in services (their `services` rows);
- measure: the measure's cost (the public payers' `measure` rows);
- tax_financing: the skattefinansieringskostnad, a share (20 %) of the net public budget
  effect: a net public cost costs society that much extra, a net public gain saves it.
Taxes and transfers move money between the person and public payers; they are not a
real resource and count only through the financing cost. Effects after the analysis
period are dropped or booked as one `residual_value` row in the period's last year.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.ledger import Ledger
from costbenefit.model.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PUBLIC_PAYERS

SOCIETY = PAYER_INDEX["society"]
SOCIETAL_CATEGORIES = ("production", "services", "measure", "tax_financing", "residual_value")
RESIDUAL_OPTIONS = ("none", "remaining")


@dataclass(frozen=True)
class SocietalView:
    """Societal NPV and its ratios, from the `society` rows of the ledger.

    Each category's present value counts as a benefit when positive and a cost when
    negative: ``bcr = pv_benefits / pv_costs`` and ``npv = pv_benefits - pv_costs``.
    ``npv_per_budget_krone`` (DFØ's netto nytte per budsjettkrone) divides the societal
    NPV by the present value of the measure's cost to public budgets.
    """

    npv: float
    pv_by_category: dict[str, float]
    pv_benefits: float
    pv_costs: float
    bcr: float | None
    npv_per_budget_krone: float | None
    analysis_years: int
    residual_value: str
    tax_financing_rate: float
    labour_cost_factor: float


def society_rows(amount: np.ndarray, labour_cost_factor: float,
                 tax_financing_rate: float) -> np.ndarray:
    """Society's real resource effects per year, ``[..., t, category]``, for every year.

    `amount` is the ledger tensor ``[..., t, payer, category]`` (an optional leading draw
    axis) with the public payers' and the person's rows filled in.
    """
    public = [PAYER_INDEX[p] for p in PUBLIC_PAYERS]
    out = np.zeros((*amount.shape[:-2], len(CATEGORIES)))
    production = CATEGORY_INDEX["production"]
    out[..., production] = labour_cost_factor * amount[..., PAYER_INDEX["person"], production]
    for category in ("services", "measure"):
        c = CATEGORY_INDEX[category]
        out[..., c] = amount[..., public, c].sum(axis=-1)
    # cash the measure pays participants is a transfer: the person's receipt cancels it
    out[..., CATEGORY_INDEX["measure"]] += amount[..., PAYER_INDEX["person"],
                                                  CATEGORY_INDEX["measure"]]
    out[..., CATEGORY_INDEX["tax_financing"]] = tax_financing_rate * amount[..., public, :].sum(
        axis=(-2, -1))
    return out


def within_analysis_period(rows: np.ndarray, discount_factors: np.ndarray, years: int,
                           residual_value: str) -> np.ndarray:
    """Keep the first `years` years; after them, nothing or one residual-value row.

    The residual value is the effects after the period discounted to its last year,
    ``Σ_{t≥n} x_t · DF(t) / DF(n-1)``, so its discounted amount equals their present value.
    """
    if residual_value not in RESIDUAL_OPTIONS:
        raise ValueError(f"unknown residual_value {residual_value!r}")
    kept = rows.copy()
    if years >= rows.shape[-2]:
        return kept
    kept[..., years:, :] = 0.0
    if residual_value == "remaining":
        tail = rows[..., years:, :].sum(axis=-1) @ discount_factors[years:]
        kept[..., years - 1, CATEGORY_INDEX["residual_value"]] += tail / discount_factors[
            years - 1]
    return kept


def societal_view(ledger: Ledger, pv_public_measure_cost: float, analysis_years: int,
                  residual_value: str, tax_financing_rate: float,
                  labour_cost_factor: float) -> SocietalView:
    """NPV, benefit-cost ratio and NPV per budget krone from the ledger's society rows."""
    pv = ledger.discounted[:, SOCIETY, :].sum(axis=0)
    by_category = {c: float(pv[CATEGORY_INDEX[c]]) for c in SOCIETAL_CATEGORIES}
    benefits = sum(v for v in by_category.values() if v > 0)
    costs = -sum(v for v in by_category.values() if v < 0)
    npv = ledger.npv(("society",))  # summed as the uncertainty outcomes sum it
    return SocietalView(
        npv=npv,
        pv_by_category=by_category,
        pv_benefits=benefits,
        pv_costs=costs,
        bcr=benefits / costs if costs > 0 else None,
        npv_per_budget_krone=(npv / pv_public_measure_cost
                              if pv_public_measure_cost > 0 else None),
        analysis_years=analysis_years,
        residual_value=residual_value,
        tax_financing_rate=tax_financing_rate,
        labour_cost_factor=labour_cost_factor,
    )
