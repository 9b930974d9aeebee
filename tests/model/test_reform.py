"""Reforms (issue #14): a `reform:` section changes the rules for the participants.

The hand-computed cases are in tests/model/cases/reform_golden.yaml. Here: the issue's
required test (a pure rule change costs society only the financing cost of its net public
effect), take-up scaling, break-even per payer checked by evaluating the scenario with that
many extra successes, the reduced Monte Carlo path against the full ledger, Monte Carlo
refusing parameter draws, bad input through the CLI, and the text table's section.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from costbenefit.cli.main import main
from costbenefit.files.scenarios import scenario_from_mapping
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.scenario import rules_date
from costbenefit.model.structure import PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.report import i18n
from costbenefit.report.as_json import to_json_dict
from costbenefit.report.reform import NO_GAIN, REFORM_HEAD
from costbenefit.report.table import render
from costbenefit.uncertainty.draws import UncertainModel
from costbenefit.uncertainty.inputs import declared
from tests.conftest import shipped_set
from tests.model.test_reduced_npvs import assert_reduced_equals_full, model_and_values

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "fixtures" / "bad_reform"
TAX_FINANCING = "r109.tax_financing_cost"

# Et enklere NAV's rule change (a 2 G state benefit instead of sosialhjelp, dagpenger and
# some KVP for young people outside work), on the long-term sosialhjelp group
NAV_REFORM: dict[str, Any] = {
    "name": "Et enklere NAV",
    "ages": "18-29",
    "eligible_states": ["social_assistance", "unemployed", "neet"],
    "take_up": 1.0,
    "benefit": {"amount_g": 2.0, "payer": "stat", "taxable": True},
    "replaces": [
        {"benefit": "sosialhjelp"},
        {"benefit": "dagpenger"},
        {"benefit": "kvalifiseringsstonad", "state": "neet", "share": 0.1},
    ],
}


def reform_mapping(*, reform: dict[str, Any] | None = None, rate_with: float = 0.1,
                   rate_without: float = 0.1, horizon: int = 8, **extra: Any
                   ) -> dict[str, Any]:
    """A reform scenario with R-109 discounting and real wage growth, no measure cost and
    (by default) no behavioural effect: the success rate is the same with and without."""
    intervention = {
        "cohorts": [{"year": 2026, "participants": 1200}, {"year": 2028, "participants": 800}],
        "success_outcome": "employed",
        "success_rate_with": rate_with,
        "success_rate_without": rate_without,
    }
    intervention.update(extra.pop("intervention", {}))
    return {
        "name": "regelendring",
        "target_group": "long_term_social_assistance_18_29",
        "start_age": 22,
        "start_year": 2026,
        "price_year": 2024,
        "horizon_years": horizon,
        "intervention": intervention,
        "reform": NAV_REFORM if reform is None else reform,
        **extra,
    }


def run_mapping(mapping: dict[str, Any]) -> Result:
    return evaluate(scenario_from_mapping(mapping, "test"), shipped_set())


def tax_financing_rate(result: Result) -> float:
    pset = shipped_set()
    when = rules_date(result.scenario)
    return ParamView(pset, when, kpi_index(pset)).number(TAX_FINANCING)


# -- the required test ------------------------------------------------------------

PURE_RULE_CHANGES = {
    "et_enklere_nav": reform_mapping(),
    "no_successes_at_all": reform_mapping(rate_with=0.0, rate_without=0.0),
    "long_horizon_r109_period": reform_mapping(horizon=40,
                                               societal={"analysis_period": "R-109"}),
    "kommune_pays_in_kroner_not_taxable": reform_mapping(reform={
        "ages": "20-25", "eligible_states": ["social_assistance", "neet"], "take_up": 0.6,
        "benefit": {"amount": 150_000, "payer": "kommune", "taxable": False,
                    "kostra_function": "281"},
        "replaces": [{"benefit": "sosialhjelp"}]}),
    "flat_discounting": reform_mapping(discounting={"schedule": "flat", "rate": 0.04}),
}


@pytest.mark.parametrize("case", sorted(PURE_RULE_CHANGES))
def test_a_pure_rule_change_costs_society_the_financing_cost_of_its_public_effect(case) -> None:
    """Issue #14: with no behavioural effect and no administration cost, the benefits are
    transfers, so the societal NPV is the tax financing cost × the net public NPV."""
    result = run_mapping(PURE_RULE_CHANGES[case])
    public = result.budget.npv["public_total"]
    rate = tax_financing_rate(result)
    assert rate == result.societal.tax_financing_rate == pytest.approx(0.2)
    assert abs(public) > 1e6  # the rule change moves money
    assert result.budget.pv_cost == 0
    assert result.societal.npv == pytest.approx(rate * public, rel=1e-9)
    by_category = result.societal.pv_by_category
    assert by_category["production"] == by_category["services"] == by_category["measure"] == 0
    # and the budget effect is the rule change alone, as the reform block reports it
    reform = to_json_dict(result, shipped_set())["reform"]
    assert reform["npv"]["public_total"] == pytest.approx(public, rel=1e-9)
    for payer in PUBLIC_PAYERS:
        assert reform["npv"][payer] == pytest.approx(result.budget.npv[payer], rel=1e-9,
                                                     abs=1e-3)


def test_the_person_gets_what_the_public_budgets_lose() -> None:
    """Transfers and taxes only: the person's NPV is minus the public NPV, year by year."""
    result = run_mapping(reform_mapping())
    assert result.reform_by_year is not None
    public = result.reform_by_year[:, [PAYER_INDEX[p] for p in PUBLIC_PAYERS]].sum(axis=1)
    person = result.reform_by_year[:, PAYER_INDEX["person"]]
    np.testing.assert_allclose(person, -public, rtol=1e-12)


