"""Headline numbers of the shipped examples: the regression fixture and the README table.

Every example's headlines are stored in tests/regression/headlines.yaml; a test fails when
a change in parameters or engine moves one, so every such move is seen and deliberate.
`python scripts/update_headlines.py` regenerates the fixture and the README table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from costbenefit import i18n
from costbenefit.engine import Result, evaluate
from costbenefit.parameters import ParameterSet
from costbenefit.portfolio import PortfolioResult, evaluate_portfolio
from costbenefit.portfolio_files import load_portfolio
from costbenefit.scenario_files import load_scenario
from costbenefit.yaml_safe import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
FIXTURE = ROOT / "tests" / "regression" / "headlines.yaml"
README = ROOT / "README.md"
TABLE_START, TABLE_END = "<!-- examples-table:start -->", "<!-- examples-table:end -->"
RELATIVE_TOLERANCE = 1e-6


PROGRAMMES = EXAMPLES / "programmes"


def example_files() -> list[Path]:
    """Scenario files in examples/, then programme (portfolio) files in examples/programmes/."""
    return sorted(EXAMPLES.glob("*.yaml")) + sorted(PROGRAMMES.glob("*.yaml"))


def evaluate_example(path: Path, pset: ParameterSet) -> Result | PortfolioResult:
    if path.parent == PROGRAMMES:
        spec, scenarios = load_portfolio(path)
        return evaluate_portfolio(spec, scenarios, pset)
    return evaluate(load_scenario(path), pset)


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


def all_headlines(pset: ParameterSet) -> dict[str, dict[str, Any]]:
    return {
        p.relative_to(EXAMPLES).as_posix(): headlines(evaluate_example(p, pset))
        for p in example_files()
    }


def _title(path: Path) -> str:
    raw = load_yaml_text(path.read_text(encoding="utf-8"), str(path))
    return str(raw.get("name", path.stem))


def readme_table(numbers: dict[str, dict[str, Any]]) -> str:
    """Markdown table of the examples' headline results (Norwegian formats)."""
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
            f"| [{_title(EXAMPLES / name)}](examples/{name}) | {i18n.kr(h['npv_public_total'])} "
            f"| {i18n.kr(h['npv_kommune'])} | {i18n.kr(h['npv_stat'])} "
            f"| {i18n.percent(h['roi'])} | {needed_text} "
            f"| {i18n.kr(h.get('npv_societal'))} | {i18n.number(h.get('wellbys'))} |"
        )
    return "\n".join(rows)


def readme_with_table(readme: str, table: str) -> str:
    start, end = readme.index(TABLE_START), readme.index(TABLE_END)
    return readme[: start + len(TABLE_START)] + "\n" + table + "\n" + readme[end:]
