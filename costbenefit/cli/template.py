"""`costbenefit template OUT.xlsx [--params …]`: a blank budget template for project owners."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help="lag en tom budsjettmal (Excel) for prosjekteiere")
    p.add_argument("out", metavar="UT.xlsx", help="filen malen skrives til")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.excel.template import build_template
    from costbenefit.files.outputs import check_output_path, write_output
    from costbenefit.model.lifecourse import group_label, target_groups
    from costbenefit.parameters.loader import resolve_parameter_set

    out = check_output_path(args.out, suffix=".xlsx", field="UT.xlsx")
    pset = resolve_parameter_set(args.params)
    groups = [(g, group_label(pset, g)) for g in target_groups(pset)]
    write_output(out, build_template(groups), "UT.xlsx")
    return (f"Skrev budsjettmalen til {args.out}. Fyll den ut og kjør: "
            f"costbenefit evaluate {args.out}")
