"""Presenting a programme (portfolio) and its combined Monte Carlo: Norwegian table and
JSON, with the same outcome rows as a single scenario's Monte Carlo (report/uncertainty.py)."""

from __future__ import annotations

from typing import Any

from costbenefit.model.structure import PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.parameters.schema import ParameterSet
from costbenefit.programme.portfolio import PortfolioMonteCarlo, PortfolioResult
from costbenefit.report import i18n
from costbenefit.report.as_json import SIDE_BY_SIDE_NOTE, budget_dict
from costbenefit.report.uncertainty import summaries_dict, summary_lines


def to_json(res: PortfolioResult, pset: ParameterSet) -> dict[str, Any]:
    """The programme as JSON. `parameter_set` is the set given; each project names the set
    it was evaluated with (its `parameter_overrides` applied, so its own hash)."""
    public = list(PUBLIC_PAYERS)
    return {
        "portfolio": res.name,
        "parameter_set": {"name": pset.name, "version": pset.version, "sha256": pset.sha256},
        "price_year": res.projects[0].price_year,
        "discounting": res.schedule.describe(),
        "projects": [
            {"scenario": r.scenario.name, "start_year": r.scenario.start_year,
             "parameter_set": r.parameter_set,
             "npv": {p: r.budget.npv[p] for p in (*public, "public_total")}}
            for r in res.projects
        ],
        "budget": budget_dict(res.budget),
        "societal": {"npv": res.ledger.npv(("society",)), "note": SIDE_BY_SIDE_NOTE},
        "budget_need": [
            {"year": int(y), **{p: float(v) for p, v in zip(public, row, strict=True)},
             "total": float(row.sum())}
            for y, row in zip(res.ledger.years, res.budget_need, strict=True) if row.any()
        ],
        "gain_sharing": {
            p: {"pv_cost": res.sharing.pv_cost[p], "pv_gain": res.sharing.pv_gain[p],
                "cost_share": res.sharing.cost_share[p], "gain_share": res.sharing.gain_share[p]}
            for p in public
        },
        "ledger": res.ledger.rows(),
    }


def montecarlo_dict(mc: PortfolioMonteCarlo, res: PortfolioResult) -> dict[str, Any]:
    return {
        "draws": mc.draws,
        "seed": mc.seed,
        "uncertain_projects": [res.projects[i].scenario.name for i in mc.uncertain_projects],
        "independent_projects": True,
        "outcomes": summaries_dict(mc.summaries),
    }


def montecarlo_lines(mc: PortfolioMonteCarlo, res: PortfolioResult) -> list[str]:
    names = ", ".join(res.projects[i].scenario.name for i in mc.uncertain_projects)
    lines = [
        "", f"USIKKERHET – samlet Monte Carlo, {i18n.number(mc.draws, 0)} trekk, frø {mc.seed}",
        f"  Usikre prosjekter (trukket uavhengig av hverandre): {names}",
        "  Prosjekter uten usikre størrelser (verken `uncertainty:` eller en studie i `effect:`) "
        "er med med sine faste tall i hvert trekk.",
    ]
    return lines + ["  " + line for line in summary_lines(mc.summaries)]


def to_table(res: PortfolioResult) -> str:
    b = res.budget
    lines = [f"Program: {res.name}",
             f"Nåverdier diskontert til programmets start {int(res.ledger.years[0])} "
             f"({res.schedule.name}); hvert prosjekts egen nåverdi er diskontert til dets start.",
             "", "PROSJEKTER"]
    for r in res.projects:
        lines.append(f"  {r.scenario.name} (fra {r.scenario.start_year}): offentlig nåverdi "
                     f"{i18n.kr(r.budget.npv['public_total'])}")
    lines += ["", "BUDSJETTBEHOV PER ÅR (tiltakenes kostnad, udiskontert)"]
    header = "".join(f"{PAYER_LABELS_NB[p]:>18}" for p in PUBLIC_PAYERS)
    lines.append(f"  {'År':<6}{header}{'Sum':>18}")
    for year, row in zip(res.ledger.years, res.budget_need, strict=True):
        if row.any():
            cells = "".join(f"{i18n.kr(v):>18}" for v in row)
            lines.append(f"  {int(year):<6}{cells}{i18n.kr(row.sum()):>18}")
    lines += ["", "SAMLET BUDSJETTVIRKNING – bare offentlige budsjetter (nåverdi)"]
    for p in PUBLIC_PAYERS:
        lines.append(f"  {PAYER_LABELS_NB[p]:<18}{i18n.kr(b.npv[p]):>20}")
    lines.append(f"  {'Offentlig sum':<18}{i18n.kr(b.npv['public_total']):>20}")
    lines.append(f"  Nedbetalingsår (diskontert): {b.payback_year or 'ikke innen perioden'}")
    lines += ["", "SAMFUNNSØKONOMISK NETTO NÅVERDI (egen visning, legges ikke til budsjettet): "
              f"{i18n.kr(res.ledger.npv(('society',)))}"]
    lines += ["", "HVEM BETALER OG HVEM VINNER (grunnlag for gevinstdeling, nåverdi)"]
    s = res.sharing
    for p in PUBLIC_PAYERS:
        lines.append(
            f"  {PAYER_LABELS_NB[p]:<16} betaler {i18n.kr(s.pv_cost[p]):>16} "
            f"({i18n.percent(s.cost_share[p])}), får tilbake {i18n.kr(s.pv_gain[p]):>16} "
            f"({i18n.percent(s.gain_share[p])})"
        )
    return "\n".join(lines)
