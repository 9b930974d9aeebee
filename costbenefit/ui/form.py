"""The app's input form as plain values, and the mapping to and from a Scenario.

Widget values are what a user sees (rates in percent, persistence 0 for "the whole
period"); the Scenario holds shares and None. Keeping the mapping here, free of Streamlit,
makes it testable and lets every page build the same Scenario from the same inputs.

The effect comes from a study in the evidence library (``effect``) or from the user's own
success rates (``effect`` empty). With a study, the form shows the study's outcome, rates,
persistence and decay (:func:`form_from_scenario` with a parameter set fills them in) but
does not write them into the scenario: the study sets them when the scenario is evaluated,
and Monte Carlo draws from its interval. What a scenario does not set itself stays unset
(an outcome left to its default keeps the engine's warning about it). A reform (the
scenario's ``reform:``) is mapped by :mod:`costbenefit.ui.reform`.
"""

from __future__ import annotations

import contextlib
import re
from typing import Any

import yaml
from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.evidence_effect import with_evidence
from costbenefit.model.lifecourse import group_label
from costbenefit.model.outcomes import SUCCESS_OUTCOMES
from costbenefit.model.scenario import Scenario
from costbenefit.model.wellbeing import RULE_LABELS_NB
from costbenefit.parameters.evidence import qualified
from costbenefit.parameters.schema import ParameterSet
from costbenefit.ui import ranges, reform
from costbenefit.ui.amounts import AmountError, parse_amount
from costbenefit.ui.ranges import FORM_SOURCE
from costbenefit.ui.texts import DEFAULT_LANGUAGE
from costbenefit.ui.texts.names import GROUP_NAMES, STUDY_NAMES
from costbenefit.validation.messages import input_error_from

SCHEDULES = ("R-109", "flat", "custom")
PERIODS = ("horizon", "R-109", "years")  # societal analysis period: as the horizon, R-109, own
RESIDUALS = ("none", "remaining")
RULES = tuple(RULE_LABELS_NB)
OUTCOMES = SUCCESS_OUTCOMES
OWN_RATES = ""  # the `effect` choice for the user's own success rates
LEFT_TO_STUDY = object()  # an intervention field the study sets (not written by the form)
# form field -> intervention field, for what a study sets when the scenario names one
STUDY_FIELDS = {
    "success_outcome": "success_outcome",
    "success_with_pct": "success_rate_with",
    "success_without_pct": "success_rate_without",
    "persistence_years": "persistence_years",
    "decay_pct": "decay",
}
DEFAULT_STEPS = "0: 4; 40: 3; 75: 2"

# a blank scenario is blank: no participants, no cost, no effect; only what the model
# cannot do without (a group, years, kroneår) has a value (what a success is is left to the
# user, with the warning that says so)
BLANK: dict[str, Any] = {
    "name": "Nytt scenario",
    "target_group": "vgs_dropout",
    "start_age": 18,
    "start_year": 2026,
    "price_year": 2024,
    "horizon_years": 40,
    "discounting": {"schedule": "R-109"},
    "intervention": {
        "cohorts": [{"year": 2026, "participants": 0}],
        "duration_years": 1,
        "success_rate_with": 0.0,
        "success_rate_without": 0.0,
    },
}

FIELDS = (
    "name", "target_group", "start_age", "start_year", "horizon_years", "participants",
    "intake_years", "duration_years", "cost_kommune", "cost_fylkeskommune", "cost_stat",
    "transfer_kommune", "transfer_fylkeskommune", "transfer_stat", "fixed_costs",
    "effect", "success_outcome", "success_with_pct", "success_without_pct", "lag_years",
    "persistence_years", "decay_pct",
    "price_year", "schedule", "flat_rate_pct", "custom_steps",
    "societal_period", "societal_years", "residual_value", "wellbeing_rule", "own_value",
    "kostra_function", "equalisation", "tax_level",
    *reform.FIELDS, *ranges.FIELDS,
)
NO_FUNCTION = ""  # the measure's KOSTRA function not chosen


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


def study_label(pset: ParameterSet, name: str, lang: str = DEFAULT_LANGUAGE) -> str:
    """A study's name in `lang`, else its label in the parameter set (its id when it has
    none or is unknown)."""
    param = pset.parameters.get(qualified(name))
    return (STUDY_NAMES.get(lang, {}).get(qualified(name))
            or (param.label if param is not None else None) or name)


def group_name(pset: ParameterSet, group: str, lang: str) -> str:
    """A target group's name in `lang`, else its Norwegian label in the parameter set."""
    return GROUP_NAMES.get(lang, {}).get(group) or group_label(pset, group)


def study_values(sc: Scenario, pset: ParameterSet | None) -> dict[str, Any]:
    """The values of the fields a study sets, as the form shows them: with a parameter set,
    a scenario that names a study shows the study's numbers (its own when it cannot be read:
    evaluating it then shows why)."""
    if pset is not None and sc.intervention.effect is not None:
        with contextlib.suppress(InputError):
            sc = with_evidence(sc, pset)
    iv = sc.intervention
    return {
        "success_outcome": iv.success_outcome,
        "success_with_pct": _pct(iv.success_rate_with),
        "success_without_pct": _pct(iv.success_rate_without),
        "persistence_years": iv.persistence_years or 0,
        "decay_pct": _pct(iv.decay),
    }


