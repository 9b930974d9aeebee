"""Scenario options for Markov mode (see costbenefit/model/markov.py for the model).

YAML::

    mode: markov
    markov:
      start: {aap: 1.0}                 # where participants are in year 0
      transition_effects:
        - {from: aap, to: employed, relative_risk: 1.35, years: 2, decay: 0.5}
      half_cycle_correction: true
      max_age: 66

`transitions` names the baseline matrices (default ``transitions.<target_group>.baseline``);
`with_measure` optionally names a complete matrix set that replaces the baseline for
participants with the measure (effects then apply on top of it).

Instead of a typed relative risk, `calibrate` takes a study's outcome levels and solves the
factors (semantics in costbenefit/model/markov_calibration.py)::

    markov:
      start: {aap: 1.0}
      calibrate:
        state: employed                 # the study's outcome state
        follow_up_years: 1              # whole cycles: 12 months = 1
        control: 0.271                  # share in `state` at follow-up without the measure
        treatment: 0.366                # … and with it
        transition: {from: aap, to: employed}
        years: 2                        # optional: full relative risk (≥ follow_up_years)
        decay: 0.5                      # optional: then the excess shrinks (1 = stops)

The calibrated relative risk becomes the last transition effect: with no
`transition_effects` it is ``markov.transition_effects.0.relative_risk`` in `uncertainty:`.
`calibrate` cannot be combined with `with_measure` (the measure arm is the calibrated
control arm plus the measure) nor with a transition effect on the same transition.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from costbenefit.model.markov import start_vector
from costbenefit.model.structure import MAX_AGE, STATE_INDEX, STATES


class Transition(BaseModel):
    """One transition ``from → to`` between two different states."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False,
                              populate_by_name=True)
    origin: str = Field(alias="from")
    target: str = Field(alias="to")

    @field_validator("origin", "target")
    @classmethod
    def _known_state(cls, v: str) -> str:
        if v not in STATE_INDEX:
            raise ValueError(f"ukjent tilstand '{v}'; gyldige er {', '.join(STATES)}")
        return v

    @model_validator(mode="after")
    def _not_diagonal(self) -> Transition:
        if self.origin == self.target:
            raise ValueError("from og to må være ulike tilstander (å bli værende er resten "
                             "av raden)")
        return self


class TransitionEffect(Transition):
    """The measure multiplies one transition probability by `relative_risk` for `years`
    cycles from year 0; afterwards the excess shrinks by `decay` a year (1 = stops)."""

    relative_risk: float = Field(ge=0.0, le=100.0)
    years: int = Field(1, ge=1, le=100)
    decay: float = Field(1.0, ge=0.0, le=1.0)


class CalibrationOptions(BaseModel):
    """A study's outcome levels at follow-up; the model solves the multiplier on the
    baseline `transition` (control arm) and the measure's relative risk on it."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    state: str
    follow_up_years: int = Field(ge=1, le=100)
    control: float = Field(ge=0.0, le=1.0)
    treatment: float = Field(ge=0.0, le=1.0)
    transition: Transition
    years: int | None = Field(None, ge=1, le=100)  # default: follow_up_years
    decay: float = Field(1.0, ge=0.0, le=1.0)

    @field_validator("state")
    @classmethod
    def _known_state(cls, v: str) -> str:
        if v not in STATE_INDEX:
            raise ValueError(f"ukjent tilstand '{v}'; gyldige er {', '.join(STATES)}")
        return v

    @field_validator("follow_up_years", mode="before")
    @classmethod
    def _whole_years(cls, v: object) -> object:
        if isinstance(v, float) and not v.is_integer():
            raise ValueError(
                f"follow_up_years = {v:g}: oppfølgingstiden må være et helt antall år, fordi "
                "modellen flytter personer én gang i året (12 måneder er follow_up_years: 1). "
                "Bruk studiens tall ved et helt antall år, f.eks. 12 i stedet for 18 måneder")
        return v

    @model_validator(mode="after")
    def _effect_covers_follow_up(self) -> CalibrationOptions:
        if self.years is not None and self.years < self.follow_up_years:
            raise ValueError(
                f"markov.calibrate.years = {self.years} er kortere enn follow_up_years = "
                f"{self.follow_up_years}; den kalibrerte relative risikoen virker fullt ut "
                "hele oppfølgingstiden. Sett years til minst follow_up_years eller fjern det")
        return self

    @property
    def effect_years(self) -> int:
        """Cycles with the full relative risk: `years`, at least the follow-up."""
        return self.years if self.years is not None else self.follow_up_years


class MarkovOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)
    start: dict[str, float]
    transition_effects: list[TransitionEffect] = []
    half_cycle_correction: bool = False
    max_age: int | None = Field(None, ge=0, le=MAX_AGE)
    transitions: str | None = None
    with_measure: str | None = None
    calibrate: CalibrationOptions | None = None

    @field_validator("start")
    @classmethod
    def _start_is_distribution(cls, v: dict[str, float]) -> dict[str, float]:
        start_vector(v)
        return v

    @model_validator(mode="after")
    def _calibration_alone(self) -> MarkovOptions:
        """The calibrated relative risk is the effect on its transition, and the measure
        arm is the calibrated control arm: neither may be given twice."""
        cal = self.calibrate
        if cal is None:
            return self
        if self.with_measure is not None:
            raise ValueError(
                "markov.calibrate kan ikke kombineres med markov.with_measure: "
                "kalibreringen gir begge armene de samme grunnlagsmatrisene og finner "
                "tiltakets effekt selv. Fjern with_measure eller calibrate")
        t = cal.transition
        for i, e in enumerate(self.transition_effects):
            if (e.origin, e.target) == (t.origin, t.target):
                raise ValueError(
                    f"markov.transition_effects.{i} gjelder samme overgang "
                    f"({t.origin} → {t.target}) som markov.calibrate.transition; den "
                    "kalibrerte relative risikoen er effekten på denne overgangen. Fjern "
                    "effekten, eller kalibrer en annen overgang")
        return self
