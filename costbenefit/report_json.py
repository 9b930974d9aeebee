"""The JSON contract of DESIGN §4: one object, plain numbers, NOK of `price_year`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from costbenefit.engine import Result, effective_parameters
from costbenefit.parameters import ParameterSet
from costbenefit.structure import PUBLIC_PAYERS

BUDGET_NOTE = (
    "Budsjettvirkning viser bare offentlige budsjetter, ikke samfunnsøkonomisk lønnsomhet."
)


def provenance(result: Result, pset: ParameterSet) -> list[dict[str, Any]]:
    """Every parameter the result used, with unit, kroneår, confidence and sources
    (as in the scenario's effective set, so overrides show as assumptions)."""
    pset = effective_parameters(result.scenario, pset)
    when = dt.date.fromisoformat(result.rules_date)
    rows = []
    for name in result.parameters_used:
        param = pset.get(name)
        rows.append({
            "name": name,
            "label": param.label or param.description,
            "unit": param.unit,
            "price_year": param.price_year_at(when),
            "confidence": param.confidence_at(when).value,
            "references": [{"title": r.title, "href": str(r.href)} for r in param.reference],
        })
    return rows


def to_json_dict(result: Result, pset: ParameterSet) -> dict[str, Any]:
    b, be = result.budget, result.break_even
    sc = result.scenario
    budget: dict[str, Any] = {p: {"npv": b.npv[p]} for p in PUBLIC_PAYERS}
    budget["public_total"] = {
        "npv": b.npv["public_total"],
        "roi": b.roi,
        "payback_year": b.payback_year,
        "pv_cost": b.pv_cost,
    }
    budget["note"] = BUDGET_NOTE
    return {
        "scenario": sc.name,
        "target_group": sc.target_group,
        "parameter_set": result.parameter_set,
        "parameter_overrides": dict(sc.parameter_overrides),
        "engine_version": result.engine_version,
        "price_year": result.price_year,
        "rules_date": result.rules_date,
        "discounting": result.discounting.describe(),
        "budget": budget,
        "societal": {"npv": None, "bcr": None},
        "wellbeing": {"wellbys": None, "value": None, "cost_per_wellby": None},
        "break_even": {
            "successes_needed": be.successes_needed,
            "success_rate": be.success_rate,
            "feasible": be.feasible,
            "pv_gain_per_success": be.pv_gain_per_success,
        },
        "warnings": list(result.warnings),
        "parameters": provenance(result, pset),
        "ledger": result.ledger.rows(),
    }
