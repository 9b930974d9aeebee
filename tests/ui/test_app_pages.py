"""The app's pages through streamlit.testing.v1.AppTest: widgets change the three views,
uncertainty runs when asked and matches the CLI, bad uploads (YAML and xlsx) show the CLI's
message, Excel downloads exist, overrides are marked, comparison and guide pages work."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.errors import InputError
from costbenefit.excel.template import FIELD_ROW
from costbenefit.excel.template_read import scenario_from_template_bytes
from costbenefit.files.scenarios import load_scenario, scenario_from_bytes
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report import i18n
from costbenefit.ui.texts import t
from costbenefit.uncertainty.montecarlo import run_montecarlo
from tests.excel.test_template import FILLED, fill
from tests.ui.lazy_sections import opened

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
USIKKERHET = ROOT / "examples" / "ips_ung_usikkerhet.yaml"
BAD = ROOT / "tests" / "fixtures" / "bad_scenarios"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=30).run()
    assert not app.exception
    return app


def metric(at: AppTest, key: str, lang: str = "nb") -> str:
    """A number the calculator shows: a headline metric, or a row of a view's table."""
    label = t(key, lang)
    for m in at.metric:
        if m.label == label:
            return m.value
    return next(str(tb.value.loc[label].iloc[0]).replace("\u00a0kr", " kr")
                for tb in at.table if label in tb.value.index)


def kroner(text: str) -> float:
    """'-7 443 289 kr' (Babel's spaces and minus sign) -> -7443289.0"""
    digits = text.removesuffix("kr").replace("\u2212", "-")
    return float("".join(ch for ch in digits if ch.isdigit() or ch == "-"))


