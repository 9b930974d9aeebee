"""KOSTRA functions and tjenesteområder: the shipped set is consistent, and each malformed
file (a mapping, a kommune flow without its function, a tax level or an equalisation rate
out of range) stops the load naming the file, the field and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from costbenefit.errors import InputError
from costbenefit.parameters.kostra import kostra_functions, sectors
from costbenefit.parameters.loader import load_parameter_set, shipped_root

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "bad_kostra"

# fixture -> (words the message must contain, field it must name or None)
BAD = {
    "mapping_unknown_function.yaml": ("ukjent KOSTRA-funksjon '999'", None),
    "mapping_function_twice.yaml": ("KOSTRA-funksjon 281 står både i", None),
    "mapping_function_missing.yaml": ("800 hører ikke til noe tjenesteområde", None),
    "mapping_sector_without_label.yaml": ("trenger nøyaktig 'label' og 'functions'", None),
    "kommune_benefit_without_function.yaml": ("må ha `kostra_function`", "kostra_function"),
    "unknown_function_code.yaml": ("ukjent KOSTRA-funksjon '999'", "kostra_function"),
    "tax_level_out_of_range.yaml": ("0.5 til 2", "values"),
    "equalisation_rate_above_one.yaml": ("0 til 1", "values"),
}


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in FIXTURES.glob("*.yaml")} == set(BAD)


@pytest.mark.parametrize("fixture", sorted(BAD))
def test_malformed_kostra_file_is_rejected(tmp_path: Path, fixture: str) -> None:
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    target = text.splitlines()[0].removeprefix("# replaces: ").strip()
    root = tmp_path / "set"
    shutil.copytree(shipped_root(), root)
    (root / target).write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_parameter_set(root)
    message = str(info.value)
    words, field = BAD[fixture]
    assert Path(target).stem in message  # names the file
    assert words in message
    if field is not None:
        assert field in message


def test_every_kommune_parameter_names_a_known_function(pset) -> None:
    known = kostra_functions(pset)
    paid = [p for p in pset.parameters.values() if p.payer and p.payer.value == "kommune"]
    assert paid and all(p.kostra_function in known for p in paid)


def test_trondheim_sectors_hold_every_function_once(pset) -> None:
    codes = [c for s in sectors(pset, "trondheim") for c in s.functions]
    assert sorted(codes) == sorted(kostra_functions(pset))
