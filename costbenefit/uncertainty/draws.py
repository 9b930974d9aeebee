"""The model's kernel (``model.kernel``) wired for many draws: input values per draw ->
outcomes per draw.

Scenario inputs go straight into the kernel's arrays; drawn parameters go through
:class:`~costbenefit.uncertainty.param_flows.ParamFlows`. Draws are processed in chunks so that
100 000 draws over 60 years stay well under 500 MB, and the chunks run on a few threads.

Two paths give the outcomes. Registered outcomes read the full discounted ledger
(:meth:`UncertainModel.amounts`, the kernel ``ledger_amounts`` that ``evaluate`` uses).
The built-in payer NPVs take the reduced path ``reduced.payer_npvs``, the same sums with
the ledger's cells projected onto the payers first; it is exact algebra, tested equal to
the full path. Its result is anchored at the base values: outcome = the full path at the
base + (reduced path at the draw - reduced path at the base). The reduced path computes
each draw independently of the others, so a draw at the base values is bit-for-bit the
deterministic result of ``evaluate`` (to round-off where drawn Markov inputs or
non-linear parameters rebuild the flows per draw).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.kernel import KernelInputs, add_society_rows, effect_profile, ledger_amounts
from costbenefit.model.prepare import Prepared, prepare, unit_flows_for
from costbenefit.model.reduced import NpvMap, npv_map, payer_npvs, project_cells
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.distributions import DistributionBase
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.markov_slots import MarkovFlows
from costbenefit.uncertainty.outcomes import OUTCOMES, payers_of
from costbenefit.uncertainty.param_flows import CHECK_QUANTILES, ParamFlows
from costbenefit.uncertainty.slots import InputSlot

# Draws per chunk. Full ledger: 64 × 60 years × 6 payers × 8 categories × 8 B = 1.5 MB, so
# the cohort shifts and sums run in the processor's cache (1 000 draws, 23 MB, took 1.9×
# as long; 16 draws pay for Python's per-chunk work). The reduced path keeps only
# [draw, year] and [draw, payer] arrays (20 000 × 60 × 8 B ≈ 10 MB each), and fewer,
# larger chunks halve its time at 100 000 draws (bench/).
# Drawn Markov inputs propagate the chain per draw (per-draw matrices and occupancy, about
# 25 arrays of draws × 61 cycles × 7 states): 5 000 draws keep a run near 250 MB however
# many draws it has (20 000 took 950 MB at 1 000 000 draws), at the same speed.
# Chunks are independent and numpy releases the GIL in its loops, so they run on up to
# WORKERS threads; each draw's numbers are the same in any order or number of threads
# (Markov draws 1.7× and the reduced path 1.25× faster on two cores).
WORKERS = min(4, os.cpu_count() or 1)
CHUNK_DRAWS = 64
REDUCED_CHUNK_DRAWS = 20_000
MARKOV_CHUNK_DRAWS = 5_000


class ReducedFlows:
    """The NPV map for some payers, with the flows of a success projected onto them."""

    def __init__(self, npvs: NpvMap, param_flows: ParamFlows):
        self.map = npvs
        self.h0 = project_cells(param_flows.h0, npvs.projection)  # (K, Q)
        self.slopes = {name: project_cells(slope, npvs.projection)
                       for name, slope in param_flows.linear.items()}


class UncertainModel:
    """One scenario and parameter set, evaluated for arrays of input values."""

    def __init__(self, scenario: Scenario, pset: ParameterSet, slots: Sequence[InputSlot],
                 check_points: Mapping[str, tuple[float, ...]] | None = None,
                 discount: np.ndarray | None = None):
        """`check_points`: values per parameter path at which linearity is checked
        (default: the slot's base value ±20 %). `discount`: discount factors per year of
        the scenario that replace its own in the outcomes (a programme's, from its start)."""
        scenario = with_evidence(scenario, pset)
        self.scenario = scenario
        self.prep = prepare(scenario, pset)
        self._discount = discount
        self.df = self.prep.discount_factors if discount is None else discount
        self.slots = {s.path: s for s in slots}
        points = {}
        for s in slots:
            if s.is_parameter:
                given = (check_points or {}).get(s.path)
                points[s.field] = tuple(given) if given else (0.8 * s.base, s.base, 1.2 * s.base)
        self.param_flows = ParamFlows(
            self.prep.pset, scenario, self.prep.view.when, self.prep.gap,
            points, {s.field: s.base for s in slots if s.is_parameter},
        )
        self.markov = markov_flows(scenario, self.prep, slots)
        self._reduced: dict[tuple[str, ...], ReducedFlows] = {}
        self._base: dict[str, float] = {}

    def _kernel_inputs(self, values: Mapping[str, np.ndarray]
                       ) -> tuple[int, KernelInputs, np.ndarray, dict, dict]:
        """Draws, kernel inputs, effect profile, drawn parameters and drawn transitions."""
        draws = len(next(iter(values.values()))) if values else 1
        inputs = KernelInputs.from_scenario(self.scenario, draws)
        params, transitions = {}, {}
        for path, v in values.items():
            slot = self.slots[path]
            if slot.is_parameter:
                params[slot.field] = v
            elif slot.is_markov:
                transitions[path] = v
            elif slot.column is None:
                getattr(inputs, slot.field)[:] = v
            else:
                getattr(inputs, slot.field)[:, slot.column] = v
        effect = effect_profile(self.scenario, inputs.effect_share, inputs.decay)
        return draws, inputs, effect, params, transitions

    def amounts(self, values: Mapping[str, np.ndarray]) -> np.ndarray:
        """Ledger amounts ``[draw, year, payer, category]``; `values` by input path."""
        draws, inputs, effect, params, transitions = self._kernel_inputs(values)
        if transitions:
            assert self.markov is not None
            flows = self.markov.flows(draws, transitions)
        else:
            flows = self.param_flows.flows(draws, params)
        per_success = effect[:, :, None, None] * flows
        amount = ledger_amounts(self.scenario, inputs, per_success, self.prep.growth,
                                self.prep.reform)
        return add_society_rows(amount, self.scenario, self.prep)

    def payer_npvs(self, values: Mapping[str, np.ndarray], payers: tuple[str, ...]
                   ) -> np.ndarray:
        """NPV per draw and payer ``[draw, q]`` on the reduced path (``reduced.payer_npvs``),
        the same numbers as the payers' rows of the discounted :meth:`amounts`."""
        if payers not in self._reduced:
            self._reduced[payers] = ReducedFlows(
                npv_map(self.scenario, self.prep, payers, self._discount), self.param_flows)
        reduced = self._reduced[payers]
        draws, inputs, effect, params, transitions = self._kernel_inputs(values)
        if transitions:
            assert self.markov is not None
            flows = self.markov.flows(draws, transitions, reduced.map.projection)
        elif self.param_flows.nonlinear:
            flows = project_cells(self.param_flows.flows(draws, params), reduced.map.projection)
        else:  # as ParamFlows.flows, on projected flows, one term per parameter
            terms = tuple((v - self.param_flows.base[name], reduced.slopes[name])
                          for name, v in params.items())
            return payer_npvs(self.scenario, inputs, effect, reduced.h0, reduced.map,
                              self.prep.growth, self.prep.reform, terms)
        return payer_npvs(self.scenario, inputs, effect, flows, reduced.map, self.prep.growth,
                          self.prep.reform)

    def _base_outcomes(self, names: Sequence[str]) -> dict[str, float]:
        """Outcomes at the base values from the full ledger, as ``evaluate`` gets them."""
        missing = [n for n in names if n not in self._base]
        if missing:
            discounted = self.amounts({}) * self.df[:, None, None]
            self._base.update({n: float(OUTCOMES[n](discounted)[0]) for n in missing})
        return {n: self._base[n] for n in names}

    def outcomes(self, values: Mapping[str, np.ndarray], names: Sequence[str],
                 progress: Callable[[int, int], None] | None = None) -> dict[str, np.ndarray]:
        """Each named outcome per draw, computed chunk by chunk; ``progress(done, draws)``
        after each chunk lets a caller (the app) show how far it has come. Built-in
        outcomes take the reduced path, others the full ledger (module docstring)."""
        unknown = [n for n in names if n not in OUTCOMES]
        if unknown:
            raise InputError(f"ukjent resultatmål {unknown}; velg blant {', '.join(OUTCOMES)}",
                             field="--metric")
        by_payers = {n: payers_of(n) for n in names}
        reduced = [n for n in names if by_payers[n] is not None]
        general = [n for n in names if by_payers[n] is None]
        payers = tuple(dict.fromkeys(p for n in reduced for p in by_payers[n] or ()))
        columns = {n: [payers.index(p) for p in by_payers[n] or ()] for n in reduced}
        if reduced:
            anchor = self._base_outcomes(reduced)
            at_base = self.payer_npvs({}, payers)
            anchor_reduced = {n: at_base[:, columns[n]].sum(axis=1) for n in reduced}
        draws = len(next(iter(values.values()))) if values else 1
        out = {n: np.empty(draws) for n in names}
        chunk = (CHUNK_DRAWS if general else
                 MARKOV_CHUNK_DRAWS if self.markov is not None else REDUCED_CHUNK_DRAWS)

        def run(start: int) -> int:
            part = {p: v[start : start + chunk] for p, v in values.items()}
            if reduced:
                npvs = self.payer_npvs(part, payers)
                for n in reduced:
                    change = npvs[:, columns[n]].sum(axis=1) - anchor_reduced[n]
                    out[n][start : start + chunk] = anchor[n] + change
            if general:
                discounted = self.amounts(part)
                discounted *= self.df[:, None, None]
                for n in general:
                    out[n][start : start + chunk] = OUTCOMES[n](discounted)
            return min(start + chunk, draws)

        for done in _in_parallel(run, range(0, draws, chunk)):
            if progress is not None:
                progress(done, draws)
        return out


def _in_parallel(run: Callable[[int], int], starts: range) -> Iterator[int]:
    """``run(start)`` for each chunk, on up to :data:`WORKERS` threads, yielded in order in
    the calling thread (so a progress callback, such as the app's, never runs in a worker).
    An interrupt or error cancels the chunks not yet started."""
    if len(starts) == 1 or WORKERS == 1:
        yield from map(run, starts)
        return
    pool = ThreadPoolExecutor(min(WORKERS, len(starts)))
    try:
        yield from pool.map(run, starts)
    finally:
        pool.shutdown(cancel_futures=True)


def markov_flows(scenario: Scenario, prep: Prepared, slots: Sequence[InputSlot]
                 ) -> MarkovFlows | None:
    """Per-draw Markov flows when transitions or relative risks are drawn. They cannot be
    combined with drawn parameters (the unit flows would vary with the occupancy)."""
    if not any(s.is_markov for s in slots):
        return None
    if any(s.is_parameter for s in slots):
        raise InputError("i mode: markov kan usikre overganger (transition:, markov.) ikke "
                         "kombineres med usikre parametere (param:) i samme kjøring; kjør "
                         "dem hver for seg", field="uncertainty")
    flows = unit_flows_for(prep.pset, prep.view, scenario.price_year,
                           scenario.kommune.income_equalisation).values
    return MarkovFlows(scenario, prep.view, flows)


def check_points_for(dists: Mapping[str, DistributionBase]) -> dict[str, tuple[float, ...]]:
    """Where to test linearity of drawn parameters: the ends and middle of each range."""
    return {path: tuple(float(x) for x in d.ppf(np.array(CHECK_QUANTILES)))
            for path, d in dists.items()}
