"""Unit flows when parameters are drawn: a fast linear path and a slower grouping path.

Most drawn parameters enter the unit flows linearly (sosialhjelp per recipient, service
unit costs): ``F(θ) = F(θ₀) + (θ - θ₀)·G``. For those, the flows of a success are
``H(θ) = H₀ + Σ_j (θ_j - θ_j₀)·H_j``, one multiply-add per parameter over the draws.
Linearity is not assumed from a list: it is *checked* by rebuilding the flows at the
ends and middle of each distribution's range (and all linear parameters at their upper
ends together). Parameters that fail (tax rules, grunnbeløp, wages: they pass through
progressive taxes) take the slow path: draws are grouped by their values of those
parameters and the unit flows are rebuilt once per group (about a millisecond each), so
a continuous distribution costs one rebuild per draw.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

import numpy as np

from costbenefit.model.prepare import full_effect_flows, with_reform
from costbenefit.model.scenario import Scenario
from costbenefit.model.unit_flows import build_unit_flows
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet

CHECK_QUANTILES = (0.001, 0.5, 0.999)
LINEAR_RTOL = 1e-9


def with_values(pset: ParameterSet, when, values: Mapping[str, float]) -> ParameterSet:
    """A copy where each named parameter's value in force on `when` is replaced.

    Unlike ``with_overrides`` the value keeps its date, so nominal parameters keep their
    kroneår. The hash covers the replaced values.
    """
    params = dict(pset.parameters)
    for name, value in values.items():
        param = pset.get(name)
        date, entry = param.entry_at(when)
        new_values = {**param.values, date: entry.model_copy(update={"value": float(value)})}
        params[name] = param.model_copy(update={"values": new_values})
    extra = json.dumps({k: float(v) for k, v in values.items()}, sort_keys=True).encode()
    digest = hashlib.sha256(pset.sha256.encode() + extra).hexdigest()
    return pset.model_copy(update={"parameters": params, "sha256": digest})


class ParamFlows:
    """Flows of one success at full effect, ``H[draw, k, payer, category]``, for drawn
    parameter values; see the module docstring for the two paths."""

    def __init__(self, pset: ParameterSet, scenario: Scenario, when, gap: np.ndarray,
                 check_points: Mapping[str, tuple[float, ...]], base: Mapping[str, float]):
        self._pset, self._scenario, self._when = pset, scenario, when
        self._gap = gap
        self.base = dict(base)
        self.h0 = self.at({})
        self.linear: dict[str, np.ndarray] = {}
        self.nonlinear: list[str] = []
        for name, points in check_points.items():
            slope = self._linear_slope(name, points)
            if slope is None:
                self.nonlinear.append(name)
            else:
                self.linear[name] = slope
        if self.linear and not self.nonlinear and not self._jointly_linear(check_points):
            self.nonlinear, self.linear = list(self.linear), {}
        if self.nonlinear:  # mixed models are computed wholly on the slow path
            self.nonlinear, self.linear = list(check_points), {}

    def at(self, values: Mapping[str, float]) -> np.ndarray:
        """Full-effect flows ``[k, payer, category]`` rebuilt with the named values."""
        pset = with_values(self._pset, self._when, values) if values else self._pset
        view = ParamView(pset, self._when, kpi_index(pset))
        sc = self._scenario
        flows, lines, _ = with_reform(
            sc, view, build_unit_flows(view, sc.price_year, sc.kommune.income_equalisation))
        return full_effect_flows(sc, view, flows, self._gap, lines)[0]

    def _linear_slope(self, name: str, points: tuple[float, ...]) -> np.ndarray | None:
        base = self.base[name]
        lo, hi = min(points), max(points)
        if lo == hi:
            return np.zeros_like(self.h0)
        h_lo, h_hi = self.at({name: lo}), self.at({name: hi})
        slope = (h_hi - h_lo) / (hi - lo)
        scale = max(float(np.abs(self.h0).max()), 1.0)
        for v in (*points, base):
            predicted = self.h0 + (v - base) * slope
            if np.abs(predicted - self.at({name: v})).max() > LINEAR_RTOL * scale * 10:
                return None
        return slope

    def _jointly_linear(self, check_points: Mapping[str, tuple[float, ...]]) -> bool:
        top = {name: max(points) for name, points in check_points.items()}
        predicted = self.h0 + sum((top[n] - self.base[n]) * self.linear[n] for n in self.linear)
        scale = max(float(np.abs(self.h0).max()), 1.0)
        return bool(np.abs(predicted - self.at(top)).max() <= LINEAR_RTOL * scale * 10)

    def flows(self, draws: int, values: Mapping[str, np.ndarray]) -> np.ndarray:
        """``H`` for `draws` draws: (K, P, C) when nothing varies, else (D, K, P, C)."""
        if not values:
            return self.h0
        if self.nonlinear:
            return self._grouped(draws, values)
        out = np.broadcast_to(self.h0, (draws, *self.h0.shape))
        for name, slope in self.linear.items():
            delta = values[name] - self.base[name]
            out = out + delta[:, None, None, None] * slope
        return out

    def _grouped(self, draws: int, values: Mapping[str, np.ndarray]) -> np.ndarray:
        names = list(values)
        table = np.column_stack([values[n] for n in names])
        unique, inverse = np.unique(table, axis=0, return_inverse=True)
        out = np.empty((draws, *self.h0.shape))
        for g, row in enumerate(unique):
            changed = {n: v for n, v in zip(names, row, strict=True) if v != self.base[n]}
            out[inverse.ravel() == g] = self.at(changed) if changed else self.h0
        return out
