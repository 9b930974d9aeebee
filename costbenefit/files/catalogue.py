"""Reading a parameter set's folder for its catalogue and writing ``docs/parameters.md``
(the rendering is pure, in :mod:`costbenefit.report.catalogue`)."""

from __future__ import annotations

from pathlib import Path

from costbenefit.errors import InputError
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.lifetime_cost import lifetime_public_cost
from costbenefit.parameters.loader import read_set_header, resolve_parameter_set, shipped_root
from costbenefit.report.catalogue import render_catalogue

DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "parameters.md"
LIFETIME_PRICE_YEAR = 2025  # kroneår of the lifetime-cost table (capped by the KPI series)


def load_not_found(root: Path) -> list[dict[str, str]]:
    """The `not_found` list of the set's index.yaml."""
    return [item.model_dump() for item in read_set_header(root).not_found]


def build(params: str | None = None) -> str:
    """Load the set (a folder or the shipped version) and render its catalogue."""
    pset = resolve_parameter_set(params)
    root = Path(params) if params and Path(params).is_dir() else shipped_root()
    year = min(LIFETIME_PRICE_YEAR, max(d.year for d in pset.get("macro.kpi").values))
    costs = [lifetime_public_cost(pset, g, price_year=year) for g in target_groups(pset)]
    return render_catalogue(pset, load_not_found(root), costs)


def write_or_check(text: str, output: Path, check: bool) -> str:
    """Write the catalogue, or with `check` raise InputError when the file differs."""
    if check:
        current = output.read_text(encoding="utf-8") if output.is_file() else ""
        if current != text:
            raise InputError(
                "katalogen er ikke oppdatert. Kjør `costbenefit params catalogue` og sjekk inn "
                "filen", source=str(output),
            )
        return f"{output} er oppdatert."
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(output)
    return f"Skrev {output}."
