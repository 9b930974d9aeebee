"""The engine: scenario + parameter set -> Result (ledger, metrics, provenance).

Pure: no files, no printing. One path for every mode: a model of expected state
occupancy per participant (profile mode here; Markov mode computes the same array from
transitions) is multiplied by the unit flows to give the ledger.
"""

from __future__ import annotations

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
from costbenefit.scenario import Discounting, Intervention, Scenario, rules_date
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
FLOW_CACHE_SIZE = 64
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
    societal: SocietalView
    wellbeing: WellbeingView
    warnings: tuple[str, ...] = ()


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
    """Unit flows are the same for every scenario with the same set, date and kroneår, so
    they are cached with the names of the parameters they read (built on a view of their
    own, so the names are exactly theirs). The cache is bounded: a long-running app sees a
    new set hash for every override."""
    key = (pset.sha256, view.when.isoformat(), price_year)
    if key not in _FLOW_CACHE:
        own = ParamView(pset, view.when, view.kpi)
        if len(_FLOW_CACHE) >= FLOW_CACHE_SIZE:
            del _FLOW_CACHE[next(iter(_FLOW_CACHE))]
        _FLOW_CACHE[key] = (build_unit_flows(own, price_year), tuple(own.used))
    flows, used = _FLOW_CACHE[key]
    view.used.update(dict.fromkeys(used))
    return flows


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


def occupancy_gap(scenario: Scenario, view: ParamView) -> np.ndarray:
    """Profile mode: reference minus baseline occupancy, ``[k, state]``. Markov mode: the
    occupancy with minus without the measure per participant, effect included."""
    if scenario.mode == "markov":
        from costbenefit.markov_model import markov_setup

        return markov_setup(scenario, view).change()[0]
    baseline = load_trajectory(view, scenario.target_group)
    reference = load_trajectory(view, REFERENCE_GROUP)
    return profile_gap(baseline, reference, scenario.start_age, scenario.horizon_years)


def effect_profile(scenario: Scenario, effect_share: np.ndarray, decay: np.ndarray) -> np.ndarray:
    """Share of a success's effect present in each year, ``[draw, k]``. In Markov mode the
    occupancy change already carries the effect over time, so the share is 1."""
    if scenario.mode == "markov":
        return np.ones((effect_share.shape[0], scenario.horizon_years))
    iv = scenario.intervention
    w = effect_weights(scenario.horizon_years, iv.lag_years, iv.persistence_years,
                       decay[:, None])
    return effect_share[:, None] * w


