"""The calculator's provenance table as plain data: every parameter the result used, with
the value in force (in Norwegian number format and with its unit), a Norwegian unit label,
kroneår, confidence, the source as a link, and overrides marked with the set's own value.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.parameters.schema import Parameter, ParameterSet
from costbenefit.report import i18n
from costbenefit.ui.texts import t
from costbenefit.ui.texts.downloads_and_provenance import UNIT_LABELS_EN, UNIT_SUFFIX_EN

# the link column shows the site's name (``www.ssb.no``) and opens the source
LINK_DISPLAY = r"https?://([^/?#]+)"


def unit_text(unit: str, lang: str) -> str:
    """The unit's name in the chosen language: ``NOK/year`` -> ``kroner per år``."""
    if lang == "nb":
        return i18n.unit_label(unit)
    return UNIT_LABELS_EN.get(unit, unit.replace("/", " per "))


def unit_suffix(unit: str, lang: str) -> str:
    if lang == "nb":
        return i18n.unit_suffix(unit)
    if unit in UNIT_SUFFIX_EN:
        return UNIT_SUFFIX_EN[unit]
    return unit if i18n.unit_suffix(unit) else ""


def leaf_count(value: Any) -> int:
    """How many single values a table or list holds, nested ones included."""
    if isinstance(value, dict):
        return sum(leaf_count(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(leaf_count(v) for v in value)
    return 1


def value_text(value: Any, unit: str, lang: str) -> str:
    """A parameter value as the app shows it: ``63 600 kr/år``, ``62,4 %``, ``2,041 G``;
    a table or a list summarised as ``tabell (12 verdier)``."""
    if isinstance(value, bool):
        return t("value_true" if value else "value_false", lang)
    if isinstance(value, int | float):
        suffix = unit_suffix(unit, lang)
        number = i18n.parameter_number(value, unit)
        return f"{number} {suffix}" if suffix else number
    if isinstance(value, dict):
        return t("value_table", lang, n=leaf_count(value))
    if isinstance(value, list | tuple):
        return t("value_list", lang, n=leaf_count(value))
    return str(value)


def _confidence(param: Parameter, when: dt.date, lang: str) -> str:
    return t(f"confidence_{param.confidence_at(when).value}", lang)


def provenance_frame(result: Result, pset: ParameterSet, lang: str) -> pd.DataFrame:
    """One row per parameter used: label, value used, unit, kroneår, confidence, source
    link, «ja (parametersettet: …)» when the scenario overrides it, name, all sources."""
    over = dict(result.scenario.parameter_overrides)
    shown = pset.with_overrides(over) if over else pset
    when = dt.date.fromisoformat(result.rules_date)
    rows = []
    for name in result.parameters_used:
        param = shown.get(name)
        _, entry = param.entry_at(when)
        refs = entry.reference or param.reference
        year = param.price_year_at(when)
        overridden = ""
        if name in over:
            default = value_text(pset.get(name).at(when), param.unit, lang)
            overridden = t("overridden_from", lang, value=default)
        rows.append({  # what a reader needs first; the dotted name for the workbook after
            t("col_label", lang): param.label or param.description,
            t("col_value_used", lang): value_text(entry.value, param.unit, lang),
            t("col_unit", lang): unit_text(param.unit, lang),
            t("col_price_year", lang): str(year) if year is not None else "",
            t("col_confidence", lang): _confidence(param, when, lang),
            t("col_source", lang): str(refs[0].href),
            t("col_overridden", lang): overridden,
            t("col_name", lang): name,
            t("col_sources", lang): " · ".join(r.title for r in refs),
        })
    return pd.DataFrame(rows)


def override_items(result: Result, pset: ParameterSet, lang: str) -> str:
    """The scenario's overrides for the warning above the table: each name with the value
    used and the parameter set's value, in Norwegian number format with units."""
    when = dt.date.fromisoformat(result.rules_date)
    items = []
    for name, value in sorted(result.scenario.parameter_overrides.items()):
        param = pset.get(name)
        items.append(t("override_item", lang, name=name,
                       value=value_text(value, param.unit, lang),
                       default=value_text(param.at(when), param.unit, lang)))
    return "; ".join(items)
