"""A scenario's effect taken from the evidence library (``intervention.effect``).

Instead of typing success rates, a scenario may name a study (``effect:
evidence.ips.reme_2019``). The study then sets what a success is (its outcome), the rate
without the measure (its control arm, unless the scenario gives the group's own), the
effect (its risk difference, reduced by the optimism-bias correction for its evidence
grade, as the GMCA/New Economy model does), how long the effect lasts (its central
persistence, unless the scenario gives its own) and, for Monte Carlo, the effect drawn
from the study's confidence interval (which may reach zero or below) and the yearly decay
drawn from a range that includes no lasting effect.

:func:`with_evidence` fills these into the scenario once and clears ``effect``, so every
entry point (evaluate, Monte Carlo, sensitivity) can call it and a second call changes
nothing; :class:`EvidenceUse` says what was applied, for every output.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import NormalDist

from costbenefit.errors import InputError
from costbenefit.model.notes import Note
from costbenefit.model.outcomes import OUTCOME_LABELS_NB
from costbenefit.model.scenario import Intervention, Scenario, rules_date
from costbenefit.parameters.dated_view import ParamView, kpi_index
from costbenefit.parameters.distributions import Pert, SplitNormal
from costbenefit.parameters.evidence import (
    Study,
    check_target_group,
    load_study,
    optimism_bias,
    risk_difference,
)
from costbenefit.parameters.schema import ParameterSet

RATE_WITH = "intervention.success_rate_with"
DECAY = "intervention.decay"


@dataclass(frozen=True)
class EvidenceUse:
    """What a scenario took from a study: shown beside every result."""

    study: str
    label: str
    outcome: str
    outcome_definition: str
    design: str
    measure: str  # point_in_time, ever_during_follow_up or days_worked
    follow_up_months: int
    grade: int
    confidence: str
    risk_difference: tuple[float, float, float]  # the study's (central, low, high)
    ci_level: float
    optimism_bias: float  # share by which the effect is reduced
    applied_difference: float  # central × (1 − optimism_bias)
    rate_without: float
    rate_with: float
    decay_range: tuple[float, float, float]
    years_range: tuple[float, float, float]


def _study(scenario: Scenario, view: ParamView) -> Study:
    assert scenario.intervention.effect is not None
    study = load_study(view, scenario.intervention.effect)
    check_target_group(study, scenario.target_group)
    stated = scenario.intervention.success_outcome
    if given(scenario.intervention, "success_outcome") and stated != study.outcome:
        raise InputError(
            f"studien {study.name} måler «{OUTCOME_LABELS_NB[study.outcome]}» "
            f"({study.outcome_definition}), men scenarioet sier success_outcome: {stated}. "
            f"Fjern success_outcome eller sett den til {study.outcome}",
            field="intervention.success_outcome")
    return study


def evidence_use(scenario: Scenario, view: ParamView) -> EvidenceUse | None:
    """The study behind a scenario's effect and what was applied; None without one."""
    iv = scenario.intervention
    if iv.effect is None:
        return None
    study = _study(scenario, view)
    central, low, high = risk_difference(study)
    ob = optimism_bias(view, study.grade)
    without = (iv.success_rate_without if given(iv, "success_rate_without")
               else study.control_level)
    if without is None:
        raise InputError(
            f"studien {study.name} oppgir ikke andelen i kontrollgruppen; oppgi "
            "success_rate_without (andelen i målgruppen som når utfallet uten tiltaket)",
            field="intervention.success_rate_without")
    applied = central * (1.0 - ob)
    rate_with = without + applied
    if not 0.0 <= rate_with <= 1.0:
        raise InputError(
            f"success_rate_without {without:g} pluss effekten {applied:.3f} gir en andel "
            "utenfor 0–1; rett success_rate_without",
            field="intervention.success_rate_without")
    p = study.persistence
    return EvidenceUse(
        study=study.name, label=view.pset.get(study.name).label or study.name,
        outcome=study.outcome, outcome_definition=study.outcome_definition,
        design=study.design, measure=study.measure, follow_up_months=study.follow_up_months,
        grade=study.grade,
        confidence=(study.confidence.value if study.confidence else ""),
        risk_difference=(central, low, high), ci_level=study.effect.ci_level,
        optimism_bias=ob, applied_difference=applied, rate_without=without,
        rate_with=rate_with, decay_range=(p.decay_low, p.decay_central, p.decay_high),
        years_range=(p.years_low, p.years_central, p.years_high),
    )


