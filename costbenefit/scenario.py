"""The scenario a user describes: target group, intervention, prices and discounting.

Money inputs are in kroner of the scenario's `price_year`. Pure pydantic models with
``extra="forbid"``; reading YAML or Excel into them happens in the adapters.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from costbenefit.distributions import Distribution

Rate = float
Share = Field(ge=0.0, le=1.0)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CostPerPayer(_Strict):
    kommune: float = Field(0.0, ge=0)
    fylkeskommune: float = Field(0.0, ge=0)
    stat: float = Field(0.0, ge=0)


class Cohort(_Strict):
    year: int = Field(ge=1900, le=2200)
    participants: float = Field(ge=0)


class FixedCost(_Strict):
    year: int = Field(ge=1900, le=2200)
    payer: Literal["kommune", "fylkeskommune", "stat"]
    amount: float = Field(ge=0)


class Discounting(_Strict):
    """`R-109` (from the parameter set), `flat` with `rate`, or `custom` with `steps`."""

    schedule: Literal["R-109", "flat", "custom"] = "R-109"
    rate: float | None = Field(None, gt=-0.5, lt=1.0)
    steps: list[tuple[int, float]] | None = None

    @model_validator(mode="after")
    def _needs_inputs(self) -> Discounting:
        if self.schedule == "flat" and self.rate is None:
            raise ValueError("schedule: flat krever `rate`, f.eks. rate: 0.04")
        if self.schedule == "custom" and not self.steps:
            raise ValueError("schedule: custom krever `steps`, f.eks. [[0, 0.04], [40, 0.03]]")
        return self


class Intervention(_Strict):
    name: str = ""
    cohorts: list[Cohort] = Field(min_length=1)
    duration_years: int = Field(1, ge=1, le=20)
    cost_per_participant_year: CostPerPayer = CostPerPayer()
    fixed_costs: list[FixedCost] = []
    success_rate_with: float = Share
    success_rate_without: float = Field(0.0, ge=0.0, le=1.0)
    attribution: float = Field(1.0, ge=0.0, le=1.0)
    effect_share: float = Field(1.0, ge=0.0, le=1.0)
    lag_years: int = Field(0, ge=0, le=50)
    persistence_years: int | None = Field(None, ge=1, le=100)
    decay: float = Field(0.0, ge=0.0, lt=1.0)


class Scenario(_Strict):
    name: str = Field(min_length=1)
    description: str = ""
    target_group: str
    start_age: int = Field(ge=0, le=100)
    start_year: int = Field(ge=1990, le=2100)
    price_year: int = Field(ge=1900, le=2100)
    rules_year: int | None = Field(None, ge=1900, le=2100)
    horizon_years: int = Field(ge=1, le=100)
    discounting: Discounting = Discounting()
    intervention: Intervention
    # input path (e.g. `intervention.success_rate_with`, `param:NAME`) -> distribution;
    # used by `montecarlo` and `sensitivity`, checked against the model in uncertain_inputs.py
    uncertainty: dict[str, Distribution] = {}

    @model_validator(mode="after")
    def _cohorts_in_horizon(self) -> Scenario:
        end = self.start_year + self.horizon_years - 1
        for i, c in enumerate(self.intervention.cohorts):
            if not self.start_year <= c.year <= end:
                raise ValueError(
                    f"intervention.cohorts.{i}.year = {c.year} ligger utenfor analyseperioden "
                    f"{self.start_year}–{end}"
                )
        for i, c in enumerate(self.intervention.fixed_costs):
            if not self.start_year <= c.year <= end:
                raise ValueError(
                    f"intervention.fixed_costs.{i}.year = {c.year} ligger utenfor "
                    f"analyseperioden {self.start_year}–{end}"
                )
        return self

    @property
    def effective_rules_year(self) -> int:
        return self.rules_year or self.price_year
