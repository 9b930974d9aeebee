"""Discount schedules: R-109's stepwise declining rate, a flat rate, or a custom one.

Convention (used in Excel too): year 0 is the first year of the measure and is not
discounted; ``DF(t) = Π_{k<t} 1 / (1 + r_k)``, so a step in the rate compounds on top of
the years before it (4 % for years 0–39, then 3 % on top from year 40, as Kystverket's
FRAM implements R-109/21).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.errors import InputError


@dataclass(frozen=True)
class DiscountSchedule:
    """Rates by step: ``steps[i] = (first_year, rate)``; the last step runs for ever."""

    name: str
    steps: tuple[tuple[int, float], ...]

    def __post_init__(self) -> None:
        if not self.steps or self.steps[0][0] != 0:
            raise InputError("en diskonteringsplan må starte i år 0", field="discounting")
        years = [y for y, _ in self.steps]
        if years != sorted(set(years)):
            raise InputError("årene i diskonteringsplanen må være stigende og unike",
                             field="discounting")
        if any(not (-0.5 < r < 1.0) for _, r in self.steps):
            raise InputError("diskonteringsrenten må ligge mellom -50 % og 100 %",
                             field="discounting")

    def rates(self, n_years: int) -> np.ndarray:
        """The rate r_k that applies from year k to year k+1, for k = 0..n-1."""
        out = np.empty(n_years)
        for i, (start, rate) in enumerate(self.steps):
            end = self.steps[i + 1][0] if i + 1 < len(self.steps) else n_years
            out[start:end] = rate
        return out

    def factors(self, n_years: int) -> np.ndarray:
        """DF(t) for t = 0..n-1, with DF(0) = 1."""
        df = np.ones(n_years)
        if n_years > 1:
            df[1:] = np.cumprod(1.0 / (1.0 + self.rates(n_years - 1)))
        return df

    def describe(self) -> dict[str, object]:
        return {
            "name": self.name,
            "rates": [{"from_year": y, "rate": r} for y, r in self.steps],
            "convention": "år 0 udiskontert; DF(t) = Π_{k<t} 1/(1+r_k)",
        }


def flat(rate: float) -> DiscountSchedule:
    return DiscountSchedule(name=f"flat {rate * 100:g} %", steps=((0, rate),))


def from_steps(name: str, steps: list[tuple[int, float]]) -> DiscountSchedule:
    return DiscountSchedule(name=name, steps=tuple((int(y), float(r)) for y, r in steps))
