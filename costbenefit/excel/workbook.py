"""The single-scenario workbook: Sammendrag, Forutsetninger, Kontantstrøm, Tilstander,
Parametere, Sporbarhet (and the helper sheet Enhetsgevinst). Returned as bytes for the CLI
and the app.
"""

from __future__ import annotations

import datetime as dt
import io
import json

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference

from costbenefit.excel.cells import (
    BOLD,
    HEADER_FILL,
    LINK,
    NOTE,
    TITLE,
    WRAP,
    define_name,
    set_widths,
    write_text,
    write_value,
)
from costbenefit.excel.live_model import TIMING_NOTE, build_model
from costbenefit.excel.print_setup import header_rows, print_setup
from costbenefit.excel.sheet_non_priced import write_non_priced
from costbenefit.excel.sheet_sectors import write_sectors
from costbenefit.excel.sheet_states import write_states
from costbenefit.excel.sheet_summary import link_growth, write_facts
from costbenefit.excel.sheet_wellbeing import write_wellbeing
from costbenefit.model.engine import Result
from costbenefit.model.lifecourse import group_label
from costbenefit.parameters.schema import CONFIDENCE_LABELS_NB, ParameterSet
from costbenefit.report import i18n
from costbenefit.report.texts_nb import BUDGET_NOTE
from costbenefit.report.who_pays import SIGN_CONVENTION

SHEETS = {
    "summary": "Sammendrag",
    "inputs": "Forutsetninger",
    "flows": "Kontantstrøm",
    "states": "Tilstander",
    "sectors": "Sektorer",
    "non_priced": "Ikke-prissatte virkninger",
    "unit": "Enhetsgevinst",
    "params": "Parametere",
    "trace": "Sporbarhet",
}
MAX_CELL_TEXT = 32_000


def add_chart(ws_target, anchor: str, flows_ws, flows: dict[str, object], title: str) -> None:
    """Line chart of the discounted cumulative net budget effect by public payer."""
    chart = LineChart()
    chart.title = title
    chart.y_axis.title = "kr (nåverdi)"
    chart.x_axis.title = "år"
    chart.y_axis.number_format = "#,##0"
    head = flows["first"] - 1
    for c in [*flows["cum_cols"].values(), flows["cum_public"]]:
        data = Reference(flows_ws, min_col=c, min_row=head, max_row=flows["last"])
        chart.add_data(data, titles_from_data=True)
    year = flows["cols"]["year"]
    chart.set_categories(Reference(flows_ws, min_col=year, min_row=flows["first"],
                                   max_row=flows["last"]))
    chart.height, chart.width = 9, 18
    ws_target.add_chart(chart, anchor)


def _summary_head(ws, result: Result, group_label: str) -> tuple[int, int]:
    """The scenario, what a success is and the effect; returns (the row kept for the real
    wage growth, the first row of the outputs)."""
    sc = result.scenario
    end = sc.start_year + sc.horizon_years - 1
    write_text(ws, 1, 1, sc.name, TITLE)
    lines = [
        ("Målgruppe", f"{group_label} ({sc.target_group}), startalder {sc.start_age}"),
        ("Analyseperiode", f"{sc.start_year}–{end} ({sc.horizon_years} år)"),
        ("Kroneår", str(result.price_year)),
        ("Diskontering", result.discounting.name),
        ("Beskrivelse", sc.description),
    ]
    for i, (label, text) in enumerate(lines, start=2):
        write_text(ws, i, 1, label, BOLD)
        write_text(ws, i, 2, text).alignment = WRAP
    growth_row, row = write_facts(ws, 2 + len(lines), result)
    write_text(ws, row + 1, 1, f"{BUDGET_NOTE} {SIGN_CONVENTION['nb']}", NOTE)
    return growth_row, row + 3


def _parameter_value(value: object) -> tuple[object, bool]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value), False
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text[:MAX_CELL_TEXT], True


def write_parameters(ws, result: Result, pset: ParameterSet) -> None:
    when = dt.date.fromisoformat(result.rules_date)
    heads = ["Parameter", "Beskrivelse", "Verdi", "Enhet", "Kroneår", "Sikkerhet", "Kilde",
             "Lenke", "Merknad"]
    write_text(ws, 1, 1, f"Parametere brukt i beregningen (verdier per {result.rules_date}, "
               "i parameterens eget kroneår)", BOLD)
    for c, h in enumerate(heads, start=1):
        write_text(ws, 3, c, h, BOLD)
    for r, name in enumerate(result.parameters_used, start=4):
        param = pset.get(name)
        _, entry = param.entry_at(when)
        write_text(ws, r, 1, name)
        write_text(ws, r, 2, param.label or param.description)
        value, is_text = _parameter_value(entry.value)
        if is_text:
            write_text(ws, r, 3, value)
        else:
            write_value(ws, r, 3, value, "#,##0.####")
        write_text(ws, r, 4, i18n.unit_label(param.unit))
        write_text(ws, r, 5, param.price_year_at(when) or "")
        write_text(ws, r, 6, CONFIDENCE_LABELS_NB[param.confidence_at(when)])
        refs = entry.reference or param.reference
        write_text(ws, r, 7, "; ".join(ref.title for ref in refs))
        link = write_text(ws, r, 8, str(refs[0].href), LINK)
        link.hyperlink = str(refs[0].href)
        write_text(ws, r, 9, entry.note or param.note or "")
    set_widths(ws, {"A": 42, "B": 40, "C": 16, "D": 12, "E": 9, "F": 22, "G": 50, "H": 50,
                    "I": 40})
    ws.freeze_panes = "B4"


