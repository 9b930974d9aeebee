"""The evidence library: one parameter file per study and outcome, read as a typed record.

A scenario's effect must be the effect a study measured, with the study's own success
(``outcome``), its control-arm level, its confidence interval and what is known of
persistence, so that a +9.5-point gain in work stays a +9.5-point gain in work and Monte
Carlo can draw an effect of zero. The files live under ``parameters/<set>/evidence/``
(``evidence.ips.reme_2019``); their value is the mapping that :class:`Study` validates.
``evidence.optimism_bias`` holds the GMCA/New Economy correction by evidence grade.

Persistence, as the model is meant to read it: in effect year t = 1, 2, … the effect is
``effect × (1 − decay)^(t − 1)`` while ``t ≤ years`` and 0 after. The pessimistic case is
(``decay_high``, ``years_low``), the central (``decay_central``, ``years_central``), the
optimistic (``decay_low``, ``years_high``); ``decay_high = 1`` means no lasting effect.

A study's date key is its publication year. A study is evidence, not a rule: for a rules
date before it, the first value is used (a 2025 trial can inform a scenario priced in
2024); a later dated value replaces an earlier one, as for any parameter.

Pure: reads a loaded :class:`ParameterSet` or a :class:`ParamView` (which records the
study as used), never a file.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from costbenefit.errors import InputError
from costbenefit.parameters.dated_view import ParamView
from costbenefit.parameters.schema import Confidence, Parameter, ParameterSet
from costbenefit.validation.messages import input_error_from

EVIDENCE_PREFIX = "evidence."
OPTIMISM_BIAS = EVIDENCE_PREFIX + "optimism_bias"
OUTCOMES = ("employed", "in_education", "completed_upper_secondary", "off_benefits",
            "reference_life_course")
GRADES = (1, 2, 3, 4, 5, 6)
LEVEL_TOLERANCE = 0.005  # treatment − control may differ from a risk difference by rounding
GROUP_PREFIX = "target_groups."  # mirrors costbenefit.model.lifecourse (a higher layer)
GROUP_SUFFIX = ".trajectory"
REFERENCE_GROUP = "reference_population"

Design = Literal["rct", "quasi_experiment", "before_after", "model"]
Measure = Literal["point_in_time", "ever_during_follow_up", "days_worked"]
Outcome = Literal["employed", "in_education", "completed_upper_secondary", "off_benefits",
                  "reference_life_course"]

# the fix for a missing field, by its path in the study's value
_MISSING_FIX = {
    "effect.ci_low": "oppgi konfidensintervallet (ci_low, ci_high) fra studien, eller et "
    "avledet intervall med utregningen i note",
    "effect.ci_high": "oppgi konfidensintervallet (ci_low, ci_high) fra studien, eller et "
    "avledet intervall med utregningen i note",
    "follow_up_months": "oppgi oppfølgingstiden i måneder (tidspunktet utfallet er målt); "
    "en studie uten kjent oppfølgingstid kan ikke brukes",
    "n_treatment": "oppgi antallet i tiltaksgruppen, eller null når det ikke er publisert "
    "(og si det i note)",
    "n_control": "oppgi antallet i kontrollgruppen, eller null når det ikke er publisert "
    "(og si det i note)",
    "control_level": "oppgi andelen med utfallet i kontrollgruppen, eller null når den ikke "
    "er publisert (og si det i note)",
    "treatment_level": "oppgi andelen med utfallet i tiltaksgruppen, eller null når den "
    "ikke er publisert (og si det i note)",
}
_FIELD_NAMES = ("effect", "persistence", "control_level", "treatment_level", "target_groups")
_HINTS = {
    "grade": "evidensgraden er et heltall 1–6, der 1 er best, etter GMCA/New Economy",
    "outcome": "utfallet er det studien teller som suksess",
}


class Effect(BaseModel):
    """The estimate and its interval, on the scale the study reports (or we derived)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    type: Literal["risk_difference", "risk_ratio"]
    central: float
    ci_low: float
    ci_high: float
    ci_level: float = Field(gt=0, lt=1)
    ci_source: Literal["read", "derived", "assumed"]

    @model_validator(mode="after")
    def _ordered(self) -> Effect:
        if not self.ci_low <= self.central:
            raise ValueError(f"effect.ci_low ({self.ci_low:g}) er større enn effect.central "
                             f"({self.central:g}); rett intervallet (ci_low ≤ central ≤ ci_high)")
        if not self.central <= self.ci_high:
            raise ValueError(f"effect.ci_high ({self.ci_high:g}) er mindre enn effect.central "
                             f"({self.central:g}); rett intervallet (ci_low ≤ central ≤ ci_high)")
        if self.type == "risk_difference" and not -1 <= self.ci_low <= self.ci_high <= 1:
            raise ValueError("effect: en risikodifferanse må ligge mellom −1 og 1 (andeler, "
                             "ikke prosent); skriv 0.095 for 9,5 prosentpoeng")
        if self.type == "risk_ratio" and self.ci_low <= 0:
            raise ValueError(f"effect.ci_low ({self.ci_low:g}): et risikoforhold må være "
                             "større enn 0")
        return self


