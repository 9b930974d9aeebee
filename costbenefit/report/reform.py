"""The text table's section on a reform (issue #14): the rule change alone, who pays and who
saves (NPV and the first years per payer), and how many more successes each payer needs to
break even. The numbers are the JSON contract's (:func:`~.as_json.reform_dict`)."""

from __future__ import annotations

import textwrap

from costbenefit.model.engine import Result
from costbenefit.model.scenario_reform import Reform
from costbenefit.model.structure import (
    OTHER_KOMMUNER,
    PAYER_LABELS_NB,
    PUBLIC_PAYERS,
    STATE_LABELS_NB,
)
from costbenefit.report import i18n
from costbenefit.report.as_json import REFORM_NOTE, reform_dict
from costbenefit.report.success import success_label
from costbenefit.report.texts_nb import NOT_REACHABLE, beyond_reach

REFORM_HEAD = "REGELENDRINGEN ALENE – hvem betaler og hvem sparer"
REFORM_YEARS = 10  # years shown in the per-year table
BENEFIT_LABELS_NB = {
    "sosialhjelp": "økonomisk sosialhjelp",
    "dagpenger": "dagpenger",
    "aap": "arbeidsavklaringspenger",
    "uforetrygd": "uføretrygd",
    "kvalifiseringsstonad": "kvalifiseringsstønad",
}
# columns of the NPV lines and the per-year table: payer key -> label
COLUMNS = {**{p: PAYER_LABELS_NB[p] for p in PUBLIC_PAYERS}, "public_total": "Offentlig sum",
           "person": PAYER_LABELS_NB["person"], OTHER_KOMMUNER: "Andre kommuner"}
BREAK_EVEN_PAYERS = {"kommune": "kommune", "fylkeskommune": "fylkeskommune", "stat": "stat",
                     "public_total": "offentlig sum"}
GAINS_ALREADY = "sparer allerede"
NO_GAIN = "ikke mulig: en suksess gir ikke gevinst for denne betaleren"
BREAK_EVEN_NOTE = (
    "Ekstra suksesser (utover dem som lykkes uten tiltaket) som gjør betalerens netto "
    "nåverdi 0, regnet fra regelendringen uten atferdseffekt og tiltakets egen kostnad."
)


def describe(reform: Reform, price_year: int) -> str:
    """One sentence: what the new benefit is, to whom, and what it replaces."""
    b = reform.benefit
    amount = (f"{i18n.number(b.amount_g, 2)} G" if b.amount_g is not None
              else f"{i18n.kr(b.amount)} ({price_year}-kroner)")
    taxable = "skattepliktig" if b.taxable else "ikke skattepliktig"
    labels = [f"«{STATE_LABELS_NB[s]}»" for s in reform.eligible_states]
    states = " og ".join([", ".join(labels[:-1]), labels[-1]] if len(labels) > 1 else labels)
    replaced = []
    for r in reform.replaces:
        label = BENEFIT_LABELS_NB[r.benefit]
        if r.share != 1 or r.state is not None:
            label += f" ({i18n.percent(r.share, 0)} av dem i «{STATE_LABELS_NB[r.in_state]}»)"
        replaced.append(label)
    name = f"{reform.name}: " if reform.name else ""
    ages = reform.ages.replace("-", "–")
    return (f"{name}{amount} per år fra {b.payer} ({taxable}) til deltakere {ages} år i "
            f"tilstandene {states}; opptak {i18n.percent(reform.take_up, 0)}; "
            f"erstatter {', '.join(replaced) if replaced else 'ingen ytelser'}.")


def _needed_text(needed: float | None, rate: float | None, participants: float) -> str:
    if needed is None:
        return NO_GAIN
    if needed == 0:
        return f"0 ({GAINS_ALREADY})"
    if beyond_reach(rate, needed, participants):
        return f"{i18n.number(needed, 0)} ({NOT_REACHABLE} med {i18n.number(participants, 0)} " \
               "deltakere)"
    return i18n.number(needed, 0)


def break_even_lines(result: Result) -> list[str]:
    """«Flere i arbeid som trengs for balanse: kommune 0 (sparer allerede), stat 535, …»."""
    by_payer = result.break_even.by_payer
    if by_payer is None:
        return []
    iv = result.scenario.intervention
    participants = sum(c.participants for c in iv.cohorts)
    label = success_label(result)
    what = f"Flere {label}" if label.startswith("i ") else f"Flere suksesser («{label}»)"
    parts = []
    for payer, name in BREAK_EVEN_PAYERS.items():
        needed = by_payer.get(payer)
        rate = (None if needed is None or participants <= 0 or iv.attribution <= 0
                else iv.success_rate_without + needed / (participants * iv.attribution))
        parts.append(f"{name} {_needed_text(needed, rate, participants)}")
    text = f"{what} som trengs for balanse: {', '.join(parts)}"
    return [*_wrapped(text), *_wrapped(BREAK_EVEN_NOTE)]


def _wrapped(text: str, indent: str = "  ") -> list[str]:
    lines = textwrap.wrap(text, width=92)
    return [f"{indent}{lines[0]}", *(f"{indent}  {line}" for line in lines[1:])]


def reform_lines(result: Result) -> list[str]:
    """The section, or nothing when the scenario has no reform."""
    data = reform_dict(result)
    reform = result.scenario.reform
    if data is None or reform is None:
        return []
    lines = ["", REFORM_HEAD, *_wrapped(describe(reform, result.price_year))]
    lines.append("  Nåverdi, regelendringen uten atferdsendring:")
    for payer, label in COLUMNS.items():
        lines.append(f"    {label:<27}{i18n.kr(data['npv'][payer]):>20}")
    lines.append(f"  Per år (kroner), de første {min(REFORM_YEARS, len(data['by_year']))} "
                 "årene:")
    lines.append(f"  {'År':>6}" + "".join(f"{label:>16}" for label in COLUMNS.values()))
    for row in data["by_year"][:REFORM_YEARS]:
        cells = {**row, "public_total": sum(row[p] for p in PUBLIC_PAYERS)}
        lines.append(f"  {row['year']:>6}"
                     + "".join(f"{i18n.number(cells[p], 0):>16}" for p in COLUMNS))
    lines += _wrapped(REFORM_NOTE)
    lines += break_even_lines(result)
    return lines