@dataclass(frozen=True)
class KernelInputs:
    """The scenario numbers that may vary between draws, each with a leading draw axis.

    ``engine.evaluate`` uses one draw (the scenario as written); Monte Carlo and sensitivity
    analysis pass many. Both go through :func:`ledger_amounts`, so there is one model.
    In Markov mode the kernel's per-success input is the flow per participant, so the
    success rates are fixed at 1 (with) and 0 (without): the effect factor is attribution.
    """

    success_rate_with: np.ndarray  # (D,)
    success_rate_without: np.ndarray  # (D,)
    attribution: np.ndarray  # (D,)
    effect_share: np.ndarray  # (D,)
    decay: np.ndarray  # (D,)
    participants: np.ndarray  # (D, cohorts)
    cost_per_participant_year: np.ndarray  # (D, public payers) in PUBLIC_PAYERS order
    transfer_per_participant_year: np.ndarray  # (D, public payers): cash to participants
    fixed_costs: np.ndarray  # (D, fixed costs)

    @classmethod
    def from_scenario(cls, scenario: Scenario, draws: int = 1) -> KernelInputs:
        iv = scenario.intervention
        cost = iv.cost_per_participant_year.model_dump()
        transfer = iv.transfer_per_participant_year.model_dump()

        def rep(values: list[float]) -> np.ndarray:
            return np.tile(np.asarray(values, dtype=float), (draws, 1))

        markov = scenario.mode == "markov"
        return cls(
            success_rate_with=np.full(draws, 1.0 if markov else iv.success_rate_with),
            success_rate_without=np.full(draws, 0.0 if markov else iv.success_rate_without),
            attribution=np.full(draws, iv.attribution),
            effect_share=np.full(draws, iv.effect_share),
            decay=np.full(draws, iv.decay),
            participants=rep([c.participants for c in iv.cohorts]),
            cost_per_participant_year=rep([cost[p] for p in PUBLIC_PAYERS]),
            transfer_per_participant_year=rep([transfer[p] for p in PUBLIC_PAYERS]),
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
    its start (``effect_profile × gap_flows``); cohorts are shifted copies of it. The
    measure's own cash flows (:func:`measure_amounts`) go in the `measure` category.
    """
    iv = scenario.intervention
    horizon = scenario.horizon_years
    draws = inputs.success_rate_with.shape[0]
    effect = (inputs.success_rate_with - inputs.success_rate_without) * inputs.attribution
    amount = np.zeros((draws, horizon, len(PAYERS), len(CATEGORIES)))
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
    years, measure = measure_amounts(scenario, inputs)
    amount[..., CATEGORY_INDEX["measure"]][:, years] += measure
    return amount


def measure_amounts(scenario: Scenario, inputs: KernelInputs) -> tuple[np.ndarray, np.ndarray]:
    """The measure's own cash flows (the `measure` category): the years ``y`` in which it
    pays and the amounts ``[draw, y, payer]``. Cost per participant-year over each
    cohort's duration, and fixed costs. Cash the measure pays to participants is a cost to
    the paying budget and a receipt for the person, so society's real cost nets it out."""
    iv = scenario.intervention
    horizon = scenario.horizon_years
    spans = [(c.year - scenario.start_year, min(c.year - scenario.start_year + iv.duration_years,
                                                 horizon)) for c in iv.cohorts]
    years = np.unique(np.array([*(t for o, end in spans for t in range(o, end)),
                                *(f.year - scenario.start_year for f in iv.fixed_costs)], int))
    out = np.zeros((inputs.success_rate_with.shape[0], years.size, len(PAYERS)))
    person = PAYER_INDEX["person"]
    for i, (o, end) in enumerate(spans):
        first = int(np.searchsorted(years, o))
        span = slice(first, first + end - o)  # every year of the span is in `years`
        n = inputs.participants[:, i]
        for j, payer in enumerate(PUBLIC_PAYERS):
            cost = n * inputs.cost_per_participant_year[:, j]
            out[:, span, PAYER_INDEX[payer]] -= cost[:, None]
            cash = n * inputs.transfer_per_participant_year[:, j]
            out[:, span, PAYER_INDEX[payer]] -= cash[:, None]
            out[:, span, person] += cash[:, None]
    for k, fixed in enumerate(iv.fixed_costs):
        y = int(np.searchsorted(years, fixed.year - scenario.start_year))
        out[:, y, PAYER_INDEX[fixed.payer]] -= inputs.fixed_costs[:, k]
    return years, out


def full_effect_flows(scenario: Scenario, view: ParamView, flows: np.ndarray,
                      gap: np.ndarray) -> np.ndarray:
    """Annual flows of one success at full effect, ``[k, payer, category]``: the occupancy
    gap times the unit flows, plus the target group's own extra services, which a success
    removes (``target_groups.<id>.service_use``; profile mode only: in Markov mode there
    is no success to remove them, see MARKOV_SERVICES_WARNING)."""
    ages = scenario.start_age + np.arange(scenario.horizon_years)
    h = gap_flows(gap, flows[ages])
    if scenario.mode == "markov":
        return h
    extra = group_service_flows(view, scenario.target_group, scenario.price_year)
    return h if extra is None else h - extra[ages]


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


def prepare(scenario: Scenario, pset: ParameterSet) -> Prepared:
    pset = effective_parameters(scenario, pset)
    when = rules_date(scenario)
    view = ParamView(pset, when, kpi_index(pset))
    view.kpi.level(scenario.price_year)  # a clear error for a kroneår outside the series
    flows = unit_flows_for(pset, view, scenario.price_year)
    schedule = discount_schedule(scenario.discounting, view)
    gap = occupancy_gap(scenario, view)
    return Prepared(
        pset=pset,
        view=view,
        schedule=schedule,
        discount_factors=schedule.factors(scenario.horizon_years),
        gap=gap,
        success_flows=full_effect_flows(scenario, view, flows.values, gap),
        labour_cost_factor=view.number(LABOUR_COST_FACTOR),
        tax_financing_rate=view.number(TAX_FINANCING),
        analysis_years=analysis_years(scenario, view),
    )


def add_society_rows(amount: np.ndarray, scenario: Scenario, prep: Prepared) -> np.ndarray:
    """Fill the `society` rows of ledger amounts ``[..., year, payer, category]`` in place."""
    rows = society_rows(amount, prep.labour_cost_factor, prep.tax_financing_rate)
    amount[..., PAYER_INDEX["society"], :] = within_analysis_period(
        rows, prep.discount_factors, prep.analysis_years, scenario.societal.residual_value)
    return amount


@dataclass(frozen=True)
class NpvMap:
    """Each payer's NPV as a linear function of the ledger amounts (society's included).

    ``npv[q] = Σ_t weights[q, t] · Σ_cell amount[t, cell] · projection[cell, q]``, cells
    being the flattened (payer, category) pairs. Built by :func:`npv_map` from the same
    functions that fill the ledger's society rows, so the two cannot drift apart.
    """

    payers: tuple[str, ...]
    projection: np.ndarray  # (payers × categories, Q)
    weights: np.ndarray  # (Q, T)


def npv_map(scenario: Scenario, prep: Prepared, payers: tuple[str, ...]) -> NpvMap:
    """The :class:`NpvMap` for `payers`. The society rows are linear in the public and
    person rows and the same in every year, and the analysis period only weights years,
    so both parts are read off by feeding unit amounts through them."""
    cells = len(PAYERS) * len(CATEGORIES)
    unit_cells = np.eye(cells).reshape(cells, 1, len(PAYERS), len(CATEGORIES))
    rows = add_society_rows(unit_cells, scenario, prep)[:, 0].sum(axis=-1)  # (cells, P)
    df = prep.discount_factors
    unit_years = np.zeros((df.size, df.size, len(CATEGORIES)))
    unit_years[np.arange(df.size), np.arange(df.size), 0] = 1.0
    society_weights = within_analysis_period(
        unit_years, df, prep.analysis_years, scenario.societal.residual_value).sum(axis=-1) @ df
    index = [PAYER_INDEX[p] for p in payers]
    weights = np.array([society_weights if p == "society" else df for p in payers])
    return NpvMap(payers, rows[:, index], weights)


def project_cells(flows: np.ndarray, projection: np.ndarray) -> np.ndarray:
    """Flows ``[..., payer, category]`` projected onto the NPV map's payers ``[..., q]``."""
    return flows.reshape(*flows.shape[:-2], -1) @ projection


def payer_npvs(scenario: Scenario, inputs: KernelInputs, effect: np.ndarray,
               flows: np.ndarray, npvs: NpvMap) -> np.ndarray:
    """NPVs ``[draw, q]`` of the ledger that :func:`ledger_amounts` and
    :func:`add_society_rows` would build, without building it.

    All NPVs are linear in the ledger (:class:`NpvMap`), so the flows of a success are
    projected onto the payers first (`flows`, ``project_cells(success flows)``,
    ``[(draw,) k, q]``), and a cohort starting in year o adds
    ``n · effect · Σ_k effect_profile[k] · flows[k, q] · weights[q, k + o]``: the cohort
    shift moves from the amounts to the weights. Per draw the arithmetic does not depend
    on how many draws there are, so a draw at the base values gives the same bits as one
    draw alone.
    """
    horizon = scenario.horizon_years
    draws = inputs.success_rate_with.shape[0]
    w = npvs.weights
    gain = effect[:, None, :] * np.swapaxes(flows, -1, -2)  # (D, Q, K)
    factor = (inputs.success_rate_with - inputs.success_rate_without) * inputs.attribution
    total = np.zeros((draws, len(npvs.payers)))
    for i, cohort in enumerate(scenario.intervention.cohorts):
        o = cohort.year - scenario.start_year
        pv = (gain[..., : horizon - o] * w[:, o:]).sum(axis=-1)
        total += (inputs.participants[:, i] * factor)[:, None] * pv
    years, measure = measure_amounts(scenario, inputs)  # (D, years, P)
    to_q = npvs.projection.reshape(len(PAYERS), len(CATEGORIES), -1)[:, CATEGORY_INDEX["measure"]]
    weights = w[:, years, None] * to_q.T[:, None, :]  # (Q, years, P)
    total += (measure.reshape(draws, 1, -1) * weights.reshape(len(npvs.payers), -1)).sum(axis=-1)
    return total


MARKOV_SERVICES_WARNING = (
    "Markov-modus: målgruppens egne ekstra tjenester (target_groups.{group}.service_use) er "
    "ikke med, fordi de hører til målgruppen og ikke til en tilstand. Gevinsten er derfor "
    "trolig undervurdert."
)


MARKOV_BREAK_EVEN_NOTE = (
    "Markov-modus: tiltaket virker gjennom overgangssannsynligheter, ikke gjennom et antall "
    "suksesser, så «hvor mange må lykkes» gjelder ikke. Gevinsten er oppgitt per deltaker, "
    "og balansepunktet som en multiplikator på effekten (endringen i tilstandsfordelingen): "
    "1 betyr at tiltaket akkurat betaler seg med den antatte effekten."
)


def markov_break_even(be: BreakEven, view: ParamView, scenario: Scenario
                      ) -> tuple[BreakEven, list[str]]:
    """Break-even in Markov mode: no successes to count. The kernel's rate is then the
    multiplier on the occupancy change (the effect) at which public NPV is 0."""
    warnings = []
    if group_service_flows(view, scenario.target_group, scenario.price_year) is not None:
        warnings.append(MARKOV_SERVICES_WARNING.format(group=scenario.target_group))
    multiplier = be.success_rate
    return BreakEven(be.pv_gain_per_success, None, None, multiplier is not None,
                     effect_multiplier=multiplier, note=MARKOV_BREAK_EVEN_NOTE), warnings


def profile_warnings(iv: Intervention) -> list[str]:
    """Inputs that are allowed but that a reader of the result should have pointed out."""
    warnings = []
    if iv.success_rate_with < iv.success_rate_without:
        warnings.append(
            "Suksessraten med tiltaket er lavere enn uten: tiltaket er antatt å gjøre det "
            "verre for deltakerne. Sjekk at ratene ikke er byttet om."
        )
    elif iv.success_rate_without == 0:
        warnings.append(
            "Suksessrate uten tiltaket er 0: alle suksesser tilskrives tiltaket. "
            "Oppgi hvor mange som ville lyktes uansett (dødvekt) hvis det finnes et anslag."
        )
    if iv.persistence_years is None and iv.decay == 0:
        warnings.append(
            "Effekten er antatt å vare hele analyseperioden uten å avta (varighet og "
            "avskrivning er ikke satt). Det er optimistisk: norske forsøk med arbeidsrettede "
            "tiltak viser ofte at effekten avtar etter to–tre år. Prøv med varighet og "
            "avskrivning for å se hvor mye resultatet hviler på dette."
        )
    return warnings


def evaluate(scenario: Scenario, pset: ParameterSet) -> Result:
    """Evaluate one scenario (profile or Markov mode), with its parameter overrides applied."""
    prep = prepare(scenario, pset)
    pset, view, schedule = prep.pset, prep.view, prep.schedule
    horizon = scenario.horizon_years
    iv = scenario.intervention
    inputs = KernelInputs.from_scenario(scenario)
    effect = effect_profile(scenario, inputs.effect_share, inputs.decay)
    per_success = effect[:, :, None, None] * prep.success_flows
    amount = add_society_rows(ledger_amounts(scenario, inputs, per_success), scenario, prep)[0]
    per_success = per_success[0]

    successes_by_start = np.zeros(horizon)  # participants in Markov mode (effect factor 1)
    effect_factor = float((inputs.success_rate_with - inputs.success_rate_without)[0]
                          * iv.attribution)
    for cohort in iv.cohorts:
        successes_by_start[cohort.year - scenario.start_year] += (
            cohort.participants * effect_factor)

    df = prep.discount_factors
    years = scenario.start_year + np.arange(horizon)
    ledger = Ledger(years=years, amount=amount, discount_factors=df)
    budget = budget_metrics(ledger)
    societal = societal_view(ledger, budget.pv_cost, prep.analysis_years,
                             scenario.societal.residual_value, prep.tax_financing_rate,
                             prep.labour_cost_factor)
    wb_opts = scenario.wellbeing
    wellbeing = wellbeing_view(
        wb_opts, view,
        ls_per_success=ls_gain_per_success(wb_opts, view, effect[0][:, None] * prep.gap, iv),
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
                    float(inputs.success_rate_without[0]))

    warnings = []
    if scenario.mode == "markov":
        be, markov_warnings = markov_break_even(be, view, scenario)
        warnings += markov_warnings
    else:
        warnings += profile_warnings(iv)
    production = amount[:, PAYER_INDEX["person"], CATEGORY_INDEX["production"]]
    if wellbeing.includes_income and wellbeing.wellbys != 0 and np.any(production != 0):
        warnings.append(OVERLAP_WARNING)
    return Result(
        scenario=scenario,
        parameter_set={"name": pset.name, "version": pset.version, "sha256": pset.sha256},
        engine_version=__version__,
        price_year=scenario.price_year,
        rules_date=view.when.isoformat(),
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
