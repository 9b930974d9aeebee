"""R-109 discounting: stepwise compounding, year 0 undiscounted."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from costbenefit.errors import InputError
from costbenefit.model.discounting import flat, from_steps

R109 = from_steps("R-109", [(0, 0.04), (40, 0.03), (75, 0.02)])


def test_year_zero_is_undiscounted() -> None:
    assert R109.factors(5)[0] == 1.0


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (1, 1 / 1.04),
        (10, 1.04**-10),  # 0.676 in shared/reference/anchors-utenforregnskapet.md §4.2
        (40, 1.04**-40),  # 0.208
        (50, 1.04**-40 * 1.03**-10),  # 0.155; flat 4 % would give 0.141
        (75, 1.04**-40 * 1.03**-35),  # 0.074
        (80, 1.04**-40 * 1.03**-35 * 1.02**-5),
    ],
)
def test_r109_golden_factors(t: int, expected: float) -> None:
    assert R109.factors(t + 1)[t] == pytest.approx(expected, rel=1e-12)


def test_rounded_reference_values() -> None:
    df = R109.factors(76)
    assert [round(df[t], 3) for t in (10, 20, 40, 50, 75)] == [0.676, 0.456, 0.208, 0.155, 0.074]


@given(rate=st.floats(0.001, 0.2), n=st.integers(2, 120))
def test_positive_rates_give_strictly_decreasing_factors(rate: float, n: int) -> None:
    df = flat(rate).factors(n)
    assert (df[1:] < df[:-1]).all()


@given(
    r1=st.floats(0.001, 0.1), r2=st.floats(0.001, 0.1), r3=st.floats(0.001, 0.1),
    n=st.integers(2, 120),
)
def test_stepped_schedules_strictly_decrease(r1: float, r2: float, r3: float, n: int) -> None:
    df = from_steps("x", [(0, r1), (40, r2), (75, r3)]).factors(n)
    assert (df[1:] < df[:-1]).all()


def test_describe_names_the_schedule() -> None:
    assert flat(0.04).describe()["name"] == "flat 4 %"
    assert R109.describe()["rates"][1] == {"from_year": 40, "rate": 0.03}


@pytest.mark.parametrize(
    "steps", [[(1, 0.04)], [(0, 0.04), (0, 0.03)], [(0, 2.0)], [(0, 0.04), (30, 0.03), (20, 0.02)]]
)
def test_invalid_schedules_are_input_errors(steps) -> None:
    with pytest.raises(InputError):
        from_steps("bad", steps)
