"""`costbenefit evaluate SCENARIO [--params …] [--format table|json] [--xlsx OUT]`.

SCENARIO is a YAML file or a filled budget template (.xlsx).
"""

from __future__ import annotations

import argparse
import json


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

    scenario = load_scenario(args.scenario)
    pset = resolve_parameter_set(args.params)
    try:
        result = evaluate(scenario, pset)
    except InputError as exc:
        raise exc.in_file(args.scenario) from None
    if args.xlsx:
        from costbenefit.excel.safety import write_atomic
        from costbenefit.excel.workbook import build_workbook

        write_atomic(args.xlsx, build_workbook(result, pset))
    if args.format == "json":
        from costbenefit.report.as_json import to_json_dict

        return json.dumps(to_json_dict(result, pset), ensure_ascii=False, indent=2)
    from costbenefit.model.lifecourse import group_label
    from costbenefit.report.table import render

    return render(result, group_label(pset, scenario.target_group))
