"""The live-formula workbook: its formulas, evaluated by `formulas`, equal the engine, also
after an evaluator changes an input cell; timing convention, names, provenance, safety."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from costbenefit.excel.sheet_summary import RATIO
from costbenefit.excel.workbook import SHEETS, build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import PAYER_INDEX
from costbenefit.report import i18n
from costbenefit.report.texts_nb import NOT_REACHABLE, ROI_HELP, ROI_LABEL
from tests.excel.support import REL, FormulaModel, assert_outputs, engine_outputs, typed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "ips_ung_illustrasjon.yaml"
# Functions that Excel and LibreOffice compute alike; nothing else may appear in a formula.
ALLOWED_FUNCTIONS = {"SUM", "SUMPRODUCT", "SUMIF", "INDEX", "MATCH", "IF", "AND", "MAX"}


def changed(scenario: Scenario, **intervention) -> Scenario:
    """The result's scenario (a study's numbers typed in) with changed inputs."""
    data = scenario.model_dump(by_alias=True)
    discounting = intervention.pop("discounting", None)
    data["intervention"].update(intervention)
    if discounting:
        data["discounting"] = discounting
    return Scenario.model_validate(data)


def assert_matches_engine(values: dict[str, object], result) -> None:
    assert_outputs(values, engine_outputs(result))


@pytest.fixture(scope="module")
def example(pset, tmp_path_factory):
    result = evaluate(load_scenario(EXAMPLE), pset)
    path = tmp_path_factory.mktemp("wb") / "ips.xlsx"
    path.write_bytes(build_workbook(result, pset))
    return result, path, FormulaModel(path)


def test_formulas_equal_engine(example) -> None:
    result, _, model = example
    assert_matches_engine(model.calculate(), result)


def test_changed_success_rate_recomputes_like_engine(example, pset) -> None:
    result, _, model = example
    values = model.calculate(success_rate_with=0.5, success_rate_without=0.2)
    want = evaluate(changed(result.scenario, success_rate_with=0.5, success_rate_without=0.2),
                    pset)
    assert_matches_engine(values, want)
    assert values["npv_public_total"] != pytest.approx(result.budget.npv["public_total"])


def test_changed_discount_rate_recomputes_like_engine(example, pset) -> None:
    result, _, model = example
    values = model.calculate(discount_rate_1=0.06)
    want = evaluate(changed(result.scenario, discounting={
        "schedule": "custom", "steps": [(0, 0.06), (40, 0.03), (75, 0.02)]}), pset)
    assert_matches_engine(values, want)


def test_changed_costs_and_participants_recompute_like_engine(example, pset) -> None:
    result, _, model = example
    values = model.calculate(cost_kommune=50_000, participants_2=40, attribution=0.8)
    iv = result.scenario.intervention
    cohorts = [c.model_dump() for c in iv.cohorts]
    cohorts[1]["participants"] = 40
    want = evaluate(changed(result.scenario, attribution=0.8, cohorts=cohorts,
                            cost_per_participant_year={"kommune": 50_000, "stat": 60_000}),
                    pset)
    assert_matches_engine(values, want)


def test_unprofitable_case_shows_no_payback(example, pset) -> None:
    """Attribution 0: nothing gained, payback never, break-even undefined (shown as text)."""
    result, _, model = example
    values = model.calculate(attribution=0.0)
    want = evaluate(changed(result.scenario, attribution=0.0), pset)
    assert want.budget.payback_year is None and want.break_even.successes_needed is None
    assert_matches_engine(values, want)


def test_break_even_beyond_reach_is_text_from_a_live_formula(example, pset) -> None:
    """95 % would succeed anyway: the rate that breaks even is above 100 %. Both break-even
    cells say «ikke oppnåelig» (a formula, so lowering the deadweight brings the number
    back), like the engine's column beside them."""
    result, path, model = example
    values = model.calculate(success_rate_without=0.95, success_rate_with=0.97)
    want = evaluate(changed(result.scenario, success_rate_without=0.95, success_rate_with=0.97),
                    pset)
    assert want.break_even.success_rate > 1
    assert values["break_even_rate"] == values["successes_needed"] == NOT_REACHABLE
    assert_matches_engine(values, want)
    wb = openpyxl.load_workbook(path)
    for name in ("break_even_rate", "successes_needed"):
        sheet, coord = next(wb.defined_names[name].destinations)
        formula = wb[sheet][coord.replace("$", "")].value
        assert formula.startswith("=IF(") and f'>1,"{NOT_REACHABLE}",' in formula, name


