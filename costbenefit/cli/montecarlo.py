"""`costbenefit montecarlo SCENARIO --draws N --seed S [--params …] [--format table|json]`."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("montecarlo", help="usikkerhet: fordeling av nåverdiene (Monte Carlo)")
    p.add_argument("scenario", help="scenariofil (YAML) med en seksjon `uncertainty:`")
    p.add_argument("--draws", type=int, default=10_000, help="antall trekk (standard 10 000)")
    p.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.cli.progress import progress_bar
    from costbenefit.errors import InputError
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.prepare import effective_parameters
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.report.as_json import dumps
    from costbenefit.report.uncertainty import montecarlo_json, montecarlo_table
    from costbenefit.uncertainty.montecarlo import check_draws, check_seed, run_montecarlo

    check_draws(args.draws)  # before anything is read: the limit names --draws
    check_seed(args.seed)
    scenario = load_scenario(args.scenario)
    pset = resolve_parameter_set(args.params)
    try:
        with progress_bar(args.draws, "Monte Carlo") as progress:
            mc = run_montecarlo(scenario, pset, args.draws, args.seed, progress=progress)
        if args.format == "json":
            own = effective_parameters(scenario, pset)  # the hash covers the overrides
            info = {"name": own.name, "version": own.version, "sha256": own.sha256}
            return dumps(montecarlo_json(mc, scenario, info))
    except InputError as exc:
        raise exc.in_file(args.scenario) from None
    return montecarlo_table(mc, scenario)
