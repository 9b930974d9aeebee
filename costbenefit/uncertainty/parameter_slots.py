"""Parameters as uncertain inputs: which ones a scenario's flows read, and their slots.

A distribution on a parameter is accepted only where it can change this scenario's
results: a number (not a table), read by the unit flows or the group's services, and
moving the flows of a success at the scenario's ages. The base value is the set's, with
the scenario's `parameter_overrides` applied, in the unit and kroneår of its file.
"""

from __future__ import annotations

import numpy as np

from costbenefit.errors import InputError
from costbenefit.model.prepare import effective_parameters, occupancy_gap
from costbenefit.model.scenario import Scenario, rules_date
from costbenefit.model.unit_flows import build_unit_flows, group_service_flows
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.param_flows import ParamFlows
from costbenefit.uncertainty.slots import (
    NON_NEGATIVE,
    PARAM_PREFIX,
    SHARE,
    SHARE_UNITS,
    UNBOUNDED,
    InputSlot,
)

PROBE_FACTORS = (0.5, 2.0)  # × base: does a drawn parameter move the flows at all?


_FLOW_PARAMETERS: dict[tuple[str, str, int, str, str], frozenset[str]] = {}


def flow_parameters(scenario: Scenario, pset: ParameterSet) -> frozenset[str]:
    """The parameters the unit flows and the target group's own services read: the only
    ones a draw can change (param_flows rebuilds just those flows per draw)."""
    when = rules_date(scenario)
    key = (pset.sha256, when.isoformat(), scenario.price_year, scenario.target_group,
           scenario.mode)
    if key not in _FLOW_PARAMETERS:
        view = ParamView(pset, when, kpi_index(pset))
        build_unit_flows(view, scenario.price_year, scenario.kommune.income_equalisation)
        if scenario.mode != "markov":  # as prepare.full_effect_flows
            group_service_flows(view, scenario.target_group, scenario.price_year)
        _FLOW_PARAMETERS[key] = frozenset(view.used)
    return _FLOW_PARAMETERS[key]


def moves_flows(name: str, base: float, scenario: Scenario, pset: ParameterSet) -> bool:
    """Whether `name` at half or twice its base value (1 where the base is 0) changes the
    flows of a success over the scenario's ages: a school cost does not move a group of
    adults. Two probes, because a cap (dagpenger's 6 G) may bind on one side only."""
    view = ParamView(pset, rules_date(scenario), kpi_index(pset))
    flows = ParamFlows(pset, scenario, view.when, occupancy_gap(scenario, view), {}, {})
    probes = PROBE_FACTORS if base else (1.0,)
    return any(not np.array_equal(flows.at({name: f * base if base else f}), flows.h0)
               for f in probes)


def parameter_refusal(name: str, scenario: Scenario, pset: ParameterSet) -> str | None:
    """Why a distribution on parameter `name` could not change this scenario's flows (a
    table, read by no flow, or not for these ages), or None when it can be drawn. `pset`
    has the scenario's overrides applied."""
    value = pset.get(name).at(rules_date(scenario))
    if not isinstance(value, int | float) or isinstance(value, bool):
        return ("bare parametere med ett tall kan ha en fordeling (denne er en tabell eller "
                "liste)")
    if name not in flow_parameters(scenario, pset):
        return (
            f"parameteren '{name}' går ikke inn i enhetsstrømmene (skatter, stønader, "
            "tjenester), så en fordeling på den ville ikke endre noe i usikkerhetsanalysen. "
            "Fjern den fra `uncertainty:`, og vis virkningen i stedet ved å sette den i "
            "`parameter_overrides` og sammenligne scenarioene (costbenefit compare)"
        )
    if not moves_flows(name, float(value), scenario, pset):
        return (
            f"parameteren '{name}' endrer ikke strømmene for målgruppen i alderen "
            f"{scenario.start_age}–{scenario.start_age + scenario.horizon_years - 1} "
            "(den gjelder andre aldre eller tilstander), så en fordeling på den ville ikke "
            "endre noe. Fjern den fra `uncertainty:`"
        )
    return None


def parameter_slot(path: str, scenario: Scenario, pset: ParameterSet) -> InputSlot:
    """A drawn parameter, its base value read from the set with the scenario's
    `parameter_overrides` applied (as the engine evaluates it)."""
    name = path.removeprefix(PARAM_PREFIX)
    field = f"uncertainty.{path}"
    if name not in pset.parameters:
        raise InputError(f"parameteren '{name}' finnes ikke i parametersettet {pset.version}",
                         field=field)
    pset = effective_parameters(scenario, pset)
    refusal = parameter_refusal(name, scenario, pset)
    if refusal is not None:
        raise InputError(refusal, field=field)
    param = pset.get(name)
    value = float(param.at(rules_date(scenario)))
    bounds = NON_NEGATIVE if value >= 0 else UNBOUNDED
    if param.unit in SHARE_UNITS:
        bounds = SHARE
    return InputSlot(path, param.label or name, value, bounds, name)
