"""Which inputs can be uncertain, their base values, allowed ranges and Norwegian labels.

An input is named by a path: a numeric field of the scenario's intervention
(``intervention.success_rate_with``, ``intervention.cohorts.0.participants``,
``intervention.cost_per_participant_year.stat``, ``intervention.fixed_costs.0.amount``) or a
numeric parameter (``param:benefits.sosialhjelp.average_per_recipient``, in the unit and
kroneår of its parameter file). Integer inputs (lag, persistence, duration) and the
discount schedule cannot be drawn here.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from costbenefit.distributions import TORNADO_QUANTILES, DistributionBase
from costbenefit.errors import InputError
from costbenefit.parameters import ParameterSet
from costbenefit.scenario import PROFILE_ONLY, Scenario
from costbenefit.structure import PAYER_LABELS_NB, PUBLIC_PAYERS

PARAM_PREFIX = "param:"
DEFAULT_RELATIVE_RANGE = 0.20  # ±20 % where no range is given (Norwegian CBA practice, FRAM)
SHARE_UNITS = frozenset({"share"})
UNBOUNDED = (-math.inf, math.inf)
NON_NEGATIVE = (0.0, math.inf)
SHARE = (0.0, 1.0)

INTEGER_INPUTS = frozenset({"lag_years", "persistence_years", "duration_years"})
_INTERVENTION_SHARES = {
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
    for name, label in _INTERVENTION_SHARES.items():
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


def rules_date(scenario: Scenario) -> dt.date:
    return dt.date(scenario.effective_rules_year, 7, 1)


def parameter_slot(path: str, scenario: Scenario, pset: ParameterSet) -> InputSlot:
    name = path.removeprefix(PARAM_PREFIX)
    field = f"uncertainty.{path}"
    if name not in pset.parameters:
        raise InputError(f"parameteren '{name}' finnes ikke i parametersettet {pset.version}",
                         field=field)
    param = pset.get(name)
    value = param.at(rules_date(scenario))
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise InputError("bare parametere med ett tall kan ha en fordeling (denne er en "
                         "tabell eller liste)", field=field)
    bounds = NON_NEGATIVE if value >= 0 else UNBOUNDED
    if param.unit in SHARE_UNITS:
        bounds = SHARE
    return InputSlot(path, param.label or name, float(value), bounds, name)


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
    """Declared inputs first, then the usual drivers not declared, skipping zero ones."""
    rows = [(slot, sensitivity_range(slot, dist)) for slot, dist in declared(scenario, pset)]
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
