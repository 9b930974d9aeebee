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

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from costbenefit.model.structure import MAX_AGE, STATE_INDEX, STATES, parse_age_band

# benefits the parameter set knows, and the state whose flows they are (None: no state)
BENEFIT_STATES: dict[str, str | None] = {
    "sosialhjelp": "social_assistance",
    "dagpenger": "unemployed",
    "aap": "aap",
    "uforetrygd": "disability",
    "kvalifiseringsstonad": None,
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class NewBenefit(_Strict):
    """The benefit the reform pays: in G (`amount_g`) or kroner of the price year."""

    amount_g: float | None = Field(None, ge=0, le=20)
    amount: float | None = Field(None, ge=0, le=10_000_000)
    payer: Literal["kommune", "fylkeskommune", "stat"]
    taxable: bool = True
    # the KOSTRA function when the kommune pays (e.g. 276 kvalifiseringsordningen)
    kostra_function: str | None = Field(None, pattern=r"^\d{3}$")

    @field_validator("amount_g", "amount", mode="before")
    @classmethod
    def _finite(cls, v: object) -> object:
        # before the bounds, so that .inf and .nan are called what they are
        if isinstance(v, float) and not math.isfinite(v):
            raise ValueError(f"beløpet {v} er ikke et endelig tall; oppgi ytelsen per år som "
                             "et vanlig tall, f.eks. amount_g: 2.0 eller amount: 248056")
        return v

    @model_validator(mode="after")
    def _one_amount(self) -> NewBenefit:
        if self.amount_g is not None and self.amount is not None:
            raise ValueError("både amount_g og amount er oppgitt; behold bare ett av dem "
                             "(amount_g i G eller amount i kroner per år)")
        if self.amount_g is None and self.amount is None:
            raise ValueError("beløpet mangler; oppgi amount_g (i G, f.eks. amount_g: 2.0) "
                             "eller amount (kroner per år i kroneåret)")
        if self.payer == "kommune" and self.kostra_function is None:
            raise ValueError("en ytelse kommunen betaler trenger kostra_function (KOSTRA-"
                             "funksjonen den føres på), f.eks. kostra_function: '281' for "
                             "ytelse til livsopphold")
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
            raise ValueError(f"ukjent stønad '{v}'; parametersettet kjenner "
                             f"{', '.join(BENEFIT_STATES)}. Bruk en av dem, eller fjern linjen")
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

    @field_validator("ages", mode="before")
    @classmethod
    def _band(cls, v: object) -> str:
        fix = "skriv alderen regelen gjelder for som tekst «fra-til», f.eks. ages: \"18-29\""
        if not isinstance(v, str):
            raise ValueError(f"aldersbåndet {v!r} er ikke tekst; {fix}")
        try:
            parse_age_band(v)
        except ValueError:
            raise ValueError(f"ugyldig aldersbånd '{v}'; {fix} (fra ≤ til, 0–{MAX_AGE})"
                             ) from None
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

    @field_validator("replaces")
    @classmethod
    def _replaced_in_eligible(cls, v: list[Replaced], info: ValidationInfo) -> list[Replaced]:
        eligible = info.data.get("eligible_states")
        if eligible is None:  # eligible_states has its own error
            return v
        for i, r in enumerate(v):
            if r.in_state not in eligible:
                raise ValueError(
                    f"linje {i} erstatter {r.benefit} i tilstanden {r.in_state}, men den "
                    "tilstanden er ikke blant reform.eligible_states, så ingen der får den "
                    f"nye ytelsen; legg {r.in_state} til i eligible_states eller fjern linjen")
        seen = set()
        for i, r in enumerate(v):
            if (r.benefit, r.in_state) in seen:
                raise ValueError(
                    f"linje {i} erstatter {r.benefit} i tilstanden {r.in_state} en gang til, så "
                    "den ville blitt trukket fra to ganger; slå linjene sammen (med `share`)")
            seen.add((r.benefit, r.in_state))
        return v
