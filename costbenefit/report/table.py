"""The Norwegian text table printed by `costbenefit evaluate --format table`."""

from __future__ import annotations

import textwrap

from costbenefit.model.engine import Result
from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.model.societal import SocietalView
from costbenefit.model.structure import (
    CATEGORY_LABELS_NB,
    PAYER_LABELS_NB,
    PUBLIC_PAYERS,
    STATE_LABELS_NB,
)
from costbenefit.model.wellbeing import LEVELS, RULE_LABELS_NB
from costbenefit.report import i18n
from costbenefit.report.kommune import equalisation_lines, sector_lines
from costbenefit.report.non_priced import non_priced_lines
from costbenefit.report.reform import reform_lines
from costbenefit.report.success import (
    check_text,
    evidence_facts,
    growth_text,
    outcome_persons,
    shown_outcome,
    shown_years,
    signed,
    success_label,
)
from costbenefit.report.texts_nb import (
    MARKOV_STATES_NOTE,
    NOT_ONE_STATE,
    NOT_REACHABLE,
    NOT_REACHABLE_REASON,
    ROI_HELP,
    ROI_LABEL,
    STATES_HEAD,
    STATES_VALUES_NOTE,
    SUCCESS_IS,
    beyond_reach,
)
from costbenefit.report.who_pays import SIGN_CONVENTION, who_pays_sentence

LEVEL_LABELS_NB = {"low": "lav", "central": "sentral", "high": "høy"}
RESIDUAL_LABELS_NB = {
    "none": "virkninger etter perioden er ikke med",
    "remaining": "virkninger etter perioden til horisonten er med som restverdi",
}


def _schedule_text(result: Result) -> str:
    steps = result.discounting.steps
    parts = []
    for i, (start, rate) in enumerate(steps):
        end = steps[i + 1][0] - 1 if i + 1 < len(steps) else None
        span = f"år {start}–{end}" if end is not None else f"fra år {start}"
        parts.append(f"{i18n.percent(rate, 1)} {span}")
    return f"{result.discounting.name} ({', '.join(parts)}; år 0 udiskontert)"


def participants(result: Result) -> float:
    return sum(c.participants for c in result.scenario.intervention.cohorts)


def break_even_beyond_reach(result: Result) -> bool:
    """The break-even needs a success rate above 100 % (or more successes than participants):
    shown as «ikke oppnåelig», never as the number."""
    be = result.break_even
    return beyond_reach(be.success_rate, be.successes_needed, participants(result))


def roi_lines(roi: float | None, indent: str = "  ") -> list[str]:
    """The ratio `roi` with its label and what it means (it is not an annual return)."""
    help_lines = textwrap.wrap(ROI_HELP, width=88)
    return [f"{indent}{ROI_LABEL}: {i18n.ratio(roi)}",
            *(f"{indent}  {line}" for line in help_lines)]


def shown_categories(sv: SocietalView) -> dict[str, float]:
    """Present value by societal category; the residual value only when there is one."""
    return {c: pv for c, pv in sv.pv_by_category.items() if pv != 0 or c != "residual_value"}


def _societal_lines(result: Result) -> list[str]:
    sv = result.societal
    first = result.scenario.start_year
    lines = [
        "",
        "SAMFUNNSØKONOMISK VISNING (R-109) – reelle ressurser; stønader er overføringer",
    ]
    for category, pv in shown_categories(sv).items():
        label = CATEGORY_LABELS_NB[category].capitalize()
        lines.append(f"  {label:<34}{i18n.kr(pv):>20}")
    lines += [
        f"  {'Netto nåverdi for samfunnet':<34}{i18n.kr(sv.npv):>20}",
        f"  Nytte-kostnadsbrøk (nåverdi nytte / nåverdi kostnad): {i18n.number(sv.bcr, 2)}",
        f"  Netto nytte per budsjettkrone (nåverdi / tiltakets offentlige kostnad): "
        f"{i18n.number(sv.npv_per_budget_krone, 2)}",
        f"  Produksjon verdsatt til arbeidskraftkostnad (lønn × "
        f"{i18n.number(sv.labour_cost_factor, 2)}); skattefinansieringskostnad "
        f"{i18n.percent(sv.tax_financing_rate, 0)} av netto offentlig budsjettvirkning",
        f"  Analyseperiode {first}–{first + sv.analysis_years - 1} ({sv.analysis_years} år); "
        f"{RESIDUAL_LABELS_NB[sv.residual_value]}",
    ]
    return lines


