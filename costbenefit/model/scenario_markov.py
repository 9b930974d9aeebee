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
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from costbenefit.model.markov import start_vector
from costbenefit.model.structure import MAX_AGE, STATE_INDEX, STATES


class TransitionEffect(BaseModel):
    """The measure multiplies one transition probability by `relative_risk` for `years`
    cycles from year 0; afterwards the excess shrinks by `decay` a year (1 = stops)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    origin: str = Field(alias="from")
    target: str = Field(alias="to")
    relative_risk: float = Field(ge=0.0, le=100.0)
    years: int = Field(1, ge=1, le=100)
    decay: float = Field(1.0, ge=0.0, le=1.0)

    @field_validator("origin", "target")
    @classmethod
    def _known_state(cls, v: str) -> str:
        if v not in STATE_INDEX:
            raise ValueError(f"ukjent tilstand '{v}'; gyldige er {', '.join(STATES)}")
        return v

    @model_validator(mode="after")
    def _not_diagonal(self) -> TransitionEffect:
        if self.origin == self.target:
            raise ValueError("from og to må være ulike tilstander (å bli værende er resten "
                             "av raden)")
        return self


class MarkovOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    start: dict[str, float]
    transition_effects: list[TransitionEffect] = []
    half_cycle_correction: bool = False
    max_age: int | None = Field(None, ge=0, le=MAX_AGE)
    transitions: str | None = None
    with_measure: str | None = None

    @field_validator("start")
    @classmethod
    def _start_is_distribution(cls, v: dict[str, float]) -> dict[str, float]:
        start_vector(v)
        return v
