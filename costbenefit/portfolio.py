"""A programme as a portfolio of scenarios: budget need by year and payer, combined
returns, and who gains (the basis for gain sharing, *gevinstdeling*, between payers).

Pure: takes evaluated Results and returns a combined ledger on one calendar axis,
discounted from the programme's start year with the programme's own schedule.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from costbenefit.discounting import DiscountSchedule
from costbenefit.engine import Result, discount_schedule, evaluate
from costbenefit.errors import InputError
from costbenefit.ledger import Ledger
from costbenefit.metrics import BudgetMetrics, budget_metrics
from costbenefit.param_view import ParamView, kpi_index
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import Discounting, Scenario
from costbenefit.structure import CATEGORY_INDEX, PAYER_INDEX, PUBLIC_PAYERS


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
    view = ParamView(pset, dt.date(results[0].price_year, 7, 1), kpi_index(pset))
    return combine(spec.name, results, spec.start_year, discount_schedule(spec.discounting, view))
