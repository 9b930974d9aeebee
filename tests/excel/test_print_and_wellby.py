"""The workbook prints: A4, one page wide, landscape for the wide sheets, the column heads of
the long sheets on every page; and the summary shows the WELLBY figures as values in a block
of their own that no budget formula reads."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import column_index_from_string

from costbenefit.excel.compare import build_comparison
from costbenefit.excel.sheet_wellbeing import HEAD
from costbenefit.excel.workbook import SHEETS, build_workbook
from costbenefit.files.scenarios import load_scenario
from costbenefit.model.engine import evaluate
from tests.excel.support import SOFFICE

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "ips_ung_illustrasjon.yaml"
A4 = "9"
# a cell reference with its optional sheet: 'Kontantstrøm'!$D$5, Sammendrag!B3 or B3
REF = re.compile(r"(?:'([^']+)'!|(\w+)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")


@pytest.fixture(scope="module")
def built(pset, tmp_path_factory):
    result = evaluate(load_scenario(EXAMPLE), pset)
    path = tmp_path_factory.mktemp("print") / "ips.xlsx"
    path.write_bytes(build_workbook(result, pset))
    return result, path, openpyxl.load_workbook(path)


def test_every_sheet_is_a4_and_one_page_wide(built) -> None:
    _, _, wb = built
    assert set(wb.sheetnames) == set(SHEETS.values())
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert str(setup.paperSize) == A4, ws.title
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert "&P" in ws.oddFooter.center.text
    landscape = {ws.title for ws in wb.worksheets if ws.page_setup.orientation == "landscape"}
    assert {SHEETS["flows"], SHEETS["states"], SHEETS["sectors"], SHEETS["unit"],
            SHEETS["params"], SHEETS["non_priced"]} <= landscape
    assert SHEETS["inputs"] not in landscape


def test_long_sheets_repeat_their_column_heads(built) -> None:
    _, _, wb = built
    flows = wb[SHEETS["flows"]]
    assert flows.print_title_rows == "$4:$4"
    assert flows["A4"].value == "År etter start" and flows["B4"].value == "År"
    assert wb[SHEETS["params"]].print_title_rows == "$3:$3"
    assert wb[SHEETS["params"]]["A3"].value == "Parameter"
    states = wb[SHEETS["states"]]
    first, last = (int(r) for r in re.findall(r"\d+", states.print_title_rows))
    assert last == first + 1 and states.cell(first, 1).value == "År"
    assert wb[SHEETS["sectors"]].print_title_rows == "$5:$5"
    assert wb[SHEETS["non_priced"]].print_title_rows == "$5:$5"


def _wellbeing_block(ws) -> dict[str, tuple[object, ...]]:
    start = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == HEAD)
    rows = {}
    for r in range(start + 1, start + 8):
        rows[str(ws.cell(r, 1).value)] = tuple(ws.cell(r, c).value for c in (2, 3, 4))
    rows["_start"] = (start,)
    return rows


def test_wellby_figures_on_the_summary_as_values(built) -> None:
    result, _, wb = built
    wv = result.wellbeing
    block = _wellbeing_block(wb[SHEETS["summary"]])
    assert block["WELLBY-er (udiskontert)"][1] == pytest.approx(wv.wellbys)
    assert block["WELLBY-er (diskontert med R-109)"][1] == pytest.approx(wv.wellbys_discounted)
    assert block["Verdi per WELLBY (2024-kroner)"] == pytest.approx(
        tuple(wv.value_per_wellby[k] for k in ("low", "central", "high")))
    assert block["Verdi av WELLBY-ene (nåverdi)"] == pytest.approx(
        tuple(wv.value[k] for k in ("low", "central", "high")))
    cost = next(v for k, v in block.items() if k.startswith("Kostnad per WELLBY"))
    assert cost[1] == pytest.approx(wv.cost_per_wellby)
    per_million = block["WELLBY-er per million kroner i tiltakets kostnad"]
    assert per_million[1] == pytest.approx(wv.wellbys_per_million_kr)


def test_no_formula_reads_the_wellby_block(built) -> None:
    """The WELLBY values are never added to a budget number: no formula refers to them."""
    _, _, wb = built
    ws = wb[SHEETS["summary"]]
    start = _wellbeing_block(ws)["_start"][0]
    end = start + 12  # the block and its notes, columns A–D
    for sheet in wb.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type != "f":
                    continue
                for quoted, plain, c1, r1, c2, r2 in REF.findall(cell.value):
                    if (quoted or plain or sheet.title) != ws.title:
                        continue
                    cols = (column_index_from_string(c1),
                            column_index_from_string(c2 or c1))
                    rows = (int(r1), int(r2 or r1))
                    overlaps = rows[0] <= end and rows[1] >= start and cols[0] <= 4
                    assert not overlaps, (sheet.title, cell.coordinate, cell.value)
    # the budget outputs keep their defined names, above the block
    sheet, coord = next(wb.defined_names["npv_public_total"].destinations)
    assert sheet == ws.title and int(re.sub(r"\D", "", coord)) < start


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) er ikke installert")
def test_libreoffice_prints_few_a4_pages(built, tmp_path) -> None:
    _, path, _ = built
    profile = tmp_path / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--norestore", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(path)], check=True, capture_output=True, timeout=300)
    pdf = (tmp_path / "ips.pdf").read_bytes()
    boxes = re.findall(rb"/Type\s*/Page\b(?!s).*?/MediaBox\s*\[\s*([\d.\s]+)\]", pdf, re.S)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert 5 <= pages <= 15  # 37 before the print setup
    sizes = {tuple(round(float(x)) for x in box.split()[2:]) for box in boxes}
    assert sizes and sizes <= {(842, 595), (595, 842)}  # A4, landscape or portrait
    assert (842, 595) in sizes


def test_comparison_workbook_prints_on_a4_too(built, tmp_path) -> None:
    result, _, _ = built
    path = tmp_path / "cmp.xlsx"
    path.write_bytes(build_comparison([result, result]))
    for ws in openpyxl.load_workbook(path).worksheets:
        assert str(ws.page_setup.paperSize) == A4 and ws.page_setup.fitToWidth == 1, ws.title
