"""What one success is: the outcome the evidence measured, and the course that follows it.

A study counts a success as an outcome (in work on the register at 12 months, in
education, off benefits, completed upper secondary), not as "became the average person".
``success_outcome`` names it, and one success changes the expected state occupancy by

* a **state outcome** (`employed`, `in_education`, `off_benefits`): ``C[j] − B̃[age]``,
  where ``C[j]`` is the course of a person who reached the outcome, j years after the
  effect starts (``lifecourse.outcome_courses.<outcome>``; year 0 lies wholly in the
  outcome's states), and ``B̃[age]`` the target group's own occupancy outside the outcome,
  renormalised: the participant who, without the measure, would not have been in it. So
  one success is exactly one more person in the outcome in the first effect year;
* **completed upper secondary**: the life course of people who completed
  (``lifecourse.outcome_courses.completed_upper_secondary``, by age) minus that of people
  who did not (``target_groups.vgs_dropout.trajectory``);
* **reference life course** (KS's Utenfor-regnskapet, an explicit choice): the average
  person's life course minus the target group's.

The effect profile (lag, persistence, decay) then says how much of that change is present
each year: persistence is what the studies measure as the difference between the arms.
"""

from __future__ import annotations

from typing import Literal, get_args

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.lifecourse import (
    REFERENCE_GROUP,
    Trajectory,
    load_trajectory,
    profile_gap,
    trajectory_from_value,
)
from costbenefit.model.structure import STATE_INDEX, STATE_LABELS_NB, STATES
from costbenefit.parameters.dated_view import ParamView

SuccessOutcome = Literal["employed", "in_education", "completed_upper_secondary",
                         "off_benefits", "reference_life_course"]
SUCCESS_OUTCOMES: tuple[str, ...] = get_args(SuccessOutcome)
OUTCOME_STATES: dict[str, tuple[str, ...]] = {
    "employed": ("employed",),
    "in_education": ("in_education",),
    "off_benefits": ("employed", "in_education", "unemployed", "neet"),
}
OUTCOME_LABELS_NB = {
    "employed": "i arbeid",
    "in_education": "i utdanning",
    "completed_upper_secondary": "fullført videregående opplæring",
    "off_benefits": "uten stønad (i arbeid, utdanning, ledig eller NEET uten ytelse)",
    "reference_life_course": "løftet til gjennomsnittspersonens livsløp (KS-metoden)",
}
COURSE_PREFIX = "lifecourse.outcome_courses."
NON_COMPLETERS = "vgs_dropout"
MIN_OUTSIDE = 1e-9


def outcome_course(view: ParamView, outcome: str) -> Trajectory:
    """The course of people in `outcome` (by years since the effect starts for a state
    outcome, by age for completed upper secondary), read from the parameter set."""
    name = COURSE_PREFIX + outcome
    if name not in view.pset.parameters:
        raise InputError(
            f"parametersettet mangler forløpet for utfallet «{OUTCOME_LABELS_NB[outcome]}». "
            f"Legg til parameteren {name}, eller velg success_outcome: reference_life_course",
            field="intervention.success_outcome",
        )
    return trajectory_from_value(name, view.pset.get(name).label or outcome, view.plain(name))


def _covered(course: Trajectory, first: int, last: int, what: str) -> None:
    lo, hi = course.covered_ages()
    if lo > first or hi < last or np.isnan(course.occupancy[first : last + 1]).any():
        raise InputError(
            f"forløpet dekker {what} {lo}–{hi}, men scenarioet trenger {first}–{last}. "
            "Utvid forløpet i parameterfilen eller kort ned horizon_years",
            source=course.name,
        )


def state_outcome_gap(view: ParamView, outcome: str, baseline: Trajectory, start_age: int,
                      horizon: int, lag: int) -> np.ndarray:
    """``C[k − lag] − B̃[age_k]`` for a state outcome, ``[k, state]`` (see module doc)."""
    course = outcome_course(view, outcome)
    inside = np.zeros(len(STATES), dtype=bool)
    inside[[STATE_INDEX[s] for s in OUTCOME_STATES[outcome]]] = True
    first = course.occupancy[0]
    if np.isnan(first).any() or abs(first[inside].sum() - 1.0) > 1e-6:
        raise InputError(
            "år 0 i forløpet må ligge helt i utfallets tilstander "
            f"({', '.join(STATE_LABELS_NB[s] for s in OUTCOME_STATES[outcome])}): "
            "en suksess er én person mer i utfallet",
            source=course.name, field="0",
        )
    since = np.maximum(np.arange(horizon) - lag, 0)
    _covered(course, 0, int(since.max()), "år etter suksess")
    without = _occupancy(baseline, start_age, horizon)
    outside = np.where(inside, 0.0, without)
    mass = outside.sum(axis=1, keepdims=True)
    if (mass < MIN_OUTSIDE).any():
        age = start_age + int(np.flatnonzero(mass[:, 0] < MIN_OUTSIDE)[0])
        raise InputError(
            f"målgruppen «{baseline.label}» er allerede i utfallet "
            f"«{OUTCOME_LABELS_NB[outcome]}» ved alder {age}, så ingen kan flyttes dit. "
            "Velg et annet utfall (success_outcome) eller en annen startalder",
            field="intervention.success_outcome",
        )
    return course.occupancy[since] - outside / mass


def success_gap(view: ParamView, group: str, outcome: str, start_age: int, horizon: int,
                lag: int) -> np.ndarray:
    """The change in occupancy of one success at full effect, ``[k, state]``."""
    baseline = load_trajectory(view, group)
    if outcome == "reference_life_course":
        reference = load_trajectory(view, REFERENCE_GROUP)
        return profile_gap(baseline, reference, start_age, horizon)
    if outcome == "completed_upper_secondary":
        completers = outcome_course(view, outcome)
        non_completers = load_trajectory(view, NON_COMPLETERS)
        _occupancy(baseline, start_age, horizon)  # the group covers the ages
        last = start_age + horizon - 1
        first = max(start_age, non_completers.covered_ages()[0])
        _covered(completers, first, last, "alder")
        gap = np.zeros((horizon, len(STATES)))
        if first <= last:
            ages = np.arange(first, last + 1)
            gap[first - start_age :] = (completers.occupancy[ages]
                                        - non_completers.occupancy[ages])
        return gap
    return state_outcome_gap(view, outcome, baseline, start_age, horizon, lag)


def outcome_share(occupancy: np.ndarray, outcome: str) -> float | None:
    """The share of an occupancy row in a state outcome; None for the other outcomes."""
    if outcome not in OUTCOME_STATES:
        return None
    return float(sum(occupancy[STATE_INDEX[s]] for s in OUTCOME_STATES[outcome]))


def _occupancy(traj: Trajectory, start_age: int, horizon: int) -> np.ndarray:
    profile_gap(traj, traj, start_age, horizon)  # a clear error outside the profile
    return traj.occupancy[start_age : start_age + horizon]


def baseline_occupancy(view: ParamView, group: str, start_age: int, horizon: int
                       ) -> np.ndarray:
    """The target group's occupancy per participant without the measure, ``[k, state]``."""
    return _occupancy(load_trajectory(view, group), start_age, horizon)
