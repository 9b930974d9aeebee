"""The engine's kernel wired for many draws: input values per draw -> outcomes per draw.

Scenario inputs go straight into the kernel's arrays; drawn parameters go through
:class:`~costbenefit.param_flows.ParamFlows`. Draws are processed in chunks so that
100 000 draws over 60 years stay well under 500 MB.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from costbenefit.distributions import DistributionBase
from costbenefit.engine import (
    KernelInputs,
    Prepared,
    add_society_rows,
    effect_profile,
    ledger_amounts,
    prepare,
    unit_flows_for,
)
from costbenefit.errors import InputError
from costbenefit.markov_uncertain import MarkovFlows
from costbenefit.outcomes import OUTCOMES
from costbenefit.param_flows import CHECK_QUANTILES, ParamFlows
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import Scenario
from costbenefit.uncertain_inputs import InputSlot

CHUNK_DRAWS = 1_000  # ledger chunk: 1 000 × 60 years × 5 payers × 5 categories × 8 B = 12 MB


class UncertainModel:
    """One scenario and parameter set, evaluated for arrays of input values."""

    def __init__(self, scenario: Scenario, pset: ParameterSet, slots: Sequence[InputSlot],
                 check_points: Mapping[str, tuple[float, ...]] | None = None):
        """`check_points`: values per parameter path at which linearity is checked
        (default: the slot's base value ±20 %)."""
        self.scenario = scenario
        self.prep = prepare(scenario, pset)
        self.df = self.prep.discount_factors
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

    def amounts(self, values: Mapping[str, np.ndarray]) -> np.ndarray:
        """Ledger amounts ``[draw, year, payer, category]``; `values` by input path."""
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
        if transitions:
            assert self.markov is not None
            flows = self.markov.flows(draws, transitions)
        else:
            flows = self.param_flows.flows(draws, params)
        per_success = effect[:, :, None, None] * flows
        amount = ledger_amounts(self.scenario, inputs, per_success)
        return add_society_rows(amount, self.scenario, self.prep)

    def outcomes(self, values: Mapping[str, np.ndarray], names: Sequence[str],
                 progress: Callable[[int, int], None] | None = None) -> dict[str, np.ndarray]:
        """Each named outcome per draw, computed chunk by chunk; ``progress(done, draws)``
        after each chunk lets a caller (the app) show how far it has come."""
        unknown = [n for n in names if n not in OUTCOMES]
        if unknown:
            raise InputError(f"ukjent resultatmål {unknown}; velg blant {', '.join(OUTCOMES)}",
                             field="--metric")
        draws = len(next(iter(values.values()))) if values else 1
        out = {n: np.empty(draws) for n in names}
        for start in range(0, draws, CHUNK_DRAWS):
            part = {p: v[start : start + CHUNK_DRAWS] for p, v in values.items()}
            discounted = self.amounts(part)
            discounted *= self.df[:, None, None]
            for n in names:
                out[n][start : start + CHUNK_DRAWS] = OUTCOMES[n](discounted)
            if progress is not None:
                progress(min(start + CHUNK_DRAWS, draws), draws)
        return out


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
    flows = unit_flows_for(prep.pset, prep.view, scenario.price_year).values
    return MarkovFlows(scenario, prep.view, flows)


def check_points_for(dists: Mapping[str, DistributionBase]) -> dict[str, tuple[float, ...]]:
    """Where to test linearity of drawn parameters: the ends and middle of each range."""
    return {path: tuple(float(x) for x in d.ppf(np.array(CHECK_QUANTILES)))
            for path, d in dists.items()}
