"""The wellbeing view (WELLBY) on the summary sheet: its figures as values, in a block of
their own below the budget outputs, labelled so that nobody adds them to the budget numbers
(the engine's ``Result.wellbeing``, the same figures as the text table and the JSON)."""

from __future__ import annotations

from costbenefit.excel.cells import BOLD, KR, NOTE, NUMBER, WRAP, write_text, write_value
from costbenefit.excel.layout import header
from costbenefit.model.engine import Result
from costbenefit.model.wellbeing import LEVELS, RULE_LABELS_NB

HEAD = "Velferdsvisning (WELLBY) – egen visning, aldri lagt til budsjettallene"
LEVEL_HEADS = {"low": "Lav", "central": "Sentral", "high": "Høy"}
NOTE_TEXT = ("Faste verdier fra motoren (regnes ikke om i arbeidsboken). En WELLBY er ett "
             "poeng livstilfredshet (0–10) for én person i ett år; verdien i kroner er et "
             "velferdsmål, ikke kroner i noe budsjett, og skal ikke legges sammen med "
             "budsjettvirkningen eller den samfunnsøkonomiske nåverdien.")
NOT_DEFINED = "–"


def write_wellbeing(ws, row: int, result: Result) -> int:
    """The WELLBY block from `row` (columns A–D); returns the first free row below it."""
    wv = result.wellbeing
    header(ws, row, 1, HEAD)
    for i, level in enumerate(LEVELS):
        header(ws, row, 2 + i, LEVEL_HEADS[level])
    r = row + 1
    singles: list[tuple[str, float | None, str]] = [
        ("WELLBY-er (udiskontert)", wv.wellbys, NUMBER),
        (f"WELLBY-er (diskontert med {wv.discounting.name})", wv.wellbys_discounted, NUMBER),
    ]
    for label, value, fmt in singles:
        write_text(ws, r, 1, label)
        write_value(ws, r, 3, value, fmt, BOLD)
        r += 1
    ranged = [(f"Verdi per WELLBY ({result.price_year}-kroner)", wv.value_per_wellby),
              ("Verdi av WELLBY-ene (nåverdi)", wv.value)]
    for label, values in ranged:
        write_text(ws, r, 1, label)
        for i, level in enumerate(LEVELS):
            write_value(ws, r, 2 + i, values[level], KR, BOLD if level == "central" else None)
        r += 1
    per = [("Kostnad per WELLBY (nåverdi av tiltakets kostnad / diskonterte WELLBY-er)",
            wv.cost_per_wellby, KR),
           ("WELLBY-er per million kroner i tiltakets kostnad", wv.wellbys_per_million_kr,
            NUMBER)]
    for label, value, fmt in per:
        write_text(ws, r, 1, label).alignment = WRAP
        if value is None:
            write_text(ws, r, 3, NOT_DEFINED)
        else:
            write_value(ws, r, 3, value, fmt, BOLD)
        r += 1
    write_text(ws, r, 1, "Verdsetting", BOLD)
    write_text(ws, r, 2, RULE_LABELS_NB[wv.rule])
    r += 1
    for note in (NOTE_TEXT, *wv.notes):
        write_text(ws, r, 1, note, NOTE)
        r += 1
    return r
