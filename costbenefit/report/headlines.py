"""Headline numbers of a result, and the README table of the shipped examples' headlines.

Every example's headlines are stored in tests/regression/headlines.yaml; a test fails when
a change in parameters or engine moves one, so every such move is seen and deliberate.
`python scripts/update_headlines.py` regenerates the fixture and the README table. Pure:
the example files are read by :mod:`costbenefit.files.examples`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from costbenefit.model.engine import Result
from costbenefit.programme.portfolio import PortfolioResult
from costbenefit.report import i18n
from costbenefit.report.texts_nb import NOT_REACHABLE, ROI_LABEL, beyond_reach

TABLE_START, TABLE_END = "<!-- examples-table:start -->", "<!-- examples-table:end -->"


def headlines(res: Result | PortfolioResult) -> dict[str, Any]:
    """The numbers a finance officer quotes; None where a number is undefined. Present values
    are discounted to `start_year` (the analysis' first year; for a programme, its own start)
    in `price_year` kroner."""
    b = res.budget
    out: dict[str, Any] = {f"npv_{p}": b.npv[p] for p in b.npv}
    out["start_year"] = int(res.ledger.years[0])
    out["price_year"] = (res.price_year if isinstance(res, Result)
                         else res.projects[0].price_year)
    out["pv_cost"] = b.pv_cost
    out["roi"] = b.roi
    out["payback_year"] = b.payback_year
    if isinstance(res, Result):
        out["successes_needed"] = res.break_even.successes_needed
        out["break_even_success_rate"] = res.break_even.success_rate
        out["npv_societal"] = res.societal.npv
        out["bcr_societal"] = res.societal.bcr
        out["wellbys"] = res.wellbeing.wellbys
        out["cost_per_wellby"] = res.wellbeing.cost_per_wellby
    else:
        out["npv_societal"] = res.ledger.npv(("society",))
    return out


README_TABLE_NOTE = (
    "Nåverdier er diskontert til hvert eksempels første år (kolonnen «Diskontert til»), i "
    "kroneåret i kolonnen «Kroneår». {roi} er offentlig netto nåverdi delt på nåverdien av "
    "tiltakets kostnad, et forholdstall og ikke en årlig avkastning. «{not_reachable}» betyr at "
    "suksessraten som gir balanse måtte ha vært over 100 %: selv om alle deltakerne lykkes, "
    "dekker gevinsten ikke kostnaden."
)


def _needed_text(h: Mapping[str, Any]) -> str:
    needed = h.get("successes_needed")
    if needed is None:
        return "–"
    if beyond_reach(h.get("break_even_success_rate")):
        return NOT_REACHABLE
    return i18n.number(needed)


def readme_table(numbers: dict[str, dict[str, Any]], titles: Mapping[str, str]) -> str:
    """Markdown table of the examples' headline results (Norwegian formats), with the year
    each is discounted to and its price year, and a note under it; `numbers` and `titles`
    are keyed by the example's path under examples/."""
    rows = [
        f"| Eksempel | Diskontert til | Kroneår | Offentlig nåverdi | Kommune | Stat | {ROI_LABEL} "
        "| Hvor mange må lykkes | Samfunnsøkonomisk nåverdi | WELLBY (udiskontert) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, h in numbers.items():
        rows.append(
            f"| [{titles[name]}](examples/{name}) | {h.get('start_year', '–')} "
            f"| {h.get('price_year', '–')} | {i18n.kr(h['npv_public_total'])} "
            f"| {i18n.kr(h['npv_kommune'])} | {i18n.kr(h['npv_stat'])} "
            f"| {i18n.ratio(h['roi'])} | {_needed_text(h)} "
            f"| {i18n.kr(h.get('npv_societal'))} | {i18n.number(h.get('wellbys'))} |"
        )
    note = README_TABLE_NOTE.format(roi=ROI_LABEL, not_reachable=NOT_REACHABLE)
    return "\n".join([*rows, "", note])


def readme_with_table(readme: str, table: str) -> str:
    start, end = readme.index(TABLE_START), readme.index(TABLE_END)
    return readme[: start + len(TABLE_START)] + "\n" + table + "\n" + readme[end:]
