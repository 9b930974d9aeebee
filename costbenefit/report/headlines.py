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

TABLE_START, TABLE_END = "<!-- examples-table:start -->", "<!-- examples-table:end -->"


def headlines(res: Result | PortfolioResult) -> dict[str, Any]:
    """The numbers a finance officer quotes; None where a number is undefined."""
    b = res.budget
    out: dict[str, Any] = {f"npv_{p}": b.npv[p] for p in b.npv}
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


def readme_table(numbers: dict[str, dict[str, Any]], titles: Mapping[str, str]) -> str:
    """Markdown table of the examples' headline results (Norwegian formats); `numbers` and
    `titles` are keyed by the example's path under examples/."""
    rows = [
        "| Eksempel | Offentlig nåverdi | Kommune | Stat | Avkastning | Hvor mange må lykkes "
        "| Samfunnsøkonomisk nåverdi | WELLBY (udiskontert) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, h in numbers.items():
        needed = h.get("successes_needed")
        needed_text = "–" if needed is None else i18n.number(needed)
        if (h.get("break_even_success_rate") or 0) > 1:
            needed_text += " (over 100 %: ikke oppnåelig)"
        rows.append(
            f"| [{titles[name]}](examples/{name}) | {i18n.kr(h['npv_public_total'])} "
            f"| {i18n.kr(h['npv_kommune'])} | {i18n.kr(h['npv_stat'])} "
            f"| {i18n.percent(h['roi'])} | {needed_text} "
            f"| {i18n.kr(h.get('npv_societal'))} | {i18n.number(h.get('wellbys'))} |"
        )
    return "\n".join(rows)


def readme_with_table(readme: str, table: str) -> str:
    start, end = readme.index(TABLE_START), readme.index(TABLE_END)
    return readme[: start + len(TABLE_START)] + "\n" + table + "\n" + readme[end:]
