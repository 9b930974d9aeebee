"""A scenario can override any parameter without editing the set; every output says so,
and the group's own services (target_groups.<id>.service_use) flow into the ledger."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report.as_json import to_json_dict
from costbenefit.report.table import render
from costbenefit.validation.yaml_safe import load_yaml_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "fixtures" / "ips_typed_rates.yaml"  # typed rates, no uncertainty


def _scenario(**extra) -> Scenario:
    raw = load_yaml_text(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE))
    return Scenario.model_validate({**raw, **extra})


def test_override_changes_result_and_hash_and_is_reported(pset) -> None:
    base = evaluate(_scenario(), pset)
    over = {"benefits.aap.minimum_factor": 2.5}
    result = evaluate(_scenario(parameter_overrides=over), pset)
    assert result.parameter_set["sha256"] != base.parameter_set["sha256"]
    assert result.budget.npv["stat"] > base.budget.npv["stat"]  # more AAP saved per success
    out = to_json_dict(result, pset)
    assert out["parameter_overrides"] == over
    used = {p["name"]: p for p in out["parameters"]}
    assert used["benefits.aap.minimum_factor"]["confidence"] == "assumption"
    assert to_json_dict(base, pset)["parameter_overrides"] == {}
    table = render(result, "AAP")
    assert "Overstyrte parametere (forutsetninger i scenariet): " \
           "benefits.aap.minimum_factor = 2.5" in table
    assert "Overstyrte parametere: ingen" in render(base, "AAP")


def test_nominal_override_is_in_kroner_of_the_rules_year(pset) -> None:
    """G is stored nominal; an overridden G of 130 160 for rules year 2024 must give the
    same AAP as G's own 2024 value scaled to 130 160 (no KPI conversion from 1900)."""
    sc = _scenario(parameter_overrides={"macro.grunnbelop": 124_028})
    assert evaluate(sc, pset).budget.npv == pytest.approx(evaluate(_scenario(), pset).budget.npv)


def test_unknown_override_is_an_input_error(pset, tmp_path: Path, capsys) -> None:
    with pytest.raises(InputError, match="ukjent parameter"):
        evaluate(_scenario(parameter_overrides={"benefits.aap.minstesats": 2}), pset)
    bad = tmp_path / "s.yaml"
    bad.write_text(EXAMPLE.read_text(encoding="utf-8")
                   + "parameter_overrides: {benefits.aap.minstesats: 2}\n", encoding="utf-8")
    assert main(["evaluate", str(bad), "--format", "json"]) == 2
    assert capsys.readouterr().out == ""


def test_cli_json_reports_overrides(tmp_path: Path, capsys) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(EXAMPLE.read_text(encoding="utf-8")
                    + "parameter_overrides: {benefits.aap.minimum_factor: 2.5}\n",
                    encoding="utf-8")
    assert main(["evaluate", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["parameter_overrides"] == {"benefits.aap.minimum_factor": 2.5}


def test_group_services_are_saved_per_success(pset) -> None:
    """barnevern_home_children with its own services replaced by one prison day a year
    (overridden to 1 000 kr in 2012-kroner, stat) against none: one success from age 6 for
    3 years, flat 0 %, price year 2024 → stat gains 3 × 1 000 × 133,6/93,9 more."""
    def run(uses):
        sc = Scenario.model_validate({
            "name": "barnevern", "target_group": "barnevern_home_children", "start_age": 6,
            "start_year": 2026, "price_year": 2024, "horizon_years": 3,
            "discounting": {"schedule": "flat", "rate": 0.0},
            "intervention": {"cohorts": [{"year": 2026, "participants": 1}],
                             "success_rate_with": 1.0},
            "parameter_overrides": {
                "services.justice.prison_day": 1000, "macro.real_wage_growth": 0,
                "target_groups.barnevern_home_children.service_use": uses},
        })
        return evaluate(sc, pset)

    with_prison = run([{"service": "services.justice.prison_day", "ages": "0-100"}])
    without = run([])
    gain = with_prison.budget.npv["stat"] - without.budget.npv["stat"]
    assert gain == pytest.approx(3 * 1000 * 133.6 / 93.9)
    assert with_prison.budget.npv["kommune"] == pytest.approx(without.budget.npv["kommune"])


def test_malformed_group_service_use_is_named(pset) -> None:
    sc = _scenario(target_group="barnevern_home_children", start_age=6,
                   parameter_overrides={
                       "target_groups.barnevern_home_children.service_use": [{"ages": "6-9"}]})
    with pytest.raises(InputError, match=r"target_groups\.barnevern_home_children\.service_use"):
        evaluate(sc, pset)
