"""The comparison of several scenarios: which figures, in which order, with Norwegian labels.

One list of rows serves the text table (`costbenefit compare`) and the comparison sheet
of the workbook, so the two always show the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from costbenefit.model.engine import Result
from costbenefit.model.structure import PAYER_LABELS_NB, PUBLIC_PAYERS
from costbenefit.report import i18n
from costbenefit.report.table import break_even_beyond_reach
from costbenefit.report.texts_nb import (
    BUDGET_NOTE,
    NOT_REACHABLE,
    NOT_REACHABLE_REASON,
    ROI_HELP,
    ROI_LABEL,
)


@dataclass(frozen=True)
class CompareRow:
    key: str  # the workbook's output name (defined name in a single-scenario workbook)
    label: str
    kind: str  # kr | percent | number | ratio | year
    value: Callable[[Result], float | int | None]
    live: bool = True  # a live formula in the workbook; else the engine's value is written
    break_even: bool = False  # «ikke oppnåelig» instead of the number when beyond reach


def _profile_only(value: Callable[[Result], float | None]) -> Callable[[Result], float | None]:
    """Successes are not counted in Markov mode: these rows are empty there."""
    return lambda r: None if r.scenario.mode == "markov" else value(r)


ROWS: tuple[CompareRow, ...] = (
    *(CompareRow(f"npv_{p}", f"Nåverdi {PAYER_LABELS_NB[p].lower()}", "kr",
                 lambda r, p=p: r.budget.npv[p]) for p in PUBLIC_PAYERS),
    CompareRow("npv_public_total", "Nåverdi offentlig sum", "kr",
               lambda r: r.budget.npv["public_total"]),
    CompareRow("pv_cost", "Tiltakets kostnad (nåverdi)", "kr", lambda r: r.budget.pv_cost),
    CompareRow("roi", ROI_LABEL, "ratio", lambda r: r.budget.roi),
    CompareRow("payback_year", "Nedbetalingsår (diskontert)", "year",
               lambda r: r.budget.payback_year),
    CompareRow("pv_gain_per_success", "Gevinst per ekstra suksess (nåverdi)", "kr",
               _profile_only(lambda r: r.break_even.pv_gain_per_success)),
    CompareRow("successes_needed", "Hvor mange må lykkes", "number",
               _profile_only(lambda r: r.break_even.successes_needed), break_even=True),
    CompareRow("break_even_rate", "Suksessrate som gir balanse", "percent",
               _profile_only(lambda r: r.break_even.success_rate), break_even=True),
    CompareRow("effect_multiplier", "Markov: effektmultiplikator som gir balanse", "ratio",
               lambda r: r.break_even.effect_multiplier, live=False),
    CompareRow("npv_societal", "Samfunnsøkonomisk nåverdi (egen visning)", "kr",
               lambda r: r.societal.npv),
    CompareRow("bcr_societal", "Nytte-kostnadsbrøk, samfunnet", "ratio",
               lambda r: r.societal.bcr, live=False),
    CompareRow("wellbys", "WELLBY-er, diskontert (egen visning)", "number",
               lambda r: r.wellbeing.wellbys_discounted, live=False),
    CompareRow("cost_per_wellby", "Kostnad per WELLBY", "kr",
               lambda r: r.wellbeing.cost_per_wellby, live=False),
)


def beyond_reach(row: CompareRow, result: Result) -> bool:
    """This row is a break-even figure that cannot be reached (a rate above 100 %)."""
    return (row.break_even and result.scenario.mode != "markov"
            and break_even_beyond_reach(result))


def shown_value(row: CompareRow, result: Result) -> float | int | str | None:
    """The row's number, or «ikke oppnåelig» for a break-even beyond reach (as the workbook's
    formula shows it)."""
    return NOT_REACHABLE if beyond_reach(row, result) else row.value(result)


def formatted(row: CompareRow, result: Result) -> str:
    if beyond_reach(row, result):
        return NOT_REACHABLE
    value = row.value(result)
    if row.kind == "kr":
        return i18n.kr(value)
    if row.kind == "percent":
        return i18n.percent(value)
    if row.kind == "number":
        return i18n.number(value)
    if row.kind == "ratio":
        return i18n.ratio(value)
    return "–" if value is None else str(value)


def render(results: list[Result]) -> str:
    """A Norwegian text table: one column per scenario."""
    names = [r.scenario.name for r in results]
    label_w = max(len(row.label) for row in ROWS) + 2
    col_w = max(18, *(len(n) + 2 for n in names))
    lines = [
        "SAMMENLIGNING AV SCENARIOER",
        BUDGET_NOTE,
        " " * label_w + "".join(f"{n:>{col_w}}" for n in names),
        f"{'Diskontering':<{label_w}}"
        + "".join(f"{r.discounting.name:>{col_w}}" for r in results),
        f"{'Kroneår':<{label_w}}" + "".join(f"{r.price_year:>{col_w}}" for r in results),
    ]
    for row in ROWS:
        lines.append(f"{row.label:<{label_w}}"
                     + "".join(f"{formatted(row, r):>{col_w}}" for r in results))
    lines += ["", f"{ROI_LABEL}: {ROI_HELP}"]
    if any(beyond_reach(row, r) for row in ROWS for r in results):
        lines.append(f"Balansepunkt {NOT_REACHABLE_REASON}.")
    return "\n".join(lines)
