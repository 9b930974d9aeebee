"""A programme as a portfolio of scenarios: budget need by year and payer, combined
returns, their uncertainty, and who gains (the basis for gain sharing, *gevinstdeling*,
between payers).

Pure: takes evaluated Results and returns a combined ledger on one calendar axis,
discounted from the programme's start year with the programme's own schedule. The
combined Monte Carlo draws each project's `uncertainty:` inputs through the same
UncertainModel as `montecarlo` and sums the projects' ledgers per draw.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from costbenefit.errors import InputError
from costbenefit.model.discounting import DiscountSchedule
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.ledger import Ledger
from costbenefit.model.metrics import BudgetMetrics, budget_metrics
from costbenefit.model.prepare import discount_schedule, effective_parameters
from costbenefit.model.scenario import Discounting, Scenario, rules_date
from costbenefit.model.structure import CATEGORY_INDEX, PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.draws import CHUNK_DRAWS, UncertainModel
from costbenefit.uncertainty.inputs import declared
from costbenefit.uncertainty.montecarlo import OutcomeSummary, check_draws, draw_values, summarise
from costbenefit.uncertainty.outcomes import OUTCOMES, outcome_names, payers_of

# draws × uncertain projects a run may take: about 5 minutes at the slowest measured pace
# (12 Markov-free projects, 10 000 draws: about 60 s), so 12 projects allow 50 000 draws
MAX_PROJECT_DRAWS = 600_000


def check_portfolio_draws(draws: int, uncertain_projects: int) -> None:
    """Refuse more draws than a run can finish in minutes, naming `--draws` and its limit."""
    check_draws(draws)
    limit = MAX_PROJECT_DRAWS // max(uncertain_projects, 1)
    if draws > limit:
        shown = f"{limit:_}".replace("_", " ")
        raise InputError(
            f"med {uncertain_projects} usikre prosjekter er høyst {shown} trekk tillatt (fikk "
            f"{draws:_}); flere trekk ville ta mer enn noen minutter. "
            f"Bruk f.eks. --draws {min(limit, 10_000)}".replace("_", " "),
            field="--draws")


@dataclass(frozen=True)
class GainSharing:
    """Present values per public payer: what each pays for the measures and gains back."""

    pv_cost: dict[str, float]
    pv_gain: dict[str, float]  # all non-measure flows (taxes, transfers, services)
    cost_share: dict[str, float | None]
    gain_share: dict[str, float | None]


@dataclass(frozen=True)
class PortfolioResult:
    name: str
    projects: tuple[Result, ...]
    ledger: Ledger
    budget: BudgetMetrics
    budget_need: np.ndarray  # (years, public payers): the measures' cost, positive kroner
    sharing: GainSharing
    schedule: DiscountSchedule


def shifted(scenario: Scenario, start_year: int | None) -> Scenario:
    """The same scenario started in another year: cohorts and fixed costs move with it."""
    if start_year is None or start_year == scenario.start_year:
        return scenario
    delta = start_year - scenario.start_year
    iv = scenario.intervention
    cohorts = [c.model_copy(update={"year": c.year + delta}) for c in iv.cohorts]
    fixed = [f.model_copy(update={"year": f.year + delta}) for f in iv.fixed_costs]
    moved = iv.model_copy(update={"cohorts": cohorts, "fixed_costs": fixed})
    return scenario.model_copy(update={"start_year": start_year, "intervention": moved})


def _shares(values: dict[str, float]) -> dict[str, float | None]:
    total = sum(values.values())
    return {k: (v / total if total > 0 else None) for k, v in values.items()}


def gain_sharing(ledger: Ledger) -> GainSharing:
    disc = ledger.discounted
    measure = CATEGORY_INDEX["measure"]
    pv_cost = {p: 0.0 - float(disc[:, PAYER_INDEX[p], measure].sum()) for p in PUBLIC_PAYERS}
    pv_gain = {
        p: float(disc[:, PAYER_INDEX[p], :].sum() - disc[:, PAYER_INDEX[p], measure].sum())
        for p in PUBLIC_PAYERS
    }
    return GainSharing(pv_cost, pv_gain, _shares(pv_cost), _shares(pv_gain))


def combine(name: str, results: list[Result], start_year: int,
            schedule: DiscountSchedule) -> PortfolioResult:
    """Put every project's ledger on one calendar axis and discount from `start_year`."""
    if not results:
        raise InputError("en portefølje trenger minst ett prosjekt", field="projects")
    price_years = {r.price_year for r in results}
    if len(price_years) != 1:
        raise InputError(
            f"prosjektene har ulike kroneår ({sorted(price_years)}); bruk samme price_year",
            field="projects",
        )
    first = min(int(r.ledger.years[0]) for r in results)
    if first < start_year:
        raise InputError(
            f"et prosjekt starter i {first}, før programmet ({start_year}). Flytt prosjektet "
            "eller programmets start_year",
            field="start_year",
        )
    last = max(int(r.ledger.years[-1]) for r in results)
    years = np.arange(start_year, last + 1)
    amount = np.zeros((len(years), *results[0].ledger.amount.shape[1:]))
    for r in results:
        offset = int(r.ledger.years[0]) - start_year
        amount[offset : offset + len(r.ledger.years)] += r.ledger.amount
    ledger = Ledger(years=years, amount=amount, discount_factors=schedule.factors(len(years)))
    public = [PAYER_INDEX[p] for p in PUBLIC_PAYERS]
    need = 0.0 - amount[:, public, CATEGORY_INDEX["measure"]]  # 0.0 - x: no negative zeros
    return PortfolioResult(
        name=name,
        projects=tuple(results),
        ledger=ledger,
        budget=budget_metrics(ledger),
        budget_need=need,
        sharing=gain_sharing(ledger),
        schedule=schedule,
    )


class ProjectSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    scenario: str = Field(min_length=1)  # path, relative to the portfolio file
    start_year: int | None = Field(None, ge=1990, le=2100)


class PortfolioSpec(BaseModel):
    """A programme: named projects (scenario files), each with an optional start year."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(min_length=1)
    description: str = ""
    start_year: int = Field(ge=1990, le=2100)
    discounting: Discounting = Discounting()
    projects: list[ProjectSpec] = Field(min_length=1, max_length=12)


def evaluate_portfolio(spec: PortfolioSpec, scenarios: list[Scenario],
                       pset: ParameterSet) -> PortfolioResult:
    """Evaluate each project (moved to its start year) and combine them."""
    results = [
        evaluate(shifted(scenario, project.start_year), pset)
        for project, scenario in zip(spec.projects, scenarios, strict=True)
    ]
    first = results[0].scenario  # the programme's schedule is read as its first project's
    own = effective_parameters(first, pset)
    view = ParamView(own, rules_date(first), kpi_index(own))
    return combine(spec.name, results, spec.start_year, discount_schedule(spec.discounting, view))


def _summed_npvs(sources: list, names: tuple[str, ...], df: np.ndarray, draws: int,
                 progress: Callable[[int, int], None] | None) -> dict[str, np.ndarray]:
    """Payer NPVs are linear in the ledger: each project's per draw, on its reduced path
    (one kernel pass per project, discounted with the programme's factors from the
    project's start), summed; a project without uncertain inputs adds its constant NPV."""
    out = {n: np.zeros(draws) for n in names}
    done = 0
    for offset, model, values, amount in sources:
        if model is None:
            own = amount * df[offset : offset + amount.shape[0], None, None]
            for n in names:
                out[n] += float(OUTCOMES[n](own[None])[0])
            continue
        for n, v in model.outcomes(values, names).items():
            out[n] += v
        done += 1
        if progress is not None:
            progress(draws * done // sum(m is not None for _, m, _, _ in sources), draws)
    return out


def _summed_ledgers(sources: list, names: tuple[str, ...], ledger: Ledger, draws: int,
                    progress: Callable[[int, int], None] | None) -> dict[str, np.ndarray]:
    """A registered outcome need not be linear: build the programme's ledger per draw."""
    out = {n: np.empty(draws) for n in names}
    for start in range(0, draws, CHUNK_DRAWS):
        n = min(CHUNK_DRAWS, draws - start)
        total = np.zeros((n, *ledger.amount.shape))
        for offset, model, values, amount in sources:
            span = slice(offset, offset + amount.shape[0])
            if model is None:
                total[:, span] += amount
            else:
                part = {p: v[start : start + n] for p, v in values.items()}
                total[:, span] += model.amounts(part)
        total *= ledger.discount_factors[:, None, None]
        for name in names:
            out[name][start : start + n] = OUTCOMES[name](total)
        if progress is not None:
            progress(start + n, draws)
    return out


@dataclass(frozen=True)
class PortfolioMonteCarlo:
    """The distribution of the programme's NPVs when every project's inputs are drawn."""

    draws: int
    seed: int
    uncertain_projects: tuple[int, ...]  # indices of projects with an `uncertainty:` section
    summaries: dict[str, OutcomeSummary]
    samples: dict[str, np.ndarray]  # outcome -> (draws,)


def portfolio_montecarlo(spec: PortfolioSpec, scenarios: list[Scenario], pset: ParameterSet,
                         draws: int, seed: int,
                         progress: Callable[[int, int], None] | None = None
                         ) -> PortfolioMonteCarlo:
    """Draw each project's declared inputs and sum the projects' ledgers per draw.

    One ``default_rng(seed)`` gives each uncertain project its own block of uniforms, in
    project order, so projects are drawn independently (two projects built on the same
    evidence are in reality correlated: the spread of the sum is then a lower bound).
    Projects without uncertain inputs (no `uncertainty:` and no study in `effect:`, whose
    ranges the resolved scenario carries) add their deterministic ledger to every draw.
    ``progress(done, draws)`` is called after each chunk of draws.
    """
    check_draws(draws)
    base = evaluate_portfolio(spec, scenarios, pset)
    df = base.ledger.discount_factors
    rng = np.random.default_rng(seed)
    sources: list[tuple[int, UncertainModel | None, dict[str, np.ndarray], np.ndarray]] = []
    for result in base.projects:
        moved = result.scenario
        offset = int(result.ledger.years[0]) - spec.start_year
        inputs = declared(moved, pset)
        if not inputs:
            sources.append((offset, None, {}, result.ledger.amount))
            continue
        own = df[offset : offset + result.ledger.years.size]
        model, values = draw_values(moved, pset, inputs, rng, draws, own)
        sources.append((offset, model, values, result.ledger.amount))
    uncertain = tuple(i for i, src in enumerate(sources) if src[1] is not None)
    if not uncertain:
        raise InputError(
            "ingen av prosjektene har usikre størrelser. Legg til en seksjon `uncertainty:` i "
            "minst én scenariofil",
            field="projects",
        )
    check_portfolio_draws(draws, len(uncertain))
    names = outcome_names()
    if all(payers_of(n) is not None for n in names):
        out = _summed_npvs(sources, names, df, draws, progress)
    else:
        out = _summed_ledgers(sources, names, base.ledger, draws, progress)
    deterministic = base.ledger.discounted[None]
    summaries = {name: summarise(out[name], float(OUTCOMES[name](deterministic)[0]))
                 for name in names}
    return PortfolioMonteCarlo(draws, seed, uncertain, summaries, out)
