"""Shared by the sheets of the live model (see costbenefit.excel.live_model): the header cell
style and the society pseudo-payer, so that no sheet module has to import another for them."""

from __future__ import annotations

from costbenefit.excel.cells import BOLD, HEADER_FILL, write_text

SOCIETY_PAYER = "society"


def header(ws, row: int, col: int, text: str) -> None:
    cell = write_text(ws, row, col, text, BOLD)
    cell.fill = HEADER_FILL