# -- take-up ------------------------------------------------------------------------------

@pytest.mark.parametrize("take_up", [0.0, 0.3, 0.75])
def test_take_up_scales_every_payer_and_year(take_up: float) -> None:
    full = run_mapping(reform_mapping())
    part = run_mapping(reform_mapping(reform={**NAV_REFORM, "take_up": take_up}))
    assert full.reform_by_year is not None and part.reform_by_year is not None
    np.testing.assert_allclose(part.reform_by_year, take_up * full.reform_by_year,
                               rtol=1e-12, atol=1e-6)
    for payer, npv in full.budget.npv.items():
        assert part.budget.npv[payer] == pytest.approx(take_up * npv, rel=1e-9, abs=1e-3)
    assert part.societal.npv == pytest.approx(take_up * full.societal.npv, rel=1e-9, abs=1e-3)


def test_a_scenario_without_a_reform_has_no_reform_block() -> None:
    mapping = reform_mapping(rate_with=0.3)
    del mapping["reform"]
    result = run_mapping(mapping)
    assert result.reform_by_year is None
    assert to_json_dict(result, shipped_set())["reform"] is None
    assert REFORM_HEAD not in render(result, "gruppe")


# -- break-even per payer -----------------------------------------------------------------

def test_break_even_by_payer_is_the_successes_that_make_that_payers_npv_zero() -> None:
    """With zero effect, `break_even.by_payer[p]` successes moved into work make payer p's
    NPV 0: evaluate the scenario with exactly that many extra successes and look."""
    without = 0.1
    base = run_mapping(reform_mapping(rate_with=without, rate_without=without))
    by_payer = base.break_even.by_payer
    assert by_payer is not None and set(by_payer) == {*PUBLIC_PAYERS, "public_total"}
    # the kommune saves sosialhjelp already; the stat pays the new benefit
    assert base.budget.npv["kommune"] > 0 and by_payer["kommune"] == 0
    assert base.budget.npv["stat"] < 0 and by_payer["stat"] is not None and by_payer["stat"] > 0
    assert by_payer["public_total"] == pytest.approx(base.break_even.successes_needed)
    participants = sum(c.participants for c in base.scenario.intervention.cohorts)
    scale = abs(base.reform_by_year).sum()
    for payer in ("stat", "public_total"):
        needed = by_payer[payer]
        assert needed is not None and 0 < needed < participants * (1 - without)
        rate_with = without + needed / participants
        moved = run_mapping(reform_mapping(rate_with=rate_with, rate_without=without))
        assert moved.budget.npv[payer] == pytest.approx(0.0, abs=1e-9 * scale), payer
        # the other payers are not at zero: the break-even is per payer
        other = "stat" if payer == "public_total" else "public_total"
        assert abs(moved.budget.npv[other]) > 1e-3 * scale


