"""Expected persons in each life-course state, with and without the measure.

The check a reader needs: a study's "+9.5 points in work at follow-up" should be +9.5
points in work in the model. Cohorts are shifted copies, as in the kernel: a cohort
starting in year o adds its participants' occupancy from year o on.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.scenario import Scenario


@dataclass(frozen=True)
class StateCounts:
    """``without[k, state]`` and ``with_measure[k, state]``: expected persons, all cohorts."""

    years: np.ndarray  # (K,) calendar years
    without: np.ndarray  # (K, S)
    with_measure: np.ndarray  # (K, S)


def shifted_sum(scenario: Scenario, per_person: np.ndarray, weights: list[float]
                ) -> np.ndarray:
    """``Σ_c weights[c] · per_person[k − o_c]`` for ``k ≥ o_c``, ``[k, state]``."""
    horizon = scenario.horizon_years
    out = np.zeros((horizon, per_person.shape[1]))
    for cohort, w in zip(scenario.intervention.cohorts, weights, strict=True):
        o = cohort.year - scenario.start_year
        out[o:] += w * per_person[: horizon - o]
    return out


def state_counts(scenario: Scenario, without_per_participant: np.ndarray,
                 change_per_success: np.ndarray, successes_per_participant: float
                 ) -> StateCounts:
    """Persons by state: participants × the group's occupancy without the measure, plus
    successes × the occupancy change of one success (effect profile included)."""
    cohorts = scenario.intervention.cohorts
    without = shifted_sum(scenario, without_per_participant, [c.participants for c in cohorts])
    change = shifted_sum(scenario, change_per_success,
                         [c.participants * successes_per_participant for c in cohorts])
    return StateCounts(years=scenario.start_year + np.arange(scenario.horizon_years),
                       without=without, with_measure=without + change)
