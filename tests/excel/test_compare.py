"""`costbenefit compare`: the Norwegian text table and the workbook with one live model per
scenario sheet and a comparison sheet that refers to them."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from costbenefit.cli.main import main
from costbenefit.excel.compare import COMPARISON, build_comparison, sheet_title
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report.compare import ROWS, shown_value
from costbenefit.report.i18n import kr
from tests.excel.support import FormulaModel, typed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"


def variant(tmp_path: Path, name: str, **intervention) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    text = text.replace("name: IPS Ung, Trondheim (illustrasjon)", f"name: {name}")
    for key, value in intervention.items():
        text = text.replace(f"  {key}: ", f"  {key}: {value}  # ", 1)
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_text_table_has_one_column_per_scenario(tmp_path, capsys, pset) -> None:
    b = variant(tmp_path, "Variant B", success_rate_with=0.5)
    assert main(["compare", str(EXAMPLE), str(b)]) == 0
    out = capsys.readouterr().out
    assert "SAMMENLIGNING" in out and "Variant B" in out
    npv_line = next(line for line in out.splitlines() if line.startswith("Nåverdi offentlig sum"))
    want_b = evaluate(load_scenario(b), pset).budget.npv["public_total"]
    assert npv_line.endswith(kr(want_b))


def test_comparison_workbook_formulas_equal_engine(tmp_path, pset) -> None:
    data = typed(load_scenario(EXAMPLE), pset)
    data["horizon_years"] = 15
    a = Scenario.model_validate(data)
    data["name"] = "Kort: flat 3 %"
    data["discounting"] = {"schedule": "flat", "rate": 0.03}
    b = Scenario.model_validate(data)
    results = [evaluate(a, pset), evaluate(b, pset)]
    path = tmp_path / "sammenligning.xlsx"
    path.write_bytes(build_comparison(results))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == [COMPARISON, sheet_title(1, a.name), sheet_title(2, b.name)]
    model = FormulaModel(path)
    sol = model.model.calculate()
    for i, row in enumerate(ROWS, start=6):
        assert wb[COMPARISON].cell(i, 1).value == row.label
        for j, result in enumerate(results, start=2):
            coord = wb[COMPARISON].cell(i, j).coordinate
            want = shown_value(row, result)
            got = model.cell(sol, COMPARISON, coord)
            if row.key == "roi":
                assert wb[COMPARISON][coord].number_format == "0.00"  # a ratio, not a %
            if want is None:
                assert got == "–", (row.key, result.scenario.name)
            elif isinstance(want, str):
                assert got == want, (row.key, result.scenario.name)
            else:
                assert got == pytest.approx(want, rel=1e-9), (row.key, result.scenario.name)


def test_compare_cli_writes_workbook(tmp_path, capsys) -> None:
    out = tmp_path / "cmp.xlsx"
    assert main(["compare", str(EXAMPLE), str(EXAMPLE), "--xlsx", str(out)]) == 0
    assert "2 scenarioer" in capsys.readouterr().out
    assert len(openpyxl.load_workbook(out).sheetnames) == 3


def test_sheet_titles_are_legal() -> None:
    title = sheet_title(3, "Tiltak [fase 2]: 'ung/voksen'? * en veldig lang tittel")
    assert len(title) <= 31 and not set(title) & set("[]:*?/\\'")
    assert title.startswith("3 Tiltak")
