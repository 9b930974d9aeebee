"""Read parameters at one rules date, with money in that year's kroner."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from costbenefit.errors import InputError
from costbenefit.parameters.prices import PriceIndex
from costbenefit.parameters.schema import ParameterSet

KPI_NAME = "macro.kpi"


def kpi_index(pset: ParameterSet) -> PriceIndex:
    """The KPI series as {year: level}; each value is keyed by the 1 January of its year."""
    param = pset.get(KPI_NAME)
    return PriceIndex(KPI_NAME, {d.year: float(v.value) for d, v in param.values.items()})


@dataclass
class ParamView:
    """Parameters in force on `when`, money converted to kroner of `when.year`.

    Records every parameter it reads, so results can list exactly what they used.
    """

    pset: ParameterSet
    when: dt.date
    kpi: PriceIndex
    used: dict[str, None] = field(default_factory=dict)  # an ordered set of names

    def plain(self, name: str) -> Any:
        value = self.pset.get(name).at(self.when)
        self.used[name] = None
        return value

    def number(self, name: str) -> float:
        value = self.plain(name)
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise InputError("forventet et tall", source=name, field=self.when.isoformat())
        return float(value)

    def money_factor(self, name: str) -> float:
        """Factor from the parameter's kroneår to the rules year's kroner."""
        param = self.pset.get(name)
        year = param.price_year_at(self.when)
        if year is None:
            raise InputError(f"enheten '{param.unit}' er ikke en pengeverdi", source=name)
        return self.kpi.factor(year, self.when.year)

    def money(self, name: str) -> float:
        return self.number(name) * self.money_factor(name)
