"""Uncertainty in the calculator (Streamlit): ranges the user declares, the tornado with a
switching value, and Monte Carlo on request.

The tornado and the switching value are one vectorised batch each (milliseconds) and follow
every change. Monte Carlo runs only when asked (the button, or the toggle that reruns it on
change); its result is kept in the session together with the inputs it was run for, so an
ordinary rerender never draws again and a stale result is never shown as current.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.ui import charts, lazy, views
from costbenefit.ui.amounts import AmountError, parse_amount
from costbenefit.ui.form import scenario_from_form, study_label
from costbenefit.ui.inputs import widget_key
from costbenefit.ui.progress import montecarlo_with_progress
from costbenefit.ui.ranges import RANGE_INPUTS, RangeInput, suggested, with_ranges
from costbenefit.ui.texts import t
from costbenefit.uncertainty.inputs import from_parameter_set
from costbenefit.uncertainty.sensitivity import sensitivity_model, switching_value, tornado

OUTCOMES = ("public_total", *PUBLIC_PAYERS, "societal")
DEFAULT_DRAWS = 2_000
MAX_DRAWS = 20_000
MC_KEY = "mc_result"


def _ticked(r: RangeInput) -> None:
    """Ticking an input fills in a first range around its value (±20 %)."""
    on, low, high = (widget_key(k) for k in r.fields())
    if st.session_state[on]:
        try:  # the field may hold Norwegian text (ui/amounts.py)
            value = parse_amount(st.session_state[widget_key(r.field)])
        except AmountError:
            return
        st.session_state[low], st.session_state[high] = suggested(r, value)


def range_widgets(sc: Scenario, lang: str) -> None:
    """A tick box per input that may carry a range, with low/high once it is ticked."""
    with st.expander(t("ranges_head", lang), expanded=True):
        st.caption(t("ranges_help", lang))
        for r in RANGE_INPUTS:
            on, low, high = r.fields()
            label, lo_col, hi_col = st.columns([2, 1, 1], vertical_alignment="bottom")
            label.checkbox(t(r.field.removesuffix("_pct"), lang), key=widget_key(on),
                           on_change=_ticked, args=(r,))
            if not st.session_state[widget_key(on)]:
                continue
            number: dict[str, Any] = (
                {"min_value": 0.0, "max_value": 100.0, "step": 0.5, "format": "%.1f"}
                if r.is_percent else {"min_value": 0, "step": 5_000})
            lo_col.number_input(t("range_low", lang), key=widget_key(low), **number)
            hi_col.number_input(t("range_high", lang), key=widget_key(high), **number)
        other = [p for p in sc.uncertainty if p not in {r.path for r in RANGE_INPUTS}]
        if other:
            st.caption(t("other_declared", lang, items=", ".join(other)))


def section(sc: Scenario, base: Scenario, values: dict[str, Any], pset: ParameterSet,
            lang: str) -> Scenario:
    """Draw the uncertainty section; return the scenario with the user's ranges (or `sc`
    unchanged when a range is invalid, with the error shown here).

    When the form takes the effect from a study, `sc` (the result's scenario) carries the
    study's numbers typed in; the ranges start from the form's scenario instead, which
    leaves them to the study (so Monte Carlo draws the effect from the study's interval
    unless the user sets a range, and the scenario saved or kept for comparison still
    names the study)."""
    if values.get("effect"):
        sc = scenario_from_form(base, values)
    st.subheader(t("uncertainty_head", lang))
    range_widgets(sc, lang)
    try:
        sc = with_ranges(sc, base, values)
    except InputError as exc:
        st.error(f"{t('input_error', lang)}: {exc}")
        return sc
    outcome = st.selectbox(t("outcome", lang), OUTCOMES, key="unc_outcome",
                           format_func=lambda o: views.outcome_label(o, lang))
    left, right = st.columns(2, gap="large")
    try:
        with left:
            sensitivity(sc, pset, outcome, lang)
        with right:
            montecarlo(sc, pset, outcome, lang)
    except InputError as exc:
        st.error(f"{t('input_error', lang)}: {exc}")
    return sc


def sensitivity(sc: Scenario, pset: ParameterSet, outcome: str, lang: str) -> None:
    """Tornado for the chosen outcome, and the switching value of a chosen input (drawn
    while their section is open)."""
    box = lazy.section(t("tornado_head", lang), "tornado")
    if box is None:
        return
    with box:
        _tornado_and_switching(sc, pset, outcome, lang)


def _tornado_and_switching(sc: Scenario, pset: ParameterSet, outcome: str, lang: str) -> None:
    model, rows = sensitivity_model(sc, pset)
    tor = tornado(model, rows, [outcome])[outcome]
    lazy.chart(charts.tornado_chart(views.tornado_frame(tor, lang), lang))
    st.caption(t("tornado_caption", lang, base=i18n.kr(tor.base)))
    labels = {s.path: views.slot_label(s, lang) for s, _ in rows}
    path = st.selectbox(t("switching_head", lang), list(labels), key="unc_switching",
                        format_func=labels.__getitem__, help=t("switching_help", lang))
    st.info(views.switching_text(switching_value(model, path, outcome), lang))


def montecarlo(sc: Scenario, pset: ParameterSet, outcome: str, lang: str) -> None:
    """Run on request; show P(NPV > 0), P5/P50/P95 and the histogram of the chosen outcome."""
    st.markdown(f"**{t('montecarlo_head', lang)}**")
    from_set = [slot.label for slot, _ in from_parameter_set(sc, pset)]
    study = sc.intervention.effect
    if not sc.uncertainty and not from_set and study is None:
        st.info(t("mc_none", lang))
        return
    if study is not None:
        st.caption(t("from_study", lang, study=study_label(pset, study, lang)))
    if from_set:
        st.caption(t("from_parameter_set", lang, items=", ".join(from_set)))
    draws_col, seed_col = st.columns(2)
    draws = draws_col.number_input(t("mc_draws", lang), min_value=100, max_value=MAX_DRAWS,
                                   value=DEFAULT_DRAWS, step=500, key="mc_draws",
                                   help=t("mc_draws_help", lang, max=i18n.number(MAX_DRAWS, 0)))
    seed = seed_col.number_input(t("mc_seed", lang), min_value=0, max_value=2**31 - 1, value=1,
                                 key="mc_seed", help=t("mc_seed_help", lang))
    auto = st.toggle(t("mc_auto", lang), key="mc_auto")
    asked = st.button(t("mc_run", lang), type="primary", key="mc_run",
                      icon=":material/casino:")
    wanted = (sc.model_dump_json(), int(draws), int(seed))
    stored = st.session_state.get(MC_KEY)
    if asked or (auto and (stored is None or stored[0] != wanted)):
        stored = (wanted, montecarlo_with_progress(sc, pset, int(draws), int(seed), OUTCOMES,
                                                   lang))
        st.session_state[MC_KEY] = stored
    if stored is None:
        return
    if stored[0] != wanted:
        st.info(t("mc_stale", lang))
        return
    mc = stored[1]
    metrics = views.montecarlo_metrics(mc, outcome, lang)
    for row in (metrics[:2], metrics[2:]):
        for column, m in zip(st.columns(2), row, strict=True):
            column.metric(m.label, m.value, help=m.help)
    lazy.chart(charts.histogram_chart(views.histogram_frame(mc, outcome), lang))
    st.caption(t("mc_caption", lang, draws=i18n.number(mc.draws, 0), seed=mc.seed))
