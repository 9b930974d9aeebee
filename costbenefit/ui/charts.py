"""Altair charts for the app (Streamlit ships altair), with Norwegian number formats."""

from __future__ import annotations

import altair as alt
import pandas as pd

from costbenefit.model.structure import PUBLIC_PAYERS
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


OUTCOME_COLOURS = ["#2ca02c", "#d62728"]  # better than the base result, worse


def tornado_chart(frame: pd.DataFrame, lang: str) -> alt.LayerChart:
    """Horizontal bars from the base NPV to the NPV at each input's low and high value,
    widest swing on top, green where the result gets better than the base and red where
    it gets worse (whichever end of the input that is; the end is in the tooltip)."""
    order = list(dict.fromkeys(frame.sort_values("rank")["input"]))
    better, worse = t("tornado_better", lang), t("tornado_worse", lang)
    frame = frame.assign(direction=[better if n >= b else worse
                                    for n, b in zip(frame["npv"], frame["base"], strict=True)])
    y = alt.Y("input:N", sort=order, title=None, scale=alt.Scale(paddingInner=0.35),
              axis=alt.Axis(labelLimit=260, labelOverlap=False))
    bars = alt.Chart(frame).mark_bar().encode(
        y=y,
        x=alt.X("npv:Q", title=t("axis_npv", lang), axis=alt.Axis(format=",.1f")),
        x2="base:Q",
        color=alt.Color("direction:N", title=None, sort=[better, worse],
                        scale=alt.Scale(domain=[better, worse], range=OUTCOME_COLOURS),
                        legend=alt.Legend(orient="top")),
        tooltip=[alt.Tooltip("input:N", title=t("axis_input", lang)),
                 alt.Tooltip("end:N", title=t("axis_end", lang)),
                 alt.Tooltip("value:N", title=t("axis_value", lang)),
                 alt.Tooltip("npv_text:N", title=t("col_pv", lang)),
                 alt.Tooltip("swing:N", title=t("axis_swing", lang))],
    )
    base = alt.Chart(frame).mark_rule(color="black").encode(x="mean(base):Q")
    return (bars + base).properties(height=alt.Step(30), width="container").configure(
        locale={"number": NB_NUMBER_LOCALE})


def histogram_chart(frame: pd.DataFrame, lang: str) -> alt.LayerChart:
    """The Monte Carlo draws of one NPV, binned, with a dashed rule at zero."""
    bars = alt.Chart(frame).mark_bar(color=PAYER_COLOURS[0]).encode(
        x=alt.X("npv:Q", bin=alt.Bin(maxbins=40), title=t("axis_npv", lang),
                axis=alt.Axis(format=",.1f")),
        y=alt.Y("count():Q", title=t("axis_draws", lang)),
    )
    zero = alt.Chart(pd.DataFrame({"x": [0.0]})).mark_rule(
        color="black", strokeDash=[4, 4]).encode(x="x:Q")
    return (bars + zero).properties(height=260).configure(locale={"number": NB_NUMBER_LOCALE})


ARM_COLOURS = ["#7f7f7f", "#1f77b4"]  # without, with the measure


def states_chart(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """Expected persons in the outcome by year, one line without and one with the measure."""
    arms = [t("col_without", lang), t("col_with", lang)]
    return alt.Chart(frame).mark_line(point=False).encode(
        x=alt.X("year:O", title=t("axis_year", lang),
                axis=alt.Axis(labelAngle=0, labelOverlap=True)),
        y=alt.Y("persons:Q", title=t("axis_persons", lang), axis=alt.Axis(format=",.0f")),
        color=alt.Color("arm:N", title=t("axis_arm", lang), sort=arms,
                        scale=alt.Scale(domain=arms, range=ARM_COLOURS),
                        legend=alt.Legend(orient="top")),
        tooltip=[alt.Tooltip("year:O", title=t("axis_year", lang)),
                 alt.Tooltip("arm:N", title=t("axis_arm", lang)),
                 alt.Tooltip("persons:Q", title=t("axis_persons", lang), format=",.1f")],
    ).properties(height=240).configure(locale={"number": NB_NUMBER_LOCALE})


SCENARIO_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd"]  # up to four compared


def comparison_chart(frame: pd.DataFrame, lang: str) -> alt.FacetChart:
    """The compared scenarios' present values (NOK million), one panel per figure (each
    payer, the public total, the societal NPV, the wellbeing value) and one bar per
    scenario, so the views stand apart and are never stacked."""
    measures = list(dict.fromkeys(frame.sort_values("order")["measure"]))
    scenarios = list(dict.fromkeys(frame["scenario"]))
    bars = alt.Chart(frame).mark_bar().encode(
        x=alt.X("scenario:N", sort=scenarios, title=None,
                axis=alt.Axis(labels=False, ticks=False)),
        y=alt.Y("npv:Q", title=t("axis_npv_mill", lang), axis=alt.Axis(format=",.1f")),
        color=alt.Color("scenario:N", sort=scenarios, title=t("axis_scenario", lang),
                        scale=alt.Scale(domain=scenarios, range=SCENARIO_COLOURS),
                        legend=alt.Legend(orient="top", labelLimit=320)),
        tooltip=[alt.Tooltip("scenario:N", title=t("axis_scenario", lang)),
                 alt.Tooltip("measure:N", title=t("axis_measure", lang)),
                 alt.Tooltip("npv_text:N", title=t("col_pv", lang))],
    ).properties(width=150, height=200)
    return bars.facet(
        facet=alt.Facet("measure:N", sort=measures, title=None,
                        header=alt.Header(labelLimit=220, labelFontWeight="bold")),
        columns=4,
    ).configure(locale={"number": NB_NUMBER_LOCALE})
