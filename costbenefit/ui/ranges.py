"""Simple uncertainty ranges declared in the app, mapped onto the scenario's `uncertainty:`.

A range is low/high for one form input, in the units the form shows (percent, kroner). It
becomes a PERT distribution with its most likely value at the input's value in the form,
the same kind the examples declare. A distribution the scenario already declares, and the
user has not touched, is kept as written, so a scenario loaded and saved again is
unchanged. Free of Streamlit, like :mod:`costbenefit.ui.form`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import FUNDING_PAYERS
from costbenefit.parameters.distributions import DistributionBase
from costbenefit.report import i18n
from costbenefit.uncertainty.slots import DEFAULT_RELATIVE_RANGE
from costbenefit.validation.messages import input_error_from

FORM_SOURCE = "skjemaet"
COST_PREFIX = "intervention.cost_per_participant_year."
DECLARED_QUANTILES = (0.05, 0.95)  # shown as low/high for a distribution without ends


@dataclass(frozen=True)
class RangeInput:
    """One form input that may carry a range: its form field, scenario path and scale."""

    field: str  # form field holding the value, e.g. success_with_pct
    path: str  # uncertainty path, e.g. intervention.success_rate_with
    per_unit: float  # form units per model unit: 100 for percent, 1 for kroner

    @property
    def is_percent(self) -> bool:
        return self.per_unit != 1.0

    def fields(self) -> tuple[str, str, str]:
        return f"unc_{self.field}_on", f"unc_{self.field}_low", f"unc_{self.field}_high"

    def shown(self, model_value: float) -> float | int:
        return (round(model_value * self.per_unit, 6) if self.is_percent
                else round(model_value))

    def text(self, form_value: float) -> str:
        return (i18n.percent(form_value / self.per_unit, 1) if self.is_percent
                else i18n.kr(form_value))


RANGE_INPUTS = (
    RangeInput("success_with_pct", "intervention.success_rate_with", 100.0),
    RangeInput("success_without_pct", "intervention.success_rate_without", 100.0),
    *(RangeInput(f"cost_{p}", f"{COST_PREFIX}{p}", 1.0)
      for p in FUNDING_PAYERS),
)
FIELDS = tuple(k for r in RANGE_INPUTS for k in r.fields())


def declared_range(dist: DistributionBase) -> tuple[float, float]:
    """Low/high of a declared distribution: its ends, or P5/P95 when it has none."""
    lo, hi = dist.support()
    if math.isfinite(lo) and math.isfinite(hi):
        return lo, hi
    p5, p95 = dist.ppf(np.array(DECLARED_QUANTILES))
    return float(p5), float(p95)


def form_values(sc: Scenario) -> dict[str, Any]:
    """The range widgets for `sc`: on with the declared ends, or off (0, 0)."""
    out: dict[str, Any] = {}
    for r in RANGE_INPUTS:
        on, low, high = r.fields()
        dist = sc.uncertainty.get(r.path)
        lo, hi = declared_range(dist) if dist is not None else (0.0, 0.0)
        out.update({on: dist is not None, low: r.shown(lo), high: r.shown(hi)})
    return out


def suggested(r: RangeInput, value: float) -> tuple[float | int, float | int]:
    """A first range when the user ticks an input: its value ±20 %, as the tornado uses."""
    low, high = sorted((value * (1 - DEFAULT_RELATIVE_RANGE), value * (1 + DEFAULT_RELATIVE_RANGE)))
    if r.is_percent:
        return round(max(low, 0.0), 6), round(min(high, r.per_unit), 6)
    return round(max(low, 0)), round(high)


def with_ranges(sc: Scenario, base: Scenario, values: dict[str, Any]) -> Scenario:
    """`sc` with the form's ranges in its `uncertainty:` section (other paths kept).

    Raises InputError naming the input when a range does not surround the form value.
    """
    unchanged = form_values(base)
    # keep the declared order: Monte Carlo draws the inputs in it, as the CLI does
    section = {p: d.model_dump(by_alias=True) for p, d in sc.uncertainty.items()}
    for r in RANGE_INPUTS:
        on, low_key, high_key = r.fields()
        if not values[on]:
            section.pop(r.path, None)
            continue
        if (r.path in base.uncertainty and r.path in section
                and all(values[k] == unchanged[k] for k in r.fields())
                and values[r.field] == _form_value(base, r)):
            continue  # as declared in the scenario, untouched
        low, high, mode = values[low_key], values[high_key], values[r.field]
        if not low <= mode <= high:
            raise InputError(
                f"lav ({r.text(low)}) må være høyst og høy ({r.text(high)}) minst verdien i "
                f"skjemaet ({r.text(mode)}); den er den mest sannsynlige verdien",
                source=FORM_SOURCE, field=f"usikkerhet: {r.path}")
        section[r.path] = {"distribution": "pert", "low": low / r.per_unit,
                           "mode": mode / r.per_unit, "high": high / r.per_unit}
    try:
        # only what `sc` sets itself, so a scenario that names a study stays valid
        return Scenario.model_validate(
            {**sc.model_dump(mode="python", by_alias=True, exclude_unset=True),
             "uncertainty": section})
    except ValidationError as exc:
        raise input_error_from(exc, FORM_SOURCE) from None


def _form_value(sc: Scenario, r: RangeInput) -> float | int:
    """The input's value in `sc`, as the form shows it."""
    iv = sc.intervention
    owner = iv.cost_per_participant_year if r.path.startswith(COST_PREFIX) else iv
    return r.shown(getattr(owner, r.path.rsplit(".", 1)[1]))
