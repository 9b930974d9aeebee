"""More of the calculator's inputs (Streamlit): amounts typed the Norwegian way, the cash
to participants and the fixed costs by year and payer, and the kommune's accounts (the
measure's KOSTRA function, inntektsutjevning, the tax level). Split from ui/inputs.py,
which draws the rest and reads every widget back."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from costbenefit.parameters.kostra import kostra_functions
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui.amounts import format_amount
from costbenefit.ui.form import NO_FUNCTION
from costbenefit.ui.texts import t

FORM_KEY = "form"
FIXED_KEY = "fixed_costs_rows"  # the fixed-cost table as edited; the editor's own key varies


def widget_key(field: str) -> str:
    return f"in_{field}"


def money(label: str, field: str, help_key: str, lang: str, on_change=None) -> None:
    """Kroner typed the Norwegian way (``120 000``, ``1,2 mill.``), see ui/amounts.py."""
    st.text_input(t(label, lang), key=widget_key(field), help=t(help_key, lang),
                  on_change=on_change)


def more_costs(lang: str) -> None:
    """Cash paid to participants per participant-year, and the fixed costs by year and
    payer as an editable table (amounts typed the Norwegian way)."""
    for payer in ("kommune", "fylkeskommune", "stat"):
        money(f"transfer_{payer}", f"transfer_{payer}", "transfer_help", lang)
    rows = st.session_state.get(FIXED_KEY, st.session_state[FORM_KEY]["fixed_costs"])
    frame = pd.DataFrame([{**r, "amount": format_amount(r["amount"])
                           if isinstance(r.get("amount"), int | float) else r.get("amount")}
                          for r in rows], columns=["year", "payer", "amount"])
    edited = st.data_editor(
        frame, num_rows="dynamic", hide_index=True, width="stretch",
        key=f"in_fixed_costs_{st.session_state.get('fixed_costs_version', 0)}",
        column_config={
            "year": st.column_config.NumberColumn(t("col_year", lang), min_value=1900,
                                                  max_value=2200, step=1, format="%d"),
            "payer": st.column_config.SelectboxColumn(
                t("axis_payer", lang), options=["kommune", "fylkeskommune", "stat"]),
            "amount": st.column_config.TextColumn(t("fixed_amount", lang),
                                                  help=t("fixed_amount_help", lang))})
    st.caption(t("fixed_costs_help", lang))
    st.session_state[FIXED_KEY] = edited.to_dict("records")


def kommune_widgets(pset: ParameterSet, lang: str) -> None:
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
