"""Preparing a scenario: what it needs from the parameter set before any draw is computed.

The set with the scenario's overrides (:func:`effective_parameters`), the discount schedule
(the scenario's, or R-109's from the set), the unit flows (cached per set, date and
kroneår), the occupancy gap of one success (profile or Markov mode), the flows of one
success at full effect, the societal view's analysis period, and the two society-only
rates (labour-cost factor, tax financing cost). Pure: no files, no printing.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.discounting import DiscountSchedule, flat, from_steps
from costbenefit.model.markov_calibration import Calibration
from costbenefit.model.outcomes import baseline_occupancy, success_gap
from costbenefit.model.reform import reform_flows
from costbenefit.model.scenario import Discounting, Scenario, rules_date
from costbenefit.model.taxes import TAX_LEVEL
from costbenefit.model.unit_flows import UnitFlows, build_unit_flows, group_service_flows
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet

R109_RATES = "r109.discount_rates"
R109_PERIOD = "r109.analysis_period"
TAX_FINANCING = "r109.tax_financing_cost"
LABOUR_COST_FACTOR = "labour.labour_cost_factor"
REAL_WAGE_GROWTH = "macro.real_wage_growth"
GROWTH_UNTIL = "r109.real_price_growth_until"
FLOW_CACHE_SIZE = 64
_FLOW_CACHE: dict[tuple[str, str, int, bool], tuple[UnitFlows, tuple[str, ...]]] = {}


def discount_schedule(d: Discounting, view: ParamView) -> DiscountSchedule:
    """The schedule a scenario, portfolio or view asks for; R-109's steps come from the set."""
    if d.schedule == "flat":
        assert d.rate is not None
        return flat(d.rate)
    if d.schedule == "custom":
        assert d.steps is not None
        return from_steps("egendefinert", d.steps)
    return r109_schedule(view)


def r109_schedule(view: ParamView) -> DiscountSchedule:
    """The R-109 schedule stored in the parameter set."""
    raw = view.plain(R109_RATES)
    try:
        steps = [(int(s["from_year"]), float(s["rate"])) for s in raw]
    except (TypeError, KeyError):
        raise InputError("forventet en liste med {from_year, rate}", source=R109_RATES) from None
    return from_steps("R-109", steps)


def unit_flows_for(pset: ParameterSet, view: ParamView, price_year: int,
                   equalise: bool = True) -> UnitFlows:
    """Unit flows are the same for every scenario with the same set, date, kroneår and
    inntektsutjevning, so they are cached with the names of the parameters they read
    (built on a view of their own, so the names are exactly theirs). The cache is bounded:
    a long-running app sees a new set hash for every override."""
    key = (pset.sha256, view.when.isoformat(), price_year, equalise)
    if key not in _FLOW_CACHE:
        own = ParamView(pset, view.when, view.kpi)
        if len(_FLOW_CACHE) >= FLOW_CACHE_SIZE:
            del _FLOW_CACHE[next(iter(_FLOW_CACHE))]
        _FLOW_CACHE[key] = (build_unit_flows(own, price_year, equalise), tuple(own.used))
    flows, used = _FLOW_CACHE[key]
    view.used.update(dict.fromkeys(used))
    return flows


def effective_parameters(scenario: Scenario, pset: ParameterSet) -> ParameterSet:
    """The set with the scenario's `parameter_overrides` applied (tagged as assumptions),
    and the kommune's own tax level (`kommune.tax_level`) when the scenario gives one."""
    overrides = dict(scenario.parameter_overrides)
    if scenario.kommune.tax_level is not None:
        overrides[TAX_LEVEL] = scenario.kommune.tax_level
    return pset.with_overrides(overrides, origin=f"scenarioet «{scenario.name}»")


def analysis_years(scenario: Scenario, view: ParamView) -> int:
    """The societal view's analysis period in years (see SocietalOptions)."""
    period = scenario.societal.analysis_period
    if period is None:
        return scenario.horizon_years
    if period == "R-109":
        return max(1, min(int(view.number(R109_PERIOD)), scenario.horizon_years))
    return period


