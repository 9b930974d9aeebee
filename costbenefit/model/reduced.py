"""The reduced path: payer NPVs straight from one success's flows, without the ledger.

Every NPV is linear in the ledger, so Monte Carlo's built-in outcomes project the flows
of a success onto the payers first and shift cohorts in the discount weights instead of
the amounts. Exact algebra, tested equal to summing the full ledger.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.kernel import KernelInputs, add_society_rows, measure_amounts
from costbenefit.model.prepare import Prepared
from costbenefit.model.scenario import Scenario
from costbenefit.model.societal import within_analysis_period
from costbenefit.model.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PAYERS


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


def npv_map(scenario: Scenario, prep: Prepared, payers: tuple[str, ...],
            discount: np.ndarray | None = None) -> NpvMap:
    """The :class:`NpvMap` for `payers`. The society rows are linear in the public and
    person rows and the same in every year, and the analysis period only weights years,
    so both parts are read off by feeding unit amounts through them. `discount` replaces
    the scenario's discount factors in the final discounting (a programme discounts every
    project from its own start); the residual value keeps the scenario's."""
    cells = len(PAYERS) * len(CATEGORIES)
    unit_cells = np.eye(cells).reshape(cells, 1, len(PAYERS), len(CATEGORIES))
    rows = add_society_rows(unit_cells, scenario, prep)[:, 0].sum(axis=-1)  # (cells, P)
    own = prep.discount_factors
    df = own if discount is None else discount
    unit_years = np.zeros((df.size, df.size, len(CATEGORIES)))
    unit_years[np.arange(df.size), np.arange(df.size), 0] = 1.0
    society_weights = within_analysis_period(
        unit_years, own, prep.analysis_years, scenario.societal.residual_value).sum(axis=-1) @ df
    index = [PAYER_INDEX[p] for p in payers]
    weights = np.array([society_weights if p == "society" else df for p in payers])
    return NpvMap(payers, rows[:, index], weights)


def project_cells(flows: np.ndarray, projection: np.ndarray) -> np.ndarray:
    """Flows ``[..., payer, category]`` projected onto the NPV map's payers ``[..., q]``."""
    return flows.reshape(*flows.shape[:-2], -1) @ projection


def _weighted(profile: np.ndarray, per_year: np.ndarray) -> np.ndarray:
    """``Σ_k profile[d, k] · per_year[k, q]``, row by row in einsum's own loops (BLAS sums a
    row differently depending on how many rows there are), with k contiguous."""
    return np.einsum("dk,qk->dq", profile, np.ascontiguousarray(per_year.T), optimize=False)


def payer_npvs(scenario: Scenario, inputs: KernelInputs, effect: np.ndarray,
               flows: np.ndarray, npvs: NpvMap, growth: np.ndarray,
               per_participant: np.ndarray | None = None,
               terms: tuple[tuple[np.ndarray, np.ndarray], ...] = ()) -> np.ndarray:
    """NPVs ``[draw, q]`` of the ledger that :func:`~costbenefit.model.kernel.ledger_amounts`
    and :func:`~costbenefit.model.kernel.add_society_rows` would build, without building it.

    All NPVs are linear in the ledger (:class:`NpvMap`), so the flows of a success are
    projected onto the payers first (`flows`, ``project_cells(success flows)``,
    ``[(draw,) k, q]``), and a cohort starting in year o adds
    ``n · effect · Σ_k effect_profile[k] · flows[k, q] · weights[q, k + o] · growth[k + o]``:
    the cohort shift (and the calendar year's real wage growth) moves from the amounts to
    the weights. Flows that are the same for every draw are one product
    ``effect_profile @ (flows · weights)`` per cohort; flows linear in drawn parameters
    come as `terms`, ``(coefficient [draw], slope [k, q])`` added to `flows`, each its own
    product, so the ``[draw, k, q]`` array is never built. A reform's flows per participant
    (`per_participant`, ``[k, payer, category]``) add ``n · Σ_k projected[k, q] ·
    weights[q, k + o] · growth[k + o]``. Per draw the arithmetic does not depend on how
    many draws there are, so a draw at the base values gives the same bits as one draw
    alone (:func:`_weighted`).
    """
    horizon = scenario.horizon_years
    draws = inputs.success_rate_with.shape[0]
    w = npvs.weights
    grown = w * growth[None, :]
    factor = (inputs.success_rate_with - inputs.success_rate_without) * inputs.attribution
    total = np.zeros((draws, len(npvs.payers)))
    rule = None if per_participant is None else project_cells(per_participant,
                                                               npvs.projection).T  # (Q, K)
    for i, cohort in enumerate(scenario.intervention.cohorts):
        o = cohort.year - scenario.start_year
        h = horizon - o
        shifted = grown[:, o:].T  # (h, Q)
        profile = effect[..., :h]
        profile = np.broadcast_to(profile, (draws, h))
        if flows.ndim == 2:
            pv = _weighted(profile, flows[:h] * shifted)
        else:
            pv = np.einsum("dk,dkq,kq->dq", profile, flows[:, :h], shifted, optimize=False)
        for coefficient, slope in terms:
            pv += coefficient[:, None] * _weighted(profile, slope[:h] * shifted)
        total += (inputs.participants[:, i] * factor)[:, None] * pv
        if rule is not None:
            fixed = (rule[:, :h] * grown[:, o:]).sum(axis=-1)  # (Q,)
            total += inputs.participants[:, i][:, None] * fixed[None, :]
    years, measure = measure_amounts(scenario, inputs)  # (D, years, P)
    to_q = npvs.projection.reshape(len(PAYERS), len(CATEGORIES), -1)[:, CATEGORY_INDEX["measure"]]
    weights = w[:, years, None] * to_q.T[:, None, :]  # (Q, years, P)
    total += (measure.reshape(draws, 1, -1) * weights.reshape(len(npvs.payers), -1)).sum(axis=-1)
    return total
