"""The compare page as plain data (no Streamlit here): the three views in separate tables,
each scenario's basis (analysis period, base year, price year, discounting) with what
differs, difference columns against a chosen baseline, and the chart's long table.

Tables are numeric (NaN where a number is not defined) beside a table of the same shape
with the Norwegian-formatted text the page shows, so a chart or a difference reads numbers
and the user reads ``1 234 567 kr``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from costbenefit.model.discounting import DiscountSchedule
from costbenefit.model.engine import Result
from costbenefit.model.structure import PUBLIC_PAYERS
from costbenefit.report import i18n
from costbenefit.report.table import break_even_beyond_reach
from costbenefit.ui.texts import t

VIEWS = ("budget", "societal", "wellbeing")
SETTINGS = ("period", "societal_period", "start_year", "price_year", "discounting")


@dataclass(frozen=True)
class Row:
    """One figure of a view: its label, how it is formatted, and how it is read."""

    label: Callable[[str], str]
    kind: str  # kr | ratio | number | percent | year
    value: Callable[[Result], float | int | None]
    break_even: bool = False  # «ikke oppnåelig» when beyond reach


def _profile(value: Callable[[Result], Any]) -> Callable[[Result], Any]:
    """Successes are not counted in Markov mode: these rows are empty there."""
    return lambda r: None if r.scenario.mode == "markov" else value(r)


def _label(key: str) -> Callable[[str], str]:
    return lambda lang: t(key, lang)


def _npv_label(payer: str) -> Callable[[str], str]:
    return lambda lang: t("cmp_npv", lang, payer=t(payer, lang).lower())


BUDGET_ROWS: tuple[Row, ...] = (
    Row(_npv_label("public_total"), "kr", lambda r: r.budget.npv["public_total"]),
    *(Row(_npv_label(p), "kr", lambda r, p=p: r.budget.npv[p]) for p in PUBLIC_PAYERS),
    Row(_label("pv_cost"), "kr", lambda r: r.budget.pv_cost),
    Row(_label("roi"), "ratio", lambda r: r.budget.roi),
    Row(_label("payback"), "year", lambda r: r.budget.payback_year),
    Row(_label("needed"), "number", _profile(lambda r: r.break_even.successes_needed),
        break_even=True),
    Row(_label("break_even_rate"), "percent", _profile(lambda r: r.break_even.success_rate),
        break_even=True),
)
MARKOV_ROW = Row(_label("cmp_effect_multiplier"), "ratio",
                 lambda r: r.break_even.effect_multiplier)
SOCIETAL_ROWS: tuple[Row, ...] = (
    Row(_label("societal_npv"), "kr", lambda r: r.societal.npv),
    Row(_label("bcr"), "ratio", lambda r: r.societal.bcr),
    Row(_label("per_budget_krone"), "ratio", lambda r: r.societal.npv_per_budget_krone),
)
WELLBEING_ROWS: tuple[Row, ...] = (
    Row(_label("wellbeing_value"), "kr", lambda r: r.wellbeing.value["central"]),
    Row(_label("wellbys"), "number", lambda r: r.wellbeing.wellbys_discounted),
    Row(_label("cost_per_wellby"), "kr", lambda r: r.wellbeing.cost_per_wellby),
)


def view_rows(view: str, results: list[Result]) -> tuple[Row, ...]:
    if view == "budget":
        markov = any(r.scenario.mode == "markov" for r in results)
        return (*BUDGET_ROWS, MARKOV_ROW) if markov else BUDGET_ROWS
    return SOCIETAL_ROWS if view == "societal" else WELLBEING_ROWS


# -- the scenarios kept -----------------------------------------------------------------

def unique(kept: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The kept scenarios without repeats (the same mapping added twice), in order."""
    out: list[dict[str, Any]] = []
    for raw in kept:
        if raw not in out:
            out.append(raw)
    return out


def add_unique(kept: list[dict[str, Any]], raw: dict[str, Any], limit: int) -> str:
    """Keep `raw` unless it is already kept or the list is full: "added", "duplicate" or
    "full" (for the calculator's «Legg til i sammenligning»)."""
    if raw in kept:
        return "duplicate"
    if len(kept) >= limit:
        return "full"
    kept.append(raw)
    return "added"