def test_break_even_by_payer_counts_the_measures_own_cost() -> None:
    """A measure cost on the kommune makes the kommune need successes too, and that many
    make its NPV zero."""
    mapping = reform_mapping(intervention={
        "cost_per_participant_year": {"kommune": 220_000}, "duration_years": 2})
    base = run_mapping(mapping)
    assert base.budget.npv["kommune"] < 0
    needed = base.break_even.by_payer["kommune"]
    assert needed is not None and needed > 0
    participants = 2000
    mapping["intervention"]["success_rate_with"] = 0.1 + needed / participants
    moved = run_mapping(mapping)
    assert moved.budget.npv["kommune"] == pytest.approx(0.0, abs=1e-3)


# -- the reduced path and Monte Carlo -----------------------------------------------------

REFORM_UNCERTAINTY = {
    "intervention.success_rate_with": {"distribution": "uniform", "low": 0.15, "high": 0.5},
    "intervention.success_rate_without": {"distribution": "uniform", "low": 0.0, "high": 0.15},
    "intervention.decay": {"distribution": "uniform", "low": 0.0, "high": 0.3},
    "intervention.cohorts.1.participants": {"distribution": "uniform", "low": 0, "high": 1500},
    "intervention.cost_per_participant_year.kommune": {"distribution": "uniform",
                                                       "low": 0, "high": 90_000},
}


def uncertain_reform(societal: dict[str, Any]) -> Any:
    return scenario_from_mapping(reform_mapping(
        rate_with=0.3, horizon=30, societal=societal, uncertainty=REFORM_UNCERTAINTY,
        intervention={"cost_per_participant_year": {"kommune": 30_000}, "lag_years": 1}),
        "test")


RNG_UNIFORM = st.integers(0, 2**53 - 1).map(lambda k: k / 2**53)


@settings(max_examples=10, deadline=None)
@given(u=arrays(np.float64, (4, len(REFORM_UNCERTAINTY)), elements=RNG_UNIFORM),
       period=st.sampled_from([None, 12, "R-109"]),
       residual=st.sampled_from(["none", "remaining"]))
def test_reduced_path_equals_the_full_ledger_with_a_reform(u, period, residual) -> None:
    model, values = model_and_values(
        uncertain_reform({"analysis_period": period, "residual_value": residual}), u)
    assert model.prep.reform is not None
    assert_reduced_equals_full(model, values)


def test_reduced_path_with_a_reform_and_no_draw_axis_is_the_base_ledger() -> None:
    model, _ = model_and_values(uncertain_reform({}), np.zeros((1, len(REFORM_UNCERTAINTY))))
    assert_reduced_equals_full(model, {})


def test_monte_carlo_at_the_base_values_is_evaluate() -> None:
    """A success's flows in Monte Carlo include the reform's change, as in `evaluate` (once
    a bug: ParamFlows rebuilt them from the set's unit flows alone)."""
    scenario = uncertain_reform({})
    pset = shipped_set()
    spec = declared(scenario, pset)
    model = UncertainModel(scenario, pset, [slot for slot, _ in spec])
    np.testing.assert_allclose(model.param_flows.h0, model.prep.success_flows, rtol=1e-12,
                               atol=1e-6)
    result = evaluate(scenario, pset)
    payers = (*PUBLIC_PAYERS,)
    got = model.payer_npvs({}, payers)[0]
    for q, payer in enumerate(payers):
        assert got[q] == pytest.approx(result.budget.npv[payer], rel=1e-9), payer


