"""Sammenlign: up to four kept scenarios side by side, from the same parameter set."""

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.files.scenarios import scenario_from_mapping
from costbenefit.model.engine import evaluate
from costbenefit.ui import app_state, views
from costbenefit.ui.texts import t

lang = app_state.lang()
pset = app_state.parameter_set()
kept = app_state.compared()

st.title(t("nav_compare", lang))
if not kept:
    st.info(t("compare_empty", lang))
    st.stop()

try:
    results = [evaluate(scenario_from_mapping(raw, "sammenligning"), pset) for raw in kept]
except InputError as exc:
    st.error(str(exc))
    st.stop()

st.subheader(t("budget_head", lang))
st.dataframe(views.comparison_frame(results, lang), width="stretch")

for i, result in enumerate(results):
    if st.button(t("remove", lang, name=result.scenario.name), key=f"remove_{i}"):
        del kept[i]
        st.rerun()
if st.button(t("clear", lang)):
    kept.clear()
    st.rerun()
