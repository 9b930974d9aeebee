"""The programme page (pages/program.py) through AppTest, and its frames
(costbenefit/ui/programme.py) on their own: the budget need, who gains, each project's line
and the combined uncertainty are the engine's PortfolioResult and PortfolioMonteCarlo."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from costbenefit.excel.template import build_template
from costbenefit.files.portfolios import load_portfolio
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.programme.portfolio import (
    PortfolioResult,
    evaluate_portfolio,
    portfolio_montecarlo,
)
from costbenefit.report import i18n
from costbenefit.report.who_pays import who_pays_sentence
from costbenefit.ui import programme, programme_charts
from costbenefit.ui.texts import t
from tests.excel.test_template import FILLED, fill

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "streamlit_app.py")
PAGE = "pages/program.py"
UNGT_LOFT = ROOT / "examples" / "programmes" / "ungt_loft.yaml"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(scope="module")
def ungt_loft(pset) -> PortfolioResult:
    spec, scenarios = load_portfolio(UNGT_LOFT)
    return evaluate_portfolio(spec, scenarios, pset)


@pytest.fixture(scope="module")
def templates(pset) -> list[tuple[str, bytes]]:
    """Two filled budget templates, starting in 2026 and 2028."""
    groups = [(g, pset.get(f"target_groups.{g}.trajectory").label or g)
              for g in target_groups(pset)]
    blank = build_template(groups)
    later = fill(blank, {**FILLED, "name": "Senere prosjekt", "start_year": 2028},
                 cohorts=[(2028, 40)], costs=[(2028, "Lønn", "kommune", 300_000)], funding=[])
    return [("forste.xlsx", fill(blank)), ("andre.xlsx", later)]


@pytest.fixture
def at() -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60).run()
    app.switch_page(PAGE).run()
    assert not app.exception
    return app


def text_of(at: AppTest) -> str:
    return " ".join(m.value for m in at.markdown)


def test_page_opens_on_ungt_loft(at: AppTest, ungt_loft: PortfolioResult) -> None:
    assert at.title[0].value == t("nav_programme")
    assert Path(at.selectbox(key="prog_source").value) == UNGT_LOFT
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("prog_public_npv")] == i18n.kr(ungt_loft.budget.npv["public_total"])
    assert metrics[t("prog_projects_count")] == "4"


def test_budget_need_totals_equal_the_engine(at: AppTest, ungt_loft: PortfolioResult) -> None:
    need = at.table[0].value
    total = need.loc[t("prog_row_total")]
    by_payer = dict(zip(PUBLIC_PAYERS, ungt_loft.budget_need.sum(axis=0), strict=True))
    for payer, value in by_payer.items():
        if value:
            assert total[t(payer)] == pytest.approx(value)
    assert total[t("prog_col_sum")] == pytest.approx(ungt_loft.budget_need.sum())
    years = [str(int(y)) for y, row in zip(ungt_loft.ledger.years, ungt_loft.budget_need,
                                           strict=True) if row.any()]
    assert list(need.index[:-1]) == years


def test_who_gains_sentence_and_table(at: AppTest, ungt_loft: PortfolioResult) -> None:
    assert who_pays_sentence(ungt_loft.budget.npv) in text_of(at)
    gains = at.table[1].value
    for payer in PUBLIC_PAYERS:
        assert gains.loc[t(payer), t("prog_col_npv")] == pytest.approx(ungt_loft.budget.npv[payer])
    assert gains.loc[t("public_total"), t("prog_col_npv")] == pytest.approx(
        ungt_loft.budget.npv["public_total"])


def test_each_project_has_a_line(at: AppTest, ungt_loft: PortfolioResult) -> None:
    lines = at.table[2].value
    assert list(lines[t("prog_col_project")]) == [r.scenario.name for r in ungt_loft.projects]
    assert list(lines[t("prog_col_start")]) == ["2026", "2027", "2028", "2030"]
    npvs = [r.budget.npv["public_total"] for r in ungt_loft.projects]
    assert np.allclose(lines[t("public_total")].astype(float), npvs)


def test_montecarlo_runs_on_the_button(at: AppTest, pset) -> None:
    assert t("prob_positive") not in [m.label for m in at.metric]  # only on request
    at.button(key="prog_mc_run").click().run()
    assert not at.exception
    spec, scenarios = load_portfolio(UNGT_LOFT)
    mc = portfolio_montecarlo(spec, scenarios, pset, 2_000, 1).summaries["public_total"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("prob_positive")] == i18n.percent(mc.prob_positive, 1)
    assert metrics["P50"] == i18n.kr(mc.p50)
    at.number_input(key="prog_mc_seed").set_value(2).run()  # a stale result is not shown
    assert t("prob_positive") not in [m.label for m in at.metric]


def test_english(at: AppTest) -> None:
    at.session_state["lang"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Programme"
    assert t("prog_need_head", "en") in [s.value for s in at.subheader]


def test_uploaded_templates_become_projects(at: AppTest, templates) -> None:
    at.selectbox(key="prog_source").select_index(-1).run()
    assert at.info[0].value == t("prog_upload_empty")
    broken = ("feil.xlsx", b"not a workbook", XLSX)
    at.file_uploader(key="prog_upload").set_value(
        [(name, data, XLSX) for name, data in templates] + [broken]).run()
    assert not at.exception
    assert at.error[0].value.startswith("feil.xlsx: ")
    lines = at.table[2].value
    assert list(lines[t("prog_col_project")]) == ["Ungdomslos Midtbyen", "Senere prosjekt"]
    assert list(lines[t("prog_col_start")]) == ["2026", "2028"]


# the frames on their own


def test_need_frame_sums(ungt_loft: PortfolioResult) -> None:
    frame = programme.need_frame(ungt_loft, "nb")
    assert frame.iloc[:-1].sum().tolist() == pytest.approx(frame.iloc[-1].tolist())
    assert frame[t("prog_col_sum")].iloc[:-1].tolist() == pytest.approx(
        frame.iloc[:-1, :-1].sum(axis=1).tolist())
    assert t("andre_kommuner") not in frame.columns  # no need: no column
    long = programme.need_chart_frame(ungt_loft, "nb")
    assert long["need"].sum() * 1e6 == pytest.approx(ungt_loft.budget_need.sum())
    assert programme_charts.need_chart(long, "nb").to_dict()["mark"]["type"] == "bar"


def test_gains_frame_is_the_sharing(ungt_loft: PortfolioResult) -> None:
    frame = programme.gains_frame(ungt_loft, "en")
    s = ungt_loft.sharing
    assert frame.loc[t("stat", "en"), t("prog_col_pays", "en")] == pytest.approx(s.pv_cost["stat"])
    assert frame.loc[t("public_total", "en"), t("prog_col_gains", "en")] == pytest.approx(
        sum(s.pv_gain.values()))
    html = programme.styled(frame, programme.gains_kinds("en")).to_html()
    assert i18n.kr(ungt_loft.budget.npv["stat"]) in html
    assert i18n.percent(s.cost_share["stat"]) in html
    chart = programme_charts.gains_chart(programme.gains_chart_frame(ungt_loft, "nb"), "nb")
    assert chart.to_dict()["config"]["locale"]["number"]["decimal"] == ","


def test_projects_frame_and_sentence(ungt_loft: PortfolioResult) -> None:
    frame = programme.projects_frame(ungt_loft, "nb")
    assert len(frame) == len(ungt_loft.projects)
    assert frame[t("prog_col_cost")].tolist() == pytest.approx(
        [r.budget.pv_cost for r in ungt_loft.projects])
    assert programme.gains_sentence(ungt_loft, "en") == who_pays_sentence(
        ungt_loft.budget.npv, "en")


def test_mc_metrics(pset, ungt_loft: PortfolioResult) -> None:
    spec, scenarios = load_portfolio(UNGT_LOFT)
    assert programme.has_uncertainty(ungt_loft, pset)
    mc = portfolio_montecarlo(spec, scenarios, pset, 300, 1)
    labels = [m.label for m in programme.mc_metrics(mc, "nb")]
    assert labels == [t("prob_positive"), "P5", "P50", "P95"]
    assert len(programme.mc_histogram_frame(mc)) == 300
    assert "IPS Ung" in programme.uncertain_names(mc, ungt_loft)


def test_from_templates(templates) -> None:
    built = programme.from_templates([*templates, ("x.xlsx", b"")], "nb")
    assert built.spec is not None and built.spec.start_year == 2026
    assert [p.start_year for p in built.spec.projects] == [2026, 2028]
    assert len(built.errors) == 1 and built.errors[0].startswith("x.xlsx: ")
    assert programme.from_templates([], "nb").spec is None
    assert "ungt_loft.yaml" in programme.programme_files()
