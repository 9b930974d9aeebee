"""Cell helpers shared by every workbook: safe text, references, styles, number formats.

Number formats are stored in Excel's invariant (US) notation: ``#,##0`` uses the
locale's group separator and ``0.0 %`` its decimal comma, so a Norwegian Excel or
LibreOffice shows ``1 234 567 kr`` and ``12,3 %``.
"""

from __future__ import annotations

import re

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.workbook.defined_name import DefinedName

_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")

KR = '#,##0 "kr";-#,##0 "kr"'
NUMBER = "#,##0.0"
INTEGER = "0"
PERCENT = "0.0 %"
FACTOR = "0.000000"

INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")  # pale yellow: "you may change this"
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
TITLE = Font(bold=True, size=14)
NOTE = Font(italic=True, color="595959")
LINK = Font(color="0563C1", underline="single")
WRAP = Alignment(wrap_text=True, vertical="top")
UNLOCKED = Protection(locked=False)


def xml_safe(text: str) -> str:
    """`text` without the characters an xlsx file (XML 1.0) cannot hold: control characters,
    lone surrogates and the non-characters U+FFFE/U+FFFF."""
    return _NOT_XML.sub("", ILLEGAL_CHARACTERS_RE.sub("", text))


def write_text(ws, row: int, col: int, text: object, font: Font | None = None):
    """Write user or label text so that it can never become a formula (characters that XML
    cannot hold are dropped)."""
    cell = ws.cell(row=row, column=col)
    cell.value = xml_safe("" if text is None else str(text))
    cell.data_type = "s"
    if cell.value[:1] in ("=", "+", "-", "@"):
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


def write_value(ws, row: int, col: int, value: object, fmt: str | None = None,
                font: Font | None = None):
    """Write a number or a formula (formulas are built by our code, never from user text)."""
    cell = ws.cell(row=row, column=col, value=value)
    if fmt:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    return cell


def mark_input(cell) -> None:
    cell.fill = INPUT_FILL
    cell.protection = UNLOCKED


def ref(ws, row: int, col: int, *, sheet: bool = True, absolute: bool = True) -> str:
    """A reference such as ``'Kontantstrøm'!$D$7`` (or ``D7``)."""
    letter = get_column_letter(col)
    addr = f"${letter}${row}" if absolute else f"{letter}{row}"
    return f"{quote_sheetname(ws.title)}!{addr}" if sheet else addr


def area(ws, row1: int, col1: int, row2: int, col2: int, *, sheet: bool = True) -> str:
    """An absolute range such as ``'Kontantstrøm'!$D$2:$D$61``."""
    first = ref(ws, row1, col1, sheet=False)
    last = ref(ws, row2, col2, sheet=False)
    return f"{quote_sheetname(ws.title)}!{first}:{last}" if sheet else f"{first}:{last}"


def define_name(wb, name: str, ws, row: int, col: int) -> None:
    wb.defined_names[name] = DefinedName(name, attr_text=ref(ws, row, col))


def set_widths(ws, widths: dict[str, float]) -> None:
    for letter, width in widths.items():
        ws.column_dimensions[letter].width = width
