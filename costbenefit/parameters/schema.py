"""Parameters as data with provenance: the pure model of a parameter set.

One parameter has a dotted name, a unit, a price year for money, references and a
confidence tag, and values keyed by the date from which they apply. Reading files is
the job of :mod:`costbenefit.parameters.loader`; this module never touches the disk.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_right
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

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
    """A source: its title and a full http(s) address, kept as written. (Checked here
    rather than by pydantic's ``HttpUrl``, whose module costs every run a scan of the
    installed packages' metadata.)"""

    model_config = ConfigDict(extra="forbid", frozen=True)
    title: str = Field(min_length=3)
    href: str

    @field_validator("href")
    @classmethod
    def _full_address(cls, href: str) -> str:
        parts = urlsplit(href)
        if parts.scheme not in ("http", "https"):
            raise PydanticCustomError("url_scheme", "URL scheme should be 'http' or 'https'")
        if not parts.hostname or any(c.isspace() for c in href):
            raise PydanticCustomError("url_parsing", "Input should be a valid URL")
        return href


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


# no number in a parameter file or an override is larger in magnitude (kroner, persons)
MAX_ABS = 1e12
# the valid range of a plain number in each unit the shipped set uses; a money unit (NOK,
# NOK/year, GBP/WELLBY …) is 0 to MAX_ABS, or ±MAX_ABS with `may_be_negative: true`
UNIT_RANGES: dict[str, tuple[float, float]] = {
    "share": (0.0, 1.0),
    "share/year": (0.0, 1.0),
    "ratio": (0.0, 100.0),
    "ratio_to_national_average": (0.5, 2.0),
    "code": (0.0, 999.0),
    "G": (0.0, 100.0),
    "index": (0.0, 10_000.0),
    "persons": (0.0, 100_000_000.0),
    "services/year": (0.0, 1_000.0),
    "years": (0.0, 150.0),
    "year": (1900.0, 2200.0),
    "LS points (0-10)": (0.0, 10.0),
    "LS points/year": (-10.0, 10.0),
    "LS points/QALY": (0.0, 10.0),
    "NOK/GBP": (0.0, 1_000.0),
    "NOK/DKK": (0.0, 1_000.0),
}
MONEY_UNITS = ("NOK", "NOK/year", "NOK/month", "NOK/day", "NOK/point", "NOK/consultation",
               "NOK/QALY", "GBP/WELLBY", "DKK/WELLBY")


def known_unit(unit: str) -> bool:
    return unit in UNIT_RANGES or is_money_unit(unit)


def unknown_unit_message(unit: str) -> str:
    known = ", ".join([*UNIT_RANGES, *MONEY_UNITS])
    return f"ukjent enhet '{unit}'; bruk en av {known} (eller en valuta per enhet, f.eks. NOK/hour)"


def _fmt(x: float) -> str:
    return f"{x:,.0f}".replace(",", " ") if abs(x) >= 10_000 else f"{x:g}"


def number_problem(value: Any) -> str | None:
    """Why a value (a number, or a table or list of them) cannot be used, or None: every
    number must be finite and within ±MAX_ABS. Booleans and text are left to the model."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return None
    if isinstance(value, int | float):
        if not math.isfinite(value):
            return f"verdien {value} er ikke et endelig tall; oppgi et vanlig tall"
        if abs(value) > MAX_ABS:
            return (f"verdien {value:g} er urimelig stor; tall må ligge mellom "
                    f"-{_fmt(MAX_ABS)} og {_fmt(MAX_ABS)}")
        return None
    items = value.values() if isinstance(value, dict) else value if isinstance(
        value, list | tuple) else ()
    for item in items:
        problem = number_problem(item)
        if problem:
            return problem
    return None


def range_problem(unit: str, value: Any, may_be_negative: bool = False) -> str | None:
    """Why `value` is outside its unit's range (or not finite), or None. Tables and lists
    are checked for finite numbers only; a plain number against the unit's range."""
    problem = number_problem(value)
    if problem or isinstance(value, bool) or not isinstance(value, int | float):
        return problem
    if is_money_unit(unit):
        low, high = (-MAX_ABS if may_be_negative else 0.0), MAX_ABS
    elif unit in UNIT_RANGES:
        low, high = UNIT_RANGES[unit]
    else:
        return None
    if low <= value <= high:
        return None
    text = (f"verdien {value:g} ligger utenfor gyldig område for enheten '{unit}' "
            f"({_fmt(low)} til {_fmt(high)})")
    if unit.startswith("share") and 1 < value <= 100:
        text += f"; en andel skrives som desimaltall, ikke prosent: skriv {value / 100:g}"
    elif is_money_unit(unit) and value < 0:
        text += "; et negativt beløp krever `may_be_negative: true` i parameterfilen"
    return text


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
    # the KOSTRA function a kommune flow is booked on (see parameters/kostra.py)
    kostra_function: str | None = Field(default=None, pattern=r"^\d{3}$")
    values: dict[dt.date, DatedValue] = Field(min_length=1)
    # the uncertainty of the value in force (see ParameterDistribution); numbers only
    distribution: ParameterDistribution | None = None
    # a money parameter is 0 or more unless its file says it may be negative
    may_be_negative: bool = False

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
    def _values_in_range(self) -> Parameter:
        if not known_unit(self.unit):
            raise ValueError(f"unit: {unknown_unit_message(self.unit)}")
        for date, entry in self.values.items():
            problem = range_problem(self.unit, entry.value, self.may_be_negative)
            if problem:
                raise ValueError(f"values.{date.isoformat()}: {problem}")
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
            hint = self._close_to(name)
            # the set is to blame unless a caller that knows better (an override, a
            # scenario field) re-raises it with its own field
            raise InputError(
                f"parameteren '{name}' finnes ikke (filen {name.replace('.', '/')}.yaml mangler)."
                f"{hint} Legg filen tilbake, eller bruk det leverte settet",
                source=f"parametersettet {self.name} {self.version}",
            ) from None

    def value(self, name: str, when: dt.date) -> Any:
        return self.get(name).at(when)

    def names(self, prefix: str = "") -> list[str]:
        return sorted(n for n in self.parameters if n.startswith(prefix))

    def _close_to(self, name: str) -> str:
        """« Mente du: …?» for names that end like `name`, else ""."""
        close = [n for n in self.parameters if n.split(".")[-1] == name.split(".")[-1]]
        return f" Mente du: {', '.join(close)}?" if close else ""

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
            if name not in self.parameters:
                raise InputError(f"ukjent parameter '{name}'.{self._close_to(name)} Se "
                                 "`costbenefit params list` for navnene",
                                 field=f"parameter_overrides.{name}")
            param = self.parameters[name]
            problem = range_problem(param.unit, value, param.may_be_negative)
            latest = param.values[max(param.values)].value
            if problem is None and _is_number(latest) and not _is_number(value):
                problem = (f"forventet et tall som verdien i parametersettet, ikke {value!r} "
                           f"({param.unit})")
            if problem:
                raise InputError(problem, field=f"parameter_overrides.{name}")
            entry = DatedValue(value=value, confidence=Confidence.assumption,
                               note=f"overstyrt i {origin}")
            params[name] = param.model_copy(update={"values": {OVERRIDE_DATE: entry}})
        extra = json.dumps(overrides, sort_keys=True, default=str).encode()
        digest = hashlib.sha256(self.sha256.encode() + extra).hexdigest()
        return self.model_copy(update={"parameters": params, "sha256": digest})


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
