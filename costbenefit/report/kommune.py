"""The kommune's own accounts in the reports: the inntektsutjevning, the cross-sector view
(*tverrgående budsjett*) by tjenesteområde and KOSTRA function, the gevinstdeling proposal
and the four-year økonomiplan table, as JSON and as lines of the text table. Every number
is read from ``Result.kommune`` (model/kommune_accounts.py) and the ledger."""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np

from costbenefit.model.engine import Result
from costbenefit.model.structure import (
    CATEGORIES,
    CATEGORY_INDEX,
    OTHER_KOMMUNER,
    PAYER_INDEX,
    PAYER_LABELS_NB,
    PUBLIC_PAYERS,
)
from costbenefit.report import i18n

PLAN_YEARS = 4  # a handlings- og økonomiplan covers four budget years
SECTORS_NOTE = (
    "Kommunens linje i regnskapet fordelt på KOSTRA-funksjon og tjenesteområde. Positive tall "
    "er gevinst for sektoren, negative er kostnad. Summen av alle rader er kommunens "
    "nåverdi.")
SHARING_NOTE = (
    "Gevinstdeling: andelen av hver gevinstsektors gevinst som, flyttet til sektorene som "
    "taper (etter størrelsen på tapet), gjør at de går i balanse i nåverdi. Over 100 % "
    "betyr at kommunen samlet ikke går i balanse.")
PLAN_NOTE = (
    "Økonomiplanperioden: de fire første årene, udiskontert, i kroner av kroneåret "
    "(reallønnsvekst medregnet). Positive tall er inntekt eller innsparing, negative er "
    "utgift.")
EQUALISATION_NOTE = (
    "Inntektsutjevningen tar tilbake en andel av kommunens (og fylkeskommunens) ekstra "
    "skatteinntekt og flytter den til resten av kommunesektoren; offentlig sum er uendret.")


def sector_rows(result: Result) -> list[dict[str, Any]]:
    """``kommune_sectors``: one row per year, function and category that is not zero."""
    acc, df = result.kommune, result.ledger.discount_factors
    rows = []
    t, c, f = np.nonzero(acc.amount)
    for k, j, i in zip(t, c, f, strict=True):
        code = acc.functions[i]
        amount = float(acc.amount[k, j, i])
        rows.append({"year": int(result.ledger.years[k]), "sector": acc.sector_of(code).id,
                     "kostra_function": code or None, "category": CATEGORIES[j],
                     "amount": amount, "discounted": amount * float(df[k])})
    return rows


def sector_npvs(result: Result) -> dict[str, float]:
    npv = result.ledger.discount_factors @ result.kommune.by_sector()
    return {s.id: float(v) for s, v in zip(result.kommune.sectors, npv, strict=True)}


def equalisation_dict(result: Result) -> dict[str, Any]:
    """What the inntektsutjevning moved, in present value, and the share kept."""
    disc = result.ledger.discounted
    c_tax, c_eq = CATEGORY_INDEX["taxes"], CATEGORY_INDEX["income_equalisation"]
    k = PAYER_INDEX["kommune"]
    tax, moved = float(disc[:, k, c_tax].sum()), float(disc[:, k, c_eq].sum())
    return {
        "enabled": result.scenario.kommune.income_equalisation,
        "kommune_tax": tax,
        "kommune_equalisation": moved,
        "kommune_keeps_share": (tax + moved) / tax if tax else None,
        "fylkeskommune_equalisation": float(
            disc[:, PAYER_INDEX["fylkeskommune"], c_eq].sum()),
        "to_other_kommuner": float(disc[:, PAYER_INDEX[OTHER_KOMMUNER], c_eq].sum()),
        "note": EQUALISATION_NOTE,
    }


def gain_sharing_dict(result: Result) -> dict[str, Any]:
    gs, years = result.gain_sharing, result.ledger.years
    ids = [s.id for s in result.kommune.sectors]
    return {
        "share": gs.share, "paying": list(gs.paying), "gaining": list(gs.gaining),
        "by_year": [{"year": int(years[k]), "sector": ids[j],
                     "amount": float(gs.transfers[k, j])}
                    for k, j in zip(*np.nonzero(gs.transfers), strict=True)],
        "note": SHARING_NOTE,
    }