def column_names(results: list[Result]) -> list[str]:
    """One column name per scenario; a repeated name gets a prime so the columns stay
    apart."""
    names: list[str] = []
    for result in results:
        name = result.scenario.name
        while name in names:
            name += " ′"
        names.append(name)
    return names


# -- numbers and their text -------------------------------------------------------------

def _number(value: float | int | None) -> float:
    return math.nan if value is None else float(value)


def cell_text(value: float, kind: str, lang: str, beyond: bool = False) -> str:
    """One figure as the page shows it (Norwegian number format in both languages)."""
    if beyond:
        return t("not_feasible", lang)
    if math.isnan(value):
        return t("never", lang) if kind == "year" else "–"
    if kind == "kr":
        return i18n.kr(value)
    if kind == "percent":
        return i18n.percent(value)
    if kind == "ratio":
        return i18n.ratio(value)
    if kind == "number":
        return i18n.number(value)
    return str(int(value))


def diff_text(value: float, kind: str, lang: str) -> str:
    """A difference with its sign: ``+1 234 kr``, ``-0,12``, ``+1,5 prosentpoeng``."""
    if math.isnan(value):
        return "–"
    sign = "+" if value > 0 else ""
    if kind == "kr":
        return sign + i18n.kr(value)
    if kind == "percent":
        return f"{sign}{i18n.number(value * 100)} {t('pp', lang)}"
    if kind == "ratio":
        return sign + i18n.ratio(value)
    if kind == "number":
        return sign + i18n.number(value)
    return f"{sign}{int(value)} {t('years_unit', lang)}"


@dataclass(frozen=True)
class ViewTable:
    """One view's figures: numbers (for charts and differences) and the text shown."""

    numbers: pd.DataFrame
    text: pd.DataFrame
    diff_columns: tuple[str, ...]


def view_table(view: str, results: list[Result], lang: str,
               baseline: int | None = None) -> ViewTable:
    """Rows are the view's figures, columns the scenarios, then (with a baseline) one
    column per other scenario: that scenario minus the baseline."""
    rows = view_rows(view, results)
    names = column_names(results)
    index = pd.Index([row.label(lang) for row in rows], name=t("compare_metric", lang))
    numbers: dict[str, list[float]] = {}
    text: dict[str, list[str]] = {}
    for name, result in zip(names, results, strict=True):
        values = [_number(row.value(result)) for row in rows]
        beyond = [row.break_even and result.scenario.mode != "markov"
                  and break_even_beyond_reach(result) for row in rows]
        values = [math.nan if b else v for v, b in zip(values, beyond, strict=True)]
        numbers[name] = values
        text[name] = [cell_text(v, row.kind, lang, b)
                      for v, row, b in zip(values, rows, beyond, strict=True)]
    diffs: list[str] = []
    if baseline is not None and len(results) > 1:
        base = names[baseline]
        for name in names:
            if name == base:
                continue
            column = t("diff_col", lang, name=name, base=base)
            numbers[column] = [a - b for a, b in zip(numbers[name], numbers[base], strict=True)]
            text[column] = [diff_text(v, row.kind, lang)
                            for v, row in zip(numbers[column], rows, strict=True)]
            diffs.append(column)
    return ViewTable(pd.DataFrame(numbers, index=index), pd.DataFrame(text, index=index),
                     tuple(diffs))


# -- the basis of each scenario ---------------------------------------------------------

def discounting_text(schedule: DiscountSchedule, lang: str) -> str:
    """``R-109: 4 % år 0–39, 3 % år 40–74, 2 % fra år 75``; ``fast 2,5 %`` for one rate."""
    steps = schedule.steps
    if len(steps) == 1:
        return t("cmp_flat", lang, rate=i18n.percent(steps[0][1], 1).replace(",0 %", " %"))
    parts = []
    for i, (first, rate) in enumerate(steps):
        shown = i18n.percent(rate, 1).replace(",0 %", " %")
        if i + 1 < len(steps):
            parts.append(t("cmp_step", lang, rate=shown, first=first, last=steps[i + 1][0] - 1))
        else:
            parts.append(t("cmp_step_last", lang, rate=shown, first=first))
    return f"{schedule.name}: " + ", ".join(parts)


def _period(result: Result, years: int, lang: str) -> str:
    first = result.scenario.start_year
    return t("cmp_period_value", lang, n=years, first=first, last=first + years - 1)


