"""`costbenefit sensitivity SCENARIO [--params …] [--metric NAME] [--format table|json]`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sensitivity", help="tornado, bryteverdier og internrente")
    p.add_argument("scenario", help="scenariofil (YAML)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--metric", default="public_total",
                   help="nåverdien bryteverdiene gjelder (standard public_total)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.errors import InputError
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.engine import evaluate
    from costbenefit.model.irr import irr
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.report.as_json import dumps
    from costbenefit.report.uncertainty import sensitivity_json, sensitivity_table
    from costbenefit.uncertainty.outcomes import outcome_names
    from costbenefit.uncertainty.sensitivity import run_sensitivity

    scenario = load_scenario(args.scenario)
    pset = resolve_parameter_set(args.params)
    try:
        result = evaluate(scenario, pset)
        report = run_sensitivity(scenario, pset, outcome_names(), args.metric)
        rate = irr(result.ledger.net_by_year())
        if args.format == "json":
            return dumps(sensitivity_json(report, scenario, rate, result.parameter_set))
    except InputError as exc:
        raise exc.in_file(args.scenario) from None
    return sensitivity_table(report, scenario, rate)
