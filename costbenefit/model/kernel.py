"""The kernel: ledger amounts ``[draw, year, payer, category]`` for any number of draws.

``evaluate`` runs it on one draw (the scenario as written); Monte Carlo and sensitivity on
many. One success's flows are spread over the years by the effect profile (lag,
persistence, decay), cohorts are shifted copies, the measure's own cash flows go in the
`measure` category, and society's rows are derived from the public and person rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.lifecourse import effect_weights
from costbenefit.model.prepare import Prepared
from costbenefit.model.scenario import Scenario
from costbenefit.model.societal import society_rows, within_analysis_period
from costbenefit.model.structure import (
    CATEGORY_INDEX,
    FUNDING_PAYERS,
    PAYER_INDEX,
    PAYERS,
)


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
    cost_per_participant_year: np.ndarray  # (D, public payers) in FUNDING_PAYERS order
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
            cost_per_participant_year=rep([cost[p] for p in FUNDING_PAYERS]),
            transfer_per_participant_year=rep([transfer[p] for p in FUNDING_PAYERS]),
            fixed_costs=rep([f.amount for f in iv.fixed_costs]),
        )


def ledger_amounts(scenario: Scenario, inputs: KernelInputs, per_success: np.ndarray,
                   growth: np.ndarray, per_participant: np.ndarray | None = None
                   ) -> np.ndarray:
    """The kernel: ledger amounts ``[draw, year, payer, category]`` for every draw.

    ``per_success[draw, k, payer, category]`` is the gain of one success k years after
    its start (``effect_profile`` × ``Prepared.success_flows``) at the rules year's wages;
    cohorts are shifted copies of it (:func:`cohort_sum`), and each calendar year's gains
    are scaled by the real wage growth index ``growth[year]`` (``Prepared.growth``). A
    reform's flows per participant (``Prepared.reform``, ``[k, payer, category]``) are
    shifted the same way, times the participants. The measure's own cash flows
    (:func:`measure_amounts`) go in the `measure` category, in the user's kroner.
    """
    amount = cohort_sum(scenario, inputs, per_success, per_participant)
    amount *= growth[None, :, None, None]
    years, measure = measure_amounts(scenario, inputs)
    amount[..., CATEGORY_INDEX["measure"]][:, years] += measure
    return amount


def cohort_sum(scenario: Scenario, inputs: KernelInputs, per_success: np.ndarray,
               per_participant: np.ndarray | None = None) -> np.ndarray:
    """``Σ_cohorts`` of the gains of one success (``[draw, k, …]``) times the cohort's
    successes, and of a reform's flows per participant (``[k, …]``) times its
    participants, each shifted to the cohort's start: ``[draw, year, …]``."""
    horizon = scenario.horizon_years
    draws = inputs.success_rate_with.shape[0]
    cells = per_success.shape[2:]
    effect = (inputs.success_rate_with - inputs.success_rate_without) * inputs.attribution
    amount = np.zeros((draws, horizon, *cells))
    # Cohorts are shifted copies of per_success. Work on (draw, year·cell) views so
    # numpy's inner loops run over whole rows, in place in one scratch buffer.
    cell = int(np.prod(cells))
    flat = amount.reshape(draws, horizon * cell)
    gain = np.ascontiguousarray(np.broadcast_to(per_success, (draws, horizon, *cells)))
    gain = gain.reshape(draws, horizon * cell)
    scratch = np.empty_like(gain)
    for i, cohort in enumerate(scenario.intervention.cohorts):
        o = cohort.year - scenario.start_year
        n = inputs.participants[:, i]
        part = scratch[:, : (horizon - o) * cell]
        np.multiply((n * effect)[:, None], gain[:, : (horizon - o) * cell], out=part)
        flat[:, o * cell :] += part
        if per_participant is not None:
            amount[:, o:] += (n.reshape(-1, *(1,) * (1 + len(cells)))
                              * per_participant[None, : horizon - o])
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
    years = np.array(sorted({*(t for o, end in spans for t in range(o, end)),
                             *(f.year - scenario.start_year for f in iv.fixed_costs)}), int)
    out = np.zeros((inputs.success_rate_with.shape[0], years.size, len(PAYERS)))
    person = PAYER_INDEX["person"]
    for i, (o, end) in enumerate(spans):
        first = int(np.searchsorted(years, o))
        span = slice(first, first + end - o)  # every year of the span is in `years`
        n = inputs.participants[:, i]
        for j, payer in enumerate(FUNDING_PAYERS):
            cost = n * inputs.cost_per_participant_year[:, j]
            out[:, span, PAYER_INDEX[payer]] -= cost[:, None]
            cash = n * inputs.transfer_per_participant_year[:, j]
            out[:, span, PAYER_INDEX[payer]] -= cash[:, None]
            out[:, span, person] += cash[:, None]
    for k, fixed in enumerate(iv.fixed_costs):
        y = int(np.searchsorted(years, fixed.year - scenario.start_year))
        out[:, y, PAYER_INDEX[fixed.payer]] -= inputs.fixed_costs[:, k]
    return years, out


def add_society_rows(amount: np.ndarray, scenario: Scenario, prep: Prepared) -> np.ndarray:
    """Fill the `society` rows of ledger amounts ``[..., year, payer, category]`` in place."""
    rows = society_rows(amount, prep.labour_cost_factor, prep.tax_financing_rate)
    amount[..., PAYER_INDEX["society"], :] = within_analysis_period(
        rows, prep.discount_factors, prep.analysis_years, scenario.societal.residual_value)
    return amount


