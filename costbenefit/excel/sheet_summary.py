"""The summary sheet of the live model: the decision metrics as formulas on the cash-flow
sheet, each beside the engine's own value; above them, what a success is, the study behind
the effect and the real wage growth (live references to the inputs sheet); below them, for a
reform, the rule change alone: its NPV and the extra successes needed to break even, per
payer."""

from __future__ import annotations

from dataclasses import dataclass, field

from costbenefit.excel.cells import (
    BOLD,
    INTEGER,
    KR,
    NOTE,
    NUMBER,
    PERCENT,
    WRAP,
    area,
    ref,
    write_text,
    write_value,
)
from costbenefit.excel.layout import SOCIETY_PAYER, header
from costbenefit.excel.sheet_inputs import Inputs
from costbenefit.model.engine import Result
from costbenefit.model.structure import FUNDING_PAYERS, PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.report.as_json import reform_dict
from costbenefit.report.reform import describe
from costbenefit.report.success import effect_text, success_label
from costbenefit.report.table import break_even_beyond_reach
from costbenefit.report.texts_nb import NOT_REACHABLE, NOT_REACHABLE_REASON, ROI_HELP, ROI_LABEL

NOT_DEFINED = "–"
NOT_WITHIN = "ikke innen analyseperioden"
RATIO = "0.00"  # kroner per krone: 0,87 in a Norwegian Excel, never a percentage
# What a figure means, in the cell to the right of the engine's value
EXPLAINED = {
    "roi": ROI_HELP,
    "break_even_rate": f"«{NOT_REACHABLE_REASON}» (suksessraten måtte ha vært over 100 %).",
}


