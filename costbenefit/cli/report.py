"""`costbenefit report SCENARIO --pdf OUT.pdf [--draws N --seed S] [--params …]`: the
printable case report (saksframlegg-ready PDF, one to three A4 pages).

SCENARIO is a YAML file or a filled budget template (.xlsx). Uncertainty (P(NPV > 0),
P5–P95) is included when the scenario declares `uncertainty:` (2 000 draws, seed 1) or when
--draws is given.
"""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="saksrapport som PDF (vedlegg til saksframlegg)")
    p.add_argument("scenario", help="scenariofil (YAML) eller utfylt budsjettmal (.xlsx)")
    p.add_argument("--pdf", required=True, metavar="UT.pdf", help="PDF-filen som skrives")
    p.add_argument("--draws", type=int, default=None,
                   help="Monte Carlo-trekk (standard: 2 000 når scenariet har `uncertainty:`)")
    p.add_argument("--seed", type=int, default=1, help="frø for tilfeldige tall (standard 1)")
    p.add_argument("--params", default=None, help="parametersett: versjon eller mappe")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> str:
    from costbenefit.errors import InputError
    from costbenefit.files.outputs import check_output_path, write_output

    # checked before any work: nothing is half-done on a bad path or number
    out = check_output_path(args.pdf, suffix=".pdf", field="--pdf", inputs=[args.scenario])
    from costbenefit.uncertainty.montecarlo import check_draws, check_seed

    if args.draws is not None:
        check_draws(args.draws)
    check_seed(args.seed)
    from costbenefit.files.scenarios import load_scenario
    from costbenefit.model.engine import evaluate
    from costbenefit.parameters.loader import resolve_parameter_set
    from costbenefit.pdf.content import report_montecarlo
    from costbenefit.pdf.document import build_case_report

    scenario = load_scenario(args.scenario)
    pset = resolve_parameter_set(args.params)
    try:
        result = evaluate(scenario, pset)
        mc = report_montecarlo(scenario, pset, args.draws, args.seed)
        data = build_case_report(result, pset, mc)
    except InputError as exc:
        raise exc.in_file(args.scenario) from None
    write_output(out, data, "--pdf")
    extra = f", med usikkerhet ({mc.draws} trekk, frø {mc.seed})" if mc is not None else ""
    return f"Skrev saksrapporten til {out}{extra}."
