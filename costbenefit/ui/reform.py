"""A reform in the app (issue #14), as plain values and tables (no Streamlit here).

The sidebar's «Regelendring (reform)» maps onto the scenario's ``reform:`` section
(:mod:`costbenefit.model.scenario_reform`): :func:`form_values` shows a scenario's reform in
the widgets and :func:`reform_from_form` writes it back, keeping what the form does not show
(the reform's name, a share on a replaced benefit of its own state), so a file loaded and
saved again is unchanged. The amount is in G unless the scenario gives kroner
(``benefit.amount``), which the form then shows. The results' rule change alone per payer and
year and the break-even per payer are the JSON contract's numbers
(:func:`costbenefit.report.as_json.reform_dict`, ``BreakEven.by_payer``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.model.scenario import Scenario
from costbenefit.model.scenario_reform import BENEFIT_STATES
from costbenefit.model.structure import FUNDING_PAYERS, PUBLIC_PAYERS, STATES, parse_age_band
from costbenefit.report import i18n
from costbenefit.report.as_json import reform_dict
from costbenefit.report.texts_nb import beyond_reach
from costbenefit.ui.texts import t

KVP = "kvalifiseringsstonad"
BENEFITS = tuple(BENEFIT_STATES)  # sosialhjelp, dagpenger, aap, uforetrygd, KVP
PAYERS = FUNDING_PAYERS
KOMMUNE_BENEFIT_FUNCTION = "281"  # ytelse til livsopphold, when the app sets the payer
UNITS = ("G", "kr")
STATE_CHOICES = STATES
# what the widgets show when the scenario has no reform: Et enklere NAV's kind of reform
DEFAULTS: dict[str, Any] = {
    "reform_on": False,
    "reform_unit": "G",
    "reform_amount": 2.0,
    "reform_payer": "stat",
    "reform_taxable": True,
    "reform_states": ["social_assistance", "unemployed", "neet"],
    "reform_age_from": 18,
    "reform_age_to": 29,
    "reform_take_up_pct": 100.0,
    "reform_replaces": ["sosialhjelp", "dagpenger"],
    "reform_kvp_state": "neet",
    "reform_kvp_share_pct": 10.0,
}
FIELDS = tuple(DEFAULTS)
# the columns of the results: payer key -> text key
COLUMNS = {**{p: p for p in PUBLIC_PAYERS}, "public_total": "public_total", "person": "person"}


def _pct(share: float) -> float:
    return round(share * 100.0, 6)


def form_values(sc: Scenario) -> dict[str, Any]:
    """The reform widgets for `sc`: its reform, or the defaults switched off."""
    reform = sc.reform
    if reform is None:
        return {k: list(v) if isinstance(v, list) else v for k, v in DEFAULTS.items()}
    b = reform.benefit
    lo, hi = parse_age_band(reform.ages)
    kvp = next((r for r in reform.replaces if r.benefit == KVP), None)
    return {
        "reform_on": True,
        "reform_unit": "G" if b.amount_g is not None else "kr",
        "reform_amount": float(b.amount_g if b.amount_g is not None else round(b.amount or 0)),
        "reform_payer": b.payer,
        "reform_taxable": b.taxable,
        "reform_states": list(reform.eligible_states),
        "reform_age_from": lo,
        "reform_age_to": hi,
        "reform_take_up_pct": _pct(reform.take_up),
        "reform_replaces": list(dict.fromkeys(r.benefit for r in reform.replaces)),
        "reform_kvp_state": kvp.in_state if kvp else DEFAULTS["reform_kvp_state"],
        "reform_kvp_share_pct": _pct(kvp.share) if kvp else DEFAULTS["reform_kvp_share_pct"],
    }


def _replaces(kept: list[dict[str, Any]], values: dict[str, Any]) -> list[dict[str, Any]]:
    """The replaced benefits in the form's order: the base's own lines for a benefit it
    names (a share on sosialhjelp stays), KVP with the form's state and share."""
    out = []
    for benefit in values["reform_replaces"]:
        if benefit == KVP:
            out.append({"benefit": KVP, "state": values["reform_kvp_state"],
                        "share": values["reform_kvp_share_pct"] / 100.0})
            continue
        own = [r for r in kept if r.get("benefit") == benefit]
        out += own or [{"benefit": benefit}]
    return out


