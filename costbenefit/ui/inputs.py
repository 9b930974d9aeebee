"""The calculator's input widgets (Streamlit), backed by session state.

Widget values live under ``in_<field>`` keys. They are seeded from a base scenario (an
example, a blank one or an upload) and copied to a plain ``form`` entry after every run,
so they survive a visit to another page (Streamlit drops the state of widgets that were
not drawn). The base is kept as the fields it sets itself, so a scenario that names a study
in the evidence library stays one.

The effect comes from a study or from the user's own rates (see :mod:`costbenefit.ui.form`).
Choosing a study fills in its outcome, rates, persistence and decay; changing one of those
switches to own rates, starting from the numbers shown. A rule change (reform) has an
expander of its own (:mod:`costbenefit.ui.reform`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.files.scenarios import EXCEL_SUFFIXES, scenario_from_bytes
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.lifecourse import group_label, target_groups
from costbenefit.model.scenario import Scenario, rules_date
from costbenefit.model.structure import MAX_AGE
from costbenefit.parameters.dated_view import kpi_index
from costbenefit.parameters.evidence import load_study, studies
from costbenefit.parameters.kostra import kostra_functions
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui import app_state, reform
from costbenefit.ui.form import (
    FIELDS,
    NO_FUNCTION,
    OUTCOMES,
    OWN_RATES,
    PERIODS,
    RESIDUALS,
    RULES,
    SCHEDULES,
    blank_scenario,
    form_from_scenario,
    scenario_from_form,
    study_label,
    study_values,
)
from costbenefit.ui.texts import t

BASE_KEY = "base"
FORM_KEY = "form"
START_KEY = "start"
UPLOAD_KEY = "upload"
UPLOAD_MESSAGE_KEY = "upload_message"
BLANK_ID = ""


def widget_key(field: str) -> str:
    return f"in_{field}"


def load_base(sc: Scenario) -> None:
    """Make `sc` the starting point and show its values in every widget (a study's numbers
    when it names one)."""
    st.session_state[BASE_KEY] = sc.model_dump(mode="python", by_alias=True, exclude_unset=True)
    values = form_from_scenario(sc, app_state.parameter_set())
    st.session_state[FORM_KEY] = values
    for field, value in values.items():
        st.session_state[widget_key(field)] = value


def base() -> Scenario:
    return Scenario.model_validate(st.session_state[BASE_KEY])


def _start_chosen() -> None:
    choice = st.session_state[START_KEY]
    load_base(app_state.examples()[choice] if choice != BLANK_ID else blank_scenario())


def scenario_from_upload(data: bytes, name: str) -> Scenario:
    """A YAML scenario or a filled budget template, read as data with the CLI's checks."""
    if Path(name).suffix.lower() in EXCEL_SUFFIXES:
        from costbenefit.excel.template_read import scenario_from_template_bytes

        return scenario_from_template_bytes(data, name)
    return scenario_from_bytes(data, name)


def _uploaded() -> None:
    upload = st.session_state.get(UPLOAD_KEY)
    if upload is None:
        st.session_state.pop(UPLOAD_MESSAGE_KEY, None)
        return
    from costbenefit.ui.library import keep_template  # a template is kept, even refused

    try:
        sc = scenario_from_upload(upload.getvalue(), upload.name)
    except InputError as exc:
        st.session_state[UPLOAD_MESSAGE_KEY] = ("error", str(exc))
        keep_template(upload.getvalue(), upload.name, error=str(exc))
        return
    keep_template(upload.getvalue(), upload.name, scenario=sc)
    load_base(sc)
    st.session_state[UPLOAD_MESSAGE_KEY] = ("ok", sc.name)


def start_controls(lang: str) -> None:
    """Example/blank choice and the YAML upload; seeds the widgets on the first run."""
    names = list(app_state.examples())
    if BASE_KEY not in st.session_state:
        st.session_state[START_KEY] = names[0] if names else BLANK_ID
        _start_chosen()
    st.selectbox(t("start_from", lang), [*names, BLANK_ID], key=START_KEY,
                 on_change=_start_chosen, help=t("start_help", lang),
                 format_func=lambda n: n or t("blank", lang))
    st.file_uploader(t("upload", lang), type=["yaml", "yml", "xlsx"], key=UPLOAD_KEY,
                     on_change=_uploaded, help=t("upload_help", lang))
    kind, text = st.session_state.get(UPLOAD_MESSAGE_KEY, (None, ""))
    if kind == "error":
        st.error(f"{t('upload_error', lang)}: {text}")
    elif kind == "ok":
        st.success(t("upload_ok", lang, name=text))
    from costbenefit.ui.library import kept_note

    kept_note(lang)


def _restore_widgets() -> None:
    for field, value in st.session_state[FORM_KEY].items():
        st.session_state.setdefault(widget_key(field), value)


