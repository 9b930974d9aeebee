"""Filled budget templates for the CLI tests: built with openpyxl as a project owner would
fill them, and with raw cell values (``inf``, ``nan``) that only another program writes."""

from __future__ import annotations

import io
import zipfile

import openpyxl

from costbenefit.excel.template import FIELD_ROW, build_template
from costbenefit.model.lifecourse import target_groups
from tests.conftest import shipped_set

FILLED = {
    "name": "Ungdomslos Midtbyen", "target_group": "aap_18_29",
    "start_age": 22, "start_year": 2026, "price_year": 2024, "horizon_years": 30,
    "success_rate_with": 0.4, "success_rate_without": 0.25, "cost_kommune": 20_000,
}
COHORTS = [(2026, 50), (2027, 60)]
COSTS = [(2026, "Lønn", "kommune", 400_000), (2027, "Drift", "stat", 250_000)]
# every cell that takes a number, as (sheet, cell)
NUMBER_CELLS = [*(("Prosjekt", f"B{FIELD_ROW[k]}") for k in FILLED
                  if k not in ("name", "target_group")),
                ("Deltakere", "A5"), ("Deltakere", "B5"), ("Kostnader", "A5"),
                ("Kostnader", "D5")]

_BLANK: list[bytes] = []


def blank() -> bytes:
    if not _BLANK:
        pset = shipped_set()
        _BLANK.append(build_template([(g, pset.get(f"target_groups.{g}.trajectory").label or g)
                                      for g in target_groups(pset)]))
    return _BLANK[0]


def filled(fields: dict | None = None, cohorts=COHORTS, costs=COSTS,
           cells: dict[tuple[str, str], object] | None = None) -> bytes:
    wb = openpyxl.load_workbook(io.BytesIO(blank()))
    for key, value in {**FILLED, **(fields or {})}.items():
        wb["Prosjekt"][f"B{FIELD_ROW[key]}"].value = value
    for sheet, rows in (("Deltakere", cohorts), ("Kostnader", costs)):
        for r, row in enumerate(rows, start=5):
            for c, value in enumerate(row, start=1):
                wb[sheet].cell(row=r, column=c, value=value)
    for (sheet, coord), value in (cells or {}).items():
        wb[sheet][coord].value = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def with_raw_number(data: bytes, placeholder: int, raw: str) -> bytes:
    """`data` with the number cell holding `placeholder` rewritten to hold `raw` as written
    (``<v>inf</v>``): openpyxl never writes such a cell, other programs and hand edits may."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(
            buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.startswith("xl/worksheets/"):
                body = body.replace(f"<v>{placeholder}</v>".encode(), f"<v>{raw}</v>".encode())
            dst.writestr(info, body)
    return buf.getvalue()