def test_roi_is_a_ratio_with_its_label_and_help(example) -> None:
    result, path, model = example
    wb = openpyxl.load_workbook(path)
    sheet, coord = next(wb.defined_names["roi"].destinations)
    cell = wb[sheet][coord.replace("$", "")]
    assert cell.data_type == "f" and cell.number_format == RATIO == "0.00"
    assert wb[sheet].cell(cell.row, cell.column - 1).value == ROI_LABEL
    assert wb[sheet].cell(cell.row, cell.column + 2).value == ROI_HELP
    assert model.calculate()["roi"] == pytest.approx(result.budget.roi, rel=REL)
    labels = [c.value for row in wb[sheet].iter_rows() for c in row if isinstance(c.value, str)]
    assert not any("Avkastning" in text for text in labels)


def test_timing_convention_in_discount_factors(example) -> None:
    """Year 0 undiscounted; DF(t) = Π_{k<t} 1/(1+r_k); R-109 steps at years 40 and 75.

    By hand: DF(1) = 1/1.04; DF(40) = 1.04^-40 (years 0..39 at 4 %);
    DF(41) = 1.04^-40 / 1.03 (year 40 at 3 %); the 45-year example ends at DF(44) = 1.04^-40 /
    1.03^4.
    """
    result, path, model = example
    sol = model.model.calculate()
    ws = openpyxl.load_workbook(path)[SHEETS["flows"]]
    head = next(r for r in range(1, 10) if ws.cell(r, 4).value == "Diskonteringsfaktor")

    def df(t: int) -> float:
        return model.cell(sol, SHEETS["flows"], f"D{head + 1 + t}")

    assert df(0) == 1
    assert df(1) == pytest.approx(1 / 1.04, rel=1e-12)
    assert df(40) == pytest.approx(1.04 ** -40, rel=1e-12)
    assert df(41) == pytest.approx(1.04 ** -40 / 1.03, rel=1e-12)
    assert df(44) == pytest.approx(1.04 ** -40 / 1.03 ** 4, rel=1e-12)
    np.testing.assert_allclose([df(t) for t in range(45)], result.ledger.discount_factors,
                               rtol=1e-12)


def test_flows_by_payer_equal_ledger(example) -> None:
    """Each yearly net flow per public payer in Kontantstrøm equals the engine's ledger."""
    result, path, model = example
    sol = model.model.calculate()
    ws = openpyxl.load_workbook(path)[SHEETS["flows"]]
    heads = {ws.cell(4, c).value: c for c in range(1, ws.max_column + 1)}
    for payer, label in (("kommune", "Netto kommune"), ("stat", "Netto stat")):
        col = openpyxl.utils.get_column_letter(heads[label])
        got = [model.cell(sol, SHEETS["flows"], f"{col}{5 + t}") for t in range(45)]
        want = result.ledger.amount[:, PAYER_INDEX[payer], :].sum(axis=1)
        np.testing.assert_allclose(got, want, rtol=1e-9, atol=1e-6)


def test_names_sheets_and_formats(example) -> None:
    _, path, _ = example
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[:3] == ["Sammendrag", "Forutsetninger", "Kontantstrøm"]
    assert {"Parametere", "Sporbarhet"} <= set(wb.sheetnames)
    assert {"success_rate_with", "success_rate_without", "discount_rate_1", "npv_public_total",
            "npv_kommune", "npv_fylkeskommune", "npv_stat", "successes_needed"} <= set(
        wb.defined_names)
    sheet, coord = next(wb.defined_names["npv_public_total"].destinations)
    assert wb[sheet][coord.replace("$", "")].number_format == '#,##0 "kr";-#,##0 "kr"'
    sheet, coord = next(wb.defined_names["success_rate_with"].destinations)
    cell = wb[sheet][coord.replace("$", "")]
    assert cell.number_format == "0.0 %"
    assert cell.protection.locked is False and cell.fill.fgColor.rgb.endswith("FFF2CC")
    assert len(wb["Sammendrag"]._charts) == 1


