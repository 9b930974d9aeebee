"""The inputs sheet of the live model: the editable assumptions (yellow cells) and where
they are, so that the other sheets can refer to them in their formulas."""

from __future__ import annotations

from dataclasses import dataclass, field

from costbenefit.excel.cells import (
    BOLD,
    INTEGER,
    KR,
    NOTE,
    NUMBER,
    PERCENT,
    area,
    mark_input,
    ref,
    write_text,
    write_value,
)
from costbenefit.excel.layout import header
from costbenefit.model.engine import Result
from costbenefit.model.structure import FUNDING_PAYERS, PAYER_LABELS_NB


@dataclass
class Inputs:
    """Where the input cells are (absolute references with sheet names)."""

    cells: dict[str, str] = field(default_factory=dict)  # name -> reference
    coords: dict[str, tuple[int, int]] = field(default_factory=dict)  # name -> (row, col)
    step_from: str = ""
    step_rate: str = ""
    cohort_year: str = ""
    cohort_n: str = ""
    fixed_year: str = ""
    fixed_payer: str = ""
    fixed_amount: str = ""


def _input(ws, inputs: Inputs, name: str, row: int, label: str, value: float, fmt: str,
           note: str = "") -> None:
    write_text(ws, row, 1, label)
    mark_input(write_value(ws, row, 2, value, fmt))
    if note:
        write_text(ws, row, 3, note, NOTE)
    inputs.cells[name] = ref(ws, row, 2)
    inputs.coords[name] = (row, 2)


