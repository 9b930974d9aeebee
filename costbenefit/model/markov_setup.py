"""Markov mode wired to a scenario: the per-participant occupancy change, with − without.

Reads the transition matrices through a ParamView and resolves the scenario's
`markov:` options into arrays once (:class:`MarkovSetup`); :meth:`MarkovSetup.change`
then propagates any number of draws at once (relative risks and baseline multipliers
per draw), so evaluate and Monte Carlo share one path.

With `markov.calibrate` the calibration (model/markov_calibration.py) is solved here,
once, at the base values: the multiplier is built into both arms' matrices for the
follow-up cycles, and the relative risk becomes the last of :attr:`MarkovSetup.effects`.
Monte Carlo then varies the calibrated arms: a drawn relative risk or transition
multiplier moves them away from the study's levels, which is the uncertainty drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.markov import (
    Effect,
    annual_occupancy,
    baseline_name,
    effect_factors,
    load_table,
    propagate,
    scale_transition,
    start_vector,
)
from costbenefit.model.markov_calibration import Calibration, Study, calibrate
from costbenefit.model.scenario import Scenario
from costbenefit.model.scenario_markov import MarkovOptions
from costbenefit.model.structure import STATE_INDEX, STATES
from costbenefit.parameters.dated_view import ParamView

Transition = tuple[int, int]  # (from, to) state indices
Effects = tuple[tuple[Transition, float, int, float], ...]  # ((f, t), rr, years, decay)


@dataclass(frozen=True)
class MarkovSetup:
    """Everything Markov mode needs from the scenario and the parameter set, as arrays."""

    start: np.ndarray  # (S,)
    without: np.ndarray  # (K, S, S) baseline matrix of each cycle (calibrated, if asked)
    with_measure: np.ndarray  # (K, S, S) before transition effects
    effects: Effects
    alive: np.ndarray  # (K,) False beyond max_age
    half_cycle: bool
    calibration: Calibration | None = None  # the calibrated effect is effects[-1]

    @property
    def cycles(self) -> int:
        return self.alive.shape[0]

    def change(self, draws: int = 1, relative_risks: np.ndarray | None = None,
               multipliers: dict[Transition, np.ndarray] | None = None) -> np.ndarray:
        """Occupancy with minus without the measure per participant, ``[draw, k, state]``.

        `relative_risks` ``(D, effects)`` replaces the effects' relative risks per draw;
        `multipliers` scales baseline transitions per draw (both matrix sets, rows
        renormalised), for Monte Carlo over the transition probabilities.
        """
        occ_without, occ_with = self.arms(draws, relative_risks, multipliers)
        return (annual_occupancy(occ_with, self.half_cycle, self.alive)
                - annual_occupancy(occ_without, self.half_cycle, self.alive))

    def arms(self, draws: int = 1, relative_risks: np.ndarray | None = None,
             multipliers: dict[Transition, np.ndarray] | None = None
             ) -> tuple[np.ndarray, np.ndarray]:
        """Occupancy at the start of each cycle 0 … K without and with the measure,
        ``[draw, k, state]`` each (the trace; ``[:, F]`` is the level at follow-up F)."""
        k = self.cycles
        without, with_measure = self.without, self.with_measure
        for (f, t), m in (multipliers or {}).items():
            factor = np.asarray(m, dtype=float)[:, None]
            without = scale_transition(np.broadcast_to(without, (draws, *without.shape)),
                                       f, t, factor)
            with_measure = scale_transition(
                np.broadcast_to(with_measure, (draws, *with_measure.shape)), f, t, factor)
        rr = relative_risks if relative_risks is not None else np.tile(
            [e[1] for e in self.effects], (draws, 1))
        effects = tuple(
            Effect(f, t, effect_factors(rr[:, i], years, decay, k))
            for i, ((f, t), _, years, decay) in enumerate(self.effects)
        )
        start = np.broadcast_to(self.start, (draws, self.start.shape[0]))
        return propagate(start, without, k), propagate(start, with_measure, k, effects)


def _cycle_matrices(view: ParamView, name: str, start_age: int, last_age: int,
                    cycles: int) -> np.ndarray:
    table = load_table(view, name)
    bands = table.band_indices(start_age, last_age)
    out = np.broadcast_to(np.eye(len(STATES)), (cycles, len(STATES), len(STATES))).copy()
    out[: bands.shape[0]] = table.matrices[bands]
    return out


def _calibrated(opts: MarkovOptions, start: np.ndarray, without: np.ndarray,
                effects: Effects, modelled_cycles: int
                ) -> tuple[np.ndarray, Effects, Calibration]:
    """The baseline with the calibrated multiplier in the follow-up cycles, the effects
    with the calibrated relative risk appended, and the calibration."""
    cal = opts.calibrate
    assert cal is not None
    follow_up = cal.follow_up_years
    if follow_up > modelled_cycles:
        raise InputError(
            f"markov.calibrate.follow_up_years = {follow_up}, men modellen følger deltakerne "
            f"bare {modelled_cycles} år (horizon_years og markov.max_age). Forkort "
            "oppfølgingstiden eller forleng horisonten", field="markov.calibrate.follow_up_years")
    origin, target = STATE_INDEX[cal.transition.origin], STATE_INDEX[cal.transition.target]
    others = tuple(Effect(f, t, effect_factors(np.array([rr]), years, decay, follow_up))
                   for (f, t), rr, years, decay in effects)
    study = Study(start=start, matrices=without[:follow_up], state=STATE_INDEX[cal.state],
                  origin=origin, target=target, effects=others)
    result = calibrate(study, cal.control, cal.treatment, STATES)
    factor = np.where(np.arange(without.shape[0]) < follow_up, result.multiplier, 1.0)
    calibrated = scale_transition(without, origin, target, factor)
    effect = ((origin, target), result.relative_risk, cal.effect_years, cal.decay)
    return calibrated, (*effects, effect), result


def markov_setup(scenario: Scenario, view: ParamView) -> MarkovSetup:
    opts = scenario.markov
    assert opts is not None  # Scenario validation guarantees it in markov mode
    k = scenario.horizon_years
    max_age = opts.max_age if opts.max_age is not None else scenario.start_age + k - 1
    if max_age < scenario.start_age:
        raise InputError(f"markov.max_age = {max_age} er lavere enn start_age = "
                         f"{scenario.start_age}", field="markov.max_age")
    last = min(scenario.start_age + k - 1, max_age)
    base = opts.transitions or baseline_name(scenario.target_group)
    without = _cycle_matrices(view, base, scenario.start_age, last, k)
    with_measure = (without if opts.with_measure is None else
                    _cycle_matrices(view, opts.with_measure, scenario.start_age, last, k))
    start = start_vector(opts.start)
    effects: Effects = tuple(((STATE_INDEX[e.origin], STATE_INDEX[e.target]), e.relative_risk,
                              e.years, e.decay) for e in opts.transition_effects)
    calibration = None
    if opts.calibrate is not None:  # with_measure is then None (scenario validation)
        without, effects, calibration = _calibrated(opts, start, without, effects,
                                                    last - scenario.start_age + 1)
        with_measure = without
    return MarkovSetup(
        start=start,
        without=without,
        with_measure=with_measure,
        effects=effects,
        alive=scenario.start_age + np.arange(k) <= max_age,
        half_cycle=opts.half_cycle_correction,
        calibration=calibration,
    )