def form_from_scenario(sc: Scenario, pset: ParameterSet | None = None) -> dict[str, Any]:
    """The widget values that show `sc` (the first cohort's size stands for every year);
    with `pset`, a study's outcome, rates, persistence and decay are filled in."""
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
        **{f"transfer_{p}": round(v) for p, v in
           iv.transfer_per_participant_year.model_dump().items()},
        "fixed_costs": [{"year": c.year, "payer": c.payer, "amount": c.amount}
                        for c in iv.fixed_costs],
        "effect": qualified(iv.effect) if iv.effect else OWN_RATES,
        **study_values(sc, pset),
        "lag_years": iv.lag_years,
        "price_year": sc.price_year,
        "schedule": d.schedule,
        "flat_rate_pct": _pct(d.rate) if d.rate is not None else 4.0,
        "custom_steps": format_steps(d.steps) if d.steps else DEFAULT_STEPS,
        **_views_form(sc),
        "kostra_function": iv.kostra_function or NO_FUNCTION,
        "equalisation": sc.kommune.income_equalisation,
        "tax_level": sc.kommune.tax_level or 0.0,  # 0: the parameter set's level
        **reform.form_values(sc),
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


def _effect(base: Scenario, values: dict[str, Any]) -> dict[str, Any]:
    """The intervention's effect fields from the form.

    With a study: the study, and of the fields it sets only those the base scenario set
    itself for the same study (the others are LEFT_TO_STUDY). With own rates: the rates,
    persistence and decay as typed, and the outcome unless it is the base's default left
    unset (LEFT_TO_STUDY too: the field stays unset).
    """
    biv = base.intervention
    study = values.get("effect") or None
    if study is not None:
        same = biv.effect is not None and qualified(biv.effect) == study
        kept = biv.model_fields_set - {"success_rate_with"} if same else set()
        out: dict[str, Any] = {"effect": study}
        out.update({f: getattr(biv, f) if f in kept else LEFT_TO_STUDY
                    for f in STUDY_FIELDS.values()})
        return out
    out = {
        "effect": None,
        "success_outcome": values["success_outcome"],
        "success_rate_with": values["success_with_pct"] / 100.0,
        "success_rate_without": values["success_without_pct"] / 100.0,
        "persistence_years": values["persistence_years"] or None,
        "decay": values["decay_pct"] / 100.0,
    }
    if ("success_outcome" not in biv.model_fields_set
            and values["success_outcome"] == biv.success_outcome):
        out["success_outcome"] = LEFT_TO_STUDY
    return out


def fixed_costs(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fixed-cost table's rows as the scenario writes them: empty rows dropped, the
    year a whole number, the amount read the Norwegian way (ui/amounts.py)."""
    out = []
    for i, row in enumerate(rows):
        cells = {k: row.get(k) for k in ("year", "payer", "amount")}
        if all(v is None or v == "" or v != v for v in cells.values()):  # v != v: NaN
            continue
        try:
            amount = parse_amount(cells["amount"] if cells["amount"] is not None else "")
            year = int(float(cells["year"])) if cells["year"] not in (None, "") else None
        except (AmountError, ValueError) as exc:
            raise InputError(str(exc), source=FORM_SOURCE,
                             field=f"intervention.fixed_costs.{i}") from None
        out.append({"year": year, "payer": cells["payer"], "amount": amount})
    return out


def scenario_from_form(base: Scenario, values: dict[str, Any]) -> Scenario:
    """Apply the widget values to `base`; fields the form does not show are kept.

    Fixed costs outside the new analysis period are dropped rather than rejected, since the
    user changed the period in the form, not the costs.
    """
    raw = base.model_dump(mode="python", by_alias=True, exclude_unset=True)
    first, horizon = int(values["start_year"]), int(values["horizon_years"])
    intake = max(1, min(int(values["intake_years"]), horizon))
    iv = raw["intervention"]
    iv.update(
        cohorts=[{"year": first + i, "participants": values["participants"]}
                 for i in range(intake)],
        duration_years=values["duration_years"],
        cost_per_participant_year={p: values[f"cost_{p}"]
                                   for p in ("kommune", "fylkeskommune", "stat")},
        transfer_per_participant_year={p: values[f"transfer_{p}"]
                                       for p in ("kommune", "fylkeskommune", "stat")},
        fixed_costs=[c for c in fixed_costs(values["fixed_costs"])
                     if not isinstance(c["year"], int) or first <= c["year"] < first + horizon],
        lag_years=values["lag_years"],
        kostra_function=values["kostra_function"] or None,
    )
    for field, value in _effect(base, values).items():
        if value is LEFT_TO_STUDY:
            iv.pop(field, None)
        else:
            iv[field] = value
    raw.update(
        name=values["name"].strip() or base.name,
        target_group=values["target_group"],
        start_age=values["start_age"],
        start_year=first,
        horizon_years=horizon,
        price_year=values["price_year"],
        discounting=_discounting(values),
        societal=_societal(values),
        wellbeing=_wellbeing(raw.get("wellbeing", {}), values),
        kommune={**raw.get("kommune", {}), "income_equalisation": values["equalisation"],
                 "tax_level": values["tax_level"] or None},
    )
    rule_change = reform.reform_from_form(raw.pop("reform", None), values)
    if rule_change is not None:
        raw["reform"] = rule_change
    try:
        return Scenario.model_validate(raw)
    except ValidationError as exc:
        raise input_error_from(exc, FORM_SOURCE) from None


def scenario_to_yaml(sc: Scenario) -> str:
    """The scenario as YAML a user can save and upload again (or give to the CLI)."""
    raw = sc.model_dump(mode="json", exclude_defaults=True, by_alias=True)
    iv = sc.intervention
    if sc.mode == "profile" and iv.effect is None:  # required even at its default, 0
        raw["intervention"].setdefault("success_rate_with", iv.success_rate_with)
    return yaml.safe_dump(raw, allow_unicode=True, sort_keys=False)
