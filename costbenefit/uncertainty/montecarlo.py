"""Monte Carlo: the distribution of each NPV when the declared inputs are drawn.

Seeded and reproducible: one ``np.random.default_rng(seed)`` draws a uniform number per
draw and input (inputs in draw order: the scenario's `uncertainty:` entries as written,
then the parameter set's own distributions sorted by name, see inputs.py), and
each input's inverse CDF turns it into a value. The same seed, draws, scenario and
parameter set always give the same numbers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.evidence_effect import EvidenceUse, resolve_evidence
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.distributions import DistributionBase
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.draws import UncertainModel, check_points_for
from costbenefit.uncertainty.inputs import uncertain_inputs
from costbenefit.uncertainty.outcomes import outcome_names
from costbenefit.uncertainty.slots import InputSlot

MAX_DRAWS = 1_000_000
PERCENTILES = (5, 50, 95)


@dataclass(frozen=True)
class OutcomeSummary:
    mean: float
    p5: float
    p50: float
    p95: float
    prob_positive: float  # share of draws with NPV > 0
    deterministic: float  # the scenario as written, all inputs at their base values


@dataclass(frozen=True)
class MonteCarloResult:
    draws: int
    seed: int
    inputs: tuple[InputSlot, ...]  # in draw order; `from_parameter_set` marks the set's
    distributions: tuple[DistributionBase, ...]  # one per input
    summaries: dict[str, OutcomeSummary]
    samples: dict[str, np.ndarray]  # outcome -> (draws,)
    linear_parameters: tuple[str, ...]
    grouped_parameters: tuple[str, ...]
    evidence: EvidenceUse | None = None  # the study the effect is drawn from, if any


def summarise(values: np.ndarray, deterministic: float) -> OutcomeSummary:
    p5, p50, p95 = np.percentile(values, PERCENTILES)
    return OutcomeSummary(float(values.mean()), float(p5), float(p50), float(p95),
                          float((values > 0).mean()), deterministic)


def check_draws(draws: int) -> None:
    if not 1 <= draws <= MAX_DRAWS:
        raise InputError(f"antall trekk må være mellom 1 og {MAX_DRAWS:_} (fikk {draws:_}); "
                         "bruk f.eks. --draws 10000".replace("_", " "), field="--draws")


def check_seed(seed: int) -> None:
    if seed < 0:
        raise InputError(f"frøet må være et heltall som er 0 eller større (fikk {seed}); "
                         "bruk f.eks. --seed 1", field="--seed")


def draw_values(scenario: Scenario, pset: ParameterSet,
                spec: Sequence[tuple[InputSlot, DistributionBase]], rng: np.random.Generator,
                draws: int, discount: np.ndarray | None = None
                ) -> tuple[UncertainModel, dict[str, np.ndarray]]:
    """The model for one scenario's declared inputs and their values per draw: one block of
    uniforms from `rng` (a draw per row, an input per column, in declared order) through
    each input's inverse CDF. `discount` as in :class:`UncertainModel`."""
    model = UncertainModel(scenario, pset, [slot for slot, _ in spec],
                           check_points_for({s.path: d for s, d in spec if s.is_parameter}),
                           discount)
    u = rng.random((draws, len(spec)))
    return model, {slot.path: dist.ppf(u[:, i]) for i, (slot, dist) in enumerate(spec)}


def run_montecarlo(scenario: Scenario, pset: ParameterSet, draws: int, seed: int,
                   outcomes: Sequence[str] | None = None,
                   progress: Callable[[int, int], None] | None = None) -> MonteCarloResult:
    check_draws(draws)
    spec = uncertain_inputs(scenario, pset)
    if not spec:
        raise InputError(
            "scenariet har ingen usikre størrelser, og parametersettet har ingen fordeling på "
            "en parameter som går inn i scenariets strømmer. Legg til en seksjon "
            "`uncertainty:`, f.eks. intervention.success_rate_with: {distribution: pert, "
            "low: 0.3, mode: 0.37, high: 0.45}",
            field="uncertainty",
        )
    names = tuple(outcomes or outcome_names())
    model, values = draw_values(scenario, pset, spec, np.random.default_rng(seed), draws)
    samples = model.outcomes(values, names, progress)
    base = model.outcomes({}, names)
    return MonteCarloResult(
        draws=draws,
        seed=seed,
        inputs=tuple(slot for slot, _ in spec),
        distributions=tuple(dist for _, dist in spec),
        summaries={n: summarise(samples[n], float(base[n][0])) for n in names},
        samples=samples,
        linear_parameters=tuple(model.param_flows.linear),
        grouped_parameters=tuple(model.param_flows.nonlinear),
        evidence=resolve_evidence(scenario, pset)[1],
    )
