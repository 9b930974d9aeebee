"""What a scenario draws: its own `uncertainty:` entries, the parameter set's distributions,
and the tornado's inputs, each resolved to a checked slot.

A path names a scenario field (:mod:`~costbenefit.uncertainty.slots`), a parameter
(``param:``, :mod:`~costbenefit.uncertainty.parameter_slots`) or a Markov transition or
relative risk (:mod:`~costbenefit.uncertainty.markov_slots`); :func:`resolve` sends each
to its home and :func:`declared` checks the distribution against the slot's range.

The parameter set's own distributions are drawn where a scenario's flows read them. A
parameter file may give the uncertainty of its value in force (``distribution:``, see
:class:`~costbenefit.parameters.schema.ParameterDistribution`). `montecarlo` and
`sensitivity` draw every such parameter that enters this scenario's flows, by the same
acceptance check as a scenario's ``param:`` entry
(:func:`~costbenefit.uncertainty.parameter_slots.parameter_refusal`). The others are
skipped silently: the user did not ask for them. Also skipped:

- a parameter the scenario gives its own ``uncertainty:`` entry (the scenario's wins);
- a parameter in ``parameter_overrides`` (the file's range describes the file's value,
  not the scenario's);
- all of them when the scenario sets ``uncertainty_from_parameters: false``, or when a
  Markov scenario draws transitions or has relative risks (which the tornado always
  varies): they cannot share a model with drawn parameters (draws.markov_flows).

Draw order, which the seed's reproducibility rests on: the scenario's entries in the
order written, then the parameter set's sorted by name.
"""

from __future__ import annotations

import dataclasses

from costbenefit.errors import InputError
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.prepare import effective_parameters
from costbenefit.model.scenario import PROFILE_ONLY, Scenario
from costbenefit.model.structure import FUNDING_PAYERS
from costbenefit.parameters.distributions import TORNADO_QUANTILES, DistributionBase
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.markov_slots import (
    check_mode,
    is_markov_path,
    markov_slot,
    relative_risk_paths,
)
from costbenefit.uncertainty.parameter_slots import parameter_refusal, parameter_slot
from costbenefit.uncertainty.slots import (
    DEFAULT_RELATIVE_RANGE,
    INTEGER_INPUTS,
    PARAM_PREFIX,
    InputSlot,
    check_distribution,
    scenario_slots,
)


def resolve(path: str, scenario: Scenario, pset: ParameterSet) -> InputSlot:
    """The slot for `path`, or an InputError naming the field and the valid choices."""
    if is_markov_path(path):
        return markov_slot(path, scenario, pset)
    check_mode(path, scenario)
    if path.startswith(PARAM_PREFIX):
        if scenario.reform is not None:
            raise InputError(
                "parametere kan ikke trekkes i et scenario med `reform:` ennå (regelendringen "
                "beregnes én gang fra parametersettet). Trekk scenariets egne størrelser, "
                "eller lag ett scenario per parameterverdi",
                field=f"uncertainty.{path}")
        return parameter_slot(path, scenario, pset)
    slots = scenario_slots(scenario)
    if path.removeprefix("intervention.") in INTEGER_INPUTS:
        raise InputError("heltall (år) kan ikke ha en fordeling; lag ett scenario per verdi "
                         "i stedet", field=f"uncertainty.{path}")
    if path not in slots:
        raise InputError(
            f"ukjent usikker størrelse '{path}'. Gyldige er {', '.join(slots)} eller "
            "param:NAVN for en parameter",
            field=f"uncertainty.{path}",
        )
    return slots[path]


def declared(scenario: Scenario, pset: ParameterSet) -> list[tuple[InputSlot, DistributionBase]]:
    """The scenario's `uncertainty:` section, checked against the model."""
    out = []
    for path, dist in scenario.uncertainty.items():
        slot = resolve(path, scenario, pset)
        check_distribution(slot, dist)
        out.append((slot, dist))
    return out


def from_parameter_set(scenario: Scenario, pset: ParameterSet
                       ) -> list[tuple[InputSlot, DistributionBase]]:
    """The parameter set's own distributions that this scenario draws, sorted by name."""
    if (not scenario.uncertainty_from_parameters or _markov_drawn(scenario)
            or scenario.reform is not None):  # a reform's flows are built once (see resolve)
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
    return any(is_markov_path(p) for p in scenario.uncertainty) or bool(
        relative_risk_paths(scenario))


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
    then the parameter set's (:func:`from_parameter_set`). A study named in `effect:` adds
    its own ranges (model/evidence_effect.py) unless the scenario declares them."""
    scenario = with_evidence(scenario, pset)
    return declared(scenario, pset) + from_parameter_set(scenario, pset)


DEFAULT_SENSITIVITY = (
    "intervention.success_rate_with",
    "intervention.success_rate_without",
    "intervention.attribution",
    "intervention.effect_share",
    "intervention.decay",
    *(f"intervention.cost_per_participant_year.{p}" for p in FUNDING_PAYERS),
    "param:benefits.sosialhjelp.average_per_recipient",
)


def sensitivity_range(slot: InputSlot, dist: DistributionBase | None) -> tuple[float, float]:
    """Low/high for a tornado: P10/P90 of a declared distribution, else base ±20 %
    (kept inside the input's allowed range)."""
    if dist is not None:
        lo, hi = dist.ppf(TORNADO_QUANTILES)
        return float(lo), float(hi)
    a, b = slot.bounds
    low = slot.base * (1 - DEFAULT_RELATIVE_RANGE)
    high = slot.base * (1 + DEFAULT_RELATIVE_RANGE)
    low, high = min(low, high), max(low, high)
    return max(low, a), min(high, b)


def sensitivity_inputs(scenario: Scenario, pset: ParameterSet
                       ) -> list[tuple[InputSlot, tuple[float, float]]]:
    """Drawn inputs first (the scenario's, then the parameter set's), then the usual
    drivers not declared, skipping zero ones. With a study's effect the rate without the
    measure is the study's control level: varying it alone would vary the effect, which the
    rate with the measure already draws from the study's interval, so it is left out."""
    from_study = scenario.intervention.effect is not None
    scenario = with_evidence(scenario, pset)
    rows = [(slot, sensitivity_range(slot, dist))
            for slot, dist in uncertain_inputs(scenario, pset)]
    seen = {slot.path for slot, _ in rows}
    effects = relative_risk_paths(scenario)
    for path in (*effects, *DEFAULT_SENSITIVITY):
        if scenario.mode == "markov" and (path.removeprefix("intervention.") in PROFILE_ONLY
                                          or (effects and path.startswith(PARAM_PREFIX))):
            continue  # drawn transitions and parameters cannot share a model (markov_flows)
        if path in seen or (path.startswith(PARAM_PREFIX)
                            and path.removeprefix(PARAM_PREFIX) not in pset.parameters):
            continue
        if from_study and path == "intervention.success_rate_without":
            continue
        if scenario.reform is not None and path.startswith(PARAM_PREFIX):
            continue  # a reform's flows are built once from the set (see resolve)
        slot = resolve(path, scenario, pset)
        if slot.base != 0:
            rows.append((slot, sensitivity_range(slot, None)))
    return rows
