"""Kroneår conversion with KPI from the parameter set."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from costbenefit.errors import InputError
from costbenefit.parameters.dated_view import kpi_index
from tests.conftest import shipped_set


def test_kpi_golden(pset) -> None:
    kpi = kpi_index(pset)
    # 1 000 kr in 2015 is 1 000 · 133.6 / 100 = 1 336 kr in 2024
    assert kpi.convert(1000, 2015, 2024) == pytest.approx(1336.0)
    # the prison day: 3 000 kr (2012) · 133.6 / 93.9 ≈ 4 268 kr (2024), as in parameters-no.md
    assert kpi.convert(3000, 2012, 2024) == pytest.approx(3000 * 133.6 / 93.9)


@given(amount=st.floats(-1e9, 1e9), a=st.integers(2009, 2025), b=st.integers(2009, 2025))
def test_there_and_back_is_identity(amount: float, a: int, b: int) -> None:
    kpi = kpi_index(shipped_set())
    assert kpi.convert(kpi.convert(amount, a, b), b, a) == pytest.approx(amount, abs=1e-6)


@pytest.mark.parametrize("year", [1990, 2008, 2031])
def test_year_outside_series_is_a_clear_error(pset, year: int) -> None:
    with pytest.raises(InputError, match=f"kroneåret {year} ligger utenfor prisindeksen"):
        kpi_index(pset).convert(100, year, 2024)