def _wellbeing_lines(result: Result) -> list[str]:
    wv = result.wellbeing
    per = " / ".join(f"{LEVEL_LABELS_NB[k]} {i18n.kr(wv.value_per_wellby[k])}" for k in LEVELS)
    value = " / ".join(f"{LEVEL_LABELS_NB[k]} {i18n.kr(wv.value[k])}" for k in LEVELS)
    growth = ("realprisjusteres år for år med BNP per innbygger" if wv.real_price_growth
              else "uten realprisjustering")
    lines = [
        "",
        "VELFERDSVISNING (WELLBY) – livstilfredshet, ikke kroner i noe budsjett",
        f"  WELLBY-er: {i18n.number(wv.wellbys)} (diskontert {i18n.number(wv.wellbys_discounted)})",
        f"  Verdsetting: {RULE_LABELS_NB[wv.rule]}",
        f"  Per WELLBY i {result.price_year}-kroner ({growth}): {per}",
        f"  Verdi (nåverdi): {value}",
        f"  Kostnad per WELLBY: {i18n.kr(wv.cost_per_wellby)} · WELLBY-er per million kroner: "
        f"{i18n.number(wv.wellbys_per_million_kr)}",
        f"  WELLBY-er diskontert med {wv.discounting.name}",
    ]
    lines += [f"  {note}" for note in wv.notes]
    lines.append("  De tre visningene står side om side og legges aldri sammen til ett tall.")
    return lines


def _overrides_text(overrides: dict[str, object]) -> str:
    if not overrides:
        return "Overstyrte parametere: ingen"
    parts = [f"{name} = {value}" for name, value in sorted(overrides.items())]
    return f"Overstyrte parametere (forutsetninger i scenariet): {'; '.join(parts)}"


def render(result: Result, group_label: str) -> str:
    sc, b = result.scenario, result.budget
    n = participants(result)
    end_year = sc.start_year + sc.horizon_years - 1
    lines = [
        f"Scenario: {sc.name}",
        f"Målgruppe: {group_label} · startalder {sc.start_age} · analyseperiode "
        f"{sc.start_year}–{end_year}",
        f"Parametersett {result.parameter_set['version']} (sha256 "
        f"{result.parameter_set['sha256'][:12]}…) · kroneår {result.price_year} · regler per "
        f"{result.rules_date} · motor {result.engine_version}",
        f"Diskontering: {_schedule_text(result)}",
        growth_text(result),
        _overrides_text(sc.parameter_overrides),
        "",
        "BUDSJETTVIRKNING – bare offentlige budsjetter, ikke samfunnsøkonomisk lønnsomhet",
        *(f"  {line}" for line in textwrap.wrap(who_pays_sentence(b.npv), width=92)),
        f"  {SIGN_CONVENTION['nb']}",
    ]
    width = 27
    for payer in PUBLIC_PAYERS:
        lines.append(f"  {PAYER_LABELS_NB[payer]:<{width}}{i18n.kr(b.npv[payer]):>20}")
    lines += [
        f"  {'Offentlig sum':<{width}}{i18n.kr(b.npv['public_total']):>20}",
        *equalisation_lines(result),
        f"  Tiltakets kostnad (nåverdi): {i18n.kr(b.pv_cost)}",
        *roi_lines(b.roi),
        f"  Nedbetalingsår (diskontert): {b.payback_year or 'ikke innen analyseperioden'}",
        *reform_lines(result),
        "",
        *sector_lines(result),
    ]
    if sc.mode == "markov":
        lines += _markov_break_even_lines(result)
    else:
        lines += _break_even_lines(result, n)
    lines += _success_lines(result) + _states_lines(result)
    lines += _societal_lines(result) + _wellbeing_lines(result)
    lines += non_priced_lines(result)
    for warning in result.warnings:
        lines += ["", f"Merk: {warning}"]
    return "\n".join(lines)


def _markov_break_even_lines(result: Result) -> list[str]:
    be = result.break_even
    factor = ("ingen offentlig gevinst" if be.effect_multiplier is None
              else f"{i18n.number(be.effect_multiplier, 2)} × antatt effekt")
    return [
        "BALANSEPUNKT (MARKOV-MODUS)",
        f"  Gevinst per deltaker (nåverdi, offentlig): {i18n.kr(be.pv_gain_per_success)}",
        f"  Effekt som gir offentlig nåverdi 0: {factor}",
        f"  {be.note}",
        *_calibration_lines(result),
    ]