def write_inputs(ws, row: int, result: Result) -> tuple[Inputs, int]:
    """The editable assumptions, starting at `row`; returns their references and the next row."""
    sc = result.scenario
    iv = sc.intervention
    inp = Inputs()
    write_text(ws, row, 1, "Forutsetninger (gule celler kan endres; alt annet regnes om)", BOLD)
    row += 2
    header(ws, row, 1, "Effekt")
    row += 1
    _input(ws, inp, "success_rate_with", row, "Suksessrate med tiltaket", iv.success_rate_with,
           PERCENT, "andel deltakere som lykkes med tiltaket")
    _input(ws, inp, "success_rate_without", row + 1, "Suksessrate uten tiltaket",
           iv.success_rate_without, PERCENT, "dødvekt: ville lyktes uansett")
    _input(ws, inp, "attribution", row + 2, "Attribusjon", iv.attribution, PERCENT,
           "andel av forskjellen som skyldes tiltaket")
    _input(ws, inp, "duration_years", row + 3, "Varighet i tiltaket (år per deltaker)",
           iv.duration_years, INTEGER, "år med kostnad per deltaker")
    row += 4
    write_text(ws, row, 1, "Ekstra suksesser per deltaker")
    write_value(ws, row, 2, f"=({inp.cells['success_rate_with']}-"
                f"{inp.cells['success_rate_without']})*{inp.cells['attribution']}", "0.0000")
    write_text(ws, row, 3, "(med − uten) × attribusjon", NOTE)
    inp.cells["effect"] = ref(ws, row, 2)
    row += 2

    header(ws, row, 1, "Kostnad per deltakerår")
    row += 1
    costs = iv.cost_per_participant_year.model_dump()
    for i, payer in enumerate(FUNDING_PAYERS):
        _input(ws, inp, f"cost_{payer}", row + i, PAYER_LABELS_NB[payer], costs[payer], KR)
    row += len(FUNDING_PAYERS) + 1
    if pays_cash(result):
        header(ws, row, 1, "Stønad til deltakerne per deltakerår")
        write_text(ws, row, 3, "overføring: kostnad for budsjettet, inntekt for personen", NOTE)
        row += 1
        cash = iv.transfer_per_participant_year.model_dump()
        for i, payer in enumerate(FUNDING_PAYERS):
            _input(ws, inp, f"transfer_{payer}", row + i, PAYER_LABELS_NB[payer], cash[payer],
                   KR)
        row += len(FUNDING_PAYERS) + 1

    sv = result.societal
    header(ws, row, 1, "Samfunnsøkonomisk visning (R-109)")
    row += 1
    _input(ws, inp, "labour_cost_factor", row, "Arbeidskraftkostnad per lønnskrone",
           sv.labour_cost_factor, NUMBER, "produksjon verdsettes til lønn × denne faktoren")
    _input(ws, inp, "tax_financing_rate", row + 1, "Skattefinansieringskostnad",
           sv.tax_financing_rate, PERCENT, "av netto offentlig budsjettvirkning")
    _input(ws, inp, "analysis_years", row + 2, "Analyseperiode (år)", sv.analysis_years,
           INTEGER, "samfunnsvirkninger etter perioden: " + (
               "restverdi i periodens siste år" if sv.residual_value == "remaining"
               else "ikke med"))
    row += 4

    header(ws, row, 1, "Reallønnsvekst")
    write_text(ws, row, 3, "lønn, skatt, G-baserte stønader og tjenester i gevinstene vokser "
               "fra regelåret; tiltakets kostnader står i faste kroner", NOTE)
    row += 1
    _input(ws, inp, "growth_rate", row, "Reallønnsvekst per år", result.growth_rate,
           "0.00 %", "0 gir en analyse uten reallønnsvekst")
    _input(ws, inp, "growth_until", row + 1, "Vekst til og med år", result.growth_until,
           INTEGER, "deretter holdes realverdien konstant")
    write_text(ws, row + 2, 1, "Regelår (indeks = 1)")
    write_value(ws, row + 2, 2, sc.effective_rules_year, INTEGER)
    inp.cells["rules_year"] = ref(ws, row + 2, 2)
    row += 4

    header(ws, row, 1, "Kalkulasjonsrente: fra år")
    header(ws, row, 2, "Rente")
    write_text(ws, row, 3, f"{result.discounting.name}; år regnet fra tiltakets start", NOTE)
    row += 1
    first = row
    for i, (start, rate) in enumerate(result.discounting.steps, start=1):
        cell = write_value(ws, row, 1, start, INTEGER)
        if i > 1:  # the first step must start in year 0
            mark_input(cell)
            inp.cells[f"step_year_{i}"] = ref(ws, row, 1)
            inp.coords[f"step_year_{i}"] = (row, 1)
        mark_input(write_value(ws, row, 2, rate, "0.00 %"))
        inp.cells[f"discount_rate_{i}"] = ref(ws, row, 2)
        inp.coords[f"discount_rate_{i}"] = (row, 2)
        row += 1
    inp.step_from = area(ws, first, 1, row - 1, 1)
    inp.step_rate = area(ws, first, 2, row - 1, 2)
    row += 1

    header(ws, row, 1, "Kohort: startår")
    header(ws, row, 2, "Deltakere")
    row += 1
    first = row
    for i, cohort in enumerate(iv.cohorts, start=1):
        write_value(ws, row, 1, cohort.year, INTEGER)
        mark_input(write_value(ws, row, 2, cohort.participants, "#,##0"))
        inp.coords[f"participants_{i}"] = (row, 2)
        row += 1
    inp.cohort_year = area(ws, first, 1, row - 1, 1)
    inp.cohort_n = area(ws, first, 2, row - 1, 2)
    row += 1

    header(ws, row, 1, "Faste kostnader: år")
    header(ws, row, 2, "Beløp")
    header(ws, row, 3, "Betaler")
    row += 1
    first = row
    fixed = [(f.year, f.amount, f.payer) for f in iv.fixed_costs] or [(sc.start_year, 0.0,
                                                                       "kommune")]
    for year, amount, payer in fixed:
        write_value(ws, row, 1, year, INTEGER)
        mark_input(write_value(ws, row, 2, amount, KR))
        write_text(ws, row, 3, payer)
        row += 1
    inp.fixed_year = area(ws, first, 1, row - 1, 1)
    inp.fixed_amount = area(ws, first, 2, row - 1, 2)
    inp.fixed_payer = area(ws, first, 3, row - 1, 3)
    return inp, row + 1


def pays_cash(result: Result) -> bool:
    """Does the measure pay cash to participants (`transfer_per_participant_year`)?"""
    return any(result.scenario.intervention.transfer_per_participant_year.model_dump().values())
