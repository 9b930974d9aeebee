"""The wellbeing view: WELLBYs and their money value by a named rule.

One WELLBY is one point of life satisfaction (0–10) for one person for one year. The
WELLBYs of a year are ``Σ_cohorts successes × ΔLS per success in that year``. Their value
is ``WELLBYs × value per WELLBY × real growth × discount factor``. Pure: reads parameters
through a ParamView (in memory), never files. Never added to the budget or societal views.

Conversion to the scenario's kroneår K (the rules stated in the output):
- qaly_div_7: Norwegian QALY value (kroneår P) × KPI(K)/KPI(P) ÷ LS points per QALY (7);
- hm_treasury: GBP (2019) × NOK per GBP in 2019 × KPI(K)/KPI(2019) × real growth 2019 → K;
- osvb: DKK (2021) × NOK per DKK in 2021 × KPI(K)/KPI(2021) × real growth 2021 → K;
- own: the user's value, already in kroner of K.
The QALY value gets no real growth up to K: its central value was uprated with DFØ's VSL
index, which already carries real growth (its low value is KPI only, as the source gives it).
Real price adjustment (R-109 realprisjustering of willingness-to-pay values): the value in
calendar year y is multiplied by ``(1 + g)^(min(y, Y) − min(K, Y))``, g = growth in GDP per
capita, Y = last year of real growth.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.discounting import DiscountSchedule
from costbenefit.model.lifecourse import effect_weights
from costbenefit.model.notes import Note
from costbenefit.model.scenario import Intervention, WellbeingOptions
from costbenefit.model.structure import STATES
from costbenefit.parameters.dated_view import ParamView

QALY_VALUE = "valuation.qaly_value"
LS_PER_QALY = "valuation.ls_points_per_qaly"
HM_TREASURY = "valuation.wellby_hm_treasury"
OSVB = "valuation.wellby_osvb"
LS_BY_STATE = "valuation.life_satisfaction_by_state"
JOB_EFFECT = "valuation.job_life_satisfaction_effect"
GDP_GROWTH = "macro.gdp_per_capita_growth"
GROWTH_UNTIL = "r109.real_price_growth_until"
FOREIGN = {"hm_treasury": (HM_TREASURY, "macro.nok_per_gbp"),
           "osvb": (OSVB, "macro.nok_per_dkk")}
LEVELS = ("low", "central", "high")

RULE_LABELS_NB = {
    "qaly_div_7": "norsk QALY-verdi ÷ 7 (Helsedirektoratet, realprisjustert som VSL)",
    "hm_treasury": "HM Treasury, £13 000 per WELLBY (2019-priser; lav £10 000, høy £16 000), "
                   "omregnet med valutakurs og KPI",
    "osvb": "Open Social Value Bank (DK), 186 000 DKK per WELLBY (2021-priser), omregnet med "
            "valutakurs og KPI",
    "own": "egen verdi oppgitt i scenarioet",
}
OVERLAP_WARNING = Note("wellbeing_overlap", (
    "Livstilfredshetsgevinsten i velferdsvisningen inkluderer inntektsgevinsten for de samme "
    "personene som har produksjonsgevinst i den samfunnsøkonomiske visningen. Ikke legg "
    "WELLBY-verdien til samfunnsøkonomisk nåverdi: da telles inntekten to ganger. Har du et "
    "anslag uten inntektseffekten, velg wellbeing: {source: per_success, delta_ls: …, "
    "income_overlap: net_of_income}."
))
FOREIGN_GROWTH_NOTE = Note("foreign_growth", (
    "Den utenlandske verdien per WELLBY er regnet om fra kildens kroneår med valutakursen det "
    "året, KPI og realvekst i BNP per innbygger (macro.gdp_per_capita_growth, til og med "
    "r109.real_price_growth_until) fram til kroneåret, slik betalingsvillighet realprisjusteres."
))
BY_STATE_NOTE = Note("by_state", (
    "Livstilfredshet etter tilstand er tverrsnittsforskjeller (SSB 2022), ikke "
    "årsakseffekter; gevinsten er trolig en øvre grense."
))


@dataclass(frozen=True)
class WellbeingView:
    """WELLBYs, their value (low/central/high) and the cost-effectiveness metrics.

    ``cost_per_wellby`` = present value of the measure's public cost ÷ discounted WELLBYs;
    ``wellbys_per_million_kr`` is its inverse per million kroner.
    """

    rule: str
    source: str
    includes_income: bool
    by_year: np.ndarray  # WELLBYs per year, undiscounted
    wellbys: float
    wellbys_discounted: float
    value_per_wellby: dict[str, float]  # low/central/high, kroner of the kroneår
    value_per_wellby_by_rule: dict[str, float]  # central, for every available rule
    value: dict[str, float]  # present value, low/central/high
    cost_per_wellby: float | None
    wellbys_per_million_kr: float | None
    discounting: DiscountSchedule
    real_price_growth: bool
    notes: tuple[Note, ...]


def levels(value: object, name: str) -> dict[str, float]:
    """A number, or {central, low?, high?}, as low/central/high (missing ends = central)."""
    raw = value if isinstance(value, dict) else {"central": value}
    try:
        central = float(raw["central"])
        return {k: float(raw.get(k, central)) for k in LEVELS}
    except (KeyError, TypeError, ValueError):
        raise InputError("forventet et tall eller {low, central, high}", source=name) from None


def _number_in_year(view: ParamView, name: str, year: int) -> float:
    """A yearly series (e.g. an exchange rate) read for `year`, recorded as used."""
    value = view.pset.get(name).at(dt.date(year, 7, 1))
    if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
        raise InputError("forventet et positivt tall", source=name, field=str(year))
    view.used[name] = None
    return float(value)


def value_per_wellby(rule: str, view: ParamView, price_year: int,
                     own: dict[str, float] | None = None) -> dict[str, float]:
    """Kroner per WELLBY in `price_year` kroner, low/central/high, by the named rule."""
    if rule == "own":
        if own is None:
            raise InputError("valuation: own krever own_value", field="wellbeing.own_value")
        return own
    if rule == "qaly_div_7":
        param = view.pset.get(QALY_VALUE)
        kpi = view.kpi.factor(param.price_year_at(view.when), price_year)
        per_qaly = view.number(LS_PER_QALY)
        return {k: v * kpi / per_qaly for k, v in levels(view.plain(QALY_VALUE),
                                                          QALY_VALUE).items()}
    name, rate_name = FOREIGN[rule]
    year = view.pset.get(name).price_year_at(view.when)
    factor = (_number_in_year(view, rate_name, year) * view.kpi.factor(year, price_year)
              * float(real_growth(view, np.array(price_year), year)))
    return {k: v * factor for k, v in levels(view.plain(name), name).items()}


def other_rules(view: ParamView, price_year: int, own: dict[str, float] | None
                ) -> dict[str, float]:
    """Central value per WELLBY by every rule the set (and the scenario) can give, for
    comparison: read through a separate view, so rules not chosen are not listed as used,
    and a rule whose parameters the set lacks is left out."""
    quiet = ParamView(view.pset, view.when, view.kpi)
    out = {}
    for rule in RULE_LABELS_NB:
        if rule == "own" and own is None:
            continue
        try:
            out[rule] = value_per_wellby(rule, quiet, price_year, own)["central"]
        except InputError:
            continue
    return out


def real_growth(view: ParamView, years: np.ndarray, price_year: int) -> np.ndarray:
    """``(1 + g)^(min(y, Y) − min(K, Y))`` for each calendar year y (also: a foreign value
    priced in year K brought to the kroneår y)."""
    g = view.number(GDP_GROWTH)
    until = int(view.number(GROWTH_UNTIL))
    return (1.0 + g) ** (np.minimum(years, until) - min(price_year, until))


def life_satisfaction_by_state(view: ParamView) -> np.ndarray:
    raw = view.plain(LS_BY_STATE)
    if not isinstance(raw, dict) or set(raw) != set(STATES):
        raise InputError(f"forventet livstilfredshet for hver tilstand: {', '.join(STATES)}",
                         source=LS_BY_STATE)
    ls = np.array([float(raw[s]) for s in STATES])
    if ((ls < 0) | (ls > 10)).any():
        raise InputError("livstilfredshet må ligge mellom 0 og 10", source=LS_BY_STATE)
    return ls


def ls_gain_per_success(opts: WellbeingOptions, view: ParamView,
                        occupancy_change: np.ndarray, iv: Intervention) -> np.ndarray:
    """ΔLS of one success, k years after it starts, shape (horizon,)."""
    if opts.source == "by_state":
        return occupancy_change @ life_satisfaction_by_state(view)
    delta = opts.delta_ls
    if delta is None:
        delta = levels(view.plain(JOB_EFFECT), JOB_EFFECT)["central"]
    duration = opts.duration_years or iv.persistence_years
    decay = iv.decay if opts.decay is None else opts.decay
    return delta * effect_weights(occupancy_change.shape[0], iv.lag_years, duration, decay)


def wellbeing_view(opts: WellbeingOptions, view: ParamView, *, ls_per_success: np.ndarray,
                   successes_by_start: np.ndarray, years: np.ndarray, price_year: int,
                   schedule: DiscountSchedule, pv_cost: float) -> WellbeingView:
    """WELLBYs from successes starting each year (``successes_by_start[o]``) and their value."""
    horizon = years.shape[0]
    by_year = np.convolve(successes_by_start, ls_per_success)[:horizon]
    df = schedule.factors(horizon)
    growth = real_growth(view, years, price_year) if opts.real_price_growth else np.ones(horizon)
    own = None
    if opts.own_value is not None:
        own = levels(opts.own_value.model_dump(exclude_none=True), "wellbeing.own_value")
    per_wellby = value_per_wellby(opts.valuation, view, price_year, own)
    by_rule = {**other_rules(view, price_year, own), opts.valuation: per_wellby["central"]}
    discounted = float(by_year @ df)
    valued = float(by_year @ (growth * df))
    notes = (BY_STATE_NOTE,) if opts.source == "by_state" else ()
    if opts.valuation in FOREIGN:
        notes += (FOREIGN_GROWTH_NOTE,)
    return WellbeingView(
        rule=opts.valuation,
        source=opts.source,
        includes_income=opts.income_overlap != "net_of_income",
        by_year=by_year,
        wellbys=float(by_year.sum()),
        wellbys_discounted=discounted,
        value_per_wellby=per_wellby,
        value_per_wellby_by_rule=by_rule,
        value={k: v * valued for k, v in per_wellby.items()},
        cost_per_wellby=pv_cost / discounted if discounted > 0 and pv_cost > 0 else None,
        wellbys_per_million_kr=discounted / pv_cost * 1e6 if pv_cost > 0 else None,
        discounting=schedule,
        real_price_growth=opts.real_price_growth,
        notes=notes,
    )