def write(tmp_path: Path, mapping: dict[str, Any]) -> str:
    path = tmp_path / "reform.yaml"
    path.write_text(yaml.safe_dump(mapping, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")
    return str(path)


def test_monte_carlo_runs_on_a_reform_with_scenario_uncertainty(tmp_path, capsys) -> None:
    path = write(tmp_path, reform_mapping(rate_with=0.3, uncertainty={
        "intervention.success_rate_with": {"distribution": "uniform", "low": 0.2,
                                           "high": 0.4}}))
    assert main(["montecarlo", path, "--draws", "300", "--seed", "3", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["draws"] == 300
    for name in ("public_total", "kommune", "stat"):
        o = data["outcomes"][name]
        assert o["p5"] <= o["p50"] <= o["p95"]
    # the drawn success rate moves the public NPV; the kommune saves in every draw
    assert data["outcomes"]["public_total"]["p5"] < data["outcomes"]["public_total"]["p95"]
    assert data["outcomes"]["kommune"]["prob_positive"] == 1.0


def test_monte_carlo_refuses_a_parameter_draw_with_a_reform(tmp_path, capsys) -> None:
    name = "param:benefits.sosialhjelp.average_per_recipient"
    path = write(tmp_path, reform_mapping(rate_with=0.3, uncertainty={
        name: {"distribution": "uniform", "low": 40_000, "high": 90_000}}))
    assert main(["montecarlo", path, "--draws", "100"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"uncertainty.{name}" in err and "reform" in err and "Traceback" not in err


# -- bad input ----------------------------------------------------------------------------

BAD_REFORMS = {
    "unknown_replaced_benefit.yaml": ("reform.replaces.1.benefit", "ukjent stønad 'bostotte'"),
    "unknown_eligible_state.yaml": ("reform.eligible_states", "ukjent tilstand 'arbeidsledig'"),
    "take_up_above_one.yaml": ("reform.take_up", "høyst 1"),
    "negative_amount.yaml": ("reform.benefit.amount", "minst 0"),
    "infinite_amount.yaml": ("reform.benefit.amount", "ikke et endelig tall"),
    "both_amounts.yaml": ("reform.benefit", "behold bare ett av dem"),
    "kvp_without_state.yaml": ("reform.replaces.1", "oppgi `state` og `share`"),
    "replaced_outside_eligible.yaml": ("reform.replaces",
                                       "legg social_assistance til i eligible_states"),
    "bad_age_band.yaml": ("reform.ages", "f.eks. ages: \"18-29\""),
    "reversed_age_band.yaml": ("reform.ages", "ugyldig aldersbånd '29-18'"),
}


def test_bad_reform_fixtures_are_all_covered() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(BAD_REFORMS)


@pytest.mark.parametrize("fixture", sorted(BAD_REFORMS))
def test_bad_reform_exits_2_naming_file_field_and_fix(capsys, fixture: str) -> None:
    field, words = BAD_REFORMS[fixture]
    code = main(["evaluate", str(BAD / fixture)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert fixture in err and field in err and words in err
    assert "Traceback" not in err
    # Norwegian, not pydantic's English
    assert "Input should" not in err and "Value error" not in err


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"benefit": {"amount_g": float("nan"), "payer": "stat"}}, "reform.benefit.amount_g",
     "ikke et endelig tall"),
    ({"benefit": {"payer": "stat"}}, "reform.benefit", "beløpet mangler"),
    ({"benefit": {"amount_g": 2.0, "payer": "staten"}}, "reform.benefit.payer", "ugyldig valg"),
    ({"ages": 25}, "reform.ages", "ikke tekst"),
    ({"eligible_states": []}, "reform.eligible_states", "listen er tom"),
    ({"eligible_states": ["neet", "neet"]}, "reform.eligible_states", "to ganger"),
    ({"replaces": [{"benefit": "sosialhjelp", "state": "neet"}]}, "reform.replaces.0",
     "fjern `state`"),
    ({"replaces": [{"benefit": "kvalifiseringsstonad", "state": "neet", "share": 1.5}]},
     "reform.replaces.0.share", "høyst 1"),
])
def test_more_bad_reforms_are_refused_in_norwegian(tmp_path, capsys, change, field,
                                                    words) -> None:
    path = write(tmp_path, reform_mapping(reform={**NAV_REFORM, **change}))
    assert main(["evaluate", path]) == 2
    err = capsys.readouterr().err
    assert field in err and words in err
    assert "Input should" not in err and "Value error" not in err


def test_a_benefit_replaced_twice_in_one_state_is_refused(tmp_path, capsys) -> None:
    twice = {**NAV_REFORM, "replaces": [{"benefit": "sosialhjelp"}, {"benefit": "sosialhjelp"}]}
    path = write(tmp_path, reform_mapping(reform=twice))
    assert main(["evaluate", path]) == 2
    assert "reform.replaces" in capsys.readouterr().err


# -- the text table -----------------------------------------------------------------------

def test_the_table_shows_who_pays_and_who_saves() -> None:
    result = run_mapping(reform_mapping(horizon=15))
    text = render(result, "Langtidsmottakere av sosialhjelp 18–29 år")
    assert REFORM_HEAD in text
    section = text[text.index(REFORM_HEAD):text.index("HVOR MANGE MÅ LYKKES")]
    reform = to_json_dict(result, shipped_set())["reform"]
    for payer in ("kommune", "fylkeskommune", "stat", "public_total", "person"):
        assert i18n.kr(reform["npv"][payer]) in section, payer
    assert "Offentlig sum" in section and "Personen selv" in section
    assert "Et enklere NAV: 2,00 G per år fra stat (skattepliktig)" in section
    # the first 10 years, kroner per payer
    first = reform["by_year"][0]
    assert f"{first['year']:>6}{i18n.number(first['kommune'], 0):>16}" in section
    assert i18n.number(first["stat"], 0) in section
    assert "\u00a0" in section  # Norwegian grouping
    years = [row["year"] for row in reform["by_year"]]
    assert f"  {years[9]:>6}" in section and f"  {years[10]:>6}" not in section
    # break-even per payer, with the outcome's label
    be = result.break_even.by_payer
    assert be is not None
    assert (f"Flere i arbeid som trengs for balanse: kommune 0 (sparer allerede), "
            f"fylkeskommune 0 (sparer allerede), stat {i18n.number(be['stat'], 0)}, "
            f"offentlig sum {i18n.number(be['public_total'], 0)}") in " ".join(
                line.strip() for line in section.splitlines())


def test_the_table_says_when_a_success_cannot_help_a_payer() -> None:
    result = run_mapping(reform_mapping())
    be = dataclasses.replace(result.break_even,
                             by_payer={**(result.break_even.by_payer or {}), "stat": None})
    text = " ".join(line.strip() for line in
                    render(dataclasses.replace(result, break_even=be), "gruppe").splitlines())
    assert f"stat {NO_GAIN}" in text


def test_the_table_says_when_a_payers_break_even_is_beyond_reach() -> None:
    result = run_mapping(reform_mapping())
    be = dataclasses.replace(result.break_even,
                             by_payer={**(result.break_even.by_payer or {}), "stat": 10_722.7})
    text = " ".join(line.strip() for line in
                    render(dataclasses.replace(result, break_even=be), "gruppe").splitlines())
    assert f"stat {i18n.number(10_722.7, 0)} (ikke oppnåelig med" in text
