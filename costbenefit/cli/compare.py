"""`costbenefit compare A.yaml B.yaml … [--params …] [--xlsx OUT]`: scenarios side by side."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compare", help="sammenlign scenarioer")
    p.add_argument("scenarios", nargs="+", help="scenariofiler (YAML eller utfylt mal .xlsx)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--xlsx", default=None, metavar="UT.xlsx",
                   help="skriv en arbeidsbok med ett ark per scenario og et sammenligningsark")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.engine import evaluate
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.report.compare import render

    if len(args.scenarios) < 2:
        from costbenefit.errors import InputError

        raise InputError("compare trenger minst to scenarioer; oppgi to eller flere filer, f.eks. "
                         "costbenefit compare a.yaml b.yaml (ett scenario beregnes med "
                         "costbenefit evaluate)")
    xlsx = None
    if args.xlsx is not None:
        from costbenefit.files.outputs import check_output_path

        xlsx = check_output_path(args.xlsx, suffix=".xlsx", field="--xlsx",
                                 inputs=args.scenarios)
    scenarios = [load_scenario(path) for path in args.scenarios]
    pset = resolve_parameter_set(args.params)
    results = [evaluate(s, pset) for s in scenarios]
    if xlsx is not None:
        from costbenefit.excel.compare import build_comparison
        from costbenefit.files.outputs import write_output

        write_output(xlsx, build_comparison(results), "--xlsx")
        return f"Skrev {args.xlsx} ({len(results)} scenarioer)"
    return render(results)
