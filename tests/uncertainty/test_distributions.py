"""Distributions: inverse CDFs against scipy.stats, zero width, and malformed declarations."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pydantic import TypeAdapter
from scipy import stats

from costbenefit.errors import InputError
from costbenefit.parameters.distributions import Distribution
from costbenefit.uncertainty.inputs import declared
from costbenefit.validation.yaml_safe import load_yaml_text
from tests.uncertainty.helpers import make

ADAPTER = TypeAdapter(Distribution)
U = np.linspace(0.001, 0.999, 999)
BAD = Path(__file__).resolve().parents[1] / "fixtures" / "bad_uncertainty"

CASES = [
    ({"distribution": "uniform", "low": 1, "high": 3}, stats.uniform(1, 2)),
    ({"distribution": "triangular", "low": 1, "mode": 1.5, "high": 3},
     stats.triang(0.25, loc=1, scale=2)),
    # PERT(1, 1.5, 3): alpha = 1 + 4·0.5/2 = 2, beta = 1 + 4·1.5/2 = 4
    ({"distribution": "pert", "low": 1, "mode": 1.5, "high": 3}, stats.beta(2, 4, loc=1, scale=2)),
    ({"distribution": "beta", "alpha": 2, "beta": 5}, stats.beta(2, 5)),
    ({"distribution": "normal", "mean": 1, "sd": 2}, stats.norm(1, 2)),
    ({"distribution": "normal", "mean": 1, "sd": 2, "low": 0, "high": 4},
     stats.truncnorm(-0.5, 1.5, loc=1, scale=2)),
    ({"distribution": "lognormal", "median": 5, "sigma": 0.3}, stats.lognorm(0.3, scale=5)),
    # equal sides: a split normal is the normal
    ({"distribution": "split_normal", "median": 1, "sd_low": 2, "sd_high": 2}, stats.norm(1, 2)),
]


@pytest.mark.parametrize(("spec", "reference"), CASES, ids=[c[0]["distribution"] for c in CASES])
def test_inverse_cdf_and_mean_match_scipy_stats(spec, reference) -> None:
    dist = ADAPTER.validate_python(spec)
    np.testing.assert_allclose(dist.ppf(U), reference.ppf(U), rtol=1e-12, atol=1e-12)
    # the mean is the integral of the inverse CDF over (0, 1): midpoint rule on 10^6 cells
    mid = (np.arange(1_000_000) + 0.5) / 1_000_000
    assert dist.ppf(mid).mean() == pytest.approx(reference.mean(), rel=1e-4)


@pytest.mark.parametrize("spec", [
    {"distribution": "uniform", "low": 0.3, "high": 0.3},
    {"distribution": "triangular", "low": 0.3, "mode": 0.3, "high": 0.3},
    {"distribution": "pert", "low": 0.3, "mode": 0.3, "high": 0.3},
    {"distribution": "normal", "mean": 0.3, "sd": 0},
    {"distribution": "beta", "alpha": 2, "beta": 3, "low": 0.3, "high": 0.3},
    {"distribution": "lognormal", "median": 0.3, "sigma": 0},
    {"distribution": "split_normal", "median": 0.3, "sd_low": 0, "sd_high": 0},
])
def test_zero_width_gives_its_value_exactly(spec) -> None:
    dist = ADAPTER.validate_python(spec)
    assert np.all(dist.ppf(U) == 0.3)


def test_split_normal_keeps_a_lopsided_interval_at_its_quantiles() -> None:
    """DNV GL's 0,29 (0 to 0,345): below the median the lower half of N(0,29; 0,29/1,96),
    above it the upper half of N(0,29; 0,055/1,96), so 2,5 %, 50 % and 97,5 % are the
    interval's ends and the estimate."""
    dist = ADAPTER.validate_python({"distribution": "split_normal", "median": 0.29,
                                    "sd_low": 0.29 / 1.96, "sd_high": 0.055 / 1.96})
    low, mid, high = dist.ppf(np.array([0.025, 0.5, 0.975]))
    assert (low, mid, high) == pytest.approx((0.0, 0.29, 0.345), abs=1e-3)
    below = stats.norm(0.29, 0.29 / 1.96)
    # atol: the 2.5 % quantile lies near 0, where one unit in the last place of 0.29 is
    # a large relative difference
    np.testing.assert_allclose(dist.ppf(U[U < 0.5]), below.ppf(U[U < 0.5]), rtol=1e-12,
                               atol=1e-12)
    truncated = ADAPTER.validate_python({"distribution": "split_normal", "median": 0.29,
                                         "sd_low": 0.2, "sd_high": 0.03, "low": 0.1,
                                         "high": 0.3})
    x = truncated.ppf(U)
    assert x.min() >= 0.1 and x.max() <= 0.3 and np.all(np.diff(x) >= 0)


EXPECTED_FIELD = {
    "low_above_high.yaml": "uncertainty.intervention.success_rate_with",
    "mode_outside_range.yaml": "uncertainty.intervention.decay",
    "negative_sd.yaml": "uncertainty.intervention.cost_per_participant_year.stat",
    "unbounded_on_share.yaml": "uncertainty.intervention.success_rate_with",
    "share_above_one.yaml": "uncertainty.intervention.success_rate_with",
    "unknown_distribution.yaml": "uncertainty.intervention.decay",
    "missing_distribution.yaml": "uncertainty.intervention.decay",
    "unknown_path.yaml": "uncertainty.intervention.succes_rate",
    "integer_input.yaml": "uncertainty.intervention.lag_years",
    "unknown_parameter.yaml": "uncertainty.param:benefits.sosialhjelp.finnes_ikke",
    "table_parameter.yaml": "uncertainty.param:target_groups.vgs_dropout.trajectory",
    "negative_money.yaml": "uncertainty.param:benefits.sosialhjelp.average_per_recipient",
    "beta_alpha_zero.yaml": "uncertainty.intervention.attribution",
    "lognormal_median_zero.yaml": "uncertainty.intervention.cohorts.0.participants",
    "extra_key.yaml": "uncertainty.intervention.decay",
}


def test_every_bad_fixture_has_an_expectation() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(EXPECTED_FIELD)


@pytest.mark.parametrize("name", sorted(EXPECTED_FIELD))
def test_malformed_uncertainty_names_the_field(name: str, pset) -> None:
    raw = load_yaml_text((BAD / name).read_text(encoding="utf-8"), name)
    with pytest.raises(InputError) as info:
        declared(make(raw["uncertainty"]), pset)
    assert info.value.field is not None
    assert info.value.field.startswith(EXPECTED_FIELD[name]), info.value.field
    norwegian = ("må", "ukjent", "oppgi", "for liten", "bare", "finnes ikke", "kan ikke")
    assert any(word in str(info.value) for word in norwegian), str(info.value)
