"""Societal (R-109) and wellbeing (WELLBY) views: hand-computed checks and properties.

The golden cases with the arithmetic for each valuation rule are in
tests/model/cases/views_golden.yaml; this file holds what YAML cannot express.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from costbenefit.cli.main import main
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.societal import society_rows, within_analysis_period
from costbenefit.model.structure import CATEGORIES, CATEGORY_INDEX, PAYER_INDEX, PAYERS
from costbenefit.model.wellbeing import OVERLAP_WARNING, real_growth
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.schema import ParameterSet, Payer
from costbenefit.report.as_json import to_json_dict
from tests.conftest import shipped_set

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "fixtures" / "bad_views"
FAST = settings(max_examples=30, deadline=None)
SOSIAL = "benefits.sosialhjelp.long_term_per_recipient"
TRANSFER_ONLY = {
    SOSIAL: 60000,
    "target_groups.aap_18_29.trajectory": {"16-66": {"social_assistance": 1.0}},
    "target_groups.reference_population.trajectory": {"16-66": {"neet": 1.0}},
    "macro.real_wage_growth": 0,
}


def scenario(**changes) -> Scenario:
    iv = {
        "cohorts": [{"year": 2026, "participants": 10}],
        "cost_per_participant_year": {"kommune": 20_000},
        "success_rate_with": 0.7,
        "success_rate_without": 0.2,
    }
    iv.update(changes.pop("intervention", {}))
    base = {
        "name": "visninger",
        "target_group": "aap_18_29",
        "start_age": 20,
        "start_year": 2026,
        "price_year": 2023,
        "rules_year": 2024,
        "horizon_years": 3,
        "discounting": {"schedule": "flat", "rate": 0.04},
        "intervention": iv,
    }
    base.update(changes)
    return Scenario.model_validate(base)


def with_payer(pset: ParameterSet, name: str, payer: Payer) -> ParameterSet:
    """A copy of the set where the parameter `name` is paid by `payer` (new hash)."""
    params = dict(pset.parameters)
    params[name] = params[name].model_copy(update={"payer": payer})
    return pset.model_copy(update={"parameters": params, "sha256": pset.sha256 + payer.value})


def test_moving_a_transfer_between_payers_leaves_society_unchanged() -> None:
    """Sosialhjelp paid by the state instead of the kommune: the budget split changes,
    the net public effect does not, so neither does the financing cost or the societal NPV;
    production gain is zero in both."""
    base = shipped_set().with_overrides(TRANSFER_ONLY)
    by_kommune = evaluate(scenario(), base)
    by_state = evaluate(scenario(), with_payer(base, SOSIAL, Payer.stat))
    gain = 300_000 * (1 + 1 / 1.04 + 1 / 1.04**2)  # 5 successes × 60 000 a year, 3 years
    assert by_kommune.budget.npv["kommune"] == pytest.approx(gain - 200_000)
    assert by_state.budget.npv["kommune"] == pytest.approx(-200_000)
    assert by_state.budget.npv["stat"] == pytest.approx(gain)
    for result in (by_kommune, by_state):
        assert result.societal.pv_by_category["production"] == 0
        # societal NPV = −(financing cost with − without): the measure (200 000) costs
        # 20 % extra, the transfer no longer financed saves 20 % of it; the measure itself
        # is a real resource cost.
        assert result.societal.npv == pytest.approx(-200_000 + 0.2 * (gain - 200_000))
    assert by_state.societal.npv == pytest.approx(by_kommune.societal.npv, rel=1e-12)


def random_ledger(seed: int, years: int = 6) -> np.ndarray:
    rng = np.random.default_rng(seed)
    amount = np.zeros((years, len(PAYERS), len(CATEGORIES)))
    amount[:, :4, :5] = rng.normal(0, 50_000, (years, 4, 5))
    return amount


@FAST
@given(share=st.floats(0, 1), seed=st.integers(0, 2**16), transfer=st.floats(0, 1e6))
def test_societal_rows_do_not_depend_on_how_a_transfer_is_split(share, seed, transfer) -> None:
    amount = random_ledger(seed)
    t = CATEGORY_INDEX["transfers"]
    split = amount.copy()
    split[:, PAYER_INDEX["kommune"], t] -= share * transfer
    split[:, PAYER_INDEX["stat"], t] -= (1 - share) * transfer
    split[:, PAYER_INDEX["person"], t] += transfer
    whole = amount.copy()
    whole[:, PAYER_INDEX["fylkeskommune"], t] -= transfer
    whole[:, PAYER_INDEX["person"], t] += transfer
    np.testing.assert_allclose(society_rows(split, 1.26, 0.2), society_rows(whole, 1.26, 0.2),
                               atol=1e-6)


@FAST
@given(seed=st.integers(0, 2**16), transfer=st.floats(-1e6, 1e6))
def test_a_transfer_to_the_person_costs_society_its_financing_cost(seed, transfer) -> None:
    """Adding a transfer (public pays, person receives) changes only tax_financing, by
    −20 % of the transfer; production, services and measure are untouched."""
    amount = random_ledger(seed)
    moved = amount.copy()
    moved[:, PAYER_INDEX["kommune"], CATEGORY_INDEX["transfers"]] -= transfer
    moved[:, PAYER_INDEX["person"], CATEGORY_INDEX["transfers"]] += transfer
    diff = society_rows(moved, 1.26, 0.2) - society_rows(amount, 1.26, 0.2)
    expected = np.zeros_like(diff)
    expected[:, CATEGORY_INDEX["tax_financing"]] = -0.2 * transfer
    np.testing.assert_allclose(diff, expected, atol=1e-6)


def test_residual_value_discounts_to_the_same_present_value() -> None:
    rows = np.zeros((5, len(CATEGORIES)))
    rows[:, CATEGORY_INDEX["production"]] = [1, 2, 3, 4, 5]
    df = 1.1 ** -np.arange(5.0)
    kept = within_analysis_period(rows, df, 3, "remaining")
    # years 3 and 4 move to year 2: (4 / 1.1**3 + 5 / 1.1**4) · 1.1**2 = 4/1.1 + 5/1.1**2
    assert kept[2, CATEGORY_INDEX["residual_value"]] == pytest.approx(4 / 1.1 + 5 / 1.1**2)
    assert kept[3:].sum() == 0
    assert kept.sum(axis=1) @ df == pytest.approx(rows.sum(axis=1) @ df)
    dropped = within_analysis_period(rows, df, 3, "none")
    assert dropped.sum(axis=1) @ df == pytest.approx(1 + 2 / 1.1 + 3 / 1.1**2)


def test_real_growth_stops_after_the_last_growth_year() -> None:
    pset = shipped_set()
    view = ParamView(pset, dt.date(2024, 7, 1), kpi_index(pset))
    growth = real_growth(view, np.array([2024, 2025, 2059, 2060, 2061, 2090]), 2024)
    np.testing.assert_allclose(growth, 1.009 ** np.array([0, 1, 35, 36, 36, 36]))


@FAST
@given(delta=st.floats(0.01, 3), persons=st.floats(1, 500))
def test_wellbeing_value_is_linear_in_delta_ls_and_persons(delta, persons) -> None:
    pset = shipped_set()
    opts = {"source": "per_success", "duration_years": 5, "decay": 0.1}
    one = evaluate(scenario(horizon_years=8, wellbeing={**opts, "delta_ls": 1.0}), pset)
    scaled = evaluate(scenario(
        horizon_years=8,
        wellbeing={**opts, "delta_ls": delta},
        intervention={"cohorts": [{"year": 2026, "participants": 10 * persons}]},
    ), pset)
    assert scaled.wellbeing.wellbys == pytest.approx(delta * persons * one.wellbeing.wellbys)
    for level in ("low", "central", "high"):
        assert scaled.wellbeing.value[level] == pytest.approx(
            delta * persons * one.wellbeing.value[level], rel=1e-9)


def test_ledger_rows_sum_to_each_view_and_bcr_is_benefits_over_costs() -> None:
    pset = shipped_set()
    sc = scenario(target_group="vgs_dropout", start_age=17, horizon_years=45,
                  discounting={"schedule": "R-109"})
    out = to_json_dict(evaluate(sc, pset), pset)
    for payer in ("kommune", "fylkeskommune", "stat"):
        total = sum(r["discounted"] for r in out["ledger"] if r["payer"] == payer)
        assert total == pytest.approx(out["budget"][payer]["npv"])
    society = [r for r in out["ledger"] if r["payer"] == "society"]
    assert sum(r["discounted"] for r in society) == pytest.approx(out["societal"]["npv"])
    assert {r["category"] for r in society} <= {"production", "services", "measure",
                                                "tax_financing"}
    s = out["societal"]
    assert s["pv_benefits"] - s["pv_costs"] == pytest.approx(s["npv"])
    assert s["bcr"] == pytest.approx(s["pv_benefits"] / s["pv_costs"])
    assert s["npv_per_budget_krone"] == pytest.approx(
        s["npv"] / out["budget"]["public_total"]["pv_cost"])


def test_double_counting_guard_warns_only_when_income_is_in_both() -> None:
    pset = shipped_set()
    job = {"target_group": "aap_18_29", "start_age": 22, "horizon_years": 10}
    income_inclusive = evaluate(scenario(**job), pset)
    assert OVERLAP_WARNING in income_inclusive.warnings
    assert income_inclusive.wellbeing.includes_income
    declared_net = evaluate(scenario(**job, wellbeing={
        "source": "per_success", "delta_ls": 0.3, "income_overlap": "net_of_income"}), pset)
    assert OVERLAP_WARNING not in declared_net.warnings
    assert not declared_net.wellbeing.includes_income
    transfer_only = evaluate(scenario(), pset.with_overrides(TRANSFER_ONLY))
    assert transfer_only.societal.pv_by_category["production"] == 0
    assert OVERLAP_WARNING not in transfer_only.warnings


def test_wellbeing_discounting_rule_is_chosen_and_named() -> None:
    pset = shipped_set()
    opts = {"source": "per_success", "delta_ls": 1.0, "duration_years": 3,
            "discounting": {"schedule": "flat", "rate": 0.015}}
    result = evaluate(scenario(wellbeing=opts), pset)
    out = to_json_dict(result, pset)["wellbeing"]
    assert out["discounting"]["name"] == "flat 1.5 %"
    # 5 extra successes × 1 point for 3 years, discounted at 1.5 %
    assert out["wellbys_discounted"] == pytest.approx(5 * (1 + 1 / 1.015 + 1 / 1.015**2))
    assert out["rule"]["name"] == "qaly_div_7"
    assert set(out["value_per_wellby_by_rule"]) == {"qaly_div_7", "hm_treasury", "osvb"}


BAD_VIEWS = {
    "own_value_missing.yaml": ("wellbeing", "own_value"),
    "net_of_income_by_state.yaml": ("wellbeing", "krever source: per_success"),
    "analysis_period_beyond_horizon.yaml": ("societal.analysis_period", "høyst 10"),
    "unknown_valuation_rule.yaml": ("wellbeing.valuation", "ugyldig valg"),
}


def test_bad_view_fixtures_are_all_covered() -> None:
    assert {p.name for p in BAD.glob("*.yaml")} == set(BAD_VIEWS)


@pytest.mark.parametrize("fixture", sorted(BAD_VIEWS))
def test_bad_view_options_exit_2_naming_field_and_fix(capsys, fixture: str) -> None:
    field, words = BAD_VIEWS[fixture]
    code = main(["evaluate", str(BAD / fixture), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert field in err and words in err


def test_table_and_json_show_the_three_views_side_by_side(capsys) -> None:
    example = str(ROOT / "examples" / "ips_ung_illustrasjon.yaml")
    assert main(["evaluate", example]) == 0
    table = capsys.readouterr().out
    assert "SAMFUNNSØKONOMISK VISNING (R-109)" in table
    assert "Skattefinansieringskostnad" in table
    assert "VELFERDSVISNING (WELLBY)" in table
    assert "norsk QALY-verdi ÷ 7" in table
    assert "legges aldri sammen" in table
    assert main(["evaluate", example, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"npv", "bcr", "npv_per_budget_krone"} <= set(data["societal"])
    assert {"wellbys", "value", "cost_per_wellby", "rule", "value_range"} <= set(
        data["wellbeing"])
    assert set(data["wellbeing"]["value_range"]) == {"low", "central", "high"}


def test_r109_analysis_period_is_shortened_to_the_horizon() -> None:
    """R-109's 40 years cannot exceed a 3-year horizon; an explicit period can shorten it."""
    pset = shipped_set().with_overrides(TRANSFER_ONLY)
    r109 = evaluate(scenario(societal={"analysis_period": "R-109"}), pset)
    full = evaluate(scenario(), pset)
    assert r109.societal.analysis_years == 3
    assert r109.societal.npv == pytest.approx(full.societal.npv)
    two = evaluate(scenario(societal={"analysis_period": 2}), pset)
    # year 2 (the third) drops out: 0.2 · 300 000 / 1.04² less
    assert two.societal.npv == pytest.approx(full.societal.npv - 0.2 * 300_000 / 1.04**2)


