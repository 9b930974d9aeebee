"""Read a portfolio YAML file and the scenario files it names (an adapter)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.files.scenarios import MAX_SCENARIO_BYTES, load_scenario
from costbenefit.model.scenario import Scenario
from costbenefit.programme.portfolio import PortfolioSpec
from costbenefit.validation.messages import input_error_from
from costbenefit.validation.yaml_safe import load_yaml_text


def load_portfolio(path: Path | str) -> tuple[PortfolioSpec, list[Scenario]]:
    path = Path(path)
    if not path.is_file():
        raise InputError("filen finnes ikke", source=str(path))
    if path.stat().st_size > MAX_SCENARIO_BYTES:
        raise InputError("porteføljefilen er for stor (over 1 MB)", source=str(path))
    raw = load_yaml_text(path.read_text(encoding="utf-8"), str(path))
    if not isinstance(raw, dict):
        raise InputError("en portefølje må være en YAML-mapping med nøkler", source=str(path))
    try:
        spec = PortfolioSpec.model_validate(raw)
    except ValidationError as exc:
        raise input_error_from(exc, str(path)) from None
    scenarios = []
    for i, project in enumerate(spec.projects):
        target = path.parent / project.scenario
        if not target.is_file():
            raise InputError(f"finner ikke scenariofilen '{project.scenario}'",
                             source=str(path), field=f"projects.{i}.scenario")
        if target.resolve() == path.resolve():
            raise InputError("prosjektet viser til porteføljefilen selv; oppgi en scenariofil",
                             source=str(path), field=f"projects.{i}.scenario")
        text = load_yaml_text(target.read_text(encoding="utf-8"), str(target))
        if isinstance(text, dict) and "projects" in text:
            raise InputError(f"'{project.scenario}' er en porteføljefil, ikke et scenario; "
                             "et program kan ikke inneholde et annet program. Oppgi "
                             "prosjektenes scenariofiler", source=str(path),
                             field=f"projects.{i}.scenario")
        scenarios.append(load_scenario(target))
    return spec, scenarios
