"""Altair charts for the app (Streamlit ships altair), with Norwegian number formats."""

from __future__ import annotations

import altair as alt
import pandas as pd

from costbenefit.structure import PUBLIC_PAYERS
from costbenefit.ui.texts import t

# d3 number locale for nb_NO: decimal comma, (narrow) space as thousands separator.
NB_NUMBER_LOCALE = {"decimal": ",", "thousands": "\u00a0", "grouping": [3],
                    "currency": ["", "\u00a0kr"]}
PAYER_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c"]


def net_effect_chart(frame: pd.DataFrame, lang: str) -> alt.VConcatChart:
    """Yearly net effect (bars, stacked by payer) above the cumulative net effect (lines)."""
    order = [t(p, lang) for p in PUBLIC_PAYERS]
    payer = alt.Color("payer:N", title=t("axis_payer", lang), sort=order,
                      scale=alt.Scale(domain=order, range=PAYER_COLOURS))
    year = alt.X("year:O", title=t("axis_year", lang), axis=alt.Axis(labelAngle=0,
                                                                      labelOverlap=True))
    tooltip = [alt.Tooltip("year:O", title=t("axis_year", lang)),
               alt.Tooltip("payer:N", title=t("axis_payer", lang)),
               alt.Tooltip("net:Q", title=t("axis_yearly", lang), format=",.2f"),
               alt.Tooltip("cumulative:Q", title=t("axis_cumulative", lang), format=",.2f")]
    base = alt.Chart(frame).encode(x=year, color=payer, tooltip=tooltip)
    yearly = base.mark_bar().encode(
        y=alt.Y("net:Q", title=t("axis_yearly", lang), axis=alt.Axis(format=",.1f"))
    ).properties(height=220)
    cumulative = base.mark_line(point=True).encode(
        y=alt.Y("cumulative:Q", title=t("axis_cumulative", lang), axis=alt.Axis(format=",.1f"))
    ).properties(height=220)
    return alt.vconcat(yearly, cumulative).configure(locale={"number": NB_NUMBER_LOCALE})
