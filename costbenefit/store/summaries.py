"""What a stored version says about its result: the headline numbers with the parameter
set's version and sha256 and the engine version, and what changed between two versions
(inputs as dotted paths, results metric by metric).

Stored with every version, so an evaluator can later show which numbers a decision rested
on and whether today's parameters or engine give different ones.
"""

from __future__ import annotations

from typing import Any

from costbenefit.errors import InputError
from costbenefit.files.scenarios import scenario_from_bytes
from costbenefit.model.engine import Result, evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.parameters.schema import ParameterSet
from costbenefit.report.headlines import headlines
from costbenefit.validation.yaml_safe import load_yaml_text

# headline metrics in the order `diff` and `history` show them, with Norwegian labels
METRICS = {
    "npv_public_total": "Offentlig nåverdi",
    "npv_kommune": "Kommune",
    "npv_fylkeskommune": "Fylkeskommune",
    "npv_stat": "Stat",
    "pv_cost": "Nåverdi av tiltakskostnad",
    "roi": "Netto nåverdi per krone tiltakskostnad",
    "successes_needed": "Hvor mange må lykkes",
    "npv_societal": "Samfunnsøkonomisk nåverdi",
    "wellbys": "WELLBY (udiskontert)",
}


def parse(text: str, source: str) -> Scenario:
    """The scenario in `text` with the CLI's checks (size, safe YAML, validation)."""
    return scenario_from_bytes(text.encode("utf-8"), source)


def evaluated(text: str, source: str, pset: ParameterSet) -> tuple[Scenario, Result]:
    """Parse and evaluate; an error names `source` (a file or a library reference)."""
    scenario = parse(text, source)
    try:
        return scenario, evaluate(scenario, pset)
    except InputError as exc:
        raise exc.in_file(source) from None


def summary(result: Result) -> dict[str, Any]:
    """The stored summary: provenance and the headline numbers (plain JSON)."""
    numbers = {k: _plain(v) for k, v in headlines(result).items()}
    return {
        "scenario": result.scenario.name,
        "parameter_set": dict(result.parameter_set),
        "engine_version": result.engine_version,
        "price_year": result.price_year,
        "discounting": result.discounting.describe()["name"],
        "headlines": numbers,
    }


def _plain(value: Any) -> Any:
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return value if isinstance(value, int) else number


def flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    """`{'a': {'b': 1}, 'c': [2]}` -> `{'a.b': 1, 'c.0': 2}` (leaves only)."""
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(flatten(value, f"{prefix}{key}."))
        return out or ({prefix[:-1]: {}} if prefix else {})
    if isinstance(data, list):
        out = {}
        for i, value in enumerate(data):
            out.update(flatten(value, f"{prefix}{i}."))
        return out or ({prefix[:-1]: []} if prefix else {})
    return {prefix[:-1]: data}


_ABSENT = object()


def input_changes(old_text: str, new_text: str) -> list[dict[str, Any]]:
    """Every input that differs: `{path, old, new}` (a missing side is None)."""
    old = flatten(load_yaml_text(old_text, "gammel versjon") or {})
    new = flatten(load_yaml_text(new_text, "ny versjon") or {})
    rows = []
    for path in sorted(old.keys() | new.keys()):
        a, b = old.get(path, _ABSENT), new.get(path, _ABSENT)
        if a != b:
            rows.append({"path": path, "old": None if a is _ABSENT else a,
                         "new": None if b is _ABSENT else b})
    return rows


def result_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Headline metrics side by side, and whether parameters or engine differ."""
    a, b = old.get("headlines", {}), new.get("headlines", {})
    metrics = []
    for key, label in METRICS.items():
        x, y = a.get(key), b.get(key)
        change = y - x if isinstance(x, int | float) and isinstance(y, int | float) else None
        metrics.append({"metric": key, "label": label, "old": x, "new": y, "change": change})
    return {
        "metrics": metrics,
        "parameter_set": {"old": old.get("parameter_set"), "new": new.get("parameter_set")},
        "engine_version": {"old": old.get("engine_version"), "new": new.get("engine_version")},
        "same_parameters": old.get("parameter_set") == new.get("parameter_set"),
        "same_engine": old.get("engine_version") == new.get("engine_version"),
    }