@dataclass
class Outputs:
    """The output cells (row, col) on the output sheet, by the name used for defined names."""

    ws: object
    coords: dict[str, tuple[int, int]] = field(default_factory=dict)
    next_row: int = 0  # the first free row below the outputs


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
    measure = [rng(flows["flow_cols"][(p, "measure")]) for p in FUNDING_PAYERS]
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
    # Both break-even cells compute from pv_cost and the gain (not from each other), so each
    # can show «ikke oppnåelig» when the rate needed is above 100 %: with attribution ≤ 1 and
    # a rate without ≥ 0 that also covers more successes needed than participants.
    needed = f"{at['pv_cost']}/{at['pv_gain_per_success']}"
    if flows["reform_cols"]:  # what the rule change saves covers part of the cost
        reform_public = f"SUMPRODUCT({rng(flows['reform_cols']['public_total'])},{df})"
        needed = f"MAX({at['pv_cost']}-{reform_public},0)/{at['pv_gain_per_success']}"
    rate = f"{i['success_rate_without']}+{needed}/({total_n}*{i['attribution']})"
    beyond = break_even_beyond_reach(result)
    rows += [
        ("pv_cost", "Tiltakets kostnad (nåverdi)",
         "=-(" + "+".join(f"SUMPRODUCT({m},{df})" for m in measure) + ")", b.pv_cost, KR),
        ("roi", ROI_LABEL,
         f'=IF({at["pv_cost"]}>0,{at["npv_public_total"]}/{at["pv_cost"]},"{NOT_DEFINED}")',
         b.roi, RATIO),
        ("payback_year", "Nedbetalingsår (diskontert)",
         f'=IF({last_neg}<0,{start},IF({last_neg}+1>={horizon},"{NOT_WITHIN}",'
         f"{start}+{last_neg}+1))", b.payback_year, INTEGER),
        ("pv_gain_per_success", "Gevinst per ekstra suksess (nåverdi, offentlig)",
         f"=IF({total_n}>0,SUMPRODUCT({rng(flows['cols']['new'])},{rng(flows['gain'])})"
         f"/{total_n},0)", be.pv_gain_per_success, KR),
        ("successes_needed", "Hvor mange må lykkes (ekstra suksesser)",
         f'=IF({feasible},IF({rate}>1,"{NOT_REACHABLE}",{needed}),"{NOT_DEFINED}")',
         NOT_REACHABLE if beyond else be.successes_needed, NUMBER),
        ("break_even_rate", "Suksessrate som gir balanse",
         f'=IF({feasible},IF({rate}>1,"{NOT_REACHABLE}",{rate}),"{NOT_DEFINED}")',
         NOT_REACHABLE if beyond else be.success_rate, PERCENT),
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
        if name in EXPLAINED:
            write_text(ws, r, col + 3, EXPLAINED[name], NOTE)
        out.coords[name] = (r, col + 1)
    out.next_row = r0 + len(rows) + 1
    if flows["reform_cols"]:
        write_reform(out, col, result, inp, flows_ws, flows)
    assert out.next_row == row + outputs_height(result)
    return out


def outputs_height(result: Result) -> int:
    """Rows the outputs take from their header, up to the first free row below them."""
    reform = 2 * len(REFORM_PAYERS) + 6 if result.reform_per_participant is not None else 0
    return 10 + len(PUBLIC_PAYERS) + reform


REFORM_HEAD = "Regelendringen alene (uten atferdsendring): nåverdi"
REFORM_PAYERS = {**{p: PAYER_LABELS_NB[p].lower() for p in PUBLIC_PAYERS},
                 "public_total": "offentlig sum", "person": "personen selv"}
REFORM_PER_YEAR = ("Per år og betaler: arket Kontantstrøm, kolonnene «Regelendring alene». "
                   "Formler på deltakerne og renten i Forutsetninger og regelendringen per "
                   "deltaker (faste verdier fra motoren) på arket Enhetsgevinst.")
COVER_HEAD = "Å dekke: nåverdi tapt uten effekt (formel)"
GAIN_HEAD = "Gevinst per ekstra suksess, nåverdi (formel)"
BALANCE_NOTE = (
    "Ekstra suksesser (utover dem som lykkes uten tiltaket) som gjør betalerens netto "
    "nåverdi 0: det regelendringen og tiltakets egen kostnad taper uten effekt, delt på "
    "betalerens gevinst per ekstra suksess. 0 betyr at betaleren sparer allerede, – at en "
    "suksess ikke gir betaleren gevinst. Flere enn deltakerne er ikke oppnåelig.")


def balance_label(result: Result) -> str:
    """«Flere i arbeid som trengs for balanse» (or «Flere suksesser («…»)» for an outcome
    that is not «i …»)."""
    label = success_label(result)
    what = f"Flere {label}" if label.startswith("i ") else f"Flere suksesser («{label}»)"
    return f"{what} som trengs for balanse"


def write_reform(out: Outputs, col: int, result: Result, inp: Inputs, flows_ws,
                 flows: dict[str, object]) -> None:
    """The rule change alone, from `out.next_row`: NPV per payer (formulas on the columns
    «Regelendring alene») and the extra successes each public payer needs to break even (the
    engine's ``BreakEven.by_payer``), each beside the engine's value."""
    ws, first, last = out.ws, flows["first"], flows["last"]

    def rng(c: int) -> str:
        return area(flows_ws, first, c, last, c)

    df = rng(flows["cols"]["df"])
    reform = result.scenario.reform
    assert reform is not None
    data = reform_dict(result) or {}
    be = result.break_even.by_payer or {}
    total_n = f"SUM({inp.cohort_n})"
    row = out.next_row + 1
    write_text(ws, row, col, "Regelendring", BOLD)
    write_text(ws, row, col + 1, describe(reform, result.price_year)).alignment = WRAP
    row += 1
    _heads(ws, row, col, REFORM_HEAD)
    rows: list[tuple[str, str, str, object]] = []
    npv_at = {}
    for i, (payer, label) in enumerate(REFORM_PAYERS.items()):
        npv_at[payer] = ref(ws, row + 1 + i, col + 1)
        if payer == "public_total":
            formula = "=SUM(" + ",".join(npv_at[p] for p in PUBLIC_PAYERS) + ")"
        else:
            formula = f"=SUMPRODUCT({rng(flows['reform_cols'][payer])},{df})"
        rows.append((f"reform_npv_{payer}", f"Nåverdi {label}", formula, data["npv"][payer]))
    k = _write_rows(out, row + 1, col, rows, KR)
    write_text(ws, k, col, REFORM_PER_YEAR, NOTE)
    row = k + 2
    _heads(ws, row, col, balance_label(result))
    header(ws, row, col + 3, COVER_HEAD)
    header(ws, row, col + 4, GAIN_HEAD)
    rows = []
    for i, payer in enumerate(p for p in REFORM_PAYERS if p != "person"):
        r = row + 1 + i
        if payer == "public_total":
            cover = f"={out_ref(out, 'pv_cost')}-{npv_at[payer]}"
            gain = f"={out_ref(out, 'pv_gain_per_success')}"
        else:
            cover = f"=-{npv_at[payer]}"
            if (payer, "measure") in flows["flow_cols"]:
                measure = rng(flows["flow_cols"][(payer, "measure")])
                cover += f"-SUMPRODUCT({measure},{df})"
            gain = (f"=IF({total_n}>0,SUMPRODUCT({rng(flows['cols']['new'])},"
                    f"{rng(flows['payer_gain'][payer])})/{total_n},0)")
        write_value(ws, r, col + 3, cover, KR)
        write_value(ws, r, col + 4, gain, KR)
        c, g = ref(ws, r, col + 3), ref(ws, r, col + 4)
        formula = f'=IF({c}<=0,0,IF({g}>0,{c}/{g},"{NOT_DEFINED}"))'
        rows.append((f"reform_needed_{payer}", REFORM_PAYERS[payer].capitalize(), formula,
                     be.get(payer)))
    k = _write_rows(out, row + 1, col, rows, NUMBER)
    write_text(ws, k, col, BALANCE_NOTE, NOTE)
    out.next_row = k + 1


def out_ref(out: Outputs, name: str) -> str:
    return ref(out.ws, *out.coords[name])


def _heads(ws, row: int, col: int, text: str) -> None:
    header(ws, row, col, text)
    header(ws, row, col + 1, "Formel (regnes om)")
    header(ws, row, col + 2, "Motoren (fast verdi)")


def _write_rows(out: Outputs, row: int, col: int, rows: list[tuple[str, str, str, object]],
                fmt: str) -> int:
    """Label, formula and the engine's value per row; returns the next row."""
    for name, label, formula, engine_value in rows:
        write_text(out.ws, row, col, label)
        write_value(out.ws, row, col + 1, formula, fmt, BOLD)
        if engine_value is None:
            write_text(out.ws, row, col + 2, NOT_DEFINED)
        else:
            write_value(out.ws, row, col + 2, engine_value, fmt)
        out.coords[name] = (row, col + 1)
        row += 1
    return row


NO_STUDY = ("suksessratene i Forutsetninger (antatt; scenarioet viser ikke til en studie i "
            "evidensbiblioteket)")
STATES_POINTER = ("personer i hver tilstand med og uten tiltaket, år for år: se arket "
                  "Tilstander")
GROWTH_ROWS = (
    ("growth_rate", "Reallønnsvekst per år (gevinstene, fra regelåret {year})", "0.0 %",
     "lønn, skatt og G-baserte stønader i gevinstene; endres i Forutsetninger"),
    ("growth_until", "Reallønnsvekst til og med år", INTEGER, ""),
)


def write_facts(ws, row: int, result: Result) -> tuple[int, int]:
    """What a success is, the effect (the study and its optimism-bias correction, if any)
    and where the states are, from `row`; two rows are kept for the real wage growth, filled
    by :func:`link_growth` once the inputs sheet exists. Returns (growth row, next row)."""
    ev = result.evidence
    facts = [("Hva en suksess er", success_label(result)),
             ("Effekt", NO_STUDY if ev is None else f"{ev.label}: {effect_text(ev)}"),
             ("Tilstander", STATES_POINTER)]
    for i, (label, text) in enumerate(facts):
        write_text(ws, row + i, 1, label, BOLD)
        write_text(ws, row + i, 2, text).alignment = WRAP
    growth = row + len(facts)
    return growth, growth + len(GROWTH_ROWS)


def link_growth(ws, row: int, result: Result, inp: Inputs) -> None:
    """The real wage growth as references to its input cells, so the summary follows them."""
    for i, (name, label, fmt, note) in enumerate(GROWTH_ROWS):
        write_text(ws, row + i, 1, label.format(year=result.scenario.effective_rules_year), BOLD)
        write_value(ws, row + i, 2, f"={inp.cells[name]}", fmt)
        if note:
            write_text(ws, row + i, 3, note, NOTE)
