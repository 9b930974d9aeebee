"""The app's input form as plain values, and the mapping to and from a Scenario.

Widget values are what a user sees (rates in percent, persistence 0 for "the whole
period"); the Scenario holds shares and None. Keeping the mapping here, free of Streamlit,
makes it testable and lets every page build the same Scenario from the same inputs.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.model.wellbeing import RULE_LABELS_NB
from costbenefit.ui import ranges
from costbenefit.ui.ranges import FORM_SOURCE
from costbenefit.validation.messages import input_error_from

SCHEDULES = ("R-109", "flat", "custom")
PERIODS = ("horizon", "R-109", "years")  # societal analysis period: as the horizon, R-109, own
RESIDUALS = ("none", "remaining")
RULES = tuple(RULE_LABELS_NB)
DEFAULT_STEPS = "0: 4; 40: 3; 75: 2"

BLANK: dict[str, Any] = {
    "name": "Nytt scenario",
    "target_group": "vgs_dropout",
    "start_age": 18,
    "start_year": 2026,
    "price_year": 2024,
    "horizon_years": 40,
    "discounting": {"schedule": "R-109"},
    "intervention": {
        "cohorts": [{"year": 2026, "participants": 20}],
        "duration_years": 1,
        "cost_per_participant_year": {"kommune": 100_000},
        "success_rate_with": 0.30,
        "success_rate_without": 0.20,
        "lag_years": 1,
    },
}

FIELDS = (
    "name", "target_group", "start_age", "start_year", "horizon_years", "participants",
    "intake_years", "duration_years", "cost_kommune", "cost_fylkeskommune", "cost_stat",
    "success_with_pct", "success_without_pct", "lag_years", "persistence_years", "decay_pct",
    "price_year", "schedule", "flat_rate_pct", "custom_steps",
    "societal_period", "societal_years", "residual_value", "wellbeing_rule", "own_value",
    *ranges.FIELDS,
)


def blank_scenario() -> Scenario:
    return Scenario.model_validate(BLANK)


def _pct(share: float) -> float:
    return round(share * 100.0, 6)


def format_steps(steps: list[tuple[int, float]] | tuple[tuple[int, float], ...]) -> str:
    """``[(0, 0.04), (40, 0.03)]`` -> ``"0: 4; 40: 3"`` (rates in percent)."""
    return "; ".join(f"{year}: {_pct(rate):g}" for year, rate in steps)


_STEP = re.compile(r"^\s*(\d+)\s*:\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$")


def parse_steps(text: str) -> list[tuple[int, float]]:
    """``"0: 4; 40: 3,5"`` -> ``[(0, 0.04), (40, 0.035)]``; a clear error otherwise."""
    steps = []
    for part in filter(str.strip, text.split(";")):
        match = _STEP.match(part)
        if not match:
            raise InputError(
                f"forstår ikke «{part.strip()}». Skriv «fra år: rente i prosent», adskilt med "
                f"semikolon, f.eks. «{DEFAULT_STEPS}»",
                source=FORM_SOURCE, field="diskontering",
            )
        steps.append((int(match[1]), float(match[2].replace(",", ".")) / 100.0))
    if not steps:
        raise InputError(f"planen er tom; skriv f.eks. «{DEFAULT_STEPS}»",
                         source=FORM_SOURCE, field="diskontering")
    return steps


def form_from_scenario(sc: Scenario) -> dict[str, Any]:
    """The widget values that show `sc` (the first cohort's size stands for every year)."""
    iv = sc.intervention
    cost = iv.cost_per_participant_year
    d = sc.discounting
    return {
        "name": sc.name,
        "target_group": sc.target_group,
        "start_age": sc.start_age,
        "start_year": sc.start_year,
        "horizon_years": sc.horizon_years,
        "participants": round(iv.cohorts[0].participants),
        "intake_years": len(iv.cohorts),
        "duration_years": iv.duration_years,
        "cost_kommune": round(cost.kommune),
        "cost_fylkeskommune": round(cost.fylkeskommune),
        "cost_stat": round(cost.stat),
        "success_with_pct": _pct(iv.success_rate_with),
        "success_without_pct": _pct(iv.success_rate_without),
        "lag_years": iv.lag_years,
        "persistence_years": iv.persistence_years or 0,
        "decay_pct": _pct(iv.decay),
        "price_year": sc.price_year,
        "schedule": d.schedule,
        "flat_rate_pct": _pct(d.rate) if d.rate is not None else 4.0,
        "custom_steps": format_steps(d.steps) if d.steps else DEFAULT_STEPS,
        **_views_form(sc),
        **ranges.form_values(sc),
    }


def _views_form(sc: Scenario) -> dict[str, Any]:
    period = sc.societal.analysis_period
    own = sc.wellbeing.own_value
    return {
        "societal_period": ("horizon" if period is None else
                            "R-109" if period == "R-109" else "years"),
        "societal_years": period if isinstance(period, int) else sc.horizon_years,
        "residual_value": sc.societal.residual_value,
        "wellbeing_rule": sc.wellbeing.valuation,
        "own_value": round(own.central) if own is not None else 0,
    }


def _societal(values: dict[str, Any]) -> dict[str, Any]:
    choice = values["societal_period"]
    period = {"horizon": None, "R-109": "R-109"}.get(choice, values["societal_years"])
    return {"analysis_period": period, "residual_value": values["residual_value"]}


def _wellbeing(raw: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
    """The wellbeing options with the chosen rule; an own value the user typed replaces the
    scenario's (which keeps its low/high while its central value is unchanged)."""
    rule, own = values["wellbeing_rule"], values["own_value"]
    out = {**raw, "valuation": rule}
    kept = raw.get("own_value")
    if rule == "own" and own <= 0:
        raise InputError("skriv inn en egen verdi per WELLBY (kroner i kroneåret, over 0)",
                         source=FORM_SOURCE, field="egen verdi per WELLBY")
    if own > 0 and (kept is None or round(kept["central"]) != own):
        out["own_value"] = {"central": float(own)}
    return out


def _discounting(values: dict[str, Any]) -> dict[str, Any]:
    schedule = values["schedule"]
    if schedule == "flat":
        return {"schedule": "flat", "rate": values["flat_rate_pct"] / 100.0}
    if schedule == "custom":
        return {"schedule": "custom", "steps": parse_steps(values["custom_steps"])}
    return {"schedule": "R-109"}


def scenario_from_form(base: Scenario, values: dict[str, Any]) -> Scenario:
    """Apply the widget values to `base`; fields the form does not show are kept.

    Fixed costs outside the new analysis period are dropped rather than rejected, since the
    user changed the period in the form, not the costs.
    """
    raw = base.model_dump(mode="python", by_alias=True)
    first, horizon = int(values["start_year"]), int(values["horizon_years"])
    intake = max(1, min(int(values["intake_years"]), horizon))
    iv = raw["intervention"]
    iv.update(
        cohorts=[{"year": first + i, "participants": values["participants"]}
                 for i in range(intake)],
        duration_years=values["duration_years"],
        cost_per_participant_year={p: values[f"cost_{p}"]
                                   for p in ("kommune", "fylkeskommune", "stat")},
        fixed_costs=[c for c in iv["fixed_costs"] if first <= c["year"] < first + horizon],
        success_rate_with=values["success_with_pct"] / 100.0,
        success_rate_without=values["success_without_pct"] / 100.0,
        lag_years=values["lag_years"],
        persistence_years=values["persistence_years"] or None,
        decay=values["decay_pct"] / 100.0,
    )
    raw.update(
        name=values["name"].strip() or base.name,
        target_group=values["target_group"],
        start_age=values["start_age"],
        start_year=first,
        horizon_years=horizon,
        price_year=values["price_year"],
        discounting=_discounting(values),
        societal=_societal(values),
        wellbeing=_wellbeing(raw["wellbeing"], values),
    )
    try:
        return Scenario.model_validate(raw)
    except ValidationError as exc:
        raise input_error_from(exc, FORM_SOURCE) from None


def scenario_to_yaml(sc: Scenario) -> str:
    """The scenario as YAML a user can save and upload again (or give to the CLI)."""
    raw = sc.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
