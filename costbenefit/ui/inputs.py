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
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.scenario import Scenario, rules_date
from costbenefit.model.structure import MAX_AGE
from costbenefit.parameters.dated_view import kpi_index
from costbenefit.parameters.evidence import load_study, studies
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui import app_state, reform
from costbenefit.ui.amounts import AmountError, format_amount, parse_amount
from costbenefit.ui.extra_inputs import (
    FIXED_KEY,
    FORM_KEY,
    kommune_widgets,
    money,
    more_costs,
    widget_key,
)
from costbenefit.ui.form import (
    FIELDS,
    OUTCOMES,
    OWN_RATES,
    PERIODS,
    RESIDUALS,
    RULES,
    SCHEDULES,
    blank_scenario,
    form_from_scenario,
    group_name,
    scenario_from_form,
    study_label,
    study_values,
)
from costbenefit.ui.texts import t

BASE_KEY = "base"
START_KEY = "start"
UPLOAD_KEY = "upload"
UPLOAD_MESSAGE_KEY = "upload_message"
BLANK_ID = ""
UPLOADED_ID = "\0opplastet"  # the start when the base is an uploaded file (not a file name)
UPLOADED_NAME_KEY = "uploaded_name"


MONEY_TEXT = ("cost_kommune", "cost_fylkeskommune", "cost_stat", "own_value",
              "transfer_kommune", "transfer_fylkeskommune", "transfer_stat")
PERCENT_TEXT = ("success_with_pct", "success_without_pct", "decay_pct")
VALUE_ERRORS_KEY = "value_errors"
# the label key of each text field, for the message when it cannot be read
FIELD_LABELS = {"success_with_pct": "success_with", "success_without_pct": "success_without",
                "decay_pct": "decay"}


def shown(field: str, value: Any) -> Any:
    """A form value as its widget holds it: money and percentages as Norwegian text."""
    if field in MONEY_TEXT:
        return format_amount(value)
    if field in PERCENT_TEXT:
        return format_amount(value, percent=True)
    return value


def load_base(sc: Scenario) -> None:
    """Make `sc` the starting point and show its values in every widget (a study's numbers
    when it names one)."""
    st.session_state[BASE_KEY] = sc.model_dump(mode="python", by_alias=True, exclude_unset=True)
    values = form_from_scenario(sc, app_state.parameter_set())
    st.session_state[FORM_KEY] = values
    for field, value in values.items():
        st.session_state[widget_key(field)] = shown(field, value)
    st.session_state[FIXED_KEY] = values["fixed_costs"]
    st.session_state["fixed_costs_version"] = st.session_state.get("fixed_costs_version", 0) + 1


def base() -> Scenario:
    return Scenario.model_validate(st.session_state[BASE_KEY])


def _start_chosen() -> None:
    choice = st.session_state[START_KEY]
    if choice == UPLOADED_ID:
        return  # the uploaded scenario is the base already
    st.session_state.pop(UPLOADED_NAME_KEY, None)
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
        st.session_state[UPLOAD_MESSAGE_KEY] = ("error", str(exc), exc.problems)
        keep_template(upload.getvalue(), upload.name, error=str(exc))
        return
    keep_template(upload.getvalue(), upload.name, scenario=sc)
    load_base(sc)
    st.session_state[UPLOADED_NAME_KEY] = f"{upload.name} ({sc.name})"
    st.session_state[START_KEY] = UPLOADED_ID
    st.session_state[UPLOAD_MESSAGE_KEY] = ("ok", sc.name, ())


def start_controls(lang: str) -> None:
    """Example/blank choice and the YAML upload; seeds the widgets on the first run."""
    names = list(app_state.examples())
    if BASE_KEY not in st.session_state:
        st.session_state[START_KEY] = names[0] if names else BLANK_ID
        _start_chosen()
    uploaded = st.session_state.get(UPLOADED_NAME_KEY)
    st.selectbox(t("start_from", lang), [*([UPLOADED_ID] if uploaded else []), *names, BLANK_ID],
                 key=START_KEY, on_change=_start_chosen, help=t("start_help", lang),
                 format_func=lambda n: (t("uploaded_start", lang, name=uploaded)
                                        if n == UPLOADED_ID else n or t("blank", lang)))
    st.file_uploader(t("upload", lang), type=["yaml", "yml", "xlsx"], key=UPLOAD_KEY,
                     on_change=_uploaded, help=t("upload_help", lang))
    from costbenefit.ui.library import kept_note

    kept_note(lang)


