"""Tax on a wage, split by receiver, against the worked table in parameters-no.md §11.1."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from costbenefit.model.taxes import TaxRules
from costbenefit.parameters.dated_view import ParamView, kpi_index


def rules(pset, year: int) -> TaxRules:
    return TaxRules.from_params(ParamView(pset, dt.date(year, 7, 1), kpi_index(pset)))


@pytest.mark.parametrize(
    ("year", "wage", "total", "kommune", "fylke", "stat"),
    [
        (2024, 200_000, 19_945, 2_163, 464, 17_318),
        (2024, 500_000, 116_334, 33_649, 7_222, 75_463),
        (2024, 712_440, 192_213, 56_912, 12_214, 123_087),
        (2025, 300_000, 46_383, 12_680, 2_635, 31_068),
        (2025, 500_000, 113_644, 38_180, 7_935, 67_529),
        (2025, 750_000, 203_020, 70_055, 14_560, 118_405),
    ],
)
def test_tax_split_matches_reference_table(pset, year, wage, total, kommune, fylke, stat) -> None:
    split = rules(pset, year).split(wage)
    assert float(split["kommune"]) == pytest.approx(kommune, abs=1)
    assert float(split["fylkeskommune"]) == pytest.approx(fylke, abs=1)
    assert float(split["stat"]) == pytest.approx(stat, abs=1)
    assert float(sum(split.values())) == pytest.approx(total, abs=1)


def test_trinnskatt_500k_2025_is_9265(pset) -> None:
    r = rules(pset, 2025)
    only_trinn = r.split(500_000)["stat"] - r.fellesskatt * (500_000 - 92_000 - 108_550) \
        - r.trygdeavgift_rate * 500_000
    assert float(only_trinn) == pytest.approx(9_265, abs=1)  # smartepenger.no table


def test_tax_is_zero_below_the_deductions_and_monotone(pset) -> None:
    r = rules(pset, 2024)
    wages = np.linspace(0, 2_000_000, 401)
    total = sum(r.split(wages).values())
    assert total[0] == 0.0
    assert (np.diff(total) >= 0).all()
