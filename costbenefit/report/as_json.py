"""The JSON contract of DESIGN §4: one object, plain numbers, NOK of `price_year`."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from costbenefit.model.engine import Result
from costbenefit.model.evidence_effect import EvidenceUse
from costbenefit.model.metrics import BudgetMetrics
from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.model.prepare import effective_parameters
from costbenefit.model.structure import PAYER_INDEX, PUBLIC_PAYERS, STATES
from costbenefit.model.wellbeing import RULE_LABELS_NB
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report.kommune import kommune_dict, sector_rows
from costbenefit.report.non_priced import non_priced_rows
from costbenefit.report.texts_nb import BUDGET_NOTE, MARKOV_SUCCESS
from costbenefit.report.who_pays import SIGN_CONVENTION, who_pays_sentence

SIDE_BY_SIDE_NOTE = (
    "Budsjett-, samfunns- og velferdsvisningen vises side om side og skal aldri legges "
    "sammen til ett tall."
)
SOCIETAL_DEFINITIONS = {
    "npv": "nåverdien av radene med betaler 'society' i regnskapet",
    "bcr": "nåverdi av nytte / nåverdi av kostnad; hver kategori er nytte når nåverdien er "
           "positiv og kostnad når den er negativ",
    "npv_per_budget_krone": "netto nåverdi / nåverdien av tiltakets kostnad for offentlige "
                            "budsjetter (netto nytte per budsjettkrone)",
    "production": "personens bruttolønn × arbeidskraftkostnadsfaktoren",
    "tax_financing": "skattefinansieringskostnad × netto offentlig budsjettvirkning per år",
    "transfers": "stønader og skatter er overføringer og teller bare gjennom "
                 "skattefinansieringskostnaden",
}
REFORM_NOTE = (
    "Regelendringen alene, uten atferdsendring: ny ytelse til de kvalifiserte som tar den "
    "opp, minus ytelsene den erstatter, og skatten på en skattepliktig ytelse fordelt etter "
    "skattøre. I den samfunnsøkonomiske visningen er ytelser overføringer; bare "
    "skattefinansieringskostnaden teller."
)
EVIDENCE_NOTE = (
    "Effekten er studiens risikodifferanse redusert med optimismekorreksjonen for "
    "evidensgraden (GMCA/New Economy; tabellen er husket, ikke verifisert). Monte Carlo "
    "trekker effekten fra studiens konfidensintervall og avskrivningen fra et spenn som "
    "rommer ingen varig effekt."
)
WELLBEING_DEFINITIONS = {
    "wellbys": "ΔLS × personer × år, udiskontert",
    "wellbys_discounted": "WELLBY-er diskontert med regelen i `discounting`",
    "value": "nåverdi: WELLBY-er × verdi per WELLBY × realprisvekst × diskonteringsfaktor",
    "cost_per_wellby": "nåverdi av tiltakets offentlige kostnad / diskonterte WELLBY-er",
    "wellbys_per_million_kr": "diskonterte WELLBY-er per million kroner i tiltakets kostnad",
}


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


def societal_dict(result: Result) -> dict[str, Any]:
    sv = result.societal
    first = result.scenario.start_year
    return {
        "npv": sv.npv,
        "bcr": sv.bcr,
        "npv_per_budget_krone": sv.npv_per_budget_krone,
        "pv_benefits": sv.pv_benefits,
        "pv_costs": sv.pv_costs,
        "by_category": sv.pv_by_category,
        "analysis_period": {"years": sv.analysis_years, "first_year": first,
                            "last_year": first + sv.analysis_years - 1},
        "residual_value": sv.residual_value,
        "tax_financing_rate": sv.tax_financing_rate,
        "labour_cost_factor": sv.labour_cost_factor,
        "definitions": SOCIETAL_DEFINITIONS,
        "note": SIDE_BY_SIDE_NOTE,
    }


def wellbeing_dict(result: Result) -> dict[str, Any]:
    wv = result.wellbeing
    return {
        "wellbys": wv.wellbys,
        "wellbys_discounted": wv.wellbys_discounted,
        "value": wv.value["central"],
        "value_range": wv.value,
        "cost_per_wellby": wv.cost_per_wellby,
        "wellbys_per_million_kr": wv.wellbys_per_million_kr,
        "rule": {"name": wv.rule, "label": RULE_LABELS_NB[wv.rule]},
        "value_per_wellby": wv.value_per_wellby,
        "value_per_wellby_by_rule": wv.value_per_wellby_by_rule,
        "source": wv.source,
        "includes_income": wv.includes_income,
        "real_price_growth": wv.real_price_growth,
        "discounting": wv.discounting.describe(),
        "by_year": [{"year": result.scenario.start_year + i, "wellbys": float(w)}
                    for i, w in enumerate(wv.by_year) if w != 0],
        "definitions": WELLBEING_DEFINITIONS,
        "notes": [*wv.notes, SIDE_BY_SIDE_NOTE],
    }


def budget_dict(b: BudgetMetrics) -> dict[str, Any]:
    """The budget view: NPV per public payer, and ROI and payback for the public total."""
    budget: dict[str, Any] = {p: {"npv": b.npv[p]} for p in PUBLIC_PAYERS}
    budget["public_total"] = {
        "npv": b.npv["public_total"],
        "roi": b.roi,
        "payback_year": b.payback_year,
        "pv_cost": b.pv_cost,
    }
    budget["note"] = BUDGET_NOTE
    budget["who_pays"] = who_pays_sentence(b.npv)
    budget["sign"] = SIGN_CONVENTION["nb"]
    return budget


def states_rows(result: Result) -> list[dict[str, Any]]:
    """Expected persons in each state with and without the measure, year by year."""
    st = result.states
    return [{"year": int(year), "state": state, "with": float(st.with_measure[k, s]),
             "without": float(st.without[k, s])}
            for k, year in enumerate(st.years) for s, state in enumerate(STATES)]


def success_dict(result: Result) -> dict[str, Any]:
    """What one success is (profile mode) or that the arms come from transitions (Markov)."""
    outcome = result.scenario.intervention.success_outcome
    if result.scenario.mode == "markov":
        return {"outcome": None, "label": MARKOV_SUCCESS}
    return {"outcome": outcome, "label": OUTCOME_LABELS_NB[outcome]}


def evidence_dict(ev: EvidenceUse | None) -> dict[str, Any] | None:
    """The study behind the effect and the optimism-bias correction applied to it."""
    if ev is None:
        return None
    central, low, high = ev.risk_difference
    return {
        "study": ev.study, "label": ev.label, "outcome": ev.outcome,
        "outcome_definition": ev.outcome_definition, "design": ev.design,
        "follow_up_months": ev.follow_up_months, "grade": ev.grade,
        "confidence": ev.confidence,
        "risk_difference": {"central": central, "ci_low": low, "ci_high": high,
                            "ci_level": ev.ci_level},
        "optimism_bias": ev.optimism_bias, "applied_difference": ev.applied_difference,
        "success_rate_without": ev.rate_without, "success_rate_with": ev.rate_with,
        "persistence": {"decay": list(ev.decay_range), "years": list(ev.years_range)},
        "note": EVIDENCE_NOTE,
    }


def reform_dict(result: Result) -> dict[str, Any] | None:
    """The rule change as written, and alone (no behaviour): per year and payer, and its
    NPV per payer, discounted like the ledger."""
    reform, by_year = result.scenario.reform, result.reform_by_year
    if reform is None or by_year is None:
        return None
    df = result.ledger.discount_factors
    public = [PAYER_INDEX[p] for p in PUBLIC_PAYERS]
    npv = {p: float(by_year[:, PAYER_INDEX[p]] @ df) for p in (*PUBLIC_PAYERS, "person")}
    npv["public_total"] = float(by_year[:, public].sum(axis=1) @ df)
    return {
        **reform.model_dump(mode="json"),
        "npv": npv,
        "by_year": [{"year": int(y), **{p: float(by_year[k, PAYER_INDEX[p]])
                                        for p in (*PUBLIC_PAYERS, "person")}}
                    for k, y in enumerate(result.ledger.years)],
        "note": REFORM_NOTE,
    }


def to_json_dict(result: Result, pset: ParameterSet) -> dict[str, Any]:
    be = result.break_even
    sc = result.scenario
    budget = budget_dict(result.budget)
    return {
        "scenario": sc.name,
        "target_group": sc.target_group,
        "parameter_set": result.parameter_set,
        "parameter_overrides": dict(sc.parameter_overrides),
        "engine_version": result.engine_version,
        "price_year": result.price_year,
        "rules_date": result.rules_date,
        "discounting": result.discounting.describe(),
        "real_wage_growth": {"rate": result.growth_rate, "until_year": result.growth_until,
                             "from_year": sc.effective_rules_year},
        "success": success_dict(result),
        "evidence": evidence_dict(result.evidence),
        "budget": budget,
        "societal": societal_dict(result),
        "wellbeing": wellbeing_dict(result),
        "non_priced": non_priced_rows(result),
        "break_even": {
            "successes_needed": be.successes_needed,
            "success_rate": be.success_rate,
            "feasible": be.feasible,
            "pv_gain_per_success": be.pv_gain_per_success,
            "effect_multiplier": be.effect_multiplier,
            "by_payer": be.by_payer,
            "note": be.note,
        },
        "mode": sc.mode,
        "warnings": list(result.warnings),
        "reform": reform_dict(result),
        "markov_calibration": (asdict(result.markov_calibration)
                               if result.markov_calibration is not None else None),
        "states": states_rows(result),
        "kommune": kommune_dict(result),
        "kommune_sectors": sector_rows(result),
        "parameters": provenance(result, pset),
        "ledger": result.ledger.rows(),
    }


def dumps(data: Any) -> str:
    """`data` as JSON text with plain, finite numbers only (DESIGN §4): a NaN or an infinity
    that got past validation is refused as bad input rather than printed as invalid JSON."""
    import json

    from costbenefit.errors import InputError

    try:
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    except ValueError:
        raise InputError("resultatet inneholder et tall som ikke er endelig (NaN eller "
                         "uendelig), trolig fordi et inndatatall er ekstremt stort; bruk "
                         "realistiske størrelser på deltakere, kostnader og satser") from None
