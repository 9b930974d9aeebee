"""The cross-sector sheet (Sektorer): the kommune's line by tjenesteområde, year by year,
as live formulas, with the gevinstdeling share and the four-year økonomiplan table.

Like the cash-flow sheet, only the gain of one success and a reform per participant (by
sector, from the engine: ``KommuneAccounts.per_success`` and ``reform_per_participant``)
are values; every year's flow is ``effect × growth × Σ cohorts`` of them, plus the
kommune's share of the measure's cost on the sector of the measure's KOSTRA function, so
a changed success rate or participant count in Forutsetninger recomputes the sectors.
"""

from __future__ import annotations

from costbenefit.excel.cells import (
    BOLD,
    INTEGER,
    KR,
    NOTE,
    PERCENT,
    TITLE,
    area,
    ref,
    write_text,
    write_value,
)
from costbenefit.excel.layout import header
from costbenefit.excel.sheet_inputs import Inputs
from costbenefit.model.engine import Result
from costbenefit.model.structure import PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.report.kommune import PLAN_NOTE, PLAN_YEARS, SECTORS_NOTE, SHARING_NOTE
from costbenefit.report.kommune import sector_npvs as engine_sector_npvs

TITLE_TEXT = "Tverrgående budsjett: kommunens gevinster og kostnader per tjenesteområde"
VALUES_NOTE = (
    "Gevinsten av én suksess og regelendringen per deltaker per sektor (kolonnene til høyre) "
    "er faste verdier fra motoren; årstallene, nåverdiene, gevinstdelingen og økonomiplanen "
    "er formler som regnes om når Forutsetninger endres.")


def write_sectors(ws, result: Result, inp: Inputs, flows_ws, flows: dict[str, object]
                  ) -> dict[str, tuple[int, int]]:
    """The whole sheet; returns the cells to name (sector NPVs, the share)."""
    acc = result.kommune
    horizon = result.scenario.horizon_years
    sectors = acc.sectors
    write_text(ws, 1, 1, TITLE_TEXT, TITLE)
    write_text(ws, 2, 1, SECTORS_NOTE, NOTE)
    write_text(ws, 3, 1, VALUES_NOTE, NOTE)
    head = 5
    first, last = head + 1, head + horizon
    n = len(sectors)
    cols = {"year": 1, "flow": 2, "disc": 2 + n, "total": 2 + 2 * n, "unit": 4 + 2 * n}
    has_reform = acc.reform_per_participant is not None
    cols["reform"] = cols["unit"] + n + 1
    header(ws, head, 1, "År")
    for i, s in enumerate(sectors):
        header(ws, head, cols["flow"] + i, f"{s.label} (udiskontert)")
        header(ws, head, cols["disc"] + i, f"{s.label} (nåverdi)")
        header(ws, head, cols["unit"] + i, f"Én suksess: {s.label}")
        if has_reform:
            header(ws, head, cols["reform"] + i, f"Regelendring per deltaker: {s.label}")
    header(ws, head, cols["total"], "Kommunen i alt (udiskontert)")
    header(ws, head, cols["unit"] - 1, "År etter start")
    per_success = acc.by_sector(acc.per_success)
    reform = acc.by_sector(acc.reform_per_participant) if has_reform else None
    fc, names = flows["cols"], flows
    c = inp.cells
    measure_sector = sectors.index(acc.sector_of(
        result.scenario.intervention.kostra_function or ""))
    measure_col = flows["flow_cols"][("kommune", "measure")]

    def on_flows(key_col: int, t: int) -> str:
        return ref(flows_ws, names["first"] + t, key_col)

    def shifted(col: int, t: int) -> str:
        rev = area(flows_ws, names["last"] - t, fc["rev"], names["last"], fc["rev"])
        return f"SUMPRODUCT({rev},{area(ws, first, col, first + t, col, sheet=False)})"

    for t in range(horizon):
        r = first + t
        write_value(ws, r, 1, f"={on_flows(fc['year'], t)}", INTEGER)
        write_value(ws, r, cols["unit"] - 1, t, INTEGER)
        growth = on_flows(fc["growth"], t)
        for i in range(n):
            write_value(ws, r, cols["unit"] + i, float(per_success[t, i]), KR)
            formula = f"={c['effect']}*{growth}*{shifted(cols['unit'] + i, t)}"
            if reform is not None:
                write_value(ws, r, cols["reform"] + i, float(reform[t, i]), KR)
                formula += f"+{growth}*{shifted(cols['reform'] + i, t)}"
            if i == measure_sector:
                formula += f"+{on_flows(measure_col, t)}"
            write_value(ws, r, cols["flow"] + i, formula, KR)
            flow = ref(ws, r, cols["flow"] + i, sheet=False, absolute=False)
            write_value(ws, r, cols["disc"] + i, f"={flow}*{on_flows(fc['df'], t)}", KR)
        row_flows = area(ws, r, cols["flow"], r, cols["flow"] + n - 1, sheet=False)
        write_value(ws, r, cols["total"], f"=SUM({row_flows})", KR)
    return _summary(ws, result, last + 2, cols, first, last, flows_ws, flows)


