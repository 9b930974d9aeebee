"""The workbook shows what a success is (issue #13): the sheet «Tilstander» holds the engine's
persons in each state with and without the measure (values, and it says so), the outcome, the
study and its optimism-bias correction; the summary names the outcome, the evidence and the
real wage growth, which follows the input cell."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from costbenefit.excel.sheet_states import VALUES_NOTE
from costbenefit.excel.workbook import SHEETS, build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.model.structure import STATE_LABELS_NB, STATES
from costbenefit.report.success import effect_text
from tests.excel.support import FormulaModel, typed

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
STATES_SHEET = SHEETS["states"]


@pytest.fixture(scope="module")
def example(pset, tmp_path_factory):
    result = evaluate(load_scenario(EXAMPLE), pset)
    assert result.evidence is not None  # the example names a study
    path = tmp_path_factory.mktemp("states") / "ips.xlsx"
    path.write_bytes(build_workbook(result, pset))
    return result, path


def table_of(ws) -> tuple[int, dict[str, int]]:
    """The first data row and the first column of each group (outcome, then each state)."""
    head = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "År")
    groups = {ws.cell(head, c).value: c for c in range(2, ws.max_column + 1)
              if ws.cell(head, c).value}
    return head + 2, groups


def test_states_sheet_holds_the_engines_numbers_as_values(example) -> None:
    result, path = example
    ws = openpyxl.load_workbook(path)[STATES_SHEET]
    first, groups = table_of(ws)
    st = result.states
    years = [ws.cell(first + k, 1).value for k in range(len(st.years))]
    assert years == [int(y) for y in st.years]
    for s, state in enumerate(STATES):
        col = groups[STATE_LABELS_NB[state].capitalize()]
        assert [ws.cell(first - 1, col + i).value for i in range(3)] == [
            "uten tiltaket", "med tiltaket", "forskjell"]
        got = np.array([[ws.cell(first + k, col + i).value for i in range(3)]
                        for k in range(len(st.years))])
        np.testing.assert_allclose(got[:, 0], st.without[:, s], rtol=1e-12)
        np.testing.assert_allclose(got[:, 1], st.with_measure[:, s], rtol=1e-12)
        np.testing.assert_allclose(got[:, 2], st.with_measure[:, s] - st.without[:, s],
                                   atol=1e-9)
    outcome = groups["Personer i arbeid (utfallet)"]
    assert outcome == 2
    diff = [ws.cell(first + k, outcome + 2).value for k in range(3)]
    assert diff == pytest.approx([0.0, 100 * 0.095 * 0.9, diff[2]])  # the study's 8,55 points
    assert not any(c.data_type == "f" for row in ws.iter_rows() for c in row)
    assert ws["A2"].value == VALUES_NOTE and "ikke formler" in VALUES_NOTE


def test_states_sheet_names_the_outcome_the_study_and_the_optimism_bias(example) -> None:
    result, path = example
    ws = openpyxl.load_workbook(path)[STATES_SHEET]
    facts = {r[0]: r[1] for r in ws.iter_rows(min_row=4, max_col=2, values_only=True) if r[0]}
    ev = result.evidence
    assert "Hva en suksess er: i arbeid" in facts
    assert facts["Studie"] == f"{ev.label} ({ev.study})"
    assert facts["Studiens utfall"] == ev.outcome_definition
    assert facts["Effekt"] == effect_text(ev) and "optimismekorreksjon 10 %" in facts["Effekt"]
    assert facts["Risikodifferanse i studien"] == ev.risk_difference[0]
    assert facts[f"Optimismekorreksjon (evidensgrad {ev.grade})"] == ev.optimism_bias
    assert facts["Effekt brukt i modellen"] == pytest.approx(ev.applied_difference)
    assert any(str(k).startswith("+9,5 prosentpoeng i arbeid i studien") for k in facts)


def test_summary_names_the_outcome_the_evidence_and_a_live_wage_growth(example) -> None:
    result, path = example
    ws = openpyxl.load_workbook(path)[SHEETS["summary"]]
    rows = {r[0]: r for r in ws.iter_rows(max_col=3, values_only=True) if r[0]}
    assert rows["Hva en suksess er"][1] == "i arbeid"
    assert rows["Effekt"][1] == f"{result.evidence.label}: {effect_text(result.evidence)}"
    assert "Tilstander" in rows["Tilstander"][1]
    label = "Reallønnsvekst per år (gevinstene, fra regelåret 2024)"
    growth_row = next(r for r in range(1, 20) if ws.cell(r, 1).value == label)
    assert ws.cell(growth_row, 2).data_type == "f"
    model = FormulaModel(path)
    for rate in (result.growth_rate, 0.02):
        sol = model.model.calculate(inputs={model.named_key("growth_rate"): rate})
        assert model.cell(sol, SHEETS["summary"], f"B{growth_row}") == pytest.approx(rate)
    sol = model.model.calculate()
    assert model.cell(sol, SHEETS["summary"], f"B{growth_row + 1}") == result.growth_until


def test_typed_rates_say_there_is_no_study(pset, tmp_path) -> None:
    data = typed(load_scenario(EXAMPLE), pset)
    data["intervention"]["success_outcome"] = "in_education"
    result = evaluate(Scenario.model_validate(data), pset)
    path = tmp_path / "typed.xlsx"
    path.write_bytes(build_workbook(result, pset))
    wb = openpyxl.load_workbook(path)
    rows = {r[0]: r[1] for r in wb[SHEETS["summary"]].iter_rows(max_col=2, values_only=True)
            if r[0]}
    assert rows["Hva en suksess er"] == "i utdanning"
    assert rows["Effekt"].startswith("suksessratene i Forutsetninger")
    ws = wb[STATES_SHEET]
    _, groups = table_of(ws)
    assert "Personer i utdanning (utfallet)" in groups
    assert not any(r[0] == "Studie" for r in ws.iter_rows(max_col=1, values_only=True))
