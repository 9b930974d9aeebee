"""Markov mode: expected state occupancy from age-dependent annual transition matrices.

Profile mode reads the change in occupancy per participant from two fixed trajectories;
Markov mode computes it: participants start in a state distribution, move each year by
the transition matrix of their age, and the measure changes some transition probabilities
for a period (relative risks, with decay). The occupancy *with* minus *without* the measure
is per participant; the engine then uses the same kernel, ledger and views as in profile
mode, with the effect factor of the kernel set to 1 (see kernel.effect_profile).

Timing convention: ``occ[0]`` is the start distribution at age ``start_age`` (year 0);
the matrix for age ``a`` moves people from year k to k + 1, where ``a = start_age + k``.
Year k's occupancy is ``occ[k]`` (start of the year) or, with half-cycle correction,
``(occ[k] + occ[k + 1]) / 2``. After ``max_age`` occupancy is 0 (people leave the model).

Pure: parameters come through a ParamView, never from files. Everything has a leading
draw axis so Monte Carlo propagates draws × years × states with batched products.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.structure import N_AGES, STATE_INDEX, STATES, parse_age_band
from costbenefit.parameters.dated_view import ParamView

TRANSITIONS_PREFIX = "transitions."
BASELINE = "baseline"
SUM_TOLERANCE = 1e-6
# draws propagated together: a chunk's band matrices (S·S·1024 doubles) stay in cache
CHUNK_DRAWS = 1024


def parameter_file(name: str) -> str:
    """The file a parameter lives in: ``transitions.x.baseline`` is
    ``transitions/x/baseline.yaml`` below the set's root."""
    return name.replace(".", "/") + ".yaml"


def baseline_name(group: str) -> str:
    return f"{TRANSITIONS_PREFIX}{group}.{BASELINE}"


@dataclass(frozen=True)
class TransitionTable:
    """Annual transition matrices by age band: ``matrices[band, from, to]``."""

    name: str
    band_of_age: np.ndarray  # (N_AGES,) band index, -1 where no band covers the age
    matrices: np.ndarray  # (bands, S, S)

    def band_indices(self, first_age: int, last_age: int) -> np.ndarray:
        """Band index for each age first..last; an InputError if one is not covered."""
        idx = self.band_of_age[first_age : last_age + 1]
        if last_age >= N_AGES or (idx < 0).any():
            covered = np.flatnonzero(self.band_of_age >= 0)
            raise InputError(
                f"overgangsmatrisene dekker bare alder {covered.min()}–{covered.max()}, men "
                f"modellen trenger alder {first_age}–{last_age}. Sett markov.max_age lavere, "
                "kort ned horizon_years eller legg til aldersintervaller",
                source=parameter_file(self.name),
            )
        return idx


def _row(name: str, band: str, origin: str, targets: object) -> np.ndarray:
    where = {"source": parameter_file(name), "field": f"{band} · rad {origin}"}
    if not isinstance(targets, dict) or not targets:
        raise InputError("forventet sannsynligheter per tilstand, f.eks. {aap: 0.7, "
                         "disability: 0.3}", **where)
    unknown = sorted(set(map(str, targets)) - set(STATE_INDEX))
    if unknown:
        raise InputError(f"ukjent tilstand {unknown}; gyldige er {', '.join(STATES)}", **where)
    row = np.zeros(len(STATES))
    for state, p in targets.items():
        if not isinstance(p, int | float) or isinstance(p, bool):
            raise InputError(f"sannsynligheten til {state} må være et tall", **where)
        row[STATE_INDEX[state]] = float(p)
    if (row < 0).any():
        bad = [STATES[i] for i in np.flatnonzero(row < 0)]
        raise InputError(f"negativ sannsynlighet til {', '.join(bad)}; bruk tall fra 0 til 1",
                         **where)
    if abs(row.sum() - 1.0) > SUM_TOLERANCE:
        raise InputError(f"raden må summere til 1 (summen er {row.sum():.4f}); rett "
                         "sannsynlighetene", **where)
    return row


