"""Probability distributions for uncertain inputs, as declared in a scenario's
``uncertainty:`` or in a parameter file's ``distribution:`` (hence here, in the lowest
package that declares them; :mod:`costbenefit.uncertainty` draws from them).

Every distribution is sampled by its inverse CDF from uniform numbers (closed forms, and
:mod:`.special_functions` for the normal and beta: numpy ports agreeing with scipy.special
to ~1e-14, as importing scipy would take most of a second; only a beta shape outside
0.5–50 still goes to scipy.special), so one seeded generator gives the same draws on
every machine, and low/high for a tornado are plain quantiles of the same distribution.
A zero-width distribution (low = high, sd = 0) returns its single value exactly.

YAML, one entry per input under ``uncertainty:``::

    intervention.success_rate_with: {distribution: pert, low: 0.30, mode: 0.366, high: 0.45}
    param:benefits.sosialhjelp.average_per_recipient: {distribution: lognormal,
                                                       median: 63600, sigma: 0.2}
"""

from __future__ import annotations

import math
from typing import Annotated, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from costbenefit.parameters.special_functions import betaincinv, ndtr, ndtri

TORNADO_QUANTILES = (0.10, 0.90)
# no number a distribution is declared with is larger in magnitude (participants, kroner,
# rates alike): beyond it, finite inputs overflow the model's sums
MAX_ABS = 1e12


class DistributionBase(BaseModel):
    # .inf and .nan are refused (only a normal's truncation bounds may be infinite)
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)

    @model_validator(mode="after")
    def _bounded(self) -> DistributionBase:
        for name, v in self:
            if isinstance(v, float) and math.isnan(v):
                raise ValueError(f"{name} er ikke et tall (nan); oppgi et vanlig tall")
            if isinstance(v, float) and math.isfinite(v) and abs(v) > MAX_ABS:
                raise ValueError(f"{name} = {v:g} er urimelig stort; tallene i en fordeling må "
                                 f"ligge mellom -{MAX_ABS:g} og {MAX_ABS:g}")
        return self

    def support(self) -> tuple[float, float]:
        raise NotImplementedError

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        raise NotImplementedError


    def _point(self) -> float | None:
        """The single value of a zero-width distribution, else None."""
        lo, hi = self.support()
        return lo if lo == hi else None

    def ppf(self, u: np.ndarray) -> np.ndarray:
        """Values at cumulative probabilities ``u`` (inverse CDF)."""
        point = self._point()
        if point is not None:
            return np.full(np.shape(u), point)
        return self._ppf(np.asarray(u, dtype=float))


def _ordered(low: float, mid: float | None, high: float, what: str) -> None:
    if low > high:
        raise ValueError(f"low ({low:g}) må være mindre enn eller lik high ({high:g})")
    if mid is not None and not low <= mid <= high:
        raise ValueError(f"{what} ({mid:g}) må ligge mellom low ({low:g}) og high ({high:g})")


class Uniform(DistributionBase):
    distribution: Literal["uniform"]
    low: float
    high: float

    @model_validator(mode="after")
    def _check(self) -> Uniform:
        _ordered(self.low, None, self.high, "")
        return self

    def support(self) -> tuple[float, float]:
        return self.low, self.high

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        return self.low + u * (self.high - self.low)


class Triangular(DistributionBase):
    distribution: Literal["triangular"]
    low: float
    mode: float
    high: float

    @model_validator(mode="after")
    def _check(self) -> Triangular:
        _ordered(self.low, self.mode, self.high, "mode")
        return self

    def support(self) -> tuple[float, float]:
        return self.low, self.high

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        lo, mode, hi = self.low, self.mode, self.high
        c = (mode - lo) / (hi - lo)
        left = lo + np.sqrt(u * (hi - lo) * (mode - lo))
        right = hi - np.sqrt((1 - u) * (hi - lo) * (hi - mode))
        return np.where(u < c, left, right)


class Pert(DistributionBase):
    """Beta-PERT: a beta on [low, high] with its mode at `mode`; `lamb` = 4 is classic PERT."""

    distribution: Literal["pert"]
    low: float
    mode: float
    high: float
    lamb: float = Field(4.0, gt=0)

    @model_validator(mode="after")
    def _check(self) -> Pert:
        _ordered(self.low, self.mode, self.high, "mode")
        return self

    def support(self) -> tuple[float, float]:
        return self.low, self.high

    def _shape(self) -> tuple[float, float]:
        width = self.high - self.low
        return (1 + self.lamb * (self.mode - self.low) / width,
                1 + self.lamb * (self.high - self.mode) / width)

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        return _beta_ppf(u, *self._shape(), self.low, self.high)


