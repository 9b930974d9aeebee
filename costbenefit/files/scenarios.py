"""Read a scenario from YAML or a filled Excel budget template (an adapter: the core never
reads files)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from costbenefit.errors import InputError
from costbenefit.model.scenario import Scenario
from costbenefit.validation.messages import input_error_from
from costbenefit.validation.yaml_safe import load_yaml_text

MAX_SCENARIO_BYTES = 1_000_000
EXCEL_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls"})


def scenario_from_mapping(raw: object, source: str) -> Scenario:
    if not isinstance(raw, dict):
        raise InputError("et scenario må være en YAML-mapping med nøkler", source=source)
    try:
        return Scenario.model_validate(raw)
    except ValidationError as exc:
        raise input_error_from(exc, source) from None


def load_scenario(path: Path | str) -> Scenario:
    path = Path(path)
    if path.suffix.lower() in EXCEL_SUFFIXES:
        from costbenefit.excel.template_read import load_template

        return load_template(path)
    if path.is_dir():
        raise InputError("dette er en mappe; oppgi en scenariofil", source=str(path))
    if not path.is_file():
        raise InputError("filen finnes ikke", source=str(path))
    if path.stat().st_size == 0:
        raise InputError("filen er tom; et scenario trenger minst name, target_group, "
                         "start_age, start_year, price_year, horizon_years og intervention",
                         source=str(path))
    if path.stat().st_size > MAX_SCENARIO_BYTES:
        raise InputError("scenariofilen er for stor (over 1 MB)", source=str(path))
    return scenario_from_bytes(path.read_bytes(), str(path))


def scenario_from_bytes(data: bytes, source: str) -> Scenario:
    """A scenario from YAML bytes (a file or an upload): size, UTF-8, safe load, validate."""
    if len(data) > MAX_SCENARIO_BYTES:
        raise InputError("scenariofilen er for stor (over 1 MB)", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError("filen er ikke tekst i UTF-8 (er det en YAML-fil?)",
                         source=source) from None
    return scenario_from_mapping(load_yaml_text(text, source), source)
