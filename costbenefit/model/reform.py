"""A reform: the change in unit flows when the rules change for the participants.

``R[age, state, payer, category]`` (kroner of the price year, signed like the unit flows)
is, for ages in the reform's band and eligible states, ``take_up × (new benefit − the
benefits it replaces)``; zero elsewhere. The new benefit is booked like any benefit: a
transfer from its payer to the person and, when taxable, the tax on it split by skattøre.
The engine adds ``R`` to the unit flows, so the participants' expected occupancy (with or
without a behavioural effect) gives the budget effect per payer from the same flows, and a
success that leaves an eligible state also leaves the new benefit. Pure: no files.
"""

from __future__ import annotations

import numpy as np

from costbenefit.model.scenario_reform import BENEFIT_STATES, Reform
from costbenefit.model.structure import (
    CATEGORY_INDEX,
    N_AGES,
    PAYER_INDEX,
    PAYERS,
    STATE_INDEX,
    STATES,
    parse_age_band,
)
from costbenefit.model.taxes import TaxRules
from costbenefit.parameters.dated_view import ParamView

KVP = "benefits.kvalifiseringsstonad"
BENEFIT_CATEGORIES = ("transfers", "taxes")  # what a state's own benefit books


def benefit_flows(income: np.ndarray, payer: str, taxable: bool, tax: TaxRules
                  ) -> np.ndarray:
    """One benefit per age as flows ``[age, payer, category]``: the transfer from its payer
    to the person and, when taxable, the tax on it to its receivers."""
    out = np.zeros((N_AGES, len(PAYERS), len(CATEGORY_INDEX)))
    out[:, PAYER_INDEX[payer], CATEGORY_INDEX["transfers"]] -= income
    out[:, PAYER_INDEX["person"], CATEGORY_INDEX["transfers"]] += income
    if taxable:
        parts = tax.split(income)
        for receiver, amount in parts.items():
            out[:, PAYER_INDEX[receiver], CATEGORY_INDEX["taxes"]] += amount
        out[:, PAYER_INDEX["person"], CATEGORY_INDEX["taxes"]] -= sum(parts.values())
    return out


def _kvp_flows(view: ParamView, tax: TaxRules) -> np.ndarray:
    """Kvalifiseringsstønad per age (2/3 under 25), taxable, paid by its payer."""
    g = view.money("macro.grunnbelop")
    full = view.number(f"{KVP}.minimum_factor") * g
    young = np.arange(N_AGES) < view.number(f"{KVP}.young_age_limit")
    amount = np.where(young, view.number(f"{KVP}.young_share") * full, full)
    payer = view.pset.get(f"{KVP}.minimum_factor").payer
    assert payer is not None  # the shipped file names it; the loader checks payers
    return benefit_flows(amount, payer.value, True, tax)


def reform_flows(reform: Reform, view: ParamView, unit_flows: np.ndarray, price_year: int
                 ) -> np.ndarray:
    """``R[age, state, payer, category]`` in kroner of `price_year` (see module doc);
    `unit_flows` are the set's flows in the same kroner, whose state benefits are replaced."""
    tax = TaxRules.from_params(view)
    to_price_year = view.kpi.factor(view.when.year, price_year)
    b = reform.benefit
    if b.amount_g is not None:
        income = np.full(N_AGES, b.amount_g * view.money("macro.grunnbelop"))
        new = benefit_flows(income, b.payer, b.taxable, tax) * to_price_year
    else:  # kroner of the price year; the tax rules are the rules year's
        income = np.full(N_AGES, float(b.amount or 0.0)) / to_price_year
        new = benefit_flows(income, b.payer, b.taxable, tax) * to_price_year
    r = np.zeros((N_AGES, len(STATES), len(PAYERS), len(CATEGORY_INDEX)))
    for state in reform.eligible_states:
        r[:, STATE_INDEX[state]] += new
    cats = [CATEGORY_INDEX[c] for c in BENEFIT_CATEGORIES]
    for replaced in reform.replaces:
        s = STATE_INDEX[replaced.in_state]
        if BENEFIT_STATES[replaced.benefit] is None:
            old = _kvp_flows(view, tax) * to_price_year
        else:
            old = np.zeros_like(new)
            old[..., cats] = unit_flows[:, s][..., cats]
        r[:, s] -= replaced.share * old
    lo, hi = parse_age_band(reform.ages)
    outside = np.ones(N_AGES, dtype=bool)
    outside[lo : hi + 1] = False
    r[outside] = 0.0
    return reform.take_up * r
