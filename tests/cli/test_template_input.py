"""A filled budget template through ``costbenefit evaluate FILE.xlsx`` (issue #18): a cell
with inf, nan, 1e308 or a number that overflows, a sum beyond the bounds, or anything below
the rows the reader reads, is exit 2 with one Norwegian message naming sheet and cell."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from costbenefit.cli.main import main
from costbenefit.excel.template import FIELD_ROW
from costbenefit.excel.template_read import (
    LAST_TABLE_ROW,
    MAX_TABLE_ROWS,
    scenario_from_template_bytes,
)
from tests.cli.template_support import filled, with_raw_number

COST_STAT = f"Prosjekt!B{FIELD_ROW['cost_stat']}"
ENGLISH = ("Input should", "Field required", "valid", "Traceback", "Intern feil")


def evaluate(tmp_path: Path, capsys, data: bytes) -> tuple[int, str, str]:
    path = tmp_path / "utfylt.xlsx"
    path.write_bytes(data)
    code = main(["evaluate", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    return code, out, err


def refused(code: int, out: str, err: str, *words: str) -> None:
    assert code == 2 and out == "", err
    assert err.startswith("Feil:") and "utfylt.xlsx" in err, err
    for word in words:
        assert word in err, err
    for phrase in ENGLISH:
        assert phrase not in err, err


def test_filled_template_is_computed(tmp_path, capsys) -> None:
    code, out, err = evaluate(tmp_path, capsys, filled())
    assert code == 0, err
    assert json.loads(out)["scenario"] == "Ungdomslos Midtbyen"


@pytest.mark.parametrize("typed", ["inf", "-inf", "nan", "NaN", "Infinity", "1e400"])
def test_non_finite_text_in_a_cell_names_sheet_and_cell(tmp_path, capsys, typed) -> None:
    code, out, err = evaluate(tmp_path, capsys, filled({"cost_stat": typed}))
    refused(code, out, err, COST_STAT, "ikke endelig")


@pytest.mark.parametrize("raw", ["inf", "-INF", "nan", "NaN", "1e400", "9" * 400, "tolv"])
def test_non_finite_number_cell_names_sheet_and_cell(tmp_path, capsys, raw) -> None:
    data = with_raw_number(filled(cohorts=[(2026, 4242)]), 4242, raw)
    code, out, err = evaluate(tmp_path, capsys, data)
    refused(code, out, err, "Deltakere!B5")
    assert "ikke endelig" in err or "ikke et tall" in err, err


@pytest.mark.parametrize("value, cell, words", [
    (1e308, COST_STAT, "1 000 000 000 000"),
    (-1e308, COST_STAT, "mellom 0 og"),
    (10**400, COST_STAT, "for stort"),
])
def test_huge_number_in_a_project_cell(tmp_path, capsys, value, cell, words) -> None:
    data = with_raw_number(filled({"cost_stat": 4243}), 4243, str(value))
    code, out, err = evaluate(tmp_path, capsys, data)
    refused(code, out, err, cell, words)


def test_participants_beyond_ten_million(tmp_path, capsys) -> None:
    code, out, err = evaluate(tmp_path, capsys, filled(cohorts=[(2026, 1e308)]))
    refused(code, out, err, "Deltakere!B5", "10 000 000")


def test_sum_over_the_bound_names_the_rows(tmp_path, capsys) -> None:
    data = filled(cohorts=[(2026, 6_000_000), (2026, 6_000_000)])
    code, out, err = evaluate(tmp_path, capsys, data)
    refused(code, out, err, "Deltakere!B5, Deltakere!B6", "summen for året 2026",
            "høyst 10 000 000")
    assert "intervention" not in err  # the sheet and cell, never the scenario's YAML path


def test_costs_summing_over_the_bound_name_the_rows(tmp_path, capsys) -> None:
    costs = [(2026, "Lønn", "kommune", 9e11), (2026, "Drift", "kommune", 9e11)]
    code, out, err = evaluate(tmp_path, capsys, filled(costs=costs))
    refused(code, out, err, "Kostnader!D5, Kostnader!D6", "summen for året 2026")


@pytest.mark.parametrize("sheet, coord", [("Deltakere", "B"), ("Kostnader", "D"),
                                          ("Finansiering", "A")])
def test_rows_below_the_table_are_refused_not_ignored(tmp_path, capsys, sheet, coord) -> None:
    row = LAST_TABLE_ROW + 1
    data = filled(cells={(sheet, f"{coord}{row}"): 5000})
    code, out, err = evaluate(tmp_path, capsys, data)
    refused(code, out, err, f"{sheet}!{coord}{row}", f"rad {row}", f"høyst {MAX_TABLE_ROWS}")


def test_the_last_table_row_is_read() -> None:
    data = filled(cells={("Deltakere", f"A{LAST_TABLE_ROW}"): 2027,
                         ("Deltakere", f"B{LAST_TABLE_ROW}"): 1000})
    cohorts = scenario_from_template_bytes(data, "utfylt.xlsx").intervention.cohorts
    assert [(c.year, c.participants) for c in cohorts] == [(2026, 50), (2027, 1060)]
