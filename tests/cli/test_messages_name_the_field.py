"""Issue #18, cause 8: a message names the file and the field the user can fix, and blames
the right file (the scenario, the portfolio or the parameter set)."""

from __future__ import annotations

import shutil
from pathlib import Path

from costbenefit.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 2
    out, err = capsys.readouterr()
    assert out == ""
    return err


def test_a_price_year_outside_the_index_names_price_year(tmp_path, capsys) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "price_year: 2024", "price_year: 2099"), encoding="utf-8")
    err = run(capsys, "evaluate", str(path))
    assert f"{path} · price_year: kroneåret 2099" in err


def test_an_override_of_the_wrong_type_names_the_override(tmp_path, capsys) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + (
        "parameter_overrides:\n  benefits.sosialhjelp.average_per_recipient: mange\n"),
        encoding="utf-8")
    err = run(capsys, "evaluate", str(path))
    assert "parameter_overrides.benefits.sosialhjelp.average_per_recipient" in err
    assert "forventet et tall" in err and str(path) in err


def test_an_unknown_override_is_a_typo_not_a_missing_file(tmp_path, capsys) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8") + (
        "parameter_overrides:\n  benefits.sosialhjelp.average: 1000\n"), encoding="utf-8")
    err = run(capsys, "evaluate", str(path))
    assert "parameter_overrides.benefits.sosialhjelp.average: ukjent parameter" in err
    assert "mangler" not in err


def test_a_portfolio_listing_itself_or_another_portfolio_names_the_project(tmp_path,
                                                                           capsys) -> None:
    own = tmp_path / "p.yaml"
    own.write_text("name: p\nstart_year: 2026\nprojects:\n  - {scenario: p.yaml}\n",
                   encoding="utf-8")
    assert "projects.0.scenario: prosjektet viser til porteføljefilen selv" in run(
        capsys, "portfolio", str(own))
    other = tmp_path / "q.yaml"
    other.write_text("name: q\nstart_year: 2026\nprojects:\n  - {scenario: p.yaml}\n",
                     encoding="utf-8")
    assert "'p.yaml' er en porteføljefil" in run(capsys, "portfolio", str(other))


def test_a_missing_parameter_file_blames_the_set_not_the_scenario(tmp_path, capsys) -> None:
    pset = tmp_path / "set"
    shutil.copytree(ROOT / "parameters" / "no", pset)
    (pset / "labour" / "labour_cost_factor.yaml").unlink()
    err = run(capsys, "evaluate", str(EXAMPLE), "--params", str(pset))
    assert err.startswith("Feil: parametersettet ")
    assert "labour/labour_cost_factor.yaml mangler" in err and str(EXAMPLE) not in err