def _int(label: str, field: str, lo: int, hi: int, help_key: str, lang: str,
         step: int = 1, on_change=None) -> None:
    st.number_input(t(label, lang), min_value=lo, max_value=hi, step=step,
                    key=widget_key(field), help=t(help_key, lang), on_change=on_change)


def _pct(label: str, field: str, hi: float, help_key: str, lang: str, on_change=None) -> None:
    st.number_input(t(label, lang), min_value=0.0, max_value=hi, step=0.5, format="%.1f",
                    key=widget_key(field), help=t(help_key, lang), on_change=on_change)


def _current() -> dict[str, Any]:
    return {f: st.session_state.get(widget_key(f), st.session_state[FORM_KEY][f])
            for f in FIELDS}


def _study_chosen() -> None:
    """Show the chosen study's outcome, rates, persistence and decay in their widgets."""
    values = _current()
    if not values["effect"]:
        return
    try:
        sc = scenario_from_form(base(), values)
        shown = study_values(with_evidence(sc, app_state.parameter_set()), None)
    except InputError:
        return  # evaluating the scenario shows why
    for field, value in shown.items():
        st.session_state[widget_key(field)] = value


def _own_rates() -> None:
    """A field the study sets was changed: the effect is now the user's own."""
    st.session_state[widget_key("effect")] = OWN_RATES


def study_choices(pset: ParameterSet, group: str, price_year: int, current: str) -> list[str]:
    """Own rates, then the studies in the evidence library for `group` (and `current`)."""
    out = [OWN_RATES]
    for name in studies(pset):
        try:
            study = load_study(pset, name, rules_date(int(price_year)))
        except InputError:
            continue
        if group in study.target_groups or name == current:
            out.append(name)
    if current and current not in out:
        out.append(current)
    return out


def _effect_widgets(pset: ParameterSet, lang: str) -> None:
    """Where the effect comes from, what a success is, the rates and how long they last."""
    markov = base().mode == "markov"
    if markov:
        st.info(t("markov_info", lang))
    state = st.session_state
    choices = study_choices(pset, state[widget_key("target_group")],
                            state[widget_key("price_year")], state[widget_key("effect")])
    study = st.selectbox(t("effect_source", lang), choices, key=widget_key("effect"),
                         on_change=_study_chosen, disabled=markov,
                         help=t("effect_source_help", lang),
                         format_func=lambda n: study_label(pset, n) if n
                         else t("own_rates", lang))
    if study:
        st.caption(t("study_fields_note", lang))
    st.selectbox(t("success_outcome", lang), OUTCOMES, key=widget_key("success_outcome"),
                 on_change=_own_rates, disabled=markov, help=t("success_outcome_help", lang),
                 format_func=lambda o: t(f"outcome_label_{o}", lang))
    _pct("success_with", "success_with_pct", 100.0, "success_with_help", lang, _own_rates)
    _pct("success_without", "success_without_pct", 100.0, "success_without_help", lang,
         _own_rates)
    _int("lag", "lag_years", 0, 50, "lag_help", lang)
    _int("persistence", "persistence_years", 0, 100, "persistence_help", lang,
         on_change=_own_rates)
    _pct("decay", "decay_pct", 100.0, "decay_help", lang, _own_rates)


def form_widgets(pset: ParameterSet, lang: str) -> dict[str, Any]:
    """Draw every input; return the values by field name."""
    _restore_widgets()
    years = sorted(kpi_index(pset).levels)
    st.text_input(t("name", lang), key=widget_key("name"))
    with st.expander(t("sec_group", lang), expanded=True):
        st.selectbox(t("target_group", lang), target_groups(pset), key=widget_key("target_group"),
                     format_func=lambda g: group_label(pset, g), help=t("target_group_help", lang))
        _int("start_age", "start_age", 0, 100, "start_age_help", lang)
        _int("start_year", "start_year", 1990, 2100, "start_year_help", lang)
        _int("horizon", "horizon_years", 1, 100, "horizon_help", lang)
    with st.expander(t("sec_measure", lang), expanded=True):
        _int("participants", "participants", 0, 100_000, "participants_help", lang)
        _int("intake_years", "intake_years", 1, 20, "intake_years_help", lang)
        _int("duration", "duration_years", 1, 20, "duration_help", lang)
        for payer in ("kommune", "fylkeskommune", "stat"):
            _int(f"cost_{payer}", f"cost_{payer}", 0, 100_000_000, "cost_help", lang, step=5_000)
    with st.expander(t("sec_effect", lang), expanded=True):
        _effect_widgets(pset, lang)
    with st.expander(t("sec_reform", lang),
                     expanded=bool(st.session_state[widget_key("reform_on")])):
        _reform_widgets(lang)
    with st.expander(t("sec_money", lang), expanded=False):
        _int("price_year", "price_year", years[0], years[-1], "price_year_help", lang)
        schedule = st.selectbox(t("schedule", lang), SCHEDULES, key=widget_key("schedule"),
                                format_func=lambda s: t(f"schedule_{s}", lang),
                                help=t("schedule_help", lang))
        if schedule == "flat":
            st.number_input(t("flat_rate", lang), min_value=-10.0, max_value=50.0, step=0.5,
                            format="%.1f", key=widget_key("flat_rate_pct"))
        elif schedule == "custom":
            st.text_input(t("custom_steps", lang), key=widget_key("custom_steps"),
                          help=t("custom_steps_help", lang))
    with st.expander(t("sec_views", lang), expanded=False):
        _views_widgets(lang)
    with st.expander(t("sec_kommune", lang), expanded=False):
        _kommune_widgets(pset, lang)
    values = _current()
    st.session_state[FORM_KEY] = values
    return values


