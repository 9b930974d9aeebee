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
from costbenefit.scenario import Scenario
from costbenefit.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PAYERS, PUBLIC_PAYERS
from costbenefit.unit_flows import UnitFlows, build_unit_flows

R109_RATES = "r109.discount_rates"
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


def discount_schedule(scenario: Scenario, view: ParamView) -> DiscountSchedule:
    d = scenario.discounting
    if d.schedule == "flat":
        assert d.rate is not None
        return flat(d.rate)
    if d.schedule == "custom":
        assert d.steps is not None
        return from_steps("egendefinert", d.steps)
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


def occupancy_change_per_success(scenario: Scenario, view: ParamView) -> np.ndarray:
    """Profile mode: expected change in occupancy per *success*, ``[k, state]``."""
    iv = scenario.intervention
    effect = effect_profile(scenario, np.array([iv.effect_share]), np.array([iv.decay]))
    return effect[0][:, None] * occupancy_gap(scenario, view)


def occupancy_gap(scenario: Scenario, view: ParamView) -> np.ndarray:
    """Profile mode: reference minus baseline occupancy, ``[k, state]``."""
    baseline = load_trajectory(view, scenario.target_group)
    reference = load_trajectory(view, REFERENCE_GROUP)
    return profile_gap(baseline, reference, scenario.start_age, scenario.horizon_years)


def effect_profile(scenario: Scenario, effect_share: np.ndarray, decay: np.ndarray) -> np.ndarray:
    """Share of a success's effect present in each year, ``[draw, k]``."""
    iv = scenario.intervention
    w = effect_weights(scenario.horizon_years, iv.lag_years, iv.persistence_years,
                       decay[:, None])
    return effect_share[:, None] * w


@dataclass(frozen=True)
class KernelInputs:
    """The scenario numbers that may vary between draws, each with a leading draw axis.

    ``engine.evaluate`` uses one draw (the scenario as written); Monte Carlo and sensitivity
    analysis pass many. Both go through :func:`ledger_amounts`, so there is one model.
    """

    success_rate_with: np.ndarray  # (D,)
    success_rate_without: np.ndarray  # (D,)
    attribution: np.ndarray  # (D,)
    effect_share: np.ndarray  # (D,)
    decay: np.ndarray  # (D,)
    participants: np.ndarray  # (D, cohorts)
    cost_per_participant_year: np.ndarray  # (D, public payers) in PUBLIC_PAYERS order
    fixed_costs: np.ndarray  # (D, fixed costs)

    @classmethod
    def from_scenario(cls, scenario: Scenario, draws: int = 1) -> KernelInputs:
        iv = scenario.intervention
        cost = iv.cost_per_participant_year.model_dump()

        def rep(values: list[float]) -> np.ndarray:
            return np.tile(np.asarray(values, dtype=float), (draws, 1))

        return cls(
            success_rate_with=np.full(draws, iv.success_rate_with),
            success_rate_without=np.full(draws, iv.success_rate_without),
            attribution=np.full(draws, iv.attribution),
            effect_share=np.full(draws, iv.effect_share),
            decay=np.full(draws, iv.decay),
            participants=rep([c.participants for c in iv.cohorts]),
            cost_per_participant_year=rep([cost[p] for p in PUBLIC_PAYERS]),
            fixed_costs=rep([f.amount for f in iv.fixed_costs]),
        )


def gap_flows(gap: np.ndarray, flows: np.ndarray) -> np.ndarray:
    """Annual flows of one success at full effect: ``Σ_s gap[k, s] · flows[..., k, s, p, c]``.

    A loop over the few states in a fixed order rather than einsum, so the numbers are
    bit-for-bit the same whether ``flows`` has a leading draw axis or not.
    """
    out = gap[:, 0, None, None] * flows[..., :, 0, :, :]
    for s in range(1, gap.shape[1]):
        out = out + gap[:, s, None, None] * flows[..., :, s, :, :]
    return out


def ledger_amounts(scenario: Scenario, inputs: KernelInputs, per_success: np.ndarray
                   ) -> np.ndarray:
    """The kernel: ledger amounts ``[draw, year, payer, category]`` for every draw.

    ``per_success[draw, k, payer, category]`` is the gain of one success k years after
    its start (``effect_profile × gap_flows``); cohorts are shifted copies of it.
    """
    iv = scenario.intervention
    horizon = scenario.horizon_years
    draws = inputs.success_rate_with.shape[0]
    effect = (inputs.success_rate_with - inputs.success_rate_without) * inputs.attribution
    amount = np.zeros((draws, horizon, len(PAYERS), len(CATEGORIES)))
    measure = CATEGORY_INDEX["measure"]
    # Cohorts are shifted copies of per_success. Work on (draw, year·payer·category) views
    # so numpy's inner loops run over whole rows, in place in one scratch buffer.
    cell = len(PAYERS) * len(CATEGORIES)
    flat = amount.reshape(draws, horizon * cell)
    gain = np.broadcast_to(per_success, (draws, horizon, len(PAYERS), len(CATEGORIES)))
    gain = np.ascontiguousarray(gain).reshape(draws, horizon * cell)
    scratch = np.empty_like(gain)
    for i, cohort in enumerate(iv.cohorts):
        o = cohort.year - scenario.start_year
        n = inputs.participants[:, i]
        part = scratch[:, : (horizon - o) * cell]
        np.multiply((n * effect)[:, None], gain[:, : (horizon - o) * cell], out=part)
        flat[:, o * cell :] += part
        end = min(o + iv.duration_years, horizon)
        for j, payer in enumerate(PUBLIC_PAYERS):
            cost = n * inputs.cost_per_participant_year[:, j]
            amount[:, o:end, PAYER_INDEX[payer], measure] -= cost[:, None]
    for k, fixed in enumerate(iv.fixed_costs):
        amount[:, fixed.year - scenario.start_year, PAYER_INDEX[fixed.payer], measure] -= (
            inputs.fixed_costs[:, k])
    return amount


@dataclass(frozen=True)
class Prepared:
    """What one scenario needs from the parameter set before any draw is computed."""

    view: ParamView
    flows: UnitFlows
    schedule: DiscountSchedule
    gap: np.ndarray  # (K, states)
    ages: np.ndarray  # (K,)


def prepare(scenario: Scenario, pset: ParameterSet) -> Prepared:
    when = dt.date(scenario.effective_rules_year, 7, 1)
    view = ParamView(pset, when, kpi_index(pset))
    view.kpi.level(scenario.price_year)  # a clear error for a kroneår outside the series
    flows = unit_flows_for(pset, view, scenario.price_year)
    schedule = discount_schedule(scenario, view)
    gap = occupancy_gap(scenario, view)
    ages = scenario.start_age + np.arange(scenario.horizon_years)
    return Prepared(view, flows, schedule, gap, ages)


def evaluate(scenario: Scenario, pset: ParameterSet) -> Result:
    """Evaluate one scenario in profile mode."""
    prep = prepare(scenario, pset)
    view, schedule, when = prep.view, prep.schedule, prep.view.when
    horizon = scenario.horizon_years
    iv = scenario.intervention
    inputs = KernelInputs.from_scenario(scenario)
    effect = effect_profile(scenario, inputs.effect_share, inputs.decay)
    per_success = effect[:, :, None, None] * gap_flows(prep.gap, prep.flows.values[prep.ages])
    amount = ledger_amounts(scenario, inputs, per_success)[0]
    per_success = per_success[0]

    df = schedule.factors(horizon)
    ledger = Ledger(years=scenario.start_year + np.arange(horizon), amount=amount,
                    discount_factors=df)
    budget = budget_metrics(ledger)

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
    )
