"""Programmet: a portfolio of projects on one calendar axis (the shipped UNGT LØFT by
default, any portfolio file in examples/programmes/, or uploaded budget templates): budget
need by year and payer, who gains, each project's line and, on request, the combined
uncertainty. The frames are in costbenefit/ui/programme.py; only Streamlit calls are here.
"""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from costbenefit.errors import InputError
from costbenefit.files.portfolios import load_portfolio
from costbenefit.model.scenario import Scenario
from costbenefit.programme.portfolio import (
    PortfolioMonteCarlo,
    PortfolioSpec,
    evaluate_portfolio,
    portfolio_montecarlo,
)
from costbenefit.report import i18n
from costbenefit.ui import app_state, charts, lazy, programme, programme_charts
from costbenefit.ui.texts import t

UPLOADED = "\0opplastede maler"
MC_KEY = "prog_mc_result"
DEFAULT_DRAWS, MAX_DRAWS = 2_000, 20_000


@st.cache_resource(show_spinner=False)
def shipped(path: str) -> tuple[PortfolioSpec, list[Scenario]]:
    """A shipped portfolio file and its scenarios, read once per server process."""
    return load_portfolio(Path(path))


def run_montecarlo(spec: PortfolioSpec, scenarios: list[Scenario], draws: int, seed: int,
                   lang: str) -> PortfolioMonteCarlo:
    """The programme's Monte Carlo with a progress bar."""
    def text(done: int) -> str:
        return t("mc_progress", lang, done=i18n.number(done, 0), total=i18n.number(draws, 0))

    bar = st.progress(0.0, text=text(0))
    try:
        return portfolio_montecarlo(spec, scenarios, pset, draws, seed,
                                    progress=lambda done, total: bar.progress(done / total,
                                                                              text=text(done)))
    finally:
        bar.empty()


lang = app_state.lang()
pset = app_state.parameter_set()
st.title(t("nav_programme", lang))
st.caption(t("prog_intro", lang))

files = programme.programme_files()
choice = st.selectbox(
    t("prog_source", lang), [*(str(p) for p in files.values()), UPLOADED], key="prog_source",
    format_func=lambda c: t("prog_uploaded_option", lang) if c == UPLOADED
    else shipped(c)[0].name)

if choice == UPLOADED:
    uploads = st.file_uploader(
        t("prog_upload", lang), type=["xlsx"], accept_multiple_files=True, key="prog_upload",
        help=t("prog_upload_help", lang, n=programme.MAX_PROJECTS)) or []
    built = programme.from_templates(((f.name, f.getvalue()) for f in uploads), lang)
    for error in built.errors:
        st.error(error)
    if built.dropped:
        st.warning(t("prog_too_many", lang, n=programme.MAX_PROJECTS))
    if built.spec is None:
        st.info(t("prog_upload_empty", lang))
        st.stop()
    spec, scenarios = built.spec, built.scenarios
else:
    spec, scenarios = shipped(choice)
    if spec.description:
        st.caption(spec.description)

try:
    res = evaluate_portfolio(spec, scenarios, pset)
except InputError as exc:
    st.error(str(exc))
    st.stop()

st.caption(programme.basis_text(res, lang))
for column, m in zip(st.columns(3), programme.headline_metrics(res, lang), strict=True):
    column.metric(m.label, m.value, help=m.help or None)

st.subheader(t("prog_need_head", lang))
st.caption(t("prog_need_note", lang))
lazy.chart(programme_charts.need_chart(programme.need_chart_frame(res, lang), lang))
st.table(programme.styled(programme.need_frame(res, lang)))

st.subheader(t("prog_gains_head", lang))
st.markdown(f"**{programme.gains_sentence(res, lang)}**")
st.caption(t("sign_convention", lang))
lazy.chart(programme_charts.gains_chart(programme.gains_chart_frame(res, lang), lang))
st.table(programme.styled(programme.gains_frame(res, lang), programme.gains_kinds(lang)))
st.caption(t("prog_gains_note", lang))

st.subheader(t("prog_projects_head", lang))
st.table(programme.styled(programme.projects_frame(res, lang), programme.projects_kinds(lang),
                          hide_index=True))
st.caption(t("prog_projects_note", lang))

st.subheader(t("prog_mc_head", lang))
if not programme.has_uncertainty(res, pset):
    st.info(t("prog_mc_none", lang))
    st.stop()
draws_col, seed_col = st.columns(2)
draws = draws_col.number_input(t("prog_mc_draws", lang), min_value=100, max_value=MAX_DRAWS,
                               value=DEFAULT_DRAWS, step=500, key="prog_mc_draws",
                               help=t("mc_draws_help", lang, max=i18n.number(MAX_DRAWS, 0)))
seed = seed_col.number_input(t("prog_mc_seed", lang), min_value=0, max_value=2**31 - 1,
                             value=1, key="prog_mc_seed", help=t("mc_seed_help", lang))
wanted = (spec.model_dump_json(), tuple(sc.model_dump_json() for sc in scenarios), int(draws),
          int(seed))
stored = st.session_state.get(MC_KEY)
if st.button(t("prog_mc_run", lang), type="primary", key="prog_mc_run",
             icon=":material/casino:"):
    try:
        stored = (wanted, run_montecarlo(spec, scenarios, int(draws), int(seed), lang))
    except InputError as exc:
        st.error(str(exc))
        st.stop()
    st.session_state[MC_KEY] = stored
if stored is not None and stored[0] == wanted:
    mc = stored[1]
    metrics = programme.mc_metrics(mc, lang)
    for row in (metrics[:2], metrics[2:]):
        for column, m in zip(st.columns(2), row, strict=True):
            column.metric(m.label, m.value, help=m.help)
    lazy.chart(charts.histogram_chart(programme.mc_histogram_frame(mc), lang))
    st.caption(t("prog_mc_note", lang, names=programme.uncertain_names(mc, res)))