def _views_widgets(lang: str) -> None:
    """Analysis period and residual value (societal view), valuation rule (wellbeing view)."""
    period = st.selectbox(t("societal_period", lang), PERIODS, key=widget_key("societal_period"),
                          format_func=lambda p: t(f"period_{p}", lang),
                          help=t("societal_period_help", lang))
    if period == "years":
        _int("societal_years", "societal_years", 1, 100, "societal_period_help", lang)
    st.selectbox(t("residual_value", lang), RESIDUALS, key=widget_key("residual_value"),
                 format_func=lambda r: t(f"residual_choice_{r}", lang),
                 help=t("residual_value_help", lang))
    rule = st.selectbox(t("wellbeing_rule", lang), RULES, key=widget_key("wellbeing_rule"),
                        format_func=lambda r: t(f"rule_{r}", lang),
                        help=t("wellbeing_rule_help", lang))
    if rule == "own":
        _int("own_value", "own_value", 0, 100_000_000, "own_value_help", lang, step=10_000)


def _kommune_widgets(pset: ParameterSet, lang: str) -> None:
    """The kommune's accounts: the measure's KOSTRA function, inntektsutjevning on/off and
    the kommune's tax level (0 keeps the parameter set's, Trondheim's)."""
    codes = kostra_functions(pset)
    st.selectbox(t("kostra_function", lang), (NO_FUNCTION, *codes),
                 key=widget_key("kostra_function"), help=t("kostra_function_help", lang),
                 format_func=lambda c: f"{c} {codes[c]}" if c else t("kostra_none", lang))
    st.checkbox(t("equalisation", lang), key=widget_key("equalisation"),
                help=t("equalisation_help", lang))
    st.number_input(t("tax_level", lang), min_value=0.0, max_value=2.0, step=0.01,
                    format="%.2f", key=widget_key("tax_level"), help=t("tax_level_help", lang))


def _reform_widgets(lang: str) -> None:
    """A rule change (see :mod:`costbenefit.ui.reform`): on/off, the new benefit (amount,
    payer, taxable), who is eligible (states, ages), take-up and what it replaces."""
    st.checkbox(t("reform_on", lang), key=widget_key("reform_on"), help=t("reform_on_help", lang))
    if not st.session_state[widget_key("reform_on")]:
        return
    unit = st.session_state[widget_key("reform_unit")]
    in_g = unit == "G"
    st.number_input(t(f"reform_amount_{unit}", lang), min_value=0.0,
                    max_value=20.0 if in_g else 10_000_000.0, step=0.1 if in_g else 10_000.0,
                    format="%.2f" if in_g else "%.0f", key=widget_key("reform_amount"),
                    help=t("reform_amount_help", lang))
    st.selectbox(t("reform_payer", lang), reform.PAYERS, key=widget_key("reform_payer"),
                 format_func=lambda p: t(p, lang))
    st.checkbox(t("reform_taxable", lang), key=widget_key("reform_taxable"),
                help=t("reform_taxable_help", lang))
    st.multiselect(t("reform_states", lang), reform.STATE_CHOICES,
                   key=widget_key("reform_states"), help=t("reform_states_help", lang),
                   format_func=lambda s: t(f"state_{s}", lang))
    left, right = st.columns(2)
    for column, field in ((left, "reform_age_from"), (right, "reform_age_to")):
        column.number_input(t(field, lang), min_value=0, max_value=MAX_AGE, step=1,
                            key=widget_key(field), help=t("reform_ages_help", lang))
    _pct("reform_take_up", "reform_take_up_pct", 100.0, "reform_take_up_help", lang)
    replaces = st.multiselect(t("reform_replaces", lang), reform.BENEFITS,
                              key=widget_key("reform_replaces"),
                              help=t("reform_replaces_help", lang),
                              format_func=lambda b: t(f"benefit_{b}", lang))
    if reform.KVP in replaces:
        st.selectbox(t("reform_kvp_state", lang), reform.STATE_CHOICES,
                     key=widget_key("reform_kvp_state"), help=t("reform_replaces_help", lang),
                     format_func=lambda s: t(f"state_{s}", lang))
        _pct("reform_kvp_share", "reform_kvp_share_pct", 100.0, "reform_replaces_help", lang)
