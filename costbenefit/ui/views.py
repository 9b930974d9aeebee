"""What the app shows, built from a Result as plain data (no Streamlit here).

Metrics, the yearly table behind the chart, the provenance table and the comparison table
all read the one Result, so the app cannot disagree with the CLI or the JSON.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from costbenefit import i18n
from costbenefit.engine import Result
from costbenefit.parameters import CONFIDENCE_LABELS_NB, Confidence, ParameterSet
from costbenefit.structure import PUBLIC_PAYERS
from costbenefit.ui.texts import t

CONFIDENCE_LABELS_EN = {c: c.value for c in Confidence}


@dataclass(frozen=True)
class Metric:
    key: str
    label: str
    value: str
    help: str


def participants(result: Result) -> float:
    return sum(c.participants for c in result.scenario.intervention.cohorts)


def overrides(result: Result) -> dict[str, Any]:
    """Parameter overrides the scenario carries (none when scenarios cannot carry them)."""
    return dict(getattr(result.scenario, "parameter_overrides", None) or {})


def budget_metrics(result: Result, lang: str) -> list[Metric]:
    """NPV per public payer and in total: the headline numbers of the budget view."""
    npv = result.budget.npv
    return [Metric(p, t(p, lang), i18n.kr(npv[p]), t("npv_help", lang))
            for p in (*PUBLIC_PAYERS, "public_total")]


def needed_text(result: Result, lang: str) -> str:
    be = result.break_even
    if be.successes_needed is None:
        return t("no_gain", lang)
    return t("needed_value", lang, needed=i18n.number(be.successes_needed),
             n=i18n.number(participants(result), 0))


def break_even_rate_text(result: Result, lang: str) -> str:
    be = result.break_even
    if be.success_rate is None:
        return "–"
    text = i18n.percent(be.success_rate)
    return text if be.feasible else f"{text} ({t('not_feasible', lang)})"


def cost_metrics(result: Result, lang: str) -> list[Metric]:
    """The measure's cost, the return per krone and the payback year."""
    b = result.budget
    payback = str(b.payback_year) if b.payback_year is not None else t("never", lang)
    return [
        Metric("pv_cost", t("pv_cost", lang), i18n.kr(b.pv_cost), t("npv_help", lang)),
        Metric("roi", t("roi", lang), i18n.percent(b.roi), t("roi_help", lang)),
        Metric("payback", t("payback", lang), payback, t("payback_help", lang)),
    ]


def break_even_metrics(result: Result, lang: str) -> list[Metric]:
    """Hvor mange må lykkes, and the success rate at which public budgets break even."""
    return [
        Metric("needed", t("needed", lang), needed_text(result, lang), t("needed_help", lang)),
        Metric("break_even_rate", t("break_even_rate", lang), break_even_rate_text(result, lang),
               t("needed_help", lang)),
    ]


def yearly_frame(result: Result, lang: str, discounted: bool = True) -> pd.DataFrame:
    """Long table: year, payer label, net effect per year and cumulative (NOK million)."""
    ledger = result.ledger
    frames = []
    for payer in PUBLIC_PAYERS:
        net = ledger.net_by_year((payer,), discounted=discounted) / 1e6
        frames.append(pd.DataFrame({"year": ledger.years.astype(int), "payer": t(payer, lang),
                                    "net": net, "cumulative": np.cumsum(net)}))
    return pd.concat(frames, ignore_index=True)


def provenance_frame(result: Result, pset: ParameterSet, lang: str) -> pd.DataFrame:
    """Every parameter the result used: name, label, unit, kroneår, confidence, sources."""
    over = overrides(result)
    shown = pset.with_overrides(over) if over else pset
    labels = CONFIDENCE_LABELS_NB if lang == "nb" else CONFIDENCE_LABELS_EN
    when = dt.date.fromisoformat(result.rules_date)
    rows = []
    for name in result.parameters_used:
        param = shown.get(name)
        year = param.price_year_at(when)
        rows.append({
            t("col_name", lang): name,
            t("col_label", lang): param.label or param.description,
            t("col_unit", lang): param.unit,
            t("col_price_year", lang): str(year) if year is not None else "",
            t("col_confidence", lang): labels[param.confidence_at(when)],
            t("col_source", lang): str(param.reference[0].href),
            t("col_sources", lang): " · ".join(r.title for r in param.reference),
            t("col_overridden", lang): t("yes", lang) if name in over else "",
        })
    return pd.DataFrame(rows)


def comparison_frame(results: list[Result], lang: str) -> pd.DataFrame:
    """Scenarios side by side: one column per scenario, one row per headline number."""
    columns: dict[str, list[str]] = {}
    labels: list[str] = []
    for result in results:
        metrics = [*budget_metrics(result, lang), *cost_metrics(result, lang),
                   *break_even_metrics(result, lang)]
        labels = [m.label for m in metrics] + [t("schedule", lang), t("price_year", lang)]
        values = [m.value for m in metrics] + [result.discounting.name, str(result.price_year)]
        name = result.scenario.name
        while name in columns:
            name += " ′"
        columns[name] = values
    return pd.DataFrame(columns, index=pd.Index(labels, name=t("compare_metric", lang)))
