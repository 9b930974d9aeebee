"""The case report's key assumptions: the scenario's own inputs (what the user typed or the
study gave) and the parameters the result leans on that are not read from an official or
published source (derived, estimates, assumptions, unverified), each with its value, source
and confidence. The full list is the workbook's «Parametere» sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from costbenefit.model.engine import Result
from costbenefit.model.structure import FUNDING_PAYERS, PAYER_LABELS_NB
from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB, Confidence, ParameterSet
from costbenefit.report import i18n

SCENARIO_SOURCE = "Scenariet"
SCENARIO_CONFIDENCE = "forutsetning i scenariet"
# parameters shown in the report: the ones not read in an official or published source
WEAK = (Confidence.derived, Confidence.estimate, Confidence.assumption, Confidence.unverified)
MAX_PARAMETERS = 18
MAX_SOURCE = 70


@dataclass(frozen=True)
class Assumption:
    label: str
    value: str
    source: str
    confidence: str


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(value: Any) -> int:
    if isinstance(value, dict):
        return sum(_count(v) for v in value.values())
    if isinstance(value, list | tuple):
        return sum(_count(v) for v in value)
    return 1


def parameter_value(value: Any, unit: str) -> str:
    """``63 600 kr/år``, ``62,4 %``; a table or list as ``tabell (12 verdier)``."""
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, int | float):
        suffix = i18n.unit_suffix(unit)
        number = i18n.parameter_number(value, unit)
        return f"{number} {suffix}" if suffix else number
    if isinstance(value, dict | list | tuple):
        n = _count(value)
        return f"tabell ({n} {'verdi' if n == 1 else 'verdier'})"
    return str(value)


def _costs(per_payer: Any) -> str:
    parts = [f"{PAYER_LABELS_NB[p].lower()} {i18n.kr(getattr(per_payer, p))}"
             for p in FUNDING_PAYERS if getattr(per_payer, p)]
    return ", ".join(parts) or "0 kr"


def scenario_rows(result: Result) -> list[Assumption]:
    """The scenario's own inputs; the rates and persistence name the study when one gave
    them."""
    sc = result.scenario
    iv = sc.intervention
    years = sorted(c.year for c in iv.cohorts)
    n = sum(c.participants for c in iv.cohorts)
    span = f"{years[0]}–{years[-1]}" if years[0] != years[-1] else str(years[0])
    ev = result.evidence
    study = (ev.label, f"{CONFIDENCE_LABELS_NB[Confidence(ev.confidence)]}, evidensgrad "
             f"{ev.grade}") if ev is not None else (SCENARIO_SOURCE, SCENARIO_CONFIDENCE)
    own = (SCENARIO_SOURCE, SCENARIO_CONFIDENCE)
    rows = [
        Assumption("Deltakere", f"{i18n.number(n, 0)} ({len(iv.cohorts)} kull, {span}), "
                   f"{iv.duration_years} år i tiltaket", *own),
        Assumption("Kostnad per deltakerår", _costs(iv.cost_per_participant_year), *own),
    ]
    if any(getattr(iv.transfer_per_participant_year, p) for p in FUNDING_PAYERS):
        rows.append(Assumption("Utbetaling til deltakerne per år",
                               _costs(iv.transfer_per_participant_year), *own))
    if iv.fixed_costs:
        total = sum(f.amount for f in iv.fixed_costs)
        rows.append(Assumption("Faste kostnader (sum, udiskontert)",
                               f"{i18n.kr(total)} ({len(iv.fixed_costs)} "
                               f"{'post' if len(iv.fixed_costs) == 1 else 'poster'})", *own))
    if sc.mode != "markov":
        rows.append(Assumption(
            "Suksessrate uten / med tiltaket",
            f"{i18n.percent(iv.success_rate_without)} / {i18n.percent(iv.success_rate_with)}",
            *study))
        lasting = (f"i inntil {iv.persistence_years} år" if iv.persistence_years
                   else "hele perioden")
        rows.append(Assumption(
            "Forsinkelse, avskrivning og varighet",
            f"{iv.lag_years} år, {i18n.percent(iv.decay, 0)} per år, {lasting}", *study))
        if iv.attribution != 1 or iv.effect_share != 1:
            rows.append(Assumption(
                "Attribusjon / andel av effekten",
                f"{i18n.percent(iv.attribution, 0)} / {i18n.percent(iv.effect_share, 0)}",
                *own))
    for name, value in sorted(sc.parameter_overrides.items()):
        rows.append(Assumption(f"Overstyrt: {name}", _short(str(value), 40), *own))
    return rows


def parameter_rows(result: Result, pset: ParameterSet) -> tuple[list[Assumption], int]:
    """The weaker-sourced parameters the result used (at most MAX_PARAMETERS) and how many
    were left out."""
    over = dict(result.scenario.parameter_overrides)
    shown = pset.with_overrides(over) if over else pset
    when = dt.date.fromisoformat(result.rules_date)
    rows = []
    for name in result.parameters_used:
        if name in over or name.startswith("evidence."):
            continue  # the overrides and the study stand among the scenario's inputs
        param = shown.get(name)
        confidence = param.confidence_at(when)
        if confidence not in WEAK:
            continue
        _, entry = param.entry_at(when)
        refs = entry.reference or param.reference
        rows.append(Assumption(_short(param.label or param.description or name, 60),
                               parameter_value(entry.value, param.unit),
                               _short(refs[0].title, MAX_SOURCE) if refs else "",
                               CONFIDENCE_LABELS_NB[confidence]))
    return rows[:MAX_PARAMETERS], max(0, len(rows) - MAX_PARAMETERS)
