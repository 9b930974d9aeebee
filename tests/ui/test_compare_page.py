"""The compare page (AppTest) and its pure helpers: the three views in separate tables,
each scenario's basis with a warning when it differs, difference columns that equal the
engine's NPV differences, no duplicates, a chart and the comparison workbook."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.files.scenarios import load_scenario
from costbenefit.model.discounting import flat
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.report import i18n
from costbenefit.ui import app_state, compare
from costbenefit.ui.texts import t

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
IPS = ROOT / "examples" / "ips_ung_illustrasjon.yaml"  # 45 years from 2026
NAV = ROOT / "examples" / "nav_enklere.yaml"  # 8 years from 2026
PAGE = "pages/sammenlign.py"


def kept(sc: Scenario) -> dict:
    return sc.model_dump(mode="python", by_alias=True, exclude_unset=True)


def compare_page(*scenarios: Scenario, lang: str = "nb") -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    at.session_state[app_state.COMPARE_KEY] = [kept(sc) for sc in scenarios]
    at.session_state[app_state.LANG_KEY] = lang
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


@pytest.fixture(scope="module")
def ips() -> Scenario:
    return load_scenario(IPS)


@pytest.fixture(scope="module")
def nav() -> Scenario:
    return load_scenario(NAV)


@pytest.fixture(scope="module")
def two_periods(ips: Scenario, nav: Scenario) -> AppTest:
    return compare_page(ips, nav)


def npv_label(payer: str) -> str:
    return t("cmp_npv", payer=t(payer).lower())


def test_three_views_stand_in_separate_tables(two_periods: AppTest) -> None:
    _, budget, societal, wellbeing = (tb.value for tb in two_periods.table)
    headings = [h.value for h in two_periods.subheader]
    for key in ("budget_head", "compare_societal_head", "compare_wellbeing_head"):
        assert t(key) in headings
    assert npv_label("public_total") in budget.index
    assert t("societal_npv") not in budget.index and t("wellbeing_value") not in budget.index
    assert list(societal.index) == [t("societal_npv"), t("bcr"), t("per_budget_krone")]
    assert list(wellbeing.index) == [t("wellbeing_value"), t("wellbys"), t("cost_per_wellby")]
    assert budget[budget.columns[0]].dtype.kind == "f"  # numbers underneath the text


def test_different_periods_are_shown_and_warned_about(two_periods: AppTest, ips: Scenario,
                                                      nav: Scenario) -> None:
    settings = two_periods.table[0].value
    period = settings.loc[t("cmp_period")]
    assert list(period) == ["45 år (2026–2070)", "8 år (2026–2033)"]
    assert set(settings.loc[t("cmp_start_year")]) == {"2026"}
    assert set(settings.loc[t("cmp_price_year")]) == {"2024"}
    assert all(v.startswith("R-109: 4 %") for v in settings.loc[t("cmp_discounting")])
    warnings = [w.value for w in two_periods.warning]
    assert len(warnings) == 1
    assert t("cmp_differs", what=t("cmp_what_period"),
             effects=t("cmp_effect_period")) == warnings[0]
    assert "analyseperiode" in warnings[0] and "startår" not in warnings[0]


def test_no_warning_when_the_basis_is_the_same(ips: Scenario) -> None:
    half = ips.model_copy(update={"name": "Halvparten"})
    at = compare_page(ips, half)
    assert not at.warning


def check_differences(at: AppTest, base: Result, other: Result) -> None:
    budget = at.table[1].value
    column = t("diff_col", name=other.scenario.name, base=base.scenario.name)
    assert budget.columns[-1] == column
    for payer in ("public_total", *PUBLIC_PAYERS):
        expected = other.budget.npv[payer] - base.budget.npv[payer]
        assert budget.loc[npv_label(payer), column] == pytest.approx(expected)
    societal = at.table[2].value
    assert societal.loc[t("societal_npv"), column] == pytest.approx(
        other.societal.npv - base.societal.npv)
    wellbeing = at.table[3].value
    assert wellbeing.loc[t("wellbeing_value"), column] == pytest.approx(
        other.wellbeing.value["central"] - base.wellbeing.value["central"])


def test_difference_column_equals_engine_npv_differences(two_periods: AppTest, ips: Scenario,
                                                         nav: Scenario, pset) -> None:
    first, second = evaluate(ips, pset), evaluate(nav, pset)
    check_differences(two_periods, first, second)
    two_periods.selectbox(key="compare_baseline").set_value(1).run()
    check_differences(two_periods, second, first)


def test_the_same_scenario_is_shown_once(ips: Scenario) -> None:
    at = compare_page(ips, ips)
    assert t("compare_duplicates") in [i.value for i in at.info]
    assert list(at.table[0].value.columns) == [ips.name]
    assert len(at.session_state[app_state.COMPARE_KEY]) == 1
    assert not any(s.key == "compare_baseline" for s in at.selectbox)


def test_adding_from_the_calculator_twice_shows_it_once() -> None:
    at = AppTest.from_file(APP, default_timeout=60).run()
    for _ in range(2):
        next(b for b in at.button if b.label == t("add_compare")).click().run()
    at.switch_page(PAGE).run()
    assert len(at.table[0].value.columns) == 1


def test_add_unique_refuses_a_repeat_and_a_full_list(ips: Scenario) -> None:
    store: list[dict] = []
    assert compare.add_unique(store, kept(ips), 2) == "added"
    assert compare.add_unique(store, kept(ips), 2) == "duplicate"
    other = kept(ips.model_copy(update={"name": "Annen"}))
    assert compare.add_unique(store, other, 2) == "added"
    assert compare.add_unique(store, {"name": "tredje"}, 2) == "full"
    assert len(store) == 2


def test_chart_and_workbook_download(two_periods: AppTest) -> None:
    assert t("compare_chart_head") in [h.value for h in two_periods.subheader]
    labels = [e.proto.label for e in two_periods.main
              if type(e).__name__ == "DownloadButton"]
    assert t("download_compare_xlsx") in labels


def test_chart_frame_is_numeric_and_keeps_the_views_apart(ips: Scenario, nav: Scenario,
                                                          pset) -> None:
    results = [evaluate(ips, pset), evaluate(nav, pset)]
    frame = compare.chart_frame(results, "nb")
    assert frame["npv"].dtype.kind == "f"
    row = frame[(frame["scenario"] == ips.name) & (frame["measure"] == t("societal_npv"))]
    assert row["npv"].iloc[0] * 1e6 == pytest.approx(results[0].societal.npv)
    assert len(frame) == 2 * len(compare.CHART_FIGURES)


def test_workbook_builder_takes_the_page_results(ips: Scenario, nav: Scenario, pset) -> None:
    from costbenefit.excel.compare import build_comparison

    data = build_comparison([evaluate(ips, pset), evaluate(nav, pset)])
    assert data[:2] == b"PK"  # an xlsx is a zip


def test_english_page(ips: Scenario, nav: Scenario) -> None:
    at = compare_page(ips, nav, lang="en")
    assert t("cmp_differs", "en", what="analysis period",
             effects="cover different years") == at.warning[0].value
    assert t("compare_societal_head", "en") in [h.value for h in at.subheader]
    assert list(at.table[0].value.loc["Analysis period"]) == ["45 years (2026–2070)",
                                                              "8 years (2026–2033)"]


def test_texts_of_numbers_and_differences() -> None:
    assert compare.cell_text(-1234567.0, "kr", "nb") == i18n.kr(-1234567.0)
    assert compare.cell_text(math.nan, "year", "nb") == t("never")
    assert compare.cell_text(0.5, "percent", "nb", beyond=True) == t("not_feasible")
    assert compare.diff_text(1234.0, "kr", "nb") == "+" + i18n.kr(1234.0)
    assert compare.diff_text(-0.015, "percent", "nb") == "-1,5 prosentpoeng"
    assert compare.diff_text(3.0, "year", "en") == "+3 years"
    assert compare.diff_text(math.nan, "ratio", "nb") == "–"


def test_discounting_text() -> None:
    assert compare.discounting_text(flat(0.025), "nb") == "fast 2,5 %"
    assert compare.discounting_text(flat(0.04), "en") == "flat 4 %"


def test_differing_names_each_setting(ips: Scenario, pset) -> None:
    base = evaluate(ips, pset)
    other = Scenario.model_validate({**kept(ips), "horizon_years": 40, "price_year": 2025})
    later = evaluate(other, pset)
    assert compare.differing([base, base]) == []
    assert compare.differing([base, later]) == ["period", "price_year"]
    text = compare.differing_warning([base, later], "nb")
    assert text is not None and "ulik analyseperiode og kroneår." in text
    assert "dekker ulike år og er i kroner fra ulike år," in text
