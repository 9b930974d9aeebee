"""The parameter loader accepts the shipped set and rejects each malformed file clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from costbenefit.errors import InputError
from costbenefit.parameters.loader import content_hash, load_parameter_set, shipped_root
from costbenefit.parameters.schema import is_money_unit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bad_parameters"

# fixture file -> (field the message must name, words the message must contain)
BAD = {
    "duplicate_key.yaml": ("linje", "to ganger"),
    "unknown_key.yaml": ("uprating", "ukjent felt"),
    "missing_unit.yaml": ("unit", "mangler"),
    "missing_price_year.yaml": (None, "price_year mangler"),
    "missing_reference.yaml": ("reference", "mangler"),
    "reference_without_href.yaml": ("reference.0.href", "mangler"),
    "reference_href_not_http.yaml": ("reference.0.href", "starter med https://"),
    "reference_href_without_host.yaml": ("reference.0.href", "full adresse"),
    "bad_confidence.yaml": ("confidence", "official"),
    "bad_date.yaml": ("values", "dato"),
    "not_a_mapping.yaml": (None, "YAML-mapping"),
    "distribution_low_above_high.yaml": ("distribution", "mindre enn eller lik high"),
}


def _set_with(tmp_path: Path, fixture: str) -> Path:
    root = tmp_path / "set"
    (root / "topic").mkdir(parents=True)
    (root / "index.yaml").write_text('name: test\nversion: "0.1"\n', encoding="utf-8")
    shutil.copy(FIXTURES / fixture, root / "topic" / fixture)
    return root


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in FIXTURES.glob("*.yaml")} == set(BAD)


@pytest.mark.parametrize("fixture", sorted(BAD))
def test_malformed_parameter_file_is_rejected(tmp_path: Path, fixture: str) -> None:
    field, words = BAD[fixture]
    root = _set_with(tmp_path, fixture)
    with pytest.raises(InputError) as info:
        load_parameter_set(root)
    message = str(info.value)
    assert fixture in message  # names the file
    assert words in message
    if field is not None:
        assert field in message


def test_shipped_set_loads_with_version_and_hash(pset) -> None:
    assert pset.version == "2026.2"
    assert len(pset.sha256) == 64
    assert pset.sha256 == content_hash(shipped_root())
    assert "macro.grunnbelop" in pset.parameters


def test_hash_changes_when_a_file_changes(tmp_path: Path) -> None:
    root = tmp_path / "copy"
    shutil.copytree(shipped_root(), root)
    before = content_hash(root)
    kpi = root / "macro" / "kpi.yaml"
    kpi.write_text(kpi.read_text(encoding="utf-8").replace("89.9", "90.0"), encoding="utf-8")
    assert content_hash(root) != before


def test_every_money_value_has_a_price_year_and_reference(pset) -> None:
    for param in pset.parameters.values():
        if is_money_unit(param.unit):
            assert param.price_year is not None, param.name
        assert param.reference and all(r.href and r.title for r in param.reference)


def test_missing_set_header_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"index\.yaml"):
        load_parameter_set(tmp_path)


def test_value_before_first_date_names_the_parameter(pset) -> None:
    import datetime as dt

    with pytest.raises(InputError, match=r"macro\.grunnbelop"):
        pset.value("macro.grunnbelop", dt.date(2000, 1, 1))


def test_unknown_parameter_suggests_close_names(pset) -> None:
    with pytest.raises(InputError, match=r"Mente du: macro\.grunnbelop"):
        pset.get("benefits.grunnbelop")


@pytest.mark.parametrize(
    ("unit", "money"),
    [("NOK", True), ("NOK/year", True), ("GBP/WELLBY", True), ("NOK/GBP", False),
     ("share", False), ("G", False)],
)
def test_money_units(unit: str, money: bool) -> None:
    assert is_money_unit(unit) is money