def plan_dict(result: Result) -> dict[str, Any]:
    """The first four years per public payer and per sector, undiscounted."""
    n = min(PLAN_YEARS, result.ledger.years.size)
    by_payer = result.ledger.amount[:n].sum(axis=2)
    by_sector = result.kommune.by_sector()[:n]
    return {
        "years": [int(y) for y in result.ledger.years[:n]],
        "price_year": result.price_year,
        "by_payer": {p: [float(v) for v in by_payer[:, PAYER_INDEX[p]]]
                     for p in PUBLIC_PAYERS},
        "by_sector": {s.id: [float(v) for v in by_sector[:, i]]
                      for i, s in enumerate(result.kommune.sectors)},
        "note": PLAN_NOTE,
    }


def kommune_dict(result: Result) -> dict[str, Any]:
    return {
        "sectors": [{"id": s.id, "label": s.label, "functions": list(s.functions),
                     "npv": v} for s, v in zip(result.kommune.sectors,
                                              sector_npvs(result).values(), strict=True)],
        "mapping": result.scenario.kommune.sectors,
        "income_equalisation": equalisation_dict(result),
        "gain_sharing": gain_sharing_dict(result),
        "okonomiplan": plan_dict(result),
        "note": SECTORS_NOTE,
    }


def equalisation_lines(result: Result) -> list[str]:
    eq = equalisation_dict(result)
    if not eq["enabled"]:
        return ["  Inntektsutjevning er slått av (nasjonal visning): kommunen får hele "
                "skatteøkningen."]
    if eq["kommune_keeps_share"] is None:
        return []
    return [f"  Herav inntektsutjevning for kommunen: {i18n.kr(eq['kommune_equalisation'])} "
            f"(kommunen beholder {i18n.percent(eq['kommune_keeps_share'], 0)} av sin ekstra "
            f"skatteinntekt på {i18n.kr(eq['kommune_tax'])})"]


def sector_lines(result: Result) -> list[str]:
    """The cross-sector view, the gevinstdeling and the økonomiplan as text lines."""
    acc = result.kommune
    used = {acc.functions[i] for i in np.flatnonzero(np.abs(acc.amount).sum(axis=(0, 1)))}
    lines = ["KOMMUNENS REGNSKAP PER TJENESTEOMRÅDE (tverrgående budsjett, nåverdi)"]
    for s, npv in zip(acc.sectors, sector_npvs(result).values(), strict=True):
        codes = ", ".join(c for c in s.functions if c in used and c)
        lines.append(f"  {s.label[:34]:<36}{i18n.kr(npv):>18}"
                     + (f"   KOSTRA {codes}" if codes else ""))
    lines.append(f"  {'Kommunen i alt':<36}{i18n.kr(result.budget.npv['kommune']):>18}")
    gs = result.gain_sharing
    label = {s.id: s.label for s in acc.sectors}
    if gs.share is not None:
        payers = " og ".join(label[i] for i in gs.paying)
        gainers = " og ".join(label[i] for i in gs.gaining)
        if gs.share <= 1:
            text = (f"Gevinstdeling: {i18n.percent(gs.share, 1)} av gevinsten i {gainers} "
                    f"flyttet til {payers} gir balanse.")
        else:
            text = (f"Gevinstdeling: selv hele gevinsten i {gainers} dekker ikke kostnaden "
                    f"i {payers} ({i18n.percent(gs.share, 0)} ville trengs); kommunen "
                    "samlet går ikke i balanse.")
        lines += [f"  {line}" for line in textwrap.wrap(text, width=92)]
    plan = plan_dict(result)
    lines += ["", f"ØKONOMIPLAN – de første {len(plan['years'])} årene, udiskontert, "
              f"{result.price_year}-kroner",
              "  " + " " * 36 + "".join(f"{y:>17}" for y in plan["years"])]
    rows = [(PAYER_LABELS_NB[p], v) for p, v in plan["by_payer"].items()]
    rows += [("  " + s.label, plan["by_sector"][s.id]) for s in acc.sectors]
    for label, values in rows:
        lines.append(f"  {label[:34]:<36}" + "".join(f"{i18n.kr(v):>17}" for v in values))
    return [*lines, ""]
