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
from costbenefit.model.booking import Book
from costbenefit.model.structure import N_AGES, STATE_INDEX, STATES, parse_age_band
from costbenefit.model.taxes import TaxRules
from costbenefit.parameters.dated_view import ParamView
from costbenefit.parameters.kostra import kostra_functions

SERVICE_USE = "lifecourse.service_use"
GROUP_SERVICE_USE = "service_use"
SUPPLEMENTS = "lifecourse.supplementary_benefits"
# a year in the social-assistance state is a year with sosialhjelp as the main income
SOCIAL_ASSISTANCE_IN_STATE = "benefits.sosialhjelp.long_term_per_recipient"


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
    """The flow tensor, the kommune's part of it by KOSTRA function, and the price year."""

    values: np.ndarray  # (N_AGES, n_states, n_payers, n_categories)
    kommune_lines: np.ndarray  # (N_AGES, n_states, n_categories, n_functions)
    functions: tuple[str, ...]  # the KOSTRA functions of kommune_lines' last axis
    price_year: int
    rules_date: str


def kostra_of(view: ParamView, name: str) -> str | None:
    """The KOSTRA function a kommune-paid parameter is booked on (its file's field)."""
    return view.pset.get(name).kostra_function


def _payer_of(view: ParamView, name: str) -> str:
    payer = view.pset.get(name).payer
    if payer is None:
        raise InputError("stønaden mangler feltet 'payer' (hvem som betaler)", source=name)
    return payer.value


def _benefit(book: Book, state: str, income: np.ndarray, tax: TaxRules, view: ParamView,
             name: str) -> None:
    """A taxable benefit (named by its parameter) paid in `state`, and the tax on it."""
    at = (STATE_INDEX[state],)
    book.transfer(at, income, _payer_of(view, name), kostra_of(view, name), name)
    book.taxed(at, income, tax)


def build_unit_flows(view: ParamView, price_year: int, equalise: bool = True) -> UnitFlows:
    """Compute f[age, state, payer, category] from the parameters in `view`; `equalise`
    False leaves out the inntektsutjevning (a national view)."""
    functions = tuple(kostra_functions(view.pset))
    book = Book((N_AGES, len(STATES)), functions)
    ages = np.arange(N_AGES)
    tax = TaxRules.from_params(view, equalise)
    g = view.money("macro.grunnbelop")

    wage = age_profile(view, "labour.monthly_wage_by_age", money=True) * 12.0
    employed = (STATE_INDEX["employed"],)
    book.add(employed, "person", "production", wage)
    book.taxed(employed, wage, tax)
    book.add(employed, "stat", "taxes", tax.arbeidsgiveravgift * wage)

    dp_basis = np.minimum(wage, view.number("benefits.dagpenger.max_basis_factor") * g)
    dagpenger = view.number("benefits.dagpenger.replacement_rate") * dp_basis
    _benefit(book, "unemployed", dagpenger, tax, view, "benefits.dagpenger.replacement_rate")

    aap_full = view.number("benefits.aap.minimum_factor") * g
    young = ages < view.number("benefits.aap.young_age_limit")
    aap = np.where(young, view.number("benefits.aap.young_minimum_share") * aap_full, aap_full)
    _benefit(book, "aap", aap, tax, view, "benefits.aap.minimum_factor")

    ufor = np.full(N_AGES, view.number("benefits.uforetrygd.young_minimum_single_factor") * g)
    _benefit(book, "disability", ufor, tax, view,
             "benefits.uforetrygd.young_minimum_single_factor")

    sosial_name = SOCIAL_ASSISTANCE_IN_STATE
    book.transfer((STATE_INDEX["social_assistance"],), np.full(N_AGES, view.money(sosial_name)),
                  _payer_of(view, sosial_name), kostra_of(view, sosial_name), sosial_name)
    add_supplements(book, view)

    for state, uses in _service_use(view).items():
        for use in uses:
            payer, cost, service = _service_cost(view, use, SERVICE_USE)
            book.add((STATE_INDEX[state],), payer, "services", -cost,
                     kostra_of(view, service), service)

    book.scaled(view.kpi.factor(view.when.year, price_year))
    return UnitFlows(values=book.flows, kommune_lines=book.lines, functions=functions,
                     price_year=price_year, rules_date=view.when.isoformat())


def add_supplements(book: Book, view: ParamView) -> None:
    """Benefits that stack on a state's own (``lifecourse.supplementary_benefits``): for
    each state a list of {benefit, share, ages}: `share` of the persons in the state also
    receive the benefit's amount per year (not taxable: sosialhjelp), e.g. young AAP
    recipients who also get supplementary sosialhjelp."""
    if SUPPLEMENTS not in view.pset.parameters:
        return
    raw = view.plain(SUPPLEMENTS)
    if not isinstance(raw, dict) or any(s not in STATE_INDEX for s in raw):
        raise InputError(f"forventet tilstander ({', '.join(STATES)}) med lister over "
                         "{benefit, share, ages}", source=SUPPLEMENTS)
    for state, entries in raw.items():
        for e in entries if isinstance(entries, list) else [None]:
            if not isinstance(e, dict) or set(e) != {"benefit", "share", "ages"}:
                raise InputError("hver tilleggsytelse trenger nøyaktig 'benefit', 'share' og "
                                 "'ages'", source=SUPPLEMENTS)
            share = float(e["share"])
            if not 0.0 <= share <= 1.0:
                raise InputError(f"andelen {share:g} må være mellom 0 og 1",
                                 source=SUPPLEMENTS, field="share")
            amount = np.zeros(N_AGES)
            lo, hi = _band(e["ages"], SUPPLEMENTS)
            amount[lo : hi + 1] = share * view.money(e["benefit"])
            book.transfer((STATE_INDEX[state],), amount, _payer_of(view, e["benefit"]),
                          kostra_of(view, e["benefit"]), e["benefit"])


def _band(band: object, source: str) -> tuple[int, int]:
    try:
        return parse_age_band(str(band))
    except ValueError as exc:
        raise InputError(str(exc), source=source) from None


def _service_cost(view: ParamView, use: object, source: str
                  ) -> tuple[str, np.ndarray, str]:
    """One {service, ages, quantity} entry as (payer, cost per age in the rules year's
    kroner, the service's parameter name)."""
    if not isinstance(use, dict) or not {"service", "ages"} <= set(use):
        raise InputError("hver tjeneste trenger 'service' og 'ages' (og gjerne 'quantity')",
                         source=source)
    lo, hi = _band(use["ages"], source)
    cost = np.zeros(N_AGES)
    cost[lo : hi + 1] = float(use.get("quantity", 1.0)) * view.money(use["service"])
    return _payer_of(view, use["service"]), cost, use["service"]


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


def group_service_flows(view: ParamView, group: str, price_year: int) -> Book | None:
    """Extra services a member of `group` uses whatever the state: a :class:`Book` with
    ``flows[age, payer, category]`` and the kommune's ``lines[age, category, function]``.

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
    book = Book((N_AGES,), tuple(kostra_functions(view.pset)))
    for use in uses:
        payer, cost, service = _service_cost(view, use, name)
        book.add((), payer, "services", -cost, kostra_of(view, service), service)
    return book.scaled(view.kpi.factor(view.when.year, price_year))