class Persistence(BaseModel):
    """What is known of how long the effect lasts, as ranges the model can draw from."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    evidence: str = Field(min_length=10)
    decay_low: float = Field(ge=0, le=1)
    decay_central: float = Field(ge=0, le=1)
    decay_high: float = Field(ge=0, le=1)
    years_low: float = Field(gt=0)
    years_central: float = Field(gt=0)
    years_high: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> Persistence:
        for what in ("decay", "years"):
            low, mid, high = (getattr(self, f"{what}_{k}") for k in ("low", "central", "high"))
            if not low <= mid <= high:
                raise ValueError(
                    f"persistence.{what}_low/central/high ({low:g}, {mid:g}, {high:g}) er ikke "
                    f"ordnet; rett dem slik at {what}_low ≤ {what}_central ≤ {what}_high")
        return self


class Study(BaseModel):
    """One study and outcome: the value of an ``evidence.*`` file, plus its name and tag."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = ""
    confidence: Confidence | None = None
    design: Design
    n_treatment: int | None = Field(ge=1)
    n_control: int | None = Field(ge=1)
    follow_up_months: int = Field(ge=1)
    outcome: Outcome
    outcome_definition: str = Field(min_length=3)
    measure: Measure
    control_level: float | None = Field(ge=0, le=1)
    treatment_level: float | None = Field(ge=0, le=1)
    effect: Effect
    persistence: Persistence
    grade: int = Field(ge=1, le=6)
    target_groups: list[str]

    @model_validator(mode="after")
    def _consistent(self) -> Study:
        e, p0, p1 = self.effect, self.control_level, self.treatment_level
        if e.type == "risk_ratio" and p0 is None:
            raise ValueError("control_level mangler for et risikoforhold; oppgi andelen i "
                             "kontrollgruppen, ellers kan effekten ikke gjøres om til "
                             "prosentpoeng")
        if e.type == "risk_difference" and p0 is not None and p1 is not None \
                and abs((p1 - p0) - e.central) > LEVEL_TOLERANCE:
            raise ValueError(
                f"effect.central ({e.central:g}) stemmer ikke med treatment_level − "
                f"control_level ({p1:g} − {p0:g} = {p1 - p0:.4g}); rett effect.central "
                "eller nivåene")
        if p0 is not None:
            low, _, high = _as_difference(e, p0)
            if not (p0 + low >= -1e-9 and p0 + high <= 1 + 1e-9):
                raise ValueError(
                    f"effect: control_level {p0:g} pluss intervallet ({low:g} til {high:g}) "
                    "gir en andel utenfor 0–1; rett intervallet eller kontrollnivået")
        if len(set(self.target_groups)) != len(self.target_groups):
            raise ValueError("target_groups: en målgruppe står to ganger; fjern duplikatet")
        return self