def table_from_value(name: str, value: object) -> TransitionTable:
    """Build from ``{'18-19': {'aap': {'aap': 0.8, 'disability': 0.2}, ...}, ...}``.

    Every band must give a row for every state; rows are validated one by one and an
    error names the file, the band and the row.
    """
    source = parameter_file(name)
    if not isinstance(value, dict) or not value:
        raise InputError("forventet aldersintervaller med én rad per tilstand", source=source)
    band_of_age = np.full(N_AGES, -1)
    matrices = []
    for b, (band, rows) in enumerate(value.items()):
        try:
            lo, hi = parse_age_band(str(band))
        except ValueError as exc:
            raise InputError(str(exc), source=source, field=str(band)) from None
        if not isinstance(rows, dict):
            raise InputError("forventet én rad per tilstand", source=source, field=str(band))
        unknown = sorted(set(map(str, rows)) - set(STATE_INDEX))
        if unknown:
            raise InputError(f"ukjent tilstand {unknown}; gyldige er {', '.join(STATES)}",
                             source=source, field=str(band))
        missing = [s for s in STATES if s not in rows]
        if missing:
            raise InputError(f"mangler rad for {', '.join(missing)}; hver tilstand må ha en "
                             "rad (bruk {tilstand: 1.0} for å bli værende)",
                             source=source, field=str(band))
        if (band_of_age[lo : hi + 1] >= 0).any():
            raise InputError("aldersintervallet overlapper et annet", source=source,
                             field=str(band))
        matrices.append(np.stack([_row(name, str(band), s, rows[s]) for s in STATES]))
        band_of_age[lo : hi + 1] = b
    return TransitionTable(name=name, band_of_age=band_of_age, matrices=np.stack(matrices))


def load_table(view: ParamView, name: str) -> TransitionTable:
    if name not in view.pset.parameters:
        have = view.pset.names(TRANSITIONS_PREFIX)
        raise InputError(
            f"fant ikke overgangsmatrisene '{name}'. Tilgjengelige: "
            f"{', '.join(have) or 'ingen'}", field="markov",
        )
    return table_from_value(name, view.plain(name))


def start_vector(shares: dict[str, float]) -> np.ndarray:
    """The start distribution over STATES; must be non-negative and sum to 1."""
    unknown = sorted(set(shares) - set(STATE_INDEX))
    if unknown:
        raise ValueError(f"ukjent tilstand {unknown}; gyldige er {', '.join(STATES)}")
    v = np.zeros(len(STATES))
    for s, p in shares.items():
        v[STATE_INDEX[s]] = p
    if (v < 0).any() or abs(v.sum() - 1.0) > SUM_TOLERANCE:
        raise ValueError(f"startfordelingen må være ikke-negativ og summere til 1 "
                         f"(summen er {v.sum():.4f})")
    return v


def scale_transition(m: np.ndarray, origin: int, target: int, factor: np.ndarray
                     ) -> np.ndarray:
    """Multiply ``m[..., origin, target]`` by `factor` (capped at 1) and rescale the rest of
    the row so it still sums to 1. A row that already goes wholly to `target` is kept."""
    out = m.copy()
    p = m[..., origin, target]
    rest = 1.0 - p
    new = np.where(rest > 0, np.minimum(p * factor, 1.0), p)
    scale = np.where(rest > 0, (1.0 - new) / np.where(rest > 0, rest, 1.0), 1.0)
    out[..., origin, :] = m[..., origin, :] * scale[..., None]
    out[..., origin, target] = new
    return out


def effect_factors(relative_risk: np.ndarray, years: int, decay: float, horizon: int
                   ) -> np.ndarray:
    """Relative risk in each cycle k, ``[draw, k]``: full for `years` cycles, then the
    excess ``rr − 1`` shrinks by the share `decay` each cycle (decay 1 stops it at once)."""
    k = np.arange(horizon)
    weight = np.where(k < years, 1.0, (1.0 - decay) ** np.maximum(k - years + 1, 0))
    return 1.0 + (np.asarray(relative_risk, dtype=float)[:, None] - 1.0) * weight


@dataclass(frozen=True)
class Effect:
    """One changed transition, already resolved to indices and per-draw factors."""

    origin: int
    target: int
    factors: np.ndarray  # (D, K) relative risk per cycle


def propagate(start: np.ndarray, matrices: np.ndarray, cycles: int,
              effects: tuple[Effect, ...] = (), matrix_of_cycle: np.ndarray | None = None
              ) -> np.ndarray:
    """Occupancy at the start of each cycle 0..cycles, ``[draw, k, state]``.

    `matrices` is ``(D, M, S, S)`` or ``(M, S, S)`` (shared by all draws); cycle k uses
    matrix ``matrix_of_cycle[k]`` (default k), so per-draw matrices by age band need not be
    expanded to every year. `start` is ``(D, S)``. An effect changes one row of the matrix,
    so it is added as that row's change times the row's occupancy (:func:`_changed_rows`)
    instead of copying every draw's matrix.

    Speed (issue #19): draws go in chunks of CHUNK_DRAWS so a chunk's matrices and trace
    stay in cache; within a chunk the trace is state-major, ``[k, state, draw]``, and the
    matrices are laid out ``[from, to, draw]`` once per age band, so a cycle is a few
    passes over contiguous draws instead of D tiny 1×S @ S×S products.
    """
    draws, n = start.shape
    if matrices.ndim == 4 and matrices.shape[0] == 1:  # one draw's matrices serve them all
        matrices = matrices[0]
    band_of = [k if matrix_of_cycle is None else int(matrix_of_cycle[k]) for k in range(cycles)]
    occ = np.empty((draws, cycles + 1, n))
    for lo in range(0, draws, CHUNK_DRAWS):
        part = slice(lo, lo + CHUNK_DRAWS)
        mine = tuple(Effect(e.origin, e.target, e.factors[part] if e.factors.shape[0] > 1
                            else e.factors) for e in effects)
        chunk = matrices if matrices.ndim == 3 else matrices[part]
        occ[part] = _trace(start[part], chunk, band_of, mine).transpose(2, 0, 1)
    return occ


