"""A reform as a scenario type in the app (issue #14): the sidebar's «Regelendring (reform)»
maps onto the scenario's ``reform:`` and back (a reform file round-trips), and the results
show the rule change alone per payer and year and the break-even per payer, as the engine
and the JSON contract give them."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from costbenefit.errors import InputError
from costbenefit.files.scenarios import load_scenario, scenario_from_bytes
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.report import i18n
from costbenefit.report.as_json import reform_dict
from costbenefit.ui import form, reform
from costbenefit.ui.texts import t
from tests.excel.support import MIXED_REFORM, PURE_REFORM

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


@pytest.fixture(scope="module")
def pure() -> Scenario:
    return Scenario.model_validate(copy.deepcopy(PURE_REFORM))


@pytest.fixture(scope="module")
def mixed() -> Scenario:
    data = load_scenario(EXAMPLE).model_dump(mode="python", by_alias=True, exclude_unset=True)
    data["reform"] = copy.deepcopy(MIXED_REFORM)
    return Scenario.model_validate(data)


# -- the form ---------------------------------------------------------------------------

def test_a_reform_file_round_trips(pure) -> None:
    values = form.form_from_scenario(pure)
    assert values["reform_on"] is True and values["reform_unit"] == "G"
    assert values["reform_amount"] == 2.0 and values["reform_payer"] == "stat"
    assert values["reform_states"] == ["social_assistance", "unemployed", "neet"]
    assert (values["reform_age_from"], values["reform_age_to"]) == (18, 29)
    assert values["reform_take_up_pct"] == 100.0
    assert values["reform_replaces"] == ["sosialhjelp", "dagpenger", "kvalifiseringsstonad"]
    assert (values["reform_kvp_state"], values["reform_kvp_share_pct"]) == ("neet", 10.0)
    back = form.scenario_from_form(pure, values)
    assert back == pure and back.reform == pure.reform
    saved = scenario_from_bytes(form.scenario_to_yaml(back).encode(), "lagret.yaml")
    assert saved == pure


def test_kroner_a_share_and_the_name_are_kept(mixed) -> None:
    """A benefit in kroner stays in kroner, a share on sosialhjelp and the reform's name stay
    (the form does not show them), and the form's own changes are applied."""
    values = form.form_from_scenario(mixed)
    assert values["reform_unit"] == "kr" and values["reform_amount"] == 150_000
    assert form.scenario_from_form(mixed, values) == mixed
    changed = form.scenario_from_form(mixed, values | {
        "reform_amount": 120_000.0, "reform_take_up_pct": 55.0, "reform_taxable": True,
        "reform_age_to": 29})
    rf = changed.reform
    assert rf is not None and rf.name == MIXED_REFORM["name"] and rf.ages == "20-29"
    assert (rf.benefit.amount, rf.benefit.amount_g, rf.benefit.taxable) == (120_000, None, True)
    assert rf.take_up == 0.55
    assert [(r.benefit, r.share) for r in rf.replaces] == [("aap", 1.0), ("sosialhjelp", 0.5)]


def test_switching_the_reform_on_and_off(pset) -> None:
    blank = form.blank_scenario()
    values = form.form_from_scenario(blank)
    assert values["reform_on"] is False
    assert form.scenario_from_form(blank, values).reform is None
    on = form.scenario_from_form(blank, values | {
        "reform_on": True, "reform_replaces": ["sosialhjelp", "kvalifiseringsstonad"],
        "reform_kvp_state": "unemployed", "reform_kvp_share_pct": 20.0})
    rf = on.reform
    assert rf is not None and rf.benefit.amount_g == 2.0 and rf.benefit.payer == "stat"
    assert rf.eligible_states == ["social_assistance", "unemployed", "neet"]
    assert [(r.benefit, r.state, r.share) for r in rf.replaces] == [
        ("sosialhjelp", None, 1.0), ("kvalifiseringsstonad", "unemployed", 0.2)]
    assert evaluate(on, pset).reform_by_year is not None
    off = form.scenario_from_form(on, form.form_from_scenario(on) | {"reform_on": False})
    assert off.reform is None


def test_a_replaced_benefit_outside_the_eligible_states_is_explained(pure) -> None:
    values = form.form_from_scenario(pure) | {"reform_replaces": ["aap"]}
    with pytest.raises(InputError, match=r"skjemaet.*reform.*aap"):
        form.scenario_from_form(pure, values)


# -- the results ------------------------------------------------------------------------

