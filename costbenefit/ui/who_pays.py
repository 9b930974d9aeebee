"""Who pays and who saves in the app, as plain data (no Streamlit here): the sentence, the
present value by payer and category for a stacked bar chart, and the yearly table per
payer (undiscounted or discounted, the four økonomiplan years or the whole period) that
the page offers as a download. Read from the one ledger, as every presenter."""

from __future__ import annotations

import altair as alt
import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.model.structure import CATEGORIES, PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.report import i18n
from costbenefit.report.kommune import PLAN_YEARS
from costbenefit.report.who_pays import who_pays_sentence
from costbenefit.ui.charts import NB_NUMBER_LOCALE
from costbenefit.ui.texts import t


def sentence(result: Result, lang: str) -> str:
    return who_pays_sentence(result.budget.npv, lang)


def category_frame(result: Result, lang: str) -> pd.DataFrame:
    """Present value per public payer and category (NOK million), non-zero cells only."""
    disc = result.ledger.discounted.sum(axis=0)
    rows = [{"payer": t(p, lang), "category": t(f"bcat_{c}", lang),
             "npv": float(disc[PAYER_INDEX[p], j]) / 1e6,
             "npv_text": i18n.kr(float(disc[PAYER_INDEX[p], j]))}
            for p in PUBLIC_PAYERS for j, c in enumerate(CATEGORIES)
            if abs(disc[PAYER_INDEX[p], j]) >= 0.5]
    return pd.DataFrame(rows, columns=["payer", "category", "npv", "npv_text"])


def category_chart(frame: pd.DataFrame, lang: str) -> alt.Chart:
    """Stacked bars: each payer's present value split by category, gains above zero and
    costs below, so who pays for what and who saves on what is one picture."""
    order = [t(p, lang) for p in PUBLIC_PAYERS]
    return alt.Chart(frame).mark_bar().encode(
        x=alt.X("payer:N", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("sum(npv):Q", title=t("axis_npv", lang), axis=alt.Axis(format=",.1f")),
        color=alt.Color("category:N", title=t("col_category", lang),
                        legend=alt.Legend(orient="right")),
        tooltip=[alt.Tooltip("payer:N", title=t("axis_payer", lang)),
                 alt.Tooltip("category:N", title=t("col_category", lang)),
                 alt.Tooltip("npv_text:N", title=t("col_pv", lang))],
    ).properties(height=280).configure(locale={"number": NB_NUMBER_LOCALE})


def years_frame(result: Result, lang: str, discounted: bool, plan_only: bool
                ) -> pd.DataFrame:
    """Net effect per year and public payer, and the public total, in kroner; the four
    økonomiplan years or the whole period, with a sum row."""
    ledger = result.ledger
    table = ledger.discounted if discounted else ledger.amount
    n = min(PLAN_YEARS, ledger.years.size) if plan_only else ledger.years.size
    per_payer = {p: table[:n, PAYER_INDEX[p], :].sum(axis=1) for p in PUBLIC_PAYERS}
    frame = pd.DataFrame({t("col_year", lang): [str(int(y)) for y in ledger.years[:n]],
                          **{t(p, lang): v for p, v in per_payer.items()}})
    frame[t("public_total", lang)] = sum(per_payer.values())
    sums = pd.DataFrame([{t("col_year", lang): t("col_sum", lang),
                          **frame.drop(columns=t("col_year", lang)).sum().to_dict()}])
    return pd.concat([frame, sums], ignore_index=True)


def shown(frame: pd.DataFrame) -> pd.DataFrame:
    """The yearly table with amounts as Norwegian text (the download keeps numbers)."""
    year = frame.columns[0]
    return frame.assign(**{c: frame[c].map(lambda v: i18n.kr(float(v)))
                           for c in frame.columns if c != year})
