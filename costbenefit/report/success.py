"""What a success is, for every presenter: the outcome, the study behind the effect and its
optimism-bias correction, expected persons in the outcome with and without the measure, the
check that the study's difference is the model's difference in the first effect year, and
the real wage growth beside the price year (issue #13). Norwegian; the app words its own
English around the same numbers.

Shared by the text table (:mod:`costbenefit.report.table`), the workbook and the app.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from costbenefit.model.engine import Result
from costbenefit.model.evidence_effect import EvidenceUse
from costbenefit.model.outcomes import OUTCOME_LABELS_NB, OUTCOME_STATES
from costbenefit.model.structure import STATE_INDEX
from costbenefit.report import i18n
from costbenefit.report.texts_nb import (
    CHECK_OWN,
    CHECK_STUDY,
    DESIGN_LABELS_NB,
    EFFECT_TEXT,
    GROWTH_TEXT,
    MARKOV_SUCCESS,
    NO_GROWTH_TEXT,
    PERSISTENCE_TEXT,
)

FIRST_YEARS = 5  # the states table shows years 0–4, then every STEP_YEARS-th year
STEP_YEARS = 10


def points(share: float) -> str:
    """A difference of shares in percentage points: 0.095 -> «9,5»."""
    return i18n.number(100 * share, 1)


def signed(value: float, decimals: int = 1) -> str:
    """«+8,6», «-1,0», «+0,0»."""
    text = i18n.number(value, decimals)
    return text if text.startswith("-") else "+" + text


def growth_text(result: Result) -> str:
    """The price year and the real wage growth applied to the gains from the rules year."""
    start = result.scenario.effective_rules_year
    if result.growth_rate == 0 or result.growth_until <= start:
        return NO_GROWTH_TEXT.format(price_year=result.price_year)
    return GROWTH_TEXT.format(price_year=result.price_year, rate=i18n.percent(result.growth_rate),
                              start=start, end=result.growth_until)


def success_label(result: Result) -> str:
    """What one success is, in Norwegian (Markov mode: the arms come from transitions)."""
    if result.scenario.mode == "markov":
        return MARKOV_SUCCESS
    return OUTCOME_LABELS_NB[result.scenario.intervention.success_outcome]


def shown_outcome(result: Result) -> str:
    """The outcome whose persons the outputs show: the success outcome when it is one or
    more states, otherwise (completed upper secondary, the reference life course, Markov
    mode) persons in work."""
    outcome = result.scenario.intervention.success_outcome
    if result.scenario.mode == "markov" or outcome not in OUTCOME_STATES:
        return "employed"
    return outcome


def outcome_persons(result: Result, outcome: str) -> tuple[np.ndarray, np.ndarray]:
    """Expected persons in `outcome` (its states summed), without and with the measure."""
    idx = [STATE_INDEX[s] for s in OUTCOME_STATES[outcome]]
    st = result.states
    return st.without[:, idx].sum(axis=1), st.with_measure[:, idx].sum(axis=1)


def shown_years(horizon: int) -> list[int]:
    """Year indices of the short states table: 0–4, then every 10th year."""
    return [k for k in range(horizon) if k < FIRST_YEARS or k % STEP_YEARS == 0]


@dataclass(frozen=True)
class FirstYearCheck:
    """The difference in the outcome in the first effect year, per 100 participants of the
    first cohort, beside the difference the study measured or the rates assumed."""

    year: int
    persons_per_100: float
    assumed: float  # success rate with − without (after the optimism-bias correction)
    study: float | None  # the study's risk difference, when the effect names one


def first_year_check(result: Result) -> FirstYearCheck | None:
    """None in Markov mode, for an outcome that is no state, or without an effect year."""
    sc = result.scenario
    iv = sc.intervention
    if sc.mode == "markov" or iv.success_outcome not in OUTCOME_STATES:
        return None
    first = min(c.year for c in iv.cohorts)
    k = first - sc.start_year + iv.lag_years
    n = sum(c.participants for c in iv.cohorts if c.year == first)
    if k >= sc.horizon_years or n <= 0:
        return None
    without, with_measure = outcome_persons(result, iv.success_outcome)
    ev = result.evidence
    return FirstYearCheck(
        year=int(result.states.years[k]),
        persons_per_100=float(with_measure[k] - without[k]) / n * 100,
        assumed=iv.success_rate_with - iv.success_rate_without,
        study=ev.risk_difference[0] if ev is not None else None,
    )


def check_text(result: Result) -> str | None:
    """«+9,5 prosentpoeng i arbeid i studien … er +8,6 personer per 100 deltakere …»."""
    check = first_year_check(result)
    if check is None:
        return None
    label = OUTCOME_LABELS_NB[result.scenario.intervention.success_outcome]
    persons = signed(check.persons_per_100)
    if check.study is not None:
        return CHECK_STUDY.format(study=points(check.study), applied=points(check.assumed),
                                  label=label, persons=persons, year=check.year)
    return CHECK_OWN.format(diff=signed(100 * check.assumed), label=label, persons=persons,
                            year=check.year)


def effect_text(ev: EvidenceUse) -> str:
    """«risikodifferanse 9,5 prosentpoeng (95 % KI 0,5–18,5), optimismekorreksjon 10 %
    (evidensgrad 3) → 8,6 prosentpoeng brukt»."""
    central, low, high = ev.risk_difference
    ci = f"{points(low)}{' til ' if low < 0 else '–'}{points(high)}"
    return EFFECT_TEXT.format(rd=points(central), level=i18n.percent(ev.ci_level, 0), ci=ci,
                              ob=i18n.percent(ev.optimism_bias, 0), grade=ev.grade,
                              applied=points(ev.applied_difference))


def persistence_ranges(ev: EvidenceUse) -> tuple[str, str]:
    """The study's ranges of yearly decay and of years, «0–100 %» and «2–5» (one number
    when the range is one)."""
    (d_lo, _, d_hi), (y_lo, _, y_hi) = ev.decay_range, ev.years_range
    decay = (i18n.percent(d_hi, 0) if d_lo == d_hi
             else f"{i18n.number(100 * d_lo, 0)}–{i18n.percent(d_hi, 0)}")
    years = (i18n.number(y_hi, 0) if y_lo == y_hi
             else f"{i18n.number(y_lo, 0)}–{i18n.number(y_hi, 0)}")
    return decay, years


def persistence_text(result: Result) -> str:
    """The persistence the model used, beside the study's range (for Monte Carlo)."""
    ev, iv = result.evidence, result.scenario.intervention
    assert ev is not None
    decay_range, years_range = persistence_ranges(ev)
    return PERSISTENCE_TEXT.format(
        decay=i18n.percent(iv.decay, 0),
        years=f"i inntil {iv.persistence_years} år" if iv.persistence_years else "hele perioden",
        decay_range=decay_range, years_range=years_range)


def evidence_facts(result: Result) -> list[tuple[str, str]]:
    """(label, text) for the study behind the effect; empty without one."""
    ev = result.evidence
    if ev is None:
        return []
    return [
        ("Studie", f"{ev.label} ({ev.study})"),
        ("Studiens utfall", ev.outcome_definition),
        ("Design", f"{DESIGN_LABELS_NB.get(ev.design, ev.design)}, oppfølging "
                   f"{ev.follow_up_months} måneder"),
        ("Effekt", effect_text(ev)),
        ("Varighet", persistence_text(result)),
    ]
