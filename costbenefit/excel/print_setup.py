"""Print setup for the workbooks: A4, fitted to the page width, landscape for wide sheets,
the header rows repeated on every printed page of a long sheet, and the sheet's name and
page number in the footer."""

from __future__ import annotations

from openpyxl.worksheet.worksheet import Worksheet

FOOTER = "&A – side &P av &N"


def print_setup(ws: Worksheet, *, landscape: bool = False,
                title_rows: tuple[int, int] | None = None) -> None:
    """A4, one page wide (as many pages tall as it takes), landscape when `landscape`;
    `title_rows` (first, last) repeated at the top of each page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = (ws.ORIENTATION_LANDSCAPE if landscape
                                 else ws.ORIENTATION_PORTRAIT)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    if title_rows is not None:
        first, last = title_rows
        ws.print_title_rows = f"{first}:{last}"
    ws.oddFooter.center.text = FOOTER


def header_rows(ws: Worksheet, fill_rgb: str, min_cells: int = 3) -> tuple[int, int] | None:
    """The first block of consecutive rows with at least `min_cells` header cells (filled
    with `fill_rgb`): the column heads of a long table, repeated on every printed page."""
    found: list[int] = []
    for row in ws.iter_rows():
        filled = sum(1 for c in row if c.fill is not None and c.fill.fill_type == "solid"
                     and str(c.fill.fgColor.rgb).endswith(fill_rgb))
        r = row[0].row
        if filled >= min_cells and (not found or r == found[-1] + 1):
            found.append(r)
        elif found:
            break
    return (found[0], found[-1]) if found else None
