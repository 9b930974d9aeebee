"""More of the calculator's inputs (Streamlit): amounts typed the Norwegian way, the cash
to participants, the fixed costs by year and payer (a table in the main area), and the
kommune's accounts (the measure's KOSTRA function, inntektsutjevning, the tax level).
Split from ui/inputs.py, which draws the rest and reads every widget back."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from costbenefit.errors import InputError
from costbenefit.parameters.kostra import kostra_functions
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report import i18n
from costbenefit.ui.amounts import format_amount
from costbenefit.ui.form import NO_FUNCTION, fixed_costs
from costbenefit.ui.texts import t

FORM_KEY = "form"
FIXED_KEY = "fixed_costs_rows"  # the fixed-cost table as edited; the editor's own key varies
FIXED_BASE_PREFIX = "fixed_costs_base_"  # + version: the rows the editor started from


def widget_key(field: str) -> str:
    return f"in_{field}"


def money(label: str, field: str, help_key: str, lang: str, on_change=None) -> None:
    """Kroner typed the Norwegian way (``120 000``, ``1,2 mill.``), see ui/amounts.py."""
    st.text_input(t(label, lang), key=widget_key(field), help=t(help_key, lang),
                  on_change=on_change)


def more_costs(lang: str) -> None:
    """Cash paid to participants per participant-year (the fixed costs are a table in the
    main area, where its three columns have room: :func:`fixed_costs_editor`)."""
    for payer in ("kommune", "fylkeskommune", "stat"):
        money(f"transfer_{payer}", f"transfer_{payer}", "transfer_help", lang)
    st.caption(t("fixed_costs_where", lang))


def fixed_costs_editor(lang: str) -> list[dict[str, Any]]:
    """The fixed costs by year and payer as an editable table (amounts typed the Norwegian
    way), under a label that gives their sum; returns the rows as edited."""
    version = st.session_state.get("fixed_costs_version", 0)
    # The editor's data stays what it was when this version began (a scenario loaded), so
    # Streamlit keeps accumulating the edits instead of resetting them when data changes.
    st.session_state.pop(f"{FIXED_BASE_PREFIX}{version - 1}", None)
    rows = st.session_state.setdefault(
        f"{FIXED_BASE_PREFIX}{version}",
        st.session_state.get(FIXED_KEY, st.session_state[FORM_KEY]["fixed_costs"]))
    frame = pd.DataFrame([{**r, "amount": _shown_amount(r.get("amount"))} for r in rows],
                         columns=["year", "payer", "amount"])
    key = f"in_fixed_costs_{version}"
    shown = _as_edited(frame.to_dict("records"), st.session_state.get(key))
    # the key keeps the expander open while its label's sum changes
    with st.expander(t("fixed_costs_head", lang, total=_total(shown)), key="fixed_costs_box"):
        edited = st.data_editor(
            frame, num_rows="dynamic", hide_index=True, key=key,
            column_config={
                "year": st.column_config.NumberColumn(t("col_year", lang), min_value=1900,
                                                      max_value=2200, step=1, format="%d"),
                "payer": st.column_config.SelectboxColumn(
                    t("axis_payer", lang), options=["kommune", "fylkeskommune", "stat"]),
                "amount": st.column_config.TextColumn(t("fixed_amount", lang),
                                                      help=t("fixed_amount_help", lang))})
        st.caption(t("fixed_costs_help", lang))
    st.session_state[FIXED_KEY] = edited.to_dict("records")
    return st.session_state[FIXED_KEY]


def _shown_amount(amount: Any) -> Any:
    """A number in Norwegian format; an empty cell (None, NaN) empty; text as typed."""
    if isinstance(amount, int | float):
        return format_amount(amount) if amount == amount else None  # NaN != NaN
    return amount


def _as_edited(rows: list[dict[str, Any]], edits: dict[str, Any] | None
               ) -> list[dict[str, Any]]:
    """`rows` with the editor's pending edits applied (its session state holds them as
    edited, added and deleted rows), so the label's sum is the table's, not last run's."""
    if not edits:
        return rows
    out = [{**row, **edits.get("edited_rows", {}).get(i, {})} for i, row in enumerate(rows)]
    deleted = set(edits.get("deleted_rows", []))
    return [r for i, r in enumerate(out) if i not in deleted] + edits.get("added_rows", [])


def _total(rows: list[dict[str, Any]]) -> str:
    """The rows' sum in kroner as the scenario will count them (empty rows dropped), or a
    dash while an amount is not a number yet."""
    try:
        return i18n.kr(sum(r["amount"] for r in fixed_costs(rows)))
    except InputError:
        return "–"


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
