"""Altair charts of the programme page: budget need by year and payer, and the net
present value per payer (who gains), with Norwegian number formats."""

from __future__ import annotations

import altair as alt
import pandas as pd

from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.ui.charts import NB_NUMBER_LOCALE, OUTCOME_COLOURS, PAYER_COLOURS
from costbenefit.ui.texts import t

OTHER_COLOUR = "#9467bd"


def _payer_colour(lang: str) -> alt.Color:
    order = [t(p, lang) for p in PUBLIC_PAYERS]
    return alt.Color("payer:N", title=t("axis_payer", lang), sort=order,
                     scale=alt.Scale(domain=order, range=[*PAYER_COLOURS, OTHER_COLOUR]))


def need_chart(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """The measures' cost per year, stacked by payer (NOK million, undiscounted)."""
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("year:O", title=t("axis_year", lang),
                axis=alt.Axis(labelAngle=0, labelOverlap=True)),
        y=alt.Y("sum(need):Q", title=t("prog_axis_need", lang), axis=alt.Axis(format=",.1f")),
        color=_payer_colour(lang),
        tooltip=[alt.Tooltip("year:O", title=t("axis_year", lang)),
                 alt.Tooltip("payer:N", title=t("axis_payer", lang)),
                 alt.Tooltip("need_text:N", title=t("prog_need_head", lang))],
    ).properties(height=260).configure(locale={"number": NB_NUMBER_LOCALE})


def gains_chart(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """Net present value per public payer: green where the payer gains, red where it pays."""
    order = [t(p, lang) for p in PUBLIC_PAYERS]
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("payer:N", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("npv:Q", title=t("axis_npv", lang), axis=alt.Axis(format=",.1f")),
        color=alt.condition(alt.datum.npv >= 0, alt.value(OUTCOME_COLOURS[0]),
                            alt.value(OUTCOME_COLOURS[1])),
        tooltip=[alt.Tooltip("payer:N", title=t("axis_payer", lang)),
                 alt.Tooltip("npv_text:N", title=t("col_pv", lang))],
    ).properties(height=240).configure(locale={"number": NB_NUMBER_LOCALE})