def _trace(start: np.ndarray, matrices: np.ndarray, band_of: list[int],
           effects: tuple[Effect, ...]) -> np.ndarray:
    """:func:`propagate` for one chunk of draws, as ``[k, state, draw]``."""
    shared = matrices.ndim == 3
    trace = np.empty((len(band_of) + 1, start.shape[1], start.shape[0]))
    trace[0] = start.T
    band, lay = -1, np.empty((0, 0, 0))
    for k, j in enumerate(band_of):
        if j != band:  # consecutive cycles share an age band's matrix: lay it out once
            band = j
            lay = (matrices[j][:, :, None] if shared
                   else np.ascontiguousarray(matrices[:, j].transpose(1, 2, 0)))
        now, nxt = trace[k], trace[k + 1]
        if shared:
            np.matmul(lay[:, :, 0].T, now, out=nxt)  # [to, from] @ [from, draw]
        else:
            np.einsum("sd,std->td", now, lay, out=nxt)
        for origin, change in _changed_rows(lay, effects, k).items():
            nxt += now[origin] * change
    return trace


def _changed_rows(lay: np.ndarray, effects: tuple[Effect, ...], k: int
                  ) -> dict[int, np.ndarray]:
    """The change ``[to, draw]`` of each row the effects touch in cycle k, applied in order
    as :func:`scale_transition` would apply them to the whole matrix; `lay` is the cycle's
    matrix as ``[from, to, draw]`` (draw 1 if shared). Effects whose factor is exactly 1 in
    every draw change nothing and are skipped (after the effect has worn off)."""
    rows: dict[int, np.ndarray] = {}
    for e in effects:
        factor = e.factors[:, k]
        if (factor == 1.0).all():
            continue
        row = rows.get(e.origin, lay[e.origin])
        rows[e.origin] = _scaled_row(row, e.target, factor)
    return {o: row - lay[o] for o, row in rows.items()}


def _scaled_row(row: np.ndarray, target: int, factor: np.ndarray) -> np.ndarray:
    """:func:`scale_transition` for one row laid out ``[to, draw]``: the same arithmetic,
    so the same numbers, without moving the draws to the front."""
    p = row[target]
    rest = 1.0 - p
    new = np.where(rest > 0, np.minimum(p * factor, 1.0), p)
    scale = np.where(rest > 0, (1.0 - new) / np.where(rest > 0, rest, 1.0), 1.0)
    out = row * scale
    out[target] = new
    return out


def annual_occupancy(occ: np.ndarray, half_cycle: bool, alive: np.ndarray) -> np.ndarray:
    """Occupancy counted in each year ``[draw, k, state]`` from cycle starts ``occ``
    (``K + 1`` of them); zero where ``alive[k]`` is False (beyond max_age). Computed in
    place in one new array: at 10 000 draws the plain formula's temporaries cost nearly as
    much as propagating did before issue #19."""
    if half_cycle:
        year = np.add(occ[:, :-1], occ[:, 1:])
        year *= 0.5
    else:
        year = occ[:, :-1].copy()
    if not alive.all():  # multiplying by 1 changes nothing; skip the pass
        year *= alive[None, :, None]
    return year


def matrices_from_profile(occupancy: np.ndarray) -> np.ndarray:
    """Transition matrices that reproduce a trajectory exactly, moving as few people as
    possible: ``occupancy[k] @ M[k] == occupancy[k + 1]``.

    Everyone in a state that does not shrink stays; the outflow of shrinking states is
    shared among growing states in proportion to their growth. A way to give the reference
    population (or any profile) a Markov form; the equivalence test uses it.
    """
    k_max, n = occupancy.shape[0] - 1, occupancy.shape[1]
    out = np.zeros((k_max, n, n))
    for k in range(k_max):
        p, q = occupancy[k], occupancy[k + 1]
        stay = np.minimum(p, q)
        outflow = p - stay
        inflow = q - stay
        total = inflow.sum()
        for s in range(n):
            if p[s] > 0 and total > 0:
                out[k, s] = outflow[s] / p[s] * (inflow / total)
                out[k, s, s] += stay[s] / p[s]
            elif p[s] > 0:  # nothing grows (beyond rounding): everyone stays
                out[k, s, s] = 1.0
            else:
                out[k, s] = q  # no one is there; any valid row reproduces the trajectory
    return out
