"""Uncertain inputs of Markov mode and the flows per participant for each draw.

Two kinds of path, both usable in `uncertainty:` (montecarlo, sensitivity):

- ``markov.transition_effects.<i>.relative_risk``: the measure's relative risk; with
  ``markov.calibrate`` the calibrated relative risk is the last one (``i`` = the number of
  `transition_effects`), its base value the calibrated one;
- ``transition:<from>.<to>``: a multiplier (base 1) on the baseline probability of that
  transition in every age band; the rest of each row is rescaled so it sums to 1. A beta
  or pert distribution around 1 expresses uncertainty in the calibrated transition. With
  ``markov.calibrate`` it multiplies the calibrated matrices (the calibration is solved
  once, at the base values; model/markov_setup.py).

Draws are propagated together: occupancy is a batched product over draws × years × states
(:meth:`MarkovSetup.change`), then ``H[d, k] = Σ_s Δ[d, k, s] · f[age_k, s]``.
"""

from __future__ import annotations

import math

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.markov import baseline_name, load_table
from costbenefit.model.markov_setup import MarkovSetup, markov_setup
from costbenefit.model.reduced import project_cells
from costbenefit.model.scenario import PROFILE_ONLY, Scenario, rules_date
from costbenefit.model.structure import STATE_INDEX, STATE_LABELS_NB, STATES
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.slots import (
    EFFECT_PREFIX,
    MARKOV_PREFIXES,
    NON_NEGATIVE,
    TRANSITION_PREFIX,
    InputSlot,
)


def is_markov_path(path: str) -> bool:
    return path.startswith(MARKOV_PREFIXES)


def relative_risk_paths(scenario: Scenario) -> list[str]:
    """The paths of a Markov scenario's relative risks, as drawn and in the tornado: each
    of `transition_effects`, then the calibrated one (``markov.calibrate``) last."""
    opts = scenario.markov
    if opts is None:
        return []
    count = len(opts.transition_effects) + (opts.calibrate is not None)
    return [f"{EFFECT_PREFIX}{i}.relative_risk" for i in range(count)]


def check_mode(path: str, scenario: Scenario) -> None:
    """Markov paths need mode: markov; profile-only inputs do not exist there."""
    field = f"uncertainty.{path}"
    if is_markov_path(path) and scenario.mode != "markov":
        raise InputError("denne usikre størrelsen finnes bare i mode: markov", field=field)
    if scenario.mode == "markov" and path.removeprefix("intervention.") in PROFILE_ONLY:
        raise InputError("finnes ikke i mode: markov; effekten er markov.transition_effects."
                         "<nr>.relative_risk", field=field)


def _states(path: str) -> tuple[str, str]:
    origin, _, target = path.removeprefix(TRANSITION_PREFIX).partition(".")
    for s in (origin, target):
        if s not in STATE_INDEX:
            raise InputError(f"ukjent tilstand '{s}' i '{path}'; skriv transition:FRA.TIL med "
                             f"tilstander blant {', '.join(STATES)}",
                             field=f"uncertainty.{path}")
    if origin == target:
        raise InputError("FRA og TIL må være ulike tilstander", field=f"uncertainty.{path}")
    return origin, target


def markov_slot(path: str, scenario: Scenario, pset: ParameterSet) -> InputSlot:
    """The slot for a Markov path; a multiplier's upper bound keeps every probability ≤ 1."""
    check_mode(path, scenario)
    assert scenario.markov is not None
    field = f"uncertainty.{path}"
    cal = scenario.markov.calibrate
    if path.startswith(EFFECT_PREFIX):
        index, _, leaf = path.removeprefix(EFFECT_PREFIX).partition(".")
        effects = scenario.markov.transition_effects
        count = len(effects) + (cal is not None)
        if leaf != "relative_risk" or not index.isdigit() or int(index) >= count:
            raise InputError(f"ukjent størrelse '{path}'; bruk markov.transition_effects.<nr>."
                             f"relative_risk med nr fra 0 til {count - 1}", field=field)
        if int(index) < len(effects):
            e = effects[int(index)]
            label = (f"Relativ risiko {STATE_LABELS_NB[e.origin]} → "
                     f"{STATE_LABELS_NB[e.target]}")
            return InputSlot(path, label, e.relative_risk, NON_NEGATIVE, path)
        assert cal is not None
        calibration = markov_setup(scenario, _view(scenario, pset)).calibration
        assert calibration is not None
        label = (f"Relativ risiko {STATE_LABELS_NB[cal.transition.origin]} → "
                 f"{STATE_LABELS_NB[cal.transition.target]} (kalibrert)")
        return InputSlot(path, label, calibration.relative_risk, NON_NEGATIVE, path)
    origin, target = _states(path)
    view = _view(scenario, pset)
    name = scenario.markov.transitions or baseline_name(scenario.target_group)
    table = load_table(view, name)
    top = float(table.matrices[:, STATE_INDEX[origin], STATE_INDEX[target]].max())
    if cal is not None:  # the calibrated follow-up cycles may have a higher probability
        setup = markov_setup(scenario, view)
        top = max(top, float(setup.without[:, STATE_INDEX[origin], STATE_INDEX[target]].max()))
    upper = 1.0 / top if top > 0 else math.inf
    label = (f"Overgang {STATE_LABELS_NB[origin]} → {STATE_LABELS_NB[target]} "
             "(multiplikator)")
    return InputSlot(path, label, 1.0, (0.0, upper), path)


def _view(scenario: Scenario, pset: ParameterSet) -> ParamView:
    pset = pset.with_overrides(scenario.parameter_overrides)
    return ParamView(pset, rules_date(scenario), kpi_index(pset))


class MarkovFlows:
    """Flows per participant ``H[draw, k, payer, category]`` for drawn Markov inputs."""

    def __init__(self, scenario: Scenario, view: ParamView, flows: np.ndarray):
        self.setup: MarkovSetup = markov_setup(scenario, view)
        ages = scenario.start_age + np.arange(scenario.horizon_years)
        self.flows_by_year = flows[ages]  # (K, S, P, C)
        self.base_rr = np.array([e[1] for e in self.setup.effects])

    def change(self, draws: int, values: dict[str, np.ndarray]) -> np.ndarray:
        """Occupancy change per participant ``[draw, k, state]`` for the drawn values."""
        rr = np.tile(self.base_rr, (draws, 1))
        multipliers = {}
        for path, v in values.items():
            if path.startswith(EFFECT_PREFIX):
                rr[:, int(path.removeprefix(EFFECT_PREFIX).split(".")[0])] = v
            else:
                origin, target = _states(path)
                multipliers[(STATE_INDEX[origin], STATE_INDEX[target])] = v
        return self.setup.change(draws, rr, multipliers)

    def flows(self, draws: int, values: dict[str, np.ndarray],
              projection: np.ndarray | None = None) -> np.ndarray:
        """``H[draw, k, payer, category]``, or ``[draw, k, q]`` projected onto the payers
        of an NPV map (``reduced.project_cells``) before the draws are multiplied in."""
        change = self.change(draws, values)
        if projection is None:
            return np.einsum("dks,kspc->dkpc", change, self.flows_by_year)
        return np.einsum("dks,ksq->dkq", change, project_cells(self.flows_by_year, projection))
