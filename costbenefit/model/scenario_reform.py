"""Scenario options for a measure that changes the rules (model/reform.py computes it).

YAML::

    reform:
      name: Et enklere NAV
      ages: "18-29"                       # the rule applies while a participant is this age
      eligible_states: [social_assistance, unemployed, neet]
      take_up: 1.0                        # share of the eligible who take the new benefit
      benefit: {amount_g: 2.0, payer: stat, taxable: true}   # or amount: 248056 (kroner)
      replaces:
        - {benefit: sosialhjelp}          # the benefit of its own state (social_assistance)
        - {benefit: dagpenger}            # (unemployed)
        - {benefit: kvalifiseringsstonad, state: neet, share: 0.1}   # no state of its own

As in PolicyEngine and OpenFisca, a reform is a change to the rules, not a movement of
people: it changes the flows of the states the participants are in anyway.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from costbenefit.model.structure import STATE_INDEX, STATES, parse_age_band

# benefits the parameter set knows, and the state whose flows they are (None: no state)
BENEFIT_STATES: dict[str, str | None] = {
    "sosialhjelp": "social_assistance",
    "dagpenger": "unemployed",
    "aap": "aap",
    "uforetrygd": "disability",
    "kvalifiseringsstonad": None,
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NewBenefit(_Strict):
    """The benefit the reform pays: in G (`amount_g`) or kroner of the price year."""

    amount_g: float | None = Field(None, ge=0, le=20)
    amount: float | None = Field(None, ge=0, le=10_000_000)
    payer: Literal["kommune", "fylkeskommune", "stat"]
    taxable: bool = True

    @model_validator(mode="after")
    def _one_amount(self) -> NewBenefit:
        given = [x for x in (self.amount_g, self.amount) if x is not None]
        if len(given) != 1:
            raise ValueError("oppgi enten amount_g (i G) eller amount (kroner), ikke begge")
        if not math.isfinite(given[0]):
            raise ValueError("beløpet må være et endelig tall")
        return self


class Replaced(_Strict):
    """A benefit the new one replaces, for those who take it up. A benefit with a state of
    its own (sosialhjelp, dagpenger, aap, uforetrygd) is that state's benefit; one without
    (kvalifiseringsstonad) needs `state` and the `share` of that state who receive it now."""

    benefit: str
    state: str | None = None
    share: float = Field(1.0, ge=0, le=1)

    @field_validator("benefit")
    @classmethod
    def _known(cls, v: str) -> str:
        if v not in BENEFIT_STATES:
            raise ValueError(f"ukjent stønad '{v}'; kjente er {', '.join(BENEFIT_STATES)}")
        return v

    @model_validator(mode="after")
    def _state(self) -> Replaced:
        own = BENEFIT_STATES[self.benefit]
        if own is None and self.state is None:
            raise ValueError(f"{self.benefit} hører ikke til én tilstand; oppgi `state` og "
                             "`share` (andelen i tilstanden som mottar den i dag)")
        if own is not None and self.state not in (None, own):
            raise ValueError(f"{self.benefit} er stønaden i tilstanden {own}; fjern `state` "
                             f"eller sett den til {own}")
        if self.state is not None and self.state not in STATE_INDEX:
            raise ValueError(f"ukjent tilstand '{self.state}'; gyldige er {', '.join(STATES)}")
        return self

    @property
    def in_state(self) -> str:
        return self.state or BENEFIT_STATES[self.benefit] or ""


class Reform(_Strict):
    name: str = ""
    ages: str = "0-100"
    eligible_states: list[str] = Field(min_length=1)
    take_up: float = Field(1.0, ge=0, le=1)
    benefit: NewBenefit
    replaces: list[Replaced] = []

    @field_validator("ages")
    @classmethod
    def _band(cls, v: str) -> str:
        parse_age_band(v)
        return v

    @field_validator("eligible_states")
    @classmethod
    def _states(cls, v: list[str]) -> list[str]:
        unknown = [s for s in v if s not in STATE_INDEX]
        if unknown:
            raise ValueError(f"ukjent tilstand '{unknown[0]}'; gyldige er {', '.join(STATES)}")
        if len(set(v)) != len(v):
            raise ValueError("en tilstand står to ganger; fjern duplikatet")
        return v

    @model_validator(mode="after")
    def _replaced_in_eligible(self) -> Reform:
        for i, r in enumerate(self.replaces):
            if r.in_state not in self.eligible_states:
                raise ValueError(
                    f"replaces.{i}: {r.benefit} erstattes i tilstanden {r.in_state}, som ikke "
                    "er blant eligible_states; legg den til eller fjern linjen")
        return self
