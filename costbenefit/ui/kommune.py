"""The kommune's own accounts in the app, as plain data (no Streamlit here): the
inntektsutjevning sentence, the cross-sector table, the gevinstdeling sentence and the
økonomiplan table. Everything is read from the report's dicts (report/kommune.py), so the
app, the CLI table, the JSON and the workbook say the same."""

from __future__ import annotations

import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.report import i18n
from costbenefit.report.kommune import equalisation_dict, plan_dict, sector_npvs
from costbenefit.ui.texts import t


def equalisation_text(result: Result, lang: str) -> str:
    eq = equalisation_dict(result)
    if not eq["enabled"]:
        return t("equalisation_off", lang)
    if eq["kommune_keeps_share"] is None:
        return t("equalisation_none", lang)
    return t("equalisation_text", lang, moved=i18n.kr(-eq["kommune_equalisation"]),
             keeps=i18n.percent(eq["kommune_keeps_share"], 0), tax=i18n.kr(eq["kommune_tax"]),
             other=i18n.kr(eq["to_other_kommuner"]))


def sector_frame(result: Result, lang: str) -> pd.DataFrame:
    """One row per tjenesteområde: its KOSTRA functions with flows, and its NPV."""
    acc = result.kommune
    used = {acc.functions[i] for i in range(len(acc.functions))
            if abs(acc.amount[..., i]).sum() > 0}
    npv = sector_npvs(result)
    rows = [{t("col_sector", lang): s.label,
             t("col_kostra", lang): ", ".join(c for c in s.functions if c in used and c),
             t("col_npv", lang): i18n.kr(npv[s.id])} for s in acc.sectors]
    rows.append({t("col_sector", lang): t("kommune_total", lang), t("col_kostra", lang): "",
                 t("col_npv", lang): i18n.kr(result.budget.npv["kommune"])})
    return pd.DataFrame(rows)


def sharing_text(result: Result, lang: str) -> str:
    gs = result.gain_sharing
    label = {s.id: s.label for s in result.kommune.sectors}
    if gs.share is None:
        return t("sharing_none", lang)
    paying = ", ".join(label[i] for i in gs.paying)
    gaining = ", ".join(label[i] for i in gs.gaining)
    key = "sharing_text" if gs.share <= 1 else "sharing_short"
    return t(key, lang, share=i18n.percent(gs.share, 1), paying=paying, gaining=gaining)


def plan_frame(result: Result, lang: str) -> pd.DataFrame:
    """The økonomiplan: the first four years per public payer and per sector."""
    plan = plan_dict(result)
    label = {s.id: s.label for s in result.kommune.sectors}
    rows = [(t(p, lang), v) for p, v in plan["by_payer"].items()]
    rows += [(f"{t('kommune', lang)}: {label[s]}", v) for s, v in plan["by_sector"].items()]
    return pd.DataFrame([{t("col_line", lang): name,
                          **{str(y): i18n.kr(x) for y, x in zip(plan["years"], values,
                                                                 strict=True)}}
                         for name, values in rows])
