"""Calibrating Markov mode to a study: the arms reproduce the study's outcome levels.

A trial reports the share in an outcome state at follow-up in each arm (Reme et al. 2019:
36.6 % in work with IPS, 27.1 % without, at 12 months). Baseline transition matrices are
seldom made for the trial's population, so the control arm would not reproduce 27.1 %.
Calibration fixes that in two steps, on one transition ``from → to``:

1. the **multiplier** m on the baseline probability ``from → to`` such that the arm
   without the measure has the study's control share in the outcome state at follow-up;
2. the **relative risk** r on the same transition, on top of m, such that the arm with
   the measure has the study's treatment share.

Semantics (scenario_markov.CalibrationOptions is the user-facing side):

- *Follow-up* is a whole number of annual cycles F (12 months = 1; 18 months cannot be a
  target). "At 12 months" is the point-in-time share after F transitions, ``occ[F]`` in
  :func:`~costbenefit.model.markov.propagate` (the start of year F): a register count on a
  date is a point-in-time share. The half-cycle correction changes only how the model
  *counts* a year (the average of its two ends), not the trace, so the calibration is the
  same with and without it; the corrected year rows are then year averages, not the
  follow-up level.
- m applies in cycles ``0 … F − 1`` in **both** arms (the measure arm is the control arm
  plus the measure); from cycle F the baseline matrices apply, since the study says
  nothing about later years. Rows are renormalised as in
  :func:`~costbenefit.model.markov.scale_transition`.
- r applies on top of m in cycles ``0 … F − 1`` and, after follow-up, on the baseline
  transition with the ``years``/``decay`` rules of a transition effect (``years ≥ F``).
  The scenario's other transition effects act in the measure arm while r is solved.
- Solving: the share at follow-up need not be monotone in the factor when F > 1, so the
  factor range ``[0, upper]`` is scanned on a grid (``upper`` = 100, or less where the
  largest factor already makes the transition certain in every cycle), the first grid
  interval whose ends straddle the target is bisected, and the smallest factor that hits
  is returned (a target that only touches a peak or trough between grid points is found
  by a golden-section search there). A target outside the values the factor can give
  cannot be reached: an InputError names the field, the reachable range and the fix.

Pure: arrays in, numbers out; no files, no printing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.markov import Effect, propagate, scale_transition

MAX_FACTOR = 100.0  # a sane bracket for a multiplier or a relative risk
GRID_POINTS = 1001
BISECTION_STEPS = 200
TOLERANCE = 1e-3  # the largest accepted |model − target| (the issue asks for one point)
FIELD = "markov.calibrate"


@dataclass(frozen=True)
class Calibration:
    """The calibrated factors and the levels the model reaches with them (shares)."""

    state: str
    follow_up: int  # cycles (years); the level is the occupancy after this many transitions
    origin: str
    target: str
    control_target: float
    control_model: float
    treatment_target: float
    treatment_model: float
    multiplier: float  # on the baseline transition in the follow-up cycles, both arms
    relative_risk: float  # on the calibrated transition, measure arm


@dataclass(frozen=True)
class Study:
    """What the calibration needs: the start, the baseline matrix of each follow-up cycle,
    the indices of the outcome state and of the transition, and the other effects."""

    start: np.ndarray  # (S,)
    matrices: np.ndarray  # (F, S, S) baseline matrices of cycles 0 … F − 1
    state: int
    origin: int
    target: int
    effects: tuple[Effect, ...] = ()  # the measure's other effects, factors (1, ≥ F)

    @property
    def follow_up(self) -> int:
        return self.matrices.shape[0]

    def _share(self, matrices: np.ndarray, effects: tuple[Effect, ...]) -> np.ndarray:
        draws = matrices.shape[0]
        start = np.broadcast_to(self.start, (draws, self.start.shape[0]))
        return propagate(start, matrices, self.follow_up, effects)[:, -1, self.state]

    def scaled(self, factors: np.ndarray) -> np.ndarray:
        """The follow-up matrices with ``from → to`` times each factor, ``(D, F, S, S)``."""
        factors = np.asarray(factors, dtype=float)
        stacked = np.broadcast_to(self.matrices, (factors.shape[0], *self.matrices.shape))
        return scale_transition(stacked, self.origin, self.target, factors[:, None])

    def control(self, multipliers: np.ndarray) -> np.ndarray:
        """Share in the outcome state at follow-up without the measure, per multiplier."""
        return self._share(self.scaled(multipliers), ())

    def treatment(self, multiplier: float, relative_risks: np.ndarray) -> np.ndarray:
        """Share at follow-up with the measure, per relative risk (after the other effects,
        as :meth:`MarkovSetup.change` applies them)."""
        rr = np.asarray(relative_risks, dtype=float)
        draws, f = rr.shape[0], self.follow_up
        others = tuple(Effect(e.origin, e.target, np.broadcast_to(e.factors[:, :f], (draws, f)))
                       for e in self.effects)
        mine = Effect(self.origin, self.target, np.broadcast_to(rr[:, None], (draws, f)))
        return self._share(self.scaled(np.full(draws, multiplier)), (*others, mine))


def factor_bound(probabilities: np.ndarray) -> float:
    """The largest factor worth trying: beyond ``1 / p`` for the smallest positive p the
    transition is certain in every cycle and nothing changes; never above MAX_FACTOR."""
    positive = probabilities[probabilities > 0]
    if positive.size == 0:
        return MAX_FACTOR
    return float(min(MAX_FACTOR, 1.0 / positive.min()))


class Solution(NamedTuple):
    """A solved factor (None when the target is out of reach), the share it gives, and the
    lowest and highest shares on the grid."""

    factor: float | None
    share: float
    low: float
    high: float


def solve(share: Callable[[np.ndarray], np.ndarray], goal: float, upper: float) -> Solution:
    """The smallest factor in ``[0, upper]`` whose share is `goal` (grid, then bisection of
    the first interval that straddles it; see the module docstring)."""
    grid = np.linspace(0.0, upper, GRID_POINTS)
    values = share(grid)
    low, high = float(values.min()), float(values.max())
    miss = values - goal
    hits = np.flatnonzero(np.abs(miss) <= 1e-12)
    crossings = np.flatnonzero(np.sign(miss[:-1]) * np.sign(miss[1:]) < 0)
    if hits.size == 0 and crossings.size == 0:
        return _touch(share, goal, grid, miss, low, high)
    if hits.size and (crossings.size == 0 or hits[0] <= crossings[0]):
        return Solution(float(grid[hits[0]]), float(values[hits[0]]), low, high)
    lo, hi = float(grid[crossings[0]]), float(grid[crossings[0] + 1])
    lo_miss = float(miss[crossings[0]])
    mid, mid_miss = lo, lo_miss
    for _ in range(BISECTION_STEPS):
        mid = 0.5 * (lo + hi)
        mid_miss = float(share(np.array([mid]))[0] - goal)
        if mid_miss == 0.0 or hi - lo <= 4 * np.finfo(float).eps * max(1.0, hi):
            break
        if (mid_miss < 0) == (lo_miss < 0):
            lo, lo_miss = mid, mid_miss
        else:
            hi = mid
    return Solution(mid, mid_miss + goal, low, high)


def _touch(share: Callable[[np.ndarray], np.ndarray], goal: float, grid: np.ndarray,
           miss: np.ndarray, low: float, high: float) -> Solution:
    """No grid interval straddles `goal`, but it may touch a peak or trough between two
    grid points: search the closest point's neighbourhood (golden section on the miss)
    and accept it within TOLERANCE."""
    i = int(np.argmin(np.abs(miss)))
    a, b = float(grid[max(i - 1, 0)]), float(grid[min(i + 1, grid.shape[0] - 1)])

    def gap(x: float) -> float:
        return abs(float(share(np.array([x]))[0]) - goal)

    ratio = (np.sqrt(5.0) - 1.0) / 2.0
    for _ in range(BISECTION_STEPS // 2):
        c, d = b - ratio * (b - a), a + ratio * (b - a)
        if gap(c) <= gap(d):
            b = d
        else:
            a = c
    x = 0.5 * (a + b)
    got = float(share(np.array([x]))[0])
    if abs(got - goal) <= TOLERANCE:
        return Solution(x, got, min(low, got), max(high, got))
    return Solution(None, float("nan"), low, high)


def _percent(x: float) -> str:
    return f"{100 * x:.1f} %".replace(".", ",")


def _number(x: float) -> str:
    return f"{x:.3g}".replace(".", ",")


def _check_reached(field: str, goal: float, got: float) -> None:
    if abs(got - goal) > TOLERANCE:  # a jump in the share; not expected from these matrices
        raise InputError(f"kalibreringen nådde bare {_percent(got)} mot målet "
                         f"{_percent(goal)}; prøv en annen overgang eller oppfølgingstid",
                         field=field)


def calibrate(study: Study, control: float, treatment: float, names: Sequence[str]
              ) -> Calibration:
    """Solve the multiplier for `control`, then the relative risk for `treatment`.

    `names` are the state names, for the result and the error messages.
    """
    state, origin, target = (names[i] for i in (study.state, study.origin, study.target))
    move = f"{origin} → {target}"
    share = f"andelen i {state} etter {study.follow_up} år"
    p = study.matrices[:, study.origin, study.target]
    if not (p > 0).any():
        raise InputError(f"overgangen {move} er 0 i grunnlagsmatrisene i alle "
                         "oppfølgingsårene, så en multiplikator kan ikke endre den. Velg en "
                         "overgang som ikke er 0", field=f"{FIELD}.transition")
    upper = factor_bound(p)
    found = solve(study.control, control, upper)
    if found.factor is None:
        raise InputError(
            f"kontrollandelen {_percent(control)} kan ikke nås: uten tiltaket kan {share} "
            f"bare bli fra {_percent(found.low)} til {_percent(found.high)} (multiplikator "
            f"0–{_number(upper)} på overgangen {move}). Velg en kontrollandel i dette "
            "intervallet, en annen overgang (markov.calibrate.transition) eller en annen "
            "oppfølgingstid (markov.calibrate.follow_up_years)", field=f"{FIELD}.control")
    _check_reached(f"{FIELD}.control", control, found.share)
    multiplier, control_model = float(found.factor), found.share

    upper = factor_bound(np.minimum(p * multiplier, 1.0))
    found = solve(lambda rr: study.treatment(multiplier, rr), treatment, upper)
    if found.factor is None:
        below = (" Relativ risiko kan ikke være negativ, så tiltaksandelen må være minst "
                 f"{_percent(found.low)}." if treatment < found.low else "")
        raise InputError(
            f"tiltaksandelen {_percent(treatment)} kan ikke nås: med kontrollarmen kalibrert "
            f"(multiplikator {_number(multiplier)}) kan {share} med tiltaket bare bli fra "
            f"{_percent(found.low)} til {_percent(found.high)} (relativ risiko "
            f"0–{_number(upper)} på overgangen {move}).{below} Velg en tiltaksandel i dette "
            "intervallet eller en annen overgang (markov.calibrate.transition)",
            field=f"{FIELD}.treatment")
    _check_reached(f"{FIELD}.treatment", treatment, found.share)
    return Calibration(
        state=state, follow_up=study.follow_up, origin=origin, target=target,
        control_target=control, control_model=control_model,
        treatment_target=treatment, treatment_model=found.share,
        multiplier=multiplier, relative_risk=float(found.factor),
    )
