"""The states sheet (Tilstander): expected persons in each life-course state, with and without
the measure, year by year, beside what a success is and the study behind the effect.

Values, not formulas: the occupancy is an engine result (the group's course and the course
after a success), like the per-success flows on Enhetsgevinst. The sheet says so.
"""

from __future__ import annotations

from costbenefit.excel.cells import BOLD, NOTE, NUMBER, PERCENT, TITLE, write_text, write_value
from costbenefit.excel.layout import header
from costbenefit.model.engine import Result
from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.model.structure import STATE_LABELS_NB, STATES
from costbenefit.report.success import (
    check_text,
    evidence_facts,
    outcome_persons,
    shown_outcome,
    success_label,
)
from costbenefit.report.texts_nb import MARKOV_STATES_NOTE, STATES_VALUES_NOTE, SUCCESS_IS

TITLE_TEXT = "Tilstander: forventet antall personer med og uten tiltaket"
VALUES_NOTE = (
    "Faste verdier fra motoren, ikke formler: tilstandsfordelingen er et resultat av "
    "målgruppens forløp og forløpet etter en suksess, som gevinsten per suksess på arket "
    "Enhetsgevinst. Endrer du suksessratene i Forutsetninger, regnes kontantstrømmen om, men "
    "ikke denne tabellen."
)
ARMS = ("uten tiltaket", "med tiltaket", "forskjell")
FIRST_COL = 2  # column A holds the year


def _facts(ws, row: int, result: Result) -> int:
    """What a success is, the study and its optimism-bias correction; returns the next row."""
    write_text(ws, row, 1, SUCCESS_IS.format(label=success_label(result)), BOLD)
    row += 1
    for label, text in evidence_facts(result):
        write_text(ws, row, 1, label)
        write_text(ws, row, 2, text)
        row += 1
    ev = result.evidence
    if ev is not None:
        central, low, high = ev.risk_difference
        level = f"{round(100 * ev.ci_level)} %"
        numbers = [
            ("Risikodifferanse i studien", central),
            (f"{level} KI, nedre grense", low),
            (f"{level} KI, øvre grense", high),
            (f"Optimismekorreksjon (evidensgrad {ev.grade})", ev.optimism_bias),
            ("Effekt brukt i modellen", ev.applied_difference),
            ("Andel i utfallet uten tiltaket", ev.rate_without),
            ("Andel i utfallet med tiltaket", ev.rate_with),
        ]
        for label, value in numbers:
            write_text(ws, row, 1, label)
            write_value(ws, row, 2, value, PERCENT)
            row += 1
    check = check_text(result)
    if check:
        write_text(ws, row, 1, check, NOTE)
        row += 1
    return row


def _group(ws, row: int, col: int, title: str) -> None:
    header(ws, row, col, title)
    for i, arm in enumerate(ARMS):
        header(ws, row + 1, col + i, arm)


def write_states(ws, result: Result) -> None:
    """The whole states sheet: title, note, facts, then one row per year with the outcome
    summed and every state (without, with, difference)."""
    write_text(ws, 1, 1, TITLE_TEXT, TITLE)
    write_text(ws, 2, 1, VALUES_NOTE, NOTE)
    markov = result.scenario.mode == "markov"
    write_text(ws, 3, 1, MARKOV_STATES_NOTE if markov else STATES_VALUES_NOTE, NOTE)
    head = _facts(ws, 5, result) + 1
    outcome = shown_outcome(result)
    groups = [(f"Personer {OUTCOME_LABELS_NB[outcome]} (utfallet)",
               *outcome_persons(result, outcome))]
    st = result.states
    groups += [(STATE_LABELS_NB[state].capitalize(), st.without[:, s], st.with_measure[:, s])
               for s, state in enumerate(STATES)]
    header(ws, head, 1, "År")
    header(ws, head + 1, 1, "")
    first = head + 2
    for g, (title, without, with_measure) in enumerate(groups):
        col = FIRST_COL + 3 * g
        _group(ws, head, col, title)
        for k, year in enumerate(st.years):
            r = first + k
            if g == 0:
                write_value(ws, r, 1, int(year), "0")
            write_value(ws, r, col, float(without[k]), NUMBER)
            write_value(ws, r, col + 1, float(with_measure[k]), NUMBER)
            write_value(ws, r, col + 2, float(with_measure[k] - without[k]), NUMBER)
    ws.column_dimensions["A"].width = 34
    for c in range(FIRST_COL, FIRST_COL + 3 * len(groups)):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 14
