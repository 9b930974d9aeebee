"""The engine: scenario + parameter set -> Result (ledger, metrics, views, provenance).

:func:`evaluate` runs the steps for one scenario as written: :func:`~.prepare.prepare`
(occupancy gap and unit flows from the set), the kernel on one draw
(:func:`~.kernel.ledger_amounts`, society's rows), then the budget metrics, the societal
and wellbeing views, break-even (a multiplier on the effect in Markov mode) and the
warnings a reader should see (:class:`~.notes.Note`: Norwegian text with a key the app
translates). Pure: no files, no printing. One path for every mode.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit import __version__
from costbenefit.model.discounting import DiscountSchedule
from costbenefit.model.evidence_effect import EvidenceUse, evidence_warnings, resolve_evidence
from costbenefit.model.kernel import KernelInputs, add_society_rows, effect_profile, ledger_amounts
from costbenefit.model.kommune_accounts import (
    NOT_GIVEN,
    NOT_GIVEN_WARNING,
    UNPLACED,
    GainSharing,
    KommuneAccounts,
    gain_sharing,
    kommune_accounts,
)
from costbenefit.model.ledger import Ledger
from costbenefit.model.markov_calibration import Calibration
from costbenefit.model.metrics import (
    BreakEven,
    BudgetMetrics,
    break_even,
    budget_metrics,
    successes_to_cover,
)
from costbenefit.model.notes import Note
from costbenefit.model.prepare import Prepared, discount_schedule, prepare
from costbenefit.model.scenario import Intervention, Scenario
from costbenefit.model.societal import SocietalView, societal_view
from costbenefit.model.states import StateCounts, expected_states, state_warnings
from costbenefit.model.structure import (
    CATEGORY_INDEX,
    PAYER_INDEX,
    PUBLIC_PAYERS,
)
from costbenefit.model.unit_flows import group_service_flows
from costbenefit.model.wellbeing import (
    OVERLAP_WARNING,
    WellbeingView,
    ls_gain_per_success,
    wellbeing_view,
)
from costbenefit.parameters.dated_view import ParamView
from costbenefit.parameters.evidence import OPTIMISM_BIAS
from costbenefit.parameters.kostra import FUNCTIONS, MAPPING_SUFFIX, sectors
from costbenefit.parameters.schema import ParameterSet


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
    states: StateCounts  # expected persons by state, with and without the measure
    growth_rate: float  # real wage growth per year applied to the gains
    growth_until: int  # last year of real wage growth
    evidence: EvidenceUse | None  # the study behind the effect, when the scenario names one
    markov_calibration: Calibration | None  # Markov mode: transitions fitted to a study's arms
    reform_by_year: np.ndarray | None  # (T, payers) the rule change alone, no behaviour
    kommune: KommuneAccounts  # the kommune's row by KOSTRA function and sector
    gain_sharing: GainSharing  # gevinstdeling between the kommune's sectors
    warnings: tuple[Note, ...] = ()
    reform_per_participant: np.ndarray | None = None  # (T, payers, categories) Prepared.reform


MARKOV_SERVICES_WARNING = (
    "Markov-modus: målgruppens egne ekstra tjenester (target_groups.{group}.service_use) er "
    "ikke med, fordi de hører til målgruppen og ikke til en tilstand. Gevinsten er derfor "
    "trolig undervurdert."
)


MARKOV_BREAK_EVEN_NOTE = Note("markov_break_even", (
    "Markov-modus: tiltaket virker gjennom overgangssannsynligheter, ikke gjennom et antall "
    "suksesser, så «hvor mange må lykkes» gjelder ikke. Gevinsten er oppgitt per deltaker, "
    "og balansepunktet som en multiplikator på effekten (endringen i tilstandsfordelingen): "
    "1 betyr at tiltaket akkurat betaler seg med den antatte effekten."
))


def markov_break_even(be: BreakEven, view: ParamView, scenario: Scenario
                      ) -> tuple[BreakEven, list[Note]]:
    """Break-even in Markov mode: no successes to count. The kernel's rate is then the
    multiplier on the occupancy change (the effect) at which public NPV is 0."""
    warnings = []
    if group_service_flows(view, scenario.target_group, scenario.price_year) is not None:
        warnings.append(Note("markov_services", MARKOV_SERVICES_WARNING,
                             group=scenario.target_group))
    multiplier = be.success_rate
    return BreakEven(be.pv_gain_per_success, None, None, multiplier is not None,
                     effect_multiplier=multiplier, note=MARKOV_BREAK_EVEN_NOTE), warnings


OUTCOME_DEFAULT_WARNING = (
    "Suksessutfallet (intervention.success_outcome) er ikke oppgitt, så en suksess er KS-"
    "metodens «{outcome}». Oppgi utfallet studien målte (employed, in_education, "
    "completed_upper_secondary, off_benefits), eller reference_life_course for å velge "
    "KS-metoden med vilje."
)


RATES_SWAPPED_WARNING = Note("rates_swapped", (
    "Suksessraten med tiltaket er lavere enn uten: tiltaket er antatt å gjøre det "
    "verre for deltakerne. Sjekk at ratene ikke er byttet om."
))
NO_DEADWEIGHT_WARNING = Note("no_deadweight", (
    "Suksessrate uten tiltaket er 0: alle suksesser tilskrives tiltaket. "
    "Oppgi hvor mange som ville lyktes uansett (dødvekt) hvis det finnes et anslag."
))
LASTING_EFFECT_WARNING = Note("lasting_effect", (
    "Effekten er antatt å vare hele analyseperioden uten å avta (varighet og "
    "avskrivning er ikke satt). Det er optimistisk: norske forsøk med arbeidsrettede "
    "tiltak viser ofte at effekten avtar etter to–tre år. Prøv med varighet og "
    "avskrivning for å se hvor mye resultatet hviler på dette."
))


def profile_warnings(iv: Intervention) -> list[Note]:
    """Inputs that are allowed but that a reader of the result should have pointed out."""
    warnings = []
    if "success_outcome" not in iv.model_fields_set:
        warnings.append(Note("outcome_default", OUTCOME_DEFAULT_WARNING,
                             outcome="reference_life_course"))
    if iv.success_rate_with < iv.success_rate_without:
        warnings.append(RATES_SWAPPED_WARNING)
    elif iv.success_rate_without == 0:
        warnings.append(NO_DEADWEIGHT_WARNING)
    if iv.persistence_years is None and iv.decay == 0:
        warnings.append(LASTING_EFFECT_WARNING)
    return warnings


def reform_by_year(scenario: Scenario, prep: Prepared) -> np.ndarray | None:
    """The rule change alone per year and payer (all cohorts, real wage growth included):
    who pays and who saves before any behavioural effect."""
    if prep.reform is None:
        return None
    per_payer = prep.reform.sum(axis=-1)  # (K, payers)
    out = np.zeros_like(per_payer)
    for c in scenario.intervention.cohorts:
        o = c.year - scenario.start_year
        out[o:] += c.participants * per_payer[: scenario.horizon_years - o]
    return out * prep.growth[:, None]


def gain_per_success(scenario: Scenario, per_success: np.ndarray, weights: np.ndarray,
                     participants: float) -> dict[str, float]:
    """PV of one success per public payer and in total, averaged over the cohorts (each
    discounted, and grown, from its own start year)."""
    out = {}
    for payer in (*PUBLIC_PAYERS, "public_total"):
        cols = [PAYER_INDEX[p] for p in (PUBLIC_PAYERS if payer == "public_total" else (payer,))]
        flows = per_success[:, cols, :].sum(axis=(1, 2))
        total = sum(c.participants * float(flows[: scenario.horizon_years - o] @ weights[o:])
                    for c in scenario.intervention.cohorts
                    for o in (c.year - scenario.start_year,))
        out[payer] = total / participants if participants > 0 else 0.0
    return out


def evaluate(scenario: Scenario, pset: ParameterSet) -> Result:
    """Evaluate one scenario (profile or Markov mode), with its parameter overrides applied
    and its effect taken from the evidence library when it names a study."""
    scenario, evidence = resolve_evidence(scenario, pset)
    prep = prepare(scenario, pset)
    pset, view, schedule = prep.pset, prep.view, prep.schedule
    horizon = scenario.horizon_years
    iv = scenario.intervention
    inputs = KernelInputs.from_scenario(scenario)
    effect = effect_profile(scenario, inputs.effect_share, inputs.decay)
    per_success = effect[:, :, None, None] * prep.success_flows
    amount = add_society_rows(
        ledger_amounts(scenario, inputs, per_success, prep.growth, prep.reform), scenario,
        prep)[0]
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
    participants = sum(c.participants for c in iv.cohorts)
    gains = gain_per_success(scenario, per_success, df * prep.growth, participants)
    successes = participants * effect_factor
    cover = {p: successes * gains[p] - budget.npv[p] for p in gains}
    be = break_even(cover["public_total"], gains["public_total"], participants,
                    iv.attribution, float(inputs.success_rate_without[0]),
                    by_payer={p: successes_to_cover(cover[p], gains[p]) for p in gains})

    warnings: list[Note] = []
    if scenario.mode == "markov":
        be, markov_warnings = markov_break_even(be, view, scenario)
        warnings += markov_warnings
    else:
        warnings += profile_warnings(iv)
    accounts = kommune_accounts(scenario, prep, inputs, effect,
                                sectors(pset, scenario.kommune.sectors))
    if NOT_GIVEN in accounts.functions:
        warnings.append(Note("kostra_not_given", NOT_GIVEN_WARNING, label=UNPLACED.label))
    states = expected_states(scenario, prep, effect[0], effect_factor)
    warnings += state_warnings(scenario, states) + evidence_warnings(evidence)
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
        parameters_used=tuple(sorted(set(view.used) | (
            {evidence.study, OPTIMISM_BIAS} if evidence else set())
            | {FUNCTIONS, scenario.kommune.sectors + MAPPING_SUFFIX})),
        warnings=tuple(warnings),
        societal=societal,
        wellbeing=wellbeing,
        states=states,
        evidence=evidence,
        markov_calibration=prep.calibration,
        reform_by_year=reform_by_year(scenario, prep),
        reform_per_participant=prep.reform,
        growth_rate=prep.growth_rate,
        growth_until=prep.growth_until,
        kommune=accounts,
        gain_sharing=gain_sharing(accounts, df),
    )
