"""What the app shows, built from a Result as plain data (no Streamlit here).

Metrics of the three views, the yearly table behind the chart, the provenance table, the
comparison table and the uncertainty tables all read the one Result (or the core's
uncertainty results), so the app cannot disagree with the CLI or the JSON.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.model.notes import LABELS_NB, Note, labelled
from costbenefit.model.structure import FUNDING_PAYERS, PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.parameters.schema import Confidence, ParameterSet
from costbenefit.report import i18n
from costbenefit.report.table import break_even_beyond_reach, shown_categories
from costbenefit.ui import provenance
from costbenefit.ui.compare import discounting_text
from costbenefit.ui.texts import t
from costbenefit.ui.texts.names import SLOT_NAMES, STUDY_NAMES
from costbenefit.uncertainty.montecarlo import MonteCarloResult
from costbenefit.uncertainty.sensitivity import SwitchingValue, Tornado
from costbenefit.uncertainty.slots import InputSlot

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
    """Parameter overrides the scenario carries (shown and marked in the provenance table)."""
    return dict(result.scenario.parameter_overrides)


def budget_metrics(result: Result, lang: str) -> list[Metric]:
    """NPV per public payer and in total: the headline numbers of the budget view."""
    npv = result.budget.npv
    return [Metric(p, t(p, lang), i18n.kr(npv[p]), t("npv_help", lang))
            for p in (*PUBLIC_PAYERS, "public_total")]


def needed_text(result: Result, lang: str) -> str:
    be = result.break_even
    if be.effect_multiplier is not None:  # Markov mode: no successes to count
        return t("effect_multiplier_value", lang, x=i18n.number(be.effect_multiplier, 2))
    if be.successes_needed is None:
        return t("no_gain", lang)
    if break_even_beyond_reach(result):
        return t("not_feasible", lang)
    return t("needed_value", lang, needed=i18n.number(be.successes_needed),
             n=i18n.number(participants(result), 0))


def break_even_rate_text(result: Result, lang: str) -> str:
    """The break-even success rate; «ikke oppnåelig» instead of a rate above 100 %."""
    be = result.break_even
    if be.success_rate is None:
        return "–"
    if break_even_beyond_reach(result):
        return t("not_feasible", lang)
    return i18n.percent(be.success_rate)


def cost_metrics(result: Result, lang: str) -> list[Metric]:
    """The measure's cost, the net present value per krone of cost (a ratio) and the payback
    year."""
    b = result.budget
    payback = str(b.payback_year) if b.payback_year is not None else t("never", lang)
    return [
        Metric("pv_cost", t("pv_cost", lang), i18n.kr(b.pv_cost), t("npv_help", lang)),
        Metric("roi", t("roi", lang), i18n.ratio(b.roi), t("roi_help", lang)),
        Metric("payback", t("payback", lang), payback, t("payback_help", lang)),
    ]


def break_even_metrics(result: Result, lang: str) -> list[Metric]:
    """Hvor mange må lykkes, and the success rate at which public budgets break even; when
    that is beyond reach, both say «ikke oppnåelig» and their help text says why."""
    why = t("not_feasible_reason", lang) + " " if break_even_beyond_reach(result) else ""
    return [
        Metric("needed", t("needed", lang), needed_text(result, lang),
               why + t("needed_help", lang)),
        Metric("break_even_rate", t("break_even_rate", lang), break_even_rate_text(result, lang),
               why + t("break_even_rate_help", lang)),
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
    """Every parameter the result used: name, label, the value used with its unit, a
    Norwegian unit label, kroneår, confidence, sources, overrides marked (see
    :mod:`costbenefit.ui.provenance`)."""
    return provenance.provenance_frame(result, pset, lang)


def override_items(result: Result, pset: ParameterSet, lang: str) -> str:
    """The scenario's overrides with the value used and the parameter set's value."""
    return provenance.override_items(result, pset, lang)


# the provenance table's link column shows the source's site and opens the source
PROVENANCE_LINK_DISPLAY = provenance.LINK_DISPLAY


def comparison_frame(results: list[Result], lang: str) -> pd.DataFrame:
    """Scenarios side by side: one column per scenario, one row per headline number."""
    columns: dict[str, list[str]] = {}
    labels: list[str] = []
    for result in results:
        metrics = [*budget_metrics(result, lang), *cost_metrics(result, lang),
                   *break_even_metrics(result, lang), *societal_metrics(result, lang)[:2],
                   *wellbeing_metrics(result, lang)]
        labels = [m.label for m in metrics] + [t("schedule", lang), t("price_year", lang)]
        values = [m.value for m in metrics] + [discounting_text(result.discounting, lang),
                                               str(result.price_year)]
        name = result.scenario.name
        while name in columns:
            name += " ′"
        columns[name] = values
    return pd.DataFrame(columns, index=pd.Index(labels, name=t("compare_metric", lang)))


# -- the societal and wellbeing views ----------------------------------------------------

def societal_metrics(result: Result, lang: str) -> list[Metric]:
    """Societal NPV, benefit-cost ratio and NPV per budget krone (R-109 / DFØ)."""
    sv = result.societal
    return [
        Metric("societal_npv", t("societal_npv", lang), i18n.kr(sv.npv),
               t("societal_npv_help", lang)),
        Metric("bcr", t("bcr", lang), i18n.number(sv.bcr, 2), t("bcr_help", lang)),
        Metric("per_budget_krone", t("per_budget_krone", lang),
               i18n.number(sv.npv_per_budget_krone, 2), t("per_budget_krone_help", lang)),
    ]


def metrics_table(metrics: list[Metric], lang: str) -> pd.DataFrame:
    """Label -> value, for the numbers under a view's headline (narrow columns: a no-break
    space keeps each amount on one line)."""
    return pd.DataFrame({t("col_value", lang): [m.value.replace(" kr", "\u00a0kr")
                                                for m in metrics]},
                        index=pd.Index([m.label for m in metrics], name=t("compare_metric", lang)))


def budget_details(result: Result, lang: str) -> list[Metric]:
    """Under the public total: each payer's NPV, the cost, the NPV per krone of cost and the
    payback year."""
    return [*budget_metrics(result, lang)[:-1], *cost_metrics(result, lang)]


def societal_details(result: Result, lang: str) -> list[Metric]:
    """Present value by societal category (the residual value only when there is one), and
    the benefit-cost ratio and NPV per budget krone."""
    sv = result.societal
    rows = [Metric(c, t(f"cat_{c}", lang), i18n.kr(pv), "")
            for c, pv in shown_categories(sv).items()]
    return rows + societal_metrics(result, lang)[1:]


def societal_note(result: Result, lang: str) -> str:
    sv = result.societal
    first = result.scenario.start_year
    return t("societal_note", lang, factor=i18n.number(sv.labour_cost_factor, 2),
             rate=i18n.percent(sv.tax_financing_rate, 0), first=first,
             last=first + sv.analysis_years - 1, years=sv.analysis_years,
             residual=t(f"residual_{sv.residual_value}", lang))


def wellbeing_metrics(result: Result, lang: str) -> list[Metric]:
    """The central money value of the WELLBYs, the WELLBYs and the cost per WELLBY."""
    wv = result.wellbeing
    return [
        Metric("wellbeing_value", t("wellbeing_value", lang), i18n.kr(wv.value["central"]),
               t("wellbeing_value_help", lang)),
        Metric("wellbys", t("wellbys", lang), i18n.number(wv.wellbys_discounted),
               t("wellbys_help", lang, total=i18n.number(wv.wellbys))),
        Metric("cost_per_wellby", t("cost_per_wellby", lang), i18n.kr(wv.cost_per_wellby),
               t("cost_per_wellby_help", lang)),
    ]


def _span(levels: dict[str, float]) -> str:
    return f"{i18n.kr(levels['low'])} – {i18n.kr(levels['high'])}"


def wellbeing_details(result: Result, lang: str) -> list[Metric]:
    """WELLBYs, cost per WELLBY, and the value per WELLBY and in total, low–high."""
    wv = result.wellbeing
    per = t("per_wellby", lang, year=result.price_year)
    return [
        *wellbeing_metrics(result, lang)[1:],
        Metric("per_wellby", per, i18n.kr(wv.value_per_wellby["central"]), ""),
        Metric("per_wellby_span", t("per_wellby_span", lang), _span(wv.value_per_wellby), ""),
        Metric("value_span", t("value_span", lang), _span(wv.value), ""),
    ]


def wellbeing_note(result: Result, lang: str) -> str:
    wv = result.wellbeing
    growth = t("growth_on" if wv.real_price_growth else "growth_off", lang)
    return t("wellbeing_note", lang, rule=t(f"rule_{wv.rule}", lang), growth=growth,
             schedule=discounting_text(wv.discounting, lang))


LABEL_KEYS = {"outcome": "outcome_label_", "state": "state_"}  # kinds of LABELS_NB


def note_text(note: Note, lang: str) -> str:
    """An engine warning or note in `lang`: the outcomes and states it names in the app's
    labels, a study in its name in `lang` (its label in the set when it has none)."""
    labels = {kind: {i: t(LABEL_KEYS[kind] + i, lang) for i in ids}
              for kind, ids in LABELS_NB.items()}
    values = labelled(note.values, labels)
    if "study" in values:
        values["label"] = STUDY_NAMES.get(lang, {}).get(str(values["study"]), values["label"])
    return t(f"note_{note.key}", lang, **values)


# -- uncertainty ------------------------------------------------------------------------

def outcome_label(name: str, lang: str) -> str:
    return t("societal_npv" if name == "societal" else name, lang)


def is_share(slot: InputSlot) -> bool:
    return not slot.is_parameter and slot.bounds[1] <= 1.0


def input_value(x: float, slot: InputSlot) -> str:
    """Shares as percentages, counts and kroner as plain numbers (the CLI's convention)."""
    return i18n.percent(x, 1) if is_share(slot) else i18n.number(x, 0)


def slot_label(slot: InputSlot, lang: str) -> str:
    """The input's name in `lang`: a scenario field's from :data:`SLOT_NAMES` (its year
    and payer read from the path and the Norwegian label, which slots.py builds), else the
    Norwegian label (parameters keep their name in the set)."""
    parts = slot.path.split(".")
    template = SLOT_NAMES.get(lang, {}).get(parts[1] if parts[0] == "intervention" else "")
    if template is None:
        return slot.label
    year = re.search(r"\b\d{4}\b", slot.label)
    payer = next((p for p in FUNDING_PAYERS if p in parts
                  or slot.label.endswith(f", {PAYER_LABELS_NB[p].lower()}")), "")
    return template.format(year=year[0] if year else "",
                           payer=t(payer, lang).lower() if payer else "")


def tornado_frame(tor: Tornado, lang: str) -> pd.DataFrame:
    """Two bars per input (at its low and its high value), NPV in NOK million, widest first."""
    rows = []
    for rank, row in enumerate(tor.rows):
        for end, x, npv in (("low", row.low, row.at_low), ("high", row.high, row.at_high)):
            rows.append({"input": slot_label(row.slot, lang), "rank": rank,
                         "end": t(f"end_{end}", lang),
                         "value": input_value(x, row.slot), "npv": npv / 1e6,
                         "base": tor.base / 1e6, "npv_text": i18n.kr(npv),
                         "swing": i18n.kr(row.swing)})
    return pd.DataFrame(rows)


def switching_text(sv: SwitchingValue, lang: str) -> str:
    lo, hi = (input_value(x, sv.slot) for x in sv.search_range)
    if sv.value is None:
        sign = t("positive" if sv.sign_in_range > 0 else "negative", lang)
        return t("switching_none", lang, sign=sign, lo=lo, hi=hi)
    text = t("switching_value", lang, label=slot_label(sv.slot, lang),
             value=input_value(sv.value, sv.slot), base=input_value(sv.slot.base, sv.slot))
    if len(sv.roots) > 1:
        text += " " + t("switching_roots", lang, n=len(sv.roots), lo=lo, hi=hi)
    return text


def montecarlo_metrics(mc: MonteCarloResult, outcome: str, lang: str) -> list[Metric]:
    """P(NPV > 0) and P5 / P50 / P95 of the chosen outcome."""
    s = mc.summaries[outcome]
    help_p = t("mc_percentile_help", lang)
    return [
        Metric("prob_positive", t("prob_positive", lang), i18n.percent(s.prob_positive, 1),
               t("prob_positive_help", lang, draws=i18n.number(mc.draws, 0), seed=mc.seed)),
        Metric("p5", "P5", i18n.kr(s.p5), help_p),
        Metric("p50", "P50", i18n.kr(s.p50), help_p),
        Metric("p95", "P95", i18n.kr(s.p95), help_p),
    ]


def histogram_frame(mc: MonteCarloResult, outcome: str) -> pd.DataFrame:
    """The draws of one outcome in NOK million (the histogram bins them)."""
    return pd.DataFrame({"npv": mc.samples[outcome] / 1e6})