def test_only_whitelisted_functions(example) -> None:
    _, path, _ = example
    used = set()
    for ws in openpyxl.load_workbook(path).worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    used |= set(re.findall(r"([A-Z][A-Z0-9.]*)\(", cell.value))
    assert used and used <= ALLOWED_FUNCTIONS, used - ALLOWED_FUNCTIONS


def test_parameters_and_traceability_sheets(example, pset) -> None:
    result, path, _ = example
    wb = openpyxl.load_workbook(path)
    params = wb["Parametere"]
    rows = {r[0]: r for r in params.iter_rows(min_row=4, values_only=True)}
    assert set(rows) == set(result.parameters_used)
    for name, row in rows.items():
        param = pset.get(name)
        assert row[3] == i18n.unit_label(param.unit)  # Norwegian, as in the app
        assert row[7] in {str(r.href) for r in param.reference} | {
            str(r.href) for v in param.values.values() for r in (v.reference or [])}
    trace = {r[0]: r[1] for r in wb["Sporbarhet"].iter_rows(values_only=True) if r[0]}
    assert trace["sha256 (innholdshash)"] == pset.sha256
    assert trace["Motorversjon"] == result.engine_version
    assert "år 0" in trace["Tidskonvensjon"] and "Π_{k<t}" in trace["Tidskonvensjon"]


def test_project_name_formula_stays_text(pset, tmp_path) -> None:
    data = load_scenario(EXAMPLE).model_dump(exclude_unset=True)
    data["name"] = '=HYPERLINK("http://evil.example","klikk")'
    data["description"] = "+1+2"
    result = evaluate(Scenario.model_validate(data), pset)
    path = tmp_path / "x.xlsx"
    path.write_bytes(build_workbook(result, pset))
    ws = openpyxl.load_workbook(path)["Sammendrag"]
    assert ws["A1"].data_type == "s" and ws["A1"].value == data["name"]
    assert ws["B6"].value == "+1+2" and ws["B6"].data_type == "s"


@pytest.mark.parametrize(
    "societal",
    [{}, {"analysis_period": 20}, {"analysis_period": 20, "residual_value": "remaining"}],
)
def test_societal_npv_is_a_live_formula(pset, tmp_path, societal) -> None:
    """npv_societal recomputes from the same flows as the engine's society rows: production
    at labour cost, public services and measure costs, the financing cost of the net public
    effect, within the analysis period, with or without a residual value."""
    data = typed(load_scenario(EXAMPLE), pset)
    data["societal"] = societal
    result = evaluate(Scenario.model_validate(data), pset)
    path = tmp_path / "society.xlsx"
    path.write_bytes(build_workbook(result, pset))
    model = FormulaModel(path)
    values = model.calculate()
    assert values["npv_societal"] == pytest.approx(result.societal.npv, rel=REL)
    assert_matches_engine(values, result)
    # change the financing cost and the success rate in the workbook: same as the engine
    data["intervention"] = {**data["intervention"], "success_rate_with": 0.5}
    data["parameter_overrides"] = {"r109.tax_financing_cost": 0.1}
    changed = evaluate(Scenario.model_validate(data), pset)
    values = model.calculate(tax_financing_rate=0.1, success_rate_with=0.5)
    assert values["npv_societal"] == pytest.approx(changed.societal.npv, rel=REL)


def test_cash_to_participants_recomputes_like_engine(pset, tmp_path) -> None:
    """A measure that pays participants cash: a budget cost, a transfer for society. The
    workbook's budget and societal NPVs equal the engine's, also after changing the cash."""
    data = load_scenario(EXAMPLE).model_dump(exclude_unset=True)
    data["intervention"]["transfer_per_participant_year"] = {"stat": 120_000, "kommune": 10_000}
    result = evaluate(Scenario.model_validate(data), pset)
    path = tmp_path / "cash.xlsx"
    path.write_bytes(build_workbook(result, pset))
    model = FormulaModel(path)
    values = model.calculate()
    assert_matches_engine(values, result)
    assert values["npv_societal"] == pytest.approx(result.societal.npv, rel=REL)
    data["intervention"]["transfer_per_participant_year"]["stat"] = 60_000
    changed = evaluate(Scenario.model_validate(data), pset)
    values = model.calculate(transfer_stat=60_000)
    assert_matches_engine(values, changed)
    assert values["npv_societal"] == pytest.approx(changed.societal.npv, rel=REL)
