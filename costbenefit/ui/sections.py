"""The calculator's result sections (Streamlit), each drawn from one Result.

Optional parts (societal and wellbeing views, tornado, Monte Carlo, Excel) show a labelled
placeholder until their module exists; see :mod:`costbenefit.ui.features`.
"""

from __future__ import annotations

import streamlit as st

from costbenefit.engine import Result
from costbenefit.parameters import ParameterSet
from costbenefit.ui import app_state, charts, features, views
from costbenefit.ui.form import scenario_to_yaml
from costbenefit.ui.texts import t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _metric_row(metrics: list[views.Metric]) -> None:
    for column, m in zip(st.columns(len(metrics)), metrics, strict=True):
        column.metric(m.label, m.value, help=m.help)


def budget(result: Result, lang: str) -> None:
    st.subheader(t("budget_head", lang))
    _metric_row(views.budget_metrics(result, lang))
    _metric_row(views.cost_metrics(result, lang))
    st.subheader(t("needed", lang))
    _metric_row(views.break_even_metrics(result, lang))
    st.caption(t("discounting_used", lang, name=result.discounting.name))
    for warning in result.warnings:
        st.info(f"{t('warning', lang)}: {warning}")


def net_effect_chart(result: Result, lang: str) -> None:
    st.subheader(t("chart_head", lang))
    discounted = st.radio(t("chart_head", lang), (True, False), horizontal=True,
                          label_visibility="collapsed", key="chart_discounted",
                          format_func=lambda d: t("discounted" if d else "undiscounted", lang))
    frame = views.yearly_frame(result, lang, discounted=discounted)
    st.altair_chart(charts.net_effect_chart(frame, lang), width="stretch")


def placeholder(head_key: str, lang: str) -> None:
    st.markdown(f"**{t(head_key, lang)}**")
    st.info(t("coming", lang), icon=":material/construction:")


def other_views(result: Result, lang: str) -> None:
    """Societal and wellbeing views beside each other, never added to the budget view."""
    for column, name in zip(st.columns(2), features.RESULT_VIEWS, strict=True):
        with column:
            view = features.result_view(result, name)
            if view is None:
                placeholder(f"{name}_head", lang)
            else:
                st.markdown(f"**{t(f'{name}_head', lang)}**")
                st.write(view)


def uncertainty(lang: str) -> None:
    left, right = st.columns(2)
    with left:
        placeholder("tornado_head", lang)
    with right:
        placeholder("montecarlo_head", lang)


def excel(result: Result, pset: ParameterSet, lang: str) -> None:
    """The workbook download when the Excel module exists, a placeholder until then."""
    build = features.provider(features.EXCEL)
    if build is None:
        placeholder("excel_head", lang)
        return
    st.markdown(f"**{t('excel_head', lang)}**")
    st.download_button(t("download_xlsx", lang), data=lambda: build(result, pset),
                       file_name="utenforregnskap.xlsx", mime=XLSX_MIME, on_click="ignore")


def provenance(result: Result, pset: ParameterSet, lang: str) -> None:
    with st.expander(t("provenance_head", lang)):
        st.caption(t("provenance_intro", lang))
        frame = views.provenance_frame(result, pset, lang)
        source = t("col_source", lang)
        st.dataframe(frame, hide_index=True, width="stretch", column_config={
            source: st.column_config.LinkColumn(source, display_text="lenke"),
        })


def save_and_compare(result: Result, lang: str) -> None:
    left, right = st.columns(2)
    left.download_button(t("save_yaml", lang), data=scenario_to_yaml(result.scenario),
                         file_name="scenario.yaml", mime="application/x-yaml",
                         on_click="ignore")
    if right.button(t("add_compare", lang)):
        if app_state.add_to_comparison(result.scenario):
            right.success(t("added", lang, n=len(app_state.compared()),
                            max=app_state.MAX_COMPARE))
        else:
            right.warning(t("compare_full", lang, max=app_state.MAX_COMPARE))
