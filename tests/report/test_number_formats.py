"""Norwegian number formats: the hand-written rules against Babel's CLDR formatting of
the same patterns for ``nb_NO`` (Babel is a test dependency only)."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal, format_percent
from hypothesis import given
from hypothesis import strategies as st

from costbenefit.report import i18n
from costbenefit.report.catalogue import format_value

LOCALE = "nb_NO"
finite = st.one_of(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.integers(-10**12, 10**12).map(lambda n: n / 1000),  # exact halves, .125 and the like
    st.sampled_from([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 1e-7, 5e-11, 0.1 + 0.2]),
)
decimals = st.integers(0, 4)


def _pattern(decimals: int) -> str:
    return "#,##0" + ("." + "0" * decimals if decimals else "")


@given(finite, decimals)
def test_kr_and_number_match_babel(value: float, d: int) -> None:
    babel = format_decimal(value, format=_pattern(d), locale=LOCALE)
    assert i18n.number(value, d) == babel
    assert i18n.kr(value, d) == f"{babel} kr"


@given(finite, decimals)
def test_percent_matches_babel(value: float, d: int) -> None:
    assert i18n.percent(value, d) == format_percent(value, format=_pattern(d) + " %",
                                                    locale=LOCALE)


@given(finite, decimals)
def test_up_to_matches_babel(value: float, d: int) -> None:
    assert i18n.up_to(value, d) == format_decimal(round(value, d),
                                                  format="#,##0." + "#" * d, locale=LOCALE)


@given(finite, st.sampled_from(["share", "NOK/year", "G", "ratio"]))
def test_parameter_numbers_match_babel(value: float, unit: str) -> None:
    if unit == "share":
        expected = format_percent(value, format="#,##0.## %", locale=LOCALE)
    else:
        expected = format_decimal(value, format="#,##0.###", locale=LOCALE)
    assert i18n.parameter_number(value, unit) == expected


@given(finite)
def test_catalogue_numbers_match_babel(value: float) -> None:
    assert format_value(value) == format_decimal(value, format="#,##0.##########",
                                                 locale=LOCALE)


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
@pytest.mark.parametrize("d", [0, 2])
def test_values_that_are_not_finite_read_as_babel_writes_them(value: float, d: int) -> None:
    assert i18n.number(value, d) == format_decimal(value, format=_pattern(d), locale=LOCALE)


def test_the_shapes_users_read() -> None:
    assert i18n.kr(1234567) == "1\xa0234\xa0567 kr"
    assert i18n.percent(0.123) == "12,3 %"
    assert i18n.ratio(-1.2249) == "-1,22"
    assert i18n.up_to(40.50, 2) == "40,5"