def upload_feedback(lang: str) -> None:
    """In the main area, above the results: an amount that could not be read (the results
    use the last good value), and the upload's result: every problem found, or the name of
    the scenario now loaded (the old results below are not the file's)."""
    for field, problem in st.session_state.get(VALUE_ERRORS_KEY, []):
        st.error(f"{t(FIELD_LABELS.get(field, field), lang)}: {problem}. "
                 f"{t('value_kept', lang)}")
    kind, text, problems = st.session_state.get(UPLOAD_MESSAGE_KEY, (None, "", ()))
    if kind == "error":
        listed = "".join(f"\n- {p}" for p in problems)
        st.error(f"{t('upload_error', lang)}: {text}{listed}\n\n"
                 f"{t('upload_old_results', lang)}")
    elif kind == "ok":
        st.success(t("upload_ok", lang, name=text))


def _restore_widgets() -> None:
    for field, value in st.session_state[FORM_KEY].items():
        st.session_state.setdefault(widget_key(field), shown(field, value))


def _int(label: str, field: str, lo: int, hi: int, help_key: str, lang: str,
         step: int = 1, on_change=None) -> None:
    st.number_input(t(label, lang), min_value=lo, max_value=hi, step=step,
                    key=widget_key(field), help=t(help_key, lang), on_change=on_change)


def _pct(label: str, field: str, hi: float, help_key: str, lang: str, on_change=None) -> None:
    st.number_input(t(label, lang), min_value=0.0, max_value=hi, step=0.5, format="%.1f",
                    key=widget_key(field), help=t(help_key, lang), on_change=on_change)


def _pct_text(label: str, field: str, help_key: str, lang: str, on_change=None) -> None:
    """A percentage typed with a decimal comma (``40,5``)."""
    st.text_input(t(label, lang), key=widget_key(field), help=t(help_key, lang),
                  on_change=on_change)


def _current() -> dict[str, Any]:
    """The widgets' values as numbers; text that is not an amount keeps the last good
    value, and the problem is kept for :func:`upload_feedback` to show."""
    values, errors = {}, []
    for f in FIELDS:
        value = st.session_state.get(widget_key(f), st.session_state[FORM_KEY][f])
        if f in MONEY_TEXT or f in PERCENT_TEXT:
            try:
                value = parse_amount(value, percent=f in PERCENT_TEXT)
            except AmountError as exc:
                errors.append((f, str(exc)))
                value = st.session_state[FORM_KEY][f]
        values[f] = value
    values["fixed_costs"] = st.session_state.get(FIXED_KEY, values["fixed_costs"])
    st.session_state[VALUE_ERRORS_KEY] = errors
    return values


def _study_chosen() -> None:
    """Show the chosen study's outcome, rates, persistence and decay in their widgets."""
    values = _current()
    if not values["effect"]:
        return
    try:
        sc = scenario_from_form(base(), values)
        study = study_values(with_evidence(sc, app_state.parameter_set()), None)
    except InputError:
        return  # evaluating the scenario shows why
    for field, value in study.items():
        st.session_state[widget_key(field)] = shown(field, value)


STUDY_DROPPED_KEY = "study_dropped"


def _own_rates() -> None:
    """A field the study sets was changed: the effect is now the user's own."""
    st.session_state[widget_key("effect")] = OWN_RATES


def _group_chosen() -> None:
    """A study that does not cover the new target group gives way to own rates (its values
    stay in the fields), and the page says so instead of refusing to calculate."""
    state = st.session_state
    name = state[widget_key("effect")]
    if not name:
        return
    pset = app_state.parameter_set()
    try:
        study = load_study(pset, name, rules_date(int(state[widget_key("price_year")])))
    except InputError:
        return  # evaluating the scenario shows why
    if state[widget_key("target_group")] not in study.target_groups:
        state[widget_key("effect")] = OWN_RATES
        state[STUDY_DROPPED_KEY] = name