def test_rule_change_tables(pure, pset) -> None:
    result = evaluate(pure, pset)
    data = reform_dict(result)
    frame = reform.years_frame(result, "nb")
    assert list(frame.columns) == ["År", "Kommune", "Fylkeskommune", "Stat",
                                   "Resten av kommunesektoren", "Offentlig sum",
                                   "Personen selv"]
    assert len(frame) == 8 and frame["År"][0] == "2026"
    assert frame["Stat"][0] == i18n.number(data["by_year"][0]["stat"], 0)
    assert reform.npv_values(result) == data["npv"]
    needed = reform.balance_values(result, "nb")
    assert needed["kommune"] == needed["fylkeskommune"] == "0 (sparer allerede)"
    assert needed["stat"] == i18n.number(result.break_even.by_payer["stat"], 0)
    assert reform.balance_label(result, "nb") == "Flere i arbeid som trengs for balanse"
    assert reform.balance_label(result, "en") == "More in work needed to break even"
    assert "2,00 G" in reform.describe(result, "nb") and "«arbeidsledig»" in reform.describe(
        result, "nb")
    assert "taxable" in reform.describe(result, "en")
    assert list(reform.years_frame(result, "en").columns)[-1] == "The person"


# -- the app ----------------------------------------------------------------------------

def upload(at: AppTest, data: dict, name: str = "reform.yaml") -> AppTest:
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()
    at.file_uploader(key="upload").set_value((name, text, "application/x-yaml")).run()
    assert not at.exception and not at.error
    return at


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60).run()
    assert not app.exception
    return app


def reform_metrics(at: AppTest, balance: bool = False) -> dict[str, str]:
    """The NPV metrics of the rule change alone (the first row of metrics that starts with
    the kommune), or with `balance` the break-even per payer after them."""
    payers = [*PUBLIC_PAYERS, "public_total"]
    metrics = [(m.label, m.value) for m in at.metric]
    start = next(i for i, (label, _) in enumerate(metrics) if label == t("kommune"))
    if balance:
        start += len(PUBLIC_PAYERS) + 2  # the NPV row: payers, public total, person
    else:
        payers.append("person")
    shown = metrics[start:start + len(payers)]
    assert [label for label, _ in shown] == [t(p) for p in payers]
    return {label: value for label, value in shown}


def test_reform_inputs_render_and_take_up_changes_the_result(at: AppTest, pset) -> None:
    upload(at, PURE_REFORM)
    assert at.checkbox(key="in_reform_on").value is True
    assert at.number_input(key="in_reform_amount").value == 2.0
    assert at.selectbox(key="in_reform_payer").value == "stat"
    assert at.checkbox(key="in_reform_taxable").value is True
    states = at.multiselect(key="in_reform_states")
    assert states.value == ["social_assistance", "unemployed", "neet"]
    assert "økonomisk sosialhjelp" in states.options
    assert at.number_input(key="in_reform_take_up_pct").value == 100.0
    assert at.multiselect(key="in_reform_replaces").value == [
        "sosialhjelp", "dagpenger", "kvalifiseringsstonad"]
    assert at.number_input(key="in_reform_kvp_share_pct").value == 10.0
    result = evaluate(Scenario.model_validate(PURE_REFORM), pset)
    assert t("reform_head") in [h.value for h in at.subheader]
    shown = reform_metrics(at)
    assert shown[t("stat")] == i18n.kr(result.reform_by_year[:, 2] @
                                       result.ledger.discount_factors)
    table = next(d.value for d in at.dataframe if "Personen selv" in d.value.columns)
    assert list(table["År"]) == [str(y) for y in range(2026, 2034)]
    balance = reform_metrics(at, balance=True)
    assert balance[t("kommune")] == "0 (sparer allerede)"
    assert balance[t("stat")] == i18n.number(result.break_even.by_payer["stat"], 0)

    at.number_input(key="in_reform_take_up_pct").set_value(50.0).run()
    assert not at.exception and not at.error
    half = copy.deepcopy(PURE_REFORM)
    half["reform"]["take_up"] = 0.5
    want = evaluate(Scenario.model_validate(half), pset)
    after = reform_metrics(at)
    assert after != shown
    for payer in (*PUBLIC_PAYERS, "public_total"):
        assert after[t(payer)] == i18n.kr(reform_dict(want)["npv"][payer])


def test_reform_switched_on_and_off_in_the_app(at: AppTest) -> None:
    assert t("reform_head") not in [h.value for h in at.subheader]
    at.checkbox(key="in_reform_on").check().run()
    assert not at.exception and not at.error
    assert t("reform_head") in [h.value for h in at.subheader]
    at.checkbox(key="in_reform_on").uncheck().run()
    assert t("reform_head") not in [h.value for h in at.subheader]


def test_reform_results_in_english(at: AppTest) -> None:
    at.selectbox(key="lang_choice").set_value("en").run()
    upload(at, PURE_REFORM)
    assert t("reform_head", "en") in [h.value for h in at.subheader]
    assert t("sec_reform", "en") in [e.label for e in at.expander]
