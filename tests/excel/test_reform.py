"""A reform in the live workbook (issue #14): the rule change per participant is on the
unit-flows sheet as values («Regelendring per deltaker»), the cash flows add it for every
cohort as formulas, the columns «Regelendring alene» show it per payer and year, and the
summary's block «Regelendringen alene» gives its NPV and the break-even per payer. The
formulas, evaluated by `formulas`, equal the engine, also after an evaluator changes the
participants, a discount rate, the real wage growth or a success rate in the workbook."""

from __future__ import annotations

import copy
import re
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from costbenefit.excel.compare import COMPARISON, build_comparison
from costbenefit.excel.sheet_summary import (
    BALANCE_NOTE,
    COVER_HEAD,
    GAIN_HEAD,
    NOT_DEFINED,
    NOT_WITHIN,
)
from costbenefit.excel.sheet_unit_flows import REFORM_LABEL
from costbenefit.excel.workbook import SHEETS, build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import CATEGORIES, PAYER_INDEX, PUBLIC_PAYERS
from costbenefit.report.compare import ROWS
from tests.excel.support import (
    MIXED_REFORM,
    PURE_REFORM,
    REL,
    FormulaModel,
    assert_outputs,
    reform_outputs,
    typed,
)
from tests.excel.test_workbook import ALLOWED_FUNCTIONS

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
NAMES = [f"reform_npv_{p}" for p in (*PUBLIC_PAYERS, "public_total", "person")] + [
    f"reform_needed_{p}" for p in (*PUBLIC_PAYERS, "public_total")]


def check(values: dict[str, object], result) -> None:
    assert_outputs(values, reform_outputs(result))


def mixed_data(pset) -> dict:
    """The IPS example (its study's numbers typed in) with a kommune benefit as reform."""
    data = typed(load_scenario(EXAMPLE), pset)
    data["reform"] = copy.deepcopy(MIXED_REFORM)
    return data


def built(data: dict, pset, path: Path):
    result = evaluate(Scenario.model_validate(data), pset)
    path.write_bytes(build_workbook(result, pset))
    return result, FormulaModel(path)


@pytest.fixture(scope="module")
def pure(pset, tmp_path_factory):
    data = copy.deepcopy(PURE_REFORM)
    return (data, *built(data, pset, tmp_path_factory.mktemp("reform") / "pure.xlsx"))


@pytest.fixture(scope="module")
def mixed(pset, tmp_path_factory):
    data = mixed_data(pset)
    return (data, *built(data, pset, tmp_path_factory.mktemp("reform") / "mixed.xlsx"))


@pytest.mark.parametrize("case", ["pure", "mixed"])
def test_workbook_equals_engine(case, request) -> None:
    _, result, model = request.getfixturevalue(case)
    assert set(NAMES) <= set(model.names)
    check(model.calculate(), result)


def test_pure_reform_break_even_per_payer(pure) -> None:
    """No behaviour: the kommune and fylkeskommune save already (0), the state and the public
    total need extra people in work; the whole budget effect is the rule change."""
    *_, model = pure
    values = model.calculate()
    assert values["reform_needed_kommune"] == values["reform_needed_fylkeskommune"] == 0
    assert values["reform_needed_stat"] > values["reform_needed_public_total"] > 0
    for p in PUBLIC_PAYERS:
        assert values[f"reform_npv_{p}"] == pytest.approx(values[f"npv_{p}"], rel=REL)
    assert values["successes_needed"] == pytest.approx(values["reform_needed_public_total"])


def test_changed_participants_recompute_like_engine(pure, pset) -> None:
    data, _, model = pure
    values = model.calculate(participants_1=1_500)
    changed = copy.deepcopy(data)
    changed["intervention"]["cohorts"][0]["participants"] = 1_500
    want = evaluate(Scenario.model_validate(changed), pset)
    check(values, want)
    assert values["reform_npv_stat"] == pytest.approx(
        0.75 * model.calculate()["reform_npv_stat"], rel=REL)


