"""Which inputs can be uncertain, their base values, allowed ranges and Norwegian labels.

An input is named by a path: a numeric field of the scenario's intervention
(``intervention.success_rate_with``, ``intervention.cohorts.0.participants``,
``intervention.cost_per_participant_year.stat``, ``intervention.fixed_costs.0.amount``) or a
numeric parameter (``param:benefits.sosialhjelp.average_per_recipient``, in the unit and
kroneår of its parameter file). Integer inputs (lag, persistence, duration) and the
discount schedule cannot be drawn here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from costbenefit.distributions import TORNADO_QUANTILES, DistributionBase
from costbenefit.engine import effective_parameters, occupancy_gap
from costbenefit.errors import InputError
from costbenefit.param_flows import ParamFlows
from costbenefit.param_view import ParamView, kpi_index
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import PROFILE_ONLY, Scenario, rules_date
from costbenefit.structure import PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.unit_flows import build_unit_flows, group_service_flows

PARAM_PREFIX = "param:"
DEFAULT_RELATIVE_RANGE = 0.20  # ±20 % where no range is given (Norwegian CBA practice, FRAM)
SHARE_UNITS = frozenset({"share"})
UNBOUNDED = (-math.inf, math.inf)
NON_NEGATIVE = (0.0, math.inf)
PROBE_FACTORS = (0.5, 2.0)  # × base: does a drawn parameter move the flows at all?
SHARE = (0.0, 1.0)

INTEGER_INPUTS = frozenset({"lag_years", "persistence_years", "duration_years"})
INTERVENTION_SHARES = {
    "success_rate_with": "Suksessrate med tiltaket",
    "success_rate_without": "Suksessrate uten tiltaket",
    "attribution": "Andel som tilskrives tiltaket",
    "effect_share": "Andel av gapet som lukkes",
    "decay": "Årlig avskrivning av effekten",
}


@dataclass(frozen=True)
class InputSlot:
    """One input that may vary: where it goes in the kernel, its base value and range."""

    path: str
    label: str
    base: float
    bounds: tuple[float, float]
    field: str  # KernelInputs attribute, or the parameter name for parameters
    column: int | None = None  # column of a 2-D KernelInputs array
    from_parameter_set: bool = False  # its distribution is the parameter file's own

    @property
    def is_parameter(self) -> bool:
        return self.path.startswith(PARAM_PREFIX)

    @property
    def is_markov(self) -> bool:
        """A transition or relative risk of Markov mode (see markov_uncertain.py)."""
        return self.path.startswith(("transition:", "markov."))


def scenario_slots(scenario: Scenario) -> dict[str, InputSlot]:
    """Every numeric scenario input that the kernel can take per draw."""
    iv = scenario.intervention
    slots = {}
    for name, label in INTERVENTION_SHARES.items():
        path = f"intervention.{name}"
        upper = math.nextafter(1.0, 0.0) if name == "decay" else 1.0
        slots[path] = InputSlot(path, label, float(getattr(iv, name)), (0.0, upper), name)
    for field, label in (("cost_per_participant_year", "Kostnad per deltakerår"),
                         ("transfer_per_participant_year", "Stønad per deltakerår")):
        amounts = getattr(iv, field).model_dump()
        for j, payer in enumerate(PUBLIC_PAYERS):
            path = f"intervention.{field}.{payer}"
            slots[path] = InputSlot(path, f"{label}, {PAYER_LABELS_NB[payer].lower()}",
                                    float(amounts[payer]), NON_NEGATIVE, field, j)
    for i, c in enumerate(iv.cohorts):
        path = f"intervention.cohorts.{i}.participants"
        slots[path] = InputSlot(path, f"Deltakere i kullet {c.year}", float(c.participants),
                                NON_NEGATIVE, "participants", i)
    for k, f in enumerate(iv.fixed_costs):
        path = f"intervention.fixed_costs.{k}.amount"
        slots[path] = InputSlot(path, f"Fast kostnad {f.year}, {PAYER_LABELS_NB[f.payer].lower()}",
                                float(f.amount), NON_NEGATIVE, "fixed_costs", k)
    return slots


_FLOW_PARAMETERS: dict[tuple[str, str, int, str, str], frozenset[str]] = {}


def flow_parameters(scenario: Scenario, pset: ParameterSet) -> frozenset[str]:
    """The parameters the unit flows and the target group's own services read: the only
    ones a draw can change (param_flows rebuilds just those flows per draw)."""
    when = rules_date(scenario)
    key = (pset.sha256, when.isoformat(), scenario.price_year, scenario.target_group,
           scenario.mode)
    if key not in _FLOW_PARAMETERS:
        view = ParamView(pset, when, kpi_index(pset))
        build_unit_flows(view, scenario.price_year)
        if scenario.mode != "markov":  # as engine.full_effect_flows
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


def resolve(path: str, scenario: Scenario, pset: ParameterSet) -> InputSlot:
    """The slot for `path`, or an InputError naming the field and the valid choices."""
    from costbenefit.markov_uncertain import check_mode, is_markov_path, markov_slot

    if is_markov_path(path):
        return markov_slot(path, scenario, pset)
    check_mode(path, scenario)
    if path.startswith(PARAM_PREFIX):
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


def _num(x: float) -> str:
    return f"{x:g}".replace("inf", "∞")


def check_distribution(slot: InputSlot, dist: DistributionBase) -> None:
    """A distribution must stay inside the range the input allows (e.g. 0–1 for a rate)."""
    lo, hi = dist.support()
    a, b = slot.bounds
    if lo < a or hi > b:
        raise InputError(
            f"fordelingen kan gi verdier fra {_num(lo)} til {_num(hi)}, men "
            f"{slot.label.lower()} må ligge fra {_num(a)} til {_num(b)}. Velg grenser innenfor "
            "(for normalfordeling: legg til low/high; for en "
            "andel: bruk beta, pert, triangular eller uniform)",
            field=f"uncertainty.{slot.path}",
        )


def declared(scenario: Scenario, pset: ParameterSet) -> list[tuple[InputSlot, DistributionBase]]:
    """The scenario's `uncertainty:` section, checked against the model."""
    out = []
    for path, dist in scenario.uncertainty.items():
        slot = resolve(path, scenario, pset)
        check_distribution(slot, dist)
        out.append((slot, dist))
    return out


DEFAULT_SENSITIVITY = (
    "intervention.success_rate_with",
    "intervention.success_rate_without",
    "intervention.attribution",
    "intervention.effect_share",
    "intervention.decay",
    *(f"intervention.cost_per_participant_year.{p}" for p in PUBLIC_PAYERS),
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
    drivers not declared, skipping zero ones."""
    from costbenefit.param_uncertainty import uncertain_inputs

    rows = [(slot, sensitivity_range(slot, dist))
            for slot, dist in uncertain_inputs(scenario, pset)]
    seen = {slot.path for slot, _ in rows}
    markov = scenario.markov.transition_effects if scenario.markov is not None else []
    effects = [f"markov.transition_effects.{i}.relative_risk" for i in range(len(markov))]
    for path in (*effects, *DEFAULT_SENSITIVITY):
        if scenario.mode == "markov" and (path.removeprefix("intervention.") in PROFILE_ONLY
                                          or (effects and path.startswith(PARAM_PREFIX))):
            continue  # drawn transitions and parameters cannot share a model (markov_flows)
        if path in seen or (path.startswith(PARAM_PREFIX)
                            and path.removeprefix(PARAM_PREFIX) not in pset.parameters):
            continue
        slot = resolve(path, scenario, pset)
        if slot.base != 0:
            rows.append((slot, sensitivity_range(slot, None)))
    return rows
