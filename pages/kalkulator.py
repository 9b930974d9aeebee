"""Kalkulator: set the assumptions; see the budget, societal and wellbeing views side by side,
hvor mange må lykkes, the yearly chart, uncertainty, where numbers come from, and Excel."""

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.model.engine import evaluate
from costbenefit.ui import app_state, extra_inputs, inputs, non_priced, sections, uncertainty
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
inputs.upload_feedback(lang)
base = inputs.base()
values["fixed_costs"] = extra_inputs.fixed_costs_editor(lang)
effects = non_priced.editor(base, lang)
try:
    result = evaluate(non_priced.with_effects(scenario_from_form(base, values), effects, lang),
                      pset)
except InputError as exc:
    st.error(f"{t('input_error', lang)}: {exc}")
    st.stop()

sections.three_views(result, lang)
non_priced.non_priced_section(result, lang)
sections.who_pays(result, lang)
sections.break_even(result, lang)
sections.kommune_accounts(result, lang)
sections.net_effect_chart(result, lang)
scenario = uncertainty.section(result.scenario, base, values, pset, lang)
sections.provenance(result, pset, lang)
sections.excel(result, pset, lang)
sections.save_and_compare(scenario, lang)
