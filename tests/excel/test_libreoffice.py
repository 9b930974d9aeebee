"""LibreOffice headless recalculates the exported workbooks to the engine's figures (1e-6).

Runs where `soffice` is on PATH (CI installs libreoffice-calc-nogui in .ci/run)."""

from __future__ import annotations

import copy
from pathlib import Path

import openpyxl
import pytest

from costbenefit.excel.compare import COMPARISON, build_comparison
from costbenefit.excel.sheet_summary import NOT_DEFINED, NOT_WITHIN
from costbenefit.excel.workbook import build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report.compare import ROWS, shown_value
from costbenefit.report.texts_nb import NOT_REACHABLE
from tests.excel.support import (
    MIXED_REFORM,
    PURE_REFORM,
    SOFFICE,
    engine_outputs,
    libreoffice_values,
    reform_outputs,
    typed,
)

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) er ikke installert; CI installerer "
    "libreoffice-calc-nogui")
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
REL = 1e-6


def check(got: object, want: object, what: str) -> None:
    if want is None:
        assert got in (NOT_DEFINED, NOT_WITHIN), what
    elif isinstance(want, str):
        assert got == want, what
    else:
        assert got == pytest.approx(want, rel=REL, abs=1e-6), what


def test_libreoffice_recalculates_workbook_to_engine(tmp_path, pset) -> None:
    data = typed(load_scenario(EXAMPLE), pset)
    data["intervention"]["duration_years"] = 2  # overlapping cohorts in the cost formulas
    result = evaluate(Scenario.model_validate(data), pset)  # 45 years: R-109 steps at 40
    path = tmp_path / "ips.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = libreoffice_values(path, tmp_path)
    for name, want in engine_outputs(result).items():
        sheet, coord = next(wb.defined_names[name].destinations)
        check(wb[sheet][coord.replace("$", "")].value, want, name)
    assert "Kontantstrøm" in wb.sheetnames and wb["Sammendrag"]["A1"].value == result.scenario.name


def test_libreoffice_shows_an_unreachable_break_even_as_text(tmp_path, pset) -> None:
    """95 % would succeed anyway, so breaking even needs a rate above 100 %: LibreOffice's
    recalculation of the IF formulas says «ikke oppnåelig» in the summary, and the
    comparison sheet's reference to it shows the same."""
    data = typed(load_scenario(EXAMPLE), pset)
    data["intervention"].update(success_rate_without=0.95, success_rate_with=0.97)
    result = evaluate(Scenario.model_validate(data), pset)
    assert result.break_even.success_rate > 1
    (tmp_path / "wb").mkdir()
    (tmp_path / "cmp").mkdir()
    path = tmp_path / "wb" / "unreachable.xlsx"
    path.write_bytes(build_workbook(result, pset))
    cmp_path = tmp_path / "cmp" / "unreachable.xlsx"
    cmp_path.write_bytes(build_comparison([result]))
    wb = libreoffice_values(path, tmp_path / "wb")
    for name, want in engine_outputs(result).items():
        sheet, coord = next(wb.defined_names[name].destinations)
        check(wb[sheet][coord.replace("$", "")].value, want, name)
    sheet, coord = next(wb.defined_names["break_even_rate"].destinations)
    assert wb[sheet][coord.replace("$", "")].value == NOT_REACHABLE
    ws = libreoffice_values(cmp_path, tmp_path / "cmp")[COMPARISON]
    for i, row in enumerate(ROWS, start=6):
        check(ws.cell(i, 2).value, shown_value(row, result), row.key)


def test_libreoffice_recalculates_comparison(tmp_path, pset) -> None:
    base = load_scenario(EXAMPLE)
    data = typed(base, pset)
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


def test_libreoffice_recalculates_a_reform_to_engine(tmp_path, pset) -> None:
    """A reform beside a behavioural effect: LibreOffice's budget NPVs, the rule change's
    NPV per payer and the break-even per payer equal the engine's."""
    data = typed(load_scenario(EXAMPLE), pset)
    data["reform"] = copy.deepcopy(MIXED_REFORM)
    result = evaluate(Scenario.model_validate(data), pset)
    path = tmp_path / "reform.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = libreoffice_values(path, tmp_path)
    for name, want in reform_outputs(result).items():
        sheet, coord = next(wb.defined_names[name].destinations)
        check(wb[sheet][coord.replace("$", "")].value, want, name)


def test_libreoffice_recomputes_a_reform_after_changing_participants(tmp_path, pset) -> None:
    """The rule change alone with 2 000 participants, changed to 1 200 in the workbook's
    input cell: LibreOffice's NPVs and break-even per payer equal the engine's for 1 200."""
    result = evaluate(Scenario.model_validate(PURE_REFORM), pset)
    path = tmp_path / "pure.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = openpyxl.load_workbook(path)
    sheet, coord = next(wb.defined_names["participants_1"].destinations)
    wb[sheet][coord.replace("$", "")].value = 1_200
    wb.save(path)
    changed = copy.deepcopy(PURE_REFORM)
    changed["intervention"]["cohorts"][0]["participants"] = 1_200
    want = evaluate(Scenario.model_validate(changed), pset)
    values = libreoffice_values(path, tmp_path)
    for name, value in reform_outputs(want).items():
        sheet, coord = next(values.defined_names[name].destinations)
        check(values[sheet][coord.replace("$", "")].value, value, name)
    sheet, coord = next(values.defined_names["reform_npv_stat"].destinations)
    assert values[sheet][coord.replace("$", "")].value == pytest.approx(
        0.6 * reform_outputs(result)["reform_npv_stat"], rel=REL)
