"""An input that may vary (:class:`InputSlot`: where it goes in the kernel, its base value,
allowed range and Norwegian label), the scenario's own slots, and the range check.

An input is named by a path: a numeric field of the scenario's intervention
(``intervention.success_rate_with``, ``intervention.cohorts.0.participants``,
``intervention.cost_per_participant_year.stat``, ``intervention.fixed_costs.0.amount``),
a parameter (``param:…``, see :mod:`~costbenefit.uncertainty.parameter_slots`) or a Markov
transition or relative risk (:mod:`~costbenefit.uncertainty.markov_slots`);
:mod:`~costbenefit.uncertainty.inputs` resolves a path to its slot. Integer inputs (lag,
persistence, duration) and the discount schedule cannot be drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import FUNDING_PAYERS, PAYER_LABELS_NB
from costbenefit.parameters.distributions import DistributionBase

PARAM_PREFIX = "param:"
TRANSITION_PREFIX = "transition:"
EFFECT_PREFIX = "markov.transition_effects."
MARKOV_PREFIXES = (TRANSITION_PREFIX, EFFECT_PREFIX)
DEFAULT_RELATIVE_RANGE = 0.20  # ±20 % where no range is given (Norwegian CBA practice, FRAM)
SHARE_UNITS = frozenset({"share"})
UNBOUNDED = (-math.inf, math.inf)
NON_NEGATIVE = (0.0, math.inf)
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
        """A transition or relative risk of Markov mode (see markov_slots.py)."""
        return self.path.startswith(MARKOV_PREFIXES)


def scenario_slots(scenario: Scenario) -> dict[str, InputSlot]:
    """Every numeric scenario input that the kernel can take per draw."""
    iv = scenario.intervention
    slots = {}
    for name, label in INTERVENTION_SHARES.items():
        path = f"intervention.{name}"
        slots[path] = InputSlot(path, label, float(getattr(iv, name)), (0.0, 1.0), name)
    for field, label in (("cost_per_participant_year", "Kostnad per deltakerår"),
                         ("transfer_per_participant_year", "Stønad per deltakerår")):
        amounts = getattr(iv, field).model_dump()
        for j, payer in enumerate(FUNDING_PAYERS):
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
