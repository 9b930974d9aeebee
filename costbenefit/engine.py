"""The engine: scenario + parameter set -> Result (ledger, metrics, provenance).

Pure: no files, no printing. One path for every mode: a model of expected state
occupancy per participant (profile mode here; Markov mode computes the same array from
transitions) is multiplied by the unit flows to give the ledger.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from costbenefit import __version__
from costbenefit.discounting import DiscountSchedule, flat, from_steps
from costbenefit.errors import InputError
from costbenefit.ledger import Ledger
from costbenefit.lifecourse import REFERENCE_GROUP, effect_weights, load_trajectory, profile_gap
from costbenefit.metrics import BreakEven, BudgetMetrics, break_even, budget_metrics
from costbenefit.param_view import ParamView, kpi_index
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import Discounting, Scenario
from costbenefit.societal import SocietalView, societal_view, society_rows, within_analysis_period
from costbenefit.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PAYERS, PUBLIC_PAYERS
from costbenefit.unit_flows import UnitFlows, build_unit_flows, group_service_flows
from costbenefit.wellbeing import (
    OVERLAP_WARNING,
    WellbeingView,
    ls_gain_per_success,
    wellbeing_view,
)

R109_RATES = "r109.discount_rates"
R109_PERIOD = "r109.analysis_period"
TAX_FINANCING = "r109.tax_financing_cost"
LABOUR_COST_FACTOR = "labour.labour_cost_factor"
_FLOW_CACHE: dict[tuple[str, str, int], tuple[UnitFlows, tuple[str, ...]]] = {}


@dataclass(frozen=True)
class Result:
    """Everything a presenter needs; every presenter reads the same ledger."""

    scenario: Scenario
    parameter_set: dict[str, str]
    engine_version: str
    price_year: int
    rules_date: str
    discounting: DiscountSchedule
    ledger: Ledger
    budget: BudgetMetrics
    break_even: BreakEven
    per_success: np.ndarray  # (T, payers, categories) undiscounted gain of one success
    parameters_used: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    societal: SocietalView | None = None
    wellbeing: WellbeingView | None = None


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


def unit_flows_for(pset: ParameterSet, view: ParamView, price_year: int) -> UnitFlows:
    """Unit flows are the same for every scenario with the same set, date and kroneår."""
    key = (pset.sha256, view.when.isoformat(), price_year)
    if key not in _FLOW_CACHE:
        flows = build_unit_flows(view, price_year)
        _FLOW_CACHE[key] = (flows, tuple(view.used))
    flows, used = _FLOW_CACHE[key]
    view.used.update(dict.fromkeys(used))
    return flows


def success_weights(scenario: Scenario) -> np.ndarray:
    """Share of the full effect present in each year after start, for one success."""
    iv = scenario.intervention
    return iv.effect_share * effect_weights(
        scenario.horizon_years, iv.lag_years, iv.persistence_years, iv.decay
    )


def occupancy_change_per_success(scenario: Scenario, view: ParamView) -> np.ndarray:
    """Profile mode: expected change in occupancy per *success*, ``[k, state]``."""
    baseline = load_trajectory(view, scenario.target_group)
    reference = load_trajectory(view, REFERENCE_GROUP)
    gap = profile_gap(baseline, reference, scenario.start_age, scenario.horizon_years)
    return success_weights(scenario)[:, None] * gap


def group_services_saved_per_success(scenario: Scenario, view: ParamView) -> np.ndarray | float:
    """Gain from the target group's own extra services (``[k, payer, category]``), which a
    success removes; 0 when the group has none."""
    extra = group_service_flows(view, scenario.target_group, scenario.price_year)
    if extra is None:
        return 0.0
    ages = scenario.start_age + np.arange(scenario.horizon_years)
    return -success_weights(scenario)[:, None, None] * extra[ages]


def effective_parameters(scenario: Scenario, pset: ParameterSet) -> ParameterSet:
    """The set with the scenario's `parameter_overrides` applied (tagged as assumptions)."""
    return pset.with_overrides(scenario.parameter_overrides,
                               origin=f"scenarioet «{scenario.name}»")


def analysis_years(scenario: Scenario, view: ParamView) -> int:
    """The societal view's analysis period in years (see SocietalOptions)."""
    period = scenario.societal.analysis_period
    if period is None:
        return scenario.horizon_years
    if period == "R-109":
        return max(1, min(int(view.number(R109_PERIOD)), scenario.horizon_years))
    return period


