"""`costbenefit portfolio PORTFOLIO.yaml [--params …] [--format …] [--draws N --seed S]`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from costbenefit.structure import PAYER_LABELS_NB, PUBLIC_PAYERS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("portfolio", help="beregn et program med flere prosjekter")
    p.add_argument("portfolio", help="porteføljefil (YAML) som viser til scenariofiler")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--draws", type=int, default=None,
                   help="samlet Monte Carlo over prosjektenes `uncertainty:` (antall trekk)")
    p.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    p.set_defaults(run=run)


def to_json(res, pset) -> dict[str, Any]:
    from costbenefit.report_json import budget_dict

    public = list(PUBLIC_PAYERS)
    return {
        "portfolio": res.name,
        "parameter_set": {"name": pset.name, "version": pset.version, "sha256": pset.sha256},
        "price_year": res.projects[0].price_year,
        "discounting": res.schedule.describe(),
        "projects": [
            {"scenario": r.scenario.name, "start_year": r.scenario.start_year,
             "npv": {p: r.budget.npv[p] for p in (*public, "public_total")}}
            for r in res.projects
        ],
        "budget": budget_dict(res.budget),
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


def montecarlo_dict(mc, res) -> dict[str, Any]:
    from costbenefit.outcomes import OUTCOME_LABELS_NB

    return {
        "draws": mc.draws,
        "seed": mc.seed,
        "uncertain_projects": [res.projects[i].scenario.name for i in mc.uncertain_projects],
        "independent_projects": True,
        "outcomes": {
            name: {"label": OUTCOME_LABELS_NB[name], "deterministic": s.deterministic,
                   "mean": s.mean, "p5": s.p5, "p50": s.p50, "p95": s.p95,
                   "prob_positive": s.prob_positive}
            for name, s in mc.summaries.items()
        },
    }


def montecarlo_lines(mc, res) -> list[str]:
    from costbenefit import i18n
    from costbenefit.outcomes import OUTCOME_LABELS_NB

    names = ", ".join(res.projects[i].scenario.name for i in mc.uncertain_projects)
    lines = [
        "", f"USIKKERHET – samlet Monte Carlo, {i18n.number(mc.draws, 0)} trekk, frø {mc.seed}",
        f"  Usikre prosjekter (trukket uavhengig av hverandre): {names}",
        "  Prosjekter uten `uncertainty:` er med med sine faste tall i hvert trekk.",
        f"  {'Resultatmål':<34}{'Deterministisk':>18}{'P5':>18}{'P50':>18}{'P95':>18}"
        f"{'P(NNV > 0)':>12}",
    ]
    for name, s in mc.summaries.items():
        lines.append(
            f"  {OUTCOME_LABELS_NB[name]:<34}{i18n.kr(s.deterministic):>18}{i18n.kr(s.p5):>18}"
            f"{i18n.kr(s.p50):>18}{i18n.kr(s.p95):>18}{i18n.percent(s.prob_positive, 1):>12}"
        )
    return lines


def to_table(res) -> str:
    from costbenefit import i18n

    b = res.budget
    lines = [f"Program: {res.name}", "", "PROSJEKTER"]
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
    lines += ["", "HVEM BETALER OG HVEM VINNER (grunnlag for gevinstdeling, nåverdi)"]
    s = res.sharing
    for p in PUBLIC_PAYERS:
        lines.append(
            f"  {PAYER_LABELS_NB[p]:<16} betaler {i18n.kr(s.pv_cost[p]):>16} "
            f"({i18n.percent(s.cost_share[p])}), får tilbake {i18n.kr(s.pv_gain[p]):>16} "
            f"({i18n.percent(s.gain_share[p])})"
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> str:
    from costbenefit.param_files import resolve_parameter_set
    from costbenefit.portfolio import evaluate_portfolio
    from costbenefit.portfolio_files import load_portfolio

    spec, scenarios = load_portfolio(args.portfolio)
    pset = resolve_parameter_set(args.params)
    res = evaluate_portfolio(spec, scenarios, pset)
    mc = None
    if args.draws is not None:
        from costbenefit.portfolio import portfolio_montecarlo

        mc = portfolio_montecarlo(spec, scenarios, pset, args.draws, args.seed)
    if args.format == "json":
        data = to_json(res, pset)
        if mc is not None:
            data["montecarlo"] = montecarlo_dict(mc, res)
        return json.dumps(data, ensure_ascii=False, indent=2)
    table = to_table(res)
    return table if mc is None else "\n".join([table, *montecarlo_lines(mc, res)])