def _as_difference(effect: Effect, control: float | None) -> tuple[float, float, float]:
    if effect.type == "risk_difference":
        return effect.central, effect.ci_low, effect.ci_high
    assert control is not None  # a risk ratio without a control level fails validation
    return (control * (effect.central - 1), control * (effect.ci_low - 1),
            control * (effect.ci_high - 1))


def risk_difference(study: Study) -> tuple[float, float, float]:
    """(central, low, high) in percentage points as shares: the model moves persons, so a
    risk ratio is converted with the study's control level, p0 × (RR − 1)."""
    return _as_difference(study.effect, study.control_level)


def qualified(name: str) -> str:
    """`ips.reme_2019` or `evidence.ips.reme_2019` -> `evidence.ips.reme_2019`."""
    return name if name.startswith(EVIDENCE_PREFIX) else EVIDENCE_PREFIX + name


def file_of(name: str) -> str:
    """Where a study lives in the set, for messages (the set's own folder is not known)."""
    return f"{name} ({name.replace('.', '/')}.yaml)"


def studies(pset: ParameterSet) -> list[str]:
    """The studies in the set (every ``evidence.*`` parameter but the optimism bias)."""
    return [n for n in pset.names(EVIDENCE_PREFIX) if n != OPTIMISM_BIAS]


def group_ids(pset: ParameterSet) -> list[str]:
    """The target groups a study may name: those with a trajectory in the set."""
    return sorted(n[len(GROUP_PREFIX):-len(GROUP_SUFFIX)] for n in pset.names(GROUP_PREFIX)
                  if n.endswith(GROUP_SUFFIX)
                  and n != GROUP_PREFIX + REFERENCE_GROUP + GROUP_SUFFIX)


def _value_for(param: Parameter, when: dt.date) -> tuple[Any, Confidence]:
    """The value in force on `when`, or the first one when `when` precedes the study."""
    entry = param.entry_at(max(when, min(param.values)))[1]
    return entry.value, entry.confidence or param.confidence


def _read(source: ParamView | ParameterSet, name: str, when: dt.date | None
          ) -> tuple[Parameter, Any, Confidence]:
    if isinstance(source, ParamView):
        if when is not None:
            raise TypeError("a ParamView has its own date; do not pass `when`")
        pset, when = source.pset, source.when
        source.used[name] = None
    else:
        if when is None:
            raise TypeError("load_study(pset, name, when): `when` is required with a set")
        pset = source
    param = pset.get(name)
    value, tag = _value_for(param, when)
    return param, value, tag


def _error(exc: ValidationError, source: str) -> InputError:
    """A pydantic error as one Norwegian message that names the field and the fix."""
    errors = exc.errors(include_url=False)
    err = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    field = ".".join(str(p) for p in err["loc"]) or None
    if err["type"] == "missing":
        text = f"mangler; {_MISSING_FIX.get(field or '', 'legg feltet til')}"
    elif err["type"] == "literal_error":
        allowed = str(err.get("ctx", {}).get("expected", "")).replace(" or ", " eller ")
        text = f"ukjent verdi {err.get('input')!r}; bruk en av {allowed}"
    else:
        text = input_error_from(exc, source).message
        if err["type"].startswith("value_error") and text.startswith(_FIELD_NAMES):
            field = None  # our validators name the exact field first; do not repeat it
    hint = _HINTS.get((field or "").split(".")[0])
    return InputError(f"{text} ({hint})" if hint else text, source=source, field=field)


