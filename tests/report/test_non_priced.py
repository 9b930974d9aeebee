"""Non-priced effects in the reports: the text table's section (before the warnings), the
JSON contract's `non_priced` rows, the workbook's sheet; the headline numbers do not move."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest

from costbenefit.cli.main import main
from costbenefit.excel.workbook import SHEETS, build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from costbenefit.model.scenario import Scenario
from costbenefit.report.as_json import to_json_dict
from costbenefit.report.non_priced import HEAD, NONE_GIVEN
from costbenefit.report.table import render

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
EFFECTS = [
    {"name": "=HYPERLINK(\"http://x\")", "description": "-1+2 antakelse",
     "betydning": "stor", "omfang": "−−", "konsekvens": "−−−−"},
    {"name": "Mestring", "betydning": "middels", "omfang": "lite positivt"},
]


@pytest.fixture(scope="module")
def results(pset):
    sc = load_scenario(EXAMPLE)
    with_effects = evaluate(Scenario.model_validate(
        {**sc.model_dump(exclude_unset=True), "non_priced": EFFECTS}), pset)
    without = evaluate(sc.model_copy(update={"non_priced": []}), pset)
    return with_effects, without


def test_table_section_before_warnings(results) -> None:
    result, without = results
    text = render(result, "AAP 18–29")
    assert HEAD in text
    assert text.index(HEAD) > text.index("VELFERDSVISNING (WELLBY)")
    assert text.index(HEAD) < text.index("Merk:")
    section = text[text.index(HEAD):text.index("Merk:")]
    assert "−−−−  =HYPERLINK" in section and "omfang middels negativt (−−)" in section
    assert "matrisen gir −−−" in section
    assert "+  Mestring" in section
    assert "legges aldri sammen" in section
    none = render(without, "AAP 18–29")
    assert NONE_GIVEN.split()[0] in none[none.index(HEAD):]


def test_json_rows(results, pset) -> None:
    result, without = results
    rows = to_json_dict(result, pset)["non_priced"]
    assert rows == [
        {"name": EFFECTS[0]["name"], "description": "-1+2 antakelse", "betydning": "stor",
         "omfang": "middels negativt", "omfang_symbol": "--", "konsekvens": "----",
         "score": -4, "matrix_konsekvens": "---"},
        {"name": "Mestring", "description": "", "betydning": "middels",
         "omfang": "lite positivt", "omfang_symbol": "+", "konsekvens": "+", "score": 1,
         "matrix_konsekvens": "+"},
    ]
    assert to_json_dict(without, pset)["non_priced"] == []


def test_headline_numbers_do_not_move(results) -> None:
    result, without = results
    assert result.budget.npv == without.budget.npv
    assert result.societal.npv == without.societal.npv
    assert result.wellbeing.wellbys == without.wellbeing.wellbys


def test_workbook_sheet_keeps_user_text_as_text(results, pset) -> None:
    result, without = results
    wb = openpyxl.load_workbook(io.BytesIO(build_workbook(result, pset)))
    ws = wb[SHEETS["non_priced"]]
    rows = list(ws.iter_rows(min_row=6, values_only=True))
    assert rows[0][:6] == (EFFECTS[0]["name"], "-1+2 antakelse", "stor",
                           "middels negativt (−−)", "−−−−", "−−−")
    assert rows[1][0] == "Mestring" and rows[1][4] == "+"
    for cell in (ws["A6"], ws["B6"], ws["E7"]):
        assert cell.data_type == "s"
    pointer = [c.value for c in wb["Sammendrag"]["A"] if c.value and "Ikke-prissatte" in
               str(c.value)]
    assert pointer and "2 oppgitt" in pointer[0]
    empty = openpyxl.load_workbook(io.BytesIO(build_workbook(without, pset)))
    assert empty[SHEETS["non_priced"]]["A6"].value == NONE_GIVEN


def test_cli_json_of_the_example_lists_its_two_effects(capsys) -> None:
    assert main(["evaluate", str(EXAMPLE), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [r["konsekvens"] for r in data["non_priced"]] == ["+", "+"]
    assert all("Forutsetning" in r["description"] for r in data["non_priced"])