def _study_dropped_note(pset: ParameterSet, lang: str) -> None:
    name = st.session_state.pop(STUDY_DROPPED_KEY, None)
    if name:
        st.info(t("study_dropped", lang, study=study_label(pset, name, lang),
                  group=group_name(pset, st.session_state[widget_key("target_group")], lang)))


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
                         format_func=lambda n: study_label(pset, n, lang) if n
                         else t("own_rates", lang))
    if study:
        st.caption(t("study_fields_note", lang))
    st.selectbox(t("success_outcome", lang), OUTCOMES, key=widget_key("success_outcome"),
                 on_change=_own_rates, disabled=markov, help=t("success_outcome_help", lang),
                 format_func=lambda o: t(f"outcome_label_{o}", lang))
    _pct_text("success_with", "success_with_pct", "success_with_help", lang, _own_rates)
    _pct_text("success_without", "success_without_pct", "success_without_help", lang,
         _own_rates)
    _int("lag", "lag_years", 0, 50, "lag_help", lang)
    _int("persistence", "persistence_years", 0, 100, "persistence_help", lang,
         on_change=_own_rates)
    _pct_text("decay", "decay_pct", "decay_help", lang, _own_rates)


def form_widgets(pset: ParameterSet, lang: str) -> dict[str, Any]:
    """Draw every input; return the values by field name."""
    _restore_widgets()
    years = sorted(kpi_index(pset).levels)
    st.text_input(t("name", lang), key=widget_key("name"))
    with st.expander(t("sec_group", lang), expanded=True):
        st.selectbox(t("target_group", lang), target_groups(pset), key=widget_key("target_group"),
                     format_func=lambda g: group_name(pset, g, lang),
                     help=t("target_group_help", lang), on_change=_group_chosen)
        _study_dropped_note(pset, lang)
        _int("start_age", "start_age", 0, 100, "start_age_help", lang)
        _int("start_year", "start_year", 1990, 2100, "start_year_help", lang)
        _int("horizon", "horizon_years", 1, 100, "horizon_help", lang)
    with st.expander(t("sec_measure", lang), expanded=True):
        _int("participants", "participants", 0, 100_000, "participants_help", lang)
        _int("intake_years", "intake_years", 1, 20, "intake_years_help", lang)
        _int("duration", "duration_years", 1, 20, "duration_help", lang)
        for payer in ("kommune", "fylkeskommune", "stat"):
            money(f"cost_{payer}", f"cost_{payer}", "cost_help", lang)
        with st.expander(t("sec_more_costs", lang), expanded=False):
            more_costs(lang)
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
        kommune_widgets(pset, lang)
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
        money("own_value", "own_value", "own_value_help", lang)


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
                   format_func=lambda s: t(f"state_{s}", lang),
                   placeholder=t("choose_states", lang))
    left, right = st.columns(2)
    for column, field in ((left, "reform_age_from"), (right, "reform_age_to")):
        column.number_input(t(field, lang), min_value=0, max_value=MAX_AGE, step=1,
                            key=widget_key(field), help=t("reform_ages_help", lang))
    _pct("reform_take_up", "reform_take_up_pct", 100.0, "reform_take_up_help", lang)
    replaces = st.multiselect(t("reform_replaces", lang), reform.BENEFITS,
                              key=widget_key("reform_replaces"),
                              help=t("reform_replaces_help", lang),
                              format_func=lambda b: t(f"benefit_{b}", lang),
                              placeholder=t("choose_benefits", lang))
    if reform.KVP in replaces:
        st.selectbox(t("reform_kvp_state", lang), reform.STATE_CHOICES,
                     key=widget_key("reform_kvp_state"), help=t("reform_replaces_help", lang),
                     format_func=lambda s: t(f"state_{s}", lang))
        _pct("reform_kvp_share", "reform_kvp_share_pct", 100.0, "reform_replaces_help", lang)