def load_study(source: ParamView | ParameterSet, name: str, when: dt.date | None = None
               ) -> Study:
    """The study `name` as a checked record; every flaw is an InputError naming the field.

    Pass a ParamView (the study is then listed among the parameters used) or a set and a
    date.
    """
    name = qualified(name)
    pset = source.pset if isinstance(source, ParamView) else source
    where = file_of(name)
    if name == OPTIMISM_BIAS or name not in pset.parameters:
        known = ", ".join(studies(pset)) or "ingen"
        raise InputError(f"ukjent studie '{name}'. Velg en av: {known}",
                         field="intervention.effect")
    param, value, tag = _read(source, name, when)
    if not isinstance(value, dict):
        raise InputError("verdien må være en mapping med design, effect, persistence …",
                         source=where, field="values")
    reserved = {"name", "confidence"} & set(value)
    if reserved:
        raise InputError(f"{', '.join(sorted(reserved))} er ikke tillatt i verdien (navnet er "
                         "filens sti, konfidensen står i filhodet); fjern det",
                         source=where, field=sorted(reserved)[0])
    try:
        study = Study.model_validate({**value, "name": name, "confidence": tag})
    except ValidationError as exc:
        raise _error(exc, where) from None
    _check_provenance(study, param, where)
    _check_groups(study, pset, where)
    return study


def _check_provenance(study: Study, param: Parameter, where: str) -> None:
    """A number the study does not publish is null, and the note must say so."""
    missing = [f for f in ("n_treatment", "n_control", "control_level", "treatment_level")
               if getattr(study, f) is None]
    notes = " ".join(v.note or "" for v in param.values.values()) + (param.note or "")
    if missing and not notes.strip():
        raise InputError(f"{missing[0]} er null; skriv i note at tallet ikke er publisert "
                         "(eller ikke funnet)", source=where, field=missing[0])
    if study.effect.ci_source != "read" and not notes.strip():
        raise InputError("intervallet er ikke lest; vis utregningen eller forutsetningen i "
                         "note", source=where, field="effect.ci_source")


def _check_groups(study: Study, pset: ParameterSet, where: str) -> None:
    known = group_ids(pset)
    for group in study.target_groups:
        if group not in known:
            raise InputError(f"ukjent målgruppe '{group}'. Bruk en av: {', '.join(known)}",
                             source=where, field="target_groups")


def check_target_group(study: Study, group: str) -> None:
    """A scenario may use a study only for a target group its population matches."""
    if group not in study.target_groups:
        fits = ", ".join(study.target_groups) or "ingen målgruppe i settet"
        raise InputError(
            f"studien {study.name} gjelder ikke målgruppen '{group}' (den passer for: {fits}). "
            "Velg en studie for målgruppen, eller skriv effekten inn selv med en begrunnelse",
            field="intervention.effect")


def optimism_bias(source: ParamView | ParameterSet, grade: int,
                  when: dt.date | None = None) -> float:
    """The share by which an effect of evidence grade `grade` is reduced (GMCA/New Economy).

    With a set and no date, the latest value is used.
    """
    if isinstance(source, ParameterSet) and when is None:
        when = max(source.get(OPTIMISM_BIAS).values)
    _, table, _ = _read(source, OPTIMISM_BIAS, when)
    where = file_of(OPTIMISM_BIAS)
    if not isinstance(table, dict) or set(table) != set(GRADES):
        raise InputError("verdien må ha én andel for hver evidensgrad 1–6",
                         source=where, field="values")
    shares = [table[g] for g in GRADES]
    if not all(isinstance(s, int | float) and not isinstance(s, bool) and 0 <= s < 1
               for s in shares) or shares != sorted(shares):
        raise InputError("andelene må ligge i 0–1 og ikke synke fra grad 1 til 6",
                         source=where, field="values")
    if grade not in GRADES:
        raise InputError(f"evidensgraden {grade!r} finnes ikke; bruk et heltall 1–6",
                         source=where, field="grade")
    return float(table[grade])


def check_studies(pset: ParameterSet) -> None:
    """Every study in the set, at every date it has a value, is a valid record: a study
    without an interval or a follow-up stops the load, not the first scenario using it."""
    if OPTIMISM_BIAS in pset.parameters:
        for grade in GRADES:
            optimism_bias(pset, grade)
    for name in studies(pset):
        for when in pset.get(name).values:
            load_study(pset, name, when)
