"""The blank budget template that project owners fill in (``costbenefit template OUT.xlsx``).

The layout (sheets, fields and their cells) is declared once here; the reader in
:mod:`costbenefit.excel.template_read` uses the same declarations, so the two cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from costbenefit.excel.cells import (
    BOLD,
    KR,
    NOTE,
    PERCENT,
    TITLE,
    WRAP,
    area,
    mark_input,
    set_widths,
    write_text,
)
from costbenefit.excel.workbook import workbook_bytes
from costbenefit.model.structure import FUNDING_PAYERS

PROJECT, PARTICIPANTS, COSTS, FUNDING, GUIDE, LISTS = (
    "Prosjekt", "Deltakere", "Kostnader", "Finansiering", "Veiledning", "Lister")
FIRST_FIELD_ROW = 5
TABLE_HEAD_ROW, TABLE_FIRST_ROW = 4, 5
TABLE_ROWS = {PARTICIPANTS: 30, COSTS: 100, FUNDING: 50}
COST_TYPES = ("Lønn", "Drift", "Kjøp av tjenester", "Investering", "Annet")
MARKER = "utenforregnskap budsjettmal v1"  # in Lister!D1: tells a template from other xlsx


@dataclass(frozen=True)
class Field:
    """One input on the Prosjekt sheet: scenario key, label, kind, bounds and guidance."""

    key: str
    label: str
    kind: str  # text | group | int | share | money
    required: bool
    guidance: str
    low: float | None = None
    high: float | None = None


FIELDS: tuple[Field, ...] = (
    Field("name", "Prosjektnavn", "text", True, "Navnet på prosjektet eller tiltaket."),
    Field("target_group", "Målgruppe", "group", True,
          "Velg fra listen. Målgruppen bestemmer hvilket livsløp deltakerne ellers ville hatt."),
    Field("start_age", "Startalder", "int", True,
          "Typisk alder for deltakerne når de starter (helt tall).", 0, 100),
    Field("start_year", "Startår", "int", True, "Første år med deltakere eller kostnader.",
          1990, 2100),
    Field("price_year", "Kroneår", "int", True,
          "Året kronebeløpene i malen er oppgitt i (f.eks. 2024).", 1900, 2100),
    Field("horizon_years", "Analyseperiode (år)", "int", True,
          "Hvor mange år gevinstene skal regnes, fra startåret (f.eks. 40).", 1, 100),
    Field("success_rate_with", "Forventet suksessrate med tiltaket", "share", True,
          "Andel deltakere som forventes å lykkes (komme i arbeid eller utdanning) med "
          "tiltaket, f.eks. 40 %.", 0, 1),
    Field("success_rate_without", "Forventet suksessrate uten tiltaket", "share", True,
          "Andel som ville lyktes uansett (dødvekt). Bare forskjellen regnes som gevinst.", 0, 1),
    Field("evidence", "Dokumentasjon for suksessratene", "text", False,
          "Hva bygger tallene på? Evaluering, forskning, egne data eller skjønn."),
    Field("attribution", "Attribusjon (tom = 100 %)", "share", False,
          "Andel av forskjellen som skyldes tiltaket og ikke andre tiltak.", 0, 1),
    Field("lag_years", "Etterslep før effekten (år, tom = 0)", "int", False,
          "År fra start til effekten begynner.", 0, 50),
    Field("persistence_years", "Varighet av effekten (år, tom = hele perioden)", "int", False,
          "Hvor mange år effekten varer.", 1, 100),
    Field("decay", "Årlig avtakende effekt (tom = 0 %)", "share", False,
          "Andel av effekten som faller bort hvert år.", 0, 0.99),
    Field("duration_years", "År i tiltaket per deltaker (tom = 1)", "int", False,
          "Hvor mange år hver deltaker får tiltaket (gir kostnad per deltakerår).", 1, 20),
    *(Field(f"cost_{p}", f"Kostnad per deltakerår – {p} (tom = 0)", "money", False,
            "Kostnad per deltaker per år i tiltaket, i kroner av kroneåret.", 0, None)
      for p in FUNDING_PAYERS),
    Field("discount_rate", "Kalkulasjonsrente (tom = R-109)", "share", False,
          "La stå tom for Finansdepartementets R-109 (4 % år 0–39, 3 % år 40–74, 2 % "
          "deretter). Fyll inn en fast rente bare når det er begrunnet.", 0, 0.2),
    Field("description", "Beskrivelse", "text", False, "Kort beskrivelse av tiltaket."),
)
FIELD_ROW = {f.key: FIRST_FIELD_ROW + i for i, f in enumerate(FIELDS)}

TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    PARTICIPANTS: (("year", "År"), ("participants", "Antall nye deltakere")),
    COSTS: (("year", "År"), ("type", "Kostnadstype"), ("payer", "Betaler"),
            ("amount", "Beløp (kr)"), ("note", "Merknad")),
    FUNDING: (("source", "Finansieringskilde"), ("year", "År"), ("amount", "Beløp (kr)"),
              ("note", "Merknad")),
}
TABLE_TITLES = {
    PARTICIPANTS: "Nye deltakere per år (én rad per startår)",
    COSTS: "Budsjett: kostnader per år, type og betaler (faste kostnader, i kroner av kroneåret)",
    FUNDING: "Finansieringskilder (til informasjon; påvirker ikke beregningen)",
}
GUIDE_TEXT = (
    "Slik fyller du ut malen",
    "1. Fyll ut de gule cellene på arket Prosjekt. Felt merket «tom = …» kan stå tomme.",
    "2. Skriv antall nye deltakere per startår på arket Deltakere.",
    "3. Før opp budsjettet på arket Kostnader: én rad per år, kostnadstype og betaler. "
    "Beløpene regnes som faste kostnader det året. Kostnad per deltakerår oppgis på arket "
    "Prosjekt.",
    "4. Før opp hvem som finansierer prosjektet på arket Finansiering.",
    "5. Lagre som Excel-arbeidsbok (.xlsx) og send den tilbake. Den lastes opp i "
    "kalkulatoren under «Last opp et scenario (YAML) eller en utfylt budsjettmal (xlsx)».",
    "Tall skrives som tall (ikke tekst). Prosenter kan skrives som 40 % eller 0,4.",
    "Feil i malen meldes med ark og celle, f.eks. «Prosjekt!B7: forventet et helt tall». "
    "Ingenting beregnes før alle feil er rettet.",
    "Beregningen viser virkning på offentlige budsjetter (kommune, fylkeskommune, stat), "
    "ikke samfunnsøkonomisk lønnsomhet.",
)


def _validation(ws, cell: str, field: Field, lists: dict[str, str]) -> None:
    kinds = {"int": ("whole", "et helt tall"), "share": ("decimal", "en andel mellom 0 og 1"),
             "money": ("decimal", "et beløp i kroner")}
    if field.kind == "group":
        dv = DataValidation(type="list", formula1=lists["group"], allow_blank=False)
        dv.error = "Velg en målgruppe fra listen."
    elif field.kind in kinds:
        kind, what = kinds[field.kind]
        low = field.low if field.low is not None else 0
        if field.high is None:
            dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=str(low))
            dv.error = f"Skriv {what} (minst {low:g})."
        else:
            dv = DataValidation(type=kind, operator="between", formula1=str(low),
                                formula2=str(field.high))
            dv.error = f"Skriv {what} mellom {low:g} og {field.high:g}."
    else:
        return
    dv.showErrorMessage = True
    dv.errorTitle = field.label
    ws.add_data_validation(dv)
    dv.add(cell)


def _write_lists(ws, groups: list[tuple[str, str]]) -> dict[str, str]:
    write_text(ws, 1, 1, "Målgruppe")
    write_text(ws, 1, 2, "Id")
    write_text(ws, 1, 4, MARKER)
    for r, (group_id, label) in enumerate(groups, start=2):
        write_text(ws, r, 1, label)
        write_text(ws, r, 2, group_id)
    write_text(ws, 1, 3, "Betaler")
    for r, payer in enumerate(FUNDING_PAYERS, start=2):
        write_text(ws, r, 3, payer)
    ws.sheet_state = "hidden"
    return {
        "group": "=" + area(ws, 2, 1, max(len(groups), 1) + 1, 1),
        "payer": "=" + area(ws, 2, 3, len(FUNDING_PAYERS) + 1, 3),
    }


def _write_project(ws, lists: dict[str, str]) -> None:
    write_text(ws, 1, 1, "Budsjettmal for prosjekter – utenforregnskap", TITLE)
    write_text(ws, 2, 1, "Fyll ut de gule cellene. Se arket Veiledning.", NOTE)
    for c, head in enumerate(("Felt", "Verdi", "Forklaring"), start=1):
        write_text(ws, TABLE_HEAD_ROW, c, head, BOLD)
    formats = {"share": PERCENT, "money": KR, "int": "0"}
    for field in FIELDS:
        r = FIELD_ROW[field.key]
        write_text(ws, r, 1, field.label + (" *" if field.required else ""))
        cell = ws.cell(row=r, column=2)
        mark_input(cell)
        cell.number_format = formats.get(field.kind, "@")  # "@": typed text stays text
        write_text(ws, r, 3, field.guidance, NOTE).alignment = WRAP
        _validation(ws, cell.coordinate, field, lists)
    write_text(ws, FIELD_ROW[FIELDS[-1].key] + 2, 1, "* må fylles ut", NOTE)
    set_widths(ws, {"A": 48, "B": 28, "C": 80})


def _write_table(ws, name: str, lists: dict[str, str]) -> None:
    write_text(ws, 1, 1, TABLE_TITLES[name], TITLE)
    columns = TABLES[name]
    for c, (_, head) in enumerate(columns, start=1):
        write_text(ws, TABLE_HEAD_ROW, c, head, BOLD)
    last = TABLE_FIRST_ROW + TABLE_ROWS[name] - 1
    for c, (key, _) in enumerate(columns, start=1):
        for r in range(TABLE_FIRST_ROW, last + 1):
            cell = ws.cell(row=r, column=c)
            mark_input(cell)
            cell.number_format = {"year": "0", "participants": "#,##0", "amount": KR}.get(key, "@")
        col_range = area(ws, TABLE_FIRST_ROW, c, last, c, sheet=False).replace("$", "")
        dv = None
        if key == "year":
            dv = DataValidation(type="whole", operator="between", formula1="1990",
                                formula2="2200", error="Skriv et årstall, f.eks. 2026.")
        elif key in ("participants", "amount"):
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                                error="Skriv et tall som ikke er negativt.")
        elif key == "payer":
            dv = DataValidation(type="list", formula1=lists["payer"],
                                error="Velg kommune, fylkeskommune eller stat.")
        elif key == "type":
            dv = DataValidation(type="list", formula1='"' + ",".join(COST_TYPES) + '"',
                                error="Velg en kostnadstype fra listen.")
        if dv is not None:
            dv.showErrorMessage = True
            ws.add_data_validation(dv)
            dv.add(col_range)
    set_widths(ws, {"A": 22, "B": 22, "C": 18, "D": 18, "E": 40})


def build_template(groups: list[tuple[str, str]]) -> bytes:
    """The blank template as xlsx bytes; `groups` is [(id, label)] from the parameter set."""
    wb = Workbook()
    project = wb.active
    project.title = PROJECT
    sheets = {name: wb.create_sheet(name) for name in (PARTICIPANTS, COSTS, FUNDING, GUIDE)}
    lists = _write_lists(wb.create_sheet(LISTS), groups)
    _write_project(project, lists)
    for name in TABLES:
        _write_table(sheets[name], name, lists)
    guide = sheets[GUIDE]
    for r, line in enumerate(GUIDE_TEXT, start=1):
        write_text(guide, r, 1, line, TITLE if r == 1 else None).alignment = WRAP
    set_widths(guide, {"A": 120})
    return workbook_bytes(wb)
