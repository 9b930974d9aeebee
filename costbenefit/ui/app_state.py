"""Streamlit glue shared by the pages: cached loading, language, session state.

The parameter set and the examples are loaded once per server process
(``st.cache_resource``: read-only, shared). Scenarios the user keeps for comparison live in
the session as plain mappings, so session state stays serialisable.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from costbenefit.files.examples import scenario_examples
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.loader import load_parameter_set
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui.texts import DEFAULT_LANGUAGE, LANGUAGES, t

MAX_COMPARE = 4
COMPARE_KEY = "compare"
LANG_KEY = "lang"
LANG_WIDGET_KEY = "lang_choice"


@st.cache_resource(show_spinner=False)
def parameter_set() -> ParameterSet:
    return load_parameter_set()


@st.cache_resource(show_spinner=False)
def examples() -> dict[str, Scenario]:
    """The shipped example scenarios, by their display name."""
    found = (load_scenario(p) for p in scenario_examples())
    return {sc.name: sc for sc in found}


def language_selector() -> str:
    """The sidebar language choice; Norwegian unless the user picks English.

    The choice is copied to a plain session key, so it survives reruns in which the widget
    is not part of the tree (AppTest drops the entrypoint's sidebar widgets on rerun).
    """
    current = lang()
    st.sidebar.selectbox(t("language", current), list(LANGUAGES), key=LANG_WIDGET_KEY,
                         index=list(LANGUAGES).index(current), on_change=_language_chosen,
                         format_func=LANGUAGES.__getitem__)
    return lang()


# Widgets whose choice is shown through a label in the language: the form's inputs (not its
# data editor) and the choices on the pages.
CHOICE_PREFIXES = ("in_", "unc_", "compare_baseline", "lib_compare", "lib_pick",
                   "lib_programme", "lib_version_", "chart_discounted", "years_")
NOT_SETTABLE_PREFIXES = ("in_fixed_costs_", "years_download")


def _language_chosen() -> None:
    """Keep every choice when the language changes. A selectbox sends its choice back as the
    label it showed (Streamlit 1.67); after the switch that label is in the old language and
    matches no option, so the browser's «i arbeid» would arrive as the value. Setting each
    kept value again (read here with the old labels) makes the rerun use it."""
    state = st.session_state
    state[LANG_KEY] = state[LANG_WIDGET_KEY]
    for key in list(state.keys()):
        if key.startswith(CHOICE_PREFIXES) and not key.startswith(NOT_SETTABLE_PREFIXES):
            state[key] = state[key]


def lang() -> str:
    return st.session_state.get(LANG_KEY, DEFAULT_LANGUAGE)


def compared() -> list[dict[str, Any]]:
    return st.session_state.setdefault(COMPARE_KEY, [])


def add_to_comparison(sc: Scenario) -> str:
    """Keep `sc` for the comparison page: "added", "duplicate" (it is there already) or
    "full". Only what `sc` sets itself is kept: a scenario that names a study leaves its
    rates to it."""
    from costbenefit.ui.compare import add_unique

    raw = sc.model_dump(mode="python", by_alias=True, exclude_unset=True)
    return add_unique(compared(), raw, MAX_COMPARE)
