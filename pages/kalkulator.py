"""Kalkulator: set the assumptions, see the budget view by payer and where numbers come from."""

import streamlit as st

from costbenefit.engine import evaluate
from costbenefit.errors import InputError
from costbenefit.ui import app_state, inputs, sections
from costbenefit.ui.form import scenario_from_form
from costbenefit.ui.texts import t

lang = app_state.lang()
pset = app_state.parameter_set()

with st.sidebar:
    st.header(t("inputs", lang))
    inputs.start_controls(lang)
    values = inputs.form_widgets(pset, lang)

st.title(t("app_title", lang))
st.caption(t("param_set", lang, version=pset.version, sha=pset.sha256[:12]))
try:
    result = evaluate(scenario_from_form(inputs.base(), values), pset)
except InputError as exc:
    st.error(f"{t('input_error', lang)}: {exc}")
    st.stop()

sections.budget(result, lang)
sections.net_effect_chart(result, lang)
sections.other_views(result, lang)
sections.uncertainty(lang)
sections.provenance(result, pset, lang)
sections.excel(result, pset, lang)
sections.save_and_compare(result, lang)