def test_changed_inputs_recompute_like_engine(mixed, pset) -> None:
    """Participants of a later cohort, the success rate, the first discount rate and the real
    wage growth, changed together in the workbook: the engine with the same changes."""
    data, _, model = mixed
    values = model.calculate(participants_2=40, success_rate_with=0.45, discount_rate_1=0.05,
                             growth_rate=0.015)
    changed = copy.deepcopy(data)
    iv = changed["intervention"]
    iv["cohorts"] = [dict(c) for c in iv["cohorts"]]
    iv["cohorts"][1]["participants"] = 40
    iv["success_rate_with"] = 0.45
    changed["discounting"] = {"schedule": "custom",
                              "steps": [(0, 0.05), (40, 0.03), (75, 0.02)]}
    changed["parameter_overrides"] = {"macro.real_wage_growth": 0.015}
    want = evaluate(Scenario.model_validate(changed), pset)
    check(values, want)
    assert values["npv_kommune"] != pytest.approx(mixed[1].budget.npv["kommune"])


def _headers(ws, row: int) -> dict[str, int]:
    return {ws.cell(row, c).value: c for c in range(1, ws.max_column + 1)
            if ws.cell(row, c).value}


def test_rule_change_per_year_and_per_participant(mixed) -> None:
    """Kontantstrøm's «Regelendring alene» columns are the engine's reform_by_year; the
    unit-flows sheet holds Result.reform_per_participant as values under its label."""
    _, result, model = mixed
    path = model.path
    sol = model.model.calculate()
    wb = openpyxl.load_workbook(path)
    flows = wb[SHEETS["flows"]]
    heads = _headers(flows, 4)
    horizon = result.scenario.horizon_years
    for payer, label in (("kommune", "kommune"), ("stat", "stat"), ("person", "personen selv")):
        col = openpyxl.utils.get_column_letter(heads[f"Regelendring alene: {label}"])
        got = [model.cell(sol, SHEETS["flows"], f"{col}{5 + t}") for t in range(horizon)]
        np.testing.assert_allclose(got, result.reform_by_year[:, PAYER_INDEX[payer]],
                                   rtol=1e-9, atol=1e-6)
    unit = wb[SHEETS["unit"]]
    heads = _headers(unit, 2)
    reform = result.reform_per_participant
    label = f"{REFORM_LABEL} – Kommune: stønader"
    assert unit.cell(3, heads[label]).data_type == "n"
    got = [unit.cell(3 + k, heads[label]).value for k in range(horizon)]
    np.testing.assert_allclose(
        got, reform[:, PAYER_INDEX["kommune"], CATEGORIES.index("transfers")], rtol=1e-12)
    assert any(str(v).startswith(REFORM_LABEL) for v in _headers(unit, 1))


def test_summary_block_and_only_whitelisted_functions(mixed) -> None:
    *_, model = mixed
    wb = openpyxl.load_workbook(model.path)
    summary = wb[SHEETS["summary"]]
    texts = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(t.startswith("Regelendringen alene") for t in texts)
    assert "Flere i arbeid som trengs for balanse" in texts and BALANCE_NOTE in texts
    assert COVER_HEAD in texts and GAIN_HEAD in texts
    sheet, coord = next(wb.defined_names["reform_npv_stat"].destinations)
    assert wb[sheet][coord.replace("$", "")].value.startswith("=SUMPRODUCT(")
    used = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    used |= set(re.findall(r"([A-Z][A-Z0-9.]*)\(", cell.value))
    assert used <= ALLOWED_FUNCTIONS, used - ALLOWED_FUNCTIONS
    assert len(summary._charts) == 1


def test_no_reform_no_reform_block(pset, tmp_path) -> None:
    result = evaluate(load_scenario(EXAMPLE), pset)
    path = tmp_path / "plain.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = openpyxl.load_workbook(path)
    assert not [n for n in wb.defined_names if n.startswith("reform_")]
    assert not [h for h in _headers(wb[SHEETS["flows"]], 4) if "Regelendring" in str(h)]


def test_comparison_with_a_reform(mixed, pure, tmp_path) -> None:
    """The comparison sheet's live rows follow each scenario's model, reform included; the
    blocks on a scenario sheet do not overlap."""
    results = [mixed[1], pure[1]]
    path = tmp_path / "cmp.xlsx"
    path.write_bytes(build_comparison(results))
    model = FormulaModel(path)
    sol = model.model.calculate()
    for i, row in enumerate(ROWS, start=6):
        if not row.live:
            continue
        for j, result in enumerate(results, start=2):
            got = model.cell(sol, COMPARISON, f"{openpyxl.utils.get_column_letter(j)}{i}")
            want = row.value(result)
            if want is None:
                assert got in (NOT_DEFINED, NOT_WITHIN), row.key
            else:
                assert got == pytest.approx(want, rel=REL, abs=1e-6), row.key