def write_trace(ws, result: Result, created: dt.datetime) -> None:
    ps = result.parameter_set
    rows = [
        ("Parametersett", ps["name"]),
        ("Versjon", ps["version"]),
        ("sha256 (innholdshash)", ps["sha256"]),
        ("Motorversjon", result.engine_version),
        ("Laget", created.isoformat(timespec="seconds")),
        ("Regler per", result.rules_date),
        ("Kroneår", str(result.price_year)),
        ("Diskontering", result.discounting.name),
        ("Tidskonvensjon", TIMING_NOTE),
        ("Formler", "Kontantstrøm, diskonteringsfaktorer, nåverdier, netto nåverdi per krone "
                    "tiltakskostnad, nedbetalingsår og hvor mange må lykkes er formler som "
                    "bygger på de gule cellene i Forutsetninger. Bare gevinsten av én ekstra "
                    "suksess og en regelendring per deltaker (Enhetsgevinst) og personene i "
                    "hver tilstand (Tilstander) er faste verdier fra motoren."),
    ]
    write_text(ws, 1, 1, "Sporbarhet", TITLE)
    for r, (label, text) in enumerate(rows, start=3):
        write_text(ws, r, 1, label, BOLD)
        write_text(ws, r, 2, text).alignment = WRAP
    r = len(rows) + 4
    write_text(ws, r, 1, "Renteplan: fra år", BOLD)
    write_text(ws, r, 2, "Rente", BOLD)
    for i, (start, rate) in enumerate(result.discounting.steps, start=r + 1):
        write_value(ws, i, 1, start, "0")
        write_value(ws, i, 2, rate, "0.00 %")
    set_widths(ws, {"A": 26, "B": 100})


def workbook_bytes(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def build_workbook(result: Result, pset: ParameterSet, created: dt.datetime | None = None) -> bytes:
    """The whole single-scenario workbook as xlsx bytes (for the CLI and the app)."""
    wb = Workbook()
    ws = {key: (wb.active if key == "summary" else wb.create_sheet()) for key in SHEETS}
    for key, sheet in ws.items():
        sheet.title = SHEETS[key]
    growth_row, out_row = _summary_head(ws["summary"], result,
                                        group_label(pset, result.scenario.target_group))
    write_text(ws["flows"], 1, 1, "Kontantstrøm per år, betaler og kategori (kr i kroneåret; "
               "positive tall er gevinst for betaleren)", BOLD)
    write_text(ws["flows"], 2, 1, TIMING_NOTE, NOTE)
    out, flows, inp = build_model(result, ws["inputs"], ws["unit"], ws["flows"], ws["summary"],
                                  (out_row, 1))
    ws["flows"].freeze_panes = ws["flows"].cell(row=5, column=3)
    for name, (row, col) in out.coords.items():
        define_name(wb, name, ws["summary"], row, col)
    for name, (row, col) in inp.coords.items():
        define_name(wb, name, ws["inputs"], row, col)
    link_growth(ws["summary"], growth_row, result, inp)
    write_states(ws["states"], result)
    for name, (row, col) in write_sectors(ws["sectors"], result, inp, ws["flows"],
                                          flows).items():
        define_name(wb, name, ws["sectors"], row, col)
    below = write_wellbeing(ws["summary"], out.next_row + 1, result)
    write_text(ws["summary"], below, 1, non_priced_pointer(result), BOLD)
    add_chart(ws["summary"], f"A{below + 2}", ws["flows"], flows,
              "Akkumulert netto budsjettvirkning (nåverdi) per betaler")
    for i, warning in enumerate(result.warnings):
        write_text(ws["summary"], below + 21 + i, 1, f"Merk: {warning}", NOTE)
    write_non_priced(ws["non_priced"], result)
    write_parameters(ws["params"], result, pset)
    write_trace(ws["trace"], result, created or dt.datetime.now().astimezone())
    set_widths(ws["summary"], {"A": 48, "B": 22, "C": 22})
    set_widths(ws["inputs"], {"A": 40, "B": 16, "C": 44})
    ws["flows"].column_dimensions["A"].width = 9
    set_print(ws)
    return workbook_bytes(wb)


def non_priced_pointer(result: Result) -> str:
    """Where the non-priced effects are, on the summary below the priced views."""
    n = len(result.scenario.non_priced)
    what = "ingen oppgitt" if n == 0 else f"{n} oppgitt"
    return (f"Ikke-prissatte virkninger (DFØ): {what}; se arket «{SHEETS['non_priced']}». De "
            "legges ikke sammen med kronebeløpene.")


PORTRAIT = frozenset({"inputs"})  # every other sheet is wider than a portrait A4


def set_print(ws: dict[str, object]) -> None:
    """A4, one page wide, landscape for the wide sheets; the column heads of the long sheets
    repeated on every page (Parametere's are bold, not filled: its row 3)."""
    fill = HEADER_FILL.fgColor.rgb[-6:]
    for key, sheet in ws.items():
        rows = (3, 3) if key == "params" else header_rows(sheet, fill)
        if key in ("summary", "inputs", "trace"):
            rows = None  # short sheets, or blocks with heads of their own
        print_setup(sheet, landscape=key not in PORTRAIT, title_rows=rows)