def evaluate(scenario: Scenario, pset: ParameterSet) -> Result:
    """Evaluate one scenario in profile mode, with its parameter overrides applied."""
    pset = effective_parameters(scenario, pset)
    when = dt.date(scenario.effective_rules_year, 7, 1)
    view = ParamView(pset, when, kpi_index(pset))
    view.kpi.level(scenario.price_year)  # a clear error for a kroneår outside the series
    flows = unit_flows_for(pset, view, scenario.price_year)
    schedule = discount_schedule(scenario.discounting, view)

    horizon = scenario.horizon_years
    delta = occupancy_change_per_success(scenario, view)
    ages = scenario.start_age + np.arange(horizon)
    per_success = np.einsum("ks,kspc->kpc", delta, flows.values[ages])
    per_success = per_success + group_services_saved_per_success(scenario, view)

    iv = scenario.intervention
    effect = (iv.success_rate_with - iv.success_rate_without) * iv.attribution
    amount = np.zeros((horizon, len(PAYERS), len(CATEGORIES)))
    successes_by_start = np.zeros(horizon)
    measure = CATEGORY_INDEX["measure"]
    for cohort in iv.cohorts:
        o = cohort.year - scenario.start_year
        successes_by_start[o] += cohort.participants * effect
        amount[o:] += cohort.participants * effect * per_success[: horizon - o]
        for payer, cost in iv.cost_per_participant_year.model_dump().items():
            end = min(o + iv.duration_years, horizon)
            amount[o:end, PAYER_INDEX[payer], measure] -= cohort.participants * cost
    for fixed in iv.fixed_costs:
        amount[fixed.year - scenario.start_year, PAYER_INDEX[fixed.payer], measure] -= fixed.amount

    df = schedule.factors(horizon)
    labour_cost = view.number(LABOUR_COST_FACTOR)
    tax_financing = view.number(TAX_FINANCING)
    n_years = analysis_years(scenario, view)
    residual = scenario.societal.residual_value
    amount[:, PAYER_INDEX["society"]] = within_analysis_period(
        society_rows(amount, labour_cost, tax_financing), df, n_years, residual)
    years = scenario.start_year + np.arange(horizon)
    ledger = Ledger(years=years, amount=amount, discount_factors=df)
    budget = budget_metrics(ledger)
    societal = societal_view(ledger, budget.pv_cost, n_years, residual, tax_financing,
                             labour_cost)
    wb_opts = scenario.wellbeing
    wellbeing = wellbeing_view(
        wb_opts, view,
        ls_per_success=ls_gain_per_success(wb_opts, view, delta, iv),
        successes_by_start=successes_by_start,
        years=years,
        price_year=scenario.price_year,
        schedule=schedule if wb_opts.discounting is None else discount_schedule(
            wb_opts.discounting, view),
        pv_cost=budget.pv_cost,
    )

    public = [PAYER_INDEX[p] for p in PUBLIC_PAYERS]
    per_success_public = per_success[:, public, :].sum(axis=(1, 2))
    participants = sum(c.participants for c in iv.cohorts)
    pv_by_cohort = sum(
        c.participants * float(per_success_public[: horizon - o] @ df[o:])
        for c in iv.cohorts
        for o in (c.year - scenario.start_year,)
    )
    avg_pv = pv_by_cohort / participants if participants > 0 else 0.0
    be = break_even(budget.pv_cost, avg_pv, participants, iv.attribution,
                    iv.success_rate_without)

    warnings = []
    if iv.success_rate_without == 0:
        warnings.append(
            "Suksessrate uten tiltaket er 0: alle suksesser tilskrives tiltaket. "
            "Oppgi hvor mange som ville lyktes uansett (dødvekt) hvis det finnes et anslag."
        )
    production = amount[:, PAYER_INDEX["person"], CATEGORY_INDEX["production"]]
    if wellbeing.includes_income and wellbeing.wellbys != 0 and np.any(production != 0):
        warnings.append(OVERLAP_WARNING)
    return Result(
        scenario=scenario,
        parameter_set={"name": pset.name, "version": pset.version, "sha256": pset.sha256},
        engine_version=__version__,
        price_year=scenario.price_year,
        rules_date=when.isoformat(),
        discounting=schedule,
        ledger=ledger,
        budget=budget,
        break_even=be,
        per_success=per_success,
        parameters_used=tuple(sorted(view.used)),
        warnings=tuple(warnings),
        societal=societal,
        wellbeing=wellbeing,
    )
