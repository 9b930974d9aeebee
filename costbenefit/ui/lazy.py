"""Sections drawn only when the user opens them, and charts sent without re-validation.

On a 2-core machine every element the page sends costs the browser time on each rerun
(bench/bench_app_browser.py): detail sections (the kommune's sectors, the yearly chart,
the tornado, the sources) sit in expanders that rerun when opened or closed and whose body
runs only while open. The open/closed state is a session key, so it survives reruns.
"""

from __future__ import annotations

import altair as alt
import streamlit as st
from streamlit.elements.lib.mutable_expander_container import ExpanderContainer

OPEN_PREFIX = "open_"


def section(label: str, key: str, expanded: bool = False) -> ExpanderContainer | None:
    """An expander labelled `label`; the container when it is open, else None."""
    box = st.expander(label, expanded=expanded, key=f"{OPEN_PREFIX}{key}", on_change="rerun")
    return box if box.open else None


def chart(spec: alt.TopLevelMixin) -> None:
    """Show an Altair chart at full width from its Vega-Lite dict, skipping the JSON-schema
    validation `st.altair_chart` repeats on every rerun (about half the chart's time;
    the chart tests validate each spec once)."""
    st.vega_lite_chart(spec.to_dict(validate=False), width="stretch")