def settings_values(result: Result, lang: str) -> dict[str, str]:
    """What a scenario's present values rest on, as text keyed by SETTINGS."""
    sc = result.scenario
    return {
        "period": _period(result, sc.horizon_years, lang),
        "societal_period": _period(result, result.societal.analysis_years, lang),
        "start_year": str(sc.start_year),
        "price_year": str(result.price_year),
        "discounting": discounting_text(result.discounting, lang),
    }


def settings_frame(results: list[Result], lang: str) -> pd.DataFrame:
    """One column per scenario; the societal period only when it is not the analysis
    period of some scenario."""
    values = [settings_values(r, lang) for r in results]
    keys = [k for k in SETTINGS if k != "societal_period"
            or any(v["societal_period"] != v["period"] for v in values)]
    index = pd.Index([t(f"cmp_{k}", lang) for k in keys], name=t("cmp_basis", lang))
    return pd.DataFrame({name: [v[k] for k in keys]
                         for name, v in zip(column_names(results), values, strict=True)},
                        index=index)


def differing(results: list[Result]) -> list[str]:
    """The SETTINGS that are not the same in every scenario (discounting by its rates)."""
    keyed = [{"period": (r.scenario.start_year, r.scenario.horizon_years),
              "societal_period": r.societal.analysis_years,
              "start_year": r.scenario.start_year, "price_year": r.price_year,
              "discounting": r.discounting.steps} for r in results]
    found = [k for k in SETTINGS if len({repr(v[k]) for v in keyed}) > 1]
    if "period" in found and "societal_period" in found:
        found.remove("societal_period")
    return found


def differing_warning(results: list[Result], lang: str) -> str | None:
    """The warning the page shows when the scenarios do not rest on the same basis."""
    found = differing(results)
    if not found:
        return None
    effects = list(dict.fromkeys(t(f"cmp_effect_{k}", lang) for k in found))
    return t("cmp_differs", lang, what=_joined([t(f"cmp_what_{k}", lang) for k in found], lang),
             effects=_joined(effects, lang))


def _joined(items: list[str], lang: str) -> str:
    """``a``, ``a og b``, ``a, b og c``."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {t('cmp_and', lang)} {items[-1]}"


# -- the chart --------------------------------------------------------------------------

CHART_FIGURES: tuple[tuple[str, Callable[[Result], float]], ...] = (
    ("public_total", lambda r: r.budget.npv["public_total"]),
    *((p, lambda r, p=p: r.budget.npv[p]) for p in PUBLIC_PAYERS),
    ("societal_npv", lambda r: r.societal.npv),
    ("wellbeing_value", lambda r: r.wellbeing.value["central"]),
)


def chart_frame(results: list[Result], lang: str) -> pd.DataFrame:
    """Long table for the chart: scenario, figure, NPV in NOK million and as text."""
    rows = []
    for name, result in zip(column_names(results), results, strict=True):
        for order, (key, value) in enumerate(CHART_FIGURES):
            label = (t("cmp_npv", lang, payer=t(key, lang).lower())
                     if key in ("public_total", *PUBLIC_PAYERS) else t(key, lang))
            npv = float(value(result))
            rows.append({"scenario": name, "measure": label, "order": order,
                         "npv": npv / 1e6, "npv_text": i18n.kr(npv)})
    return pd.DataFrame(rows)


def styled(table: ViewTable) -> Any:
    """A pandas Styler for ``st.table``: the numbers underneath, the Norwegian text shown,
    every figure right-aligned (column headings too)."""
    styler = table.numbers.style
    for label, texts in table.text.iterrows():
        styler = styler.format({col: (lambda _v, s=s: s) for col, s in texts.items()},
                               subset=pd.IndexSlice[[label], :])
    return styler.set_properties(**{"text-align": "right"}).set_table_styles(
        [{"selector": "th.col_heading", "props": "text-align: right;"}])


def styled_settings(results: list[Result], lang: str) -> Any:
    """The basis of each scenario, the rows that differ between them highlighted."""
    frame = settings_frame(results, lang)
    marked = {t(f"cmp_{k}", lang) for k in differing(results)}
    return frame.style.apply(
        lambda row: ["background-color: #fff3cd; font-weight: bold" if row.name in marked
                     else "" for _ in row], axis=1)
