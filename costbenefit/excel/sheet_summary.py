"""The summary sheet of the live model: the decision metrics as formulas on the cash-flow
sheet, each beside the engine's own value."""

from __future__ import annotations

from dataclasses import dataclass, field

from costbenefit.excel.cells import (
    BOLD,
    INTEGER,
    KR,
    NUMBER,
    PERCENT,
    area,
    ref,
    write_text,
    write_value,
)
from costbenefit.excel.layout import SOCIETY_PAYER, header
from costbenefit.excel.sheet_inputs import Inputs
from costbenefit.model.engine import Result
from costbenefit.model.structure import PAYER_LABELS_NB, PUBLIC_PAYERS

NOT_DEFINED = "–"
NOT_WITHIN = "ikke innen analyseperioden"


@dataclass
class Outputs:
    """The output cells (row, col) on the output sheet, by the name used for defined names."""

    ws: object
    coords: dict[str, tuple[int, int]] = field(default_factory=dict)


def write_outputs(ws, row: int, col: int, result: Result, inp: Inputs, flows_ws,
                  flows: dict[str, object]) -> Outputs:
    """Decision metrics as formulas, each beside the engine's own value for comparison."""
    first, last = flows["first"], flows["last"]
    horizon = result.scenario.horizon_years

    def rng(c: int) -> str:
        return area(flows_ws, first, c, last, c)

    df = rng(flows["cols"]["df"])
    out = Outputs(ws)
    header(ws, row, col, "Resultat (bare offentlige budsjetter)")
    header(ws, row, col + 1, "Formel (regnes om)")
    header(ws, row, col + 2, "Motoren (fast verdi)")
    b, be = result.budget, result.break_even
    measure = [rng(flows["flow_cols"][(p, "measure")]) for p in PUBLIC_PAYERS]
    rows: list[tuple[str, str, str, object, str]] = []
    for payer in PUBLIC_PAYERS:
        rows.append((f"npv_{payer}", f"Nåverdi {PAYER_LABELS_NB[payer].lower()}",
                     f"=SUMPRODUCT({rng(flows['net_cols'][payer])},{df})", b.npv[payer], KR))
    r0 = row + 1
    npv_refs = ",".join(ref(ws, r0 + i, col + 1) for i in range(len(PUBLIC_PAYERS)))
    rows.append(("npv_public_total", "Nåverdi offentlig sum", f"=SUM({npv_refs})",
                 b.npv["public_total"], KR))
    rows.append(("npv_societal", "Samfunnsøkonomisk netto nåverdi (egen visning)",
                 f"=SUMPRODUCT({rng(flows['net_cols'][SOCIETY_PAYER])},{df})",
                 result.societal.npv, KR))
    at = {name: ref(ws, r0 + i, col + 1) for i, (name, *_) in enumerate(rows)}
    n_rows = len(rows)
    at["pv_cost"] = ref(ws, r0 + n_rows, col + 1)
    at["roi"] = ref(ws, r0 + n_rows + 1, col + 1)
    at["payback_year"] = ref(ws, r0 + n_rows + 2, col + 1)
    at["pv_gain_per_success"] = ref(ws, r0 + n_rows + 3, col + 1)
    at["successes_needed"] = ref(ws, r0 + n_rows + 4, col + 1)
    i = inp.cells
    total_n = f"SUM({inp.cohort_n})"
    last_neg = f"MAX({rng(flows['neg_flag'])})"
    start = result.scenario.start_year
    feasible = (f"AND({at['pv_gain_per_success']}>0,{total_n}>0,{i['attribution']}>0)")
    rows += [
        ("pv_cost", "Tiltakets kostnad (nåverdi)",
         "=-(" + "+".join(f"SUMPRODUCT({m},{df})" for m in measure) + ")", b.pv_cost, KR),
        ("roi", "Avkastning (netto nåverdi per kostnadskrone)",
         f'=IF({at["pv_cost"]}>0,{at["npv_public_total"]}/{at["pv_cost"]},"{NOT_DEFINED}")',
         b.roi, PERCENT),
        ("payback_year", "Nedbetalingsår (diskontert)",
         f'=IF({last_neg}<0,{start},IF({last_neg}+1>={horizon},"{NOT_WITHIN}",'
         f"{start}+{last_neg}+1))", b.payback_year, INTEGER),
        ("pv_gain_per_success", "Gevinst per ekstra suksess (nåverdi, offentlig)",
         f"=IF({total_n}>0,SUMPRODUCT({rng(flows['cols']['new'])},{rng(flows['gain'])})"
         f"/{total_n},0)", be.pv_gain_per_success, KR),
        ("successes_needed", "Hvor mange må lykkes (ekstra suksesser)",
         f'=IF({feasible},{at["pv_cost"]}/{at["pv_gain_per_success"]},"{NOT_DEFINED}")',
         be.successes_needed, NUMBER),
        ("break_even_rate", "Suksessrate som gir balanse",
         f'=IF({feasible},{i["success_rate_without"]}+{at["successes_needed"]}/'
         f'({total_n}*{i["attribution"]}),"{NOT_DEFINED}")', be.success_rate, PERCENT),
    ]
    for k, (name, label, formula, engine_value, fmt) in enumerate(rows):
        r = r0 + k
        write_text(ws, r, col, label)
        write_value(ws, r, col + 1, formula, fmt, BOLD)
        shown = NOT_DEFINED if engine_value is None else engine_value
        if name == "payback_year" and engine_value is None:
            shown = NOT_WITHIN
        if isinstance(shown, str):
            write_text(ws, r, col + 2, shown)
        else:
            write_value(ws, r, col + 2, shown, fmt)
        out.coords[name] = (r, col + 1)
    return out
