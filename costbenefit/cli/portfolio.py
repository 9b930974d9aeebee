"""`costbenefit portfolio PORTFOLIO.yaml [--params …] [--format …] [--draws N --seed S]`, or
`costbenefit portfolio --from-library NAME` for a programme stored in the library."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("portfolio", help="beregn et program med flere prosjekter")
    p.add_argument("portfolio", nargs="?", default=None,
                   help="porteføljefil (YAML) som viser til scenariofiler")
    p.add_argument("--from-library", default=None, metavar="NAVN",
                   help="beregn et program fra biblioteket i stedet for en fil")
    p.add_argument("--database-url", default=None, metavar="URL",
                   help="bibliotekets database (standard: COSTBENEFIT_DATABASE_URL eller "
                        "SQLite-filen)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--draws", type=int, default=None,
                   help="samlet Monte Carlo over prosjektenes `uncertainty:` (antall trekk)")
    p.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.files.portfolios import load_portfolio
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.programme.portfolio import evaluate_portfolio
    from costbenefit.report.portfolio import montecarlo_dict, montecarlo_lines, to_json, to_table
    from costbenefit.uncertainty.montecarlo import check_draws, check_seed

    check_seed(args.seed)
    if args.draws is not None:
        check_draws(args.draws)  # before anything is read; the limit per project comes later
    spec, scenarios = _programme(args, load_portfolio)
    pset = resolve_parameter_set(args.params)
    res = evaluate_portfolio(spec, scenarios, pset)
    mc = None
    if args.draws is not None:
        from costbenefit.cli.progress import progress_bar
        from costbenefit.programme.portfolio import portfolio_montecarlo

        with progress_bar(args.draws, "Monte Carlo for programmet") as progress:
            mc = portfolio_montecarlo(spec, scenarios, pset, args.draws, args.seed,
                                      progress=progress)
    if args.format == "json":
        data = to_json(res, pset)
        if mc is not None:
            data["montecarlo"] = montecarlo_dict(mc, res)
        from costbenefit.report.as_json import dumps

        return dumps(data)
    table = to_table(res)
    return table if mc is None else "\n".join([table, *montecarlo_lines(mc, res)])


def _programme(args: argparse.Namespace, load_portfolio):
    """The portfolio file, or the programme named by --from-library (exactly one of them)."""
    from costbenefit.errors import InputError

    if (args.portfolio is None) == (args.from_library is None):
        raise InputError("oppgi enten en porteføljefil eller --from-library NAVN (ikke begge)",
                         field="--from-library")
    if args.portfolio is not None:
        return load_portfolio(args.portfolio)
    from costbenefit.store.database import open_library
    from costbenefit.store.programmes import load_programme

    lib = open_library(args.database_url)
    try:
        return load_programme(lib, args.from_library)
    finally:
        lib.close()
