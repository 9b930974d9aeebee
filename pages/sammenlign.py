"""Sammenlign: up to four kept scenarios side by side, from the same parameter set.

Each scenario's basis (analysis period, base year, price year, discounting) comes first,
with a warning when it differs; then the budget, societal and wellbeing views in three
tables, with a difference column against a baseline the user picks, a chart, and the
comparison workbook (the CLI's ``compare --xlsx``).
"""

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.excel.compare import build_comparison
from costbenefit.files.scenarios import scenario_from_mapping
from costbenefit.model.engine import evaluate
from costbenefit.ui import app_state, charts, compare, lazy
from costbenefit.ui.texts import t

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
HEADS = {"budget": "budget_head", "societal": "compare_societal_head",
         "wellbeing": "compare_wellbeing_head"}

lang = app_state.lang()
pset = app_state.parameter_set()
kept = app_state.compared()

st.title(t("nav_compare", lang))
if not kept:
    st.info(t("compare_empty", lang))
    st.stop()
if len(distinct := compare.unique(kept)) < len(kept):
    kept[:] = distinct
    st.info(t("compare_duplicates", lang))

try:
    results = [evaluate(scenario_from_mapping(raw, "sammenligning"), pset) for raw in kept]
except InputError as exc:
    st.error(str(exc))
    st.stop()
names = compare.column_names(results)

st.caption(t("compare_intro", lang))
st.subheader(t("compare_settings_head", lang))
st.table(compare.styled_settings(results, lang))
if (warning := compare.differing_warning(results, lang)) is not None:
    st.warning(warning, icon=":material/warning:")

baseline = None
if len(results) > 1:
    baseline = st.selectbox(t("baseline", lang), range(len(names)), key="compare_baseline",
                            format_func=names.__getitem__, help=t("baseline_help", lang))

for view in compare.VIEWS:
    st.subheader(t(HEADS[view], lang))
    st.table(compare.styled(compare.view_table(view, results, lang, baseline)))

st.subheader(t("compare_chart_head", lang))
lazy.chart(charts.comparison_chart(compare.chart_frame(results, lang), lang))
st.caption(t("compare_chart_note", lang))

st.download_button(t("download_compare_xlsx", lang), data=lambda: build_comparison(results),
                   file_name="sammenligning.xlsx", mime=XLSX_MIME, on_click="ignore",
                   help=t("download_compare_help", lang), key="download_compare",
                   icon=":material/download:")

for i, name in enumerate(names):
    if st.button(t("remove", lang, name=name), key=f"remove_{i}"):
        del kept[i]
        st.rerun()
if st.button(t("clear", lang)):
    kept.clear()
    st.rerun()
