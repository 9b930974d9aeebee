"""The programme as a portfolio: calendar alignment, budget need, gain sharing, errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.files.portfolios import load_portfolio
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.discounting import flat
from costbenefit.model.engine import evaluate
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.programme.portfolio import (
    combine,
    evaluate_portfolio,
    portfolio_montecarlo,
    shifted,
)
from costbenefit.uncertainty.montecarlo import run_montecarlo

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "fixtures" / "ips_typed_rates.yaml"  # typed rates, no uncertainty
PROGRAMME = ROOT / "examples" / "programmes" / "ungt_loft.yaml"


@pytest.fixture()
def scenario():
    return load_scenario(EXAMPLE)


def test_shift_moves_cohorts_and_fixed_costs(scenario) -> None:
    moved = shifted(scenario, scenario.start_year + 3)
    assert moved.start_year == scenario.start_year + 3
    assert [c.year for c in moved.intervention.cohorts] == [
        c.year + 3 for c in scenario.intervention.cohorts
    ]
    assert moved.intervention.fixed_costs[0].year == scenario.intervention.fixed_costs[0].year + 3
    assert shifted(scenario, None) is scenario


def test_two_projects_three_years_apart_flat_rate(pset, scenario) -> None:
    # Each project, discounted from its own start at a flat 4 %, has NPV N; the second
    # starts 3 years later, so the programme's NPV is N · (1 + 1.04^-3). Without real wage
    # growth: with it, a later start also means higher wages (its own case below).
    own = type(scenario).model_validate(
        {**scenario.model_dump(), "discounting": {"schedule": "flat", "rate": 0.04},
         "parameter_overrides": {"macro.real_wage_growth": 0}}
    )
    n = evaluate(own, pset).budget.npv
    results = [evaluate(shifted(own, 2026), pset), evaluate(shifted(own, 2029), pset)]
    res = combine("to prosjekter", results, 2026, flat(0.04))
    for payer in (*PUBLIC_PAYERS, "public_total"):
        assert res.budget.npv[payer] == pytest.approx(n[payer] * (1 + 1.04**-3), rel=1e-12)
    # budget need: 3 cohorts × 100 × (20 000 + 60 000) plus 500 000 fixed, per project
    assert res.budget_need.sum() == pytest.approx(2 * (3 * 100 * 80_000 + 500_000))
    assert res.budget_need[0].tolist() == [2_500_000, 0, 6_000_000, 0]  # andre_kommuner last
    assert res.budget_need[3].tolist() == [2_500_000, 0, 6_000_000, 0]


def test_a_later_start_gains_the_real_wage_growth_of_its_years(pset, scenario) -> None:
    """Wages grow by calendar year: the same project three years later has gains that are
    (1 + g)^3 larger in its own years (its measure costs do not grow)."""
    own = type(scenario).model_validate(
        {**scenario.model_dump(), "discounting": {"schedule": "flat", "rate": 0.04},
         "parameter_overrides": {"macro.real_wage_growth": 0.01,
                                 "r109.real_price_growth_until": 2200}})
    early, late = evaluate(shifted(own, 2026), pset), evaluate(shifted(own, 2029), pset)
    gain = early.budget.npv["public_total"] + early.budget.pv_cost
    assert late.budget.npv["public_total"] + late.budget.pv_cost == pytest.approx(
        gain * 1.01**3, rel=1e-12)


def test_gain_shares_add_up(pset, scenario) -> None:
    res = combine("én", [evaluate(scenario, pset)], 2026, flat(0.04))
    s = res.sharing
    assert sum(s.cost_share.values()) == pytest.approx(1.0)
    assert sum(s.gain_share.values()) == pytest.approx(1.0)
    total = sum(s.pv_gain.values()) - sum(s.pv_cost.values())
    assert total == pytest.approx(res.budget.npv["public_total"])


def test_project_before_programme_start_is_an_error(pset, scenario) -> None:
    with pytest.raises(InputError, match="før programmet"):
        combine("x", [evaluate(scenario, pset)], 2030, flat(0.04))


def test_mixed_price_years_are_an_error(pset, scenario) -> None:
    other = type(scenario).model_validate(
        {**scenario.model_dump(), "price_year": 2023, "rules_year": 2024}
    )
    with pytest.raises(InputError, match="ulike kroneår"):
        combine("x", [evaluate(scenario, pset), evaluate(other, pset)], 2026, flat(0.04))


def test_cli_portfolio_json(capsys, tmp_path: Path) -> None:
    two = _programme(tmp_path, f"{{scenario: {EXAMPLE}, start_year: 2026}}",
                     f"{{scenario: {EXAMPLE}, start_year: 2029}}")
    code = main(["portfolio", str(two), "--format", "json"])
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert {"portfolio", "budget", "budget_need", "gain_sharing", "projects", "ledger"} <= set(data)
    public = sum(r["discounted"] for r in data["ledger"] if r["payer"] in PUBLIC_PAYERS)
    assert public == pytest.approx(data["budget"]["public_total"]["npv"])
    assert np.isclose(sum(row["total"] for row in data["budget_need"]),
                      2 * (3 * 100 * 80_000 + 500_000))


def test_cli_portfolio_table_is_norwegian(capsys) -> None:
    code = main(["portfolio", str(PROGRAMME)])
    out = capsys.readouterr().out
    assert code == 0 and "BUDSJETTBEHOV PER ÅR" in out and "gevinstdeling" in out
    assert "-0 kr" not in out


def test_missing_project_file_exits_2(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "p.yaml"
    bad.write_text("name: x\nstart_year: 2026\nprojects:\n  - {scenario: mangler.yaml}\n",
                   encoding="utf-8")
    code = main(["portfolio", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and "projects.0.scenario" in err and "mangler.yaml" in err


UNCERTAIN = ROOT / "examples" / "ips_ung_usikkerhet.yaml"


def _programme(tmp_path: Path, *projects: str) -> Path:
    """A portfolio file in tmp_path naming scenario files by absolute path."""
    lines = ["name: test", "start_year: 2026", "projects:"]
    lines += [f"  - {p}" for p in projects]
    path = tmp_path / "p.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_one_uncertain_project_equals_its_own_montecarlo(pset, tmp_path: Path) -> None:
    # Same seed, same inputs in the same order, same start year and R-109 schedule: the
    # programme's draws are the scenario's draws, number for number.
    spec, scenarios = load_portfolio(_programme(tmp_path, f"{{scenario: {UNCERTAIN}}}"))
    mc = portfolio_montecarlo(spec, scenarios, pset, draws=300, seed=7)
    own = run_montecarlo(load_scenario(UNCERTAIN), pset, draws=300, seed=7)
    assert mc.uncertain_projects == (0,)
    for name, samples in own.samples.items():
        np.testing.assert_allclose(mc.samples[name], samples, rtol=1e-12)
        assert mc.summaries[name].deterministic == pytest.approx(
            own.summaries[name].deterministic, rel=1e-12)


def test_a_certain_project_adds_its_npv_to_every_draw(pset, tmp_path: Path) -> None:
    alone = _programme(tmp_path, f"{{scenario: {UNCERTAIN}}}")
    spec1, sc1 = load_portfolio(alone)
    first = portfolio_montecarlo(spec1, sc1, pset, draws=200, seed=3)
    both = _programme(tmp_path, f"{{scenario: {UNCERTAIN}}}",
                      f"{{scenario: {EXAMPLE}, start_year: 2029}}")
    spec2, sc2 = load_portfolio(both)
    second = portfolio_montecarlo(spec2, sc2, pset, draws=200, seed=3)
    # the second project has no `uncertainty:`; its NPV in the programme is fixed
    programme = evaluate_portfolio(spec2, sc2, pset)
    only_fixed = combine("b", [programme.projects[1]], 2026, programme.schedule)
    for payer in (*PUBLIC_PAYERS, "public_total"):
        np.testing.assert_allclose(second.samples[payer] - first.samples[payer],
                                   only_fixed.budget.npv[payer], rtol=1e-9, atol=1e-3)
    assert second.uncertain_projects == (0,)


def test_portfolio_montecarlo_is_reproducible_and_ordered(pset, tmp_path: Path) -> None:
    spec, sc = load_portfolio(_programme(tmp_path, f"{{scenario: {UNCERTAIN}}}",
                                         f"{{scenario: {UNCERTAIN}, start_year: 2030}}"))
    a = portfolio_montecarlo(spec, sc, pset, draws=400, seed=5)
    b = portfolio_montecarlo(spec, sc, pset, draws=400, seed=5)
    assert a.uncertain_projects == (0, 1)
    for name, s in a.summaries.items():
        np.testing.assert_array_equal(a.samples[name], b.samples[name])
        assert s.p5 <= s.p50 <= s.p95 and 0.0 <= s.prob_positive <= 1.0
    assert a.summaries["public_total"].deterministic == pytest.approx(
        evaluate_portfolio(spec, sc, pset).budget.npv["public_total"], rel=1e-12)


def test_portfolio_montecarlo_without_uncertainty_is_an_error(pset, tmp_path: Path) -> None:
    spec, sc = load_portfolio(_programme(tmp_path, f"{{scenario: {EXAMPLE}}}"))
    with pytest.raises(InputError, match="uncertainty"):
        portfolio_montecarlo(spec, sc, pset, draws=10, seed=1)
    spec, sc = load_portfolio(_programme(tmp_path, f"{{scenario: {UNCERTAIN}}}"))
    with pytest.raises(InputError, match="antall trekk"):
        portfolio_montecarlo(spec, sc, pset, draws=0, seed=1)


def test_cli_portfolio_draws(capsys, tmp_path: Path) -> None:
    path = _programme(tmp_path, f"{{scenario: {UNCERTAIN}}}", f"{{scenario: {EXAMPLE}}}")
    assert main(["portfolio", str(path), "--draws", "300", "--seed", "2",
                 "--format", "json"]) == 0
    mc = json.loads(capsys.readouterr().out)["montecarlo"]
    assert mc["draws"] == 300 and mc["seed"] == 2 and len(mc["uncertain_projects"]) == 1
    o = mc["outcomes"]["public_total"]
    assert o["p5"] <= o["p50"] <= o["p95"]
    assert main(["portfolio", str(path), "--draws", "300"]) == 0
    assert "USIKKERHET – samlet Monte Carlo" in capsys.readouterr().out
    assert main(["portfolio", str(_programme(tmp_path, f"{{scenario: {EXAMPLE}}}")),
                 "--draws", "10"]) == 2
    assert "uncertainty" in capsys.readouterr().err


def test_programme_schedule_is_read_with_the_projects_overrides(pset, scenario) -> None:
    # The first project overrides R-109 with one flat step of 5 %: the programme's R-109
    # schedule is the one its projects are evaluated with, so DF(t) = 1.05^-t.
    from costbenefit.programme.portfolio import PortfolioSpec, ProjectSpec

    own = scenario.model_copy(update={"parameter_overrides": {
        "r109.discount_rates": [{"from_year": 0, "rate": 0.05}]}})
    spec = PortfolioSpec(name="x", start_year=own.start_year,
                         projects=[ProjectSpec(scenario="a.yaml")])
    res = evaluate_portfolio(spec, [own], pset)
    np.testing.assert_allclose(res.schedule.factors(3), [1.0, 1 / 1.05, 1 / 1.05**2])
    np.testing.assert_allclose(res.ledger.discount_factors,
                               evaluate(own, pset).ledger.discount_factors)


def test_json_names_the_overridden_sets(capsys, tmp_path: Path) -> None:
    # A scenario with parameter_overrides is evaluated with another set (its own hash): the
    # portfolio's project and the Monte Carlo JSON report that hash, as `evaluate` does.
    text = UNCERTAIN.read_text(encoding="utf-8")
    own = tmp_path / "overstyrt.yaml"
    own.write_text(text + "parameter_overrides:\n  r109.tax_financing_cost: 0.1\n",
                   encoding="utf-8")
    expected = evaluate(load_scenario(own), load_parameter_set()).parameter_set
    assert expected["sha256"] != load_parameter_set().sha256
    two = _programme(tmp_path, f"{{scenario: {own}}}")
    assert main(["portfolio", str(two), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["projects"][0]["parameter_set"] == expected
    assert main(["montecarlo", str(own), "--draws", "10", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["parameter_set"] == expected


def test_portfolio_reports_the_societal_npv_of_its_society_rows(pset, scenario) -> None:
    """The programme's societal NPV is the sum of its projects' society rows, discounted
    from the programme's start: with one project starting then, it is the project's own."""
    from costbenefit.report.portfolio import to_json

    one = combine("én", [evaluate(scenario, pset)], 2026, evaluate(scenario, pset).discounting)
    assert to_json(one, pset)["societal"]["npv"] == pytest.approx(
        evaluate(scenario, pset).societal.npv, rel=1e-12)
