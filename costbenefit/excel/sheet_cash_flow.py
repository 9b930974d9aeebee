"""The cash-flow sheet of the live model: per year the cohorts, discount factors, flows
by payer and category, society's resource effects and running present values, all as
formulas on the input cells and the unit flows. With a reform, each (payer, category) flow
adds the rule change for the participants (``growth[t] × Σ new participants × the change per
participant``, the kernel's shifted cohorts), and columns «Regelendring alene» show it per
payer and year, beside each public payer's present value of one success (for the
break-even per payer)."""

from __future__ import annotations

from costbenefit.excel.cells import FACTOR, INTEGER, KR, area, ref, write_value
from costbenefit.excel.layout import SOCIETY_PAYER, header
from costbenefit.excel.sheet_inputs import Inputs
from costbenefit.excel.sheet_unit_flows import REFORM_PAYERS, UnitColumns
from costbenefit.model.engine import Result
from costbenefit.model.societal import SOCIETAL_CATEGORIES
from costbenefit.model.structure import (
    CATEGORY_LABELS_NB,
    FUNDING_PAYERS,
    PAYER_LABELS_NB,
    PAYERS,
    PUBLIC_PAYERS,
)

SOCIETY_CATEGORIES = tuple(c for c in SOCIETAL_CATEGORIES if c != "residual_value")


class _Cols:
    """Allocate consecutive columns on the flows sheet."""

    def __init__(self, start: int):
        self.next = start

    def take(self) -> int:
        self.next += 1
        return self.next - 1


