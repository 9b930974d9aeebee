"""Monte Carlo with a progress bar: the core reports after every chunk of draws
(``uncertainty.draws.CHUNK_DRAWS``) and the bar follows, so a long run is never silent."""

from __future__ import annotations

import streamlit as st

from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.ui.texts import t
from costbenefit.uncertainty.montecarlo import MonteCarloResult, run_montecarlo


def progress_text(done: int, total: int, lang: str) -> str:
    return t("mc_progress", lang, done=i18n.number(done, 0), total=i18n.number(total, 0))


def montecarlo_with_progress(scenario: Scenario, pset: ParameterSet, draws: int, seed: int,
                             outcomes: tuple[str, ...], lang: str) -> MonteCarloResult:
    bar = st.progress(0.0, text=progress_text(0, draws, lang))

    def report(done: int, total: int) -> None:
        bar.progress(done / total, text=progress_text(done, total, lang))

    try:
        return run_montecarlo(scenario, pset, draws, seed, outcomes, progress=report)
    finally:
        bar.empty()