def reform_from_form(kept: dict[str, Any] | None, values: dict[str, Any]
                     ) -> dict[str, Any] | None:
    """The scenario's ``reform:`` from the widget values (None when switched off); `kept` is
    the base scenario's reform as it set it, whose other fields stay."""
    if not values["reform_on"]:
        return None
    out = dict(kept or {})
    lo, hi = int(values["reform_age_from"]), int(values["reform_age_to"])
    ages = out.get("ages")
    if ages is None or _band(ages) != (lo, hi):
        out["ages"] = f"{lo}-{hi}"
    amount = float(values["reform_amount"])
    benefit = {**({"amount_g": amount} if values["reform_unit"] == "G" else {"amount": amount}),
               "payer": values["reform_payer"], "taxable": bool(values["reform_taxable"])}
    if benefit["payer"] == "kommune":  # the written function, or a benefit to live on
        benefit["kostra_function"] = (out.get("benefit") or {}).get("kostra_function") or (
            KOMMUNE_BENEFIT_FUNCTION)
    out.update(
        eligible_states=list(values["reform_states"]),
        take_up=values["reform_take_up_pct"] / 100.0,
        benefit=benefit,
        replaces=_replaces(list(out.get("replaces", [])), values),
    )
    return out


def _band(ages: str) -> tuple[int, int] | None:
    try:
        return parse_age_band(ages)
    except ValueError:
        return None


# -- the results ------------------------------------------------------------------------

def describe(result: Result, lang: str) -> str:
    """One sentence: the new benefit, to whom, and what it replaces."""
    reform = result.scenario.reform
    assert reform is not None
    b = reform.benefit
    amount = (f"{i18n.number(b.amount_g, 2)} G" if b.amount_g is not None
              else f"{i18n.kr(b.amount)} ({result.price_year})")
    states = ", ".join(f"«{t(f'state_{s}', lang)}»" for s in reform.eligible_states)
    replaced = []
    for r in reform.replaces:
        label = t(f"benefit_{r.benefit}", lang)
        if r.share != 1 or r.state is not None:
            label += " (" + t("reform_share_of", lang, share=i18n.percent(r.share, 0),
                              state=t(f"state_{r.in_state}", lang)) + ")"
        replaced.append(label)
    return t("reform_describe", lang, name=f"{reform.name}: " if reform.name else "",
             amount=amount, payer=t(b.payer, lang).lower(),
             taxable=t("reform_taxable_yes" if b.taxable else "reform_taxable_no", lang),
             ages=reform.ages.replace("-", "–"), states=states,
             take_up=i18n.percent(reform.take_up, 0),
             replaced=", ".join(replaced) or t("reform_replaces_none", lang))


def npv_values(result: Result) -> dict[str, float]:
    """NPV of the rule change alone per payer (public payers, their sum, the person)."""
    data = reform_dict(result)
    assert data is not None
    return {p: data["npv"][p] for p in COLUMNS}


def years_frame(result: Result, lang: str) -> pd.DataFrame:
    """The rule change alone per year and payer (kroner, real wage growth included)."""
    data = reform_dict(result)
    assert data is not None
    rows = []
    for row in data["by_year"]:
        cells = {**row, "public_total": sum(row[p] for p in PUBLIC_PAYERS)}
        rows.append({t("col_year", lang): str(row["year"]),
                     **{t(key, lang): i18n.number(cells[p], 0) for p, key in COLUMNS.items()}})
    return pd.DataFrame(rows)


def balance_label(result: Result, lang: str) -> str:
    """«Flere i arbeid som trengs for balanse» (the outcome's own words)."""
    outcome = result.scenario.intervention.success_outcome
    key = ("reform_balance" if t(f"outcome_label_{outcome}", "nb").startswith("i ")
           else "reform_balance_other")
    return t(key, lang, label=t(f"outcome_label_{outcome}", lang))


def balance_values(result: Result, lang: str) -> dict[str, str]:
    """Extra successes each public payer (and the public total) needs to break even, as
    the app shows them: «0 (sparer allerede)», a number, or «ikke oppnåelig»."""
    by_payer = result.break_even.by_payer or {}
    iv = result.scenario.intervention
    n = sum(c.participants for c in iv.cohorts)
    out = {}
    for payer in (*PUBLIC_PAYERS, "public_total"):
        needed = by_payer.get(payer)
        if needed is None:
            out[payer] = t("reform_no_gain", lang)
        elif needed == 0:
            out[payer] = t("reform_saves", lang)
        else:
            rate = (None if n <= 0 or iv.attribution <= 0
                    else iv.success_rate_without + needed / (n * iv.attribution))
            text = i18n.number(needed, 0)
            out[payer] = (t("reform_beyond", lang, needed=text, n=i18n.number(n, 0))
                          if beyond_reach(rate, needed, n) else text)
    return out
