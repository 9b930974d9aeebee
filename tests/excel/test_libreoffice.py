"""LibreOffice headless recalculates the exported workbooks to the engine's figures (1e-6).

Runs where `soffice` is on PATH (CI installs libreoffice-calc-nogui in .ci/run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from costbenefit.excel.compare import COMPARISON, build_comparison
from costbenefit.excel.sheet_summary import NOT_DEFINED, NOT_WITHIN
from costbenefit.excel.workbook import build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report.compare import ROWS
from tests.excel.support import SOFFICE, engine_outputs, libreoffice_values

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) er ikke installert; CI installerer "
    "libreoffice-calc-nogui")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
REL = 1e-6


def check(got: object, want: object, what: str) -> None:
    if want is None:
        assert got in (NOT_DEFINED, NOT_WITHIN), what
    else:
        assert got == pytest.approx(want, rel=REL, abs=1e-6), what


def test_libreoffice_recalculates_workbook_to_engine(tmp_path, pset) -> None:
    data = load_scenario(EXAMPLE).model_dump()
    data["intervention"]["duration_years"] = 2  # overlapping cohorts in the cost formulas
    result = evaluate(Scenario.model_validate(data), pset)  # 45 years: R-109 steps at 40
    path = tmp_path / "ips.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = libreoffice_values(path, tmp_path)
    for name, want in engine_outputs(result).items():
        sheet, coord = next(wb.defined_names[name].destinations)
        check(wb[sheet][coord.replace("$", "")].value, want, name)
    assert "Kontantstrøm" in wb.sheetnames and wb["Sammendrag"]["A1"].value == result.scenario.name


def test_libreoffice_recalculates_comparison(tmp_path, pset) -> None:
    base = load_scenario(EXAMPLE)
    data = base.model_dump()
    data["name"] = "Ingen dødvekt, flat rente"
    data["intervention"]["success_rate_without"] = 0.0
    data["discounting"] = {"schedule": "flat", "rate": 0.025}
    results = [evaluate(base, pset), evaluate(Scenario.model_validate(data), pset)]
    path = tmp_path / "cmp.xlsx"
    path.write_bytes(build_comparison(results))
    ws = libreoffice_values(path, tmp_path)[COMPARISON]
    for i, row in enumerate(ROWS, start=6):
        for j, result in enumerate(results, start=2):
            check(ws.cell(i, j).value, row.value(result), f"{row.key} {result.scenario.name}")
