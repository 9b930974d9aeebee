"""One-way sensitivity (tornado) and switching values, on the vectorised model.

Tornado: each input at its low and high (P10/P90 of its distribution, or base ±20 %),
all others at base; every row is one draw of the same kernel, so the whole table is one
batch. Rows are sorted by swing, widest first. Switching value: the value of one input
at which an NPV is zero, found by scanning the allowed range on a grid (one batch) and
refining each sign change with Brent's method; none in the range is said plainly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from costbenefit.model.evidence_effect import EvidenceUse, resolve_evidence
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.uncertainty.draws import UncertainModel
from costbenefit.uncertainty.inputs import sensitivity_inputs
from costbenefit.uncertainty.slots import InputSlot

SCAN_POINTS = 401
UNBOUNDED_SPAN = 10.0  # an input without an upper bound is searched up to 10 × its base value


@dataclass(frozen=True)
class TornadoRow:
    slot: InputSlot
    low: float
    high: float
    at_low: float
    at_high: float

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)


@dataclass(frozen=True)
class Tornado:
    outcome: str
    base: float
    rows: tuple[TornadoRow, ...]  # widest swing first


@dataclass(frozen=True)
class SwitchingValue:
    slot: InputSlot
    outcome: str
    search_range: tuple[float, float]
    value: float | None  # the root nearest the base value, None when there is none
    roots: tuple[float, ...]  # every sign change found in the range
    sign_in_range: int  # +1 / -1: the NPV's sign throughout the range when there is no root


def tornado(model: UncertainModel, rows: Sequence[tuple[InputSlot, tuple[float, float]]],
            outcomes: Sequence[str]) -> dict[str, Tornado]:
    n = len(rows)
    values = {}
    for i, (slot, (low, high)) in enumerate(rows):
        column = np.full(2 * n + 1, model.slots[slot.path].base)
        column[1 + 2 * i], column[2 + 2 * i] = low, high
        values[slot.path] = column
    results = model.outcomes(values, outcomes)
    out = {}
    for name in outcomes:
        r = results[name]
        table = [TornadoRow(slot, low, high, float(r[1 + 2 * i]), float(r[2 + 2 * i]))
                 for i, (slot, (low, high)) in enumerate(rows)]
        table.sort(key=lambda row: row.swing, reverse=True)
        out[name] = Tornado(name, float(r[0]), tuple(table))
    return out


def default_range(slot: InputSlot) -> tuple[float, float]:
    lo, hi = slot.bounds
    reach = UNBOUNDED_SPAN * max(abs(slot.base), 1.0)
    return (lo if math.isfinite(lo) else slot.base - reach,
            hi if math.isfinite(hi) else slot.base + reach)


def switching_value(model: UncertainModel, path: str, outcome: str,
                    search_range: tuple[float, float] | None = None) -> SwitchingValue:
    from scipy.optimize import brentq

    slot = model.slots[path]
    lo, hi = search_range or default_range(slot)
    grid = np.linspace(lo, hi, SCAN_POINTS)

    def f(x: float) -> float:
        return float(model.outcomes({path: np.array([x])}, [outcome])[outcome][0])

    y = model.outcomes({path: grid}, [outcome])[outcome]
    roots = [float(x) for x, v in zip(grid, y, strict=True) if v == 0]
    for i in np.flatnonzero(np.sign(y[:-1]) * np.sign(y[1:]) < 0):
        roots.append(float(brentq(f, grid[i], grid[i + 1], xtol=1e-12, rtol=1e-12)))
    roots.sort()
    nearest = min(roots, key=lambda x: abs(x - slot.base)) if roots else None
    sign = 0 if roots else int(np.sign(y[0]))
    return SwitchingValue(slot, outcome, (float(lo), float(hi)), nearest, tuple(roots), sign)


@dataclass(frozen=True)
class SensitivityReport:
    tornados: dict[str, Tornado]
    switching: tuple[SwitchingValue, ...]
    evidence: EvidenceUse | None = None  # the study the effect's range comes from, if any


def sensitivity_model(scenario: Scenario, pset: ParameterSet
                      ) -> tuple[UncertainModel, list[tuple[InputSlot, tuple[float, float]]]]:
    """The tornado's inputs with their low/high, and the model that evaluates them."""
    rows = sensitivity_inputs(scenario, pset)
    points = {s.path: (*default_range(s), lo, s.base, hi) for s, (lo, hi) in rows
              if s.is_parameter}  # check linearity over the whole switching-value range
    return UncertainModel(scenario, pset, [s for s, _ in rows], points), rows


def run_sensitivity(scenario: Scenario, pset: ParameterSet, outcomes: Sequence[str],
                    switching_outcome: str = "public_total") -> SensitivityReport:
    """Tornado for every outcome, and a switching value for every input in the tornado."""
    model, rows = sensitivity_model(scenario, pset)
    switching = tuple(switching_value(model, s.path, switching_outcome) for s, _ in rows)
    return SensitivityReport(tornado(model, rows, outcomes), switching,
                             resolve_evidence(scenario, pset)[1])
