"""Expected persons in each life-course state, with and without the measure, and what a
reader must be told about them.

The check a reader needs: a study's "+9.5 points in work at follow-up" should be +9.5
points in work in the model. Cohorts are shifted copies, as in the kernel: a cohort
starting in year o adds its participants' occupancy from year o on. The warnings point out
a study's control level far from the group's own profile, and more successes than persons
who can move.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.notes import Note
from costbenefit.model.outcomes import outcome_share
from costbenefit.model.prepare import Prepared
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import STATES


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


CONTROL_LEVEL_WARNING = (
    "Uten tiltaket er {without} «{outcome}» (success_rate_without), men målgruppens profil "
    "har {profile} i utfallet det første effektåret (alder {age}). Gevinsten regnes av "
    "forskjellen ({diff} prosentpoeng), så den står seg, men nivåene i tilstandstabellen "
    "følger profilen og ikke studiens kontrollgruppe. Velg en målgruppe som ligner studiens, "
    "eller bruk mode: markov med calibrate."
)
CONTROL_LEVEL_TOLERANCE = 0.05


def _percent_nb(x: float) -> str:
    return f"{100 * x:.1f} %".replace(".", ",")


NEGATIVE_STATES_WARNING = (
    "Med tiltaket blir det færre enn null personer i tilstanden «{state}» i {year}: det er "
    "flere suksesser enn deltakere utenfor utfallet i målgruppens profil. Sjekk at "
    "success_rate_without er andelen som er i utfallet uten tiltaket."
)


def state_warnings(scenario: Scenario, states: StateCounts) -> list[Note]:
    """Point out when the study's control level differs from the group's own share in the
    outcome (the gain rests on the difference, the state table on the profile), and when
    the successes exceed the persons who can move."""
    negative = np.argwhere(states.with_measure < -1e-9)
    out = [Note("negative_states", NEGATIVE_STATES_WARNING, state=STATES[negative[0, 1]],
                year=int(states.years[negative[0, 0]]))] if negative.size else []
    return out + _control_level_warnings(scenario, states)


def _control_level_warnings(scenario: Scenario, states: StateCounts) -> list[Note]:
    iv = scenario.intervention
    first = min(c.year for c in iv.cohorts) - scenario.start_year + iv.lag_years
    if scenario.mode == "markov" or first >= scenario.horizon_years:
        return []
    row = states.without[first]
    total = row.sum()
    share = outcome_share(row / total, iv.success_outcome) if total > 0 else None
    if share is None or abs(share - iv.success_rate_without) <= CONTROL_LEVEL_TOLERANCE:
        return []
    return [Note(
        "control_level", CONTROL_LEVEL_WARNING, without=_percent_nb(iv.success_rate_without),
        outcome=iv.success_outcome, profile=_percent_nb(share),
        age=scenario.start_age + iv.lag_years,
        diff=f"{100 * (iv.success_rate_with - iv.success_rate_without):.1f}".replace(".", ","),
    )]


def expected_states(scenario: Scenario, prep: Prepared, effect: np.ndarray,
                    successes_per_participant: float) -> StateCounts:
    """Persons by state with and without the measure (Markov mode: the model's arms)."""
    return state_counts(scenario, prep.without, effect[:, None] * prep.gap,
                        successes_per_participant)
