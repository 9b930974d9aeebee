"""The calculator's result sections (Streamlit), each drawn from one Result.

The budget, societal and wellbeing views stand in three columns and are never added into
one number. A reform's rule change alone stands before *hvor mange må lykkes*. Uncertainty
is in :mod:`costbenefit.ui.uncertainty`.
"""

from __future__ import annotations

import streamlit as st

from costbenefit.excel.template import build_template
from costbenefit.excel.workbook import build_workbook
from costbenefit.model.engine import Result
from costbenefit.model.lifecourse import group_label, target_groups
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.ui import app_state, charts, kommune, lazy, pdf_download, reform, success, views
from costbenefit.ui import who_pays as who
from costbenefit.ui.form import scenario_to_yaml
from costbenefit.ui.texts import t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _metric_row(metrics: list[views.Metric]) -> None:
    for column, m in zip(st.columns(len(metrics)), metrics, strict=True):
        column.metric(m.label, m.value, help=m.help)


def _view(head_key: str, metrics: list[views.Metric], details: list[views.Metric],
          notes: list[str], lang: str) -> None:
    """One view: its heading, the headline number, a table of the rest, and notes."""
    st.markdown(f"#### {t(head_key, lang)}")
    for m in metrics:
        st.metric(m.label, m.value, help=m.help)
    st.table(views.metrics_table(details, lang))
    for note in notes:
        st.caption(note)


def three_views(result: Result, lang: str) -> None:
    """Budget, societal and wellbeing views side by side, each with its own headline."""
    st.subheader(t("views_head", lang))
    st.caption(t("views_intro", lang))
    budget, societal, wellbeing = st.columns(3, border=True)
    discounting = views.discounting_text(result.discounting, lang)
    with budget:
        _view("budget_view_head", views.budget_metrics(result, lang)[-1:],
              views.budget_details(result, lang),
              [t("npv_help", lang), t("discounting_used", lang, name=discounting)], lang)
    with societal:
        _view("societal_head", views.societal_metrics(result, lang)[:1],
              views.societal_details(result, lang), [views.societal_note(result, lang)], lang)
    with wellbeing:
        _view("wellbeing_head", views.wellbeing_metrics(result, lang)[:1],
              views.wellbeing_details(result, lang),
              [views.wellbeing_note(result, lang),
               *(views.note_text(n, lang) for n in result.wellbeing.notes)], lang)
    for warning in result.warnings:
        st.info(f"{t('warning', lang)}: {views.note_text(warning, lang)}")


def break_even(result: Result, lang: str) -> None:
    """A reform's rule change alone (when the scenario has one), hvor mange må lykkes, then
    what a success is and persons in it with and without."""
    if result.reform_by_year is not None:
        rule_change(result, lang)
    st.subheader(t("needed", lang))
    _metric_row(views.break_even_metrics(result, lang))
    success_and_states(result, lang)


def who_pays(result: Result, lang: str) -> None:
    """Who pays and who saves: the sentence, the sign convention, the present value by
    payer and category, and the yearly table per payer to download."""
    st.subheader(t("who_pays_head", lang))
    st.markdown(f"**{who.sentence(result, lang)}**")
    st.caption(t("sign_convention", lang))
    st.markdown(f"##### {t('who_pays_chart_head', lang)}")
    lazy.chart(who.category_chart(who.category_frame(result, lang), lang))
    box = lazy.section(t("years_head", lang), "years")
    if box is None:
        return
    left, right = box.columns(2)
    discounted = left.radio(t("years_head", lang), (False, True), horizontal=True,
                            key="years_discounted", label_visibility="collapsed",
                            format_func=lambda d: t("discounted" if d else "undiscounted",
                                                    lang))
    plan_only = right.radio(t("years_head", lang), (True, False), horizontal=True,
                            key="years_plan_only", label_visibility="collapsed",
                            format_func=lambda p: t("years_plan" if p else "years_all", lang))
    frame = who.years_frame(result, lang, discounted, plan_only)
    box.dataframe(who.shown(frame), hide_index=True, width="stretch")
    box.download_button(t("years_download", lang), frame.to_csv(index=False, sep=";",
                                                               decimal=",").encode("utf-8"),
                       file_name="per_aar_og_betaler.csv", mime="text/csv",
                       key="years_download")


def kommune_accounts(result: Result, lang: str) -> None:
    """The kommune's own accounts: what the inntektsutjevning takes, which sector pays and
    which saves, the gevinstdeling and the four-year økonomiplan."""
    st.subheader(t("kommune_head", lang))
    st.markdown(kommune.equalisation_text(result, lang))
    box = lazy.section(t("kommune_details", lang), "kommune")
    if box is None:
        return
    with box:
        st.markdown(f"##### {t('sectors_head', lang)}")
        st.table(kommune.sector_frame(result, lang))
        st.markdown(kommune.sharing_text(result, lang))
        st.markdown(f"##### {t('plan_head', lang)}")
        st.dataframe(kommune.plan_frame(result, lang), hide_index=True, width="stretch")
        st.caption(t("plan_note", lang))