def occupancy(scenario: Scenario, view: ParamView
              ) -> tuple[np.ndarray, np.ndarray, Calibration | None]:
    """The occupancy change of one success (:func:`occupancy_gap`), the participants'
    occupancy without the measure ``[k, state]``, and Markov mode's calibration."""
    if scenario.mode == "markov":
        from costbenefit.model.markov import annual_occupancy, propagate
        from costbenefit.model.markov_setup import markov_setup

        setup = markov_setup(scenario, view)
        trace = propagate(setup.start[None, :], setup.without, setup.cycles)
        without = annual_occupancy(trace, setup.half_cycle, setup.alive)[0]
        return setup.change()[0], without, setup.calibration
    without = baseline_occupancy(view, scenario.target_group, scenario.start_age,
                                 scenario.horizon_years)
    return occupancy_gap(scenario, view), without, None


def occupancy_gap(scenario: Scenario, view: ParamView) -> np.ndarray:
    """Profile mode: the occupancy change of one success at full effect, ``[k, state]``
    (model/outcomes.py). Markov mode: the occupancy with minus without the measure per
    participant, effect included."""
    if scenario.mode == "markov":
        from costbenefit.model.markov_setup import markov_setup

        return markov_setup(scenario, view).change()[0]
    iv = scenario.intervention
    return success_gap(view, scenario.target_group, iv.success_outcome, scenario.start_age,
                       scenario.horizon_years, iv.lag_years)


def real_growth(scenario: Scenario, view: ParamView) -> tuple[float, int, np.ndarray]:
    """Real wage growth: the rate, the last year it applies, and the index of each year of
    the horizon relative to the rules year, ``(1 + g)^(min(year, until) − rules year)``.
    Wages, taxes, G-based benefits and service costs in the gains follow it; the measure's
    own costs stay in the kroner the user gave."""
    rate = view.number(REAL_WAGE_GROWTH)
    until = int(view.number(GROWTH_UNTIL))
    years = scenario.start_year + np.arange(scenario.horizon_years)
    exponent = np.minimum(years, until) - scenario.effective_rules_year
    return rate, until, (1.0 + rate) ** exponent.astype(float)


def gap_flows(gap: np.ndarray, flows: np.ndarray) -> np.ndarray:
    """Annual flows of one success at full effect: ``Σ_s gap[k, s] · flows[..., k, s, p, c]``.

    A loop over the few states in a fixed order rather than einsum, so the numbers are
    bit-for-bit the same whether ``flows`` has a leading draw axis or not.
    """
    out = gap[:, 0, None, None] * flows[..., :, 0, :, :]
    for s in range(1, gap.shape[1]):
        out = out + gap[:, s, None, None] * flows[..., :, s, :, :]
    return out


