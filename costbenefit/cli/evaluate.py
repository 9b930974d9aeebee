"""`costbenefit evaluate SCENARIO [--params …] [--format table|json] [--xlsx OUT]`.

SCENARIO is a YAML file or a filled budget template (.xlsx).
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("evaluate", help="beregn ett scenario")
    p.add_argument("scenario", help="scenariofil (YAML) eller utfylt budsjettmal (.xlsx)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--xlsx", default=None, metavar="UT.xlsx",
                   help="skriv også en Excel-arbeidsbok med levende formler")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.errors import InputError
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.engine import evaluate
    from costbenefit.parameters.loader import resolve_parameter_set

    xlsx = None
    if args.xlsx is not None:  # checked before any work: nothing is half-done on a bad path
        from costbenefit.files.outputs import check_output_path

        xlsx = check_output_path(args.xlsx, suffix=".xlsx", field="--xlsx",
                                 inputs=[args.scenario])
    scenario = load_scenario(args.scenario)
    pset = resolve_parameter_set(args.params)
    try:
        result = evaluate(scenario, pset)
        if args.format == "json":
            from costbenefit.report.as_json import dumps, to_json_dict

            text = dumps(to_json_dict(result, pset))
    except InputError as exc:
        raise exc.in_file(args.scenario) from None
    if xlsx is not None:
        from costbenefit.excel.workbook import build_workbook
        from costbenefit.files.outputs import write_output

        write_output(xlsx, build_workbook(result, pset), "--xlsx")
    if args.format == "json":
        return text
    from costbenefit.model.lifecourse import group_label
    from costbenefit.report.table import render

    return render(result, group_label(pset, scenario.target_group))