EVER_EMPLOYED_WARNING = (
    "Studien {label} teller «{definition}»: noen gang i utfallet i løpet av oppfølgingen, "
    "ikke status på et tidspunkt. Modellen regner hver suksess som et helt år i utfallet, så "
    "gevinsten er trolig overvurdert. Bruk en studie som måler status på et tidspunkt, eller "
    "sett effect_share lavere."
)


def evidence_warnings(use: EvidenceUse | None) -> list[Note]:
    """What a reader must know about the study's success that the model does not carry."""
    if use is None or use.measure == "point_in_time":
        return []
    return [Note("ever_in_outcome", EVER_EMPLOYED_WARNING, study=use.study, label=use.label,
                 definition=use.outcome_definition)]


def _effect_distribution(use: EvidenceUse) -> SplitNormal:
    """The rate with the measure drawn so that its difference from the rate without
    follows the study's interval, scaled by the optimism-bias correction: the median at the
    estimate and the interval's ends at their quantiles (a split normal, so a lopsided
    interval stays lopsided)."""
    central, low, high = use.risk_difference
    z = NormalDist().inv_cdf(0.5 + use.ci_level / 2)
    keep = 1.0 - use.optimism_bias
    return SplitNormal(distribution="split_normal", median=use.rate_with,
                       sd_low=(central - low) / z * keep, sd_high=(high - central) / z * keep,
                       low=0.0, high=1.0)


def given(iv: Intervention, name: str) -> bool:
    """Did the scenario give `name` itself (explicitly, even at its default: `decay: 0`
    means a lasting effect)? So a scenario with `effect` round-trips only when dumped with
    ``exclude_unset=True``; a full dump states every field."""
    return name in iv.model_fields_set


def resolve_evidence(scenario: Scenario, pset: ParameterSet
                     ) -> tuple[Scenario, EvidenceUse | None]:
    """The scenario with the study's outcome, rates, persistence and uncertainty filled in
    (what the scenario gives itself is kept) and `effect` cleared, so the result is an
    ordinary scenario with typed rates that round-trips through YAML and forms; and what
    was taken from the study. A scenario without `effect` comes back unchanged."""
    iv = scenario.intervention
    if iv.effect is None:
        return scenario, None
    pset = pset.with_overrides(scenario.parameter_overrides,
                               origin=f"scenarioet «{scenario.name}»")
    view = ParamView(pset, rules_date(scenario), kpi_index(pset))
    use = evidence_use(scenario, view)
    assert use is not None
    update: dict[str, object] = {"effect": None, "success_outcome": use.outcome,
                                 "success_rate_without": use.rate_without,
                                 "success_rate_with": use.rate_with}
    if not given(iv, "decay"):
        update["decay"] = use.decay_range[1]
    if not given(iv, "persistence_years"):
        update["persistence_years"] = max(1, round(use.years_range[1]))
    uncertainty = dict(scenario.uncertainty)
    uncertainty.setdefault(RATE_WITH, _effect_distribution(use))
    low, mode, high = use.decay_range
    if low < high and not given(iv, "decay"):
        uncertainty.setdefault(DECAY, Pert(distribution="pert", low=low, mode=mode, high=high))
    resolved = scenario.model_copy(update={"intervention": iv.model_copy(update=update),
                                           "uncertainty": uncertainty})
    return resolved, use


def with_evidence(scenario: Scenario, pset: ParameterSet) -> Scenario:
    """:func:`resolve_evidence` without the record: for the uncertainty entry points."""
    return resolve_evidence(scenario, pset)[0]

