"""Markov propagation against a plain reference: one draw at a time, the effects applied to
the whole matrix with scale_transition, then an ordinary vector–matrix product.

propagate is laid out for speed (issue #19: draws in chunks, state-major trace, effects
as row corrections, rows with factor 1 skipped); these tests keep it the same model.
Occupancies are shares of at most 1, so the bound is 1e-12 relative with an absolute
floor of 1e-14 (a row correction can cancel to a share that is exactly 0 by hand).
"""

from __future__ import annotations

from unittest.mock import patch

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.model import markov
from costbenefit.model.markov import Effect, annual_occupancy, propagate, scale_transition

RTOL, ATOL = 1e-12, 1e-14


def reference(start: np.ndarray, matrices: np.ndarray, cycles: int,
              effects: tuple[Effect, ...] = (), matrix_of_cycle: np.ndarray | None = None
              ) -> np.ndarray:
    """Occupancy ``[draw, k, state]`` computed the slow, obvious way."""
    draws, n = start.shape
    occ = np.empty((draws, cycles + 1, n))
    occ[:, 0] = start
    for d in range(draws):
        for k in range(cycles):
            j = k if matrix_of_cycle is None else int(matrix_of_cycle[k])
            own = d if matrices.ndim == 4 and matrices.shape[0] > 1 else 0
            m = matrices[j] if matrices.ndim == 3 else matrices[own, j]
            for e in effects:
                factor = e.factors[d if e.factors.shape[0] > 1 else 0, k]
                m = scale_transition(m, e.origin, e.target, np.asarray(factor))
            occ[d, k + 1] = occ[d, k] @ m
    return occ


def random_chain(rng: np.random.Generator, shape: tuple[int, ...]) -> np.ndarray:
    """Row-stochastic matrices; some rows go wholly to one state (scale_transition keeps
    those), some entries are 0."""
    m = rng.gamma(0.7, size=shape) * (rng.random(shape) < 0.8)
    n = shape[-1]
    one_hot = np.eye(n)[rng.integers(n, size=shape[:-1])]
    dead = (m.sum(axis=-1) == 0) | (rng.random(shape[:-1]) < 0.15)
    m = np.where(dead[..., None], one_hot, m)
    return m / m.sum(axis=-1, keepdims=True)


def random_effects(rng: np.random.Generator, count: int, draws: int, cycles: int, n: int
                   ) -> tuple[Effect, ...]:
    """Effects with per-draw or shared factors; some exactly 1 (the skipped path), some
    large enough to make a transition certain."""
    effects = []
    for _ in range(count):
        rows = draws if rng.random() < 0.7 else 1
        factors = rng.choice([1.0, 0.0, 0.5, 1.3, 2.0, 50.0], size=(rows, cycles))
        factors = np.where(rng.random((rows, cycles)) < 0.5, rng.uniform(0, 3, (rows, cycles)),
                           factors)
        origin, target = rng.choice(n, 2, replace=False)
        effects.append(Effect(int(origin), int(target), factors))
    return tuple(effects)


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), draws=st.integers(1, 6), n=st.integers(2, 6),
       cycles=st.integers(0, 7), n_effects=st.integers(0, 3),
       matrices_are=st.sampled_from(["shared", "per_draw", "one_draw"]),
       by_band=st.booleans(), chunk=st.sampled_from([1, 2, 4, 1024]))
def test_propagate_agrees_with_reference(seed: int, draws: int, n: int, cycles: int,
                                         n_effects: int, matrices_are: str, by_band: bool,
                                         chunk: int) -> None:
    rng = np.random.default_rng(seed)
    count = rng.integers(1, 4) if by_band else cycles + 1
    lead = {"shared": (), "per_draw": (draws,), "one_draw": (1,)}[matrices_are]
    matrices = random_chain(rng, (*lead, count, n, n))
    of_cycle = rng.integers(0, count, size=cycles) if by_band else None
    start = rng.dirichlet(np.ones(n), size=draws)
    effects = random_effects(rng, n_effects, draws, cycles, n)
    with patch.object(markov, "CHUNK_DRAWS", chunk):
        got = propagate(start, matrices, cycles, effects, of_cycle)
    assert got.shape == (draws, cycles + 1, n)
    np.testing.assert_allclose(got, reference(start, matrices, cycles, effects, of_cycle),
                               rtol=RTOL, atol=ATOL)


