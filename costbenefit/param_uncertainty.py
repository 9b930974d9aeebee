"""Distributions declared in the parameter set, drawn where a scenario's flows read them.

A parameter file may give the uncertainty of its value in force (``distribution:``, see
:class:`~costbenefit.parameters.ParameterDistribution`). `montecarlo` and `sensitivity`
draw every such parameter that enters this scenario's flows, by the same acceptance check
as a scenario's ``param:`` entry (:func:`~costbenefit.uncertain_inputs.parameter_refusal`).
The others are skipped silently: the user did not ask for them. Also skipped:

- a parameter the scenario gives its own ``uncertainty:`` entry (the scenario's wins);
- a parameter in ``parameter_overrides`` (the file's range describes the file's value,
  not the scenario's);
- all of them when the scenario sets ``uncertainty_from_parameters: false``, or when a
  Markov scenario draws transitions or has relative risks (which the tornado always
  varies): they cannot share a model with drawn parameters (uncertain_model.markov_flows).

Draw order, which the seed's reproducibility rests on: the scenario's entries in the
order written, then the parameter set's sorted by name.
"""

from __future__ import annotations

import dataclasses

from costbenefit.distributions import DistributionBase
from costbenefit.engine import effective_parameters
from costbenefit.errors import InputError
from costbenefit.markov_uncertain import is_markov_path
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import Scenario
from costbenefit.uncertain_inputs import (
    PARAM_PREFIX,
    InputSlot,
    check_distribution,
    declared,
    parameter_refusal,
    parameter_slot,
)


def from_parameter_set(scenario: Scenario, pset: ParameterSet
                       ) -> list[tuple[InputSlot, DistributionBase]]:
    """The parameter set's own distributions that this scenario draws, sorted by name."""
    if not scenario.uncertainty_from_parameters or _markov_drawn(scenario):
        return []
    own = effective_parameters(scenario, pset)
    out = []
    for name in sorted(pset.parameters):
        dist = pset.parameters[name].distribution
        path = PARAM_PREFIX + name
        if (dist is None or path in scenario.uncertainty
                or name in scenario.parameter_overrides
                or parameter_refusal(name, scenario, own) is not None):
            continue
        slot = dataclasses.replace(parameter_slot(path, scenario, pset), from_parameter_set=True)
        _check(slot, dist.law, name)
        out.append((slot, dist.law))
    return out


def _markov_drawn(scenario: Scenario) -> bool:
    return any(is_markov_path(p) for p in scenario.uncertainty) or (
        scenario.markov is not None and bool(scenario.markov.transition_effects))


def _check(slot: InputSlot, dist: DistributionBase, name: str) -> None:
    """The file's distribution must fit the input's range and hold the value in force."""
    try:
        check_distribution(slot, dist)
    except InputError as exc:
        raise InputError(exc.message, source=_file(name), field="distribution") from None
    lo, hi = dist.support()
    if not lo <= slot.base <= hi:
        raise InputError(
            f"verdien som gjelder ({slot.base:g}) ligger utenfor fordelingen ({lo:g}–{hi:g}). "
            "Fordelingen skal beskrive usikkerheten i verdien som gjelder; rett grensene, "
            "eller slå av parametersettets fordelinger i scenariet med "
            "`uncertainty_from_parameters: false`",
            source=_file(name), field="distribution",
        )


def _file(name: str) -> str:
    return f"{name.replace('.', '/')}.yaml i parametersettet"


def uncertain_inputs(scenario: Scenario, pset: ParameterSet
                     ) -> list[tuple[InputSlot, DistributionBase]]:
    """Everything drawn, in draw order: the scenario's `uncertainty:` entries as written,
    then the parameter set's (:func:`from_parameter_set`)."""
    return declared(scenario, pset) + from_parameter_set(scenario, pset)