def _summary(ws, result: Result, row: int, cols: dict[str, int], first: int, last: int,
             flows_ws, flows: dict[str, object]) -> dict[str, tuple[int, int]]:
    """NPV per sector (formula beside the engine), the gevinstdeling share and the plan."""
    sectors = result.kommune.sectors
    n = len(sectors)
    named: dict[str, tuple[int, int]] = {}
    header(ws, row, 1, "Nåverdi per tjenesteområde")
    header(ws, row, 2, "Formel (regnes om)")
    header(ws, row, 3, "Motoren (fast verdi)")
    engine = engine_sector_npvs(result)
    for i, s in enumerate(sectors):
        r = row + 1 + i
        write_text(ws, r, 1, s.label)
        col = cols["disc"] + i
        write_value(ws, r, 2, f"=SUM({area(ws, first, col, last, col, sheet=False)})", KR)
        write_value(ws, r, 3, engine[s.id], KR)
        named[f"sector_npv_{s.id}"] = (r, 2)
    npvs = area(ws, row + 1, 2, row + n, 2, sheet=False)
    r = row + n + 1
    write_text(ws, r, 1, "Kommunen i alt", BOLD)
    write_value(ws, r, 2, f"=SUM({npvs})", KR)
    write_value(ws, r, 3, result.budget.npv["kommune"], KR)
    write_text(ws, r + 1, 1, "Gevinstdeling: andel av gevinstsektorenes gevinst som gir "
               "balanse for sektorene som taper", BOLD)
    write_value(ws, r + 1, 2, f'=IF(AND(SUMIF({npvs},"<0")<0,SUMIF({npvs},">0")>0),'
                f'-SUMIF({npvs},"<0")/SUMIF({npvs},">0"),"–")', PERCENT)
    share = result.gain_sharing.share
    write_value(ws, r + 1, 3, share if share is not None else "–", PERCENT)
    named["gain_sharing_share"] = (r + 1, 2)
    write_text(ws, r + 2, 1, SHARING_NOTE, NOTE)
    _plan(ws, result, r + 4, cols, first, flows_ws, flows)
    return named


def _plan(ws, result: Result, row: int, cols: dict[str, int], first: int, flows_ws,
          flows: dict[str, object]) -> None:
    """The økonomiplan: the first four years per public payer and per sector."""
    years = min(PLAN_YEARS, result.scenario.horizon_years)
    write_text(ws, row, 1, f"Økonomiplan – de første {years} årene (udiskontert, "
               f"{result.price_year}-kroner)", BOLD)
    write_text(ws, row + 1, 1, PLAN_NOTE, NOTE)
    head = row + 2
    header(ws, head, 1, "")
    for t in range(years):
        write_value(ws, head, 2 + t, f"={ref(ws, first + t, 1, sheet=False)}", INTEGER)
    rows = [(PAYER_LABELS_NB[p], lambda t, p=p: ref(flows_ws, flows["first"] + t,
                                                    flows["net_cols"][p]))
            for p in PUBLIC_PAYERS if p in flows["net_cols"]]
    rows += [(f"Kommunen: {s.label}", lambda t, i=i: ref(ws, first + t, cols["flow"] + i,
                                                          sheet=False))
             for i, s in enumerate(result.kommune.sectors)]
    for k, (label, at) in enumerate(rows, start=1):
        write_text(ws, head + k, 1, label)
        for t in range(years):
            write_value(ws, head + k, 2 + t, f"={at(t)}", KR)
    ws.column_dimensions["A"].width = 44
    for col in range(2, 2 + max(years, 3)):
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = 18
