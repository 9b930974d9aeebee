"""The budget template: written blank, filled in as a project owner would, read back into a
Scenario; one test per malformed upload, each error naming sheet and cell."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from costbenefit.cli.main import main
from costbenefit.errors import InputError
from costbenefit.excel.safety import MAX_XLSX_BYTES, check_xlsx_bytes
from costbenefit.excel.template import FIELD_ROW, build_template
from costbenefit.excel.template_read import scenario_from_template_bytes
from costbenefit.model.engine import evaluate
from costbenefit.model.lifecourse import target_groups
from costbenefit.model.scenario import Scenario

FILLED = {
    "name": "Ungdomslos Midtbyen",
    "target_group": "AAP-mottakere 18–29 år",
    "start_age": 22, "start_year": 2026, "price_year": 2024, "horizon_years": 30,
    "success_rate_with": 0.4, "success_rate_without": 0.25,
    "evidence": "Reme mfl. (2019)", "lag_years": 1, "decay": 0.1,
    "cost_kommune": 20_000, "cost_stat": "60 000",  # text a user typed; read as a number
}
COHORTS = [(2026, 50), (2027, 60), (2027, 10)]
COSTS = [(2026, "Lønn", "kommune", 400_000), (2026, "Drift", "kommune", 100_000),
         (2027, "Kjøp av tjenester", "stat", 250_000)]
FUNDING = [("Statsforvalteren", 2026, 300_000)]


@pytest.fixture(scope="module")
def blank(pset) -> bytes:
    groups = [(g, pset.get(f"target_groups.{g}.trajectory").label or g)
              for g in target_groups(pset)]
    return build_template(groups)


def fill(blank: bytes, fields: dict | None = None, cohorts=COHORTS, costs=COSTS,
         funding=FUNDING) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(blank))
    for key, value in (FILLED if fields is None else fields).items():
        cell = wb["Prosjekt"][f"B{FIELD_ROW[key]}"]
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # what typing into the template's text-formatted cells gives
    for sheet, rows in (("Deltakere", cohorts), ("Kostnader", costs),
                        ("Finansiering", funding)):
        for r, row in enumerate(rows, start=5):
            for c, value in enumerate(row, start=1):
                wb[sheet].cell(row=r, column=c, value=value)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_blank_template_has_dropdowns_and_guidance(blank, pset) -> None:
    wb = openpyxl.load_workbook(io.BytesIO(blank))
    assert wb.sheetnames[:4] == ["Prosjekt", "Deltakere", "Kostnader", "Finansiering"]
    group_cell = f"B{FIELD_ROW['target_group']}"
    lists = [dv for dv in wb["Prosjekt"].data_validations.dataValidation if dv.type == "list"]
    assert any(group_cell in str(dv.sqref) for dv in lists)
    labels = [r[0] for r in wb["Lister"].iter_rows(min_row=2, max_col=1, values_only=True) if r[0]]
    assert len(labels) == len(target_groups(pset))
    assert wb["Lister"].sheet_state == "hidden"
    assert "helt tall" in " ".join(
        dv.error or "" for dv in wb["Prosjekt"].data_validations.dataValidation)
    assert wb["Veiledning"]["A1"].value == "Slik fyller du ut malen"


def test_filled_template_reads_back_into_the_same_scenario(blank, pset) -> None:
    scenario = scenario_from_template_bytes(fill(blank), "malen.xlsx")
    want = Scenario.model_validate({
        "name": "Ungdomslos Midtbyen", "target_group": "aap_18_29", "start_age": 22,
        "start_year": 2026, "price_year": 2024, "horizon_years": 30,
        "description": scenario.description,
        "intervention": {
            "name": "Ungdomslos Midtbyen",
            "cohorts": [{"year": 2026, "participants": 50}, {"year": 2027, "participants": 70}],
            "cost_per_participant_year": {"kommune": 20_000, "stat": 60_000},
            "fixed_costs": [{"year": 2026, "payer": "kommune", "amount": 500_000},
                            {"year": 2027, "payer": "stat", "amount": 250_000}],
            "success_rate_with": 0.4, "success_rate_without": 0.25,
            "lag_years": 1, "decay": 0.1,
        },
    })
    assert scenario == want
    assert "Reme mfl. (2019)" in scenario.description
    assert "Statsforvalteren 2026: 300\u00a0000 kr" in scenario.description
    assert evaluate(scenario, pset).budget.npv == evaluate(want, pset).budget.npv


def test_cli_evaluates_filled_template(blank, tmp_path, capsys) -> None:
    path = tmp_path / "utfylt.xlsx"
    path.write_bytes(fill(blank))
    out = tmp_path / "resultat.xlsx"
    assert main(["evaluate", str(path), "--xlsx", str(out)]) == 0
    assert "Ungdomslos Midtbyen" in capsys.readouterr().out
    assert openpyxl.load_workbook(out)["Sammendrag"]["A1"].value == "Ungdomslos Midtbyen"


def test_template_command_writes_template(tmp_path, capsys) -> None:
    out = tmp_path / "mal.xlsx"
    assert main(["template", str(out)]) == 0
    assert "Prosjekt" in openpyxl.load_workbook(out).sheetnames


def bad(blank: bytes, **changes) -> str:
    fields = {**FILLED, **changes.pop("fields", {})}
    with pytest.raises(InputError) as err:
        scenario_from_template_bytes(fill(blank, fields, **changes), "malen.xlsx")
    return str(err.value)


def test_wrong_type_in_cell_names_sheet_and_cell(blank) -> None:
    msg = bad(blank, fields={"start_age": "tjue"})
    assert f"Prosjekt!B{FIELD_ROW['start_age']} (Startalder)" in msg
    assert "forventet et helt tall" in msg and "«tjue»" in msg


def test_all_cell_errors_are_collected(blank) -> None:
    msg = bad(blank, fields={"success_rate_with": 1.4, "name": None},
              cohorts=[(2026, "mange")], costs=[(2026, "Lønn", "bydel", 1000)])
    assert "malen har 4 feil" in msg
    for where in (f"Prosjekt!B{FIELD_ROW['success_rate_with']}", f"Prosjekt!B{FIELD_ROW['name']}",
                  "Deltakere!B5", "Kostnader!C5"):
        assert where in msg


def test_unknown_target_group(blank) -> None:
    msg = bad(blank, fields={"target_group": "pensjonister"})
    assert f"Prosjekt!B{FIELD_ROW['target_group']}" in msg and "velg en fra listen" in msg


def test_year_outside_period_names_the_row(blank) -> None:
    msg = bad(blank, costs=[(2099, "Drift", "stat", 10)])
    assert "Kostnader!A5" in msg and "utenfor analyseperioden 2026–2055" in msg


def test_cli_exit_2_and_nothing_written_for_bad_template(blank, tmp_path, capsys) -> None:
    path = tmp_path / "feil.xlsx"
    path.write_bytes(fill(blank, {**FILLED, "start_year": "neste år"}))
    out = tmp_path / "resultat.xlsx"
    assert main(["evaluate", str(path), "--xlsx", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"Prosjekt!B{FIELD_ROW['start_year']}" in err and "Traceback" not in err
    assert not out.exists() and list(tmp_path.iterdir()) == [path]


def test_not_xlsx_is_refused(tmp_path, capsys) -> None:
    path = tmp_path / "budsjett.xlsx"
    path.write_text("navn;beløp\nprosjekt;100\n", encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    assert "ikke en Excel-fil" in capsys.readouterr().err


def test_zip_that_is_not_a_workbook_is_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<doc/>")
    with pytest.raises(InputError, match="ikke en Excel-arbeidsbok"):
        check_xlsx_bytes(buf.getvalue(), "dokument.xlsx")


def test_oversized_upload_is_refused(tmp_path, capsys) -> None:
    path = tmp_path / "stor.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"\0" * MAX_XLSX_BYTES)
    assert main(["evaluate", str(path)]) == 2
    assert "for stor" in capsys.readouterr().err


def test_zip_bomb_is_refused(blank) -> None:
    """A valid-looking xlsx with one entry that unpacks to 60 MB of zeros (about 60 kB packed)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blank)) as src, zipfile.ZipFile(
            buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr("xl/media/padding.bin", b"\0" * 60_000_000)
    data = buf.getvalue()
    assert len(data) < MAX_XLSX_BYTES
    with pytest.raises(InputError, match="zip-bombe"):
        scenario_from_template_bytes(data, "bombe.xlsx")


def test_formula_in_project_name_stays_text(blank, pset) -> None:
    name = '=HYPERLINK("http://evil.example";"klikk")'
    scenario = scenario_from_template_bytes(fill(blank, {**FILLED, "name": name}), "m.xlsx")
    assert scenario.name == name
    from costbenefit.excel.workbook import build_workbook

    ws = openpyxl.load_workbook(io.BytesIO(build_workbook(evaluate(scenario, pset), pset)))[
        "Sammendrag"]
    assert ws["A1"].value == name and ws["A1"].data_type == "s"


def test_defusedxml_guards_the_xml_parser() -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML


def test_not_a_template_is_refused(tmp_path) -> None:
    wb = openpyxl.Workbook()
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(InputError, match="mangler"):
        scenario_from_template_bytes(buf.getvalue(), str(Path("annen.xlsx")))