def test_opens_on_the_example_with_the_cli_numbers(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert metric(at, "public_total") == i18n.kr(result.budget.npv["public_total"])
    assert metric(at, "kommune") == i18n.kr(result.budget.npv["kommune"])
    headings = " ".join(m.value for m in at.markdown)
    for head in ("budget_view_head", "societal_head", "wellbeing_head"):
        assert t(head) in headings


def test_doubling_participants_doubles_all_but_the_fixed_cost(at: AppTest) -> None:
    # The example has 100 participants a year and one fixed cost of 500 000 kr in year 0
    # (undiscounted). NPV(n) = n·a − 500 000, so NPV(200) = 2·NPV(100) + 500 000.
    before = kroner(metric(at, "public_total"))
    at.number_input(key="in_participants").set_value(200).run()
    after = kroner(metric(at, "public_total"))
    assert after == pytest.approx(2 * before + 500_000, abs=2)


def test_no_difference_in_success_rate_leaves_only_the_cost(at: AppTest) -> None:
    at.text_input(key="in_success_with_pct").set_value("27,1").run()
    assert kroner(metric(at, "public_total")) == -kroner(metric(at, "pv_cost"))
    assert metric(at, "payback") == t("never")


def test_break_even_rate_does_not_depend_on_the_assumed_success_rate(at: AppTest) -> None:
    before = metric(at, "break_even_rate")
    at.text_input(key="in_success_with_pct").set_value("50").run()
    assert metric(at, "break_even_rate") == before


def test_break_even_beyond_reach_shows_no_number(at: AppTest) -> None:
    """Almost everyone succeeds anyway: breaking even would need a rate above 100 %."""
    at.text_input(key="in_success_with_pct").set_value("97").run()
    at.text_input(key="in_success_without_pct").set_value("95").run()
    assert metric(at, "break_even_rate") == metric(at, "needed") == t("not_feasible")
    assert "%" not in metric(at, "break_even_rate")


def test_roi_is_shown_as_a_ratio(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert metric(at, "roi") == i18n.ratio(result.budget.roi)
    assert t("roi") == "Netto nåverdi per krone tiltakskostnad"


def test_flat_rate_zero_gives_undiscounted_totals(at: AppTest) -> None:
    at.selectbox(key="in_schedule").set_value("flat").run()
    at.number_input(key="in_flat_rate_pct").set_value(0.0).run()
    # cost: 300 participants × 80 000 kr + 500 000 kr fixed, not discounted
    assert kroner(metric(at, "pv_cost")) == 300 * 80_000 + 500_000
    assert any(t("discounting_used", name="fast 0 %") in c.value for c in at.caption)


def test_bad_custom_schedule_names_the_field(at: AppTest) -> None:
    at.selectbox(key="in_schedule").set_value("custom").run()
    at.text_input(key="in_custom_steps").set_value("fire prosent").run()
    assert "diskontering" in at.error[0].value and "fire prosent" in at.error[0].value


def test_blank_start(at: AppTest) -> None:
    at.selectbox(key="start").set_value("").run()
    assert at.text_input(key="in_name").value == "Nytt scenario"
    assert at.number_input(key="in_participants").value == 0  # a blank scenario is blank
    assert at.text_input(key="in_cost_kommune").value == "0"
    assert at.text_input(key="in_success_with_pct").value == "0"
    assert not at.error


@pytest.mark.parametrize("fixture", ["success_rate_above_one.yaml", "broken_yaml.yaml",
                                     "unknown_field.yaml"])
def test_bad_upload_shows_the_cli_message(at: AppTest, fixture: str) -> None:
    data = (BAD / fixture).read_bytes()
    with pytest.raises(InputError) as cli:
        scenario_from_bytes(data, fixture)
    at.file_uploader(key="upload").set_value((fixture, data, "application/x-yaml")).run()
    assert str(cli.value) in at.error[0].value
    assert at.text_input(key="in_name").value != ""  # the form still holds the old scenario


def test_good_upload_replaces_the_inputs(at: AppTest) -> None:
    data = EXAMPLE.read_text(encoding="utf-8").replace("participants: 100", "participants: 7")
    at.file_uploader(key="upload").set_value(("mitt.yaml", data.encode(), "application/x-yaml"))
    at.run()
    assert at.number_input(key="in_participants").value == 7
    assert not at.error


def test_english_labels(at: AppTest) -> None:
    kommune = metric(at, "kommune")
    at.selectbox(key="lang_choice").set_value("en").run()
    assert metric(at, "public_total", "en") == metric(at.run(), "public_total", "en")
    assert any(m.label == "Public total" for m in at.metric)
    assert metric(at, "kommune", "en") == kommune  # Norwegian number format in both
    assert at.title[0].value == t("app_title", "en")


def test_provenance_lists_every_parameter_used(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert not any(t("col_name") in d.value.columns for d in at.dataframe)  # closed at first
    table = next(d.value for d in opened(at, "provenance").dataframe
                 if t("col_name") in d.value.columns)
    assert list(table[t("col_name")]) == list(result.parameters_used)


def add_to_comparison(at: AppTest) -> AppTest:
    return next(b for b in at.button if b.label == t("add_compare")).click().run()


def test_compare_keeps_at_most_four_and_no_duplicates(at: AppTest) -> None:
    for n in range(4):
        at.number_input(key="in_participants").set_value(10 + n).run()
        add_to_comparison(at)
    assert t("added", n=4, max=4) in [s.value for s in at.success]
    add_to_comparison(at)
    assert at.info[-1].value == t("compare_duplicate")  # the same scenario again
    at.number_input(key="in_participants").set_value(99).run()
    add_to_comparison(at)
    assert at.warning[0].value == t("compare_full", max=4)


def test_compare_page_side_by_side(at: AppTest) -> None:
    add_to_comparison(at)
    at.number_input(key="in_participants").set_value(50).run()
    at.text_input(key="in_name").set_value("Halvparten").run()
    add_to_comparison(at)
    at.switch_page("pages/sammenlign.py").run()
    assert not at.exception
    settings, budget, societal, wellbeing = (tb.value for tb in at.table)
    names = ["IPS Ung, Trondheim (illustrasjon)", "Halvparten"]
    assert list(settings.columns) == names
    assert list(budget.columns[:2]) == names
    public = t("cmp_npv", payer=t("public_total").lower())
    assert budget.loc[public, names].nunique() == 2
    assert societal.loc[t("societal_npv"), names].nunique() == 2  # the three views, apart
    assert wellbeing.loc[t("wellbeing_value"), names].nunique() == 2
    at.button[-1].click().run()  # clear
    assert at.info[0].value == t("compare_empty")


def test_inputs_survive_a_visit_to_another_page(at: AppTest) -> None:
    at.number_input(key="in_participants").set_value(42).run()
    at.switch_page("pages/veiledning.py").run()
    at.switch_page("pages/kalkulator.py").run()
    assert at.number_input(key="in_participants").value == 42


def test_guide_page(at: AppTest) -> None:
    at.switch_page("pages/veiledning.py").run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    for phrase in ("Budsjettvirkning", "Hvorfor stønader ikke er en kostnad",
                   "Hvor mange må lykkes", "konfidensmerking", "Samfunnsøkonomisk lønnsomhet",
                   "WELLBY", "Tornado", "Bryteverdi", "Monte Carlo",
                   "sannsynligheten for at nåverdien er positiv", "Overstyrt"):
        assert phrase in text
    assert len(at.table[0].value) == 6


# -- the societal and wellbeing views ---------------------------------------------------

def with_views(raw_changes: dict) -> Scenario:
    raw = load_scenario(EXAMPLE).model_dump(mode="python", by_alias=True, exclude_unset=True)
    for section, changes in raw_changes.items():
        raw[section] = {**raw.get(section, {}), **changes}
    return Scenario.model_validate(raw)


def test_three_views_show_the_engine_numbers(at: AppTest, pset) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert metric(at, "societal_npv") == i18n.kr(result.societal.npv)
    assert metric(at, "bcr") == i18n.number(result.societal.bcr, 2)
    assert metric(at, "wellbeing_value") == i18n.kr(result.wellbeing.value["central"])
    assert any(t("views_head") in h.value for h in at.subheader)


@pytest.mark.parametrize("rule", ["hm_treasury", "osvb"])
def test_changing_the_valuation_rule_changes_the_wellbeing_value(at: AppTest, pset,
                                                                 rule: str) -> None:
    before = metric(at, "wellbeing_value")
    at.selectbox(key="in_wellbeing_rule").set_value(rule).run()
    want = evaluate(with_views({"wellbeing": {"valuation": rule}}), pset)
    assert metric(at, "wellbeing_value") == i18n.kr(want.wellbeing.value["central"])
    assert metric(at, "wellbeing_value") != before
    assert metric(at, "public_total") == i18n.kr(want.budget.npv["public_total"])  # untouched


def test_own_value_per_wellby(at: AppTest, pset) -> None:
    at.selectbox(key="in_wellbeing_rule").set_value("own").run()
    assert "WELLBY" in at.error[0].value  # no own value yet: say what to fill in
    at.text_input(key="in_own_value").set_value("100 000").run()
    want = evaluate(with_views({"wellbeing": {"valuation": "own",
                                              "own_value": {"central": 100_000}}}), pset)
    assert metric(at, "wellbeing_value") == i18n.kr(want.wellbeing.value["central"])


def test_analysis_period_and_residual_value(at: AppTest, pset) -> None:
    at.selectbox(key="in_societal_period").set_value("years").run()
    # 5 years: the study's effect (5 years from 2027–2029) outlasts the period
    at.number_input(key="in_societal_years").set_value(5).run()
    at.selectbox(key="in_residual_value").set_value("remaining").run()
    want = evaluate(with_views({"societal": {"analysis_period": 5,
                                             "residual_value": "remaining"}}), pset)
    assert metric(at, "societal_npv") == i18n.kr(want.societal.npv)
    assert metric(at, "cat_residual_value") == i18n.kr(
        want.societal.pv_by_category["residual_value"])


# -- uncertainty ------------------------------------------------------------------------

def switching_info(at: AppTest) -> str:
    return next(i.value for i in at.info if "Suksessrate med tiltaket" in i.value)


def test_switching_value_follows_the_chosen_outcome(at: AppTest) -> None:
    switching = opened(at, "tornado").selectbox(key="unc_switching")
    switching.set_value("intervention.success_rate_with").run()
    # for public budgets, the switching value of the success rate is the break-even rate
    assert metric(at, "break_even_rate") in switching_info(at)
    at.selectbox(key="unc_outcome").set_value("societal").run()
    assert metric(at, "break_even_rate") not in switching_info(at)
    assert not at.exception


def tick_success_rate(at: AppTest) -> AppTest:
    return at.checkbox(key="in_unc_success_with_pct_on").check().run()


def test_ticking_an_input_suggests_a_range(at: AppTest) -> None:
    tick_success_rate(at)
    # the study's 35,65 % (27,1 % + 9,5 points less 10 % optimism bias) ± 20 %
    assert at.number_input(key="in_unc_success_with_pct_low").value == pytest.approx(28.52)
    assert at.number_input(key="in_unc_success_with_pct_high").value == pytest.approx(42.78)


def test_monte_carlo_runs_when_asked_and_matches_the_cli(at: AppTest, pset) -> None:
    # the example names a study: Monte Carlo draws its effect from the study's interval
    assert any(c.value.startswith("Også usikre fra studien") for c in at.caption)
    tick_success_rate(at)
    assert not any(m.label == t("prob_positive") for m in at.metric)  # not run on a rerender
    at.button(key="mc_run").click().run()
    low, high = (at.number_input(key=f"in_unc_success_with_pct_{end}").value / 100
                 for end in ("low", "high"))
    raw = load_scenario(EXAMPLE).model_dump(mode="python", by_alias=True, exclude_unset=True)
    raw["uncertainty"] = {"intervention.success_rate_with": {  # the user's range replaces it
        "distribution": "pert", "low": low, "mode": 35.65 / 100, "high": high}}
    mc = run_montecarlo(Scenario.model_validate(raw), pset, 2_000, 1)
    assert metric(at, "prob_positive") == i18n.percent(mc.summaries["public_total"].prob_positive,
                                                       1)
    assert metric(at, "prob_positive", "nb") != ""
    assert [m.label for m in at.metric if m.label.startswith("P") and len(m.label) <= 3] == [
        "P5", "P50", "P95"]
    at.number_input(key="in_participants").set_value(50).run()
    assert t("mc_stale") in [i.value for i in at.info]  # kept, not redrawn, not shown as current
    assert not any(m.label == t("prob_positive") for m in at.metric)


def test_declared_uncertainty_is_kept_as_written(at: AppTest, pset) -> None:
    declared = load_scenario(USIKKERHET)
    at.selectbox(key="start").set_value(declared.name).run()
    assert at.checkbox(key="in_unc_cost_stat_on").value
    stat_cost = declared.uncertainty["intervention.cost_per_participant_year.stat"]
    assert at.number_input(key="in_unc_cost_stat_high").value == stat_cost.high
    at.button(key="mc_run").click().run()
    mc = run_montecarlo(load_scenario(USIKKERHET), pset, 2_000, 1)
    assert metric(at, "prob_positive") == i18n.percent(mc.summaries["public_total"].prob_positive,
                                                       1)


def test_a_range_that_misses_the_value_names_the_input(at: AppTest) -> None:
    tick_success_rate(at)
    at.number_input(key="in_unc_success_with_pct_low").set_value(40.0).run()
    message = at.error[0].value
    assert "intervention.success_rate_with" in message and i18n.percent(0.3565, 1) in message
    assert metric(at, "public_total")  # the views still show


# -- Excel ------------------------------------------------------------------------------

def test_excel_download_buttons_exist(at: AppTest) -> None:
    labels = [b.proto.label for b in at.get("download_button")]
    assert t("download_xlsx") in labels and t("download_template") in labels


def test_blank_template_reads_as_a_template(pset) -> None:
    from costbenefit.ui.sections import blank_template

    with pytest.raises(InputError, match="Prosjekt!B"):  # blank: the cells are named
        scenario_from_template_bytes(blank_template(pset), "budsjettmal.xlsx")


def xlsx_upload(at: AppTest, data: bytes, name: str = "malen.xlsx") -> AppTest:
    return at.file_uploader(key="upload").set_value((name, data, XLSX)).run()


def test_bad_xlsx_upload_shows_the_cli_error_naming_the_cell(at: AppTest, pset) -> None:
    from costbenefit.ui.sections import blank_template

    data = fill(blank_template(pset), {**FILLED, "start_age": "tjue"})
    with pytest.raises(InputError) as cli:
        scenario_from_template_bytes(data, "malen.xlsx")
    xlsx_upload(at, data)
    assert str(cli.value) in at.error[0].value
    assert f"Prosjekt!B{FIELD_ROW['start_age']}" in at.error[0].value


def test_not_an_xlsx_upload_is_refused(at: AppTest) -> None:
    xlsx_upload(at, b"dette er ikke en arbeidsbok")
    assert "ikke en Excel-fil" in at.error[0].value


def test_filled_template_upload_replaces_the_inputs(at: AppTest, pset) -> None:
    from costbenefit.ui.sections import blank_template

    xlsx_upload(at, fill(blank_template(pset)))
    assert not at.error
    assert at.text_input(key="in_name").value == FILLED["name"]
    assert at.number_input(key="in_horizon_years").value == FILLED["horizon_years"]


# -- provenance -------------------------------------------------------------------------

def test_overridden_parameters_are_marked(at: AppTest) -> None:
    name = "benefits.sosialhjelp.average_per_recipient"
    data = EXAMPLE.read_text(encoding="utf-8") + f"parameter_overrides:\n  {name}: 70000\n"
    at.file_uploader(key="upload").set_value(("overstyrt.yaml", data.encode(),
                                              "application/x-yaml")).run()
    table = next(d.value for d in opened(at, "provenance").dataframe
                 if t("col_name") in d.value.columns)
    marked = table.set_index(t("col_name"))[t("col_overridden")]
    assert marked[name] == t("overridden_from", value=i18n.number(63600, 0) + " kr/år")
    assert set(marked.drop(index=name)) == {""}
    used = table.set_index(t("col_name")).loc[name, t("col_value_used")]
    assert used == i18n.number(70000, 0) + " kr/år"
    assert any(name in w.value for w in at.warning)


def test_markov_example_shows_the_engine_result_and_its_break_even(at: AppTest, pset) -> None:
    markov = load_scenario(ROOT / "examples" / "ips_ung_markov_illustrasjon.yaml")
    at.selectbox(key="start").set_value(markov.name).run()
    result = evaluate(markov, pset)
    assert metric(at, "public_total") == i18n.kr(result.budget.npv["public_total"])
    assert any("Markov-modus" in info.value for info in at.info)
    assert i18n.number(result.break_even.effect_multiplier, 2) in metric(at, "needed")