def write_flows(ws, row: int, col: int, result: Result, inp: Inputs, unit_ws,
                unit: UnitColumns, pairs: list[tuple[str, str]]) -> dict[str, object]:
    """Yearly flows, discount factors and running sums as formulas; returns the ranges."""
    unit_cols, unit_first, unit_public = unit.columns, unit.first, unit.public
    sc = result.scenario
    horizon = sc.horizon_years
    head = row
    first, last = head + 1, head + horizon
    cols = _Cols(col)
    names = {}
    spec = [
        ("t", "År etter start", INTEGER), ("year", "År", INTEGER),
        ("rate", "Kalkulasjonsrente", "0.00 %"), ("df", "Diskonteringsfaktor", FACTOR),
        ("growth", "Reallønnsindeks (gevinstene)", FACTOR),
        ("new", "Nye deltakere", "#,##0"), ("active", "Deltakere i tiltak", "#,##0"),
        ("rev", "Nye deltakere, omvendt rekkefølge (hjelpekolonne)", "#,##0"),
    ]
    for key, label, _ in spec:
        names[key] = cols.take()
        header(ws, head, names[key], label)
    flow_cols: dict[tuple[str, str], int] = {}
    for payer, cat in pairs:
        flow_cols[(payer, cat)] = cols.take()
        header(ws, head, flow_cols[(payer, cat)],
                f"{PAYER_LABELS_NB[payer]}: {CATEGORY_LABELS_NB[cat]}")
    society_cols: dict[str, int] = {}
    residual = ("residual_value",) if result.societal.residual_value == "remaining" else ()
    for cat in SOCIETY_CATEGORIES + residual:
        society_cols[cat] = cols.take()
        header(ws, head, society_cols[cat],
                f"{PAYER_LABELS_NB[SOCIETY_PAYER]}: {CATEGORY_LABELS_NB[cat]}")
    unmasked = cols.take()
    header(ws, head, unmasked, "Samfunnet før analyseperioden avgrenses (hjelpekolonne)")
    payers = [p for p in PAYERS if any(pc[0] == p for pc in pairs)] + [SOCIETY_PAYER]
    net_cols = {}
    for payer in payers:
        net_cols[payer] = cols.take()
        header(ws, head, net_cols[payer], f"Netto {PAYER_LABELS_NB[payer].lower()}")
    net_public = cols.take()
    header(ws, head, net_public, "Netto offentlig")
    reform_cols: dict[str, int] = {}
    for payer in (*REFORM_PAYERS, "public_total") if unit.reform_sums else ():
        reform_cols[payer] = cols.take()
        label = "offentlig sum" if payer == "public_total" else PAYER_LABELS_NB[payer]
        header(ws, head, reform_cols[payer], f"Regelendring alene: {label.lower()}")
    cum_cols = {}
    for payer in PUBLIC_PAYERS:
        cum_cols[payer] = cols.take()
        header(ws, head, cum_cols[payer],
                f"Akkumulert nåverdi {PAYER_LABELS_NB[payer].lower()}")
    cum_public = cols.take()
    header(ws, head, cum_public, "Akkumulert nåverdi offentlig")
    neg_flag = cols.take()
    header(ws, head, neg_flag, "Siste år med negativ akkumulert nåverdi (hjelpekolonne)")
    gain = cols.take()
    header(ws, head, gain, "Nåverdi av én suksess som starter dette året (offentlig)")
    payer_gain: dict[str, int] = {}
    if unit.reform_sums:
        for payer in PUBLIC_PAYERS:
            payer_gain[payer] = cols.take()
            header(ws, head, payer_gain[payer], "Nåverdi av én suksess som starter dette året "
                   f"({PAYER_LABELS_NB[payer].lower()}, hjelpekolonne)")

    def cell(key_col: int, r: int) -> str:
        return ref(ws, r, key_col, sheet=False, absolute=False)

    def rng(key_col: int, r1: int = first, r2: int = last) -> str:
        return area(ws, r1, key_col, r2, key_col, sheet=False)

    c = inp.cells

    def shifted(unit_col: int, t: int) -> str:
        """Σ over cohorts of new participants × the unit column, years since each start."""
        return (f"SUMPRODUCT({rng(names['rev'], last - t, last)},"
                f"{area(unit_ws, unit_first, unit_col, unit_first + t, unit_col)})")

    def per_success_pv(unit_col: int, t: int) -> str:
        """Present value (at year 0) of one success starting in year t."""
        flows = area(unit_ws, unit_first, unit_col, unit_first + horizon - 1 - t, unit_col)
        return (f"=SUMPRODUCT({flows},{rng(names['df'], first + t, last)},"
                f"{rng(names['growth'], first + t, last)})")

    for t in range(horizon):
        r = first + t
        write_value(ws, r, names["t"], t, INTEGER)
        write_value(ws, r, names["year"], sc.start_year + t, INTEGER)
        write_value(ws, r, names["rate"], f"=INDEX({inp.step_rate},MATCH({cell(names['t'], r)},"
                    f"{inp.step_from},1))", "0.00 %")
        df = 1 if t == 0 else (f"={cell(names['df'], r - 1)}/(1+{cell(names['rate'], r - 1)})")
        write_value(ws, r, names["df"], df, FACTOR)
        year, until = cell(names["year"], r), c["growth_until"]
        write_value(ws, r, names["growth"],
                    f"=(1+{c['growth_rate']})^(IF({year}>{until},{until},{year})"
                    f"-{c['rules_year']})", FACTOR)
        write_value(ws, r, names["new"], f"=SUMIF({inp.cohort_year},{cell(names['year'], r)},"
                    f"{inp.cohort_n})", "#,##0")
        write_value(ws, r, names["active"],
                    f"=SUMPRODUCT({rng(names['new'], first, r)},1*({rng(names['t'], first, r)}"
                    f">{cell(names['t'], r)}-{c['duration_years']}))", "#,##0")
        write_value(ws, r, names["rev"], f"=INDEX({rng(names['new'])},{horizon - t})", "#,##0")
        for (payer, cat), fc in flow_cols.items():
            active = cell(names["active"], r)
            if (payer, cat) == ("person", "measure"):
                cash = "+".join(c["transfer_" + p] for p in FUNDING_PAYERS)
                formula = f"=({cash})*{active}"
            elif cat == "measure":
                cash = f"-{c['transfer_' + payer]}*{active}" if "transfer_" + payer in c else ""
                formula = (
                    f"=-{c['cost_' + payer]}*{active}{cash}"
                    f"-SUMPRODUCT(1*({inp.fixed_year}={cell(names['year'], r)}),"
                    f'1*({inp.fixed_payer}="{payer}"),{inp.fixed_amount})'
                )
            else:
                growth = cell(names["growth"], r)
                formula = f"={c['effect']}*{growth}*{shifted(unit_cols[(payer, cat)], t)}"
                if (payer, cat) in unit.reform:
                    formula += f"+{growth}*{shifted(unit.reform[(payer, cat)], t)}"
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
            if payer == SOCIETY_PAYER:
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
        write_value(ws, r, gain, per_success_pv(unit_public, t), KR)
        for payer, pc in payer_gain.items():
            write_value(ws, r, pc, per_success_pv(unit.payer_sums[payer], t), KR)
        for payer, rc in reform_cols.items():
            if payer == "public_total":
                terms = ",".join(cell(reform_cols[p], r) for p in PUBLIC_PAYERS)
                write_value(ws, r, rc, f"=SUM({terms})", KR)
            else:
                write_value(ws, r, rc, f"={cell(names['growth'], r)}*"
                            f"{shifted(unit.reform_sums[payer], t)}", KR)
    return {
        "reform_cols": reform_cols, "payer_gain": payer_gain,
        "first": first, "last": last, "cols": names, "flow_cols": flow_cols,
        "net_cols": net_cols, "net_public": net_public, "cum_cols": cum_cols,
        "cum_public": cum_public, "neg_flag": neg_flag, "gain": gain,
    }


def _society_terms(c: dict[str, str], flow_cols: dict[tuple[str, str], int], at,
                   net_public: str) -> dict[str, str]:
    """Formulas for society's real resource effects in one year (see costbenefit.model.societal):
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
