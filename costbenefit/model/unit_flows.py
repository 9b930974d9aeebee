"""Annual unit flows per age and life-course state, by payer and category.

``f[age, state, payer, category]`` in kroner of the price year, signed from each payer's
point of view: taxes a payer receives are positive, transfers it pays and services it
provides are negative. For the person, gross earnings are `production`, benefits received
are positive `transfers` and taxes paid are negative `taxes`. All numbers come from the
parameter set (rules in force on the rules date), never from constants here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
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

SERVICE_USE = "lifecourse.service_use"
GROUP_SERVICE_USE = "service_use"


def age_profile(view: ParamView, name: str, *, money: bool) -> np.ndarray:
    """A value given by age band ({'16-19': x, ...}) expanded to one value per age."""
    bands = view.plain(name)
    if not isinstance(bands, dict):
        raise InputError("forventet aldersintervaller, f.eks. {'16-24': 1000}", source=name)
    factor = view.money_factor(name) if money else 1.0
    out = np.full(N_AGES, np.nan)
    for band, value in bands.items():
        try:
            lo, hi = parse_age_band(str(band))
        except ValueError as exc:
            raise InputError(str(exc), source=name) from None
        out[lo : hi + 1] = float(value) * factor
    missing = np.flatnonzero(np.isnan(out))
    if missing.size:
        raise InputError(
            f"aldersintervallene dekker ikke alder {missing[0]}–{missing[-1]}"
            f"{' (med hull)' if missing[-1] - missing[0] + 1 != missing.size else ''}. "
            f"Legg til intervaller slik at alle aldre 0–{N_AGES - 1} er med",
            source=name,
        )
    return out


@dataclass(frozen=True)
class UnitFlows:
    """The flow tensor and the price year it is in."""

    values: np.ndarray  # (N_AGES, n_states, n_payers, n_categories)
    price_year: int
    rules_date: str


def _add(f: np.ndarray, state: str, payer: str, category: str, amount: np.ndarray) -> None:
    f[:, STATE_INDEX[state], PAYER_INDEX[payer], CATEGORY_INDEX[category]] += amount


def _taxable_income(f: np.ndarray, state: str, income: np.ndarray, tax: TaxRules,
                    payer_of_transfer: str | None) -> None:
    """Book a taxable income for `state`: the tax to its receivers, the rest to the person."""
    parts = tax.split(income)
    total = sum(parts.values())
    for payer, amount in parts.items():
        _add(f, state, payer, "taxes", amount)
    _add(f, state, "person", "taxes", -total)
    if payer_of_transfer is None:
        _add(f, state, "person", "production", income)
    else:
        _add(f, state, payer_of_transfer, "transfers", -income)
        _add(f, state, "person", "transfers", income)


def _payer_of(view: ParamView, name: str) -> str:
    payer = view.pset.get(name).payer
    if payer is None:
        raise InputError("stønaden mangler feltet 'payer' (hvem som betaler)", source=name)
    return payer.value


def build_unit_flows(view: ParamView, price_year: int) -> UnitFlows:
    """Compute f[age, state, payer, category] from the parameters in `view`."""
    f = np.zeros((N_AGES, len(STATES), len(PAYERS), len(CATEGORY_INDEX)))
    ages = np.arange(N_AGES)
    tax = TaxRules.from_params(view)
    g = view.money("macro.grunnbelop")

    wage = age_profile(view, "labour.monthly_wage_by_age", money=True) * 12.0
    _taxable_income(f, "employed", wage, tax, None)
    _add(f, "employed", "stat", "taxes", tax.arbeidsgiveravgift * wage)

    dp_basis = np.minimum(wage, view.number("benefits.dagpenger.max_basis_factor") * g)
    dagpenger = view.number("benefits.dagpenger.replacement_rate") * dp_basis
    dp_payer = _payer_of(view, "benefits.dagpenger.replacement_rate")
    _taxable_income(f, "unemployed", dagpenger, tax, dp_payer)

    aap_full = view.number("benefits.aap.minimum_factor") * g
    young = ages < view.number("benefits.aap.young_age_limit")
    aap = np.where(young, view.number("benefits.aap.young_minimum_share") * aap_full, aap_full)
    _taxable_income(f, "aap", aap, tax, _payer_of(view, "benefits.aap.minimum_factor"))

    ufor = np.full(N_AGES, view.number("benefits.uforetrygd.young_minimum_single_factor") * g)
    _taxable_income(f, "disability", ufor, tax,
                    _payer_of(view, "benefits.uforetrygd.young_minimum_single_factor"))

    sosial_name = "benefits.sosialhjelp.average_per_recipient"
    sosial = np.full(N_AGES, view.money(sosial_name))
    _add(f, "social_assistance", _payer_of(view, sosial_name), "transfers", -sosial)
    _add(f, "social_assistance", "person", "transfers", sosial)

    for state, uses in _service_use(view).items():
        for use in uses:
            payer, cost = _service_cost(view, use, SERVICE_USE)
            _add(f, state, payer, "services", -cost)

    price_factor = view.kpi.factor(view.when.year, price_year)
    return UnitFlows(values=f * price_factor, price_year=price_year,
                     rules_date=view.when.isoformat())


def _service_cost(view: ParamView, use: object, source: str) -> tuple[str, np.ndarray]:
    """One {service, ages, quantity} entry as (payer, cost per age) in the rules year's kroner."""
    if not isinstance(use, dict) or not {"service", "ages"} <= set(use):
        raise InputError("hver tjeneste trenger 'service' og 'ages' (og gjerne 'quantity')",
                         source=source)
    try:
        lo, hi = parse_age_band(str(use["ages"]))
    except ValueError as exc:
        raise InputError(str(exc), source=source) from None
    cost = np.zeros(N_AGES)
    cost[lo : hi + 1] = float(use.get("quantity", 1.0)) * view.money(use["service"])
    return _payer_of(view, use["service"]), cost


def _service_use(view: ParamView) -> dict[str, list[dict]]:
    raw = view.plain(SERVICE_USE)
    if not isinstance(raw, dict) or any(s not in STATE_INDEX for s in raw):
        raise InputError(
            f"forventet tilstander ({', '.join(STATES)}) med lister over tjenester",
            source=SERVICE_USE,
        )
    return raw


def group_service_name(group: str) -> str:
    return f"target_groups.{group}.{GROUP_SERVICE_USE}"


def group_service_flows(view: ParamView, group: str, price_year: int) -> np.ndarray | None:
    """Extra services a member of `group` uses whatever the state, ``g[age, payer, category]``.

    Optional parameter ``target_groups.<group>.service_use``: a list of {service, ages,
    quantity}. It belongs to the group's baseline only (the reference population does not use
    it), so a success removes it. None when the group has no such parameter.
    """
    name = group_service_name(group)
    if name not in view.pset.parameters:
        return None
    uses = view.plain(name)
    if not isinstance(uses, list):
        raise InputError("forventet en liste med {service, ages, quantity}", source=name)
    g = np.zeros((N_AGES, len(PAYERS), len(CATEGORY_INDEX)))
    for use in uses:
        payer, cost = _service_cost(view, use, name)
        g[:, PAYER_INDEX[payer], CATEGORY_INDEX["services"]] -= cost
    return g * view.kpi.factor(view.when.year, price_year)
