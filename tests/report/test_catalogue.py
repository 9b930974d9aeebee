"""docs/parameters.md is generated from the set and must be current (runs in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.files.catalogue import DEFAULT_OUTPUT, build, write_or_check
from costbenefit.report.catalogue import format_value


@pytest.fixture(scope="module")
def text() -> str:
    return build()


def test_docs_parameters_md_is_current(text) -> None:
    assert DEFAULT_OUTPUT.read_text(encoding="utf-8") == text, (
        "docs/parameters.md er ikke oppdatert: kjør `costbenefit params catalogue`"
    )


def test_catalogue_lists_every_parameter_with_its_confidence(pset, text) -> None:
    for name in pset.names():
        assert f"### `{name}`" in text
    for p in pset.parameters.values():
        assert f"`{p.confidence.value}`" in text
    assert "## Ikke funnet" in text and "NAV-oppfølging" in text
    assert "## Livsløpskostnad per person og målgruppe" in text


def test_values_use_norwegian_numbers() -> None:
    assert format_value(130160) == "130\u00a0160"
    assert format_value(2.041) == "2,041"
    assert format_value([{"from_year": 0, "rate": 0.04}]) == "(from_year: 0; rate: 0,04)"


def test_check_fails_on_a_stale_file_and_writes_nothing(tmp_path: Path, text) -> None:
    stale = tmp_path / "parameters.md"
    stale.write_text("gammel\n", encoding="utf-8")
    with pytest.raises(InputError, match="ikke oppdatert"):
        write_or_check(text, stale, check=True)
    assert stale.read_text(encoding="utf-8") == "gammel\n"
    write_or_check(text, stale, check=False)
    assert write_or_check(text, stale, check=True).endswith("er oppdatert.")


def test_cli_check_exit_codes(tmp_path: Path, capsys) -> None:
    out = tmp_path / "p.md"
    assert main(["params", "catalogue", "--output", str(out)]) == 0
    assert main(["params", "catalogue", "--check", "--output", str(out)]) == 0
    out.write_text("x", encoding="utf-8")
    assert main(["params", "catalogue", "--check", "--output", str(out)]) == 2
    assert "costbenefit params catalogue" in capsys.readouterr().err