class Beta(DistributionBase):
    """Beta(alpha, beta) stretched to [low, high] (default 0–1, e.g. a share)."""

    distribution: Literal["beta"]
    alpha: float = Field(gt=0)
    beta: float = Field(gt=0)
    low: float = 0.0
    high: float = 1.0

    @model_validator(mode="after")
    def _check(self) -> Beta:
        _ordered(self.low, None, self.high, "")
        return self

    def support(self) -> tuple[float, float]:
        return self.low, self.high

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        return _beta_ppf(u, self.alpha, self.beta, self.low, self.high)


class Normal(DistributionBase):
    """Normal(mean, sd), optionally truncated to [low, high]."""

    # dumps as `mean`, the name it is written with, so a dumped scenario validates again
    model_config = ConfigDict(extra="forbid", frozen=True, serialize_by_alias=True,
                              allow_inf_nan=False)
    distribution: Literal["normal"]
    mean_: float = Field(alias="mean")
    sd: float = Field(ge=0)
    low: float = Field(-np.inf, allow_inf_nan=True)
    high: float = Field(np.inf, allow_inf_nan=True)

    @model_validator(mode="after")
    def _check(self) -> Normal:
        _ordered(self.low, self.mean_ if self.sd == 0 else None, self.high, "mean")
        if self.low == self.high and self.sd > 0:
            raise ValueError("low og high er like; bruk sd: 0 for en fast verdi")
        return self

    def support(self) -> tuple[float, float]:
        if self.sd == 0:
            return self.mean_, self.mean_
        return self.low, self.high

    def _cdf_bounds(self) -> tuple[float, float]:
        return (float(ndtr((self.low - self.mean_) / self.sd)),
                float(ndtr((self.high - self.mean_) / self.sd)))

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        lo, hi = self._cdf_bounds()
        x = self.mean_ + self.sd * ndtri(lo + u * (hi - lo))
        return np.clip(x, self.low, self.high)


class SplitNormal(DistributionBase):
    """Half a normal below the median (sd_low) and half above it (sd_high), optionally
    truncated to [low, high]: the quantiles are ``median + sd · Φ⁻¹(u)`` with the sd of the
    side. With sd = half-width ÷ 1.96 a lopsided 95 % interval (e.g. 0 to 0.345 around
    0.29) keeps its ends as the 2.5 % and 97.5 % quantiles, where a normal would make it
    symmetric."""

    distribution: Literal["split_normal"]
    median: float
    sd_low: float = Field(ge=0)
    sd_high: float = Field(ge=0)
    low: float = Field(-np.inf, allow_inf_nan=True)
    high: float = Field(np.inf, allow_inf_nan=True)

    @model_validator(mode="after")
    def _check(self) -> SplitNormal:
        _ordered(self.low, self.median, self.high, "median")
        return self

    def support(self) -> tuple[float, float]:
        return (self.low if self.sd_low > 0 else self.median,
                self.high if self.sd_high > 0 else self.median)

    def _cdf(self, x: float) -> float:
        sd = self.sd_low if x < self.median else self.sd_high
        if sd == 0:
            return 0.5
        return float(ndtr((x - self.median) / sd))

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        lo, hi = self._cdf(self.low), self._cdf(self.high)
        p = lo + u * (hi - lo)
        z = ndtri(p)
        x = self.median + np.where(p < 0.5, self.sd_low, self.sd_high) * z
        return np.clip(x, self.low, self.high)


class LogNormal(DistributionBase):
    """Log-normal with the given median and `sigma` (standard deviation of the log)."""

    distribution: Literal["lognormal"]
    median: float = Field(gt=0)
    # the standard deviation of the log: beyond 5 the upper tail overflows (e^(5·4) ≈ 5·10⁸×)
    sigma: float = Field(ge=0, le=5)

    def support(self) -> tuple[float, float]:
        return (self.median, self.median) if self.sigma == 0 else (0.0, np.inf)

    def _ppf(self, u: np.ndarray) -> np.ndarray:
        return self.median * np.exp(self.sigma * ndtri(u))


def _beta_ppf(u: np.ndarray, a: float, b: float, low: float, high: float) -> np.ndarray:
    return low + (high - low) * betaincinv(a, b, u)


Distribution = Annotated[
    Uniform | Triangular | Pert | Beta | Normal | SplitNormal | LogNormal,
    Field(discriminator="distribution"),
]
