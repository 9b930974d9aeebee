"""The sheet «Ikke-prissatte virkninger»: DFØ's non-priced effects as the scenario lists
them (name, description, betydning, omfang, konsekvens on −−−− … ++++), never added to a
kroner figure. The user's words are written with ``write_text``, so they never become a
formula."""

from __future__ import annotations

from costbenefit.excel.cells import BOLD, NOTE, TITLE, WRAP, set_widths, write_text
from costbenefit.excel.layout import header
from costbenefit.model.engine import Result
from costbenefit.model.scenario_non_priced import printed
from costbenefit.report.non_priced import MATRIX_NOTE, METHOD_NOTE, NONE_GIVEN, omfang_text

TITLE_TEXT = "Ikke-prissatte virkninger (DFØs pluss–minus-metode)"
HEADS = ("Virkning", "Beskrivelse", "Betydning", "Omfang", "Konsekvens", "Matrisen gir")
HEAD_ROW = 5


def write_non_priced(ws, result: Result) -> tuple[int, int]:
    """The whole sheet; returns the header row twice (first, last) for print titles."""
    write_text(ws, 1, 1, TITLE_TEXT, TITLE)
    write_text(ws, 2, 1, METHOD_NOTE, NOTE).alignment = WRAP
    write_text(ws, 3, 1, MATRIX_NOTE, NOTE)
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADS))
    ws.row_dimensions[2].height = 45
    effects = result.scenario.non_priced
    for c, text in enumerate(HEADS, start=1):
        header(ws, HEAD_ROW, c, text)
    if not effects:
        write_text(ws, HEAD_ROW + 1, 1, NONE_GIVEN, NOTE)
    for r, e in enumerate(effects, start=HEAD_ROW + 1):
        write_text(ws, r, 1, e.name, BOLD).alignment = WRAP
        write_text(ws, r, 2, e.description).alignment = WRAP
        write_text(ws, r, 3, e.betydning).alignment = WRAP
        write_text(ws, r, 4, omfang_text(e.omfang)).alignment = WRAP
        write_text(ws, r, 5, printed(e.shown_konsekvens), BOLD).alignment = WRAP
        write_text(ws, r, 6, printed(e.matrix)).alignment = WRAP
    set_widths(ws, {"A": 34, "B": 70, "C": 12, "D": 24, "E": 12, "F": 13})
    ws.freeze_panes = ws.cell(row=HEAD_ROW + 1, column=1)
    return HEAD_ROW, HEAD_ROW
