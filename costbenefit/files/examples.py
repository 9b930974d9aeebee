"""The shipped examples as files: which they are, their titles, and their evaluated headlines
(the numbers and the README table are rendered by :mod:`costbenefit.report.headlines`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from costbenefit.files.portfolios import load_portfolio
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import Result, evaluate
from costbenefit.parameters.schema import ParameterSet
from costbenefit.programme.portfolio import PortfolioResult, evaluate_portfolio
from costbenefit.report.headlines import headlines
from costbenefit.validation.yaml_safe import load_yaml_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
PROGRAMMES = EXAMPLES / "programmes"
FIXTURE = ROOT / "tests" / "regression" / "headlines.yaml"
README = ROOT / "README.md"


def scenario_examples() -> list[Path]:
    """The scenario files in examples/ (what the app offers as a start)."""
    return sorted(EXAMPLES.glob("*.yaml"))


def example_files() -> list[Path]:
    """Scenario files in examples/, then programme (portfolio) files in examples/programmes/."""
    return scenario_examples() + sorted(PROGRAMMES.glob("*.yaml"))


def evaluate_example(path: Path, pset: ParameterSet) -> Result | PortfolioResult:
    if path.parent == PROGRAMMES:
        spec, scenarios = load_portfolio(path)
        return evaluate_portfolio(spec, scenarios, pset)
    return evaluate(load_scenario(path), pset)


def all_headlines(pset: ParameterSet) -> dict[str, dict[str, Any]]:
    """Every example's headlines, keyed by its path under examples/."""
    return {
        p.relative_to(EXAMPLES).as_posix(): headlines(evaluate_example(p, pset))
        for p in example_files()
    }


def example_notes() -> dict[Path, list[str]]:
    """Each scenario example's note (examples/<stem>.md, or the note of the example it
    varies, e.g. nav_enklere.md for nav_enklere_brytepunkt.yaml) and the examples it
    covers, keyed as :func:`all_headlines`."""
    notes: dict[Path, list[str]] = {}
    for p in scenario_examples():
        stems = [m for m in p.parent.glob("*.md") if p.stem.startswith(m.stem)]
        if stems:
            note = max(stems, key=lambda m: len(m.stem))
            notes.setdefault(note, []).append(p.relative_to(EXAMPLES).as_posix())
    return notes


def example_titles() -> dict[str, str]:
    """Every example's `name`, keyed as :func:`all_headlines`."""
    titles = {}
    for p in example_files():
        raw = load_yaml_text(p.read_text(encoding="utf-8"), str(p))
        titles[p.relative_to(EXAMPLES).as_posix()] = str(raw.get("name", p.stem))
    return titles