def full_effect_flows(scenario: Scenario, view: ParamView, flows: np.ndarray,
                      gap: np.ndarray, lines: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Annual flows of one success at full effect, ``[k, payer, category]``: the occupancy
    gap times the unit flows, plus the target group's own extra services, which a success
    removes (``target_groups.<id>.service_use``; profile mode only: in Markov mode there
    is no success to remove them, see engine.MARKOV_SERVICES_WARNING), and only when a
    success is the reference life course: getting work does not end a group's extra
    health or child-welfare services)."""
    ages = scenario.start_age + np.arange(scenario.horizon_years)
    h, k = gap_flows(gap, flows[ages]), gap_flows(gap, lines[ages])
    if (scenario.mode == "markov"
            or scenario.intervention.success_outcome != "reference_life_course"):
        return h, k
    extra = group_service_flows(view, scenario.target_group, scenario.price_year)
    if extra is None:
        return h, k
    return h - extra.flows[ages], k - extra.lines[ages]


def with_reform(scenario: Scenario, view: ParamView, flows: UnitFlows
                ) -> tuple[np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray] | None]:
    """Unit flows and the kommune's lines under the scenario's rules: the set's, plus a
    reform's change ``R`` and its lines (returned too), so a success that leaves an
    eligible state also leaves the new rules."""
    if scenario.reform is None:
        return flows.values, flows.kommune_lines, None
    changed, lines = reform_flows(scenario.reform, view, flows,
                                  scenario.kommune.income_equalisation)
    return flows.values + changed, flows.kommune_lines + lines, (changed, lines)


def participant_flows(scenario: Scenario, flows: np.ndarray, without: np.ndarray
                      ) -> np.ndarray:
    """A reform's flows per participant without a behavioural effect, ``[k, payer,
    category]``: ``Σ_s without[k, s] · R[age_k, s]`` (`flows` is R, see model/reform.py)."""
    ages = scenario.start_age + np.arange(scenario.horizon_years)
    return gap_flows(without, flows[ages])


@dataclass(frozen=True)
class Prepared:
    """What one scenario needs from the parameter set before any draw is computed."""

    pset: ParameterSet  # with the scenario's overrides applied
    view: ParamView
    schedule: DiscountSchedule
    discount_factors: np.ndarray  # (K,)
    gap: np.ndarray  # (K, states)
    success_flows: np.ndarray  # (K, payers, categories), full effect
    labour_cost_factor: float
    tax_financing_rate: float
    analysis_years: int
    growth_rate: float  # real wage growth per year
    growth_until: int  # last year with real wage growth
    growth: np.ndarray  # (K,) index of real wage growth, applied to the gains (not the measure)
    without: np.ndarray  # (K, states) a participant's occupancy without the measure
    calibration: Calibration | None  # Markov mode: transitions fitted to a study's arms
    reform: np.ndarray | None  # (K, payers, categories) a reform's flows per participant
    functions: tuple[str, ...]  # the KOSTRA functions of the kommune's lines
    kommune_lines: np.ndarray  # (K, categories, functions) success_flows' kommune part
    reform_lines: np.ndarray | None  # (K, categories, functions) reform's kommune part


def prepare(scenario: Scenario, pset: ParameterSet) -> Prepared:
    """Everything `scenario` reads from `pset`, with its overrides applied, done once."""
    pset = effective_parameters(scenario, pset)
    when = rules_date(scenario)
    view = ParamView(pset, when, kpi_index(pset))
    try:
        view.kpi.level(scenario.price_year)  # a clear error for a kroneår outside the series
    except InputError as exc:  # the user's field is price_year, not the index
        raise InputError(exc.message, field="price_year") from None
    unit = unit_flows_for(pset, view, scenario.price_year, scenario.kommune.income_equalisation)
    flows, lines, changed = with_reform(scenario, view, unit)
    schedule = discount_schedule(scenario.discounting, view)
    gap, without, calibration = occupancy(scenario, view)
    reform = reform_lines = None
    if changed is not None:
        reform = participant_flows(scenario, changed[0], without)
        reform_lines = participant_flows(scenario, changed[1], without)
    success_flows, kommune_lines = full_effect_flows(scenario, view, flows, gap, lines)
    growth_rate, growth_until, growth = real_growth(scenario, view)
    return Prepared(
        pset=pset,
        view=view,
        schedule=schedule,
        discount_factors=schedule.factors(scenario.horizon_years),
        gap=gap,
        success_flows=success_flows,
        labour_cost_factor=view.number(LABOUR_COST_FACTOR),
        tax_financing_rate=view.number(TAX_FINANCING),
        analysis_years=analysis_years(scenario, view),
        growth_rate=growth_rate,
        growth_until=growth_until,
        growth=growth,
        without=without,
        calibration=calibration,
        reform=reform,
        functions=unit.functions,
        kommune_lines=kommune_lines,
        reform_lines=reform_lines,
    )