def _calibration_lines(result: Result) -> list[str]:
    """How the Markov arms were fitted to the study's levels at its follow-up."""
    c = result.markov_calibration
    if c is None:
        return []
    state = STATE_LABELS_NB[c.state]
    return [
        f"  Kalibrert til studien: {state} etter {c.follow_up} år uten tiltaket "
        f"{i18n.percent(c.control_model, 1)} (studien {i18n.percent(c.control_target, 1)}), "
        f"med tiltaket {i18n.percent(c.treatment_model, 1)} "
        f"(studien {i18n.percent(c.treatment_target, 1)}); overgangen "
        f"{STATE_LABELS_NB[c.origin]} → {STATE_LABELS_NB[c.target]} × "
        f"{i18n.number(c.multiplier, 2)} i oppfølgingsårene, relativ risiko "
        f"{i18n.number(c.relative_risk, 3)} for tiltaket.",
    ]


def _break_even_lines(result: Result, n: float) -> list[str]:
    be, iv = result.break_even, result.scenario.intervention
    lines = [
        "HVOR MANGE MÅ LYKKES",
        f"  Gevinst per ekstra suksess (nåverdi, offentlig): {i18n.kr(be.pv_gain_per_success)}",
    ]
    if be.successes_needed is None:
        lines.append("  En suksess gir ingen offentlig gevinst: tiltaket kan ikke betale seg.")
    elif break_even_beyond_reach(result):
        reason = NOT_REACHABLE_REASON[0].upper() + NOT_REACHABLE_REASON[1:]
        lines.append(f"  {reason} ({i18n.number(n, 0)} deltakere).")
        lines.append(
            f"  Suksessrate som gir balanse: {NOT_REACHABLE} (den måtte ha vært over 100 %; "
            f"uten tiltaket {i18n.percent(iv.success_rate_without)}, "
            f"antatt med tiltaket {i18n.percent(iv.success_rate_with)})"
        )
    else:
        lines.append(
            f"  {i18n.number(be.successes_needed)} ekstra suksesser av {i18n.number(n, 0)} "
            f"deltakere må til for at tiltaket betaler seg"
        )
        lines.append(
            f"  Suksessrate som gir balanse: {i18n.percent(be.success_rate)} "
            f"(uten tiltaket {i18n.percent(iv.success_rate_without)}, "
            f"antatt med tiltaket {i18n.percent(iv.success_rate_with)})"
        )
    return lines


# -- what a success is, and persons in the outcome with and without the measure ----------

def _success_lines(result: Result) -> list[str]:
    lines = ["", "HVA EN SUKSESS ER", f"  {SUCCESS_IS.format(label=success_label(result))}"]
    for label, text in evidence_facts(result):
        wrapped = textwrap.wrap(f"{label}: {text}", width=92)
        lines += [f"  {wrapped[0]}", *(f"    {line}" for line in wrapped[1:])]
    return lines


def _states_lines(result: Result) -> list[str]:
    outcome = shown_outcome(result)
    label = OUTCOME_LABELS_NB[outcome]
    without, with_measure = outcome_persons(result, outcome)
    years = result.states.years
    lines = ["", STATES_HEAD.format(label=label).upper(),
             f"  {'År':>6}{'Uten tiltaket':>16}{'Med tiltaket':>16}{'Forskjell':>14}"]
    for k in shown_years(len(years)):
        lines.append(f"  {int(years[k]):>6}{i18n.number(without[k]):>16}"
                     f"{i18n.number(with_measure[k]):>16}"
                     f"{signed(with_measure[k] - without[k]):>14}")
    markov = result.scenario.mode == "markov"
    notes = [MARKOV_STATES_NOTE if markov else STATES_VALUES_NOTE]
    if outcome != result.scenario.intervention.success_outcome and not markov:
        notes.append(NOT_ONE_STATE.format(label=success_label(result)))
    check = check_text(result)
    if check:
        notes.append(check)
    for note in notes:
        lines += [f"  {line}" for line in textwrap.wrap(note, width=92)]
    return lines
