"""Every parameter unit has a valid range, applied to parameter files (and, through
ParameterSet.with_overrides, to a scenario's overrides); numbers are finite (issue #18)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from costbenefit.errors import InputError
from costbenefit.parameters.loader import load_parameter_set, shipped_root
from costbenefit.parameters.schema import (
    MONEY_UNITS,
    UNIT_RANGES,
    known_unit,
    range_problem,
)


def test_shipped_set_passes_the_range_checks_and_uses_only_known_units() -> None:
    pset = load_parameter_set()
    units = {p.unit for p in pset.parameters.values()}
    assert units <= set(UNIT_RANGES) | set(MONEY_UNITS)
    assert all(known_unit(u) for u in units)


@pytest.fixture(scope="module")
def copied_set(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("params") / "no"
    shutil.copytree(shipped_root(), root)
    return root


# file, text replaced, replacement, words in the message
BAD_FILES = [
    ("taxes/income/skattore_kommune.yaml", "2024-01-01: 0.1095", "2024-01-01: 10.95",
     "skriv 0.1095"),
    ("taxes/income/skattore_kommune.yaml", "2024-01-01: 0.1095", "2024-01-01: -0.1",
     "utenfor gyldig område for enheten 'share'"),
    ("r109/tax_financing_cost.yaml", "unit: share", "unit: bananer", "ukjent enhet 'bananer'"),
    ("benefits/sosialhjelp/average_per_recipient.yaml", "2020-01-01: 63_600",
     "2020-01-01: -63_600", "may_be_negative"),
    ("benefits/sosialhjelp/average_per_recipient.yaml", "2020-01-01: 63_600",
     "2020-01-01: .inf", "ikke et endelig tall"),
    ("benefits/sosialhjelp/average_per_recipient.yaml", "2020-01-01: 63_600",
     "2020-01-01: .nan", "ikke et endelig tall"),
    ("benefits/sosialhjelp/average_per_recipient.yaml", "2020-01-01: 63_600",
     "2020-01-01: 1.0e+308", "urimelig stor"),
    ("benefits/sosialhjelp/average_per_recipient.yaml", "confidence: derived",
     "confidence: sikker", "ugyldig valg 'sikker'"),
]


@pytest.mark.parametrize("rel, old, new, words", BAD_FILES)
def test_bad_parameter_file_is_refused_naming_it(copied_set: Path, rel: str, old: str,
                                                  new: str, words: str) -> None:
    path = copied_set / rel
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new, 1), encoding="utf-8")
    try:
        with pytest.raises(InputError) as info:
            load_parameter_set(copied_set)
    finally:
        path.write_text(original, encoding="utf-8")
    assert words in str(info.value) and rel.split("/")[-1] in str(info.value)
    assert "Input should" not in str(info.value)


def test_negative_money_is_allowed_when_the_file_says_so(copied_set: Path) -> None:
    path = copied_set / "benefits/sosialhjelp/average_per_recipient.yaml"
    original = path.read_text(encoding="utf-8")
    path.write_text(original.replace("2020-01-01: 63_600", "2020-01-01: -63_600", 1)
                    + "may_be_negative: true\n", encoding="utf-8")
    try:
        pset = load_parameter_set(copied_set)
    finally:
        path.write_text(original, encoding="utf-8")
    assert pset.get("benefits.sosialhjelp.average_per_recipient").may_be_negative


@pytest.mark.parametrize("unit, value, ok", [
    ("share", 0.5, True), ("share", 1.2, False), ("share/year", -0.01, False),
    ("NOK/year", 1e11, True), ("NOK/year", 2e12, False), ("G", 6, True),
    ("years", 40, True), ("share", float("nan"), False), ("NOK", [1, float("inf")], False),
    ("share", {"a": 1e300}, False), ("share", [{"from_year": 40, "rate": 0.03}], True),
])
def test_range_problem(unit: str, value: object, ok: bool) -> None:
    assert (range_problem(unit, value) is None) is ok


def test_override_checked_against_the_unit() -> None:
    pset = load_parameter_set()
    with pytest.raises(InputError, match=r"skriv 0\.1095") as info:
        pset.with_overrides({"taxes.income.skattore_kommune": 10.95})
    assert info.value.field == "parameter_overrides.taxes.income.skattore_kommune"
    assert pset.with_overrides({"taxes.income.skattore_kommune": 0.1095}).sha256 != pset.sha256
