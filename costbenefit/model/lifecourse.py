"""Trajectories: the probability of being in each life-course state at each age.

A target group has a baseline trajectory; the reference population (the average person)
has its own. Profile mode moves a successful participant from the one onto the other;
Markov mode computes occupancy from transitions. Both end in the same thing:
the change in expected state occupancy per participant, year by year, which the engine
turns into flows. That is what makes profile mode a special case of one engine.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.structure import N_AGES, STATE_INDEX, STATES, parse_age_band
from costbenefit.parameters.dated_view import ParamView
from costbenefit.parameters.schema import ParameterSet

GROUP_PREFIX = "target_groups."
TRAJECTORY = "trajectory"
REFERENCE_GROUP = "reference_population"
SUM_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Trajectory:
    """Occupancy ``p[age, state]``; rows are NaN at ages the source does not cover."""

    name: str
    label: str
    occupancy: np.ndarray

    def covered_ages(self) -> tuple[int, int]:
        rows = np.flatnonzero(~np.isnan(self.occupancy).any(axis=1))
        return int(rows.min()), int(rows.max())


def trajectory_from_value(name: str, label: str, value: object) -> Trajectory:
    """Build from ``{'16-19': {'employed': 0.2, ...}, ...}``; each band must sum to 1."""
    if not isinstance(value, dict) or not value:
        raise InputError("forventet aldersintervaller med andeler per tilstand", source=name)
    occ = np.full((N_AGES, len(STATES)), np.nan)
    for band, shares in value.items():
        try:
            lo, hi = parse_age_band(str(band))
        except ValueError as exc:
            raise InputError(str(exc), source=name) from None
        if not isinstance(shares, dict):
            raise InputError("forventet andeler per tilstand", source=name, field=str(band))
        unknown = set(shares) - set(STATE_INDEX)
        if unknown:
            raise InputError(
                f"ukjent tilstand {sorted(unknown)}; gyldige er {', '.join(STATES)}",
                source=name, field=str(band),
            )
        row = np.zeros(len(STATES))
        for state, share in shares.items():
            row[STATE_INDEX[state]] = float(share)
        if (row < 0).any() or abs(row.sum() - 1.0) > SUM_TOLERANCE:
            raise InputError(
                f"andelene må være ikke-negative og summere til 1 (summen er {row.sum():.4f})",
                source=name, field=str(band),
            )
        occ[lo : hi + 1] = row
    return Trajectory(name=name, label=label, occupancy=occ)


def target_groups(pset: ParameterSet) -> list[str]:
    """Ids of the target groups in the set (the reference population excluded)."""
    suffix = "." + TRAJECTORY
    return sorted(
        n[len(GROUP_PREFIX) : -len(suffix)]
        for n in pset.names(GROUP_PREFIX)
        if n.endswith(suffix) and n != f"{GROUP_PREFIX}{REFERENCE_GROUP}{suffix}"
    )


def group_label(pset: ParameterSet, group: str) -> str:
    """The target group's Norwegian name (its trajectory's label), else its id."""
    name = f"{GROUP_PREFIX}{group}.{TRAJECTORY}"
    return (pset.get(name).label if name in pset.parameters else None) or group


def load_trajectory(view: ParamView, group: str) -> Trajectory:
    name = f"{GROUP_PREFIX}{group}.{TRAJECTORY}"
    if name not in view.pset.parameters:
        raise InputError(
            f"ukjent målgruppe '{group}'. Velg en av: {', '.join(target_groups(view.pset))}",
            field="target_group",
        )
    return trajectory_from_value(name, group_label(view.pset, group), view.plain(name))


def effect_weights(horizon: int, lag: int, persistence: int | None, decay: float) -> np.ndarray:
    """Share of the effect present k years after start: 0 before the lag, then
    (1 - decay)^(k - lag) for `persistence` years (for ever when None), then 0."""
    keep = np.asarray(1.0 - np.asarray(decay, dtype=float))
    steps = np.array(np.broadcast_to(keep, (*keep.shape[:-1], horizon) if keep.ndim else
                                     (horizon,)))
    steps[..., 0] = 1.0
    powers = np.cumprod(steps, axis=-1)  # (1 - decay)^j by repeated products, not pow
    w = np.zeros_like(powers)
    end = horizon if persistence is None else min(horizon, lag + persistence)
    if end > lag:
        w[..., lag:end] = powers[..., : end - lag]
    return w


def profile_gap(baseline: Trajectory, reference: Trajectory, start_age: int,
                horizon: int) -> np.ndarray:
    """``reference - baseline`` occupancy at ages start_age .. start_age + horizon - 1."""
    last = start_age + horizon - 1
    for traj in (baseline, reference):
        lo, hi = traj.covered_ages()
        if not lo <= start_age <= hi:
            raise InputError(
                f"startalderen {start_age} ligger utenfor profilen '{traj.name}', som dekker "
                f"alder {lo}–{hi}. Velg en startalder mellom {lo} og {hi}",
                field="start_age",
            )
        if last > hi:
            raise InputError(
                f"analyseperioden går til alder {last}, men profilen '{traj.name}' dekker "
                f"bare alder {lo}–{hi}. Kort ned horizon_years til høyst {hi - start_age + 1} "
                f"eller velg en startalder mellom {lo} og {hi}",
                field="horizon_years",
            )
    ages = np.arange(start_age, last + 1)
    return reference.occupancy[ages] - baseline.occupancy[ages]