def rule_change(result: Result, lang: str) -> None:
    """Who pays and who saves: the rule change alone per payer in NPV and per year, and the
    extra successes each payer needs to break even."""
    st.subheader(t("reform_head", lang))
    st.markdown(reform.describe(result, lang))
    st.markdown(f"##### {t('reform_npv_head', lang)}")
    npv = reform.npv_values(result)
    _metric_row([views.Metric(p, t(key, lang), i18n.kr(npv[p]), t("reform_note", lang))
                 for p, key in reform.COLUMNS.items()])
    with st.expander(t("reform_years_head", lang), expanded=True):
        st.dataframe(reform.years_frame(result, lang), hide_index=True, width="stretch")
    st.caption(t("reform_note", lang))
    if result.break_even.by_payer is not None:
        st.markdown(f"##### {reform.balance_label(result, lang)}")
        needed = reform.balance_values(result, lang)
        _metric_row([views.Metric(p, t(p, lang), needed[p], t("reform_balance_note", lang))
                     for p in needed])
        st.caption(t("reform_balance_note", lang))


def success_and_states(result: Result, lang: str) -> None:
    """What a success is (and the study behind the effect), a chart of persons in the outcome
    with and without the measure, the check of the study's difference, the wage growth."""
    st.markdown(f"**{success.success_text(result, lang)}**")
    lines = success.evidence_lines(result, lang)
    if lines:
        st.info("  \n".join(lines))
    st.markdown(f"##### {success.states_head(result, lang)}")
    lazy.chart(charts.states_chart(success.states_chart_frame(result, lang), lang))
    for note in success.states_notes(result, lang):
        st.caption(note)
    st.caption(success.growth_line(result, lang))
    box = lazy.section(t("states_table", lang), "states")
    if box is not None:
        box.dataframe(success.states_frame(result, lang, short=True), hide_index=True,
                      width="stretch")


def net_effect_chart(result: Result, lang: str) -> None:
    box = lazy.section(t("chart_head", lang), "net_effect")
    if box is None:
        return
    discounted = box.radio(t("chart_head", lang), (True, False), horizontal=True,
                          label_visibility="collapsed", key="chart_discounted",
                          format_func=lambda d: t("discounted" if d else "undiscounted", lang))
    frame = views.yearly_frame(result, lang, discounted=discounted)
    with box:
        lazy.chart(charts.net_effect_chart(frame, lang))


def excel(result: Result, pset: ParameterSet, lang: str) -> None:
    """The workbook for the current scenario and the blank budget template (built on click)."""
    st.subheader(t("excel_head", lang))
    left, right = st.columns(2)
    left.download_button(t("download_xlsx", lang), data=lambda: build_workbook(result, pset),
                         file_name="utenforregnskap.xlsx", mime=XLSX_MIME, on_click="ignore",
                         help=t("download_xlsx_help", lang), key="download_xlsx",
                         icon=":material/download:")
    right.download_button(t("download_template", lang), data=lambda: blank_template(pset),
                          file_name="budsjettmal.xlsx", mime=XLSX_MIME, on_click="ignore",
                          help=t("download_template_help", lang), key="download_template",
                          icon=":material/table:")
    pdf_download.pdf_button(result, pset, lang)


def blank_template(pset: ParameterSet) -> bytes:
    return build_template([(g, group_label(pset, g)) for g in target_groups(pset)])


def provenance(result: Result, pset: ParameterSet, lang: str) -> None:
    box = lazy.section(t("provenance_head", lang), "provenance")
    if box is None:
        return
    with box:
        st.caption(t("provenance_intro", lang))
        st.caption(t("provenance_values_note", lang, date=result.rules_date,
                     year=result.price_year))
        if views.overrides(result):
            st.warning(t("overrides", lang, items=views.override_items(result, pset, lang)))
        frame = views.provenance_frame(result, pset, lang)
        source = t("col_source", lang)
        st.dataframe(frame, hide_index=True, width="stretch", column_config={
            source: st.column_config.LinkColumn(
                source, display_text=views.PROVENANCE_LINK_DISPLAY),
            t("col_value_used", lang): st.column_config.TextColumn(
                t("col_value_used", lang), alignment="right"),
        })


def save_and_compare(sc: Scenario, lang: str) -> None:
    left, right = st.columns(2)
    left.download_button(t("save_yaml", lang), data=scenario_to_yaml(sc),
                         file_name="scenario.yaml", mime="application/x-yaml",
                         on_click="ignore")
    if right.button(t("add_compare", lang)):
        status = app_state.add_to_comparison(sc)
        if status == "added":
            right.success(t("added", lang, n=len(app_state.compared()),
                            max=app_state.MAX_COMPARE))
        elif status == "duplicate":
            right.info(t("compare_duplicate", lang))
        else:
            right.warning(t("compare_full", lang, max=app_state.MAX_COMPARE))
