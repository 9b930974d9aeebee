"""Parameters as data with provenance: the pure model of a parameter set.

One parameter has a dotted name, a unit, a price year for money, references and a
confidence tag, and values keyed by the date from which they apply. Reading files is
the job of :mod:`costbenefit.parameters.loader`; this module never touches the disk.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from costbenefit.errors import InputError
from costbenefit.parameters.distributions import Distribution


class Payer(StrEnum):
    """Who pays or receives a public flow."""

    kommune = "kommune"
    fylkeskommune = "fylkeskommune"
    stat = "stat"


CURRENCIES = frozenset({"NOK", "GBP", "DKK", "EUR", "SEK", "USD"})
OVERRIDE_DATE = dt.date(1900, 1, 1)


class Confidence(StrEnum):
    """How sure we are of a value; mirrors the tags in shared/reference."""

    official = "official"  # read in a statute, circular or official statistics table
    published = "published"  # read in a published report, article or secondary source
    derived = "derived"  # our arithmetic on read values; the working is in `note`
    estimate = "estimate"  # a projection or judgement from read values
    assumption = "assumption"  # a placeholder chosen by us, not evidence
    unverified = "unverified"  # recalled, not confirmed in a source


CONFIDENCE_LABELS_NB = {
    Confidence.official: "offisiell kilde",
    Confidence.published: "publisert kilde",
    Confidence.derived: "avledet (utregning vist)",
    Confidence.estimate: "anslag",
    Confidence.assumption: "forutsetning (ikke evidens)",
    Confidence.unverified: "ikke verifisert",
}


class Reference(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    href: HttpUrl


class DatedValue(BaseModel):
    """A value with optional per-value provenance that overrides the file's."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    value: Any
    confidence: Confidence | None = None
    note: str | None = None
    reference: list[Reference] | None = None


def is_money_unit(unit: str) -> bool:
    """True for 'NOK', 'NOK/year', 'GBP/WELLBY'; false for rates such as 'NOK/GBP'."""
    head, *rest = unit.split("/")
    return head in CURRENCIES and not any(part in CURRENCIES for part in rest)


class ParameterDistribution(BaseModel):
    """The uncertainty of a parameter's value in force, declared in its file.

    Written flat, as a scenario's `uncertainty:` entry plus where the range comes from::

        distribution: {distribution: triangular, low: 1.16, mode: 1.26, high: 1.26,
                       note: "...", reference: [{title: ..., href: ...}]}

    It describes the value in force on the scenario's rules date, in the file's unit and
    kroneår; `montecarlo` and `sensitivity` draw it where the parameter enters the flows.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)
    law: Distribution
    note: str = Field(min_length=3)
    reference: list[Reference] | None = None

    @model_validator(mode="before")
    @classmethod
    def _split(cls, raw: Any) -> Any:
        if not isinstance(raw, dict) or "law" in raw:
            return raw
        own = {k: raw[k] for k in ("note", "reference") if k in raw}
        return {**own, "law": {k: v for k, v in raw.items() if k not in own}}


class Parameter(BaseModel):
    """One parameter file."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    description: str = Field(min_length=3)
    label: str | None = None
    unit: str = Field(min_length=1)
    price_year: int | str | None = None
    confidence: Confidence
    reference: list[Reference] = Field(min_length=1)
    note: str | None = None
    payer: Payer | None = None
    values: dict[dt.date, DatedValue] = Field(min_length=1)
    # the uncertainty of the value in force (see ParameterDistribution); numbers only
    distribution: ParameterDistribution | None = None

    @field_validator("values", mode="before")
    @classmethod
    def _wrap_plain_values(cls, raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        return {
            key: (val if isinstance(val, dict) and "value" in val else {"value": val})
            for key, val in raw.items()
        }

    @model_validator(mode="after")
    def _money_has_price_year(self) -> Parameter:
        if is_money_unit(self.unit):
            if self.price_year is None:
                raise ValueError(
                    f"price_year mangler for pengeverdien i enheten '{self.unit}'. "
                    "Legg til f.eks. `price_year: 2024`, eller `price_year: nominal` når hver "
                    "verdi er i kroner for sitt eget år"
                )
            if isinstance(self.price_year, str) and self.price_year != "nominal":
                raise ValueError("price_year må være et årstall eller 'nominal'")
        return self

    @model_validator(mode="after")
    def _distribution_of_a_number(self) -> Parameter:
        if self.distribution is not None and not all(
                isinstance(v.value, int | float) and not isinstance(v.value, bool)
                for v in self.values.values()):
            raise ValueError("distribution: bare en parameter med ett tall per dato kan ha en "
                             "fordeling (denne har en tabell eller liste). Fjern `distribution`")
        return self

    def entry_at(self, when: dt.date) -> tuple[dt.date, DatedValue]:
        """The value in force on `when`: the latest one dated on or before it."""
        dates = sorted(self.values)
        i = bisect_right(dates, when)
        if i == 0:
            raise InputError(
                f"parameteren har ingen verdi før {dates[0].isoformat()}, men ble brukt for "
                f"{when.isoformat()}. Velg et senere kroneår/regelår eller legg til en verdi",
                source=self.name,
            )
        return dates[i - 1], self.values[dates[i - 1]]

    def at(self, when: dt.date) -> Any:
        return self.entry_at(when)[1].value

    def confidence_at(self, when: dt.date) -> Confidence:
        return self.entry_at(when)[1].confidence or self.confidence

    def price_year_at(self, when: dt.date) -> int | None:
        """The kroneår of the value in force on `when` (its own year when nominal)."""
        if self.price_year is None:
            return None
        if self.price_year == "nominal":
            date = self.entry_at(when)[0]
            # an override (dated OVERRIDE_DATE) is in kroner of the year it is used for
            return when.year if date == OVERRIDE_DATE else date.year
        return int(self.price_year)


class ParameterSet(BaseModel):
    """A versioned, hashed collection of parameters, looked up by dotted name."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    version: str
    sha256: str
    description: str = ""
    parameters: dict[str, Parameter]

    def get(self, name: str) -> Parameter:
        try:
            return self.parameters[name]
        except KeyError:
            close = [n for n in self.parameters if n.split(".")[-1] == name.split(".")[-1]]
            hint = f" Mente du: {', '.join(close)}?" if close else ""
            raise InputError(
                f"parameteren '{name}' finnes ikke i parametersettet {self.version}.{hint}"
            ) from None

    def value(self, name: str, when: dt.date) -> Any:
        return self.get(name).at(when)

    def names(self, prefix: str = "") -> list[str]:
        return sorted(n for n in self.parameters if n.startswith(prefix))

    def with_overrides(self, overrides: dict[str, Any], origin: str = "scenario") -> ParameterSet:
        """A copy where each named parameter has one value, in force from 1900-01-01.

        The override keeps the parameter's unit and price year and is tagged as an
        assumption, so every output can show it as such. The hash covers the overrides.
        """
        if not overrides:
            return self
        import hashlib
        import json

        params = dict(self.parameters)
        for name, value in overrides.items():
            param = self.get(name)
            entry = DatedValue(value=value, confidence=Confidence.assumption,
                               note=f"overstyrt i {origin}")
            params[name] = param.model_copy(update={"values": {OVERRIDE_DATE: entry}})
        extra = json.dumps(overrides, sort_keys=True, default=str).encode()
        digest = hashlib.sha256(self.sha256.encode() + extra).hexdigest()
        return self.model_copy(update={"parameters": params, "sha256": digest})
