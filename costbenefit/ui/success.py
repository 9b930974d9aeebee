"""What a success is, in the app: the outcome, the study behind the effect, persons in the
outcome with and without the measure and the real wage growth, as plain data and sentences
(no Streamlit here). The numbers are the text table's (:mod:`costbenefit.report.table`), so
the app cannot disagree with the CLI or the JSON.
"""

from __future__ import annotations

import pandas as pd

from costbenefit.model.engine import Result
from costbenefit.parameters.evidence import qualified
from costbenefit.report import i18n
from costbenefit.report.success import (
    first_year_check,
    outcome_persons,
    persistence_ranges,
    points,
    shown_outcome,
    shown_years,
    signed,
)
from costbenefit.ui.texts import t
from costbenefit.ui.texts.names import STUDY_NAMES


def outcome_text(outcome: str, lang: str) -> str:
    """The outcome's label: «i arbeid», "in work"."""
    return t(f"outcome_label_{outcome}", lang)


def success_text(result: Result, lang: str) -> str:
    """«Hva en suksess er: i arbeid» (Markov mode: the arms come from transitions)."""
    label = (t("markov_success", lang) if result.scenario.mode == "markov"
             else outcome_text(result.scenario.intervention.success_outcome, lang))
    return t("success_is", lang, label=label)


def evidence_lines(result: Result, lang: str) -> list[str]:
    """The study behind the effect: label, outcome, design and follow-up, the risk difference
    with its interval and the optimism-bias correction, and persistence. Empty without one."""
    ev, iv = result.evidence, result.scenario.intervention
    if ev is None:
        return []
    central, low, high = ev.risk_difference
    decay_range, years_range = persistence_ranges(ev)
    years = (t("persistence_for", lang, n=iv.persistence_years) if iv.persistence_years
             else t("persistence_whole", lang))
    return [
        t("evidence_study", lang, study=ev.study,
          label=STUDY_NAMES.get(lang, {}).get(qualified(ev.study), ev.label)),
        t("evidence_definition", lang, text=ev.outcome_definition),
        t("evidence_design", lang, design=t(f"design_{ev.design}", lang),
          months=ev.follow_up_months),
        t("evidence_effect", lang, rd=points(central), level=i18n.percent(ev.ci_level, 0),
          ci=f"{points(low)}{t('ci_to', lang) if low < 0 else '–'}{points(high)}",
          ob=i18n.percent(ev.optimism_bias, 0), grade=ev.grade,
          applied=points(ev.applied_difference)),
        t("evidence_persistence", lang, decay=i18n.percent(iv.decay, 0), years=years,
          decay_range=decay_range, years_range=years_range),
    ]


def states_head(result: Result, lang: str) -> str:
    """«Personer i arbeid med og uten tiltaket» (the outcome's states summed)."""
    return t("states_head", lang, label=outcome_text(shown_outcome(result), lang))


def states_frame(result: Result, lang: str, short: bool = False) -> pd.DataFrame:
    """Persons in the outcome by year: without, with and the difference (every year, or
    with `short` the text table's years: 0–4, then every 10th)."""
    without, with_measure = outcome_persons(result, shown_outcome(result))
    years = result.states.years.astype(int)
    rows = shown_years(len(years)) if short else list(range(len(years)))
    return pd.DataFrame({
        t("col_year", lang): [str(years[k]) for k in rows],
        t("col_without", lang): [round(float(without[k]), 1) for k in rows],
        t("col_with", lang): [round(float(with_measure[k]), 1) for k in rows],
        t("col_difference", lang): [round(float(with_measure[k] - without[k]), 1)
                                    for k in rows],
    })


def states_chart_frame(result: Result, lang: str) -> pd.DataFrame:
    """Long table for the chart: year, arm (without/with), persons."""
    without, with_measure = outcome_persons(result, shown_outcome(result))
    years = result.states.years.astype(int)
    frames = [pd.DataFrame({"year": years, "arm": t(key, lang), "persons": values})
              for key, values in (("col_without", without), ("col_with", with_measure))]
    return pd.concat(frames, ignore_index=True)


def check_text(result: Result, lang: str) -> str | None:
    """«+9,5 prosentpoeng i arbeid i studien (…) er +8,6 personer per 100 deltakere det første
    effektåret i modellen (2027).»; None when there is nothing to check."""
    check = first_year_check(result)
    if check is None:
        return None
    label = outcome_text(result.scenario.intervention.success_outcome, lang)
    persons = signed(check.persons_per_100)
    if check.study is not None:
        return t("states_check_study", lang, study=points(check.study),
                 applied=points(check.assumed), label=label, persons=persons, year=check.year)
    return t("states_check_own", lang, diff=signed(100 * check.assumed), label=label,
             persons=persons, year=check.year)


def states_notes(result: Result, lang: str) -> list[str]:
    """What the numbers are, why persons in work stand for an outcome that is no state, and
    the check of the study's (or the assumed) difference."""
    sc = result.scenario
    markov = sc.mode == "markov"
    notes = [t("states_note_markov" if markov else "states_note", lang)]
    if not markov and shown_outcome(result) != sc.intervention.success_outcome:
        notes.append(t("states_not_one_state", lang,
                       label=outcome_text(sc.intervention.success_outcome, lang)))
    check = check_text(result, lang)
    return notes + ([check] if check else [])


def growth_line(result: Result, lang: str) -> str:
    """«Kroner i 2024-kroner; gevinstene vokser med reallønnsvekst 0,9 % per år fra 2024 til
    2060»."""
    start = result.scenario.effective_rules_year
    if result.growth_rate == 0 or result.growth_until <= start:
        return t("wage_growth_none", lang, price_year=result.price_year)
    return t("wage_growth", lang, price_year=result.price_year,
             rate=i18n.percent(result.growth_rate), start=start, end=result.growth_until)