def test_qaly_rule_lists_no_foreign_rule_parameters_as_used(pset) -> None:
    # The comparison by rule is computed without recording: a qaly_div_7 run uses neither
    # the HM Treasury/OSVB values nor their exchange rates.
    sc = load_scenario(ROOT / "examples" / "ips_ung_illustrasjon.yaml")
    result = evaluate(sc, pset)
    assert result.wellbeing.rule == "qaly_div_7"
    used = set(result.parameters_used)
    assert {"valuation.qaly_value", "valuation.ls_points_per_qaly"} <= used
    foreign = {"valuation.wellby_hm_treasury", "valuation.wellby_osvb", "macro.nok_per_gbp",
               "macro.nok_per_dkk"}
    assert not used & foreign
    assert set(result.wellbeing.value_per_wellby_by_rule) == {"qaly_div_7", "hm_treasury", "osvb"}


def test_a_set_without_an_unchosen_rule_still_evaluates(pset) -> None:
    sc = load_scenario(ROOT / "examples" / "ips_ung_illustrasjon.yaml")
    params = {k: v for k, v in pset.parameters.items() if k != "valuation.wellby_osvb"}
    result = evaluate(sc, pset.model_copy(update={"parameters": params, "sha256": "x"}))
    assert set(result.wellbeing.value_per_wellby_by_rule) == {"qaly_div_7", "hm_treasury"}
