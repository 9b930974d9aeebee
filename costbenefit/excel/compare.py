"""The comparison workbook: one live model per scenario sheet and a comparison sheet whose
cells refer to each scenario's formulas, so a change on a scenario sheet shows up there."""

from __future__ import annotations

import re

from openpyxl import Workbook

from costbenefit.excel.cells import (
    BOLD,
    INTEGER,
    KR,
    NOTE,
    NUMBER,
    PERCENT,
    TITLE,
    ref,
    set_widths,
    write_text,
    write_value,
)
from costbenefit.excel.live_model import TIMING_NOTE, build_model
from costbenefit.excel.print_setup import print_setup
from costbenefit.excel.sheet_summary import RATIO
from costbenefit.excel.workbook import workbook_bytes
from costbenefit.model.engine import Result
from costbenefit.report.compare import ROWS
from costbenefit.report.texts_nb import BUDGET_NOTE, NOT_REACHABLE_REASON, ROI_HELP, ROI_LABEL

COMPARISON = "Sammenligning"
FORMATS = {"kr": KR, "percent": PERCENT, "number": NUMBER, "ratio": RATIO, "year": INTEGER}
OUTPUT_COL = 5


def sheet_title(index: int, name: str) -> str:
    """A legal, unique sheet title from user text: no []:*?/\\' (nor %, which some formula
    engines mishandle in references) and at most 31 characters."""
    clean = re.sub(r"[\[\]:*?/\\'%]", " ", name).strip()
    return f"{index} {clean}"[:31].rstrip()


def build_comparison(results: list[Result]) -> bytes:
    wb = Workbook()
    summary = wb.active
    summary.title = COMPARISON
    write_text(summary, 1, 1, "Sammenligning av scenarioer", TITLE)
    write_text(summary, 2, 1, BUDGET_NOTE, NOTE)
    head = 4
    write_text(summary, head, 1, "Scenario", BOLD)
    write_text(summary, head + 1, 1, "Diskontering", BOLD)
    for j, result in enumerate(results, start=2):
        ws = wb.create_sheet(sheet_title(j - 1, result.scenario.name))
        write_text(ws, 1, OUTPUT_COL, result.scenario.name, TITLE)
        write_text(ws, 2, OUTPUT_COL, TIMING_NOTE, NOTE)
        out, _, _ = build_model(result, ws, ws, ws, ws, (4, OUTPUT_COL))
        set_widths(ws, {"A": 40, "B": 16, "C": 30, "E": 48, "F": 20, "G": 20})
        write_text(summary, head, j, result.scenario.name, BOLD)
        write_text(summary, head + 1, j, result.discounting.name)
        for i, row in enumerate(ROWS, start=head + 2):
            write_text(summary, i, 1, row.label)
            if row.live:
                r, c = out.coords[row.key]
                write_value(summary, i, j, f"={ref(ws, r, c)}", FORMATS[row.kind])
            elif (value := row.value(result)) is None:
                write_text(summary, i, j, "–")
            else:
                write_value(summary, i, j, value, FORMATS[row.kind])
    notes = (
        "Samfunns- og velferdsvisningen står ved siden av budsjettvirkningen og legges "
        "aldri sammen med den. Nytte-kostnadsbrøk, WELLBY-er og effektmultiplikator er "
        "motorens verdier; de andre tallene er formler som regnes om.",
        f"{ROI_LABEL}: {ROI_HELP}",
        f"Balansepunkt «{NOT_REACHABLE_REASON}» (suksessraten måtte ha vært over 100 %).",
    )
    for k, note in enumerate(notes):
        write_text(summary, head + 2 + len(ROWS) + 1 + k, 1, note, NOTE)
    set_widths(summary, {"A": 40})
    for j in range(2, len(results) + 2):
        summary.column_dimensions[summary.cell(row=1, column=j).column_letter].width = 24
    for sheet in wb.worksheets:  # A4, one page wide; each scenario's model is wide
        print_setup(sheet, landscape=sheet is not summary or len(results) > 2)
    return workbook_bytes(wb)
