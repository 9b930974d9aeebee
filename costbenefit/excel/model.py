"""The live model: input cells, yearly flows, discounting and decision metrics as formulas.

Only the engine's per-success flows (``Result.per_success``: one extra success, years since
start × payer × category, lag and decay included) are written as values. Cohorts, costs,
discounting, NPVs, ROI, payback and *hvor mange må lykkes* are formulas on the input cells,
so changing a success rate or a discount rate in Excel recomputes everything the way the
engine would.

Formulas use only functions Excel and LibreOffice compute alike (SUM, SUMPRODUCT, SUMIF,
INDEX, MATCH, IF, AND, MAX). Timing: year 0 is the first year and is not discounted;
``DF(t) = DF(t-1) / (1 + r_{t-1})``, that is ``Π_{k<t} 1/(1+r_k)``, with ``r_k`` looked up
in the step table (MATCH type 1: the last step whose first year is ≤ k).

The blocks are placed by (sheet, row, column), so the same code lays the model out over
several sheets (the single-scenario workbook) or on one sheet (the comparison workbook).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from costbenefit.errors import InputError
from costbenefit.excel.cells import (
    BOLD,
    FACTOR,
    HEADER_FILL,
    INTEGER,
    KR,
    NOTE,
    NUMBER,
    PERCENT,
    area,
    mark_input,
    ref,
    write_text,
    write_value,
)
from costbenefit.model.engine import Result
from costbenefit.model.societal import SOCIETAL_CATEGORIES
from costbenefit.model.structure import (
    CATEGORIES,
    CATEGORY_LABELS_NB,
    PAYER_INDEX,
    PAYER_LABELS_NB,
    PAYERS,
    PUBLIC_PAYERS,
)

TIMING_NOTE = (
    "Tidskonvensjon: år 0 er tiltakets første år og diskonteres ikke. "
    "DF(t) = Π_{k<t} 1/(1+r_k): hvert år diskonteres med renten som gjelder året før, "
    "så et trinn i renten bygger på årene før (R-109: 4 % år 0–39, 3 % år 40–74, 2 % fra år 75)."
)
NOT_DEFINED = "–"
NOT_WITHIN = "ikke innen analyseperioden"
SOCIETY = "society"
SOCIETY_CATEGORIES = tuple(c for c in SOCIETAL_CATEGORIES if c != "residual_value")


@dataclass
class Inputs:
    """Where the input cells are (absolute references with sheet names)."""

    cells: dict[str, str] = field(default_factory=dict)  # name -> reference
    coords: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (row, col)
    step_from: str = ""
    step_rate: str = ""
    cohort_year: str = ""
    cohort_n: str = ""
    fixed_year: str = ""
    fixed_payer: str = ""
    fixed_amount: str = ""


@dataclass
class Outputs:
    """The output cells (row, col) on the output sheet, by the name used for defined names."""

    ws: object
    coords: dict[str, tuple[int, int]] = field(default_factory=dict)


def _header(ws, row: int, col: int, text: str) -> None:
    cell = write_text(ws, row, col, text, BOLD)
    cell.fill = HEADER_FILL


def _input(ws, inputs: Inputs, name: str, row: int, label: str, value: float, fmt: str,
           note: str = "") -> None:
    write_text(ws, row, 1, label)
    mark_input(write_value(ws, row, 2, value, fmt))
    if note:
        write_text(ws, row, 3, note, NOTE)
    inputs.cells[name] = ref(ws, row, 2)
    inputs.coords[name] = (row, 2)


def write_inputs(ws, row: int, result: Result) -> tuple[Inputs, int]:
    """The editable assumptions, starting at `row`; returns their references and the next row."""
    sc = result.scenario
    iv = sc.intervention
    inp = Inputs()
    write_text(ws, row, 1, "Forutsetninger (gule celler kan endres; alt annet regnes om)", BOLD)
    row += 2
    _header(ws, row, 1, "Effekt")
    row += 1
    _input(ws, inp, "success_rate_with", row, "Suksessrate med tiltaket", iv.success_rate_with,
           PERCENT, "andel deltakere som lykkes med tiltaket")
    _input(ws, inp, "success_rate_without", row + 1, "Suksessrate uten tiltaket",
           iv.success_rate_without, PERCENT, "dødvekt: ville lyktes uansett")
    _input(ws, inp, "attribution", row + 2, "Attribusjon", iv.attribution, PERCENT,
           "andel av forskjellen som skyldes tiltaket")
    _input(ws, inp, "duration_years", row + 3, "Varighet i tiltaket (år per deltaker)",
           iv.duration_years, INTEGER, "år med kostnad per deltaker")
    row += 4
    write_text(ws, row, 1, "Ekstra suksesser per deltaker")
    write_value(ws, row, 2, f"=({inp.cells['success_rate_with']}-"
                f"{inp.cells['success_rate_without']})*{inp.cells['attribution']}", "0.0000")
    write_text(ws, row, 3, "(med − uten) × attribusjon", NOTE)
    inp.cells["effect"] = ref(ws, row, 2)
    row += 2

    _header(ws, row, 1, "Kostnad per deltakerår")
    row += 1
    costs = iv.cost_per_participant_year.model_dump()
    for i, payer in enumerate(PUBLIC_PAYERS):
        _input(ws, inp, f"cost_{payer}", row + i, PAYER_LABELS_NB[payer], costs[payer], KR)
    row += len(PUBLIC_PAYERS) + 1
    if pays_cash(result):
        _header(ws, row, 1, "Stønad til deltakerne per deltakerår")
        write_text(ws, row, 3, "overføring: kostnad for budsjettet, inntekt for personen", NOTE)
        row += 1
        cash = iv.transfer_per_participant_year.model_dump()
        for i, payer in enumerate(PUBLIC_PAYERS):
            _input(ws, inp, f"transfer_{payer}", row + i, PAYER_LABELS_NB[payer], cash[payer],
                   KR)
        row += len(PUBLIC_PAYERS) + 1

    sv = result.societal
    _header(ws, row, 1, "Samfunnsøkonomisk visning (R-109)")
    row += 1
    _input(ws, inp, "labour_cost_factor", row, "Arbeidskraftkostnad per lønnskrone",
           sv.labour_cost_factor, NUMBER, "produksjon verdsettes til lønn × denne faktoren")
    _input(ws, inp, "tax_financing_rate", row + 1, "Skattefinansieringskostnad",
           sv.tax_financing_rate, PERCENT, "av netto offentlig budsjettvirkning")
    _input(ws, inp, "analysis_years", row + 2, "Analyseperiode (år)", sv.analysis_years,
           INTEGER, "samfunnsvirkninger etter perioden: " + (
               "restverdi i periodens siste år" if sv.residual_value == "remaining"
               else "ikke med"))
    row += 4

    _header(ws, row, 1, "Kalkulasjonsrente: fra år")
    _header(ws, row, 2, "Rente")
    write_text(ws, row, 3, f"{result.discounting.name}; år regnet fra tiltakets start", NOTE)
    row += 1
    first = row
    for i, (start, rate) in enumerate(result.discounting.steps, start=1):
        cell = write_value(ws, row, 1, start, INTEGER)
        if i > 1:  # the first step must start in year 0
            mark_input(cell)
            inp.cells[f"step_year_{i}"] = ref(ws, row, 1)
            inp.coords[f"step_year_{i}"] = (row, 1)
        mark_input(write_value(ws, row, 2, rate, "0.00 %"))
        inp.cells[f"discount_rate_{i}"] = ref(ws, row, 2)
        inp.coords[f"discount_rate_{i}"] = (row, 2)
        row += 1
    inp.step_from = area(ws, first, 1, row - 1, 1)
    inp.step_rate = area(ws, first, 2, row - 1, 2)
    row += 1

    _header(ws, row, 1, "Kohort: startår")
    _header(ws, row, 2, "Deltakere")
    row += 1
    first = row
    for i, cohort in enumerate(iv.cohorts, start=1):
        write_value(ws, row, 1, cohort.year, INTEGER)
        mark_input(write_value(ws, row, 2, cohort.participants, "#,##0"))
        inp.coords[f"participants_{i}"] = (row, 2)
        row += 1
    inp.cohort_year = area(ws, first, 1, row - 1, 1)
    inp.cohort_n = area(ws, first, 2, row - 1, 2)
    row += 1

    _header(ws, row, 1, "Faste kostnader: år")
    _header(ws, row, 2, "Beløp")
    _header(ws, row, 3, "Betaler")
    row += 1
    first = row
    fixed = [(f.year, f.amount, f.payer) for f in iv.fixed_costs] or [(sc.start_year, 0.0,
                                                                       "kommune")]
    for year, amount, payer in fixed:
        write_value(ws, row, 1, year, INTEGER)
        mark_input(write_value(ws, row, 2, amount, KR))
        write_text(ws, row, 3, payer)
        row += 1
    inp.fixed_year = area(ws, first, 1, row - 1, 1)
    inp.fixed_amount = area(ws, first, 2, row - 1, 2)
    inp.fixed_payer = area(ws, first, 3, row - 1, 3)
    return inp, row + 1


def pays_cash(result: Result) -> bool:
    """Does the measure pay cash to participants (`transfer_per_participant_year`)?"""
    return any(result.scenario.intervention.transfer_per_participant_year.model_dump().values())


def flow_columns(per_success: np.ndarray, cash: bool = False) -> list[tuple[str, str]]:
    """(payer, category) pairs with a flow: non-zero per-success flows and public costs, and
    the person's receipt of the measure's cash when it pays any."""
    pairs = [
        (p, c)
        for p in PAYERS
        for c in CATEGORIES
        if c != "measure" and p != SOCIETY
        and np.any(per_success[:, PAYER_INDEX[p], CATEGORIES.index(c)])
    ]
    pairs += [(p, "measure") for p in PUBLIC_PAYERS]
    if cash:
        pairs.append(("person", "measure"))
    return sorted(pairs, key=lambda pc: (PAYER_INDEX[pc[0]], CATEGORIES.index(pc[1])))


def write_unit_flows(ws, row: int, col: int, result: Result,
                     pairs: list[tuple[str, str]]) -> tuple[dict[tuple[str, str], int], int, int]:
    """Result.per_success as values (one extra success); returns columns, first data row,
    and the column of the public sum per success."""
    ps = result.per_success
    horizon = ps.shape[0]
    write_text(ws, row, col, "Gevinst av én ekstra suksess (udiskontert, fra motoren; "
               "etterslep og avtakende effekt er med)", BOLD)
    head = row + 1
    _header(ws, head, col, "År etter start")
    columns: dict[tuple[str, str], int] = {}
    c = col + 1
    for payer, cat in pairs:
        if cat == "measure":
            continue
        _header(ws, head, c, f"{PAYER_LABELS_NB[payer]}: {CATEGORY_LABELS_NB[cat]}")
        columns[(payer, cat)] = c
        c += 1
    public_col = c
    _header(ws, head, public_col, "Offentlig sum")
    first = head + 1
    public_cols = [columns[k] for k in columns if k[0] in PUBLIC_PAYERS]
    for k in range(horizon):
        r = first + k
        write_value(ws, r, col, k, INTEGER)
        for (payer, cat), cc in columns.items():
            write_value(ws, r, cc, float(ps[k, PAYER_INDEX[payer], CATEGORIES.index(cat)]), KR)
        terms = ",".join(ref(ws, r, cc, sheet=False, absolute=False) for cc in public_cols)
        write_value(ws, r, public_col, f"=SUM({terms})" if terms else 0, KR)
    return columns, first, public_col


class _Cols:
    """Allocate consecutive columns on the flows sheet."""

    def __init__(self, start: int):
        self.next = start

    def take(self) -> int:
        self.next += 1
        return self.next - 1


def write_flows(ws, row: int, col: int, result: Result, inp: Inputs, unit_ws,
                unit_cols: dict[tuple[str, str], int], unit_first: int, unit_public: int,
                pairs: list[tuple[str, str]]) -> dict[str, object]:
    """Yearly flows, discount factors and running sums as formulas; returns the ranges."""
    sc = result.scenario
    horizon = sc.horizon_years
    head = row
    first, last = head + 1, head + horizon
    cols = _Cols(col)
    names = {}
    spec = [
        ("t", "År etter start", INTEGER), ("year", "År", INTEGER),
        ("rate", "Kalkulasjonsrente", "0.00 %"), ("df", "Diskonteringsfaktor", FACTOR),
        ("new", "Nye deltakere", "#,##0"), ("active", "Deltakere i tiltak", "#,##0"),
        ("rev", "Nye deltakere, omvendt rekkefølge (hjelpekolonne)", "#,##0"),
    ]
    for key, label, _ in spec:
        names[key] = cols.take()
        _header(ws, head, names[key], label)
    flow_cols: dict[tuple[str, str], int] = {}
    for payer, cat in pairs:
        flow_cols[(payer, cat)] = cols.take()
        _header(ws, head, flow_cols[(payer, cat)],
                f"{PAYER_LABELS_NB[payer]}: {CATEGORY_LABELS_NB[cat]}")
    society_cols: dict[str, int] = {}
    residual = ("residual_value",) if result.societal.residual_value == "remaining" else ()
    for cat in SOCIETY_CATEGORIES + residual:
        society_cols[cat] = cols.take()
        _header(ws, head, society_cols[cat],
                f"{PAYER_LABELS_NB[SOCIETY]}: {CATEGORY_LABELS_NB[cat]}")
    unmasked = cols.take()
    _header(ws, head, unmasked, "Samfunnet før analyseperioden avgrenses (hjelpekolonne)")
    payers = [p for p in PAYERS if any(pc[0] == p for pc in pairs)] + [SOCIETY]
    net_cols = {}
    for payer in payers:
        net_cols[payer] = cols.take()
        _header(ws, head, net_cols[payer], f"Netto {PAYER_LABELS_NB[payer].lower()}")
    net_public = cols.take()
    _header(ws, head, net_public, "Netto offentlig")
    cum_cols = {}
    for payer in PUBLIC_PAYERS:
        cum_cols[payer] = cols.take()
        _header(ws, head, cum_cols[payer],
                f"Akkumulert nåverdi {PAYER_LABELS_NB[payer].lower()}")
    cum_public = cols.take()
    _header(ws, head, cum_public, "Akkumulert nåverdi offentlig")
    neg_flag = cols.take()
    _header(ws, head, neg_flag, "Siste år med negativ akkumulert nåverdi (hjelpekolonne)")
    gain = cols.take()
    _header(ws, head, gain, "Nåverdi av én suksess som starter dette året (offentlig)")

    def cell(key_col: int, r: int) -> str:
        return ref(ws, r, key_col, sheet=False, absolute=False)

    def rng(key_col: int, r1: int = first, r2: int = last) -> str:
        return area(ws, r1, key_col, r2, key_col, sheet=False)

    c = inp.cells
    for t in range(horizon):
        r = first + t
        write_value(ws, r, names["t"], t, INTEGER)
        write_value(ws, r, names["year"], sc.start_year + t, INTEGER)
        write_value(ws, r, names["rate"], f"=INDEX({inp.step_rate},MATCH({cell(names['t'], r)},"
                    f"{inp.step_from},1))", "0.00 %")
        df = 1 if t == 0 else (f"={cell(names['df'], r - 1)}/(1+{cell(names['rate'], r - 1)})")
        write_value(ws, r, names["df"], df, FACTOR)
        write_value(ws, r, names["new"], f"=SUMIF({inp.cohort_year},{cell(names['year'], r)},"
                    f"{inp.cohort_n})", "#,##0")
        write_value(ws, r, names["active"],
                    f"=SUMPRODUCT({rng(names['new'], first, r)},1*({rng(names['t'], first, r)}"
                    f">{cell(names['t'], r)}-{c['duration_years']}))", "#,##0")
        write_value(ws, r, names["rev"], f"=INDEX({rng(names['new'])},{horizon - t})", "#,##0")
        for (payer, cat), fc in flow_cols.items():
            active = cell(names["active"], r)
            if (payer, cat) == ("person", "measure"):
                cash = "+".join(c["transfer_" + p] for p in PUBLIC_PAYERS)
                formula = f"=({cash})*{active}"
            elif cat == "measure":
                cash = f"-{c['transfer_' + payer]}*{active}" if "transfer_" + payer in c else ""
                formula = (
                    f"=-{c['cost_' + payer]}*{active}{cash}"
                    f"-SUMPRODUCT(1*({inp.fixed_year}={cell(names['year'], r)}),"
                    f'1*({inp.fixed_payer}="{payer}"),{inp.fixed_amount})'
                )
            else:
                uc = unit_cols[(payer, cat)]
                formula = (
                    f"={c['effect']}*SUMPRODUCT("
                    f"{rng(names['rev'], last - t, last)},"
                    f"{area(unit_ws, unit_first, uc, unit_first + t, uc)})"
                )
            write_value(ws, r, fc, formula, KR)
        raw = _society_terms(c, flow_cols, lambda k, r=r: cell(k, r), cell(net_public, r))
        within = f"1*({cell(names['t'], r)}<{c['analysis_years']})"
        for cat in SOCIETY_CATEGORIES:
            write_value(ws, r, society_cols[cat], f"={within}*({raw[cat]})", KR)
        write_value(ws, r, unmasked, "=" + "+".join(f"({raw[k]})" for k in raw), KR)
        if "residual_value" in society_cols:
            later = (f"SUMPRODUCT({rng(unmasked, r + 1, last)},{rng(names['df'], r + 1, last)})"
                     f"/{cell(names['df'], r)}" if t + 1 < horizon else "0")
            write_value(ws, r, society_cols["residual_value"],
                        f"=IF({cell(names['t'], r)}={c['analysis_years']}-1,{later},0)", KR)
        for payer, nc in net_cols.items():
            if payer == SOCIETY:
                terms = ",".join(cell(sc_, r) for sc_ in society_cols.values())
            else:
                terms = ",".join(cell(fc, r) for (p, _), fc in flow_cols.items() if p == payer)
            write_value(ws, r, nc, f"=SUM({terms})", KR)
        terms = ",".join(cell(net_cols[p], r) for p in PUBLIC_PAYERS)
        write_value(ws, r, net_public, f"=SUM({terms})", KR)
        df_ref = cell(names["df"], r)
        for payer, cc in [*cum_cols.items(), ("public", cum_public)]:
            source = net_public if payer == "public" else net_cols[payer]
            prev = "" if t == 0 else f"{cell(cc, r - 1)}+"
            write_value(ws, r, cc, f"={prev}{cell(source, r)}*{df_ref}", KR)
        write_value(ws, r, neg_flag, f"=IF({cell(cum_public, r)}<0,{cell(names['t'], r)},-1)",
                    INTEGER)
        write_value(ws, r, gain,
                    f"=SUMPRODUCT({area(unit_ws, unit_first, unit_public, unit_first + horizon - 1 - t, unit_public)},"  # noqa: E501
                    f"{rng(names['df'], r, last)})", KR)
    return {
        "first": first, "last": last, "cols": names, "flow_cols": flow_cols,
        "net_cols": net_cols, "net_public": net_public, "cum_cols": cum_cols,
        "cum_public": cum_public, "neg_flag": neg_flag, "gain": gain,
    }


def _society_terms(c: dict[str, str], flow_cols: dict[tuple[str, str], int], at,
                   net_public: str) -> dict[str, str]:
    """Formulas for society's real resource effects in one year (see costbenefit.societal):
    production at labour cost, public services and measure costs, and the financing cost
    of the net public budget effect. Transfers and taxes count only through the last."""
    def public(cat: str) -> str:
        refs = [at(fc) for (p, k), fc in flow_cols.items() if k == cat and p in PUBLIC_PAYERS]
        return "+".join(refs) or "0"

    production = flow_cols.get(("person", "production"))
    return {
        "production": f"{c['labour_cost_factor']}*{at(production)}" if production else "0",
        "services": public("services"),
        "measure": public("measure") + (
            f"+{at(flow_cols[('person', 'measure')])}" if ("person", "measure") in flow_cols
            else ""),
        "tax_financing": f"{c['tax_financing_rate']}*{net_public}",
    }


def write_outputs(ws, row: int, col: int, result: Result, inp: Inputs, flows_ws,
                  flows: dict[str, object]) -> Outputs:
    """Decision metrics as formulas, each beside the engine's own value for comparison."""
    first, last = flows["first"], flows["last"]
    horizon = result.scenario.horizon_years

    def rng(c: int) -> str:
        return area(flows_ws, first, c, last, c)

    df = rng(flows["cols"]["df"])
    out = Outputs(ws)
    _header(ws, row, col, "Resultat (bare offentlige budsjetter)")
    _header(ws, row, col + 1, "Formel (regnes om)")
    _header(ws, row, col + 2, "Motoren (fast verdi)")
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
                 f"=SUMPRODUCT({rng(flows['net_cols'][SOCIETY])},{df})",
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


def build_model(result: Result, inputs_ws, unit_ws, flows_ws, out_ws, out_at: tuple[int, int],
                ) -> tuple[Outputs, dict[str, object], Inputs]:
    """Lay the live model out. Blocks that share a sheet are stacked: inputs, flows, then
    the per-success helper; the flows sheet of its own keeps rows 1–3 for a title."""
    if result.scenario.mode == "markov":
        raise InputError("Excel-arbeidsbok med formler finnes foreløpig bare for profilmodus; "
                         "bruk --format json eller tabell for mode: markov",
                         source=result.scenario.name, field="--xlsx")
    pairs = flow_columns(result.per_success, pays_cash(result))
    inp, next_row = write_inputs(inputs_ws, 1, result)
    flows_row = next_row + 1 if flows_ws is inputs_ws else 4
    unit_row = flows_row + result.scenario.horizon_years + 2 if unit_ws is flows_ws else 1
    unit = write_unit_flows(unit_ws, unit_row, 1, result, pairs)
    flows = write_flows(flows_ws, flows_row, 1, result, inp, unit_ws, *unit, pairs)
    out = write_outputs(out_ws, *out_at, result, inp, flows_ws, flows)
    return out, flows, inp