def test_many_draws_over_several_chunks_agree_with_reference() -> None:
    """Benchmark-like chain (issue #19): per-draw matrices by age band, a decaying effect,
    more draws than one chunk holds, read-only broadcast inputs as the engine passes them."""
    rng = np.random.default_rng(7)
    draws, n, cycles = 2 * markov.CHUNK_DRAWS + 37, 8, 12
    bands = random_chain(rng, (draws, 3, n, n))
    of_cycle = np.minimum(np.arange(cycles) // 5, 2)
    start = np.broadcast_to(np.eye(n)[5], (draws, n))
    factors = markov.effect_factors(rng.uniform(1.0, 1.6, draws), 2, 0.5, cycles)
    effects = (Effect(5, 1, factors), Effect(5, 2, np.broadcast_to(factors[:1], (draws, cycles))))
    for chosen in ((), effects):
        np.testing.assert_allclose(propagate(start, bands, cycles, chosen, of_cycle),
                                   reference(start, bands, cycles, chosen, of_cycle),
                                   rtol=RTOL, atol=ATOL)


def test_shared_matrices_for_one_participant_agree_with_reference() -> None:
    """The deterministic path (model/prepare.py): one start row, one matrix per cycle."""
    rng = np.random.default_rng(3)
    matrices = random_chain(rng, (9, 7, 7))
    start = rng.dirichlet(np.ones(7), size=1)
    effects = random_effects(rng, 2, 1, 9, 7)
    np.testing.assert_allclose(propagate(start, matrices, 9, effects),
                               reference(start, matrices, 9, effects), rtol=RTOL, atol=ATOL)


def test_factor_one_changes_nothing() -> None:
    """Skipping an effect whose factor is 1 everywhere is exact, not approximately so."""
    rng = np.random.default_rng(5)
    matrices = random_chain(rng, (4, 3, 5, 5))
    start = rng.dirichlet(np.ones(5), size=4)
    idle = (Effect(1, 3, np.ones((4, 6))),)
    of_cycle = np.array([0, 0, 1, 1, 2, 2])
    assert np.array_equal(propagate(start, matrices, 6, idle, of_cycle),
                          propagate(start, matrices, 6, (), of_cycle))
    assert np.array_equal(scale_transition(matrices, 1, 3, np.ones((4, 3))), matrices)


def test_row_already_certain_is_kept() -> None:
    """A row that goes wholly to the target stays so, whatever the factor (as in
    scale_transition), for shared and per-draw matrices."""
    rng = np.random.default_rng(11)
    for lead in ((), (4,)):
        matrices = random_chain(rng, (*lead, 3, 5, 5))
        matrices[..., 2, :] = np.eye(5)[4]
        start = rng.dirichlet(np.ones(5), size=4)
        of_cycle = np.array([0, 1, 1, 2])
        cut = (Effect(2, 4, rng.uniform(0.1, 0.9, (4, 4))),)
        assert np.array_equal(propagate(start, matrices, 4, cut, of_cycle),
                              propagate(start, matrices, 4, (), of_cycle))


@given(half_cycle=st.booleans(), dead_from=st.integers(0, 5), seed=st.integers(0, 1000))
def test_annual_occupancy_is_the_plain_formula(half_cycle: bool, dead_from: int, seed: int
                                               ) -> None:
    occ = np.random.default_rng(seed).random((3, 6, 4))
    alive = np.arange(5) < dead_from
    year = 0.5 * (occ[:, :-1] + occ[:, 1:]) if half_cycle else occ[:, :-1]
    got = annual_occupancy(occ, half_cycle, alive)
    assert np.array_equal(got, year * alive[None, :, None])
    got[...] = -1.0  # a new array, never a view of the trace
    assert (occ >= 0).all()
