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

from costbenefit.model.booking import Book
from costbenefit.model.scenario_reform import BENEFIT_STATES, Reform
from costbenefit.model.structure import CATEGORY_INDEX, N_AGES, STATE_INDEX, STATES, parse_age_band
from costbenefit.model.taxes import TaxRules
from costbenefit.model.unit_flows import UnitFlows
from costbenefit.parameters.dated_view import ParamView

KVP = "benefits.kvalifiseringsstonad"
# what a state's own benefit books
BENEFIT_CATEGORIES = ("transfers", "taxes", "income_equalisation")


def benefit_book(income: np.ndarray, payer: str, taxable: bool, tax: TaxRules,
                 functions: tuple[str, ...], function: str | None, source: str) -> Book:
    """One benefit per age as flows ``[age, payer, category]`` (and the kommune's lines):
    the transfer from its payer to the person and, when taxable, the tax on it to its
    receivers, with the inntektsutjevning of the kommune sector's share."""
    book = Book((N_AGES,), functions)
    book.transfer((), income, payer, function, source)
    if taxable:
        book.taxed((), income, tax)
    return book


def _kvp_book(view: ParamView, tax: TaxRules, functions: tuple[str, ...]) -> Book:
    """Kvalifiseringsstønad per age (2/3 under 25), taxable, paid by its payer."""
    g = view.money("macro.grunnbelop")
    full = view.number(f"{KVP}.minimum_factor") * g
    young = np.arange(N_AGES) < view.number(f"{KVP}.young_age_limit")
    amount = np.where(young, view.number(f"{KVP}.young_share") * full, full)
    param = view.pset.get(f"{KVP}.minimum_factor")
    assert param.payer is not None  # the shipped file names it; the loader checks payers
    return benefit_book(amount, param.payer.value, True, tax, functions,
                        param.kostra_function, param.name)


def reform_flows(reform: Reform, view: ParamView, flows: UnitFlows, equalise: bool = True
                 ) -> tuple[np.ndarray, np.ndarray]:
    """``R[age, state, payer, category]`` in the kroner of the unit `flows` (see module
    doc), and the kommune's part by KOSTRA function ``[age, state, category, function]``.
    A replaced state benefit is the state's transfers and the taxes on them (any benefit
    stacked on it, such as supplementary sosialhjelp, ends with it)."""
    tax = TaxRules.from_params(view, equalise)
    to_price_year = view.kpi.factor(view.when.year, flows.price_year)
    fns = flows.functions
    b = reform.benefit
    if b.amount_g is not None:
        income = np.full(N_AGES, b.amount_g * view.money("macro.grunnbelop"))
    else:  # kroner of the price year; the tax rules are the rules year's
        income = np.full(N_AGES, float(b.amount or 0.0)) / to_price_year
    new = benefit_book(income, b.payer, b.taxable, tax, fns, b.kostra_function,
                       "reform.benefit").scaled(to_price_year)
    r = Book((N_AGES, len(STATES)), fns)
    for state in reform.eligible_states:
        r.flows[:, STATE_INDEX[state]] += new.flows
        r.lines[:, STATE_INDEX[state]] += new.lines
    cats = [CATEGORY_INDEX[c] for c in BENEFIT_CATEGORIES]
    for replaced in reform.replaces:
        s = STATE_INDEX[replaced.in_state]
        if BENEFIT_STATES[replaced.benefit] is None:
            old = _kvp_book(view, tax, fns).scaled(to_price_year)
        else:
            old = Book((N_AGES,), fns)
            old.flows[..., cats] = flows.values[:, s][..., cats]
            old.lines[:, cats] = flows.kommune_lines[:, s][:, cats]
        r.flows[:, s] -= replaced.share * old.flows
        r.lines[:, s] -= replaced.share * old.lines
    lo, hi = parse_age_band(reform.ages)
    outside = np.ones(N_AGES, dtype=bool)
    outside[lo : hi + 1] = False
    r.flows[outside] = 0.0
    r.lines[outside] = 0.0
    return reform.take_up * r.flows, reform.take_up * r.lines
