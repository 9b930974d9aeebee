"""IRR only where the cash flow changes sign exactly once."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import brentq

from costbenefit.model.irr import irr, sign_changes


def test_hand_computed_two_year_case() -> None:
    # -100 + 60/(1+r) + 60/(1+r)^2 = 0; with x = 1/(1+r): 60x² + 60x - 100 = 0
    # x = (-60 + sqrt(60² + 4·60·100)) / (2·60) = (-60 + sqrt(27 600)) / 120
    x = (-60 + math.sqrt(27_600)) / 120
    by_hand = 1 / x - 1  # ≈ 0.13066
    result = irr(np.array([-100.0, 60.0, 60.0]))
    assert result.rate == pytest.approx(by_hand, rel=1e-12)
    check = brentq(lambda r: -100 + 60 / (1 + r) + 60 / (1 + r) ** 2, 0.0, 1.0)
    assert result.rate == pytest.approx(check, rel=1e-10)


@pytest.mark.parametrize("flows", [
    [-50, -100, 600, 300, -100],  # numpy-financial gives -76.9 % here; the flow has two roots
    [-1, 3, -2],  # roots at 0 % and 100 %
    [100, 50, 20],  # never changes sign
    [0, 0, 0],
])
def test_undefined_unless_exactly_one_sign_change(flows) -> None:
    result = irr(np.array(flows, dtype=float))
    assert result.rate is None
    assert "udefinert" in result.reason


def test_zeros_do_not_count_as_sign_changes() -> None:
    assert sign_changes(np.array([-100.0, 0.0, 0.0, 50.0, 0.0, 80.0])) == 1
    assert irr(np.array([-100.0, 0.0, 0.0, 50.0, 0.0, 80.0])).rate is not None


@settings(max_examples=50, deadline=None)
@given(cost=st.floats(1, 1e6), gains=st.lists(st.floats(1, 1e6), min_size=1, max_size=40))
def test_npv_at_the_irr_is_zero(cost, gains) -> None:
    flows = np.array([-cost, *gains])
    rate = irr(flows).rate
    assert rate is not None and rate > -1
    npv = float(np.sum(flows / (1 + rate) ** np.arange(flows.size)))
    assert npv == pytest.approx(0.0, abs=1e-7 * flows.__abs__().sum())
